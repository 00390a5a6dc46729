// SPDX-License-Identifier: GPL-3.0-or-later
// The clinic settings reach handouts: the composer starts from them and shows locked fields
// as read-only, and the command line's export prints the same clinic name and phone.
#include "cli/headless.h"
#include "content/content_database.h"
#include "content/content_repository.h"
#include "handout_ui/handout_composer_dialog.h"
#include "language/language_manager.h"
#include "settings_fixture.h"
#include "test_support.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>

namespace cg {
namespace {

class ClinicHandoutTest : public test::PrivateSettingsFolders {
protected:
    void SetUp() override {
        PrivateSettingsFolders::SetUp();
        ASSERT_TRUE(m_database.open(test::contentDatabasePath()));
        m_repository = std::make_unique<ContentRepository>(m_database);
        m_languages = std::make_unique<LanguageManager>(m_repository->locales());
        m_languages->setRemembersChoice(false);
        m_languages->setLanguage(QStringLiteral("en"));
    }
    void TearDown() override {
        m_languages.reset();
        m_repository.reset();
    }
    std::unique_ptr<HandoutComposerDialog> composer(HandoutComposerDialog::Permissions p = {}) {
        return std::make_unique<HandoutComposerDialog>(*m_repository, *m_languages, p);
    }
    static QString pdfText(const QString &path) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

    ContentDatabase m_database;
    std::unique_ptr<ContentRepository> m_repository;
    std::unique_ptr<LanguageManager> m_languages;
};

TEST_F(ClinicHandoutTest, TheComposerStartsFromTheClinicSettingsAndHonoursLocks) {
    writeClinic("locked=clinic/name\n[clinic]\nname=Rheumatology Clinic B\nphone=+44 20 7946 "
                "0000\n[handout]\nlanguage=fr\npaper=letter\npreset=treatment-options\n");
    auto dialog = composer();
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("clinicNameEdit"));
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("clinicPhoneEdit"));
    ASSERT_TRUE(name && phone);
    EXPECT_EQ(name->text(), QStringLiteral("Rheumatology Clinic B"));
    EXPECT_TRUE(name->isReadOnly());
    EXPECT_FALSE(name->toolTip().isEmpty()); // says who set it
    EXPECT_FALSE(phone->isReadOnly());
    EXPECT_TRUE(phone->toolTip().isEmpty());
    const HandoutRequest request = dialog->request();
    EXPECT_EQ(request.clinicPhone, QStringLiteral("+44 20 7946 0000"));
    EXPECT_EQ(request.language, QStringLiteral("fr"));
    EXPECT_EQ(request.paper, HandoutRequest::Paper::Letter);
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("presetCombo"))->currentData(),
              QStringLiteral("treatment-options"));
    dialog->reject();
    // Closing saved nothing the administrator set.
    EXPECT_FALSE(readText(userFile()).contains("Rheumatology"));
    EXPECT_FALSE(readText(userFile()).contains("7946"));
}

TEST_F(ClinicHandoutTest, AUsersOwnPhoneIsRememberedWhereNotLocked) {
    writeClinic("[clinic]\nphone=100\n");
    {
        auto dialog = composer();
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("clinicPhoneEdit"));
        phone->setText(QStringLiteral("200"));
        dialog->reject();
    }
    auto dialog = composer();
    EXPECT_EQ(dialog->request().clinicPhone, QStringLiteral("200"));
}

TEST_F(ClinicHandoutTest, SavingTurnedOffByTheClinicHidesAndRefusesSaving) {
    writeClinic("[handout]\nsaving=false\n");
    auto dialog = composer();
    dialog->show();
    int saveButtons = 0;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->accessibleName().startsWith(QStringLiteral("Save the handout"))) {
            ++saveButtons;
            EXPECT_FALSE(button->isVisible());
            EXPECT_FALSE(button->isEnabled());
        }
    }
    EXPECT_EQ(saveButtons, 2);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("h.pdf"));
    EXPECT_FALSE(dialog->exportTo(path).ok);
    EXPECT_FALSE(QFile::exists(path));
    dialog->reject();
}

TEST_F(ClinicHandoutTest, TheCommandLinePrintsTheClinicSettings) {
    writeClinic("locked=clinic/phone\n[clinic]\nname=Rheumatology Clinic B\nphone=+44 20 7946 "
                "0000\n[handout]\nlanguage=es\npaper=letter\n");
    writeUser("[clinic]\nphone=0118 4455 7733\n");
    QTemporaryDir out;
    CommandLine commandLine;
    commandLine.mode = CommandLine::Mode::ExportHandout;
    commandLine.exportPath = out.filePath(QStringLiteral("clinic.pdf"));
    commandLine.topics = {QStringLiteral("support")};
    ASSERT_EQ(runExportHandout(commandLine, m_database), ExitOk);
    const QString text = pdfText(commandLine.exportPath);
    EXPECT_TRUE(text.contains(QStringLiteral("Rheumatology Clinic B")))
        << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("+44 20 7946 0000"))) << text.left(400).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("4455")));
    // The clinic's language (Spanish) when the command line names none.
    const QString spanishTitle =
        m_repository->string(QStringLiteral("labels.handout_title"), QStringLiteral("es")).text;
    ASSERT_FALSE(spanishTitle.isEmpty());
    EXPECT_TRUE(text.contains(spanishTitle.simplified())) << text.left(400).toStdString();
}

} // namespace
} // namespace cg
