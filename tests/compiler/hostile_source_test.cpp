// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile content sources: whatever a file holds (keys that are not text, an alias bomb, deep
// nesting, bytes that are not UTF-8, a FIFO or a link to a device or outside the content folder,
// a locale code that climbs out of it, quotes and brackets left open), the compiler reports it
// with file and line, quickly, and never aborts, hangs or reads what it should not.
#include "content_validator.h"
#include "database_writer.h"
#include "small_disk.h"
#include "source_checks.h"
#include "source_reader.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace cg::compiler {
namespace {

class HostileSource : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("content"));
        const QString from = test::fixtureDir(QStringLiteral("minimal-content"));
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = file(QDir(from).relativeFilePath(source));
            QDir().mkpath(QFileInfo(target).absolutePath());
            ASSERT_TRUE(QFile::copy(source, target)) << source.toStdString();
        }
    }

    QString file(const QString &relative) const { return QDir(m_root).filePath(relative); }

    void write(const QString &relative, const QByteArray &text) {
        QFile::remove(file(relative));
        QFile out(file(relative));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(out.write(text), text.size());
    }

    // Reads and validates; every message, and how long it took.
    QStringList compile() {
        QElapsedTimer timer;
        timer.start();
        Diagnostics diagnostics;
        const ContentSet content = SourceReader(m_root, diagnostics).read();
        if (!diagnostics.hasErrors()) {
            validateContent(content, diagnostics);
        }
        m_elapsed = timer.elapsed();
        QStringList messages;
        for (const Diagnostic &diagnostic : diagnostics.errors()) {
            messages.append(diagnostic.toString());
        }
        return messages;
    }

    // Exactly one message, about `relative` at `line` (0: the whole file, -1: any line), saying
    // `what`.
    void expectOne(const QString &relative, int line, const QString &what) {
        const QStringList messages = compile();
        EXPECT_LT(m_elapsed, 5000) << "took " << m_elapsed << " ms";
        ASSERT_EQ(messages.size(), 1) << messages.join(QLatin1Char('\n')).toStdString();
        QString where = file(relative) + QLatin1Char(':');
        if (line >= 0) {
            where += line > 0 ? QStringLiteral("%1: ").arg(line) : QStringLiteral(" ");
        }
        EXPECT_TRUE(messages.first().startsWith(where)) << messages.first().toStdString();
        EXPECT_TRUE(messages.first().contains(what)) << messages.first().toStdString();
    }

    QTemporaryDir m_dir;
    QString m_root;
    qint64 m_elapsed = 0;
};

const QByteArray kStrings = "disclaimer: For education only.\n"
                            "conditions:\n"
                            "  lupus: Lupus\n"
                            "evidence:\n"
                            "  small-studies:\n"
                            "    label: Small studies\n"
                            "    note: Tried in a few people.\n";

TEST_F(HostileSource, TheFixtureIsValid) {
    EXPECT_EQ(compile(), QStringList());
}

TEST_F(HostileSource, KeysThatAreNotTextAreReportedNotFatal) {
    // `? [a, b] : v` used to abort the compiler with an uncaught YAML::TypedBadConversion.
    const QStringList keys = {QStringLiteral("? [a, b]\n: v\n"), QStringLiteral("? {a: b}\n: v\n"),
                              QStringLiteral("[a, b]: v\n"), QStringLiteral("? \n: v\n"),
                              QStringLiteral("x: &k text\n*k : v\n")};
    for (const QString &key : keys) {
        write(QStringLiteral("en/strings.yaml"), kStrings + key.toUtf8());
        const QStringList messages = compile();
        ASSERT_EQ(messages.size(), 1)
            << key.toStdString() << messages.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(messages.first().contains(QStringLiteral("key must be")))
            << messages.first().toStdString();
        EXPECT_TRUE(messages.first().startsWith(file(QStringLiteral("en/strings.yaml")) +
                                                QStringLiteral(":8:")) ||
                    messages.first().startsWith(file(QStringLiteral("en/strings.yaml")) +
                                                QStringLiteral(":9:")))
            << messages.first().toStdString();
    }
}

TEST_F(HostileSource, AnAliasBombIsRefusedAtOnce) {
    // Under 1 KB, each level nine aliases of the one before: 9^10 values when expanded.
    QByteArray mapBomb =
        "b0: &b0 {k0: x, k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x}\n";
    QByteArray listBomb = "topics:\n  - &l0 [x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level < 10; ++level) {
        QByteArray entries;
        QByteArray list;
        for (int k = 0; k < 9; ++k) {
            entries += (k > 0 ? ", " : "") + QByteArray("k") + QByteArray::number(k) + ": *b" +
                       QByteArray::number(level - 1);
            list += (k > 0 ? ", *l" : "*l") + QByteArray::number(level - 1);
        }
        mapBomb += "b" + QByteArray::number(level) + ": &b" + QByteArray::number(level) + " {" +
                   entries + "}\n";
        listBomb += "  - &l" + QByteArray::number(level) + " [" + list + "]\n";
    }
    write(QStringLiteral("en/strings.yaml"), kStrings + mapBomb);
    expectOne(QStringLiteral("en/strings.yaml"), -1, QStringLiteral("aliases"));
    write(QStringLiteral("en/strings.yaml"), kStrings);
    write(QStringLiteral("en/overview.yaml"), "section: overview\n" + listBomb);
    expectOne(QStringLiteral("en/overview.yaml"), -1, QStringLiteral("aliases"));
}

