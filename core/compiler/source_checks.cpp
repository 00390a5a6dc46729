// SPDX-License-Identifier: GPL-3.0-or-later
#include "source_checks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace cg::compiler {

namespace {

QString fromStd(const std::string &text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString kindOf(mode_t mode) {
    if (S_ISDIR(mode)) {
        return QStringLiteral("a folder");
    }
    if (S_ISFIFO(mode)) {
        return QStringLiteral("a pipe (FIFO)");
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return QStringLiteral("a device");
    }
    if (S_ISSOCK(mode)) {
        return QStringLiteral("a socket");
    }
    return QStringLiteral("not a regular file");
}

bool inside(const QString &canonicalPath, const QString &canonicalRoot) {
    return !canonicalRoot.isEmpty() &&
           (canonicalPath.startsWith(canonicalRoot + QLatin1Char('/')) ||
            canonicalRoot == QStringLiteral("/"));
}

} // namespace

std::optional<QByteArray> readSourceFile(const QString &path, const QString &root,
                                         Diagnostics &diagnostics) {
    const auto fail = [&](const QString &message) -> std::optional<QByteArray> {
        diagnostics.error(path, 0, {}, message);
        return std::nullopt;
    };
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        return fail(QStringLiteral("cannot read file: ") +
                    QString::fromLocal8Bit(std::strerror(errno)));
    }
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (S_ISLNK(info.st_mode)) {
        if (canonical.isEmpty()) {
            return fail(QStringLiteral("is a link to a file that does not exist"));
        }
        if (!inside(canonical, canonicalRoot)) {
            return fail(QStringLiteral("is a link to %1, outside the content folder %2; content "
                                       "files must lie inside it")
                            .arg(canonical, QDir::toNativeSeparators(root)));
        }
    } else if (!S_ISREG(info.st_mode)) {
        return fail(QStringLiteral("is %1, not a file of content").arg(kindOf(info.st_mode)));
    } else if (!inside(canonical, canonicalRoot)) {
        return fail(QStringLiteral("lies outside the content folder %1 (through a linked folder)")
                        .arg(QDir::toNativeSeparators(root)));
    }
    // O_NONBLOCK: if the name became a FIFO after the check, opening it must not wait.
    const int fd =
        ::open(QFile::encodeName(canonical).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return fail(QStringLiteral("cannot read file: ") +
                    QString::fromLocal8Bit(std::strerror(errno)));
    }
    QByteArray bytes;
    QString problem;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        problem = QStringLiteral("is %1, not a file of content").arg(kindOf(info.st_mode));
    } else if (info.st_size > SourceLimits::kMaxFileBytes) {
        problem = QStringLiteral("is %1 bytes; a content file may have at most %2")
                      .arg(info.st_size)
                      .arg(SourceLimits::kMaxFileBytes);
    } else {
        bytes.resize(qsizetype(info.st_size));
        qsizetype got = 0;
        while (got < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                break;
            }
            got += n;
        }
        bytes.resize(got);
    }
    ::close(fd);
    if (!problem.isEmpty()) {
        return fail(problem);
    }
    return bytes;
}

bool checkUtf8(const QByteArray &bytes, const QString &path, Diagnostics &diagnostics) {
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        i = 3; // a byte order mark
    }
    const auto fail = [&](qsizetype at, const QString &what) {
        diagnostics.error(path, line, {},
                          QStringLiteral("%1 at column %2; save the file as UTF-8 text")
                              .arg(what)
                              .arg(at - lineStart + 1));
        return false;
    };
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (c == '\n') {
                ++line;
                lineStart = i + 1;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                return fail(i, QStringLiteral("control character U+%1")
                                   .arg(QString::number(c, 16).toUpper().rightJustified(
                                       4, QLatin1Char('0'))));
            }
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            code = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code = c & 0x07;
            minimum = 0x10000;
        } else {
            return fail(i, QStringLiteral("not UTF-8 (byte 0x%1)").arg(c, 2, 16, QLatin1Char('0')));
        }
        if (i + length > size) {
            return fail(i, QStringLiteral("not UTF-8 (a character cut off at the end)"));
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80) {
                return fail(
                    i, QStringLiteral("not UTF-8 (byte 0x%1)").arg(c, 2, 16, QLatin1Char('0')));
            }
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return fail(i, QStringLiteral("not UTF-8 (an invalid sequence)"));
        }
        if (code >= 0x80 && code <= 0x9F) {
            return fail(i, QStringLiteral("control character U+%1")
                               .arg(QString::number(quint32(code), 16)
                                        .toUpper()
                                        .rightJustified(4, QLatin1Char('0'))));
        }
        i += length;
    }
    return true;
}

