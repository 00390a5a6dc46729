// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handout/handout_document.h"

#include <QString>

namespace cg {

// The handout as one self-contained HTML file: an inline <style> (the same style sheet as the
// paged handout, plus print rules for A4/Letter with 20 mm margins), no scripts, no images and
// no links to anything outside the file.
QString handoutStandaloneHtml(const HandoutDocument &document);

} // namespace cg
