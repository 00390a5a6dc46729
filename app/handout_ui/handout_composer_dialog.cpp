// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout_ui/handout_composer_dialog.h"

#include "content/content_repository.h"
#include "handout/handout_presets.h"
#include "handout_ui/handout_topic_tree.h"
#include "language/language_manager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace cg {

namespace {
// The conditions a clinician can pick for the body sites on paper, in the content's ids.
const QStringList kHandoutConditions = {
    QStringLiteral("dermatomyositis"), QStringLiteral("juvenile-dermatomyositis"),
    QStringLiteral("systemic-sclerosis"), QStringLiteral("lupus")};
} // namespace

namespace {

// Rebuilding the preview takes a moment: wait until typing pauses.
constexpr int kPreviewDelayMs = 350;

} // namespace

HandoutComposerDialog::HandoutComposerDialog(const ContentRepository &repository,
                                             LanguageManager &languages, QWidget *parent)
    : HandoutComposerDialog(repository, languages, Permissions{}, parent) {}

HandoutComposerDialog::HandoutComposerDialog(const ContentRepository &repository,
                                             LanguageManager &languages,
                                             const Permissions &permissions, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_languages(languages), m_permissions(permissions),
      m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution)) {
    setObjectName(QStringLiteral("HandoutComposerDialog"));
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, [this]() { m_preview->updatePreview(); });

    buildUi();
    fillLanguageCombos();
    reloadContentLabels();
    loadRememberedSettings();
    applyPermissions(); // before the texts: a read-only clinic field gets its hint
    retranslateUi();
    connect(&m_languages, &LanguageManager::languageChanged, this,
            &HandoutComposerDialog::reloadContentLabels);
    // Never taller or wider than 90% of the free screen: the buttons must stay in sight.
    const QScreen *shown = screen() != nullptr ? screen() : QGuiApplication::primaryScreen();
    resize(shown != nullptr ? QSize(1180, 800).boundedTo(shown->availableGeometry().size() * 0.9)
                            : QSize(1180, 800));
}

HandoutComposerDialog::~HandoutComposerDialog() {
    clearPatientDetails();
}

