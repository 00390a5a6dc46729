// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/content_html.h"
#include "handout/handout_document.h"
#include "handout/handout_paper_tools.h"
#include "handout/handout_request.h"

#include <memory>

namespace cg {

class ContentRepository;
struct HandoutTopicRef;

// Builds a handout's body from the content, through ContentHtml like every view: title block,
// the clinician's note, the chosen topics by section, the "Get medical help" care cards (on
// every handout), the questions and teach-back checklists, the sources and the disclaimer.
// Bilingual handouts follow each passage with its translation, each labelled by language.
class HandoutDocumentBuilder {
public:
    explicit HandoutDocumentBuilder(const ContentRepository &repository);

    // The request must be valid (see validateHandoutRequest).
    HandoutDocument build(const HandoutRequest &request) const;

private:
    struct Context;

    QString titleBlock(const Context &context) const;
    QString noteBlock(const Context &context) const;
    QString contentsList(const Context &context, const QList<HandoutTopicRef> &topics) const;
    QString topicsBody(Context &context, const QList<HandoutTopicRef> &topics) const;
    QString bodyMapPicture(Context &context) const;
    QString careCardsBlock(Context &context, ContentHtml::CardArrangement arrangement) const;
    QString paperToolBlock(Context &context, PaperTool tool) const;
    QString questionsBlock(Context &context) const;
    QString teachBackBlock(const Context &context) const;
    QString closingBlock(const Context &context) const;

    const ContentRepository &m_repository;
};

} // namespace cg
