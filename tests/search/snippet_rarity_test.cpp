// SPDX-License-Identifier: GPL-3.0-or-later
// A result's snippet shows the sentence of the rarest word of the query that the result
// matched, not just its first match: the search fixture with one long topic added (in English
// and Arabic), compiled in-process.
#include "content/content_database.h"
#include "content_validator.h"
#include "database_writer.h"
#include "diagnostics.h"
#include "search/search_engine.h"
#include "source_reader.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg::search {
namespace {

// A common word ("lumps", in most passages of the fixture) early, a rare one ("splint", only
// here) in a sentence that starts far past the first 180 characters.
const char kEnglishTopic[] = R"(
  - id: everyday-tasks
    title: Everyday tasks
    summary: Help at home.
    body: |
      ## Hands
      Lumps on the fingers can make buttons, zips and pens hard to use. Lumps near a joint can
      stop it bending all the way, and lumps that rub on shoes or straps often get sore.
      Cushioned gloves and wide grips help with most tasks at home and at school. A soft splint
      made by a hand therapist can protect a finger that hurts.
    sources: [src-a]
)";

const char kArabicSection[] = R"(section: living
title: الحياة مع التكلس
summary: الحياة اليومية.
categories:
  - id: self-care
    label: العناية الذاتية
topics:
  - id: everyday-tasks
    title: المهام اليومية
    summary: مساعدة في البيت.
    body: |
      ## اليدان
      الكتل على الأصابع تجعل الأزرار والأقلام صعبة الاستعمال. الكتل قرب المفصل قد تمنعه من
      الانثناء، والكتل التي تحتك بالحذاء تؤلم كثيرا. القفازات الناعمة والمقابض العريضة تساعد
      في أغلب أعمال البيت، وفي المدرسة أيضا، وفي العمل كذلك. جبيرة لينة يصنعها معالج اليد
      تحمي الإصبع الذي يؤلم.
)";

bool copyTree(const QString &from, const QString &to) {
    QDirIterator files(from, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target)) {
            return false;
        }
    }
    return true;
}

// Writes `text` into the file at `path` just before the line `before` (or at its end).
bool insert(const QString &path, const QByteArray &text, const QByteArray &before = {}) {
    QFile file(path);
    QByteArray content;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return false;
        }
        content = file.readAll();
        file.close();
    }
    const QByteArray line = QByteArray("\n") + before;
    const qsizetype at = before.isEmpty() ? -1 : content.indexOf(line);
    if (at < 0) {
        content += text;
    } else {
        content.insert(at, text);
    }
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

class SnippetRarity : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        const QString sources = m_dir.filePath(QStringLiteral("content"));
        ASSERT_TRUE(copyTree(test::fixtureDir(QStringLiteral("search-content")), sources));
        ASSERT_TRUE(insert(sources + QStringLiteral("/en/living.yaml"), kEnglishTopic, "items:"));
        ASSERT_TRUE(insert(sources + QStringLiteral("/ar/living.yaml"), kArabicSection));
        compiler::Diagnostics diagnostics;
        const compiler::ContentSet content = compiler::SourceReader(sources, diagnostics).read();
        if (!diagnostics.hasErrors()) {
            compiler::validateContent(content, diagnostics);
        }
        for (const compiler::Diagnostic &problem : diagnostics.errors()) {
            ADD_FAILURE() << problem.toString().toStdString();
        }
        ASSERT_FALSE(diagnostics.hasErrors());
        const QString path = m_dir.filePath(QStringLiteral("content.db"));
        const QString failure = compiler::DatabaseWriter().write(content, path);
        ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
        ASSERT_TRUE(m_database.open(path)) << m_database.errorMessage().toStdString();
        m_engine = std::make_unique<SearchEngine>(m_database.connection());
    }
    void TearDown() override { m_engine.reset(); }

    SearchHit hit(const QString &query, const QString &locale, const QString &id) {
        const SearchResults results = m_engine->search(query, locale);
        EXPECT_TRUE(m_engine->lastError().isEmpty()) << m_engine->lastError().toStdString();
        for (const SearchHit &found : results.hits) {
            if (found.id == id) {
                return found;
            }
        }
        ADD_FAILURE() << query.toStdString() << ": no " << id.toStdString();
        return {};
    }

    QTemporaryDir m_dir;
    ContentDatabase m_database;
    std::unique_ptr<SearchEngine> m_engine;
};

TEST_F(SnippetRarity, TheRareWordsSentenceIsShownInEnglish) {
    // "lumps" alone: the snippet starts at the beginning of the text, where it first occurs.
    const SearchHit common =
        hit(QStringLiteral("lumps"), QStringLiteral("en"), QStringLiteral("everyday-tasks"));
    EXPECT_FALSE(common.snippetHtml.contains(QStringLiteral("splint")))
        << common.snippetHtml.toStdString();
    // With "splint", which only this topic says, its sentence is shown, from its start.
    // With "splint", which only this topic says, its sentence is shown, and the snippet starts
    // at the start of a sentence.
    for (const QString &query : {QStringLiteral("lumps splint"), QStringLiteral("splint lumps")}) {
        const SearchHit both = hit(query, QStringLiteral("en"), QStringLiteral("everyday-tasks"));
        EXPECT_TRUE(both.snippetHtml.contains(QStringLiteral(
            "A soft <b>splint</b> made by a hand therapist can protect a finger that hurts.")))
            << query.toStdString() << ": " << both.snippetHtml.toStdString();
        EXPECT_TRUE(both.snippetHtml.startsWith(QStringLiteral("\u2026Cushioned gloves")) ||
                    both.snippetHtml.startsWith(QStringLiteral("\u2026A soft")))
            << query.toStdString() << ": " << both.snippetHtml.toStdString();
    }
}

TEST_F(SnippetRarity, TheRareWordsSentenceIsShownInArabic) {
    const QString id = QStringLiteral("everyday-tasks");
    const SearchHit common = hit(QString::fromUtf8("الكتل"), QStringLiteral("ar"), id);
    EXPECT_FALSE(common.snippetHtml.contains(QString::fromUtf8("جبيرة")))
        << common.snippetHtml.toStdString();
    const SearchHit both = hit(QString::fromUtf8("الكتل جبيرة"), QStringLiteral("ar"), id);
    EXPECT_TRUE(both.snippetHtml.contains(
        QString::fromUtf8("<b>جبيرة</b> لينة يصنعها معالج اليد تحمي الإصبع الذي يؤلم.")))
        << both.snippetHtml.toStdString();
    // From the start of a sentence.
    EXPECT_TRUE(both.snippetHtml.startsWith(QString::fromUtf8("\u2026القفازات")) ||
                both.snippetHtml.startsWith(QString::fromUtf8("\u2026<b>جبيرة</b>")))
        << both.snippetHtml.toStdString();
}

} // namespace
} // namespace cg::search
