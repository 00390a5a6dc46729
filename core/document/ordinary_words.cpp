// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/ordinary_words.h"

#include "document/glossary_marker.h"
#include "search/stop_words.h"
#include "search/text_folding.h"

#include <QHash>

namespace cg {

namespace {

// Each list holds words a reader meets in any text about the body, and the descriptions that
// the content had once used as synonyms by mistake. Add to it when the glossary-marks report
// (tests/views, glossary-marks.txt) shows a plain word marked.
const QHash<QString, QStringList> &everydayLists() {
    static const QHash<QString, QStringList> lists = {
        {QStringLiteral("en"),
         {QStringLiteral("dressing"), QStringLiteral("dressed"), QStringLiteral("support"),
          QStringLiteral("lump"), QStringLiteral("lumps"), QStringLiteral("wound"),
          QStringLiteral("wounds"), QStringLiteral("risk"), QStringLiteral("trial"),
          QStringLiteral("research"), QStringLiteral("therapy"), QStringLiteral("swelling"),
          QStringLiteral("redness"), QStringLiteral("germs"), QStringLiteral("pus"),
          QStringLiteral("pain"), QStringLiteral("skin"), QStringLiteral("hard skin"),
          QStringLiteral("tight skin")}},
        {QStringLiteral("es"),
         {QStringLiteral("es"), QStringLiteral("les"), QStringLiteral("pus"),
          QStringLiteral("piel"), QStringLiteral("piel dura"), QStringLiteral("piel tirante"),
          QStringLiteral("piel endurecida"), QStringLiteral("endurecimiento de la piel"),
          QStringLiteral("herida"), QStringLiteral("bulto"), QStringLiteral("bultos"),
          QStringLiteral("apoyo"), QStringLiteral("riesgo"), QStringLiteral("dolor")}},
        {QStringLiteral("fr"),
         {QStringLiteral("les"), QStringLiteral("pus"), QStringLiteral("peau"),
          QStringLiteral("peau dure"), QStringLiteral("plaie"), QStringLiteral("boule"),
          QStringLiteral("bosse"), QStringLiteral("soutien"), QStringLiteral("risque"),
          QStringLiteral("douleur")}},
        {QStringLiteral("de"),
         {QStringLiteral("dm"), QStringLiteral("kg"), QStringLiteral("eiter"),
          QStringLiteral("haut"), QStringLiteral("harte haut"), QStringLiteral("wunde"),
          QStringLiteral("knoten"), QStringLiteral("unterstützung"), QStringLiteral("risiko"),
          QStringLiteral("schmerz"), QStringLiteral("schmerzen")}},
        {QStringLiteral("ar"),
         {QStringLiteral("جلد"), QStringLiteral("ألم"), QStringLiteral("صديد"),
          QStringLiteral("قيح"), QStringLiteral("جرح")}},
        {QStringLiteral("zh"),
         {QStringLiteral("皮肤"), QStringLiteral("疼痛"), QStringLiteral("脓"),
          QStringLiteral("伤口"), QStringLiteral("肿块")}},
    };
    return lists;
}

} // namespace

OrdinaryWords::OrdinaryWords(const QString &locale) : m_folded(search::stopWords(locale)) {
    for (const QString &phrase : everydayLists().value(locale)) {
        m_folded.insert(search::foldText(phrase));
    }
}

bool OrdinaryWords::contains(const QString &phrase) const {
    return !GlossaryMarker::isAbbreviation(phrase) &&
           m_folded.contains(search::foldText(phrase.trimmed()));
}

} // namespace cg