namespace {

// Thrown to stop parsing at the first problem (an alias bomb must not be walked to its end).
struct Stop {};

class StructureCheck : public YAML::EventHandler {
public:
    StructureCheck(const QByteArray &bytes, const QString &path, Diagnostics &diagnostics)
        : m_bytes(bytes), m_path(path), m_diagnostics(diagnostics) {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n') {
                m_lineStarts.push_back(i + 1);
            }
        }
    }

    void fail(int line, const QString &message) {
        m_diagnostics.error(m_path, line, {}, message);
        throw Stop();
    }

    // The innermost [ or { still open, for "end of flow not found" errors.
    std::optional<YAML::Mark> openFlow() const {
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            if (it->flow) {
                return it->start;
            }
        }
        return std::nullopt;
    }

    void OnDocumentStart(const YAML::Mark &mark) override {
        if (++m_documents > 1) {
            fail(mark.line + 1, QStringLiteral("only one YAML document may be in a file (a second "
                                               "begins here)"));
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        begin(mark, false, nullptr);
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override {
        begin(mark, false, nullptr, true);
        if (m_openAnchors.count(anchor) != 0) {
            fail(mark.line + 1, QStringLiteral("an alias inside its own anchor makes an endless "
                                               "structure"));
        }
        const auto size = m_anchorSizes.find(anchor);
        count(mark, size == m_anchorSizes.end() ? 1 : size->second);
        end();
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override {
        checkQuotes(mark);
        begin(mark, true, &value);
        leaf(mark, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(mark, anchor, false, style == YAML::EmitterStyle::Flow);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(mark, anchor, true, style == YAML::EmitterStyle::Flow);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        bool map = false;
        bool flow = false;
        YAML::Mark start;
        bool expectKey = true;
        QHash<QString, int> keys; // key -> line
        YAML::anchor_t anchor = 0;
        quint64 nodesAtStart = 0;
    };

    // A node begins: in a mapping, every other node is a key, which must be text and unique.
    void begin(const YAML::Mark &mark, bool scalar, const std::string *value, bool alias = false) {
        if (m_stack.empty() || !m_stack.back().map || !m_stack.back().expectKey) {
            return;
        }
        Frame &parent = m_stack.back();
        if (!scalar) {
            fail(mark.line + 1,
                 alias ? QStringLiteral("a key must be written out as text, not an alias")
                       : QStringLiteral("a key must be text, not a list, a mapping or nothing"));
        }
        const QString key = fromStd(*value);
        const auto seen = parent.keys.constFind(key);
        if (seen != parent.keys.constEnd()) {
            fail(mark.line + 1, QStringLiteral("duplicate key '%1': already given at line %2")
                                    .arg(key)
                                    .arg(seen.value()));
        }
        parent.keys.insert(key, mark.line + 1);
    }
    // A node ends: in a mapping, a key is followed by its value and a value by the next key.
    void end() {
        if (!m_stack.empty() && m_stack.back().map) {
            m_stack.back().expectKey = !m_stack.back().expectKey;
        }
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor) {
        count(mark, 1);
        if (anchor != YAML::NullAnchor) {
            m_anchorSizes[anchor] = 1;
        }
        end();
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool map, bool flow) {
        begin(mark, false, nullptr);
        count(mark, 1);
        if (int(m_stack.size()) >= SourceLimits::kMaxDepth) {
            fail(mark.line + 1,
                 QStringLiteral("nested more than %1 levels deep").arg(SourceLimits::kMaxDepth));
        }
        Frame frame;
        frame.map = map;
        frame.flow = flow;
        frame.start = mark;
        frame.anchor = anchor;
        frame.nodesAtStart = m_nodes;
        if (anchor != YAML::NullAnchor) {
            m_openAnchors.insert(anchor);
        }
        m_stack.push_back(std::move(frame));
    }
    void close() {
        const Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.anchor != YAML::NullAnchor) {
            m_openAnchors.erase(frame.anchor);
            m_anchorSizes[frame.anchor] = m_nodes - frame.nodesAtStart + 1;
        }
        end();
    }
    void count(const YAML::Mark &mark, quint64 nodes) {
        m_nodes = nodes > SourceLimits::kMaxNodes ? SourceLimits::kMaxNodes + 1 : m_nodes + nodes;
        if (m_nodes > SourceLimits::kMaxNodes) {
            fail(mark.line >= 0 ? mark.line + 1 : 0,
                 QStringLiteral("more than %1 values once its aliases (*name) are expanded; a "
                                "content file holds far fewer")
                     .arg(SourceLimits::kMaxNodes));
        }
    }

    // yaml-cpp reads a quoted text that is never closed up to the end of the file without a
    // word: the rest of the file would silently become one text.
    void checkQuotes(const YAML::Mark &mark) {
        if (mark.line < 0 || size_t(mark.line) >= m_lineStarts.size()) {
            return;
        }
        const qsizetype size = m_bytes.size();
        qsizetype i = m_lineStarts[size_t(mark.line)] + mark.column;
        // Skip the node's anchor (&name) and tag (!tag), which come before the text.
        while (i < size && (m_bytes.at(i) == '&' || m_bytes.at(i) == '!')) {
            while (i < size && m_bytes.at(i) != ' ' && m_bytes.at(i) != '\n') {
                ++i;
            }
            while (i < size && m_bytes.at(i) == ' ') {
                ++i;
            }
        }
        if (i >= size || (m_bytes.at(i) != '"' && m_bytes.at(i) != '\'')) {
            return;
        }
        const char quote = m_bytes.at(i);
        for (++i; i < size; ++i) {
            const char c = m_bytes.at(i);
            if (quote == '"' && c == '\\') {
                ++i;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < size && m_bytes.at(i + 1) == '\'') {
                    ++i; // '' is a quote inside single quotes
                    continue;
                }
                return;
            }
        }
        fail(mark.line + 1, QStringLiteral("the quoted text that starts here is never closed (a "
                                           "missing %1)")
                                .arg(QLatin1Char(quote)));
    }

    const QByteArray &m_bytes;
    QString m_path;
    Diagnostics &m_diagnostics;
    std::vector<qsizetype> m_lineStarts;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, quint64> m_anchorSizes;
    std::unordered_set<YAML::anchor_t> m_openAnchors;
    quint64 m_nodes = 0;
    int m_documents = 0;
};

} // namespace

