// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's clinic.conf and the user's own settings: which value wins, locks,
// policies, a missing or broken file, and that nothing is ever copied from one to the other.
#include "settings/clinic_keys.h"
#include "settings/clinic_settings.h"
#include "settings/managed_settings.h"
#include "settings_fixture.h"
#include "test_support.h"

namespace cg {
namespace {

using ManagedSettingsTest = test::PrivateSettingsFolders;

TEST_F(ManagedSettingsTest, ReadsTheSystemFileFromTheSystemScope) {
    writeClinic("[clinic]\nname=Rheumatology Clinic\nphone=+44 20 7946 0000\n");
    const ManagedSettings settings = ManagedSettings::load();
    EXPECT_EQ(settings.systemFilePath(), clinicFile());
    EXPECT_EQ(settings.string(clinic_keys::kClinicName), QStringLiteral("Rheumatology Clinic"));
    EXPECT_EQ(settings.source(clinic_keys::kClinicPhone), ManagedSettings::Source::System);
    const ClinicDetails clinic = ClinicDetails::resolve(settings);
    EXPECT_EQ(clinic.name, QStringLiteral("Rheumatology Clinic"));
    EXPECT_EQ(clinic.phone, QStringLiteral("+44 20 7946 0000"));
}

TEST_F(ManagedSettingsTest, TheUsersOwnValueWinsWhereTheKeyIsNotLocked) {
    writeClinic("[clinic]\nname=Rheumatology Clinic\nphone=100\n");
    writeUser("[clinic]\nphone=200\n");
    const ManagedSettings settings = ManagedSettings::load();
    EXPECT_EQ(settings.source(clinic_keys::kClinicPhone), ManagedSettings::Source::User);
    const ClinicDetails clinic = ClinicDetails::resolve(settings);
    EXPECT_EQ(clinic.name, QStringLiteral("Rheumatology Clinic"));
    EXPECT_EQ(clinic.phone, QStringLiteral("200"));
}

TEST_F(ManagedSettingsTest, ALockedKeyIgnoresTheUsersValue) {
    writeClinic("locked=clinic/name, clinic/phone\n[clinic]\nname=Rheumatology Clinic\n"
                "phone=100\n[handout]\npaper=a4\n");
    writeUser("[clinic]\nname=My Own Practice\nphone=200\n[handout]\npaper=letter\n");
    ManagedSettings settings = ManagedSettings::load();
    EXPECT_TRUE(settings.isLocked(clinic_keys::kClinicName));
    EXPECT_TRUE(settings.isLocked(clinic_keys::kClinicPhone));
    EXPECT_FALSE(settings.isLocked(clinic_keys::kHandoutPaper));
    const ClinicDetails clinic = ClinicDetails::resolve(settings);
    EXPECT_EQ(clinic.name, QStringLiteral("Rheumatology Clinic"));
    EXPECT_EQ(clinic.phone, QStringLiteral("100"));
    EXPECT_EQ(HandoutDefaults::from(settings).paper, HandoutRequest::Paper::Letter);
    // The lock list itself is not a setting.
    EXPECT_FALSE(settings.value(clinic_keys::kLocked).isValid());
    // And a locked key cannot be stored either.
    EXPECT_FALSE(settings.setUserValue(clinic_keys::kClinicName, QStringLiteral("Other")));
    EXPECT_TRUE(readText(userFile()).contains("My Own Practice"));
}

TEST_F(ManagedSettingsTest, ASingleLockedKeyIsReadAsAList) {
    writeClinic("locked=clinic/phone\n[clinic]\nphone=100\n");
    writeUser("[clinic]\nphone=200\nname=Own\n");
    const ManagedSettings settings = ManagedSettings::load();
    EXPECT_TRUE(settings.isLocked(clinic_keys::kClinicPhone));
    EXPECT_FALSE(settings.isLocked(clinic_keys::kClinicName));
    EXPECT_EQ(ClinicDetails::resolve(settings).phone, QStringLiteral("100"));
    EXPECT_EQ(ClinicDetails::resolve(settings).name, QStringLiteral("Own"));
}

TEST_F(ManagedSettingsTest, AMissingSystemFileLeavesTheUsersValuesAndDefaults) {
    writeUser("[clinic]\nname=Own Practice\n");
    const ManagedSettings settings = ManagedSettings::load();
    EXPECT_FALSE(QFile::exists(clinicFile()));
    EXPECT_TRUE(settings.problems().isEmpty());
    EXPECT_EQ(ClinicDetails::resolve(settings).name, QStringLiteral("Own Practice"));
    EXPECT_TRUE(ClinicDetails::resolve(settings).phone.isEmpty());
    const KioskPolicy kiosk = KioskPolicy::from(settings);
    EXPECT_FALSE(kiosk.enabled);
    EXPECT_EQ(kiosk.idleTimeoutSeconds, KioskPolicy::kDefaultIdleTimeoutSeconds);
    EXPECT_TRUE(kiosk.printingAllowed);
    EXPECT_TRUE(HandoutDefaults::from(settings).savingAllowed);
}

TEST_F(ManagedSettingsTest, ExplicitValuesComeFirstThenUserThenSystem) {
    writeClinic("locked=clinic/name\n[clinic]\nname=System Name\nphone=100\n");
    writeUser("[clinic]\nname=User Name\nphone=200\n");
    const ManagedSettings settings = ManagedSettings::load();
    const ClinicDetails fromCommandLine =
        ClinicDetails::resolve(settings, {QStringLiteral("Given"), QStringLiteral("  ")});
    EXPECT_EQ(fromCommandLine.name, QStringLiteral("Given"));
    EXPECT_EQ(fromCommandLine.phone, QStringLiteral("200")); // blank counts as not given
    const ClinicDetails fromSettings = ClinicDetails::resolve(settings);
    EXPECT_EQ(fromSettings.name, QStringLiteral("System Name"));
}

TEST_F(ManagedSettingsTest, PoliciesComeFromTheSystemFileOnly) {
    writeClinic("[kiosk]\nenabled=yes\nidle_timeout=45\nprinting=no\n[handout]\nsaving=false\n");
    writeUser("[kiosk]\nenabled=false\nidle_timeout=9999\nprinting=true\n"
              "[handout]\nsaving=true\n");
    ManagedSettings settings = ManagedSettings::load();
    const KioskPolicy kiosk = KioskPolicy::from(settings);
    EXPECT_TRUE(kiosk.enabled);
    EXPECT_EQ(kiosk.idleTimeoutSeconds, 45);
    EXPECT_FALSE(kiosk.printingAllowed);
    EXPECT_FALSE(HandoutDefaults::from(settings).savingAllowed);
    EXPECT_FALSE(settings.setUserValue(clinic_keys::kKioskEnabled, false));
    EXPECT_TRUE(settings.problems().isEmpty())
        << settings.problems().join(QLatin1Char('\n')).toStdString();
}

TEST_F(ManagedSettingsTest, BadPolicyValuesAreReportedOnOneLineAndTheDefaultUsed) {
    writeClinic("[kiosk]\nenabled=maybe\nidle_timeout=soon\n");
    const ManagedSettings settings = ManagedSettings::load();
    const KioskPolicy kiosk = KioskPolicy::from(settings);
    EXPECT_FALSE(kiosk.enabled);
    EXPECT_EQ(kiosk.idleTimeoutSeconds, KioskPolicy::kDefaultIdleTimeoutSeconds);
    const QStringList problems = settings.problems();
    ASSERT_EQ(problems.size(), 2) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.at(0).startsWith(clinicFile() + QStringLiteral(": kiosk/enabled: ")))
        << problems.at(0).toStdString();
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("\"maybe\"")))
        << problems.at(0).toStdString();
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("kiosk/idle_timeout")))
        << problems.at(1).toStdString();
    EXPECT_FALSE(problems.at(1).contains(QLatin1Char('\n')));
}

