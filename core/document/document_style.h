// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document_options.h"

#include <QString>

namespace cg {

// Colours of one palette. Every pair meets WCAG 2.2 AA (4.5:1 for text) on its background.
struct DocumentColors {
    QString text, background, muted, accent, link;
    QString summaryBackground, summaryBorder;
    QString soonBand, urgentBand, emergencyBand, emergencyBody, emergencyText, bandText;
    QString badgeBackground, badgeText, warningBackground;
};

DocumentColors documentColors(const DocumentOptions &options);

// The style sheet for QTextDocument::setDefaultStyleSheet (and the <style> of HTML export).
// Qt's rich text supports a subset of CSS 2.1: no floats or border-radius, so boxes are
// one-cell tables.
QString documentStyleSheet(const DocumentOptions &options);

} // namespace cg
