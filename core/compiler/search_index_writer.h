#pragma once

#include "content_set.h"

#include <QSqlDatabase>

namespace cg::compiler {

// Builds the full-text search tables for every locale inside the open transaction. Throws
// std::runtime_error on failure.
void writeSearchIndex(QSqlDatabase &db, const ContentSet &content);

} // namespace cg::compiler
