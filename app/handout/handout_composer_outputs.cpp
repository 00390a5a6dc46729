// The composer's outputs (live preview, full preview, print, PDF, HTML) and what it remembers.
#include "content/content_database.h"
#include "content/content_repository.h"
#include "handout/handout_composer_dialog.h"
#include "handout/handout_document_builder.h"
#include "handout/handout_renderer.h"
#include "handout/handout_topic_tree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
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

namespace cg {

namespace {

// Only the clinic's details and the paper size are remembered; never anything about a patient.
QString clinicNameKey() {
    return QStringLiteral("handout/clinic_name");
}
QString clinicPhoneKey() {
    return QStringLiteral("handout/clinic_phone");
}
QString paperKey() {
    return QStringLiteral("handout/paper");
}

} // namespace

HandoutRequest HandoutComposerDialog::request() const {
    HandoutRequest request;
    request.topics = m_topics->checkedTopics();
    request.language = m_languageCombo->currentData().toString();
    request.secondLanguage = m_secondCombo->currentData().toString();
    if (request.secondLanguage == request.language) {
        request.secondLanguage.clear(); // the same language twice is one language
    }
    request.largePrint = m_largePrint->isChecked();
    request.includeQuestions = m_questions->isChecked();
    request.includeTeachBack = m_teachBack->isChecked();
    request.patientName = m_patientName->text().trimmed();
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
    const HandoutExportResult result = exportHandoutFile(document, path);
    if (result.ok) {
        saveRememberedSettings();
    }
    return result;
}

void HandoutComposerDialog::showPreviewDialog() {
    QPrinter printer(QPrinter::HighResolution);
    const HandoutDocument document = buildDocument();
    const HandoutRenderer renderer(document);
    renderer.preparePageLayout(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Handout preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&renderer](QPrinter *target) { renderer.render(*target); });
    dialog.exec();
}

void HandoutComposerDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    const HandoutDocument document = buildDocument();
    const HandoutRenderer renderer(document);
    renderer.preparePageLayout(printer);
    printer.setDocName(document.title); // the job name shows in print queues: never the patient
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print handout"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (renderer.render(printer) == 0) {
        QMessageBox::warning(this, tr("Print handout"), tr("The handout could not be printed."));
        return;
    }
    saveRememberedSettings();
}

void HandoutComposerDialog::saveAs(HandoutFormat format) {
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
    }
    return result.ok;
}

void HandoutComposerDialog::loadRememberedSettings() {
    const QSettings settings;
    m_clinicName->setText(settings.value(clinicNameKey()).toString());
    m_clinicPhone->setText(settings.value(clinicPhoneKey()).toString());
    const int paper = m_paperCombo->findData(settings.value(paperKey(), 0).toInt());
    m_paperCombo->setCurrentIndex(paper >= 0 ? paper : 0);
}

void HandoutComposerDialog::saveRememberedSettings() const {
    QSettings settings;
    settings.setValue(clinicNameKey(), m_clinicName->text().trimmed());
    settings.setValue(clinicPhoneKey(), m_clinicPhone->text().trimmed());
    settings.setValue(paperKey(), m_paperCombo->currentData().toInt());
}

void HandoutComposerDialog::clearPatientDetails() {
    // setText() and clear() on these widgets also drop their undo history.
    if (m_patientName != nullptr) {
        m_patientName->setText(QString());
    }
    if (m_note != nullptr) {
        m_note->clear();
    }
}

void HandoutComposerDialog::done(int result) {
    m_previewTimer->stop();
    saveRememberedSettings();
    clearPatientDetails();
    QDialog::done(result);
}

} // namespace cg
