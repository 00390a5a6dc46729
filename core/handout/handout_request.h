// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace cg {

// What a clinician asks for when printing a handout. It lives only as long as the print or
// export takes: the patient's name and the clinician's note are printed, never stored.
struct HandoutRequest {
    enum class Paper { FromLocale, A4, Letter };

    // What to include. Presets, sections and topics add up; nothing at all means every section.
    QString preset;       // "newly-diagnosed", "treatment-options", "living-with-calcinosis"
    QStringList sections; // section keys: every topic of the section
    QStringList topics;   // topic ids

    QString language = QStringLiteral("en"); // the handout's language (not the window's)
    QString secondLanguage; // bilingual: each passage followed by its translation; empty: none

    bool largePrint = false;
    bool includeQuestions = true;  // questions-to-ask checklist
    bool includeTeachBack = false; // teach-back checklist for the care team

    QString patientName;   // "Prepared for ..."; printed, never stored
    QString clinicianNote; // printed, never stored
    QString clinicName;
    QString clinicPhone;
    // The patient's condition (a condition id such as "systemic-sclerosis"), or empty: picks
    // the usual body sites printed. Printed as a choice, never stored.
    QString condition;

    Paper paper = Paper::FromLocale;
    QDate date; // the printing date; invalid means today

    bool isBilingual() const { return !secondLanguage.isEmpty() && secondLanguage != language; }
};

// Letter in the countries that use it (the US, Canada, Mexico and a few more), A4 elsewhere.
QPageSize::PageSizeId paperForLocale(const QLocale &locale);

// The page size a request prints on; FromLocale follows the system locale, i.e. where the
// printer is, not the language of the handout.
QPageSize pageSizeFor(HandoutRequest::Paper paper, const QLocale &system = QLocale::system());

} // namespace cg
