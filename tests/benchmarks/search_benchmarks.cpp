// SPDX-License-Identifier: GPL-3.0-or-later
// Search latency: the questions of tests/search/questions/<locale>.tsv and the prefixes a reader
// types on the way to them (50 queries per language), each searched in-process with snippets,
// as the search field does. Reports the 50th and 99th percentile and the slowest query over
// all runs, on the real database and on a synthetic one 100 times larger. And the first search
// of a language (a new engine, one query) on both. The large database is compiled in-process
// from the real sources with every topic and item repeated 100 times under new ids.
// Percentiles are of the thread's CPU time per query, which other processes on a shared machine
// cannot inflate; wall_p99_us is the same on the wall clock. See docs/performance.md, "Search".
#include "content/content_database.h"
#include "database_writer.h"
#include "diagnostics.h"
#include "search/search_engine.h"
#include "source_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>

namespace {

const QString kDatabase = QStringLiteral(CG_BENCH_CONTENT_DB);
const char *const kLocales[] = {"en", "es", "fr", "de", "ar", "zh"};
constexpr int kQueriesPerLanguage = 50;
constexpr int kCopies = 100;

double threadMicros() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

// The question file of a locale, next to this file's folder.
QStringList questions(const QString &locale) {
    const QString path = QFileInfo(QStringLiteral(__FILE__)).absolutePath() +
                         QStringLiteral("/../search/questions/") + locale + QStringLiteral(".tsv");
    QFile file(path);
    QStringList result;
    if (!file.open(QIODevice::ReadOnly)) {
        return result;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            result.append(line.section(QLatin1Char('\t'), 0, 0).trimmed());
        }
    }
    return result;
}

// 50 queries: the questions, then what a reader has typed a few keys into them.
QStringList queries(const QString &locale) {
    const QStringList whole = questions(locale);
    QStringList result = whole.mid(0, kQueriesPerLanguage);
    for (int cut = 3; result.size() < kQueriesPerLanguage && !whole.isEmpty(); cut += 2) {
        for (const QString &question : whole) {
            if (result.size() == kQueriesPerLanguage) {
                break;
            }
            if (question.size() > cut) {
                result.append(question.left(cut));
            }
        }
    }
    return result;
}

// The real sources with every topic and item there `kCopies` times (the copies' ids end in
// "-copy-N", their text is the original's in every language), compiled in-process as the
// build compiles the real content. The glossary and the warning signs stay as they are: a
// guide a hundred times larger would not have its glossary a hundred times over. Built once
// per run.
QString largeDatabase() {
    static QTemporaryDir dir;
    static QString path;
    static bool tried = false;
    if (tried || !dir.isValid()) {
        return path;
    }
    tried = true;
    cg::compiler::Diagnostics diagnostics;
    cg::compiler::ContentSet content =
        cg::compiler::SourceReader(QStringLiteral(CG_BENCH_CONTENT_SOURCE), diagnostics).read();
    if (diagnostics.hasErrors()) {
        return path;
    }
    const auto copyUnits = [&](const char *kind, const QString &id, const QString &copy) {
        for (cg::compiler::LocaleText &text : content.texts) {
            const auto unit = text.units.constFind(cg::compiler::unitKey(kind, id));
            if (unit != text.units.constEnd()) {
                const cg::compiler::TextUnit same = *unit; // inserting may move the original
                text.units.insert(cg::compiler::unitKey(kind, copy), same);
            }
        }
    };
    for (cg::compiler::SectionDef &section : content.sections) {
        const QList<cg::compiler::TopicDef> topics = section.topics;
        const QList<cg::compiler::ItemDef> items = section.items;
        for (int copy = 1; copy < kCopies; ++copy) {
            const QString suffix = QStringLiteral("-copy-%1").arg(copy);
            for (cg::compiler::TopicDef topic : topics) {
                copyUnits("topic", topic.id, topic.id + suffix);
                topic.id += suffix;
                section.topics.append(topic);
            }
            for (cg::compiler::ItemDef item : items) {
                copyUnits("item", item.id, item.id + suffix);
                item.id += suffix;
                section.items.append(item);
            }
        }
    }
    const QString target = dir.filePath(QStringLiteral("large.db"));
    const QString failure = cg::compiler::DatabaseWriter().write(content, target);
    if (failure.isEmpty()) {
        path = target;
    } else {
        fprintf(stderr, "cannot build the large database: %s\n", qPrintable(failure));
    }
    return path;
}

