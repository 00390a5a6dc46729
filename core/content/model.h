// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/place.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

// Plain value types for what the content database holds. Every localised value records whether
// it came from the requested language or fell back to English, so views can say
// "not translated yet" instead of hiding the fact.
namespace cg {

inline const QString kSourceLocale = QStringLiteral("en");

struct LocaleInfo {
    QString code;        // BCP 47 code used as the content key: en, es, fr, de, ar, zh
    QString nativeName;  // the language's name in itself: "Español", "العربية"
    QString englishName; // "Spanish"
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString status;              // source | awaiting-review | reviewed
    QDate writtenOn;             // when the language's text was last written
    QString translationReviewer; // status reviewed: the role of who checked the translation
    QDate translationReviewedOn;
};

// Whether a clinician has signed off one topic in one language (reviews.yaml).
struct ReviewRecord {
    bool reviewed = false;
    QString reviewerRole; // when reviewed: "Rheumatology nurse specialist"
    QDate reviewedOn;     // when reviewed
    QDate writtenOn;      // when the language's text was last written
};

struct ContentMetadata {
    QString contentVersion;
    int schemaVersion = 0;
};

struct Source {
    QString id;
    QString title;
    QString authors;
    QString publisher;
    int year = 0; // 0 when undated
    QString url;
};

struct Section {
    QString key;
    QString title;
    QString summary;
    bool fallback = false; // true when shown in English because the locale lacks it
};

struct Category {
    QString id;
    QString section;
    QString label;
    bool fallback = false;
};

struct Topic {
    QString id;
    QString section;
    QString title;
    QString summary;
    QString bodyHtml;
    QString bodyText;
    QStringList sources; // source ids, in the order the content lists them
    QStringList terms;   // glossary ids the topic relies on
    bool fallback = false;
};

struct Item {
    QString id;
    QString section;
    QString kind; // fact, type, body-site, cause, risk-factor, symptom, test, treatment, ...
    QString category;
    QString name;
    QString summary;
    QString detailHtml;
    QString detailText;
    QString shows;         // tests: what it shows
    QString expect;        // tests: what to expect
    QString treatmentKind; // treatments: medicine, procedure, self-care, supportive
    QString lesionSize;    // treatments: small, large, any, or empty when unknown
    QString evidence;      // treatments: an evidence level id
    QString evidenceNote;  // treatments: one plain line
    QString region;        // body sites: a body-map region
    QString bloodCalcium;  // types: normal, high, varies
    QStringList conditions;
    QStringList sources;
    bool fallback = false;
};

struct GlossaryTerm {
    QString id;
    QString term;
    QString definition;
    QStringList synonyms;
    QStringList seeAlso;
    QStringList sources;
    bool fallback = false;
};

struct RedFlag {
    QString id;
    QString text;
    QStringList sources;
    bool fallback = false;
};

struct CareCard {
    QString urgency; // emergency | urgent | soon
    QString heading;
    QString advice;
    QList<RedFlag> signs;
    bool fallback = false;
};

struct LocalizedString {
    QString text;
    bool fallback = false;
};

} // namespace cg
