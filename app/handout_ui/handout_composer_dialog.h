// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handout/handout_export.h"
#include "handout/handout_request.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QTimer;

namespace cg {

class ContentRepository;
class HandoutTopicTree;
class LanguageManager;
struct HandoutDocument;

// Composes a handout in clinic: which topics (or a preset), in which language (independent of
// the window's), with an optional second language, large print, paper size, the patient's name
// and a note, the clinic's name and phone, and the checklists; a live preview beside it; and
// preview, print, PDF and HTML outputs.
//
// Privacy: the patient's name and the note are printed but never stored or logged. They live
// only in their two fields, which are emptied when the dialog closes. The clinic's name and
// phone (and the paper size) start from the managed clinic settings (ManagedSettings); only a
// user's own change to an unlocked one is remembered, in the user's settings.
class HandoutComposerDialog : public QDialog {
    Q_OBJECT

public:
    // What the composer may do with a handout besides previewing it. Saving also needs the
    // clinic's settings to allow it (clinic.conf [handout] saving).
    struct Permissions {
        bool saving = true;
        bool printing = true;
        // Whether the composer keeps the clinic and paper for next time. A kiosk keeps
        // nothing: one visitor's changes must not reach the next visitor's handouts.
        bool remember = true;
    };

    HandoutComposerDialog(const ContentRepository &repository, LanguageManager &languages,
                          QWidget *parent = nullptr);
    HandoutComposerDialog(const ContentRepository &repository, LanguageManager &languages,
                          const Permissions &permissions, QWidget *parent = nullptr);
    ~HandoutComposerDialog() override;

    // The handout as the controls describe it now.
    HandoutRequest request() const;

    // Writes the handout to path (.pdf or .html) with no file dialog; the Save buttons use it.
    // Refused (nothing written) when saving is not permitted.
    HandoutExportResult exportTo(const QString &path);
    Permissions permissions() const { return m_permissions; }
    // What Save PDF and Save HTML do once a name is chosen: exportTo(), and on failure a warning
    // dialog saying what went wrong, where, and what to do. Returns whether the file was saved.
    bool saveTo(const QString &path);
    // What Print does once the print dialog is accepted: the handout into `printer`. Printing
    // to a file (a PDF file name set) needs saving to be permitted, and the file is then checked
    // (there, not empty, not cut short), with the same warning as saveTo() when it is not.
    // Returns whether the handout was printed (or the file written whole).
    bool printTo(QPrinter &printer);

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildControls();
    void retranslateUi();
    void reloadContentLabels();
    void fillLanguageCombos();
    void applyPreset(int index);
    void updatePageCount();
    void showSavedPath();
    void onTopicsChanged();
    void schedulePreview();
    void paintPreview(QPrinter *printer);
    HandoutDocument buildDocument() const;

    void showPreviewDialog();
    bool checkPrintedFile(const QString &path);
    void print();
    void saveAs(HandoutFormat format);

    void applyPermissions();
    void updateOutputButtons();
    void loadRememberedSettings();
    void saveRememberedSettings() const;
    void clearPatientDetails();

    const ContentRepository &m_repository;
    LanguageManager &m_languages;
    Permissions m_permissions;

    QGroupBox *m_includeGroup = nullptr;
    QLabel *m_presetLabel = nullptr;
    QComboBox *m_presetCombo = nullptr;
    HandoutTopicTree *m_topics = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_clearAll = nullptr;
    QCheckBox *m_questions = nullptr;
    QCheckBox *m_teachBack = nullptr;
    QLabel *m_emptyHint = nullptr;

    QGroupBox *m_layoutGroup = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_secondLabel = nullptr;
    QComboBox *m_secondCombo = nullptr;
    QCheckBox *m_largePrint = nullptr;
    QLabel *m_paperLabel = nullptr;
    QComboBox *m_paperCombo = nullptr;

    QGroupBox *m_patientGroup = nullptr;
    QLabel *m_patientLabel = nullptr;
    QLineEdit *m_patientName = nullptr;
    QLabel *m_conditionLabel = nullptr;
    QComboBox *m_conditionCombo = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_privacyHint = nullptr;

    QGroupBox *m_clinicGroup = nullptr;
    QLabel *m_clinicLabel = nullptr;
    QLineEdit *m_clinicName = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_clinicPhone = nullptr;

    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_savePdfButton = nullptr;
    QPushButton *m_saveHtmlButton = nullptr;

    QLabel *m_pageCount = nullptr;
    QLabel *m_savedLine = nullptr;
    QPushButton *m_openFolder = nullptr;
    QString m_savedPath; // the last saved handout: a file the user chose, never the patient
};

} // namespace cg
