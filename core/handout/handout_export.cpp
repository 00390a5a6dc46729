// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_export.h"

#include "handout/handout_html_export.h"
#include "handout/handout_renderer.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace cg {

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
    HandoutExportResult result;
    const HandoutFormat format = handoutFormatForPath(path);
    if (format == HandoutFormat::Unknown) {
        result.error = QStringLiteral("unknown file type");
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
        return result;
    }
    if (format == HandoutFormat::Pdf) {
        result = writeHandoutPdf(document, file);
        if (!result.ok) {
            file.cancelWriting();
            result.error = file.errorString();
            return result;
        }
    } else {
        file.write(handoutStandaloneHtml(document).toUtf8());
        result.ok = true;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = file.errorString();
    }
    return result;
}

} // namespace cg
