// SPDX-License-Identifier: GPL-3.0-or-later
// Each view shows what the real content database holds, in the way its content asks for.
#include "document/content_html.h"
#include "view_helpers.h"
#include "views/body_map_panel.h"
#include "views/causes_view.h"
#include "views/checklist_box.h"
#include "views/diagnosis_view.h"
#include "views/glossary_view.h"
#include "views/living_view.h"
#include "views/overview_view.h"
#include "views/sources_view.h"
#include "views/treatment_view.h"
#include "views/view_context.h"
#include "widgets/body_map_widget.h"
#include "widgets/check_row.h"
#include "widgets/reading_page.h"
#include "window_fixture.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QScrollBar>
#include <QTextDocumentFragment>

namespace cg::test {
namespace {

const QString kEn = QStringLiteral("en");

template <typename View> View *show(MainWindow &window, Page page) {
    window.openPage(page);
    QCoreApplication::processEvents();
    return qobject_cast<View *>(window.currentView());
}

TEST_F(WindowTest, EverySectionShowsItsTopicsWithSourcesAndReviewDate) {
    MainWindow &window = openWindow();
    const ContentHtml html(*m_repository, kEn, DocumentOptions{});
    for (const Page section : kSectionPages) {
        window.openPage(section);
        const QString text = viewText(window.currentView());
        const QList<Topic> topics = m_repository->topics(section, kEn);
        for (const Topic &topic : topics) {
            EXPECT_TRUE(text.contains(topic.title)) << topic.id.toStdString();
        }
        EXPECT_EQ(text.count(html.reviewLine()), topics.size()) << pageKey(section).toStdString();
        const QString sources = html.sourcesLine(topics.constFirst().sources);
        // sourcesLine is HTML; compare its words.
        EXPECT_TRUE(text.contains(QTextDocumentFragment::fromHtml(sources).toPlainText()))
            << pageKey(section).toStdString();
    }
}

TEST_F(WindowTest, OverviewShowsFactsTypesAndTheBodyMap) {
    MainWindow &window = openWindow();
    auto *overview = show<OverviewView>(window, Page::Overview);
    ASSERT_NE(overview, nullptr);
    const QString text = viewText(overview);
    const QList<Item> facts = m_repository->items(Page::Overview, kEn, QStringLiteral("fact"));
    const QList<Item> types = m_repository->items(Page::Overview, kEn, QStringLiteral("type"));
    ASSERT_FALSE(facts.isEmpty());
    ASSERT_EQ(types.size(), 5);
    for (const Item &fact : facts) {
        EXPECT_TRUE(text.contains(fact.name));
    }
    const ContentHtml html(*m_repository, kEn, DocumentOptions{});
    for (const Item &type : types) {
        EXPECT_TRUE(text.contains(type.name));
        EXPECT_TRUE(
            text.contains(html.label(QStringLiteral("blood_calcium.") + type.bloodCalcium)));
    }

    BodyMapPanel *panel = overview->bodyMap();
    const QList<Item> sites = m_repository->items(Page::Overview, kEn, QStringLiteral("body-site"));
    for (const QString &condition :
         {QStringLiteral("systemic-sclerosis"), QStringLiteral("lupus")}) {
        ASSERT_TRUE(panel->conditions().contains(condition));
        panel->setCurrentCondition(condition);
        QStringList expected;
        for (const Item &site : sites) {
            if (site.conditions.contains(condition)) {
                expected.append(site.region);
                EXPECT_TRUE(panel->placesText().contains(
                    html.label(QStringLiteral("regions.") + site.region)));
            }
        }
        EXPECT_EQ(panel->map()->highlightedRegions(), expected);
        for (const QString &region : expected) {
            EXPECT_TRUE(panel->map()->knownRegions().contains(region)) << region.toStdString();
        }
        EXPECT_TRUE(panel->map()->accessibleDescription().contains(panel->placesText()));
    }
    // Choosing with the radio button works like the code path above.
    const QList<QRadioButton *> radios = panel->findChildren<QRadioButton *>();
    ASSERT_EQ(radios.size(), panel->conditions().size());
    QTest::mouseClick(radios.constFirst(), Qt::LeftButton);
    EXPECT_EQ(panel->currentCondition(), panel->conditions().constFirst());
}

TEST_F(WindowTest, CausesFilterByUnderlyingCondition) {
    MainWindow &window = openWindow();
    auto *causes = show<CausesView>(window, Page::Causes);
    ASSERT_NE(causes, nullptr);
    const QList<Item> items = m_repository->items(Page::Causes, kEn);
    EXPECT_EQ(causes->shownItemIds().size(), items.size());
    const QString text = viewText(causes);
    for (const Category &category : m_repository->categories(Page::Causes, kEn)) {
        EXPECT_TRUE(text.contains(category.label));
    }
    QComboBox *filter = causes->conditionFilter();
    const int lupus = filter->findData(QStringLiteral("lupus"));
    ASSERT_GT(lupus, 0);
    filter->setCurrentIndex(lupus);
    const QStringList shown = causes->shownItemIds();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_LT(shown.size(), items.size());
    for (const Item &item : items) {
        EXPECT_EQ(shown.contains(item.id), item.conditions.contains(QStringLiteral("lupus")))
            << item.id.toStdString();
    }
    // Asking for a hidden item shows every condition again.
    for (const Item &item : items) {
        if (!shown.contains(item.id)) {
            EXPECT_TRUE(causes->showTarget(item.id));
            EXPECT_EQ(filter->currentIndex(), 0);
            break;
        }
    }
}

TEST_F(WindowTest, DiagnosisHasATickableSymptomChecklistAndTestsByKind) {
    MainWindow &window = openWindow();
    auto *diagnosis = show<DiagnosisView>(window, Page::Diagnosis);
    ASSERT_NE(diagnosis, nullptr);
    const QList<Item> symptoms =
        m_repository->items(Page::Diagnosis, kEn, QStringLiteral("symptom"));
    const QList<CheckRow *> rows = diagnosis->symptoms()->rows();
    ASSERT_EQ(rows.size(), symptoms.size());
    QTest::mouseClick(rows.constFirst()->checkBox(), Qt::LeftButton);
    EXPECT_TRUE(rows.constFirst()->isChecked());
    EXPECT_EQ(diagnosis->symptoms()->checkedIds(), QStringList{symptoms.constFirst().id});

    EXPECT_EQ(diagnosis->testKinds(),
              (QStringList{QStringLiteral("exam"), QStringLiteral("blood-tests"),
                           QStringLiteral("imaging"), QStringLiteral("biopsy")}));
    const QList<Item> tests = m_repository->items(Page::Diagnosis, kEn, QStringLiteral("test"));
    for (const QString &kind : diagnosis->testKinds()) {
        diagnosis->setTestKind(kind);
        const QString text = viewText(diagnosis);
        for (const Item &test : tests) {
            EXPECT_EQ(text.contains(test.shows), test.category == kind) << test.id.toStdString();
        }
    }
    // Ticks survive a reload (a language switch reloads every view).
    diagnosis->reload();
    EXPECT_TRUE(diagnosis->symptoms()->rows().constFirst()->isChecked());
}

TEST_F(WindowTest, TreatmentFramesTheChoiceAndFiltersByKindAndSize) {
    MainWindow &window = openWindow();
    auto *treatment = show<TreatmentView>(window, Page::Treatment);
    ASSERT_NE(treatment, nullptr);
    const ContentHtml html(*m_repository, kEn, DocumentOptions{});
    const QString text = viewText(treatment);
    EXPECT_TRUE(text.contains(html.label(QStringLiteral("care_team_decides"))));
    const QList<Item> items =
        m_repository->items(Page::Treatment, kEn, QStringLiteral("treatment"));
    for (const Item &item : items) {
        EXPECT_TRUE(text.contains(item.evidenceNote)) << item.id.toStdString();
        EXPECT_TRUE(treatment->treatmentsHtml().contains(Link::evidence(item.evidence).href()));
    }
    // The badge's hover text is the plain note of its evidence level.
    const QString tip =
        window.viewContext().toolTipFor(Link::evidence(QStringLiteral("small-studies")));
    EXPECT_TRUE(
        tip.contains(html.label(QStringLiteral("evidence.small-studies.note")).toHtmlEscaped()));

    QComboBox *kind = treatment->kindFilter();
    kind->setCurrentIndex(kind->findData(QStringLiteral("procedure")));
    for (const Item &item : items) {
        EXPECT_EQ(treatment->shownItemIds().contains(item.id),
                  item.treatmentKind == QStringLiteral("procedure"));
    }
    kind->setCurrentIndex(0);
    QComboBox *size = treatment->sizeFilter();
    size->setCurrentIndex(size->findData(QStringLiteral("small")));
    for (const Item &item : items) {
        EXPECT_EQ(treatment->shownItemIds().contains(item.id),
                  item.lesionSize != QStringLiteral("large"))
            << item.id.toStdString();
    }
}

TEST_F(WindowTest, LivingKeepsTheCareCardsInSightWhileThePageScrolls) {
    MainWindow &window = openWindow();
    auto *living = show<LivingView>(window, Page::Living);
    ASSERT_NE(living, nullptr);
    const QList<CareCard> cards = m_repository->careCards(kEn);
    ASSERT_EQ(cards.size(), 3);
    for (const CareCard &card : cards) {
        EXPECT_TRUE(living->careCards()->toPlainText().contains(card.heading));
    }
    EXPECT_EQ(living->selfCare()->rows().size(),
              m_repository->items(Page::Living, kEn, QStringLiteral("self-care")).size());
    EXPECT_EQ(living->questions()->rows().size(),
              m_repository->items(Page::Living, kEn, QStringLiteral("question")).size());

    auto *page = living->findChild<ReadingPage *>();
    ASSERT_NE(page, nullptr);
    const QPoint cardsBefore = living->careCards()->mapTo(&window, QPoint(0, 0));
    page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    EXPECT_GT(page->verticalScrollBar()->value(), 0);
    EXPECT_EQ(living->careCards()->mapTo(&window, QPoint(0, 0)), cardsBefore);
    EXPECT_TRUE(living->careCards()->isVisibleTo(&window));
}

TEST_F(WindowTest, GlossaryIsAlphabeticalFilterableAndLinked) {
    MainWindow &window = openWindow();
    auto *glossary = show<GlossaryView>(window, Page::Glossary);
    ASSERT_NE(glossary, nullptr);
    const QStringList shown = glossary->shownTermIds();
    EXPECT_EQ(shown.size(), m_repository->glossary(kEn).size());
    QCollator collator{QLocale(kEn)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int row = 1; row < glossary->list()->count(); ++row) {
        EXPECT_LE(collator.compare(glossary->list()->item(row - 1)->text(),
                                   glossary->list()->item(row)->text()),
                  0);
    }
    QTest::keyClicks(glossary->filter(), QStringLiteral("phosph"));
    const QStringList filtered = glossary->shownTermIds();
    ASSERT_FALSE(filtered.isEmpty());
    EXPECT_LT(filtered.size(), shown.size());
    EXPECT_TRUE(filtered.contains(QStringLiteral("phosphate")));

    const auto calcium = window.viewContext().term(QStringLiteral("calcium"));
    ASSERT_TRUE(calcium.has_value());
    ASSERT_TRUE(glossary->showTarget(QStringLiteral("calcium")));
    const QString text = viewText(glossary);
    EXPECT_TRUE(text.contains(calcium->definition));
    for (const QString &synonym : calcium->synonyms) {
        EXPECT_TRUE(text.contains(synonym));
    }
    for (const QString &other : calcium->seeAlso) {
        EXPECT_TRUE(viewLinks(glossary).contains(QStringLiteral("see:") + other));
    }
}

TEST_F(WindowTest, SourcesListEverySourceAndEachLanguagesStatus) {
    MainWindow &window = openWindow();
    auto *sources = show<SourcesView>(window, Page::Sources);
    ASSERT_NE(sources, nullptr);
    const QString text = viewText(sources);
    for (const Source &source : m_repository->sources()) {
        EXPECT_TRUE(text.contains(source.title)) << source.id.toStdString();
    }
    EXPECT_TRUE(text.contains(m_repository->metadata().contentVersion));
    for (const LocaleInfo &locale : m_repository->locales()) {
        EXPECT_TRUE(text.contains(locale.nativeName));
    }
    // The languages table counts the clinical sign-offs of the record, which holds none yet:
    // no language may be called reviewed.
    EXPECT_EQ(text.count(QStringLiteral("Not yet reviewed by a clinician")),
              m_repository->locales().size());
    EXPECT_FALSE(text.contains(QStringLiteral("reviewed by clinicians")));
    EXPECT_FALSE(text.contains(QStringLiteral("topics reviewed by a clinician")));
    EXPECT_TRUE(text.contains(m_repository->string(QStringLiteral("disclaimer"), kEn).text));
    EXPECT_TRUE(text.contains(QCoreApplication::applicationVersion()));
}

TEST_F(WindowTest, TopicsMarkGlossaryWordsWithTheirDefinitionOnHover) {
    MainWindow &window = openWindow();
    window.openPage(Page::Overview);
    SectionView *overview = window.currentView();
    QList<Link> termLinks;
    for (const QString &href : viewLinks(overview)) {
        const Link link = Link::parse(href);
        if (link.kind == Link::Kind::GlossaryTerm) {
            termLinks.append(link);
        }
    }
    ASSERT_FALSE(termLinks.isEmpty());
    const Link link = termLinks.constFirst();
    const auto term = window.viewContext().term(link.id);
    ASSERT_TRUE(term.has_value());
    EXPECT_TRUE(window.viewContext().toolTipFor(link).contains(term->definition.toHtmlEscaped()));
}

} // namespace
} // namespace cg::test