void HandoutComposerDialog::buildUi() {
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildControls());
    scroll->setMinimumWidth(380);
    scroll->setFocusPolicy(Qt::NoFocus); // its fields are the stops, not the box around them

    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), splitter);
    m_preview->setObjectName(QStringLiteral("handoutPreview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            &HandoutComposerDialog::paintPreview);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            &HandoutComposerDialog::updatePageCount);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 760});

    m_buttons = new QDialogButtonBox(this);
    m_previewButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_printButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_savePdfButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveHtmlButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Close);
    m_printButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this,
            &HandoutComposerDialog::showPreviewDialog);
    connect(m_printButton, &QPushButton::clicked, this, &HandoutComposerDialog::print);
    connect(m_savePdfButton, &QPushButton::clicked, this, [this]() { saveAs(HandoutFormat::Pdf); });
    connect(m_saveHtmlButton, &QPushButton::clicked, this,
            [this]() { saveAs(HandoutFormat::Html); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Below the preview: how long the handout is, and where the last one was saved.
    m_pageCount = new QLabel(this);
    m_pageCount->setObjectName(QStringLiteral("pageCount"));
    m_savedLine = new QLabel(this);
    m_savedLine->setObjectName(QStringLiteral("savedLine"));
    m_savedLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savedLine->setWordWrap(true);
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_savedLine->hide();
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this, [this]() {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
    });
    auto *status = new QHBoxLayout;
    status->addWidget(m_pageCount);
    status->addWidget(m_savedLine, 1);
    status->addWidget(m_openFolder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(status);
    layout->addWidget(m_buttons);
}

QWidget *HandoutComposerDialog::buildControls() {
    auto *controls = new QWidget;
    auto *column = new QVBoxLayout(controls);

    // What to include.
    m_includeGroup = new QGroupBox(controls);
    auto *include = new QVBoxLayout(m_includeGroup);
    auto *presetRow = new QHBoxLayout;
    m_presetLabel = new QLabel(m_includeGroup);
    m_presetCombo = new QComboBox(m_includeGroup);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetLabel->setBuddy(m_presetCombo);
    presetRow->addWidget(m_presetLabel);
    presetRow->addWidget(m_presetCombo, 1);
    include->addLayout(presetRow);
    m_topics = new HandoutTopicTree(m_repository, m_includeGroup);
    m_topics->setObjectName(QStringLiteral("topicTree"));
    m_topics->setMinimumHeight(220);
    include->addWidget(m_topics, 1);
    auto *selectRow = new QHBoxLayout;
    m_selectAll = new QPushButton(m_includeGroup);
    m_clearAll = new QPushButton(m_includeGroup);
    selectRow->addWidget(m_selectAll);
    selectRow->addWidget(m_clearAll);
    selectRow->addStretch(1);
    include->addLayout(selectRow);
    m_emptyHint = new QLabel(m_includeGroup);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->hide();
    include->addWidget(m_emptyHint);
    m_questions = new QCheckBox(m_includeGroup);
    m_questions->setObjectName(QStringLiteral("questionsCheck"));
    m_teachBack = new QCheckBox(m_includeGroup);
    m_teachBack->setObjectName(QStringLiteral("teachBackCheck"));
    include->addWidget(m_questions);
    include->addWidget(m_teachBack);
    column->addWidget(m_includeGroup, 1);

    // Language and layout.
    m_layoutGroup = new QGroupBox(controls);
    auto *layoutForm = new QFormLayout(m_layoutGroup);
    m_languageLabel = new QLabel(m_layoutGroup);
    m_languageCombo = new QComboBox(m_layoutGroup);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_secondLabel = new QLabel(m_layoutGroup);
    m_secondCombo = new QComboBox(m_layoutGroup);
    m_secondCombo->setObjectName(QStringLiteral("secondLanguageCombo"));
    m_largePrint = new QCheckBox(m_layoutGroup);
    m_largePrint->setObjectName(QStringLiteral("largePrintCheck"));
    m_paperLabel = new QLabel(m_layoutGroup);
    m_paperCombo = new QComboBox(m_layoutGroup);
    m_paperCombo->setObjectName(QStringLiteral("paperCombo"));
    m_languageLabel->setBuddy(m_languageCombo);
    m_secondLabel->setBuddy(m_secondCombo);
    m_paperLabel->setBuddy(m_paperCombo);
    layoutForm->addRow(m_languageLabel, m_languageCombo);
    layoutForm->addRow(m_secondLabel, m_secondCombo);
    layoutForm->addRow(m_paperLabel, m_paperCombo);
    layoutForm->addRow(m_largePrint);
    column->addWidget(m_layoutGroup);

    // The patient: printed, never stored.
    m_patientGroup = new QGroupBox(controls);
    auto *patientForm = new QFormLayout(m_patientGroup);
    m_patientLabel = new QLabel(m_patientGroup);
    m_patientName = new QLineEdit(m_patientGroup);
    m_patientName->setObjectName(QStringLiteral("patientNameEdit"));
    // Keep input methods from learning or suggesting the name.
    m_patientName->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_noteLabel = new QLabel(m_patientGroup);
    m_note = new QPlainTextEdit(m_patientGroup);
    m_note->setObjectName(QStringLiteral("clinicianNoteEdit"));
    m_note->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(90);
    m_privacyHint = new QLabel(m_patientGroup);
    m_privacyHint->setWordWrap(true);
    // The patient's condition picks the body sites printed; like the name, it is never stored.
    m_conditionLabel = new QLabel(m_patientGroup);
    m_conditionCombo = new QComboBox(m_patientGroup);
    m_conditionCombo->setObjectName(QStringLiteral("conditionCombo"));
    m_conditionLabel->setBuddy(m_conditionCombo);
    connect(m_conditionCombo, &QComboBox::currentIndexChanged, this,
            &HandoutComposerDialog::schedulePreview);
    m_patientLabel->setBuddy(m_patientName);
    m_noteLabel->setBuddy(m_note);
    patientForm->addRow(m_patientLabel, m_patientName);
    patientForm->addRow(m_conditionLabel, m_conditionCombo);
    patientForm->addRow(m_noteLabel, m_note);
    patientForm->addRow(m_privacyHint);
    column->addWidget(m_patientGroup);

    // The clinic: remembered.
    m_clinicGroup = new QGroupBox(controls);
    auto *clinicForm = new QFormLayout(m_clinicGroup);
    m_clinicLabel = new QLabel(m_clinicGroup);
    m_clinicName = new QLineEdit(m_clinicGroup);
    m_clinicName->setObjectName(QStringLiteral("clinicNameEdit"));
    m_phoneLabel = new QLabel(m_clinicGroup);
    m_clinicPhone = new QLineEdit(m_clinicGroup);
    m_clinicPhone->setObjectName(QStringLiteral("clinicPhoneEdit"));
    m_clinicPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_clinicLabel->setBuddy(m_clinicName);
    m_phoneLabel->setBuddy(m_clinicPhone);
    clinicForm->addRow(m_clinicLabel, m_clinicName);
    clinicForm->addRow(m_phoneLabel, m_clinicPhone);
    column->addWidget(m_clinicGroup);

    // Every change refreshes the preview once the user pauses.
    connect(m_presetCombo, &QComboBox::activated, this, &HandoutComposerDialog::applyPreset);
    connect(m_topics, &HandoutTopicTree::basketChanged, this,
            &HandoutComposerDialog::onTopicsChanged);
    connect(m_selectAll, &QPushButton::clicked, this, [this]() { m_topics->setAllChecked(true); });
    connect(m_clearAll, &QPushButton::clicked, this, [this]() { m_topics->setAllChecked(false); });
    for (QCheckBox *box : {m_questions, m_teachBack, m_largePrint}) {
        connect(box, &QCheckBox::toggled, this, &HandoutComposerDialog::schedulePreview);
    }
    for (QComboBox *combo : {m_languageCombo, m_secondCombo, m_paperCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this,
                &HandoutComposerDialog::schedulePreview);
    }
    for (QLineEdit *edit : {m_patientName, m_clinicName, m_clinicPhone}) {
        connect(edit, &QLineEdit::textChanged, this, &HandoutComposerDialog::schedulePreview);
    }
    connect(m_note, &QPlainTextEdit::textChanged, this, &HandoutComposerDialog::schedulePreview);
    return controls;
}

void HandoutComposerDialog::fillLanguageCombos() {
    // Languages are named in their own language, so these need no translation.
    const QList<LocaleInfo> languages = m_languages.languages();
    for (const LocaleInfo &info : languages) {
        m_languageCombo->addItem(info.nativeName, info.code);
        m_secondCombo->addItem(info.nativeName, info.code);
    }
    m_secondCombo->insertItem(0, QString(), QString()); // "None", named in retranslateUi()
    m_secondCombo->setCurrentIndex(0);
    const int current = m_languageCombo->findData(m_languages.current());
    m_languageCombo->setCurrentIndex(current >= 0 ? current : 0);
    m_paperCombo->addItem(QString(), static_cast<int>(HandoutRequest::Paper::FromLocale));
    m_paperCombo->addItem(QString(), static_cast<int>(HandoutRequest::Paper::A4));
    m_paperCombo->addItem(QString(), static_cast<int>(HandoutRequest::Paper::Letter));
}

void HandoutComposerDialog::reloadContentLabels() {
    // Topic titles and preset names are content: shown in the interface language.
    const QString locale = m_languages.current().isEmpty() ? kSourceLocale : m_languages.current();
    m_topics->reload(locale);
    const QString condition = m_conditionCombo->currentData().toString();
    m_conditionCombo->clear();
    m_conditionCombo->addItem(tr("Not chosen (all conditions)"), QString());
    for (const QString &id : kHandoutConditions) {
        m_conditionCombo->addItem(
            m_repository.string(QStringLiteral("conditions.") + id, locale).text, id);
    }
    m_conditionCombo->setCurrentIndex(std::max(0, m_conditionCombo->findData(condition)));
    const int presetIndex = m_presetCombo->currentIndex();
    while (m_presetCombo->count() > 1) {
        m_presetCombo->removeItem(1);
    }
    if (m_presetCombo->count() == 0) {
        m_presetCombo->addItem(QString(), QString()); // "Your own choice"
    }
    for (const HandoutPreset &preset : handoutPresets()) {
        m_presetCombo->addItem(
            m_repository.string(QStringLiteral("presets.") + preset.id, locale).text, preset.id);
    }
    m_presetCombo->setCurrentIndex(presetIndex >= 0 ? presetIndex : 0);
}

void HandoutComposerDialog::retranslateUi() {
    setWindowTitle(tr("Print a handout"));
    m_includeGroup->setTitle(tr("What to include"));
    m_presetLabel->setText(tr("&Start from:"));
    m_presetCombo->setItemText(0, tr("Your own choice"));
    m_presetCombo->setAccessibleName(tr("Start from a ready-made handout"));
    m_topics->setAccessibleName(tr("Topics to include"));
    m_topics->setAccessibleDescription(
        tr("Tick a section to include all its topics, or tick single topics."));
    m_selectAll->setText(tr("Select &all"));
    m_selectAll->setAccessibleName(tr("Select all topics"));
    m_clearAll->setText(tr("C&lear"));
    m_clearAll->setAccessibleName(tr("Clear all topics"));
    m_emptyHint->setText(tr("Choose at least one topic to print a handout."));
    m_questions->setText(tr("&Questions to ask the care team (checklist)"));
    m_questions->setAccessibleName(tr("Include the questions checklist"));
    m_teachBack->setText(tr("&Teach-back checklist for the care team"));
    m_teachBack->setAccessibleName(tr("Include the teach-back checklist"));

    m_layoutGroup->setTitle(tr("Language and layout"));
    m_languageLabel->setText(tr("Handout lan&guage:"));
    m_languageCombo->setAccessibleName(tr("Handout language"));
    m_secondLabel->setText(tr("S&econd language:"));
    m_secondCombo->setAccessibleName(tr("Second language, printed after each passage"));
    m_secondCombo->setItemText(0, tr("None"));
    m_paperLabel->setText(tr("Paper si&ze:"));
    m_paperCombo->setAccessibleName(tr("Paper size"));
    const QString automaticSize =
        paperForLocale(QLocale::system()) == QPageSize::Letter ? tr("US Letter") : tr("A4");
    m_paperCombo->setItemText(0, tr("Automatic (%1)").arg(automaticSize));
    m_paperCombo->setItemText(1, tr("A4"));
    m_paperCombo->setItemText(2, tr("US Letter"));
    m_largePrint->setText(tr("La&rge print (18 pt, wide spacing)"));
    m_largePrint->setAccessibleName(tr("Large print"));

    m_patientGroup->setTitle(tr("For this patient"));
    m_patientLabel->setText(tr("Patient &name:"));
    m_conditionLabel->setText(tr("Cond&ition:"));
    m_conditionCombo->setItemText(0, tr("Not chosen (all conditions)"));
    m_conditionCombo->setAccessibleName(tr("The patient's condition"));
    m_conditionCombo->setToolTip(tr("Prints the usual places of lumps for this condition. Not "
                                    "stored."));
    m_patientName->setAccessibleName(tr("Patient name"));
    m_noteLabel->setText(tr("N&ote from the care team:"));
    m_note->setAccessibleName(tr("Note from the care team"));
    m_privacyHint->setText(tr("Printed on the handout only. Never saved: both fields are "
                              "emptied when this window closes."));

    m_clinicGroup->setTitle(m_permissions.remember ? tr("Clinic (remembered on this computer)")
                                                   : tr("Clinic"));
    m_clinicLabel->setText(tr("&Clinic name:"));
    m_clinicName->setAccessibleName(tr("Clinic name"));
    m_phoneLabel->setText(tr("Clinic p&hone:"));
    m_clinicPhone->setAccessibleName(tr("Clinic phone number"));
    const QString lockHint = tr("Set for every user of this computer by the administrator.");
    for (QLineEdit *edit : {m_clinicName, m_clinicPhone}) {
        edit->setToolTip(edit->isReadOnly() ? lockHint : QString());
    }

    m_preview->setAccessibleName(tr("Handout preview"));
    for (QWidget *inner : m_preview->findChildren<QWidget *>()) {
        if ((inner->focusPolicy() & Qt::TabFocus) != 0) {
            inner->setAccessibleName(tr("Handout preview")); // the page view inside it
        }
    }
    m_openFolder->setText(tr("Open &folder"));
    m_openFolder->setAccessibleName(tr("Open the folder of the saved handout"));
    updatePageCount();
    showSavedPath();
    m_previewButton->setText(tr("Pre&view…"));
    m_previewButton->setAccessibleName(tr("Open a full preview"));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setAccessibleName(tr("Print the handout"));
    m_savePdfButton->setText(tr("Save P&DF…"));
    m_savePdfButton->setAccessibleName(tr("Save the handout as PDF"));
    m_saveHtmlButton->setText(tr("Save HT&ML…"));
    m_saveHtmlButton->setAccessibleName(tr("Save the handout as a web page"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setText(tr("Close"));
        close->setAccessibleName(tr("Close and forget the patient's details"));
    }
}

void HandoutComposerDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void HandoutComposerDialog::updatePageCount() {
    const int pages = m_topics->checkedTopics().isEmpty() ? 0 : m_preview->pageCount();
    // Spelled out, not "%n page(s)": English has no plural forms file to turn that into words.
    QString text;
    if (pages == 1) {
        text = tr("About 1 page");
    } else if (pages > 1) {
        text = tr("About %1 pages").arg(pages);
    }
    m_pageCount->setText(text);
    m_pageCount->setAccessibleName(m_pageCount->text());
}

void HandoutComposerDialog::showSavedPath() {
    if (m_savedPath.isEmpty()) {
        return;
    }
    m_savedLine->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(m_savedPath)));
    m_savedLine->show();
    m_openFolder->show();
}

