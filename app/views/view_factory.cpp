// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/view_factory.h"

#include "content/model.h"
#include "views/causes_view.h"
#include "views/diagnosis_view.h"
#include "views/glossary_view.h"
#include "views/living_view.h"
#include "views/overview_view.h"
#include "views/sources_view.h"
#include "views/treatment_view.h"

namespace cg {

QStringList pageKeys() {
    return kSectionKeys + QStringList{QStringLiteral("glossary"), QStringLiteral("sources")};
}

bool isSectionPage(const QString &pageKey) {
    return kSectionKeys.contains(pageKey);
}

SectionView *createView(const QString &pageKey, ViewContext &context, QWidget *parent) {
    SectionView *view = nullptr;
    if (pageKey == QStringLiteral("overview")) {
        view = new OverviewView(context, parent);
    } else if (pageKey == QStringLiteral("causes")) {
        view = new CausesView(context, parent);
    } else if (pageKey == QStringLiteral("diagnosis")) {
        view = new DiagnosisView(context, parent);
    } else if (pageKey == QStringLiteral("treatment")) {
        view = new TreatmentView(context, parent);
    } else if (pageKey == QStringLiteral("living")) {
        view = new LivingView(context, parent);
    } else if (pageKey == QStringLiteral("glossary")) {
        view = new GlossaryView(context, parent);
    } else if (pageKey == QStringLiteral("sources")) {
        view = new SourcesView(context, parent);
    }
    if (view != nullptr) {
        view->setObjectName(pageKey + QStringLiteral("View"));
        view->reload();
    }
    return view;
}

} // namespace cg
