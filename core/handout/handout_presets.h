// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cg {

// A ready-made handout for a common clinic moment. Its label is the content string
// "presets.<id>", so it reads in the handout's language.
struct HandoutPreset {
    QString id;
    QStringList topics; // topic ids; printed in the guide's reading order
    bool questions = true;
    bool teachBack = false;
    QStringList questionIds; // the questions to print; empty: all of them
    bool compact = false;    // 11 pt type (the floor of the design brief) to fit two pages
};

// Every preset, in menu order: the one table that says what each preset includes.
const QList<HandoutPreset> &handoutPresets();
std::optional<HandoutPreset> findHandoutPreset(const QString &id);
// Their ids, in the same order (for help texts and error messages).
QStringList handoutPresetIds();

// The preset the composer starts with: the short handout most visits need.
inline const char *const kDefaultHandoutPreset = "key-points";

// The teach-back points, in order; their text is the content string "teach_back.<id>".
const QStringList &teachBackIds();

} // namespace cg