TEST_F(ManagedSettingsTest, StoringAUserValueNeverCopiesTheSystemValue) {
    writeClinic("[clinic]\nname=Rheumatology Clinic\nphone=100\n");
    ManagedSettings settings = ManagedSettings::load();
    // The composer saves what its fields show: the system's values, unchanged.
    ASSERT_TRUE(
        settings.setUserValue(clinic_keys::kClinicName, QStringLiteral("Rheumatology Clinic")));
    ASSERT_TRUE(settings.setUserValue(clinic_keys::kClinicPhone, QStringLiteral("100")));
    EXPECT_FALSE(readText(userFile()).contains("100"));
    // The administrator changes the phone: the user sees the new one.
    editClinicLater("[clinic]\nname=Rheumatology Clinic\nphone=300\n");
    EXPECT_EQ(ClinicDetails::resolve(ManagedSettings::load()).phone, QStringLiteral("300"));
}

TEST_F(ManagedSettingsTest, AUsersOwnChoiceIsStoredAndRemovedWhenItMatchesAgain) {
    writeClinic("[clinic]\nphone=100\n");
    ManagedSettings settings = ManagedSettings::load();
    ASSERT_TRUE(settings.setUserValue(clinic_keys::kClinicPhone, QStringLiteral("200")));
    EXPECT_EQ(ClinicDetails::resolve(ManagedSettings::load()).phone, QStringLiteral("200"));
    ASSERT_TRUE(settings.setUserValue(clinic_keys::kClinicPhone, QStringLiteral("100")));
    EXPECT_EQ(ManagedSettings::load().source(clinic_keys::kClinicPhone),
              ManagedSettings::Source::System);
    // Emptying a field with no system value behind it forgets the user's value.
    ASSERT_TRUE(settings.setUserValue(clinic_keys::kClinicName, QStringLiteral("Own")));
    ASSERT_TRUE(settings.setUserValue(clinic_keys::kClinicName, QString()));
    EXPECT_EQ(ManagedSettings::load().source(clinic_keys::kClinicName),
              ManagedSettings::Source::None);
}

