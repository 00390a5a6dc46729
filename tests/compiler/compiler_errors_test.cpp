// SPDX-License-Identifier: GPL-3.0-or-later
// The content compiler must reject each kind of broken source with a message that names the
// file, the line, the id and the problem, and must exit non-zero without writing a database.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "content_validator.h"
#include "database_writer.h"
#include "document/content_html.h"
#include "source_reader.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg::compiler {
namespace {

class CompilerErrors : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        const QString from = test::fixtureDir(QStringLiteral("minimal-content"));
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = m_dir.filePath(QDir(from).relativeFilePath(source));
            QDir().mkpath(QFileInfo(target).absolutePath());
            ASSERT_TRUE(QFile::copy(source, target)) << source.toStdString();
        }
    }

    QString file(const QString &relative) const { return m_dir.filePath(relative); }

    void write(const QString &relative, const QByteArray &text) {
        QDir().mkpath(QFileInfo(file(relative)).absolutePath());
        QFile out(file(relative));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text);
    }

    void replace(const QString &relative, const QByteArray &before, const QByteArray &after) {
        QFile in(file(relative));
        ASSERT_TRUE(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        in.close();
        ASSERT_TRUE(text.contains(before)) << before.toStdString();
        text.replace(before, after);
        write(relative, text);
    }

    // Reads and validates the temporary content; returns every message, one per line.
    QStringList compile() {
        Diagnostics diagnostics;
        const ContentSet content = SourceReader(m_dir.path(), diagnostics).read();
        if (!diagnostics.hasErrors()) {
            validateContent(content, diagnostics);
        }
        QStringList messages;
        for (const Diagnostic &diagnostic : diagnostics.errors()) {
            messages.append(diagnostic.toString());
        }
        return messages;
    }

    static bool anyContains(const QStringList &messages, const QString &needle) {
        for (const QString &message : messages) {
            if (message.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    QTemporaryDir m_dir;
};

TEST_F(CompilerErrors, FixtureIsValid) {
    EXPECT_EQ(compile(), QStringList());
}

TEST_F(CompilerErrors, DuplicateIdNamesBothPlaces) {
    replace(QStringLiteral("en/causes.yaml"), "id: topic-causes", "id: topic-overview");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(messages.first().startsWith(file(QStringLiteral("en/causes.yaml")) +
                                            QStringLiteral(":8: topic 'topic-overview'")))
        << messages.first().toStdString();
    EXPECT_TRUE(messages.first().contains(QStringLiteral("duplicate id: already used at ") +
                                          file(QStringLiteral("en/overview.yaml")) +
                                          QStringLiteral(":8")));
}

TEST_F(CompilerErrors, UnknownSection) {
    replace(QStringLiteral("en/living.yaml"), "section: living", "section: lifestyle");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().startsWith(file(QStringLiteral("en/living.yaml")) +
                                            QStringLiteral(":1:")));
    EXPECT_TRUE(messages.first().contains(QStringLiteral("unknown section 'lifestyle'")));
}

TEST_F(CompilerErrors, MissingRequiredField) {
    replace(QStringLiteral("en/diagnosis.yaml"), "    summary: A short summary.\n", "");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first(), file(QStringLiteral("en/diagnosis.yaml")) +
                                    QStringLiteral(":8: topic 'topic-diagnosis': missing "
                                                   "required field 'summary'"));
}

TEST_F(CompilerErrors, CitationOfUnknownSource) {
    replace(QStringLiteral("en/treatment.yaml"), "    sources: [src-a]\n    terms",
            "    sources: [src-b]\n    terms");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first(),
              file(QStringLiteral("en/treatment.yaml")) +
                  QStringLiteral(":8: topic 'topic-treatment': cites unknown source 'src-b' "
                                 "(sources.yaml lists the known ones)"));
}

TEST_F(CompilerErrors, GlossaryReferenceToUnknownTerm) {
    replace(QStringLiteral("en/overview.yaml"), "terms: [term-a]", "terms: [term-z]");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(
        QStringLiteral("topic 'topic-overview': refers to unknown glossary term 'term-z'")));
}