TEST_F(HostileSource, AnAliasInsideItsOwnAnchorIsRefused) {
    write(QStringLiteral("en/strings.yaml"), kStrings + "loop: &a {again: *a}\n");
    expectOne(QStringLiteral("en/strings.yaml"), 8, QStringLiteral("endless"));
}

TEST_F(HostileSource, DeepNestingIsRefused) {
    write(QStringLiteral("en/strings.yaml"),
          kStrings + "deep: " + QByteArray(5000, '[') + QByteArray(5000, ']') + "\n");
    expectOne(QStringLiteral("en/strings.yaml"), 8, QStringLiteral("nested more than"));
    QByteArray block = "deep:\n";
    for (int i = 0; i < 40; ++i) {
        block += QByteArray(2 * i + 2, ' ') + "- \n";
    }
    write(QStringLiteral("en/strings.yaml"), kStrings + block);
    expectOne(QStringLiteral("en/strings.yaml"), -1, QStringLiteral("nested more than"));
}

TEST_F(HostileSource, BytesThatAreNotUtf8AreRefusedWithTheirLine) {
    const QList<QByteArray> bad = {
        "\xff\xfe",            // not UTF-8 at all
        "\xc0\xaf",            // an overlong '/'
        "\xed\xa0\x80",        // a UTF-16 surrogate
        "\xf4\x90\x80\x80",    // beyond U+10FFFF
        "caf\xc3",             // cut off
        QByteArray("a\0b", 3), // NUL
        "\xc2\x85",            // a C1 control character
        "\x1b[31m",            // an escape sequence
    };
    for (const QByteArray &bytes : bad) {
        QByteArray text = kStrings;
        text.replace("Tried in a few people.", QByteArray("Tried " + bytes + " people."));
        write(QStringLiteral("en/strings.yaml"), text);
        expectOne(QStringLiteral("en/strings.yaml"), 7, QStringLiteral("at column"));
    }
    // A file saved as UTF-16.
    const QString text = QString::fromUtf8(kStrings);
    QByteArray utf16("\xff\xfe", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    write(QStringLiteral("en/strings.yaml"), utf16);
    expectOne(QStringLiteral("en/strings.yaml"), 1, QStringLiteral("UTF-8"));
}

TEST_F(HostileSource, OnlyRegularFilesInsideTheContentFolderAreRead) {
    struct Case {
        QString what;
        std::function<void(const QString &)> make;
        QString says;
    };
    const QString outside = m_dir.filePath(QStringLiteral("outside.yaml"));
    QFile::copy(file(QStringLiteral("en/living.yaml")), outside);
    const QList<Case> cases = {
        {QStringLiteral("fifo"),
         [](const QString &path) { ::mkfifo(QFile::encodeName(path).constData(), 0600); },
         QStringLiteral("pipe")},
        {QStringLiteral("link to /dev/zero"),
         [](const QString &path) { QFile::link(QStringLiteral("/dev/zero"), path); },
         QStringLiteral("outside the content folder")},
        {QStringLiteral("link outside"),
         [&outside](const QString &path) { QFile::link(outside, path); },
         QStringLiteral("outside the content folder")},
        {QStringLiteral("dangling link"),
         [this](const QString &path) { QFile::link(file(QStringLiteral("nothing.yaml")), path); },
         QStringLiteral("missing")},
        {QStringLiteral("folder"), [](const QString &path) { QDir().mkpath(path); },
         QStringLiteral("folder")},
    };
    for (const Case &c : cases) {
        const QString target = file(QStringLiteral("en/living.yaml"));
        QFile::remove(target);
        c.make(target);
        expectOne(QStringLiteral("en/living.yaml"), 0, c.says);
        QFileInfo(target).isDir() ? void(QDir(target).removeRecursively())
                                  : void(QFile::remove(target));
        QFile::copy(outside, target);
    }
    // A link that stays inside the folder is fine.
    QFile::rename(file(QStringLiteral("en/living.yaml")), file(QStringLiteral("en/living.real")));
    QFile::link(file(QStringLiteral("en/living.real")), file(QStringLiteral("en/living.yaml")));
    EXPECT_EQ(compile(), QStringList());
}

TEST_F(HostileSource, ALocaleFolderLinkedOutsideIsNotRead) {
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
    QDir(file(QStringLiteral("en"))).rename(file(QStringLiteral("en")), elsewhere);
    QFile::link(elsewhere, file(QStringLiteral("en")));
    const QStringList messages = compile();
    ASSERT_FALSE(messages.isEmpty());
    for (const QString &message : messages) {
        EXPECT_TRUE(message.contains(QStringLiteral("outside the content folder")))
            << message.toStdString();
    }
}

TEST_F(HostileSource, LocaleCodesMustBeLanguageTags) {
    // '../outside' named a folder beside the content folder, which was read.
    const QString beside = m_dir.filePath(QStringLiteral("outside"));
    QDir().mkpath(beside);
    QFile::copy(file(QStringLiteral("en/strings.yaml")), beside + QStringLiteral("/strings.yaml"));
    for (const QString &code :
         {QStringLiteral("../outside"), QStringLiteral("EN"), QStringLiteral("e"),
          QStringLiteral("en/us"), QStringLiteral("en_US"), QStringLiteral("-en")}) {
        write(QStringLiteral("meta.yaml"), "content_version: \"0.0.1\"\n"
                                           "locales:\n  - code: en\n    status: source\n"
                                           "  - code: \"" +
                                               code.toUtf8() +
                                               "\"\n"
                                               "    status: awaiting-review\n");
        expectOne(QStringLiteral("meta.yaml"), 5, QStringLiteral("must be a language tag"));
    }
    EXPECT_TRUE(isValidLocaleCode(QStringLiteral("zh-Hans")));
    EXPECT_TRUE(isValidLocaleCode(QStringLiteral("pt-BR")));
    EXPECT_TRUE(isValidLocaleCode(QStringLiteral("ast")));
}

TEST_F(HostileSource, YamlSyntaxErrorsAreOnTheLineWhereTheyAre) {
    // A quote never closed swallowed the rest of the file without a word; an unclosed [ was
    // reported on the next line.
    QByteArray text = kStrings;
    text.replace("label: Small studies", "label: \"Small studies");
    write(QStringLiteral("en/strings.yaml"), text);
    expectOne(QStringLiteral("en/strings.yaml"), 6, QStringLiteral("never closed"));

    text = kStrings;
    text.replace("lupus: Lupus", "lupus: [Lupus");
    write(QStringLiteral("en/strings.yaml"), text);
    expectOne(QStringLiteral("en/strings.yaml"), 3, QStringLiteral("never closed"));

    text = kStrings;
    text.replace("lupus: Lupus", "lupus: {name: Lupus");
    write(QStringLiteral("en/strings.yaml"), text);
    expectOne(QStringLiteral("en/strings.yaml"), 3, QStringLiteral("never closed"));

    // A quote left open closes at the next quote further down, where the parser then fails:
    // that was reported there (the end of the mapping), far from the mistake.
    text = kStrings;
    text.replace("lupus: Lupus", "lupus: \"Lupus");
    text.replace("label: Small studies", "label: \"Small studies\"");
    write(QStringLiteral("en/strings.yaml"), text);
    expectOne(QStringLiteral("en/strings.yaml"), 3, QStringLiteral("closing quote missing"));

    text = kStrings;
    text.replace("    note: Tried", "   note: Tried");
    write(QStringLiteral("en/strings.yaml"), text);
    expectOne(QStringLiteral("en/strings.yaml"), 7, QStringLiteral("YAML syntax error"));

    text = kStrings;
    text.replace("  lupus: Lupus", "\tlupus: Lupus");
    write(QStringLiteral("en/strings.yaml"), text);
    expectOne(QStringLiteral("en/strings.yaml"), 3, QStringLiteral("YAML syntax error"));
}

TEST_F(HostileSource, ADuplicateKeyOrASecondDocumentIsRefused) {
    write(QStringLiteral("en/strings.yaml"), kStrings + "disclaimer: A second one.\n");
    expectOne(QStringLiteral("en/strings.yaml"), 8, QStringLiteral("duplicate key 'disclaimer'"));
    write(QStringLiteral("en/strings.yaml"), kStrings + "---\ndisclaimer: Another.\n");
    expectOne(QStringLiteral("en/strings.yaml"), 8, QStringLiteral("only one YAML document"));
}

TEST_F(HostileSource, AnOversizedFileIsRefusedUnread) {
    QByteArray text = kStrings;
    text += "filler: |\n";
    while (text.size() <= SourceLimits::kMaxFileBytes) {
        text += "  " + QByteArray(78, 'x') + '\n';
    }
    write(QStringLiteral("en/strings.yaml"), text);
    expectOne(QStringLiteral("en/strings.yaml"), 0, QStringLiteral("at most"));
}

TEST_F(HostileSource, AMissingMappingIsReportedNotThrown) {
    // Found by the source fuzzer: asking a missing node whether it is a mapping threw
    // YAML::InvalidNode out of the reader, which aborted the compiler.
    for (const QByteArray &key : {QByteArray("evidence:"), QByteArray("conditions:")}) {
        QByteArray text = kStrings;
        text.replace(key, "renamed:");
        write(QStringLiteral("en/strings.yaml"), text);
        const QStringList messages = compile();
        ASSERT_FALSE(messages.isEmpty());
        EXPECT_TRUE(messages.first().contains(QStringLiteral("must define")))
            << messages.first().toStdString();
    }
}

TEST_F(HostileSource, TheOutputReplacesOnlyARegularFile) {
    // The database is renamed over the output: run as root with --output /dev/null, that
    // replaced the device with a database.
    Diagnostics diagnostics;
    const ContentSet content = SourceReader(m_root, diagnostics).read();
    ASSERT_FALSE(diagnostics.hasErrors());
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.db"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString toDevice = m_dir.filePath(QStringLiteral("null.db"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), toDevice));
    for (const QString &output : {fifo, toDevice, m_dir.path()}) {
        const QString failure = DatabaseWriter().write(content, output);
        EXPECT_TRUE(failure.contains(QStringLiteral("not a regular file")))
            << failure.toStdString();
        EXPECT_FALSE(QFile::exists(output + QStringLiteral(".partial")));
    }
    struct stat info {};
    EXPECT_TRUE(::lstat(QFile::encodeName(fifo).constData(), &info) == 0 && S_ISFIFO(info.st_mode));
    EXPECT_EQ(QFileInfo(toDevice).symLinkTarget(), QStringLiteral("/dev/null"));
}

TEST_F(HostileSource, ALinkAsTheOutputStaysAndItsFileIsReplaced) {
    // The link used to be replaced by a regular file, leaving the file it named as it was.
    Diagnostics diagnostics;
    const ContentSet content = SourceReader(m_root, diagnostics).read();
    ASSERT_FALSE(diagnostics.hasErrors());
    QDir().mkpath(m_dir.filePath(QStringLiteral("share")));
    const QString real = m_dir.filePath(QStringLiteral("share/content.db"));
    {
        QFile old(real);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("last build");
    }
    const QString link = m_dir.filePath(QStringLiteral("content.db"));
    ASSERT_TRUE(QFile::link(real, link));
    EXPECT_EQ(DatabaseWriter().write(content, link), QString());
    EXPECT_EQ(QFileInfo(link).symLinkTarget(), real);
    QFile written(real);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.read(16).startsWith("SQLite format 3")) << real.toStdString();
    EXPECT_FALSE(QFile::exists(real + QStringLiteral(".partial")));
    EXPECT_FALSE(QFile::exists(link + QStringLiteral(".partial")));

    // A link to nothing is left alone too.
    const QString dangling = m_dir.filePath(QStringLiteral("gone.db"));
    ASSERT_TRUE(QFile::link(m_dir.filePath(QStringLiteral("no-such-folder/content.db")), dangling));
    const QString failure = DatabaseWriter().write(content, dangling);
    EXPECT_TRUE(failure.startsWith(dangling + QStringLiteral(": a link to nothing")))
        << failure.toStdString();
    EXPECT_TRUE(QFileInfo(dangling).isSymLink());
}

