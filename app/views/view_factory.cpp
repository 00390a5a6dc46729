// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/view_factory.h"

#include "views/causes_view.h"
#include "views/diagnosis_view.h"
#include "views/glossary_view.h"
#include "views/living_view.h"
#include "views/overview_view.h"
#include "views/sources_view.h"
#include "views/treatment_view.h"

namespace cg {

namespace {

SectionView *newView(Page page, ViewContext &context, QWidget *parent) {
    switch (page) {
    case Page::Overview:
        return new OverviewView(context, parent);
    case Page::Causes:
        return new CausesView(context, parent);
    case Page::Diagnosis:
        return new DiagnosisView(context, parent);
    case Page::Treatment:
        return new TreatmentView(context, parent);
    case Page::Living:
        return new LivingView(context, parent);
    case Page::Glossary:
        return new GlossaryView(context, parent);
    case Page::Sources:
        return new SourcesView(context, parent);
    }
    return nullptr;
}

} // namespace

SectionView *createView(Page page, ViewContext &context, QWidget *parent) {
    SectionView *view = newView(page, context, parent);
    if (view != nullptr) {
        view->setObjectName(pageKey(page) + QStringLiteral("View"));
        view->reload();
    }
    return view;
}

} // namespace cg