TEST_F(CompilerErrors, TranslatedIdWithoutEnglishOriginal) {
    replace(QStringLiteral("meta.yaml"), "    status: source\n",
            "    status: source\n  - code: es\n    status: awaiting-review\n");
    replace(QStringLiteral("reviews.yaml"), "  en: 2026-01-01\n",
            "  en: 2026-01-01\n  es: 2026-01-01\n");
    write(QStringLiteral("es/overview.yaml"), "section: overview\n"
                                              "topics:\n"
                                              "  - id: topic-nowhere\n"
                                              "    title: Tema\n");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(messages.first(), file(QStringLiteral("es/overview.yaml")) +
                                    QStringLiteral(":3: topic 'topic-nowhere': translated id has "
                                                   "no English original (in en/)"));
}

TEST_F(CompilerErrors, TranslationMayNotChangeStructure) {
    replace(QStringLiteral("meta.yaml"), "    status: source\n",
            "    status: source\n  - code: fr\n    status: awaiting-review\n");
    write(QStringLiteral("fr/overview.yaml"), "section: overview\n"
                                              "topics:\n"
                                              "  - id: topic-overview\n"
                                              "    title: Titre\n"
                                              "    summary: Résumé.\n"
                                              "    body: Texte.\n"
                                              "    sources: [src-a]\n");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral(":7: topic 'topic-overview': field "
                                                         "'sources' cannot be translated")));
}

TEST_F(CompilerErrors, YamlSyntaxErrorHasLine) {
    replace(QStringLiteral("en/glossary.yaml"), "    synonyms: [lay word]",
            "    synonyms: [lay word");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().startsWith(file(QStringLiteral("en/glossary.yaml")) +
                                            QStringLiteral(":")));
    EXPECT_TRUE(messages.first().contains(QStringLiteral("YAML syntax error")));
}

TEST_F(CompilerErrors, RawHtmlAndUnsafeLinksInMarkdownAreRejectedWithTheirLine) {
    // One <img onerror> line used to empty the list items after it and reach the HTML handout;
    // javascript: and data: links went into it as written.
    replace(QStringLiteral("en/causes.yaml"), "      Some **plain** text.\n",
            "      Some **plain** text.\n"          // line 13
            "      - first\n"                       // 14
            "      <img src=x onerror=alert(1)>\n"  // 15
            "      - second\n"                      // 16
            "      [a page](javascript:alert(1))\n" // 17
            "      [data](data:text/html,hello)\n"  // 18
            "      ![x](file:///etc/passwd)\n"      // 19
            "      Text <!-- a comment -->\n"       // 20
            "      [near](other-page.html)\n");     // 21
    const QStringList messages = compile();
    const QString where = file(QStringLiteral("en/causes.yaml"));
    const QList<std::pair<int, QString>> expected = {
        {15, QStringLiteral("raw HTML '<img src=x onerror=alert(1)>'")},
        {17, QStringLiteral("link 'javascript:alert(1)' is not allowed")},
        {18, QStringLiteral("link 'data:text/html,hello' is not allowed")},
        {19, QStringLiteral("image 'file:///etc/passwd' is not allowed")},
        {20, QStringLiteral("raw HTML '<!-- a comment -->'")},
        {21, QStringLiteral("link 'other-page.html' is not allowed")},
    };
    ASSERT_EQ(messages.size(), expected.size()) << messages.join(QLatin1Char('\n')).toStdString();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_TRUE(messages.at(i).startsWith(
            where + QStringLiteral(":%1: topic 'topic-causes': body: ").arg(expected.at(i).first)))
            << messages.at(i).toStdString();
        EXPECT_TRUE(messages.at(i).contains(expected.at(i).second)) << messages.at(i).toStdString();
    }
}

TEST_F(CompilerErrors, SafeLinksAndAngleBracketsInTextAreAccepted) {
    replace(QStringLiteral("en/causes.yaml"), "      Some **plain** text.\n",
            "      Some **plain** text, under 5 mm (<5 mm) or a < b.\n"
            "      See [the NHS](https://www.nhs.uk/conditions/), <https://example.org/> or\n"
            "      [write to us](mailto:clinic@example.org); `<b>` is shown as written.\n");
    EXPECT_EQ(compile(), QStringList());
}

