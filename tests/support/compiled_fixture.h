// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A content fixture of tests/data (a small content tree in the format of resources/content)
// compiled in-process with the content compiler library into a temporary database, once per
// fixture and test process. Mechanism tests run on these, so they neither depend on what the
// shipped content says nor pay for its size; tests of the shipped content use
// contentDatabasePath(). Targets that include this link content_compiler_lib.
#include "content_validator.h"
#include "database_writer.h"
#include "diagnostics.h"
#include "source_reader.h"
#include "test_support.h"

#include <QHash>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace cg::test {

// The database compiled from tests/data/<name>, or an empty string (and a test failure naming
// every problem) when the fixture is not valid content.
inline QString compiledFixture(const QString &name) {
    static QTemporaryDir dir;
    static QHash<QString, QString> compiled;
    const auto known = compiled.constFind(name);
    if (known != compiled.constEnd()) {
        return *known;
    }
    if (!dir.isValid()) {
        ADD_FAILURE() << "no temporary folder for the compiled fixtures";
        return {};
    }
    compiler::Diagnostics diagnostics;
    const compiler::ContentSet content =
        compiler::SourceReader(fixtureDir(name), diagnostics).read();
    if (!diagnostics.hasErrors()) {
        compiler::validateContent(content, diagnostics);
    }
    for (const compiler::Diagnostic &problem : diagnostics.errors()) {
        ADD_FAILURE() << name.toStdString() << ": " << problem.toString().toStdString();
    }
    const QString output = dir.filePath(name + QStringLiteral(".db"));
    const QString failure = diagnostics.hasErrors()
                                ? QStringLiteral("invalid fixture")
                                : compiler::DatabaseWriter().write(content, output);
    if (!failure.isEmpty()) {
        ADD_FAILURE() << name.toStdString() << ": " << failure.toStdString();
        return {};
    }
    compiled.insert(name, output);
    return output;
}

} // namespace cg::test
