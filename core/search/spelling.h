// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace cg::search {

// Typing mistakes in the words search knows best: glossary terms and their synonyms, which
// include the medicine names ("diltiazam" for diltiazem). A query word that the index does not
// hold at all is replaced by the one glossary word it is a slip away from; words the index
// holds are never touched, so common words ("go", "away", "child") keep their meaning and
// pull in nothing new.

// Edits (insert, delete, substitute, swap of neighbours) between a and b, or limit + 1 when
// there are more than `limit`.
int editDistance(QStringView a, QStringView b, int limit);

// How many slips a word of this length may have: none below five letters, one up to seven,
// two from eight.
int allowedSlips(qsizetype length);

// The only word of `vocabulary` within allowedSlips() of `word` that starts with the same
// letter, at the smallest distance; empty when there is none or when two words tie.
QString closestWord(const QString &word, const QSet<QString> &vocabulary);

} // namespace cg::search
