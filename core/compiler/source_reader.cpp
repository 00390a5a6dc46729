// SPDX-License-Identifier: GPL-3.0-or-later
#include "source_reader.h"

#include "content/model.h"
#include "markdown_checks.h"
#include "review_record.h"
#include "source_checks.h"
#include "yaml_fields.h"

#include <QDir>
#include <QFileInfo>

namespace cg::compiler {

namespace {

using Keys = QSet<QString>;

QString fromStd(const std::string &text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Copies the listed text fields of one entry into a text unit.
TextUnit readText(FieldReader &fields, const QStringList &textFields, const Where &where) {
    TextUnit unit;
    unit.where = where;
    for (const QString &name : textFields) {
        const QByteArray key = name.toUtf8();
        const QString value = fields.optional(key.constData());
        if (!value.isEmpty()) {
            if (name == QLatin1String("body") || name == QLatin1String("detail")) {
                // Markdown: reported on the line of the text, counted from the first line of a
                // block (`body: |`, the next line) or of a value on the key's own line.
                const YAML::Node node = fields.node(key.constData());
                const int first = lineOf(node) + (value.contains(QLatin1Char('\n')) ? 1 : 0);
                const QList<MarkdownProblem> problems = markdownProblems(value);
                for (const MarkdownProblem &problem : problems) {
                    fields.error(QStringLiteral("%1: %2").arg(name, problem.message),
                                 first + problem.line);
                }
            }
            unit.fields.insert(name, value);
        }
    }
    return unit;
}

Keys keysOf(const QStringList &a, const QStringList &b = {}) {
    Keys keys(a.begin(), a.end());
    for (const QString &key : b) {
        keys.insert(key);
    }
    return keys;
}

const QStringList kSectionText = {QStringLiteral("title"), QStringLiteral("summary")};
const QStringList kCategoryText = {QStringLiteral("label")};
const QStringList kTopicText = {QStringLiteral("title"), QStringLiteral("summary"),
                                QStringLiteral("body")};
const QStringList kItemText = {QStringLiteral("name"),   QStringLiteral("summary"),
                               QStringLiteral("detail"), QStringLiteral("shows"),
                               QStringLiteral("expect"), QStringLiteral("evidence_note")};
const QStringList kTermText = {QStringLiteral("term"), QStringLiteral("definition")};
const QStringList kCardText = {QStringLiteral("heading"), QStringLiteral("advice")};
const QStringList kFlagText = {QStringLiteral("text")};

const QStringList kTopicStructure = {QStringLiteral("sources"), QStringLiteral("terms")};
const QStringList kItemStructure = {QStringLiteral("kind"),           QStringLiteral("category"),
                                    QStringLiteral("sources"),        QStringLiteral("conditions"),
                                    QStringLiteral("treatment_kind"), QStringLiteral("lesion_size"),
                                    QStringLiteral("evidence"),       QStringLiteral("region"),
                                    QStringLiteral("blood_calcium")};
const QStringList kTermStructure = {QStringLiteral("see_also"), QStringLiteral("sources")};

// Runs `each` over the elements of a sequence field, reporting a non-list.
template <typename Each>
void forEachEntry(const YAML::Node &parent, const char *key, const QString &file,
                  Diagnostics &diagnostics, Each each) {
    const YAML::Node list = parent[key];
    if (!list.IsDefined() || list.IsNull()) {
        return;
    }
    if (!list.IsSequence()) {
        diagnostics.error(
            file, lineOf(list), {},
            QStringLiteral("field '%1' must be a list of entries").arg(QLatin1String(key)));
        return;
    }
    for (const YAML::Node &entry : list) {
        each(entry);
    }
}

// A translation counts as reviewed only with a record of who checked it and when, in the same
// way as a topic's clinical sign-off: the window and handouts drop the "awaiting review" mark
// for it, so the claim must rest on something written down.
void readTranslationReview(FieldReader &fields, LocaleDef &locale) {
    const bool reviewed = locale.status == QStringLiteral("reviewed");
    if (!reviewed) {
        if (fields.has("translation_reviewer") || fields.has("translation_reviewed_on")) {
            fields.error(QStringLiteral("translation_reviewer and translation_reviewed_on "
                                        "belong to a reviewed translation: set status: reviewed "
                                        "or remove them"));
        }
        return;
    }
    locale.translationReviewer = fields.optional("translation_reviewer").trimmed();
    const QString date = fields.optional("translation_reviewed_on");
    locale.translationReviewedOn = QDate::fromString(date, Qt::ISODate);
    if (locale.translationReviewer.isEmpty()) {
        fields.error(QStringLiteral("a reviewed translation needs translation_reviewer (the "
                                    "reviewer's role, such as 'Medical translator, Spanish')"));
    }
    if (date.isEmpty()) {
        fields.error(QStringLiteral("a reviewed translation needs translation_reviewed_on "
                                    "(YYYY-MM-DD)"));
    } else if (!locale.translationReviewedOn.isValid()) {
        fields.error(QStringLiteral("translation_reviewed_on must be a date written as "
                                    "YYYY-MM-DD, not '%1'")
                         .arg(date),
                     lineOf(fields.node("translation_reviewed_on")));
    }
}

} // namespace

SourceReader::SourceReader(QString contentDir, Diagnostics &diagnostics)
    : m_dir(std::move(contentDir)), m_diagnostics(diagnostics) {}

QStringList SourceReader::localeFiles() {
    QStringList files{QStringLiteral("strings.yaml")};
    for (const QString &key : kSectionKeys) {
        files.append(key + QStringLiteral(".yaml"));
    }
    files << QStringLiteral("glossary.yaml") << QStringLiteral("red-flags.yaml");
    return files;
}

QString SourceReader::path(const QString &relative) const {
    return QDir(m_dir).filePath(relative);
}

ContentSet SourceReader::read() {
    ContentSet content;
    readMeta(content);
    readSources(content);
    content.reviewsPath = path(QStringLiteral("reviews.yaml"));
    readReviews(content.reviewsPath, m_dir, content, m_diagnostics);
    bool sawSource = false;
    int sourceLine = 0;
    for (const LocaleDef &locale : std::as_const(content.locales)) {
        if (locale.code == kSourceLocale) {
            sawSource = true;
            sourceLine = locale.where.line;
        }
    }
    if (!sawSource) {
        m_diagnostics.error(path(QStringLiteral("meta.yaml")), 0, {},
                            QStringLiteral("the locales list must include the source language "
                                           "'en'"));
        return content;
    }
    readLocale(content, kSourceLocale, true, sourceLine);
    for (const LocaleDef &locale : std::as_const(content.locales)) {
        if (locale.code != kSourceLocale) {
            readLocale(content, locale.code, false, locale.where.line);
        }
    }
    return content;
}

void SourceReader::readMeta(ContentSet &content) {
    const auto document = loadYaml(path(QStringLiteral("meta.yaml")), m_dir, m_diagnostics);
    if (!document) {
        return;
    }
    FieldReader meta(document->root, document->path, QStringLiteral("meta"), m_diagnostics);
    content.contentVersion = meta.required("content_version");
    if (meta.has("last_reviewed")) {
        // One date for all content claimed a review per topic could not show.
        meta.error(QStringLiteral("last_reviewed is no longer used: record written dates and "
                                  "clinical sign-offs per topic in reviews.yaml"),
                   lineOf(meta.node("last_reviewed")));
    }
    meta.rejectOthers(keysOf({QStringLiteral("content_version"), QStringLiteral("last_reviewed"),
                              QStringLiteral("locales")}));
    QSet<QString> seen;
    forEachEntry(
        document->root, "locales", document->path, m_diagnostics, [&](const YAML::Node &entry) {
            FieldReader fields(entry, document->path, QStringLiteral("locale"), m_diagnostics);
            LocaleDef locale;
            locale.where = {document->path, fields.line()};
            locale.code = fields.required("code");
            if (!locale.code.isEmpty() && !isValidLocaleCode(locale.code)) {
                // The code names a folder: '../outside' would read outside the content.
                fields.error(QStringLiteral("locale code '%1' must be a language tag such as en, "
                                            "es or zh-Hans (letters, digits and '-')")
                                 .arg(locale.code),
                             lineOf(fields.node("code")));
                locale.code.clear();
            }
            locale.status = fields.required("status");
            locale.nativeName = fields.optional("native_name");
            fields.rejectOthers(
                keysOf({QStringLiteral("code"), QStringLiteral("status"),
                        QStringLiteral("native_name"), QStringLiteral("translation_reviewer"),
                        QStringLiteral("translation_reviewed_on")}));
            readTranslationReview(fields, locale);
            static const Keys statuses{QStringLiteral("source"), QStringLiteral("awaiting-review"),
                                       QStringLiteral("reviewed")};
            if (!locale.status.isEmpty() && !statuses.contains(locale.status)) {
                fields.error(QStringLiteral("status must be source, awaiting-review or "
                                            "reviewed, not '%1'")
                                 .arg(locale.status));
            }
            if (seen.contains(locale.code)) {
                fields.error(QStringLiteral("locale '%1' is listed twice").arg(locale.code));
            }
            seen.insert(locale.code);
            if (!locale.code.isEmpty()) {
                content.locales.append(locale);
            }
        });
}

void SourceReader::readSources(ContentSet &content) {
    const auto document = loadYaml(path(QStringLiteral("sources.yaml")), m_dir, m_diagnostics);
    if (!document) {
        return;
    }
    forEachEntry(
        document->root, "sources", document->path, m_diagnostics, [&](const YAML::Node &entry) {
            FieldReader fields(entry, document->path, QStringLiteral("source"), m_diagnostics);
            SourceDef source;
            source.where = {document->path, fields.line()};
            source.id = fields.id();
            source.title = fields.required("title");
            source.authors = fields.optional("authors");
            source.publisher = fields.optional("publisher");
            source.url = fields.optional("url");
            source.year = fields.optionalInt("year").value_or(0);
            fields.rejectOthers(keysOf({QStringLiteral("id"), QStringLiteral("title"),
                                        QStringLiteral("authors"), QStringLiteral("publisher"),
                                        QStringLiteral("url"), QStringLiteral("year")}));
            content.sources.append(source);
        });
}

void SourceReader::readLocale(ContentSet &content, const QString &code, bool isSource, int line) {
    LocaleText text;
    text.code = code;
    const QString folder = path(code);
    if (!QFileInfo(folder).isDir()) {
        m_diagnostics.error(path(QStringLiteral("meta.yaml")), line, code,
                            QStringLiteral("locale folder %1 does not exist").arg(folder));
        return;
    }
    for (const QString &file : localeFiles()) {
        const QString filePath = QDir(folder).filePath(file);
        if (!QFileInfo::exists(filePath)) {
            if (isSource) {
                m_diagnostics.error(filePath, 0, {},
                                    QStringLiteral("missing: the English content needs this "
                                                   "file"));
            }
            continue; // an untranslated file: English shows, marked as such
        }
        const QString base = QFileInfo(file).completeBaseName();
        if (file == QStringLiteral("strings.yaml")) {
            readStrings(filePath, isSource, content, text);
        } else if (file == QStringLiteral("glossary.yaml")) {
            readGlossary(filePath, isSource, content, text);
        } else if (file == QStringLiteral("red-flags.yaml")) {
            readRedFlags(filePath, isSource, content, text);
        } else {
            readSection(filePath, base, isSource, content, text);
        }
    }
    // Files in the folder that the compiler would ignore are almost always a mistake.
    const QStringList present = QDir(folder).entryList({QStringLiteral("*.yaml")}, QDir::Files);
    for (const QString &file : present) {
        if (!localeFiles().contains(file)) {
            m_diagnostics.error(QDir(folder).filePath(file), 0, {},
                                QStringLiteral("unknown content file; expected one of: %1")
                                    .arg(localeFiles().join(QStringLiteral(", "))));
        }
    }
    content.texts.append(text);
}

void SourceReader::readStrings(const QString &filePath, bool isSource, ContentSet &content,
                               LocaleText &text) {
    const auto document = loadYaml(filePath, m_dir, m_diagnostics);
    if (!document) {
        return;
    }
    // Nested mappings flatten to dotted keys: conditions: {lupus: Lupus} -> "conditions.lupus".
    std::function<void(const YAML::Node &, const QString &)> flatten = [&](const YAML::Node &node,
                                                                           const QString &prefix) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = prefix + keyText(it->first);
            const YAML::Node value = it->second;
            if (value.IsMap()) {
                flatten(value, key + QLatin1Char('.'));
            } else if (value.IsScalar()) {
                text.strings.insert(key, fromStd(value.Scalar()).trimmed());
                text.stringWhere.insert(key, {filePath, lineOf(it->first)});
            } else {
                m_diagnostics.error(filePath, lineOf(it->first), key,
                                    QStringLiteral("expected text or a mapping of texts"));
            }
        }
    };
    flatten(document->root, QString());