TEST_F(CompilerErrors, AMissingLocaleFolderIsReportedWhereTheLocaleIsListed) {
    replace(QStringLiteral("meta.yaml"), "    status: source\n",
            "    status: source\n  - code: fr\n    status: awaiting-review\n");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        messages.first().startsWith(file(QStringLiteral("meta.yaml")) + QStringLiteral(":5: ")))
        << messages.first().toStdString();
    EXPECT_TRUE(messages.first().contains(QStringLiteral("locale folder")) &&
                messages.first().contains(QStringLiteral("does not exist")))
        << messages.first().toStdString();
}

TEST_F(CompilerErrors, UncitedSourceIsRejected) {
    replace(QStringLiteral("sources.yaml"), "    year: 2020\n",
            "    year: 2020\n  - id: src-unused\n    title: Never cited\n");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(anyContains(messages, QStringLiteral("source 'src-unused': is never cited")));
}

TEST_F(CompilerErrors, UnknownFieldIsReported) {
    replace(QStringLiteral("en/living.yaml"), "    name: A fact", "    nmae: A fact");
    const QStringList messages = compile();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("unknown field 'nmae'")));
    EXPECT_TRUE(anyContains(messages, QStringLiteral("missing required field 'name'")));
}

TEST_F(CompilerErrors, TreatmentNeedsEvidence) {
    replace(QStringLiteral("en/treatment.yaml"), "    kind: fact",
            "    kind: treatment\n    treatment_kind: medicine");
    const QStringList messages = compile();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("item 'item-treatment': missing required "
                                                     "field 'evidence'")));
    EXPECT_TRUE(anyContains(messages, QStringLiteral("a treatment needs field 'evidence_note'")));
}

TEST_F(CompilerErrors, ExecutableExitsNonZeroAndWritesNothing) {
    replace(QStringLiteral("en/causes.yaml"), "id: topic-causes", "id: topic-overview");
    const QString output = m_dir.filePath(QStringLiteral("out.db"));
    QProcess process;
    process.start(test::compilerPath(),
                  {QStringLiteral("--source"), m_dir.path(), QStringLiteral("--output"), output});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 1);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(errors.contains(QStringLiteral("duplicate id"))) << errors.toStdString();
    EXPECT_FALSE(QFile::exists(output));
    EXPECT_FALSE(QFile::exists(output + QStringLiteral(".partial")));
}

// The shipped content's report lists every topic's review status in every language, as the
// database the window reads records it: a reviewer sees at a glance what is still a draft.
TEST(ContentReport, ListsEveryTopicsReviewStatusInEveryLanguage) {
    QProcess process;
    process.start(test::compilerPath(), {QStringLiteral("--source"), test::contentSourceDir(),
                                         QStringLiteral("--report")});
    ASSERT_TRUE(process.waitForFinished(120000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString report = QString::fromUtf8(process.readAllStandardOutput());
    ContentDatabase db;
    ASSERT_TRUE(db.open(test::contentDatabasePath())) << db.errorMessage().toStdString();
    const ContentRepository repository(db);
    for (const LocaleInfo &locale : repository.locales()) {
        const QHash<QString, ReviewRecord> reviews = repository.reviews(locale.code);
        ASSERT_FALSE(reviews.isEmpty());
        int reviewed = 0;
        for (auto it = reviews.cbegin(); it != reviews.cend(); ++it) {
            reviewed += it->reviewed ? 1 : 0;
            const QString status = it->reviewed ? QStringLiteral(": clinically reviewed by ")
                                                : QStringLiteral(": draft (written ");
            const QRegularExpression line(QStringLiteral("^  %1 [a-z-]+/%2%3")
                                              .arg(QRegularExpression::escape(locale.code),
                                                   QRegularExpression::escape(it.key()),
                                                   QRegularExpression::escape(status)),
                                          QRegularExpression::MultilineOption);
            EXPECT_TRUE(line.match(report).hasMatch())
                << locale.code.toStdString() << ' ' << it.key().toStdString();
        }
        EXPECT_TRUE(report.contains(QStringLiteral("review %1: %2 of %3 topics clinically reviewed")
                                        .arg(locale.code)
                                        .arg(reviewed)
                                        .arg(reviews.size())))
            << locale.code.toStdString();
    }
}

TEST_F(CompilerErrors, WithoutXdgRuntimeDirTheErrorsAreStillTheOnlyLines) {
    // Qt's "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ..." came first on stderr
    // (under sudo, cron, a bare container).
    replace(QStringLiteral("en/causes.yaml"), "id: topic-causes", "id: topic-overview");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(test::compilerPath(), {QStringLiteral("--source"), m_dir.path()});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 1);
    const QStringList lines = QString::fromUtf8(process.readAllStandardError())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(file(QStringLiteral("en/causes.yaml")) + QLatin1Char(':')))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("content-compiler: 1 error(s)")))
        << lines.at(1).toStdString();
}

