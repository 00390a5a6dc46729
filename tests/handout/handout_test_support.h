// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers for the handout suites: the real content database, poppler's command-line
// tools (pdftotext, pdfinfo, pdffonts) through runProcess(), and text normalised for comparing
// what a PDF says with what the repository holds.

#include "content/content_database.h"
#include "content/content_repository.h"
#include "handout/handout_document_builder.h"
#include "handout/handout_export.h"
#include "handout/handout_fonts.h"
#include "process_run.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace cg::test {

// A PDF's bytes, to tell one export from the next written under the same name.
inline QByteArray pdfFingerprint(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
}

// The text of every page of a PDF, in poppler's reading order (or its physical layout), from a
// single pdftotext run: pdftotext ends each page with a form feed, so the pieces between form
// feeds are exactly what one run per page (-f N -l N) prints, and one process per PDF instead of
// one per page spares the time of starting poppler and loading the fonts again for each page
// (PdfTextTest checks the two agree). Runs are kept for the life of the test process, keyed by
// the file's content, so asking again for the same PDF costs nothing; a file rewritten with new
// content is read again. Empty when pdftotext fails.
inline QStringList pdfPages(const QString &path, bool layout = false) {
    static QHash<QByteArray, QStringList> runs;
    const QByteArray fingerprint = pdfFingerprint(path);
    if (fingerprint.isEmpty()) {
        return {};
    }
    const QByteArray key = fingerprint + (layout ? "/layout" : "/reading");
    const auto known = runs.constFind(key);
    if (known != runs.constEnd()) {
        return *known;
    }
    QStringList arguments;
    if (layout) {
        arguments << QStringLiteral("-layout");
    }
    arguments << path << QStringLiteral("-");
    const ProcessRun run = runProcess(QStringLiteral("pdftotext"), arguments);
    if (run.exitCode != 0) {
        ADD_FAILURE() << "pdftotext " << path.toStdString() << ": " << run.err.toStdString();
        return {};
    }
    QStringList pages = run.out.split(QLatin1Char('\f'));
    pages.removeLast(); // what follows the last page's form feed
    runs.insert(key, pages);
    return pages;
}

// Text of a PDF (all pages, or pages first..last, 1-based), as pdftotext prints it: every page
// followed by a form feed.
inline QString pdfText(const QString &path, int first = 0, int last = 0, bool layout = false) {
    const QStringList pages = pdfPages(path, layout);
    const qsizetype from = first > 0 ? first - 1 : 0;
    const qsizetype to = last > 0 ? std::min<qsizetype>(last, pages.size()) : pages.size();
    QString text;
    for (qsizetype page = from; page < to; ++page) {
        text += pages.at(page);
        text += QLatin1Char('\f');
    }
    return text;
}

// The page count pdfinfo reads from the file (not from the text), kept per file content.
inline int pdfPageCount(const QString &path) {
    static QHash<QByteArray, int> counts;
    const QByteArray fingerprint = pdfFingerprint(path);
    const auto known = counts.constFind(fingerprint);
    if (!fingerprint.isEmpty() && known != counts.constEnd()) {
        return *known;
    }
    const ProcessRun info = runProcess(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info.out);
    const int pages = match.hasMatch() ? match.captured(1).toInt() : -1;
    if (!fingerprint.isEmpty() && pages >= 0) {
        counts.insert(fingerprint, pages);
    }
    return pages;
}

// Qt writes a PDF's text layer (its ToUnicode map) with the lowest code point that reaches each
// glyph. CJK fonts draw an ideograph and its look-alike radical (风 U+98CE and ⻛ U+2EDB, 皮 and
// ⽪) with one glyph, so the layer says "radical" where the page shows the ideograph (a known
// limitation, the same as wkhtmltopdf issue 4414). Kangxi radicals fold under NFKC; the CJK
// radicals supplement does not, so map each radical to the ideograph sharing its glyph in the
// handout's Chinese font, exactly the confusion Qt makes.
inline const QHash<char32_t, char32_t> &radicalToIdeograph() {
    static const QHash<char32_t, char32_t> table = []() {
        QHash<char32_t, char32_t> result;
        QFont font;
        font.setFamilies(handoutFontFamilies({QStringLiteral("zh")}));
        const QRawFont raw = QRawFont::fromFont(font);
        auto glyphOf = [&raw](char32_t c) {
            const QList<quint32> glyphs = raw.glyphIndexesForString(QString::fromUcs4(&c, 1));
            return glyphs.isEmpty() ? 0u : glyphs.first();
        };
        QHash<quint32, char32_t> ideographByGlyph;
        for (char32_t c = 0x4E00; c <= 0x9FFF; ++c) {
            const quint32 glyph = glyphOf(c);
            if (glyph != 0 && !ideographByGlyph.contains(glyph)) {
                ideographByGlyph.insert(glyph, c);
            }
        }
        for (char32_t c = 0x2E80; c <= 0x2FDF; ++c) {
            const quint32 glyph = glyphOf(c);
            if (glyph != 0 && ideographByGlyph.contains(glyph)) {
                result.insert(c, ideographByGlyph.value(glyph));
            }
        }
        return result;
    }();
    return table;
}

