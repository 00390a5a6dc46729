// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// Bumped whenever the database layout changes in a way older readers cannot handle. The
// application refuses databases with another version instead of misreading them.
// 2: the application id and the content digest (content_integrity.h) are required.
// 3: a reviewed translation records its reviewer's role and date (locales table).
inline constexpr int kSchemaVersion = 3;

// The schema as individual statements, read from the schema.sql resource. QSQLITE runs one
// statement per exec(), so the script is split here (it holds no triggers).
QStringList schemaStatements();

} // namespace cg
