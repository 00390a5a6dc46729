// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content_set.h"
#include "diagnostics.h"

namespace cg::compiler {

// Cross-checks a ContentSet: unique ids, known sections, kinds, categories, sources, glossary
// terms, conditions and evidence levels; that every source is cited; and that each
// translation matches an English original and translates all of its text.
void validateContent(const ContentSet &content, Diagnostics &diagnostics);

} // namespace cg::compiler
