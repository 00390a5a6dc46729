// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_export.h"

#include "content/content_log.h"
#include "handout/handout_html_export.h"
#include "handout/handout_renderer.h"
#include "io/atomic_file.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <cerrno>
#include <cstring>

namespace cg {

namespace {

// A handout that was not written is logged (calcinosis.handout) as well as reported.
HandoutExportResult logged(HandoutExportResult result, const QString &path) {
    if (!result.ok) {
        qCWarning(lcHandout, "cannot write the handout %ls: %ls", qUtf16Printable(path),
                  qUtf16Printable(result.error));
    }
    return result;
}

// The system's own words for an error, in the system's language.
QString systemReason(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

HandoutFormat handoutFormatForPath(const QString &path) {
    const QString lower = path.toLower();
    if (lower.endsWith(QStringLiteral(".pdf"))) {
        return HandoutFormat::Pdf;
    }
    if (lower.endsWith(QStringLiteral(".html")) || lower.endsWith(QStringLiteral(".htm"))) {
        return HandoutFormat::Html;
    }
    return HandoutFormat::Unknown;
}

QString describeWriteFailure(const FileWriteResult &result) {
    using Failure = FileWriteResult::Failure;
    switch (result.failure) {
    case Failure::None:
        return {};
    case Failure::NotRegularFile:
        return QCoreApplication::translate(
            "HandoutExport",
            "the name belongs to a device, a pipe or a link to one, not a file, and was left "
            "alone; choose another name");
    case Failure::IsFolder:
        return QCoreApplication::translate("HandoutExport",
                                           "that is a folder; choose a file name inside it");
    case Failure::DanglingLink:
        return QCoreApplication::translate(
            "HandoutExport", "that is a link to a file that does not exist; choose another name");
    case Failure::Open:
    case Failure::Write:
    case Failure::Sync:
    case Failure::Replace:
        break;
    }
    switch (result.error) {
    case ENOSPC:
        return QCoreApplication::translate(
            "HandoutExport", "the disk is full; free some space or choose another place");
    case EDQUOT:
        return QCoreApplication::translate(
            "HandoutExport", "your disk quota is used up; free some space or choose another place");
    case EFBIG:
        return QCoreApplication::translate(
            "HandoutExport",
            "the file is larger than this disk or folder allows; choose another place");
    case EROFS:
        return QCoreApplication::translate("HandoutExport",
                                           "the disk is read-only; choose another place");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("HandoutExport",
                                           "permission denied; choose a folder you may write to");
    case ENOENT:
    case ENOTDIR:
        return QCoreApplication::translate("HandoutExport",
                                           "the folder does not exist; choose another place");
    default:
        break;
    }
    return systemReason(result.error);
}

HandoutExportResult writeHandoutPdf(const HandoutDocument &document, QIODevice &device) {
    HandoutExportResult result;
    {
        QPdfWriter writer(&device);
        // Metadata names the handout, never the patient.
        writer.setTitle(document.title);
        writer.setCreator(QCoreApplication::applicationName());
        const HandoutRenderer renderer(document);
        renderer.preparePageLayout(writer);
        result.pages = renderer.render(writer);
    } // the writer completes the file when it goes
    result.ok = result.pages > 0;
    return result;
}

HandoutExportResult exportHandoutFile(const HandoutDocument &document, const QString &path) {
    return exportHandoutFile(document, path, FileSystemCalls::system());
}

HandoutExportResult exportHandoutFile(const HandoutDocument &document, const QString &path,
                                      FileSystemCalls &calls) {
    HandoutExportResult result;
    const HandoutFormat format = handoutFormatForPath(path);
    if (format == HandoutFormat::Unknown) {
        result.error = QCoreApplication::translate(
            "HandoutExport", "unknown file type; use a name ending in .pdf or .html");
        return logged(result, path);
    }
    // The whole file is made in memory first (a few hundred KB), so that what reaches the disk
    // is checked in one place, byte for byte.
    QByteArray bytes;
    if (format == HandoutFormat::Pdf) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        result = writeHandoutPdf(document, buffer);
        if (!result.ok) {
            result.error = QCoreApplication::translate("HandoutExport", "the handout has no pages");
            return logged(result, path);
        }
    } else {
        bytes = handoutStandaloneHtml(document).toUtf8();
    }
    const FileWriteResult written = writeFileAtomically(path, bytes, calls);
    result.ok = written.ok();
    result.error = describeWriteFailure(written);
    return logged(result, path);
}

} // namespace cg
