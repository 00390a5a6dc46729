// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"

#include <QSet>
#include <QStringList>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace cg::compiler {

// A parsed YAML file, or nothing when it could not be read (the reason is in the diagnostics).
// `sourceRoot` is the content folder: the file must be a regular file inside it, of bounded
// size, valid UTF-8, and well-formed, bounded YAML (see source_checks.h).
struct YamlDocument {
    QString path;
    YAML::Node root;
};
std::optional<YamlDocument> loadYaml(const QString &path, const QString &sourceRoot,
                                     Diagnostics &diagnostics);

int lineOf(const YAML::Node &node);

// Reads the fields of one mapping (a topic, an item, ...) and reports, with file and line,
// every field that is missing, of the wrong shape, or not allowed here.
class FieldReader {
public:
    FieldReader(const YAML::Node &map, QString file, QString what, Diagnostics &diagnostics);

    bool isMap() const { return m_isMap; }
    int line() const { return lineOf(m_map); }
    const QString &label() const { return m_label; }

    // Reads `id`, checks it is kebab-case, and labels later messages with it.
    QString id();
    bool has(const char *key) const;
    QString required(const char *key);
    QString optional(const char *key);
    QStringList list(const char *key, bool requireNonEmpty);
    YAML::Node node(const char *key) const;
    std::optional<int> optionalInt(const char *key);

    // Reports fields outside `allowed`; `structural` ones get a message for translators.
    void rejectOthers(const QSet<QString> &allowed, const QSet<QString> &structural = {});

    void error(const QString &message, int line = 0);

private:
    YAML::Node m_map;
    QString m_file;
    QString m_label;
    Diagnostics &m_diagnostics;
    bool m_isMap = false;
};

bool isValidId(const QString &id);

} // namespace cg::compiler
