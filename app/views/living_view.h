// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/section_view.h"

class QScrollArea;
class QVBoxLayout;
class QTextBrowser;

namespace cg {

class ChecklistBox;

// Living with calcinosis: the guidance topics, self-care steps and questions for the care team
// as checklists, and beside them, always in sight, the "Get medical help" care cards.
class LivingView final : public SectionView {
    Q_OBJECT

public:
    explicit LivingView(ViewContext &context, QWidget *parent = nullptr);

    bool showTarget(const QString &id) override;

    ChecklistBox *selfCare() const { return m_selfCare; }
    ChecklistBox *questions() const { return m_questions; }
    // True when the window is too narrow for the pane: the cards are in the page's column.
    bool careCardsInColumn() const { return m_cardsInColumn; }
    QTextBrowser *careCards() const;

protected:
    void populate() override;
    void resizeEvent(QResizeEvent *event) override;
    void retranslate() override;

private:
    void fitSidePanel();

    RichBlock *m_header = nullptr;
    RichBlock *m_topics = nullptr;
    ChecklistBox *m_selfCare = nullptr;
    ChecklistBox *m_questions = nullptr;
    QScrollArea *m_sidePanel = nullptr;
    RichBlock *m_cards = nullptr;
    QVBoxLayout *m_sideLayout = nullptr;
    QWidget *m_rule = nullptr;
    bool m_cardsInColumn = false; // the care cards sit above the page, not beside it
};

} // namespace cg
