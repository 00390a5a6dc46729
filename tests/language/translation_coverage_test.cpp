// SPDX-License-Identifier: GPL-3.0-or-later
// Every language is complete: each locale in the content database translates every English
// entry, and is marked as awaiting clinical review until a medical translator has checked it.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace cg {
namespace {

class TranslationCoverage : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_db.open(test::contentDatabasePath())) << m_db.errorMessage().toStdString();
    }
    ContentDatabase m_db;
};

TEST_F(TranslationCoverage, TheSixLanguagesArePresent) {
    QStringList codes;
    for (const LocaleInfo &locale : ContentRepository(m_db).locales()) {
        codes.append(locale.code);
    }
    EXPECT_EQ(codes,
              QStringList({QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                           QStringLiteral("de"), QStringLiteral("ar"), QStringLiteral("zh")}));
}

TEST_F(TranslationCoverage, EveryLocaleTranslatesEveryEnglishEntry) {
    const ContentRepository repository(m_db);
    const ContentRepository::Coverage english = repository.coverage(kSourceLocale);
    ASSERT_GT(english.total, 0);
    EXPECT_EQ(english.translated, english.total);
    for (const LocaleInfo &locale : repository.locales()) {
        const ContentRepository::Coverage coverage = repository.coverage(locale.code);
        EXPECT_EQ(coverage.translated, coverage.total)
            << locale.code.toStdString() << " lacks " << (coverage.total - coverage.translated)
            << " entries (run content-compiler --coverage to list them)";
    }
}

TEST_F(TranslationCoverage, TranslationsAwaitClinicalReviewAndSaySo) {
    const ContentRepository repository(m_db);
    const QString englishNote =
        repository.string(QStringLiteral("translation_note"), kSourceLocale).text;
    for (const LocaleInfo &locale : repository.locales()) {
        if (locale.code == kSourceLocale) {
            EXPECT_EQ(locale.status, QStringLiteral("source"));
            continue;
        }
        EXPECT_EQ(locale.status, QStringLiteral("awaiting-review")) << locale.code.toStdString();
        const LocalizedString note =
            repository.string(QStringLiteral("translation_note"), locale.code);
        EXPECT_FALSE(note.fallback) << locale.code.toStdString();
        EXPECT_NE(note.text, englishNote) << locale.code.toStdString();
    }
}

TEST_F(TranslationCoverage, RightToLeftOnlyForArabic) {
    for (const LocaleInfo &locale : ContentRepository(m_db).locales()) {
        EXPECT_EQ(locale.direction == Qt::RightToLeft, locale.code == QStringLiteral("ar"))
            << locale.code.toStdString();
        EXPECT_FALSE(locale.nativeName.isEmpty());
    }
}

} // namespace
} // namespace cg
