// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace cg::compiler {

// Bounds on what one content file may be. The real files are at most 30 KB, a few thousand YAML
// nodes deep 6; these limits leave room for growth and stop hostile input: a 5 KB "alias bomb"
// (anchors referring to anchors) expands to billions of nodes, a long run of "- - - -" nests
// thousands of levels.
struct SourceLimits {
    static constexpr qint64 kMaxFileBytes = qint64(1024) * 1024;
    static constexpr int kMaxDepth = 32;
    static constexpr quint64 kMaxNodes = 100000; // with every alias expanded
};

// Reads a content file that must be a regular file inside `root` (the content folder): not a
// FIFO, a device or a folder (which would block the compiler or feed it for ever), not a link
// to anything outside the folder, not larger than kMaxFileBytes. Reports why not, naming the
// file, and returns nothing then.
std::optional<QByteArray> readSourceFile(const QString &path, const QString &root,
                                         Diagnostics &diagnostics);

// Whether the bytes are valid UTF-8 text: no malformed or overlong sequence, no surrogate, no
// code point beyond U+10FFFF, no control character but tab and line breaks. Reports the first
// problem with its line and column.
bool checkUtf8(const QByteArray &bytes, const QString &path, Diagnostics &diagnostics);

// Parses the YAML once as a stream of events, before it is loaded into nodes, and reports with
// file and line: a syntax error (an unclosed [ or { and an unterminated quoted text on the line
// where they start), a key that is not text (`? [a, b] : v`), a key given twice in one mapping,
// nesting deeper than kMaxDepth, more than kMaxNodes nodes with aliases expanded, an alias
// inside its own anchor (an endless structure), and more than one document in the file.
bool checkYamlStructure(const QByteArray &bytes, const QString &path, Diagnostics &diagnostics);

// Whether a locale code is a language tag: [a-z]{2,3}(-[A-Za-z0-9]+)*, so that it can name a
// folder of the content and nothing outside it.
bool isValidLocaleCode(const QString &code);

// A mapping key as text; empty for a key that is not text (checkYamlStructure() reports those
// before anything reads keys, so this never throws as YAML::Node::as<std::string>() would).
QString keyText(const YAML::Node &key);

} // namespace cg::compiler