namespace {

// After a syntax error, the line (from 1) where the quoted text it most likely comes from
// starts: the first one, up to the error's line, that is never closed or runs on past its line
// (a missing quote closes at the next one, further down). A quote counts where a value begins
// (after "key: ", "- ", "[", "{", "," or at the start of a line); comments and the quotes inside
// plain text (it's) are skipped.
std::optional<int> suspectQuoteLine(const QByteArray &bytes, int errorLine) {
    int line = 1;
    bool valueMayStart = true; // at the start of a line, or after an indicator
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes.at(i);
        if (c == '\n') {
            ++line;
            valueMayStart = true;
            continue;
        }
        if (c == ' ' || c == '\t') {
            continue;
        }
        if (c == '#' && (i == 0 || bytes.at(i - 1) == ' ' || bytes.at(i - 1) == '\t' ||
                         bytes.at(i - 1) == '\n')) {
            while (i + 1 < size && bytes.at(i + 1) != '\n') {
                ++i;
            }
            continue;
        }
        if ((c == '"' || c == '\'') && valueMayStart) {
            const int start = line;
            qsizetype j = i + 1;
            for (; j < size; ++j) {
                const char d = bytes.at(j);
                if (d == '\n') {
                    ++line;
                } else if (c == '"' && d == '\\') {
                    if (j + 1 < size && bytes.at(j + 1) == '\n') {
                        ++line;
                    }
                    ++j;
                } else if (d == c) {
                    if (c == '\'' && j + 1 < size && bytes.at(j + 1) == '\'') {
                        ++j;
                        continue;
                    }
                    break;
                }
            }
            if (start > errorLine) {
                return std::nullopt;
            }
            if (j >= size || line > start) {
                return start;
            }
            i = j;
            valueMayStart = false;
            continue;
        }
        const bool indicator =
            ((c == ':' || c == '-' || c == '?' || c == ',') &&
             (i + 1 >= size || bytes.at(i + 1) == ' ' || bytes.at(i + 1) == '\n')) ||
            c == '[' || c == '{';
        valueMayStart = indicator;
    }
    return std::nullopt;
}

} // namespace

bool checkYamlStructure(const QByteArray &bytes, const QString &path, Diagnostics &diagnostics) {
    std::istringstream stream(bytes.toStdString());
    StructureCheck check(bytes, path, diagnostics);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(check)) {
        }
    } catch (const Stop &) {
        return false;
    } catch (const YAML::Exception &e) {
        const QString message = fromStd(e.msg);
        const std::optional<YAML::Mark> flow = check.openFlow();
        const std::optional<int> quote = suspectQuoteLine(bytes, e.mark.line + 1);
        if (quote) {
            diagnostics.error(path, *quote, {},
                              QStringLiteral("YAML syntax error: the quoted text that starts "
                                             "here does not end on its line; is its closing "
                                             "quote missing? (noticed at line %1: %2)")
                                  .arg(e.mark.line + 1)
                                  .arg(message));
        } else if (flow && (message.contains(QStringLiteral("flow not found")) ||
                            message.contains(QStringLiteral("end of sequence")) ||
                            message.contains(QStringLiteral("end of map")))) {
            diagnostics.error(path, flow->line + 1, {},
                              QStringLiteral("YAML syntax error: the list or mapping opened here "
                                             "is never closed (noticed at line %1: %2)")
                                  .arg(e.mark.line + 1)
                                  .arg(message));
        } else {
            diagnostics.error(path, e.mark.line >= 0 ? e.mark.line + 1 : 0, {},
                              QStringLiteral("YAML syntax error: ") + message);
        }
        return false;
    }
    return true;
}

bool isValidLocaleCode(const QString &code) {
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]+)*$"));
    return tag.match(code).hasMatch();
}

QString keyText(const YAML::Node &key) {
    return key.IsScalar() ? fromStd(key.Scalar()) : QString();
}

} // namespace cg::compiler
