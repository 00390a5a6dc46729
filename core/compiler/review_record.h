// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content_set.h"
#include "diagnostics.h"

namespace cg::compiler {

// reviews.yaml: when each language's text was written, and the clinical sign-offs per topic
// and language. A topic without a sign-off is a draft; the application says so.
void readReviews(const QString &path, const QString &sourceRoot, ContentSet &content,
                 Diagnostics &diagnostics);

// Every language has a written date; every sign-off names a known topic and language, a
// reviewer's role and a date no earlier than the text it signs off and not in the future.
void validateReviews(const ContentSet &content, const QDate &today, Diagnostics &diagnostics);

} // namespace cg::compiler
