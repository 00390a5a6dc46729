// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "views/section_view.h"

namespace cg {

// Sources and about: every source the guide rests on, the content version and review date,
// how far each translation has got and whether a clinician has reviewed it, the disclaimer and
// the program's version.
class SourcesView final : public SectionView {
    Q_OBJECT

public:
    explicit SourcesView(ViewContext &context, QWidget *parent = nullptr);

    QString title() const override;

    // A card's "Sources" link: these entries highlighted, the page scrolled to the first.
    // An empty list clears the highlight.
    void showCited(const QStringList &sourceIds);

protected:
    void populate() override;
    void retranslate() override;

private:
    QString translationsHtml() const;
    QString translationText(const LocaleInfo &info) const;
    QString clinicalReviewText(const LocaleInfo &info) const;

    RichBlock *m_sources = nullptr;
    RichBlock *m_about = nullptr;
    QStringList m_marked;
};

} // namespace cg
