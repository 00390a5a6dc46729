// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "widgets/card_frame.h"

class QBoxLayout;
class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace cg {

class BodyMapWidget;
class ViewContext;

// "Where lumps often form": the body map with a choice of underlying disease, and the same
// places listed in words beside the drawing (and in its accessible description).
class BodyMapPanel : public CardFrame {
    Q_OBJECT

public:
    BodyMapPanel(ViewContext &context, QWidget *parent = nullptr);

    // The body-site items of the overview, and the label of their category.
    void populate(const QList<Item> &sites, const QString &heading);
    QStringList conditions() const { return m_conditions; }
    QString currentCondition() const { return m_condition; }
    void setCurrentCondition(const QString &condition);
    // The highlighted places in words, as the caption shows them.
    QString placesText() const;
    BodyMapWidget *map() const { return m_map; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QBoxLayout *m_row = nullptr;
    QWidget *m_watchedPage = nullptr;
    void retranslate();
    // Map and choices side by side when the page has room, else the choices under the map.
    void fitToPage(int pageWidth);
    void rebuildChoices();
    void updateHighlight();

    ViewContext &m_context;
    QList<Item> m_sites;
    QStringList m_conditions;
    QString m_condition;
    QLabel *m_heading = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_chooseLabel = nullptr;
    QLabel *m_placesHeading = nullptr;
    QLabel *m_places = nullptr;
    QWidget *m_choices = nullptr;
    QVBoxLayout *m_choiceLayout = nullptr;
    QButtonGroup *m_group = nullptr;
    BodyMapWidget *m_map = nullptr;
};

} // namespace cg
