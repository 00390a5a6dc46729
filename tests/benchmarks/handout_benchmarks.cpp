// SPDX-License-Identifier: GPL-3.0-or-later
// Handouts: building the body and laying out and painting every page of a full handout into a
// PDF in memory, the work behind Save PDF, Print and each refresh of the composer's preview.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "handout/handout_document_builder.h"
#include "handout/handout_export.h"

#include <QBuffer>
#include <benchmark/benchmark.h>

namespace {

const QString kDatabase = QStringLiteral(CG_BENCH_CONTENT_DB);
const char *const kLanguages[] = {"en", "es", "fr", "de", "ar", "zh"};

cg::HandoutRequest fullHandout(const benchmark::State &state) {
    cg::HandoutRequest request; // no selection: every section
    request.language = QString::fromLatin1(kLanguages[state.range(0)]);
    request.largePrint = state.range(1) != 0;
    request.paper = cg::HandoutRequest::Paper::A4;
    return request;
}

// The body HTML alone (content queries and ContentHtml).
void BM_HandoutBuildDocument(benchmark::State &state) {
    cg::ContentDatabase db;
    if (!db.open(kDatabase)) {
        state.SkipWithError("cannot open the content database");
        return;
    }
    const cg::ContentRepository repository(db);
    const cg::HandoutRequest request = fullHandout(state);
    state.SetLabel(request.language.toStdString());
    for (auto _ : state) {
        benchmark::DoNotOptimize(cg::HandoutDocumentBuilder(repository).build(request));
    }
}
BENCHMARK(BM_HandoutBuildDocument)->Args({0, 0})->Unit(benchmark::kMillisecond);

// Build, lay out (with keep-with-next) and paint every page into a PDF: the 300 ms goal.
void BM_HandoutFullPdf(benchmark::State &state) {
    cg::ContentDatabase db;
    if (!db.open(kDatabase)) {
        state.SkipWithError("cannot open the content database");
        return;
    }
    const cg::ContentRepository repository(db);
    const cg::HandoutRequest request = fullHandout(state);
    int pages = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const cg::HandoutDocument document = cg::HandoutDocumentBuilder(repository).build(request);
        pages = cg::writeHandoutPdf(document, buffer).pages;
        benchmark::DoNotOptimize(buffer.size());
    }
    state.counters["pages"] = pages;
    state.SetLabel(request.language.toStdString() + (request.largePrint ? " large print" : ""));
}
BENCHMARK(BM_HandoutFullPdf)
    ->ArgsProduct({benchmark::CreateDenseRange(0, 5, 1), {0}})
    ->Args({0, 1})
    ->Unit(benchmark::kMillisecond);

} // namespace
