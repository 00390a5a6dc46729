// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_presets.h"

namespace cg {

namespace {

QStringList ids(std::initializer_list<const char *> names) {
    QStringList result;
    for (const char *name : names) {
        result.append(QString::fromLatin1(name));
    }
    return result;
}

} // namespace

const QList<HandoutPreset> &handoutPresets() {
    // Chosen with the clinic visit in mind: what a family needs at diagnosis, when choosing a
    // treatment, and for daily life. Warning signs (care cards) are on every handout anyway.
    static const QList<HandoutPreset> presets = {
        // Two pages: what it is, treatments, self-care, when to get help (the care cards) and a
        // few questions with room to write.
        {QStringLiteral("key-points"), ids({"key-points"}), true, false,
         ids({"q-what-type", "q-treatment-options", "q-side-effects", "q-who-to-call"}), true},
        {QStringLiteral("newly-diagnosed"),
         ids({"what-it-is", "five-types", "when-and-where", "over-time", "why-it-happens",
              "signs-of-calcinosis", "how-it-is-diagnosed", "treat-disease-first"}),
         true,
         true,
         {},
         false},
        {QStringLiteral("treatment-options"),
         ids({"treat-disease-first", "medicines-for-calcinosis", "surgery-and-procedures",
              "wound-and-supportive-care", "known-and-unknown", "calcium-and-diet"}),
         true,
         false,
         {},
         false},
        {QStringLiteral("living-with-calcinosis"),
         ids({"daily-life", "self-care-steps", "feelings", "social-life", "school-and-work",
              "support"}),
         true,
         true,
         {},
         false},
    };
    return presets;
}

QStringList handoutPresetIds() {
    QStringList ids;
    for (const HandoutPreset &preset : handoutPresets()) {
        ids.append(preset.id);
    }
    return ids;
}

std::optional<HandoutPreset> findHandoutPreset(const QString &id) {
    for (const HandoutPreset &preset : handoutPresets()) {
        if (preset.id == id) {
            return preset;
        }
    }
    return std::nullopt;
}

const QStringList &teachBackIds() {
    static const QStringList list =
        ids({"what-it-is", "warning-signs", "emergency", "medicines", "skin-care", "next-visit"});
    return list;
}

} // namespace cg
