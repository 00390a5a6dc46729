// SPDX-License-Identifier: GPL-3.0-or-later
// The content is written in its own words: no run of 8 or more consecutive words of any source
// article appears in it. Facts carry over from the sources; sentences do not.
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

namespace cg {
namespace {

constexpr int kRunLength = 8;

QStringList wordsOf(const QString &text) {
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    // Curly and straight apostrophes join a word ("don't"), so drop them before splitting.
    QString cleaned = text.toLower();
    cleaned.remove(QChar(0x2019));
    cleaned.remove(QLatin1Char('\''));
    return cleaned.split(nonWord, Qt::SkipEmptyParts);
}

QSet<QString> runsOf(const QStringList &words) {
    QSet<QString> runs;
    for (qsizetype i = 0; i + kRunLength <= words.size(); ++i) {
        runs.insert(words.mid(i, kRunLength).join(QLatin1Char(' ')));
    }
    return runs;
}

QString readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

TEST(OwnWords, NoEightWordRunOfAnySeedAppearsInTheContent) {
    const QString seeds = test::sharedDir() + QStringLiteral("/seeds");
    if (!QDir(seeds).exists()) {
        GTEST_SKIP() << "The source articles are not here (" << seeds.toStdString()
                     << "): they sit beside the project for its developers and CI, not in a "
                        "user's clone, so the own-words check cannot run.";
    }
    QSet<QString> seedRuns;
    const QStringList seedFiles = QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files);
    ASSERT_FALSE(seedFiles.isEmpty());
    for (const QString &name : seedFiles) {
        seedRuns.unite(runsOf(wordsOf(readAll(QDir(seeds).filePath(name)))));
    }

    int checkedFiles = 0;
    QDirIterator it(test::contentSourceDir(), {QStringLiteral("*.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Citations must quote a source's title exactly, so the list of sources is exempt.
        if (QFileInfo(path).fileName() == QStringLiteral("sources.yaml")) {
            continue;
        }
        ++checkedFiles;
        const QSet<QString> runs = runsOf(wordsOf(readAll(path)));
        for (const QString &run : runs) {
            EXPECT_FALSE(seedRuns.contains(run))
                << path.toStdString() << " repeats a source's words: \"" << run.toStdString()
                << "\"";
        }
    }
    EXPECT_GE(checkedFiles, 10);
}

} // namespace
} // namespace cg
