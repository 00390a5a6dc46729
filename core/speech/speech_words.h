// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cg {

// The few words a language needs to say numbers and signs that are written as symbols. Each
// pattern has %1 (and %2) for the numbers, in the language's own order: "25 to 40 percent",
// "百分之25至百分之40".
struct SpeechWords {
    QString range;        // "2–3" -> "%1 to %2"
    QString percent;      // "30%" -> "%1 percent"
    QString percentRange; // "25–40%" -> "%1 to %2 percent"
    QString lessThan;     // "<5" -> "less than %1"
    QString moreThan;     // ">5" -> "more than %1"
    QString atLeast;      // "≥5"
    QString atMost;       // "≤5"
    QString andWord;      // "&" -> "and"
};

// The words for a content language (en, es, fr, de, ar, zh); English for any other.
const SpeechWords &speechWords(const QString &locale);

} // namespace cg
