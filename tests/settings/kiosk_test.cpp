// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk mode on the real window: no Quit, bookmarks or saving; printing only if allowed; the
// window refuses to close without the administrator's keys; and an idle kiosk starts again.
#include "gui_wiring.h"
#include "handout_ui/handout_composer_dialog.h"
#include "kiosk/kiosk_controller.h"
#include "search/search_engine.h"
#include "search_ui/find_bar.h"
#include "search_ui/search_field.h"
#include "speech_ui/speech_reader.h"
#include "window_fixture.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>

namespace cg {
namespace {

using namespace std::chrono_literals;

class KioskTest : public test::WindowTest {
protected:
    void TearDown() override {
        m_kiosk.reset();
        m_window.reset();
        m_engine.reset();
        WindowTest::TearDown();
    }
    MainWindow &openKiosk(bool printing = true) {
        MainWindow::Options kiosk = options();
        kiosk.kiosk = true;
        kiosk.kioskPrinting = printing;
        m_window = std::make_unique<MainWindow>(*m_session, *m_languages, kiosk);
        attachHandouts(*m_window, *m_repository, *m_languages);
        m_window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QCoreApplication::processEvents();
        m_window->activateWindow();
        return *m_window;
    }
    KioskController &startController(std::chrono::milliseconds idle) {
        m_kiosk = std::make_unique<KioskController>(*m_window, idle);
        m_kiosk->setLanguages(m_languages.get(), QStringLiteral("en"));
        return *m_kiosk;
    }
    QAction *actionWithShortcut(const QKeySequence &keys) const {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(keys)) {
                return action;
            }
        }
        ADD_FAILURE() << "no action for " << keys.toString().toStdString();
        return nullptr;
    }
    HandoutComposerDialog *composer() const {
        return m_window->findChild<HandoutComposerDialog *>(
            QStringLiteral("HandoutComposerDialog"));
    }

    std::unique_ptr<search::SearchEngine> m_engine;
    std::unique_ptr<KioskController> m_kiosk;
};

TEST_F(KioskTest, QuitAndBookmarksAreGoneAndTheirShortcutsDoNothing) {
    MainWindow &window = openKiosk();
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::CTRL | Qt::Key_D)}) {
        QAction *action = actionWithShortcut(keys);
        ASSERT_NE(action, nullptr);
        EXPECT_FALSE(action->isVisible()) << keys.toString().toStdString();
        EXPECT_FALSE(action->isEnabled()) << keys.toString().toStdString();
    }
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_FALSE(window.isCurrentBookmarked());
    // About Qt's links would open a web browser.
    int aboutQt = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->menuRole() == QAction::AboutQtRole) {
            ++aboutQt;
            EXPECT_FALSE(action->isVisible());
        }
    }
    EXPECT_EQ(aboutQt, 1);
    // Moving around (which updates every action) brings none of them back.
    window.openPage(Page::Treatment);
    EXPECT_FALSE(actionWithShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q))->isVisible());
}

TEST_F(KioskTest, TheComposerSavesNoFilesButPrintsWhenAllowed) {
    MainWindow &window = openKiosk(/*printing=*/true);
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QCoreApplication::processEvents();
    HandoutComposerDialog *dialog = composer();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->permissions().saving);
    EXPECT_TRUE(dialog->permissions().printing);
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->accessibleName().startsWith(QStringLiteral("Save the handout"))) {
            EXPECT_FALSE(button->isVisible());
            EXPECT_FALSE(button->isEnabled());
        }
        if (button->accessibleName() == QStringLiteral("Open a full preview")) {
            EXPECT_FALSE(button->isVisible()); // Qt's preview window could save a PDF
            EXPECT_FALSE(button->isEnabled());
        }
        if (button->accessibleName() == QStringLiteral("Print the handout")) {
            EXPECT_TRUE(button->isVisible());
            EXPECT_TRUE(button->isEnabled());
        }
    }
    const QString path = m_userDir.filePath(QStringLiteral("kiosk.pdf"));
    EXPECT_FALSE(dialog->exportTo(path).ok);
    EXPECT_FALSE(QFile::exists(path));
    dialog->reject();
}

TEST_F(KioskTest, WithoutPrintingThereIsNoHandoutAction) {
    MainWindow &window = openKiosk(/*printing=*/false);
    QAction *handout = actionWithShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    ASSERT_NE(handout, nullptr);
    EXPECT_FALSE(handout->isVisible());
    EXPECT_FALSE(handout->isEnabled());
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(composer(), nullptr);
}

TEST_F(KioskTest, OnlyTheAdministratorsKeysCloseTheWindow) {
    MainWindow &window = openKiosk();
    KioskController &kiosk = startController(60s);
    QSignalSpy exits(&kiosk, &KioskController::exitRequested);
    EXPECT_TRUE(window.windowState().testFlag(Qt::WindowFullScreen));
    EXPECT_FALSE(window.close());
    QTest::keyClick(&window, Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
    QCoreApplication::processEvents();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(exits.count(), 0);

    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(exits.count(), 1);
    EXPECT_FALSE(window.isVisible());
}

TEST_F(KioskTest, NothingIsWrittenToTheUsersSettings) {
    MainWindow &window = openKiosk();
    startController(60s);
    QSettings().clear(); // what the fixture itself stored
    window.setTextScale(150);
    window.setPaletteChoice(MainWindow::PaletteChoice::HighContrast);
    window.openPage(Page::Living);
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("de")));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QCoreApplication::processEvents();
    EXPECT_TRUE(QSettings().allKeys().isEmpty()) << QSettings().allKeys().join(u' ').toStdString();
    window.setPaletteChoice(MainWindow::PaletteChoice::FollowSystem);
}