TEST_F(CompilerErrors, ValidContentIsWrittenAtomically) {
    const QString output = m_dir.filePath(QStringLiteral("out.db"));
    Diagnostics diagnostics;
    const ContentSet content = SourceReader(m_dir.path(), diagnostics).read();
    ASSERT_FALSE(diagnostics.hasErrors());
    EXPECT_EQ(DatabaseWriter().write(content, output), QString());
    EXPECT_TRUE(QFile::exists(output));
    EXPECT_FALSE(QFile::exists(output + QStringLiteral(".partial")));
}

// reviews.yaml: nothing is "reviewed" without a role and a date that can be true.
TEST_F(CompilerErrors, SignOffNeedsAReviewerRoleAndDate) {
    replace(QStringLiteral("reviews.yaml"), "reviews: []\n",
            "reviews:\n  - topic: topic-overview\n    locale: en\n"
            "    status: clinically-reviewed\n");
    const QStringList messages = compile();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("reviews.yaml:4: topic-overview/en: a "
                                                     "clinical sign-off needs reviewer_role")))
        << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("a clinical sign-off needs reviewed_on")));
}

TEST_F(CompilerErrors, SignOffOlderThanTheTextOrInTheFutureIsRejected) {
    replace(QStringLiteral("reviews.yaml"), "reviews: []\n",
            "reviews:\n  - topic: topic-overview\n    locale: en\n"
            "    status: clinically-reviewed\n    reviewer_role: Rheumatology nurse\n"
            "    reviewed_on: 2025-12-31\n"
            "  - topic: topic-causes\n    locale: en\n"
            "    status: clinically-reviewed\n    reviewer_role: Rheumatology nurse\n"
            "    reviewed_on: 2999-01-01\n");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 2) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(messages.at(0).contains(QStringLiteral("the text was written on 2026-01-01, after "
                                                       "this review on 2025-12-31")));
    EXPECT_TRUE(messages.at(1).contains(QStringLiteral("reviewed_on 2999-01-01 is in the future")));
}

TEST_F(CompilerErrors, DraftWithAReviewerIsRejected) {
    replace(QStringLiteral("reviews.yaml"), "reviews: []\n",
            "reviews:\n  - topic: topic-overview\n    locale: en\n    status: draft\n"
            "    reviewer_role: Rheumatology nurse\n");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(messages.first().contains(QStringLiteral("a draft has no reviewer")));
}

// Found by the source fuzzer: a record without 'written' (here, another file's text) threw
// YAML::InvalidNode out of the compiler instead of naming the file.
TEST_F(CompilerErrors, ReviewRecordWithoutWrittenDatesIsNamedNotThrown) {
    write(QStringLiteral("reviews.yaml"), "reviews: []\n");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(messages.first().contains(
        QStringLiteral("reviews.yaml: 'written' must map each language code")));
}

TEST_F(CompilerErrors, SignOffOfAnUnknownTopicOrLanguageIsRejected) {
    replace(QStringLiteral("reviews.yaml"), "reviews: []\n",
            "reviews:\n  - topic: topic-nowhere\n    locale: xx\n    status: draft\n");
    const QStringList messages = compile();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("unknown topic 'topic-nowhere'")));
    EXPECT_TRUE(anyContains(messages, QStringLiteral("unknown language 'xx'")));
}