// Version 1.0 read the clinic from the program's own system file and the composer copied it
// into each user's file.
TEST_F(ManagedSettingsTest, TheOldSystemFileStillGivesTheClinicAndSaysWhereToMoveIt) {
    writeText(legacySystemFile(), "[handout]\nclinic_name=Old Clinic\nclinic_phone=100\n");
    writeClinic("[clinic]\nphone=300\n");
    const ManagedSettings settings = ManagedSettings::load();
    const ClinicDetails clinic = ClinicDetails::resolve(settings);
    EXPECT_EQ(clinic.name, QStringLiteral("Old Clinic"));
    EXPECT_EQ(clinic.phone, QStringLiteral("300")); // clinic.conf comes first
    ASSERT_EQ(settings.problems().size(), 1) << settings.problems().join(u'\n').toStdString();
    EXPECT_TRUE(settings.problems().first().contains(clinicFile()));
    EXPECT_TRUE(settings.problems().first().contains(QStringLiteral("handout/clinic_name")));
}

TEST_F(ManagedSettingsTest, AnOldCopyInTheUsersFileNoLongerHidesTheClinicsValue) {
    writeText(legacySystemFile(), "[handout]\nclinic_phone=100\n");
    writeUser("[handout]\nclinic_phone=100\nclinic_name=Own Practice\n");
    writeClinic("[clinic]\nphone=300\nname=Clinic\n");
    const ClinicDetails clinic = ClinicDetails::resolve(ManagedSettings::load());
    EXPECT_EQ(clinic.phone, QStringLiteral("300"));         // the copy of 100 is ignored
    EXPECT_EQ(clinic.name, QStringLiteral("Own Practice")); // the user's own is kept
}

TEST_F(ManagedSettingsTest, HandoutDefaultsReadLanguagePaperAndPreset) {
    writeClinic("[handout]\nlanguage=es\npaper=letter\npreset=treatment-options\n");
    const HandoutDefaults defaults = HandoutDefaults::from(ManagedSettings::load());
    EXPECT_EQ(defaults.language, QStringLiteral("es"));
    EXPECT_EQ(defaults.paper, HandoutRequest::Paper::Letter);
    EXPECT_EQ(defaults.preset, QStringLiteral("treatment-options"));
}

TEST_F(ManagedSettingsTest, PaperNamesRoundTrip) {
    for (const auto paper : {HandoutRequest::Paper::FromLocale, HandoutRequest::Paper::A4,
                             HandoutRequest::Paper::Letter}) {
        HandoutRequest::Paper read = HandoutRequest::Paper::A4;
        ASSERT_TRUE(paperFromName(paperName(paper), &read));
        EXPECT_EQ(read, paper);
    }
    HandoutRequest::Paper unused = HandoutRequest::Paper::A4;
    EXPECT_FALSE(paperFromName(QStringLiteral("a5"), &unused));
}

} // namespace
} // namespace cg
