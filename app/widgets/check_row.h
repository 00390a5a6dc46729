// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace cg {

// One line of an on-screen checklist: a real checkbox, a title that wraps, and an optional
// plain line below. Clicking the words ticks the box, as with a label in a web form. Ticks are
// never saved: they may say something about the reader's health.
class CheckRow : public QWidget {
    Q_OBJECT

public:
    CheckRow(const QString &id, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    void setTexts(const QString &title, const QString &detail);
    bool isChecked() const;
    void setChecked(bool checked);
    QCheckBox *checkBox() const { return m_box; }

Q_SIGNALS:
    void toggled(bool checked);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_id;
    QCheckBox *m_box = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace cg
