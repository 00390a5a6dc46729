// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the content compiler's reading layer (file checks, UTF-8, the YAML
// structure pass, the source reader) and the validator: any bytes put in place of one file of
// the search fixture (byte 0 picks which; the rest is the file) must give content or
// diagnostics, never a crash, an exception, undefined behaviour, a hang or unbounded memory,
// and every diagnostic must name a file of the fixture with a line of 0 or more.
//
// Build with the fuzz preset; run with tests/fuzz/run-fuzz.sh build-fuzz 30 source.
#include "content_validator.h"
#include "diagnostics.h"
#include "source_reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

struct Fixture {
    QTemporaryDir dir;
    QStringList files; // relative paths, sorted
    std::vector<QByteArray> originals;
};

Fixture &fixture() {
    static Fixture instance;
    return instance;
}

[[noreturn]] void fail(const char *what, const QString &detail) {
    std::fprintf(stderr, "source_fuzzer: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void writeFile(const QString &path, const char *data, qsizetype size) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data, size) != size) {
        fail("cannot write", path);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "source_fuzzer";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    Fixture &f = fixture();
    const QString from = QStringLiteral(CG_FUZZ_FIXTURE);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        f.files.append(QDir(from).relativeFilePath(it.next()));
    }
    f.files.sort();
    for (const QString &relative : std::as_const(f.files)) {
        QFile source(QDir(from).filePath(relative));
        if (!source.open(QIODevice::ReadOnly)) {
            fail("cannot read", relative);
        }
        f.originals.push_back(source.readAll());
        const QString target = f.dir.filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        writeFile(target, f.originals.back().constData(), f.originals.back().size());
    }
    if (f.files.isEmpty()) {
        fail("no fixture in", from);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    Fixture &f = fixture();
    const qsizetype pick = qsizetype(data[0] % f.files.size());
    const QString target = f.dir.filePath(f.files.at(pick));
    writeFile(target, reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    try {
        cg::compiler::Diagnostics diagnostics;
        const cg::compiler::ContentSet content =
            cg::compiler::SourceReader(f.dir.path(), diagnostics).read();
        if (!diagnostics.hasErrors()) {
            cg::compiler::validateContent(content, diagnostics);
        }
        for (const cg::compiler::Diagnostic &diagnostic : diagnostics.errors()) {
            if (!diagnostic.file.startsWith(f.dir.path()) || diagnostic.line < 0 ||
                diagnostic.message.isEmpty()) {
                fail("bad diagnostic", diagnostic.toString());
            }
        }
    } catch (const std::exception &e) {
        fail("exception escaped", QString::fromUtf8(e.what()));
    } catch (...) {
        fail("exception escaped", QStringLiteral("(not a std::exception)"));
    }
    // The other inputs see the fixture as it was.
    const QByteArray &original = f.originals.at(size_t(pick));
    writeFile(target, original.constData(), original.size());
    return 0;
}
