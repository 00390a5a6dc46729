// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for search: any bytes, as UTF-8 or as raw UTF-16 (lone surrogates
// included), searched in every content language of the real database and of the Arabic and
// Chinese fixture, must give results or none: never an SQL error, a crash, undefined
// behaviour, or unescaped text in a snippet.
//
// Input: byte 0 picks the database and language (and, with its top bit, UTF-16); the rest is
// the query. Build with the fuzz preset; run with tests/fuzz/run-fuzz.sh.
#include "content/content_database.h"
#include "content_validator.h"
#include "database_writer.h"
#include "diagnostics.h"
#include "search/query_sanitizer.h"
#include "search/search_engine.h"
#include "source_reader.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace {

struct Target {
    cg::search::SearchEngine *engine;
    QString locale;
};

std::vector<Target> &targets() {
    static std::vector<Target> all;
    return all;
}

[[noreturn]] void fail(const char *what, const QString &detail) {
    std::fprintf(stderr, "search_fuzzer: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

// Opens a database and registers its languages; the objects live until the process ends.
void addDatabase(const QString &path) {
    auto *database = new cg::ContentDatabase;
    if (!database->open(path)) {
        fail("cannot open", database->errorMessage());
    }
    auto *engine = new cg::search::SearchEngine(database->connection());
    const QStringList locales = engine->locales();
    if (locales.isEmpty()) {
        fail("no search index in", path);
    }
    for (const QString &locale : locales) {
        targets().push_back({engine, locale});
    }
}

QString compileFixture() {
    static QTemporaryDir dir;
    cg::compiler::Diagnostics diagnostics;
    const cg::compiler::ContentSet content =
        cg::compiler::SourceReader(QStringLiteral(CG_FUZZ_FIXTURE), diagnostics).read();
    if (!diagnostics.hasErrors()) {
        cg::compiler::validateContent(content, diagnostics);
    }
    if (diagnostics.hasErrors()) {
        fail("fixture", diagnostics.errors().constFirst().toString());
    }
    const QString path = dir.filePath(QStringLiteral("fixture.db"));
    const QString error = cg::compiler::DatabaseWriter().write(content, path);
    if (!error.isEmpty()) {
        fail("fixture", error);
    }
    return path;
}

// Only the engine's own <b> marks may be markup.
void checkEscaped(const QString &html) {
    QString rest = html;
    rest.remove(QStringLiteral("<b>"));
    rest.remove(QStringLiteral("</b>"));
    if (rest.contains(QLatin1Char('<')) || rest.contains(QLatin1Char('>'))) {
        fail("unescaped markup", html);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "search_fuzzer";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    addDatabase(QStringLiteral(CG_FUZZ_CONTENT_DB));
    addDatabase(compileFixture());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::size_t pick = data[0] & 0x7F;
    const Target &target = targets().at(pick % targets().size());
    QString text;
    if ((data[0] & 0x80) != 0) {
        std::vector<char16_t> units((size - 1) / 2);
        if (!units.empty()) {
            std::memcpy(units.data(), data + 1, units.size() * sizeof(char16_t));
        }
        text = QString::fromUtf16(units.data(), qsizetype(units.size()));
    } else {
        text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    }

    // The sanitiser alone: bounded plain words.
    const cg::search::SanitizedQuery query = cg::search::sanitizeQuery(text);
    if (query.words.size() > cg::search::kMaxWords) {
        fail("too many words", text);
    }
    for (const cg::search::QueryWord &word : query.words) {
        if (word.folded.isEmpty() || word.folded.size() > cg::search::kMaxWordLength ||
            word.folded.contains(QLatin1Char('"')) || word.folded.contains(QLatin1Char(' '))) {
            fail("bad word", word.folded);
        }
    }

    // A real search, with and without snippets.
    cg::search::SearchOptions options;
    options.limit = 5;
    options.snippets = (data[0] & 0x40) == 0;
    const cg::search::SearchResults results = target.engine->search(text, target.locale, options);
    if (!target.engine->lastError().isEmpty()) {
        fail("search error", target.engine->lastError());
    }
    if (results.hits.size() > options.limit) {
        fail("limit", QString::number(results.hits.size()));
    }
    for (const cg::search::SearchHit &hit : results.hits) {
        if (hit.id.isEmpty()) {
            fail("hit without id", hit.title);
        }
        checkEscaped(hit.titleHtml);
        checkEscaped(hit.snippetHtml);
    }
    return 0;
}
