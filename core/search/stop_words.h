// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace cg::search {

// Words too common to tell topics apart ("the", "can", "my"), per content language, already
// folded like queries. The engine drops them from questions such as "can my child go to
// school" unless nothing else is left. Glossary phrases are matched before stop words are
// dropped, so "hard spots under the skin" still finds its term. For Chinese the list holds
// the bigrams and single characters of question phrasing. Other languages drop nothing.
QSet<QString> stopWords(const QString &locale);

} // namespace cg::search
