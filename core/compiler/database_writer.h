// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content_set.h"

#include <QString>

namespace cg::compiler {

// Writes a validated ContentSet to a new SQLite database. The file appears atomically: all rows
// go into "<output>.partial" in one transaction, which is then renamed over `output`, so a
// failed or interrupted build never leaves a half-written database behind. A symbolic link as
// `output` stays: the regular file it points at is replaced.
class DatabaseWriter {
public:
    // Returns an empty string on success, else a message naming the file and the problem.
    QString write(const ContentSet &content, const QString &output);

private:
    // Writes beside `target` (the output, or the file its link names) and renames over it;
    // messages name `output`, as the user gave it.
    QString writeTo(const ContentSet &content, const QString &output, const QString &target);
};

} // namespace cg::compiler
