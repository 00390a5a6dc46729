// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handout/handout_document.h"

#include <QString>

class QIODevice;

namespace cg {

enum class HandoutFormat { Unknown, Pdf, Html };

// From the file name's extension: .pdf, or .html/.htm (any case).
HandoutFormat handoutFormatForPath(const QString &path);

struct HandoutExportResult {
    bool ok = false;
    int pages = 0; // PDF only
    QString error; // the system's reason when writing failed
};

// Paints the handout into a PDF on the device (a file, a buffer).
HandoutExportResult writeHandoutPdf(const HandoutDocument &document, QIODevice &device);

// Writes the handout to path as PDF or HTML, chosen by the extension. The file appears whole or
// not at all: it is written to a temporary file beside it and renamed when complete.
HandoutExportResult exportHandoutFile(const HandoutDocument &document, const QString &path);

} // namespace cg
