// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content_set.h"

#include <QTextStream>

namespace cg::compiler {

// Readability of every English topic (summary and body), one line each, with the median and
// the worst grade. Returns false when a limit of the content guide is broken.
bool printReadabilityReport(const ContentSet &content, QTextStream &out);

// Per locale: how many English entries it translates; with `listMissing`, which ones it lacks.
void printCoverageReport(const ContentSet &content, QTextStream &out, bool listMissing);

// Every topic's clinical review status in every language: "draft (written 2026-12-01)" or
// "clinically reviewed by <role> on <date>", one line per topic, then a count per language.
void printReviewReport(const ContentSet &content, QTextStream &out);

inline constexpr double kMaxTopicGrade = 8.0;
inline constexpr double kMaxMedianGrade = 6.5;

} // namespace cg::compiler
