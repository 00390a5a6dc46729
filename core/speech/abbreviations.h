#pragma once

#include "content/model.h"

#include <QList>
#include <QString>

namespace cg {

// A short form and what to say instead: "JDM" -> "Juvenile dermatomyositis".
struct Abbreviation {
    QString shortForm;
    QString longForm;
};

// True for a written abbreviation: two to six capital letters or digits, starting with a
// letter ("DM", "JDM", "CO2"), with no small letter.
bool isAbbreviation(const QString &word);

// The abbreviations the glossary defines, in the glossary's language. A term gives its capital
// synonyms ("JDM") and the short part of a name such as "ANA (antinuclear antibodies)" or
// "磁共振检查（MRI）"; each is said as the term's long name. A short form whose long name still
// contains it ("CREST" in "CREST syndrome", "MRI" in "MRI scan") is left alone: saying it
// expanded would only repeat it.
QList<Abbreviation> glossaryAbbreviations(const QList<GlossaryTerm> &glossary);

} // namespace cg