TEST_F(HostileSource, AFullDiskNamesTheOutputAndWhatToDo) {
    test::SmallDisk disk;
    ASSERT_TRUE(disk.isValid());
    if (!disk.isMounted()) {
        GTEST_SKIP() << "no small file system can be mounted here: SQLite's full disk is "
                        "not reproduced by a file-size limit";
    }
    Diagnostics diagnostics;
    const ContentSet content = SourceReader(m_root, diagnostics).read();
    ASSERT_FALSE(diagnostics.hasErrors());
    const QString output = disk.filePath(QStringLiteral("content.db"));
    const QString failure = DatabaseWriter().write(content, output);
    EXPECT_EQ(failure, output + QStringLiteral(": the disk is full; free some space or choose "
                                               "another place"));
    EXPECT_FALSE(QFile::exists(output));
    EXPECT_FALSE(QFile::exists(output + QStringLiteral(".partial")));
}

TEST_F(HostileSource, TheExecutableReportsAndExitsOneWhereItAborted) {
    write(QStringLiteral("en/strings.yaml"), kStrings + "? [a, b]\n: v\n");
    const QString output = m_dir.filePath(QStringLiteral("out.db"));
    QProcess process;
    process.start(test::compilerPath(),
                  {QStringLiteral("--source"), m_root, QStringLiteral("--output"), output});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(
        QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("key must be")));
    EXPECT_FALSE(QFile::exists(output));
}

} // namespace
} // namespace cg::compiler
