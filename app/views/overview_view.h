// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/section_view.h"

namespace cg {

class BodyMapPanel;

// Overview: key facts as a grid of cards, the five types side by side in a table, the body map
// by underlying disease, then the overview topics.
class OverviewView final : public SectionView {
    Q_OBJECT

public:
    explicit OverviewView(ViewContext &context, QWidget *parent = nullptr);

    BodyMapPanel *bodyMap() const { return m_bodyMap; }
    QWidget *typesTable() const;

protected:
    void populate() override;
    void retranslate() override;

private:
    QString factsHtml() const;
    QString typesHtml() const;

    RichBlock *m_header = nullptr;
    RichBlock *m_facts = nullptr;
    RichBlock *m_types = nullptr;
    BodyMapPanel *m_bodyMap = nullptr;
    RichBlock *m_topics = nullptr;
};

} // namespace cg