    if (isSource) {
        const YAML::Node conditions = document->root["conditions"];
        const YAML::Node evidence = document->root["evidence"];
        // IsDefined() first: asking a missing node its type throws YAML::InvalidNode.
        if (!conditions.IsDefined() || !conditions.IsMap() || !evidence.IsDefined() ||
            !evidence.IsMap() || !document->root["disclaimer"]) {
            m_diagnostics.error(filePath, 1, {},
                                QStringLiteral("strings.yaml must define 'disclaimer', "
                                               "'conditions' and 'evidence'"));
            return;
        }
        for (auto it = conditions.begin(); it != conditions.end(); ++it) {
            content.conditionIds.append(keyText(it->first));
        }
        for (auto it = evidence.begin(); it != evidence.end(); ++it) {
            const QString id = keyText(it->first);
            content.evidenceLevelIds.append(id);
            if (!it->second.IsMap() || !it->second["label"] || !it->second["note"]) {
                m_diagnostics.error(filePath, lineOf(it->first), id,
                                    QStringLiteral("an evidence level needs a 'label' and a "
                                                   "'note'"));
            }
        }
    }
}

void SourceReader::readSection(const QString &filePath, const QString &key, bool isSource,
                               ContentSet &content, LocaleText &text) {
    const auto document = loadYaml(filePath, m_dir, m_diagnostics);
    if (!document) {
        return;
    }
    const YAML::Node &root = document->root;
    FieldReader top(root, filePath, QStringLiteral("section"), m_diagnostics);
    const QString declared = top.required("section");
    if (!declared.isEmpty() && !kSectionKeys.contains(declared)) {
        top.error(QStringLiteral("unknown section '%1'; sections are: %2")
                      .arg(declared, kSectionKeys.join(QStringLiteral(", "))),
                  lineOf(root["section"]));
        return;
    }
    if (!declared.isEmpty() && declared != key) {
        top.error(QStringLiteral("section '%1' must be written in %2.yaml").arg(declared, declared),
                  lineOf(root["section"]));
        return;
    }
    const QStringList topKeys = {QStringLiteral("section"), QStringLiteral("title"),
                                 QStringLiteral("summary"), QStringLiteral("categories"),
                                 QStringLiteral("topics"),  QStringLiteral("items")};
    top.rejectOthers(keysOf(topKeys));
    if (isSource) {
        top.required("title");
        top.required("summary");
    }
    text.units.insert(unitKey("section", key), readText(top, kSectionText, {filePath, top.line()}));

    SectionDef section;
    section.key = key;
    section.where = {filePath, top.line()};

    forEachEntry(root, "categories", filePath, m_diagnostics, [&](const YAML::Node &entry) {
        FieldReader fields(entry, filePath, QStringLiteral("category"), m_diagnostics);
        const QString id = fields.id();
        if (isSource) {
            fields.required("label");
        }
        fields.rejectOthers(keysOf({QStringLiteral("id")}, kCategoryText));
        section.categories.append({id, {filePath, fields.line()}});
        text.units.insert(unitKey("category", id),
                          readText(fields, kCategoryText, {filePath, fields.line()}));
    });

    forEachEntry(root, "topics", filePath, m_diagnostics, [&](const YAML::Node &entry) {
        FieldReader fields(entry, filePath, QStringLiteral("topic"), m_diagnostics);
        TopicDef topic;
        topic.id = fields.id();
        topic.where = {filePath, fields.line()};
        if (isSource) {
            fields.required("title");
            fields.required("summary");
            fields.required("body");
            topic.sources = fields.list("sources", true);
            topic.terms = fields.list("terms", false);
            fields.rejectOthers(keysOf({QStringLiteral("id")}, kTopicText + kTopicStructure));
        } else {
            fields.rejectOthers(keysOf({QStringLiteral("id")}, kTopicText),
                                keysOf(kTopicStructure));
        }
        section.topics.append(topic);
        text.units.insert(unitKey("topic", topic.id), readText(fields, kTopicText, topic.where));
    });

    forEachEntry(root, "items", filePath, m_diagnostics, [&](const YAML::Node &entry) {
        FieldReader fields(entry, filePath, QStringLiteral("item"), m_diagnostics);
        ItemDef item;
        item.id = fields.id();
        item.where = {filePath, fields.line()};
        if (isSource) {
            item.kind = fields.required("kind");
            item.category = fields.required("category");
            fields.required("name");
            fields.required("summary");
            item.sources = fields.list("sources", true);
            item.conditions = fields.list("conditions", false);
            item.treatmentKind = fields.optional("treatment_kind");
            item.lesionSize = fields.optional("lesion_size");
            item.evidence = fields.optional("evidence");
            item.region = fields.optional("region");
            item.bloodCalcium = fields.optional("blood_calcium");
            fields.rejectOthers(keysOf({QStringLiteral("id")}, kItemText + kItemStructure));
        } else {
            fields.rejectOthers(keysOf({QStringLiteral("id")}, kItemText), keysOf(kItemStructure));
        }
        section.items.append(item);
        text.units.insert(unitKey("item", item.id), readText(fields, kItemText, item.where));
    });

    if (isSource) {
        content.sections.append(section);
    }
}

