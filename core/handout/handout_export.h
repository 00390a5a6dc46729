// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handout/handout_document.h"

#include <QString>

class QIODevice;

namespace cg {

class FileSystemCalls;
struct FileWriteResult;

enum class HandoutFormat { Unknown, Pdf, Html };

// From the file name's extension: .pdf, or .html/.htm (any case).
HandoutFormat handoutFormatForPath(const QString &path);

struct HandoutExportResult {
    bool ok = false;
    int pages = 0; // PDF only
    // Why writing failed, in words for the reader with what to do ("the disk is full: free
    // some space or choose another place"), for "cannot write FILE: <error>".
    QString error;
};

// A failed save in those words.
QString describeWriteFailure(const FileWriteResult &result);

// Paints the handout into a PDF on the device (a file, a buffer).
HandoutExportResult writeHandoutPdf(const HandoutDocument &document, QIODevice &device);

// Writes the handout to path as PDF or HTML, chosen by the extension. The file appears whole or
// not at all (see writeFileAtomically()): a full disk or any other failure leaves an existing
// file as it was and is reported, never a cut-off handout. A name taken by anything but a
// regular file (a device, a FIFO, a folder, a link to one) is refused and left alone.
HandoutExportResult exportHandoutFile(const HandoutDocument &document, const QString &path);
HandoutExportResult exportHandoutFile(const HandoutDocument &document, const QString &path,
                                      FileSystemCalls &calls);

} // namespace cg
