#pragma once

#include <QMainWindow>

class QListWidget;
class QTextBrowser;

namespace cg {

class ContentRepository;

// The main window: a navigation list of the sections and a reading pane.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(const ContentRepository &repository, const QString &language,
               QWidget *parent = nullptr);

private:
    void showSection(int row);

    const ContentRepository &m_repository;
    QString m_locale;
    QListWidget *m_navigation = nullptr;
    QTextBrowser *m_reader = nullptr;
};

} // namespace cg