void measure(benchmark::State &state, const QString &databasePath) {
    const QString locale = QLatin1String(kLocales[state.range(0)]);
    cg::ContentDatabase database;
    if (databasePath.isEmpty() || !database.open(databasePath)) {
        state.SkipWithError("cannot open the content database");
        return;
    }
    auto engine = std::make_unique<cg::search::SearchEngine>(database.connection());
    const QStringList texts = queries(locale);
    if (!engine->hasLocale(locale) || texts.size() < kQueriesPerLanguage) {
        state.SkipWithError("no index or no questions for this language");
        return;
    }
    cg::search::SearchOptions options;
    options.limit = 10;
    for (const QString &text : texts) {
        engine->search(text, locale, options); // first use loads the language's glossary
    }
    std::vector<double> micros;
    std::vector<double> wall;
    micros.reserve(size_t(texts.size()) * 20);
    wall.reserve(size_t(texts.size()) * 20);
    for (auto _ : state) {
        for (const QString &text : texts) {
            const double cpu = threadMicros();
            const auto start = std::chrono::steady_clock::now();
            const cg::search::SearchResults results = engine->search(text, locale, options);
            const auto end = std::chrono::steady_clock::now();
            micros.push_back(threadMicros() - cpu);
            wall.push_back(std::chrono::duration<double, std::micro>(end - start).count());
            benchmark::DoNotOptimize(results.hits.size());
        }
    }
    std::sort(micros.begin(), micros.end());
    std::sort(wall.begin(), wall.end());
    const auto percentile = [](const std::vector<double> &sorted, double p) {
        return sorted.at(std::min(sorted.size() - 1, size_t(p * double(sorted.size()))));
    };
    state.counters["p50_us"] = percentile(micros, 0.50);
    state.counters["p99_us"] = percentile(micros, 0.99);
    state.counters["max_us"] = micros.back();
    state.counters["wall_p99_us"] = percentile(wall, 0.99);
    state.counters["queries"] = double(micros.size());
    state.SetLabel(locale.toStdString());
    engine.reset();
}

// The first search of a language: a new engine reads the language's passages, glossary and
// section titles and the terms of the query, and searches once. A reader waits for this once
// per language. The second argument picks the query: "calcium" (0), the language's first
// question (1), or its first two letters (2: the most terms a query starts with, as when the
// search field's pause comes after two keys).
void firstUse(benchmark::State &state, const QString &databasePath) {
    const QString locale = QLatin1String(kLocales[state.range(0)]);
    const QStringList asked = questions(locale);
    if (asked.isEmpty()) {
        state.SkipWithError("no questions for this language");
        return;
    }
    const QString query = state.range(1) == 0   ? QStringLiteral("calcium")
                          : state.range(1) == 1 ? asked.constFirst()
                                                : asked.constFirst().left(2);
    cg::ContentDatabase database;
    if (databasePath.isEmpty() || !database.open(databasePath)) {
        state.SkipWithError("cannot open the content database");
        return;
    }
    cg::search::SearchOptions options;
    options.limit = 10;
    for (auto _ : state) {
        cg::search::SearchEngine engine(database.connection());
        const cg::search::SearchResults results = engine.search(query, locale, options);
        if (!engine.lastError().isEmpty()) {
            state.SkipWithError(engine.lastError().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(results.hits.size());
    }
    QSqlQuery passages(database.connection());
    passages.prepare(QStringLiteral("SELECT passages FROM search_passages WHERE locale = ?"));
    passages.addBindValue(locale);
    if (passages.exec() && passages.next()) {
        state.counters["passages"] = passages.value(0).toDouble();
    }
    state.SetLabel(QString(locale + QLatin1Char(' ') + query).toStdString());
}

void BM_SearchFirstUse(benchmark::State &state) {
    firstUse(state, kDatabase);
}
BENCHMARK(BM_SearchFirstUse)
    ->ArgsProduct({benchmark::CreateDenseRange(0, 5, 1), {0, 1, 2}})
    ->Unit(benchmark::kMillisecond);

void BM_SearchFirstUse100x(benchmark::State &state) {
    firstUse(state, largeDatabase());
}
BENCHMARK(BM_SearchFirstUse100x)
    ->ArgsProduct({benchmark::CreateDenseRange(0, 5, 1), {0, 1, 2}})
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

void BM_SearchLatency(benchmark::State &state) {
    measure(state, kDatabase);
}
BENCHMARK(BM_SearchLatency)->DenseRange(0, 5)->Iterations(20)->Unit(benchmark::kMillisecond);

void BM_SearchLatency100x(benchmark::State &state) {
    measure(state, largeDatabase());
}
BENCHMARK(BM_SearchLatency100x)->DenseRange(0, 5)->Iterations(5)->Unit(benchmark::kMillisecond);

} // namespace
