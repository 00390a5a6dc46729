#include "window/main_window.h"

#include "content/content_repository.h"

#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>

namespace cg {

MainWindow::MainWindow(const ContentRepository &repository, const QString &language,
                       QWidget *parent)
    : QMainWindow(parent), m_repository(repository),
      m_locale(language.isEmpty() ? QStringLiteral("en") : language) {
    setWindowTitle(tr("Calcinosis Guide"));
    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setAccessibleName(tr("Sections"));
    m_reader = new QTextBrowser(splitter);
    m_reader->setAccessibleName(tr("Reading pane"));
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    const QList<Section> sections = m_repository.sections(m_locale);
    for (const Section &section : sections) {
        auto *entry = new QListWidgetItem(section.title, m_navigation);
        entry->setData(Qt::UserRole, section.key);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
    m_navigation->setCurrentRow(0);
    resize(1100, 760);
}

void MainWindow::showSection(int row) {
    const QString key = m_navigation->item(row)->data(Qt::UserRole).toString();
    QString html;
    const QList<Topic> topics = m_repository.topics(key, m_locale);
    for (const Topic &topic : topics) {
        html +=
            QStringLiteral("<h1>%1</h1><p><b>%2</b></p>%3")
                .arg(topic.title.toHtmlEscaped(), topic.summary.toHtmlEscaped(), topic.bodyHtml);
    }
    m_reader->setHtml(html);
}

} // namespace cg
