// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace cg {

// A quiet message across the top of the window that stays until the reader closes it: used
// instead of a pop-up when something needs saying but nothing needs deciding.
class NoticeBar : public QFrame {
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace cg
