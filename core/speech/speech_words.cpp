// SPDX-License-Identifier: GPL-3.0-or-later
#include "speech/speech_words.h"

#include <QList>
#include <utility>

namespace cg {

const SpeechWords &speechWords(const QString &locale) {
    // Written out, not translated through the interface: these belong to the content language,
    // which need not be the interface language.
    static const QList<std::pair<QString, SpeechWords>> words = {
        {QStringLiteral("en"),
         {QStringLiteral("%1 to %2"), QStringLiteral("%1 percent"),
          QStringLiteral("%1 to %2 percent"), QStringLiteral("less than %1"),
          QStringLiteral("more than %1"), QStringLiteral("at least %1"),
          QStringLiteral("at most %1"), QStringLiteral("and")}},
        {QStringLiteral("es"),
         {QStringLiteral("%1 a %2"), QStringLiteral("%1 por ciento"),
          QStringLiteral("%1 a %2 por ciento"), QStringLiteral("menos de %1"),
          QStringLiteral("más de %1"), QStringLiteral("al menos %1"),
          QStringLiteral("como mucho %1"), QStringLiteral("y")}},
        {QStringLiteral("fr"),
         {QStringLiteral("%1 à %2"), QStringLiteral("%1 pour cent"),
          QStringLiteral("%1 à %2 pour cent"), QStringLiteral("moins de %1"),
          QStringLiteral("plus de %1"), QStringLiteral("au moins %1"), QStringLiteral("au plus %1"),
          QStringLiteral("et")}},
        {QStringLiteral("de"),
         {QStringLiteral("%1 bis %2"), QStringLiteral("%1 Prozent"),
          QStringLiteral("%1 bis %2 Prozent"), QStringLiteral("weniger als %1"),
          QStringLiteral("mehr als %1"), QStringLiteral("mindestens %1"),
          QStringLiteral("höchstens %1"), QStringLiteral("und")}},
        {QStringLiteral("ar"),
         {QStringLiteral("%1 إلى %2"), QStringLiteral("%1 في المئة"),
          QStringLiteral("%1 إلى %2 في المئة"), QStringLiteral("أقل من %1"),
          QStringLiteral("أكثر من %1"), QStringLiteral("%1 على الأقل"),
          QStringLiteral("%1 على الأكثر"), QStringLiteral("و")}},
        {QStringLiteral("zh"),
         {QStringLiteral("%1至%2"), QStringLiteral("百分之%1"),
          QStringLiteral("百分之%1至百分之%2"), QStringLiteral("少于%1"), QStringLiteral("多于%1"),
          QStringLiteral("至少%1"), QStringLiteral("最多%1"), QStringLiteral("和")}},
    };
    for (const auto &entry : words) {
        if (entry.first == locale) {
            return entry.second;
        }
    }
    return words.constFirst().second; // English
}

} // namespace cg