void SourceReader::readGlossary(const QString &filePath, bool isSource, ContentSet &content,
                                LocaleText &text) {
    const auto document = loadYaml(filePath, m_dir, m_diagnostics);
    if (!document) {
        return;
    }
    FieldReader top(document->root, filePath, QStringLiteral("glossary"), m_diagnostics);
    top.rejectOthers(keysOf({QStringLiteral("terms")}));
    forEachEntry(document->root, "terms", filePath, m_diagnostics, [&](const YAML::Node &entry) {
        FieldReader fields(entry, filePath, QStringLiteral("term"), m_diagnostics);
        TermDef term;
        term.id = fields.id();
        term.where = {filePath, fields.line()};
        if (isSource) {
            fields.required("term");
            fields.required("definition");
            term.seeAlso = fields.list("see_also", false);
            term.sources = fields.list("sources", false);
            fields.rejectOthers(keysOf({QStringLiteral("id"), QStringLiteral("synonyms")},
                                       kTermText + kTermStructure));
            content.terms.append(term);
        } else {
            fields.rejectOthers(
                keysOf({QStringLiteral("id"), QStringLiteral("synonyms")}, kTermText),
                keysOf(kTermStructure));
        }
        TextUnit unit = readText(fields, kTermText, term.where);
        unit.synonyms = fields.list("synonyms", false);
        text.units.insert(unitKey("term", term.id), unit);
    });
}

