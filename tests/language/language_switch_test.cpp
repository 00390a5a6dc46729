// SPDX-License-Identifier: GPL-3.0-or-later
// Switching language while reading: every visible text of the main window follows at once
// (menus, toolbar, navigation, labels, buttons, the view's content, the window title), the
// place is kept, and Arabic mirrors the layout.
#include "window_fixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeWidget>

namespace cg {
namespace {

// Words that are the same in every language: the product's name, language names (each shown
// in its own language), abbreviations and numbers.
bool isLanguageNeutral(const QString &text, const ContentRepository &repository) {
    static const QRegularExpression noLetters(QStringLiteral("^[^\\p{L}]*$"));
    if (text.trimmed().isEmpty() || noLetters.match(text).hasMatch()) {
        return true;
    }
    const QString plain = QString(text).remove(QLatin1Char('&')).trimmed();
    if (plain == QStringLiteral("Calcinosis Guide")) {
        return true;
    }
    for (const LocaleInfo &locale : repository.locales()) {
        if (plain == locale.nativeName) {
            return true;
        }
    }
    // Short all-capital abbreviations (DM, JDM, CT, MRI) read the same in many languages.
    static const QRegularExpression abbreviation(QStringLiteral("^[A-Z0-9-]{1,5}$"));
    return abbreviation.match(plain).hasMatch();
}

using Texts = QHash<QString, QString>; // "where" -> text

void collect(Texts &texts, const QString &where, const QString &text) {
    if (!text.trimmed().isEmpty()) {
        texts.insert(where, text.trimmed());
    }
}

QString pathOf(const QObject *object) {
    QString path;
    for (const QObject *o = object; o != nullptr; o = o->parent()) {
        const QObject *parent = o->parent();
        const int index =
            parent != nullptr ? int(parent->children().indexOf(const_cast<QObject *>(o))) : 0;
        path.prepend(
            QStringLiteral("/%1#%2").arg(QLatin1String(o->metaObject()->className())).arg(index));
    }
    return path;
}

// Every text a reader can see in the window right now.
Texts visibleTexts(MainWindow &window) {
    Texts texts;
    collect(texts, QStringLiteral("window-title"), window.windowTitle());
    for (QAction *menu : window.menuBar()->actions()) {
        collect(texts, QStringLiteral("menu:") + pathOf(menu), menu->text());
    }
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&window)) {
            continue;
        }
        const QString where = pathOf(widget);
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            collect(texts, where, QTextDocumentFragment::fromHtml(label->text()).toPlainText());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            collect(texts, where, button->text());
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            collect(texts, where + QStringLiteral(":placeholder"), edit->placeholderText());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            collect(texts, where, combo->currentText());
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            collect(texts, where, box->title());
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                collect(texts, where + QStringLiteral(":%1").arg(i), list->item(i)->text());
            }
        } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
            // The first line of a reading pane: its heading.
            collect(texts, where, text->toPlainText().section(QLatin1Char('\n'), 0, 0));
        } else if (auto *toolbar = qobject_cast<QToolBar *>(widget)) {
            for (QAction *action : toolbar->actions()) {
                if (action->isVisible()) {
                    collect(texts, QStringLiteral("toolbar:") + pathOf(action), action->text());
                }
            }
        }
    }
    return texts;
}

class LanguageSwitch : public test::WindowTest {};

TEST_F(LanguageSwitch, EveryVisibleTextFollowsEachLanguage) {
    MainWindow &window = openWindow();
    window.openPage(Page::Treatment);
    QCoreApplication::processEvents();
    const Texts english = visibleTexts(window);
    ASSERT_GT(english.size(), 20);

    for (const LocaleInfo &locale : m_repository->locales()) {
        if (locale.code == kSourceLocale) {
            continue;
        }
        ASSERT_TRUE(m_languages->setLanguage(locale.code));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        EXPECT_EQ(window.currentPage(), Page::Treatment) << locale.code.toStdString();
        const Texts translated = visibleTexts(window);
        int compared = 0;
        for (auto it = translated.constBegin(); it != translated.constEnd(); ++it) {
            const auto before = english.constFind(it.key());
            if (before == english.constEnd() || isLanguageNeutral(*before, *m_repository)) {
                continue;
            }
            ++compared;
            EXPECT_NE(it.value(), before.value())
                << locale.code.toStdString() << ": still English: \"" << it.value().toStdString()
                << "\" at " << it.key().toStdString();
        }
        EXPECT_GT(compared, 20) << locale.code.toStdString();
        EXPECT_EQ(QApplication::layoutDirection(), locale.direction) << locale.code.toStdString();
        EXPECT_EQ(window.layoutDirection(), locale.direction) << locale.code.toStdString();

        ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
    }
}

TEST_F(LanguageSwitch, ArabicMirrorsTheWindowAndEnglishRestoresIt) {
    MainWindow &window = openWindow();
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("ar")));
    QCoreApplication::processEvents();
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);
}

TEST_F(LanguageSwitch, UnknownLanguageChangesNothing) {
    MainWindow &window = openWindow();
    const QString title = window.windowTitle();
    EXPECT_FALSE(m_languages->setLanguage(QStringLiteral("xx")));
    QCoreApplication::processEvents();
    EXPECT_EQ(m_languages->current(), QStringLiteral("en"));
    EXPECT_EQ(window.windowTitle(), title);
}

TEST_F(LanguageSwitch, TheChoiceIsRemembered) {
    openWindow();
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("de")));
    const LanguageManager fresh(m_repository->locales());
    EXPECT_EQ(fresh.startupLanguage(QString()), QStringLiteral("de"));
    EXPECT_EQ(fresh.startupLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
    EXPECT_EQ(fresh.startupLanguage(QStringLiteral("xx")), QStringLiteral("de"));
}

} // namespace
} // namespace cg
