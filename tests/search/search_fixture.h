// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The search fixture content (tests/data/search-content: English with Arabic and Chinese
// translations) compiled in-process with the content compiler library into a temporary
// database, once per test program.
#include "compiled_fixture.h"

namespace cg::test {

inline QString compiledSearchFixture() {
    return compiledFixture(QStringLiteral("search-content"));
}

} // namespace cg::test
