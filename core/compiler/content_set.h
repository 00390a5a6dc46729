// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The content as read from the source files, before it is written to SQLite. Structure
// (ids, kinds, categories, citations) comes from English only; every locale, English included,
// contributes text units keyed by "<unit kind>:<id>".
namespace cg::compiler {

struct Where {
    QString file;
    int line = 0;
};

struct TextUnit {
    QHash<QString, QString> fields; // title, summary, body, name, ...
    QStringList synonyms;
    Where where;
};

struct SourceDef {
    QString id, title, authors, publisher, url;
    int year = 0;
    Where where;
};

struct LocaleDef {
    QString code, status, nativeName;
    QString translationReviewer; // status 'reviewed': the reviewer's role
    QDate translationReviewedOn;
    Where where;
};

struct CategoryDef {
    QString id;
    Where where;
};

struct TopicDef {
    QString id;
    QStringList sources, terms;
    Where where;
};

struct ItemDef {
    QString id, kind, category, treatmentKind, lesionSize, evidence, region, bloodCalcium;
    QStringList conditions, sources;
    Where where;
};

struct SectionDef {
    QString key;
    Where where;
    QList<CategoryDef> categories;
    QList<TopicDef> topics;
    QList<ItemDef> items;
};

struct TermDef {
    QString id;
    QStringList seeAlso, sources;
    Where where;
};

struct FlagDef {
    QString id;
    QStringList sources;
    Where where;
};

struct CardDef {
    QString urgency;
    QList<FlagDef> signs;
    Where where;
};

// A clinical sign-off of one topic in one language (reviews.yaml).
struct ReviewDef {
    QString topic, locale, status, reviewerRole;
    QDate reviewedOn;
    Where where;
};

struct WrittenDate {
    QDate date;
    Where where;
};

struct LocaleText {
    QString code;
    QHash<QString, TextUnit> units; // "topic:what-is-it" -> its text in this locale
    QMap<QString, QString> strings; // "disclaimer", "condition.lupus", ...
    QHash<QString, Where> stringWhere;
};

struct ContentSet {
    QString contentVersion;
    QString reviewsPath;                 // reviews.yaml, for messages about what it lacks
    QHash<QString, WrittenDate> written; // locale -> when its text was last written
    QList<ReviewDef> reviews;
    QList<LocaleDef> locales;
    QList<SourceDef> sources;
    QList<SectionDef> sections; // in kSectionKeys order
    QList<TermDef> terms;
    QList<CardDef> cards;
    QStringList conditionIds;     // from English strings.yaml, in order
    QStringList evidenceLevelIds; // likewise
    QList<LocaleText> texts;      // English first
};

inline QString unitKey(const char *kind, const QString &id) {
    return QLatin1String(kind) + QLatin1Char(':') + id;
}

} // namespace cg::compiler