void HandoutComposerDialog::applyPreset(int index) {
    const auto preset = findHandoutPreset(m_presetCombo->itemData(index).toString());
    if (!preset) {
        return; // "Your own choice" keeps the current ticks
    }
    m_presetCombo->setCurrentIndex(index);
    m_questions->setChecked(preset->questions);
    m_teachBack->setChecked(preset->teachBack);
    m_topics->setCheckedTopics(preset->topics);
}

void HandoutComposerDialog::onTopicsChanged() {
    // A manual change leaves the preset behind.
    const auto preset = findHandoutPreset(m_presetCombo->currentData().toString());
    QStringList presetTopics = preset ? preset->topics : QStringList();
    QStringList checked = m_topics->checkedTopics();
    presetTopics.sort();
    checked.sort();
    if (preset && presetTopics != checked) {
        m_presetCombo->setCurrentIndex(0);
    }
    m_emptyHint->setVisible(m_topics->checkedTopics().isEmpty());
    updateOutputButtons();
    schedulePreview();
}

void HandoutComposerDialog::applyPermissions() {
    // Not permitted means not there: hidden, and disabled so no shortcut reaches it either.
    m_savePdfButton->setVisible(m_permissions.saving);
    m_saveHtmlButton->setVisible(m_permissions.saving);
    m_printButton->setVisible(m_permissions.printing);
    // Qt's full preview window prints on its own, with a way to save a PDF: without saving it
    // stays closed, and the live preview beside the controls is the preview.
    m_previewButton->setVisible(m_permissions.saving);
    // Nothing is remembered (a kiosk): the clinic's details are the administrator's to set.
    if (!m_permissions.remember) {
        m_clinicName->setReadOnly(true);
        m_clinicPhone->setReadOnly(true);
        // Two empty boxes a visitor cannot type in would only puzzle them.
        m_clinicGroup->setVisible(!m_clinicName->text().isEmpty() ||
                                  !m_clinicPhone->text().isEmpty());
    }
    updateOutputButtons();
}

void HandoutComposerDialog::updateOutputButtons() {
    const bool any = !m_topics->checkedTopics().isEmpty();
    m_previewButton->setEnabled(any && m_permissions.saving);
    m_printButton->setEnabled(any && m_permissions.printing);
    m_savePdfButton->setEnabled(any && m_permissions.saving);
    m_saveHtmlButton->setEnabled(any && m_permissions.saving);
}

void HandoutComposerDialog::schedulePreview() {
    m_previewTimer->start();
}

} // namespace cg
