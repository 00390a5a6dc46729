// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The search fixture content (tests/data/search-content: English with Arabic and Chinese
// translations) compiled in-process with the content compiler library into a temporary
// database, once per test program.
#include "content_validator.h"
#include "database_writer.h"
#include "diagnostics.h"
#include "source_reader.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cg::test {

inline QString compiledSearchFixture() {
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty() && dir.isValid()) {
        compiler::Diagnostics diagnostics;
        const compiler::ContentSet content =
            compiler::SourceReader(fixtureDir(QStringLiteral("search-content")), diagnostics)
                .read();
        if (!diagnostics.hasErrors()) {
            compiler::validateContent(content, diagnostics);
        }
        for (const compiler::Diagnostic &problem : diagnostics.errors()) {
            ADD_FAILURE() << problem.toString().toStdString();
        }
        const QString output = dir.filePath(QStringLiteral("search.db"));
        const QString failure = diagnostics.hasErrors()
                                    ? QStringLiteral("invalid fixture")
                                    : compiler::DatabaseWriter().write(content, output);
        if (failure.isEmpty()) {
            path = output;
        } else {
            ADD_FAILURE() << failure.toStdString();
        }
    }
    return path;
}

} // namespace cg::test
