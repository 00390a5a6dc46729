// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QString>
#include <QStringList>

namespace cg {

class ContentHtml;
class ContentRepository;

// The tools a topic's text points to ("the checklist below", "the evidence label", "the five
// types"), which the screen shows as widgets beside the text. On paper they are printed right
// after the topic, so a patient can act on the handout without the screen.
enum class PaperTool {
    None,
    SignsChecklist,    // symptoms, with empty boxes to tick before a visit
    SelfCareChecklist, // self-care steps, with empty boxes
    TypesTable,        // the five types and the blood calcium of each
    BodySites,         // where lumps often form, by condition
    TreatmentsTable,   // every treatment with its evidence label, as on screen
};

PaperTool paperToolAfter(const QString &topicId);

// The body-map regions where lumps usually form in `condition`, in the content's order: what
// the paper body map fills in.
QStringList bodySiteRegions(const ContentRepository &repository, const QString &locale,
                            const QString &condition);

// The checklist lines of a checklist tool (item names), and the items behind them (for their
// citations), in display order.
QList<Item> paperChecklistItems(const ContentRepository &repository, PaperTool tool,
                                const QString &locale);

// A table tool in one language. `cited` gains the sources of the items it shows. The
// condition, when set, limits the body sites to that condition.
QString paperTable(const ContentRepository &repository, const ContentHtml &html, PaperTool tool,
                   const QString &condition, QStringList &cited);

} // namespace cg
