// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's outputs (live preview, full preview, print, PDF, HTML) and what it remembers.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "handout/handout_document_builder.h"
#include "handout/handout_presets.h"
#include "handout/handout_renderer.h"
#include "handout_ui/handout_composer_dialog.h"
#include "handout_ui/handout_topic_tree.h"
#include "settings/clinic_keys.h"
#include "settings/clinic_settings.h"
#include "settings/managed_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

namespace cg {

namespace {

// Before managed settings, the composer saved the clinic's details under these keys, which
// froze a copy of the administrator's values in every user's file; they are dropped on save.
const QStringList kLegacyClinicKeys = {QStringLiteral("handout/clinic_name"),
                                       QStringLiteral("handout/clinic_phone")};

} // namespace

HandoutRequest HandoutComposerDialog::request() const {
    HandoutRequest request;
    request.topics = m_topics->checkedTopics();
    // The preset shapes the layout (the two-page handout is compact and asks fewer questions);
    // once the reader changes its topics the preset is left behind (onTopicsChanged).
    request.preset = m_presetCombo->currentData().toString();
    request.language = m_languageCombo->currentData().toString();
    request.secondLanguage = m_secondCombo->currentData().toString();
    if (request.secondLanguage == request.language) {
        request.secondLanguage.clear(); // the same language twice is one language
    }
    request.largePrint = m_largePrint->isChecked();
    request.includeQuestions = m_questions->isChecked();
    request.includeTeachBack = m_teachBack->isChecked();
    request.patientName = m_patientName->text().trimmed();
    request.condition = m_conditionCombo->currentData().toString();
    request.clinicianNote = m_note->toPlainText().trimmed();
    request.clinicName = m_clinicName->text().trimmed();
    request.clinicPhone = m_clinicPhone->text().trimmed();
    request.paper = static_cast<HandoutRequest::Paper>(m_paperCombo->currentData().toInt());
    return request;
}

HandoutDocument HandoutComposerDialog::buildDocument() const {
    return HandoutDocumentBuilder(m_repository).build(request());
}

void HandoutComposerDialog::paintPreview(QPrinter *printer) {
    if (m_topics->checkedTopics().isEmpty()) {
        return;
    }
    const HandoutDocument document = buildDocument();
    const HandoutRenderer renderer(document);
    renderer.preparePageLayout(*printer);
    renderer.render(*printer);
}

HandoutExportResult HandoutComposerDialog::exportTo(const QString &path) {
    if (!m_permissions.saving) {
        return {false, 0, tr("saving files is turned off on this computer")};
    }
    // Content that could not be read (the database cut short while the guide runs) would leave
    // parts of the handout out without a word: such a handout is not saved.
    const ContentDatabase &database = m_repository.database();
    const int failures = database.queryFailureCount();
    const HandoutDocument document = buildDocument();
    if (database.queryFailureCount() > failures) {
        HandoutExportResult failed;
        failed.error = database.lastQueryFailure();
        return failed;
    }
    HandoutExportResult result = exportHandoutFile(document, path);
    if (result.ok) {
        saveRememberedSettings();
    }
    return result;
}

void HandoutComposerDialog::showPreviewDialog() {
    if (!m_permissions.saving) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    const HandoutDocument document = buildDocument();
    const HandoutRenderer renderer(document);
    renderer.preparePageLayout(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Handout preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&renderer](QPrinter *target) { renderer.render(*target); });
    dialog.exec();
    // Its "Export to PDF" button printed into the file it asked for: check what arrived.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        checkPrintedFile(printer.outputFileName());
    }
}

bool HandoutComposerDialog::checkPrintedFile(const QString &path) {
    // QPrinter reports no write error: a file that is missing, empty or cut short (a full disk)
    // would pass for a saved handout. A PDF ends with "%%EOF".
    QFile file(path);
    bool whole = file.open(QIODevice::ReadOnly) && file.size() > 0;
    if (whole && handoutFormatForPath(path) == HandoutFormat::Pdf) {
        whole =
            file.seek(std::max<qint64>(0, file.size() - 32)) && file.readAll().contains("%%EOF");
    }
    if (whole) {
        m_savedPath = path;
        showSavedPath();
        return true;
    }
    const QString reason =
        QFileInfo(QFileInfo(path).absolutePath()).isDir()
            ? tr("the file is missing or incomplete; check the free space and that you may "
                 "write there, or choose another place")
            : QCoreApplication::translate("HandoutExport",
                                          "the folder does not exist; choose another place");
    QMessageBox box(
        QMessageBox::Warning, tr("Save handout"),
        tr("The handout could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), reason),
        QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("saveFailedMessage"));
    box.exec();
    return false;
}

bool HandoutComposerDialog::printTo(QPrinter &printer) {
    const bool toFile =
        printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty();
    if (toFile ? !m_permissions.saving : !m_permissions.printing) {
        return false;
    }
    // The page layout is the printer's: print() set it from the handout before its dialog,
    // where the user may have changed it.
    const HandoutDocument document = buildDocument();
    printer.setDocName(document.title); // the job name shows in print queues: never the patient
    const int pages = HandoutRenderer(document).render(printer);
    if (toFile) {
        return checkPrintedFile(printer.outputFileName());
    }
    if (pages == 0) {
        QMessageBox::warning(this, tr("Print handout"), tr("The handout could not be printed."));
        return false;
    }
    return true;
}

void HandoutComposerDialog::print() {
    if (!m_permissions.printing) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    {
        const HandoutDocument document = buildDocument();
        HandoutRenderer(document).preparePageLayout(printer);
        printer.setDocName(document.title); // the job name shows in print queues
    }
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print handout"));
    // "Print to file" would save a file where saving is not allowed (a kiosk, or the clinic's
    // choice).
    dialog.setOption(QAbstractPrintDialog::PrintToFile, m_permissions.saving);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!printTo(printer)) {
        return;
    }
    saveRememberedSettings();
}

