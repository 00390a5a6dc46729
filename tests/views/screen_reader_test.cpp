// SPDX-License-Identifier: GPL-3.0-or-later
// A screen-reader user: every control that takes the focus has a name (and the body map and
// checklist rows a description), checklist boxes report their state, "On this page" reads as
// words, and each dialog's Alt+letter shortcuts reach one control each.
#include "handout_ui/open_handout_composer.h"
#include "views/section_view.h"
#include "widgets/rich_block.h"
#include "window/bookmarks_dialog.h"
#include "window_fixture.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>

namespace cg::test {
namespace {

QString accessibleName(QWidget *widget) {
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face != nullptr ? face->text(QAccessible::Name) : QString();
}

void expectEveryFocusableNamed(QWidget *root, const std::string &where) {
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) == 0 || !widget->isVisible() ||
            widget->window() != root->window()) {
            continue;
        }
        EXPECT_FALSE(accessibleName(widget).trimmed().isEmpty())
            << where << ": " << widget->metaObject()->className() << " "
            << widget->objectName().toStdString();
    }
}

// The letter after a single '&' in a control's text, lower case; none for "&&".
QChar mnemonic(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

void expectUniqueMnemonics(QWidget *dialog, const std::string &which) {
    QHash<QChar, QString> seen;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!widget->isVisible()) {
            continue;
        }
        QString text;
        if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = button->text();
        } else if (const auto *label = qobject_cast<QLabel *>(widget);
                   label != nullptr && label->buddy() != nullptr) {
            text = label->text();
        } else if (const auto *group = qobject_cast<QGroupBox *>(widget)) {
            text = group->title();
        }
        const QChar key = mnemonic(text);
        if (key.isNull()) {
            continue;
        }
        EXPECT_FALSE(seen.contains(key))
            << which << ": Alt+" << QString(key).toStdString() << " reaches both \""
            << seen.value(key).toStdString() << "\" and \"" << text.toStdString() << "\"";
        seen.insert(key, text);
    }
    EXPECT_GE(seen.size(), 2) << which;
}

TEST_F(WindowTest, EveryFocusableControlInEveryViewHasAName) {
    MainWindow &window = openWindow();
    expectEveryFocusableNamed(&window, "frame");
    for (const Page page : kPages) {
        window.openPage(page);
        QCoreApplication::processEvents();
        expectEveryFocusableNamed(window.currentView(), pageKey(page).toStdString());
    }
}

TEST_F(WindowTest, DialogsNameTheirControlsAndShortcutLettersAreUnique) {
    MainWindow &window = openWindow();
    openHandoutComposer(&window, *m_repository, *m_languages);
    QCoreApplication::processEvents();
    auto *composer = window.findChild<QDialog *>(QStringLiteral("HandoutComposerDialog"));
    ASSERT_NE(composer, nullptr);
    expectEveryFocusableNamed(composer, "composer");
    expectUniqueMnemonics(composer, "composer");
    composer->close();

    BookmarksDialog bookmarks(
        window.bookmarks(), [](const QString &key) { return key; }, &window);
    bookmarks.show();
    QCoreApplication::processEvents();
    expectEveryFocusableNamed(&bookmarks, "bookmarks");
    expectUniqueMnemonics(&bookmarks, "bookmarks");
}

TEST_F(WindowTest, ChecklistBoxesReportTheirState) {
    MainWindow &window = openWindow();
    window.openPage(Page::Living);
    QCoreApplication::processEvents();
    auto *box = window.currentView()->findChild<QCheckBox *>();
    ASSERT_NE(box, nullptr);
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(box);
    ASSERT_NE(face, nullptr);
    EXPECT_TRUE(face->state().checkable);
    EXPECT_FALSE(face->state().checked);
    EXPECT_FALSE(face->text(QAccessible::Name).isEmpty());
    box->click();
    EXPECT_TRUE(face->state().checked);
    box->click();
}

TEST_F(WindowTest, OnThisPageReadsAsWordsNotSymbols) {
    MainWindow &window = openWindow();
    window.openPage(Page::Living);
    QCoreApplication::processEvents();
    for (const RichBlock *block : window.currentView()->findChildren<RichBlock *>()) {
        const QString text = block->toPlainText();
        EXPECT_FALSE(text.contains(QChar(0x2611))) << block->accessibleName().toStdString();
    }
    // The checklists are still told apart from the topics in the list of parts.
    const RichBlock *header = window.currentView()->findChild<RichBlock *>();
    ASSERT_NE(header, nullptr);
    EXPECT_TRUE(header->toPlainText().contains(QStringLiteral("Checklist:")));
}

} // namespace
} // namespace cg::test
