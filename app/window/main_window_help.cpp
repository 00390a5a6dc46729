// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu's About box and list of keyboard shortcuts, the Edit menu's Copy and the Go
// menu's History.
#include "app_info.h"
#include "document/content_html.h"
#include "views/section_view.h"
#include "views/view_context.h"
#include "widgets/navigation_list.h"
#include "window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTextEdit>

namespace cg {

void MainWindow::showAbout() {
    const QString content = m_context->html().reviewLine().toHtmlEscaped();
    //: Help > About. %1: program version; %2: content version and review line.
    const QString text =
        tr("<h3>Calcinosis Guide %1</h3>"
           "<p>Plain-language information about calcinosis cutis for patients, families and "
           "the clinicians who sit with them.</p>"
           "<p>%2</p>"
           "<p>This guide is for learning only. It is not a diagnosis or a treatment plan.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later. The "
           "program never uses the network.</p>")
            .arg(QStringLiteral(CG_VERSION), content);
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Calcinosis Guide"), text,
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showKeyboardShortcuts() {
    // Read from the actions themselves, so the list never disagrees with what the keys do.
    QString rows;
    const auto row = [&rows](const QString &what, const QString &keys) {
        rows +=
            QStringLiteral("<tr><td style=\"padding-right: 24px;\"><b>%1</b></td><td>%2</td></tr>")
                .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    const QList<QAction *> actions = findChildren<QAction *>();
    QStringList seen;
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->text().isEmpty()) {
            continue;
        }
        QStringList names;
        for (const QKeySequence &key : keys) {
            names.append(key.toString(QKeySequence::NativeText));
        }
        const QString what = action->text().remove(QLatin1Char('&'));
        if (seen.contains(what)) {
            continue;
        }
        seen.append(what);
        row(what, names.join(QStringLiteral(", ")));
    }
    row(tr("Next or previous match in the page"), tr("F3, Shift+F3"));
    row(tr("Move between links and controls"), tr("Tab, Shift+Tab"));
    row(tr("Follow the chosen link"), tr("Enter"));
    auto *box =
        new QMessageBox(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
                        QStringLiteral("<table>%1</table>").arg(rows), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::copySelection() {
    QWidget *focus = QApplication::focusWidget();
    if (auto *edit = qobject_cast<QTextEdit *>(focus)) {
        edit->copy();
    } else if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        line->copy();
    } else if (auto *label = qobject_cast<QLabel *>(focus);
               label != nullptr && label->hasSelectedText()) {
        QApplication::clipboard()->setText(label->selectedText());
    }
}

void MainWindow::rebuildHistoryMenu() {
    m_historyMenu->clear();
    const QList<Location> places = m_history.entries();
    const qsizetype current = m_history.currentIndex();
    // Most recent first, as browsers list them.
    for (qsizetype i = places.size() - 1; i >= 0 && places.size() - i <= 15; --i) {
        const Location &place = places.at(i);
        QAction *action = m_historyMenu->addAction(placeTitle(place));
        action->setCheckable(true);
        action->setChecked(i == current);
        connect(action, &QAction::triggered, this, [this, i] {
            const Location chosen = m_history.goTo(i);
            if (chosen.isValid()) {
                navigate(chosen, false);
            }
        });
    }
    m_historyMenu->setEnabled(!places.isEmpty());
}

void MainWindow::onNavigationChosen(Page page) {
    // Arrow keys move through the list one place at a time: the first step is a visit, the
    // ones after it replace it, so Back returns to where the reader was before, not to each
    // place passed on the way.
    const bool byArrow = m_navigation->choseByArrowKey();
    if (byArrow && m_arrowStep) {
        navigate({page}, false);
        m_history.updateCurrent(m_current);
    } else {
        navigate({page}, true);
    }
    m_arrowStep = byArrow;
}

} // namespace cg