// A visitor's choices in the composer stay with that visitor: nothing reaches the settings the
// next handout starts from, and the clinic's details are not theirs to change.
TEST_F(KioskTest, TheComposerRemembersNothingAndKeepsTheClinicFixed) {
    MainWindow &window = openKiosk(/*printing=*/true);
    QSettings().clear();
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QCoreApplication::processEvents();
    HandoutComposerDialog *dialog = composer();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->permissions().remember);
    auto *clinic = dialog->findChild<QLineEdit *>(QStringLiteral("clinicNameEdit"));
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("clinicPhoneEdit"));
    ASSERT_TRUE(clinic != nullptr && phone != nullptr);
    EXPECT_TRUE(clinic->isReadOnly());
    EXPECT_TRUE(phone->isReadOnly());
    // No clinic set: no empty boxes a visitor cannot type in.
    ASSERT_TRUE(clinic->text().isEmpty() && phone->text().isEmpty());
    EXPECT_FALSE(clinic->isVisibleTo(dialog));
    auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("paperCombo"));
    ASSERT_NE(paper, nullptr);
    paper->setCurrentIndex((paper->currentIndex() + 1) % paper->count());
    dialog->reject();
    QCoreApplication::processEvents();
    EXPECT_TRUE(QSettings().allKeys().isEmpty()) << QSettings().allKeys().join(u' ').toStdString();
}

// Read aloud's speed is the visitor's for their session only: nothing is written, and the
// next visitor hears the usual speed.
TEST_F(KioskTest, AReadAloudSpeedLastsOnlyUntilTheNextVisitor) {
    MainWindow &window = openKiosk();
    KioskController &kiosk = startController(1000ms);
    QSignalSpy resets(&kiosk, &KioskController::sessionReset);
    QSettings().clear();
    QAction *veryFast = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isCheckable() && action->data().toDouble() > 0.5) {
            veryFast = action; // the fastest of the speed menu
        }
    }
    ASSERT_NE(veryFast, nullptr);
    veryFast->trigger();
    EXPECT_GT(SpeechReader::preferredRate(), 0.5);
    EXPECT_TRUE(QSettings().allKeys().isEmpty()) << QSettings().allKeys().join(u' ').toStdString();
    ASSERT_TRUE(resets.wait(10000));
    EXPECT_DOUBLE_EQ(SpeechReader::preferredRate(), 0.0);
    EXPECT_TRUE(QSettings().allKeys().isEmpty());
}

TEST_F(KioskTest, InputKeepsTheSessionAlive) {
    MainWindow &window = openKiosk();
    KioskController &kiosk = startController(1000ms);
    QSignalSpy resets(&kiosk, &KioskController::sessionReset);
    window.openPage(Page::Living);
    // Twice the idle interval, with a key every 150 ms.
    for (int i = 0; i < 14; ++i) {
        QTest::qWait(150);
        QTest::keyClick(&window, Qt::Key_Shift);
    }
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(window.currentPage(), Page::Living);
    EXPECT_TRUE(kiosk.isIdleTimerRunning());
}

TEST_F(KioskTest, AnIdleKioskReturnsHomeWithHistorySearchFindAndLanguageCleared) {
    MainWindow &window = openKiosk();
    m_engine = std::make_unique<search::SearchEngine>(database().connection());
    attachSearch(window, *m_engine, *m_languages);
    KioskController &kiosk = startController(1500ms);
    QSignalSpy resets(&kiosk, &KioskController::sessionReset);

    // A visitor: two pages, a search, find in page, German, bigger text, a handout started.
    window.openPage(Page::Treatment);
    window.openPage(Page::Living);
    auto *field = window.findChild<SearchField *>();
    auto *find = window.findChild<FindBar *>();
    ASSERT_TRUE(field && find);
    QTest::keyClicks(field, QStringLiteral("diet"));
    find->showTerms({QStringLiteral("calcium")});
    ASSERT_TRUE(m_languages->setLanguage(QStringLiteral("de")));
    window.setTextScale(150);
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Shift); // the composer takes a while to build
    ASSERT_NE(composer(), nullptr);
    QPointer<QLineEdit> patient =
        composer()->findChild<QLineEdit *>(QStringLiteral("patientNameEdit"));
    ASSERT_NE(patient, nullptr);
    patient->setText(QStringLiteral("Visitor Name"));
    ASSERT_TRUE(window.canGoBack());

    // Left alone, it starts again.
    ASSERT_TRUE(resets.wait(10000));
    QCoreApplication::processEvents();
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(window.currentPage(), Page::Overview);
    EXPECT_FALSE(window.canGoBack());
    EXPECT_FALSE(window.canGoForward());
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_FALSE(find->isVisible());
    EXPECT_EQ(m_languages->current(), QStringLiteral("en"));
    EXPECT_EQ(window.textScale(), 100);
    HandoutComposerDialog *left = composer();
    EXPECT_TRUE(left == nullptr || !left->isVisible());
    EXPECT_TRUE(patient.isNull() || patient->text().isEmpty());
    EXPECT_FALSE(kiosk.isIdleTimerRunning()); // no second reset until someone comes
}

} // namespace
} // namespace cg
