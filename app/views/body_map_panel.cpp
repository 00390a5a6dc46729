// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/body_map_panel.h"

#include "content/body_sites.h"
#include "content/content_repository.h"
#include "document/content_html.h"
#include "views/view_context.h"
#include "widgets/body_map_widget.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cg {

BodyMapPanel::BodyMapPanel(ViewContext &context, QWidget *parent)
    : CardFrame(parent), m_context(context) {
    setObjectName(QStringLiteral("bodyMapPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 14, 16, 16);
    outer->setSpacing(8);

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    outer->addWidget(m_heading);
    outer->addWidget(m_caption);

    auto *row = new QHBoxLayout;
    row->setSpacing(20);
    m_row = row;
    m_map = new BodyMapWidget(this);
    row->addWidget(m_map, 3);

    auto *side = new QVBoxLayout;
    side->setSpacing(6);
    m_chooseLabel = new QLabel(this);
    m_chooseLabel->setWordWrap(true);
    m_choices = new QWidget(this);
    m_choiceLayout = new QVBoxLayout(m_choices);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceLayout->setSpacing(4);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_placesHeading = new QLabel(this);
    m_places = new QLabel(this);
    m_places->setWordWrap(true);
    m_places->setTextFormat(Qt::RichText);
    side->addWidget(m_chooseLabel);
    side->addWidget(m_choices);
    side->addSpacing(10);
    side->addWidget(m_placesHeading);
    side->addWidget(m_places);
    side->addStretch(1);
    row->addLayout(side, 2);
    outer->addLayout(row);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int index) {
        if (index >= 0 && index < m_conditions.size()) {
            setCurrentCondition(m_conditions.at(index));
        }
    });
    retranslate();
}

void BodyMapPanel::retranslate() {
    m_chooseLabel->setText(tr("Show the usual places for:"));
    m_placesHeading->setText(QStringLiteral("<b>%1</b>").arg(tr("Usual places").toHtmlEscaped()));
    m_choices->setAccessibleName(tr("Underlying disease"));
    m_map->setViewLabels(tr("Front"), tr("Back"));
    m_map->setAccessibleName(tr("Body map"));
}

void BodyMapPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    CardFrame::changeEvent(event);
}

void BodyMapPanel::populate(const QList<Item> &sites, const QString &heading) {
    m_sites = sites;
    const ContentHtml &html = m_context.html();
    QFont headingFont;
    headingFont.setPointSizeF(m_context.options().bodyPointSize() * 1.3);
    headingFont.setWeight(QFont::Bold);
    m_heading->setFont(headingFont);
    m_heading->setText(heading);
    m_caption->setText(html.label(QStringLiteral("body_map_caption")));
    const DocumentColors colors = m_context.colors();
    m_map->setAccentColor(QColor(colors.accent));
    setBorderColor(QColor(m_context.cardBorderColor()));

    // Offer the diseases the content has sites for, in the content's own order.
    m_conditions.clear();
    const QStringList allConditions = m_context.repository().conditionIds();
    for (const QString &condition : allConditions) {
        for (const Item &site : std::as_const(m_sites)) {
            if (site.conditions.contains(condition)) {
                m_conditions.append(condition);
                break;
            }
        }
    }
    rebuildChoices();
    if (!m_conditions.contains(m_condition)) {
        m_condition = m_conditions.isEmpty() ? QString() : m_conditions.constFirst();
    }
    setCurrentCondition(m_condition);
}

void BodyMapPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // The page's visible width decides, not this panel's own (which never goes below what
    // its contents need): watch the viewport of the page it sits in.
    if (m_watchedPage == nullptr) {
        for (QWidget *up = parentWidget(); up != nullptr; up = up->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(up)) {
                m_watchedPage = area->viewport();
                m_watchedPage->installEventFilter(this);
                break;
            }
        }
    }
    if (m_watchedPage != nullptr) {
        fitToPage(m_watchedPage->width());
    }
}

bool BodyMapPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_watchedPage && event->type() == QEvent::Resize) {
        fitToPage(m_watchedPage->width());
    }
    return QWidget::eventFilter(watched, event);
}

void BodyMapPanel::fitToPage(int pageWidth) {
    int choices = 0;
    for (const QAbstractButton *button : m_group->buttons()) {
        choices = qMax(choices, button->sizeHint().width());
    }
    const int sideBySide = m_map->minimumSizeHint().width() + m_row->spacing() + choices;
    const auto direction =
        sideBySide + 64 > pageWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_row->direction() != direction) {
        m_row->setDirection(direction);
    }
}

void BodyMapPanel::rebuildChoices() {
    const QList<QAbstractButton *> old = m_group->buttons();
    for (QAbstractButton *button : old) {
        m_group->removeButton(button);
        delete button;
    }
    const ContentHtml &html = m_context.html();
    for (qsizetype i = 0; i < m_conditions.size(); ++i) {
        auto *radio = new QRadioButton(
            html.label(QStringLiteral("conditions.") + m_conditions.at(i)), m_choices);
        m_group->addButton(radio, static_cast<int>(i));
        m_choiceLayout->addWidget(radio);
    }
}

void BodyMapPanel::setCurrentCondition(const QString &condition) {
    m_condition = condition;
    const qsizetype index = m_conditions.indexOf(condition);
    if (QAbstractButton *button = m_group->button(static_cast<int>(index))) {
        button->setChecked(true);
    }
    updateHighlight();
}

QString BodyMapPanel::placesText() const {
    const ContentHtml &html = m_context.html();
    QStringList names;
    const QStringList regions = regionsForCondition(m_sites, m_condition);
    for (const QString &region : regions) {
        names.append(html.label(QStringLiteral("regions.") + region));
    }
    return names.join(QStringLiteral(", "));
}

void BodyMapPanel::updateHighlight() {
    const ContentHtml &html = m_context.html();
    const QStringList regions = regionsForCondition(m_sites, m_condition);
    m_map->setHighlightedRegions(regions);
    QString list = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &region : regions) {
        list += QStringLiteral("<li>%1</li>")
                    .arg(html.label(QStringLiteral("regions.") + region).toHtmlEscaped());
    }
    m_places->setText(list + QStringLiteral("</ul>"));
    // The picture in words, for screen readers: what it is, then what is marked.
    m_map->setAccessibleDescription(html.label(QStringLiteral("body_map_alt")) + QLatin1Char(' ') +
                                    html.label(QStringLiteral("conditions.") + m_condition) +
                                    QStringLiteral(": ") + placesText() + QLatin1Char('.'));
}

} // namespace cg
