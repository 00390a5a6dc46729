// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/place.h"

class QWidget;

namespace cg {

class SectionView;
class ViewContext;

// Builds the view for a place and fills it. Views are made on first visit only.
SectionView *createView(Page page, ViewContext &context, QWidget *parent);

} // namespace cg
