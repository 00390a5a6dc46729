// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml_fields.h"

#include "source_checks.h"

#include <QFile>
#include <QRegularExpression>

namespace cg::compiler {

namespace {

QString fromStd(const std::string &text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

std::optional<YamlDocument> loadYaml(const QString &path, const QString &sourceRoot,
                                     Diagnostics &diagnostics) {
    const std::optional<QByteArray> bytes = readSourceFile(path, sourceRoot, diagnostics);
    if (!bytes || !checkUtf8(*bytes, path, diagnostics) ||
        !checkYamlStructure(*bytes, path, diagnostics)) {
        return std::nullopt;
    }
    try {
        YamlDocument document{path, YAML::Load(bytes->toStdString())};
        if (!document.root.IsMap()) {
            diagnostics.error(path, 1, {},
                              QStringLiteral("expected a mapping of fields at the top level"));
            return std::nullopt;
        }
        return document;
    } catch (const YAML::Exception &e) {
        diagnostics.error(path, e.mark.line >= 0 ? e.mark.line + 1 : 0, {},
                          QStringLiteral("YAML syntax error: ") + fromStd(e.msg));
        return std::nullopt;
    }
}

int lineOf(const YAML::Node &node) {
    return node.IsDefined() && node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

bool isValidId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

FieldReader::FieldReader(const YAML::Node &map, QString file, QString what,
                         Diagnostics &diagnostics)
    : m_map(map), m_file(std::move(file)), m_label(std::move(what)), m_diagnostics(diagnostics),
      m_isMap(map.IsMap()) {
    if (!m_isMap) {
        error(QStringLiteral("expected a mapping of fields"));
    }
}

void FieldReader::error(const QString &message, int line) {
    m_diagnostics.error(m_file, line > 0 ? line : this->line(), m_label, message);
}

bool FieldReader::has(const char *key) const {
    return m_isMap && m_map[key].IsDefined();
}

YAML::Node FieldReader::node(const char *key) const {
    return m_isMap ? m_map[key] : YAML::Node();
}

QString FieldReader::id() {
    QString value = required("id");
    if (!value.isEmpty()) {
        m_label = m_label + QStringLiteral(" '") + value + QLatin1Char('\'');
        if (!isValidId(value)) {
            error(QStringLiteral("id must be lower-case words joined by '-' (a-z, 0-9)"));
        }
    }
    return value;
}

QString FieldReader::optional(const char *key) {
    const YAML::Node value = node(key);
    if (!value.IsDefined() || value.IsNull()) {
        return {};
    }
    if (!value.IsScalar()) {
        error(QStringLiteral("field '%1' must be text").arg(QLatin1String(key)), lineOf(value));
        return {};
    }
    return fromStd(value.Scalar()).trimmed();
}

QString FieldReader::required(const char *key) {
    if (!has(key)) {
        if (m_isMap) {
            error(QStringLiteral("missing required field '%1'").arg(QLatin1String(key)));
        }
        return {};
    }
    QString value = optional(key);
    if (value.isEmpty()) {
        error(QStringLiteral("field '%1' is empty").arg(QLatin1String(key)), lineOf(node(key)));
    }
    return value;
}

std::optional<int> FieldReader::optionalInt(const char *key) {
    const QString value = optional(key);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok) {
        error(QStringLiteral("field '%1' must be a whole number").arg(QLatin1String(key)),
              lineOf(node(key)));
        return std::nullopt;
    }
    return number;
}

QStringList FieldReader::list(const char *key, bool requireNonEmpty) {
    const YAML::Node value = node(key);
    QStringList result;
    if (!value.IsDefined() || value.IsNull()) {
        if (requireNonEmpty && m_isMap) {
            error(QStringLiteral("missing required field '%1'").arg(QLatin1String(key)));
        }
        return result;
    }
    if (!value.IsSequence()) {
        error(QStringLiteral("field '%1' must be a list, such as [a, b]").arg(QLatin1String(key)),
              lineOf(value));
        return result;
    }
    for (const YAML::Node &element : value) {
        if (!element.IsScalar()) {
            error(QStringLiteral("field '%1' must list text values").arg(QLatin1String(key)),
                  lineOf(element));
            continue;
        }
        result.append(fromStd(element.Scalar()).trimmed());
    }
    if (requireNonEmpty && result.isEmpty()) {
        error(QStringLiteral("field '%1' must not be empty").arg(QLatin1String(key)),
              lineOf(value));
    }
    return result;
}

void FieldReader::rejectOthers(const QSet<QString> &allowed, const QSet<QString> &structural) {
    if (!m_isMap) {
        return;
    }
    for (auto it = m_map.begin(); it != m_map.end(); ++it) {
        const QString key = keyText(it->first);
        if (allowed.contains(key)) {
            continue;
        }
        if (structural.contains(key)) {
            error(QStringLiteral("field '%1' cannot be translated: it comes from the English "
                                 "source; remove it here")
                      .arg(key),
                  lineOf(it->first));
        } else {
            error(QStringLiteral("unknown field '%1'").arg(key), lineOf(it->first));
        }
    }
}

} // namespace cg::compiler
