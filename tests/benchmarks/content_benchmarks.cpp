// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the content database and loading what each section's view shows.
#include "content/content_database.h"
#include "content/content_integrity.h"
#include "content/content_repository.h"
#include "content/model.h"

#include <benchmark/benchmark.h>

namespace {

const QString kDatabase = QStringLiteral(CG_BENCH_CONTENT_DB);

void BM_OpenDatabase(benchmark::State &state) {
    for (auto _ : state) {
        cg::ContentDatabase db;
        if (!db.open(kDatabase)) {
            state.SkipWithError("cannot open the content database");
            break;
        }
        benchmark::DoNotOptimize(db.isOpen());
    }
}
BENCHMARK(BM_OpenDatabase)->Unit(benchmark::kMicrosecond);

// The digest alone, as every open computes it (part of BM_OpenDatabase).
void BM_ContentDigest(benchmark::State &state) {
    for (auto _ : state) {
        const QString digest = cg::contentDigest(kDatabase);
        if (digest.isEmpty()) {
            state.SkipWithError("cannot compute the digest");
            break;
        }
        benchmark::DoNotOptimize(digest);
    }
}
BENCHMARK(BM_ContentDigest)->Unit(benchmark::kMicrosecond);

// Everything one section view needs: its title, topics, categories and items.
void BM_LoadSection(benchmark::State &state) {
    cg::ContentDatabase db;
    if (!db.open(kDatabase)) {
        state.SkipWithError("cannot open the content database");
        return;
    }
    const cg::ContentRepository repository(db);
    const QString key = cg::kSectionKeys.at(state.range(0));
    state.SetLabel(key.toStdString());
    for (auto _ : state) {
        benchmark::DoNotOptimize(repository.section(key, QStringLiteral("en")));
        benchmark::DoNotOptimize(repository.topics(key, QStringLiteral("en")));
        benchmark::DoNotOptimize(repository.categories(key, QStringLiteral("en")));
        benchmark::DoNotOptimize(repository.items(key, QStringLiteral("en")));
    }
}
BENCHMARK(BM_LoadSection)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

void BM_LoadGlossaryAndCareCards(benchmark::State &state) {
    cg::ContentDatabase db;
    if (!db.open(kDatabase)) {
        state.SkipWithError("cannot open the content database");
        return;
    }
    const cg::ContentRepository repository(db);
    for (auto _ : state) {
        benchmark::DoNotOptimize(repository.glossary(QStringLiteral("en")));
        benchmark::DoNotOptimize(repository.careCards(QStringLiteral("en")));
    }
}
BENCHMARK(BM_LoadGlossaryAndCareCards)->Unit(benchmark::kMicrosecond);

} // namespace