TEST_F(CompilerErrors, OneLastReviewedDateIsNoLongerAccepted) {
    replace(QStringLiteral("meta.yaml"), "locales:\n", "last_reviewed: 2026-01-01\nlocales:\n");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 1) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(messages.first().contains(QStringLiteral("last_reviewed is no longer used")));
}

TEST_F(CompilerErrors, SynonymThatIsACommonWordIsRejectedButAnAbbreviationIsNot) {
    replace(QStringLiteral("en/glossary.yaml"), "synonyms: [lay word]",
            "synonyms: [lay word, the, TA, Dressing]");
    const QStringList messages = compile();
    ASSERT_EQ(messages.size(), 2) << messages.join(QLatin1Char('\n')).toStdString();
    // A function word, and an everyday word in any case ("getting dressed" is no wound dressing).
    EXPECT_TRUE(messages.at(0).contains(QStringLiteral("'the' is an everyday word of 'en'")));
    EXPECT_TRUE(messages.at(1).contains(QStringLiteral("'Dressing' is an everyday word of 'en'")));
}

// meta.yaml: a translation marked reviewed drops the "awaiting review" mark everywhere, so the
// compiler wants the reviewer's role and a date that can be true, as for a clinical sign-off.
TEST_F(CompilerErrors, ReviewedTranslationNeedsAReviewerAndADate) {
    replace(QStringLiteral("meta.yaml"), "    status: source\n", "    status: reviewed\n");
    QStringList messages = compile();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("meta.yaml:3: locale: a reviewed translation "
                                                     "needs translation_reviewer")))
        << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("needs translation_reviewed_on")));

    replace(QStringLiteral("meta.yaml"), "    status: reviewed\n",
            "    status: reviewed\n    translation_reviewer: Medical translator\n"
            "    translation_reviewed_on: 2025-06-01\n");
    messages = compile();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("the en text was written on 2026-01-01, "
                                                     "after its translation review on 2025-06-01")))
        << messages.join(QLatin1Char('\n')).toStdString();

    replace(QStringLiteral("meta.yaml"), "    status: reviewed\n", "    status: source\n");
    messages = compile();
    EXPECT_TRUE(anyContains(messages, QStringLiteral("belong to a reviewed translation")))
        << messages.join(QLatin1Char('\n')).toStdString();
}

// A valid sign-off reaches the database, and the review line says who reviewed and when only
// when every topic shown is signed off.
TEST_F(CompilerErrors, SignOffIsShownOnlyForTheTopicsItCovers) {
    replace(QStringLiteral("reviews.yaml"), "reviews: []\n",
            "reviews:\n  - topic: topic-overview\n    locale: en\n"
            "    status: clinically-reviewed\n    reviewer_role: Rheumatology nurse specialist\n"
            "    reviewed_on: 2026-02-03\n");
    ASSERT_EQ(compile(), QStringList());
    Diagnostics diagnostics;
    const ContentSet content = SourceReader(m_dir.path(), diagnostics).read();
    const QString output = m_dir.filePath(QStringLiteral("reviewed.db"));
    ASSERT_EQ(DatabaseWriter().write(content, output), QString());
    ContentDatabase db;
    ASSERT_TRUE(db.open(output)) << db.errorMessage().toStdString();
    const ContentRepository repository(db);
    const ContentHtml html(repository, QStringLiteral("en"), DocumentOptions{});
    const QString reviewed = html.reviewStatus({QStringLiteral("topic-overview")});
    EXPECT_TRUE(reviewed.startsWith(QStringLiteral("Reviewed by a clinician (Rheumatology nurse "
                                                   "specialist) on ")))
        << reviewed.toStdString();
    EXPECT_TRUE(reviewed.contains(QStringLiteral("2026"))) << reviewed.toStdString();
    EXPECT_TRUE(html.reviewStatus().startsWith(QStringLiteral("Written ")))
        << html.reviewStatus().toStdString();
    EXPECT_TRUE(html.reviewStatus().endsWith(QStringLiteral("not yet reviewed by a clinician")));
}

} // namespace
} // namespace cg::compiler