// What a PDF's text and a repository string have in common, whatever the line breaks:
// compatibility forms folded (ligatures such as "fi", Arabic presentation forms back to
// letters, CJK radicals back to ideographs), bidirectional controls and white space removed.
inline QString searchable(const QString &text) {
    std::u32string characters;
    for (const auto c : text.toUcs4()) {
        characters.push_back(radicalToIdeograph().value(c, c));
    }
    QString folded = QString::fromUcs4(characters.data(), static_cast<qsizetype>(characters.size()))
                         .normalized(QString::NormalizationForm_KC);
    static const QRegularExpression noise(
        QStringLiteral("[\\s\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    folded.remove(noise);
    return folded;
}

// Whether a PDF's text holds an expected passage. poppler returns right-to-left lines in
// logical order but may order the runs of a mixed line (digits, punctuation, Arabic words) its
// own way, so for right-to-left text every word must be there rather than the exact sequence.
inline bool pdfHas(const QString &pdfTextContent, const QString &expected,
                   Qt::LayoutDirection direction) {
    const QString haystack = searchable(pdfTextContent);
    if (direction == Qt::LeftToRight) {
        return haystack.contains(searchable(expected));
    }
    static const QRegularExpression separators(QStringLiteral("[\\s.,:;\\x{060C}]+"));
    const QStringList words = expected.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(searchable(word))) {
            return false;
        }
    }
    return !words.isEmpty();
}

inline int wordCount(const QString &text) {
    return static_cast<int>(
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

// The first page (1-based) of a PDF's pages whose text contains `text`, or 0.
inline int firstPageWith(const QStringList &pages, const QString &text) {
    // pdftotext drops the hyphen of a word broken at a line end ("self-" "harm").
    auto plain = [](const QString &value) -> QString {
        return searchable(value).remove(QLatin1Char('-'));
    };
    const QString wanted = plain(text);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (plain(pages.at(i)).contains(wanted)) {
            return int(i) + 1;
        }
    }
    return 0;
}

// Safety first: all three care cards are on page 1 or 2 (in large print the emergency card;
// at 18 pt the three cards fill about two pages of their own, so the others follow at once, by
// page 4), each card whole on one page. `pages` are the PDF's pages in reading order.
inline void expectCareCardsWholeOnPageOneOrTwo(const QStringList &pages,
                                               const QList<CareCard> &cards, bool largePrint) {
    ASSERT_EQ(cards.size(), 3);
    for (const CareCard &card : cards) {
        const int headingPage = firstPageWith(pages, card.heading);
        EXPECT_GE(headingPage, 1) << card.urgency.toStdString();
        // At 18 pt the three cards fill more than two pages of their own: in large print the
        // emergency card is on page 1, the urgent card on page 2 and the "soon" card at the
        // latest on page 3.
        int latest = 2;
        if (largePrint) {
            latest = card.urgency == QStringLiteral("emergency")
                         ? 1
                         : (card.urgency == QStringLiteral("urgent") ? 2 : 3);
        }
        EXPECT_LE(headingPage, latest) << card.urgency.toStdString();
        // The card's last sign is on the same page as its heading: never split.
        EXPECT_EQ(firstPageWith(pages, card.signs.last().text), headingPage)
            << card.urgency.toStdString();
        // Nor is its advice, which comes last: an Arabic large-print emergency card once ran
        // taller than a page and lost its last lines to page 2.
        EXPECT_EQ(firstPageWith(pages, card.advice.right(24)), headingPage)
            << card.urgency.toStdString();
    }
}

// One content database for the whole suite.
class HandoutTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_database = std::make_unique<ContentDatabase>();
        ASSERT_TRUE(s_database->open(contentDatabasePath())) << "no content database";
        s_repository = std::make_unique<ContentRepository>(*s_database);
    }
    static void TearDownTestSuite() {
        s_repository.reset();
        s_database.reset();
    }
    static const ContentRepository &repository() { return *s_repository; }

    static HandoutDocument build(const HandoutRequest &request) {
        return HandoutDocumentBuilder(repository()).build(request);
    }

private:
    static inline std::unique_ptr<ContentDatabase> s_database;
    static inline std::unique_ptr<ContentRepository> s_repository;
};

} // namespace cg::test
