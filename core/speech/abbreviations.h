// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// A short form and what to say instead: "JDM" -> "Juvenile dermatomyositis".
struct Abbreviation {
    QString shortForm;
    QString longForm;
};

// True for a written abbreviation: two to eight letters or digits from a capital, with at least
// two capitals and no more small letters than capitals ("DM", "JDM", "CO2", "IgIV", "SSc"; not
// "MabThera").
bool isAbbreviation(const QString &word);

// The abbreviations the glossary defines, in the glossary's language. A term gives its capital
// synonyms ("JDM") and the short part of a name such as "ANA (antinuclear antibodies)" or
// "磁共振检查（MRI）"; each is said as the term's long name. A short form whose long name still
// contains it ("CREST" in "CREST syndrome", "MRI" in "MRI scan") is left alone: saying it
// expanded would only repeat it. With the English glossary given, a short form that is a word of
// the term's English name ("TNF" in "TNF blockers") is left alone in every language: it names
// only part of the term.
QList<Abbreviation> glossaryAbbreviations(const QList<GlossaryTerm> &glossary,
                                          const QList<GlossaryTerm> &english = {});

// Every short form the glossary names, expanded or not ("CREST" too): a bracket holding only
// one of them ("dermatomyositis (DM)", "皮肌炎（简称 DM）") is not said.
QStringList glossaryShortForms(const QList<GlossaryTerm> &glossary);

} // namespace cg