void HandoutComposerDialog::saveAs(HandoutFormat format) {
    if (!m_permissions.saving) {
        return;
    }
    const bool pdf = format == HandoutFormat::Pdf;
    // A neutral file name: the patient's name stays out of file names and recent-file lists.
    const QString name = QStringLiteral("calcinosis-handout-%1-%2.%3")
                             .arg(m_languageCombo->currentData().toString(),
                                  QDate::currentDate().toString(Qt::ISODate),
                                  pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save handout as PDF") : tr("Save handout as a web page"),
        QDir(folder).filePath(name), pdf ? tr("PDF files (*.pdf)") : tr("Web pages (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    QString target = path;
    if (handoutFormatForPath(target) != format) {
        target += pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    }
    saveTo(target);
}

bool HandoutComposerDialog::saveTo(const QString &path) {
    const HandoutExportResult result = exportTo(path);
    if (!result.ok) {
        QMessageBox box(QMessageBox::Warning, tr("Save handout"),
                        tr("The handout could not be saved to %1: %2")
                            .arg(QDir::toNativeSeparators(path), result.error),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("saveFailedMessage"));
        box.exec();
        return false;
    }
    m_savedPath = path;
    showSavedPath();
    return true;
}

void HandoutComposerDialog::loadRememberedSettings() {
    const ManagedSettings settings = ManagedSettings::load();
    const ClinicDetails clinic = ClinicDetails::resolve(settings);
    m_clinicName->setText(clinic.name);
    m_clinicPhone->setText(clinic.phone);
    // Read-only where the administrator locked it; retranslateUi() explains why in a tooltip.
    m_clinicName->setReadOnly(settings.isLocked(clinic_keys::kClinicName));
    m_clinicPhone->setReadOnly(settings.isLocked(clinic_keys::kClinicPhone));

    const HandoutDefaults defaults = HandoutDefaults::from(settings);
    m_permissions.saving = m_permissions.saving && defaults.savingAllowed;
    const int paper = m_paperCombo->findData(static_cast<int>(defaults.paper));
    m_paperCombo->setCurrentIndex(paper >= 0 ? paper : 0);
    m_paperCombo->setEnabled(!settings.isLocked(clinic_keys::kHandoutPaper));
    const int language = m_languageCombo->findData(defaults.language);
    if (language >= 0) {
        m_languageCombo->setCurrentIndex(language);
    }
    // The clinic's usual handout, else the two-page key points most visits need.
    const int preset = m_presetCombo->findData(defaults.preset);
    applyPreset(preset > 0 ? preset
                           : m_presetCombo->findData(QString::fromLatin1(kDefaultHandoutPreset)));
}

void HandoutComposerDialog::saveRememberedSettings() const {
    if (!m_permissions.remember) {
        return;
    }
    // Only what the user changed is stored; locked keys are not (setUserValue refuses them).
    ManagedSettings settings = ManagedSettings::load();
    settings.setUserValue(clinic_keys::kClinicName, m_clinicName->text().trimmed());
    settings.setUserValue(clinic_keys::kClinicPhone, m_clinicPhone->text().trimmed());
    // "Automatic" is stored as nothing, so it follows the administrator's paper if one is set.
    const auto paper = static_cast<HandoutRequest::Paper>(m_paperCombo->currentData().toInt());
    settings.setUserValue(clinic_keys::kHandoutPaper, paper == HandoutRequest::Paper::FromLocale
                                                          ? QString()
                                                          : paperName(paper));
    QSettings user;
    for (const QString &key : kLegacyClinicKeys) {
        user.remove(key);
    }
}

void HandoutComposerDialog::clearPatientDetails() {
    // setText() and clear() on these widgets also drop their undo history.
    if (m_patientName != nullptr) {
        m_patientName->setText(QString());
    }
    if (m_note != nullptr) {
        m_note->clear();
    }
    if (m_conditionCombo != nullptr) {
        m_conditionCombo->setCurrentIndex(0);
    }
}

void HandoutComposerDialog::done(int result) {
    m_previewTimer->stop();
    saveRememberedSettings();
    clearPatientDetails();
    QDialog::done(result);
}

} // namespace cg
