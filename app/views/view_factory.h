// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace cg {

class SectionView;
class ViewContext;

// The places of the window in navigation order: the five sections, then the glossary and
// the sources.
QStringList pageKeys();
bool isSectionPage(const QString &pageKey);

// Builds the view for a place and fills it. Views are made on first visit only.
SectionView *createView(const QString &pageKey, ViewContext &context, QWidget *parent);

} // namespace cg