void SourceReader::readRedFlags(const QString &filePath, bool isSource, ContentSet &content,
                                LocaleText &text) {
    const auto document = loadYaml(filePath, m_dir, m_diagnostics);
    if (!document) {
        return;
    }
    FieldReader top(document->root, filePath, QStringLiteral("red flags"), m_diagnostics);
    top.rejectOthers(keysOf({QStringLiteral("cards")}));
    forEachEntry(document->root, "cards", filePath, m_diagnostics, [&](const YAML::Node &entry) {
        FieldReader fields(entry, filePath, QStringLiteral("card"), m_diagnostics);
        CardDef card;
        card.urgency = fields.required("urgency");
        card.where = {filePath, fields.line()};
        if (isSource) {
            fields.required("heading");
            fields.required("advice");
        }
        fields.rejectOthers(
            keysOf({QStringLiteral("urgency"), QStringLiteral("signs")}, kCardText));
        text.units.insert(unitKey("card", card.urgency), readText(fields, kCardText, card.where));
        forEachEntry(entry, "signs", filePath, m_diagnostics, [&](const YAML::Node &signNode) {
            FieldReader sign(signNode, filePath, QStringLiteral("red flag"), m_diagnostics);
            FlagDef flag;
            flag.id = sign.id();
            flag.where = {filePath, sign.line()};
            if (isSource) {
                sign.required("text");
                flag.sources = sign.list("sources", true);
                sign.rejectOthers(
                    keysOf({QStringLiteral("id"), QStringLiteral("sources")}, kFlagText));
            } else {
                sign.rejectOthers(keysOf({QStringLiteral("id")}, kFlagText),
                                  keysOf({QStringLiteral("sources")}));
            }
            card.signs.append(flag);
            text.units.insert(unitKey("flag", flag.id), readText(sign, kFlagText, flag.where));
        });
        if (isSource) {
            content.cards.append(card);
        }
    });
}

} // namespace cg::compiler
