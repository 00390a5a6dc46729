// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "views/section_view.h"

class QButtonGroup;
class QHBoxLayout;
class QLabel;

namespace cg {

class ChecklistBox;

// Signs and diagnosis: the signs as a checklist to take to the visit, the tests one kind at a
// time (exam, blood tests, imaging, biopsy) with what each shows and what to expect, then the
// topics.
class DiagnosisView final : public SectionView {
    Q_OBJECT

public:
    explicit DiagnosisView(ViewContext &context, QWidget *parent = nullptr);

    bool showTarget(const QString &id) override;

    ChecklistBox *symptoms() const { return m_symptoms; }
    QString currentTestKind() const { return m_testKind; }
    void setTestKind(const QString &categoryId);
    QStringList testKinds() const { return m_testKinds; }
    QWidget *testsHeading() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void populate() override;
    void retranslate() override;

private:
    // The kinds of test side by side when they fit, else one under another (big text).
    void fitKindBar();
    void rebuildKindButtons();
    void renderTests();

    RichBlock *m_header = nullptr;
    ChecklistBox *m_symptoms = nullptr;
    QLabel *m_testsHeading = nullptr;
    QWidget *m_kindBar = nullptr;
    QHBoxLayout *m_kindLayout = nullptr;
    QButtonGroup *m_kindGroup = nullptr;
    RichBlock *m_tests = nullptr;
    RichBlock *m_topics = nullptr;
    QList<Item> m_items;
    QList<Category> m_categories;
    QStringList m_testKinds;
    QString m_testKind;
};

} // namespace cg
