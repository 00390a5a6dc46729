// SPDX-License-Identifier: GPL-3.0-or-later
// Every colour pair the window shows meets WCAG 2.2 AA in each of the four schemes: text at
// least 4.5:1 and control boundaries at least 3:1. The colours are read from what the program
// uses: the application palette after View > Colours, the document style sheet of the views,
// the navigation's own colours, the summary box's border and a check box as the style draws it.
#include "document/document_style.h"
#include "views/section_view.h"
#include "views/view_context.h"
#include "widgets/colour_schemes.h"
#include "widgets/comfort_style.h"
#include "widgets/navigation_list.h"
#include "widgets/rich_block.h"
#include "window_fixture.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QPainter>
#include <QRegularExpression>
#include <QStyleOptionButton>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace cg::test {
namespace {

using Scheme = MainWindow::PaletteChoice;

const std::pair<Scheme, const char *> kSchemes[] = {{Scheme::FollowSystem, "system"},
                                                    {Scheme::Light, "light"},
                                                    {Scheme::Dark, "dark"},
                                                    {Scheme::HighContrast, "high contrast"}};

void expectText(const QColor &fg, const QColor &bg, const std::string &what) {
    EXPECT_GE(contrastRatio(fg, bg), 4.5)
        << what << ": " << fg.name().toStdString() << " on " << bg.name().toStdString();
}

void expectBoundary(const QColor &edge, const QColor &bg, const std::string &what) {
    EXPECT_GE(contrastRatio(edge, bg), 3.0)
        << what << ": " << edge.name().toStdString() << " against " << bg.name().toStdString();
}

void expectReadablePalette(const QPalette &p, const std::string &scheme) {
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const auto pair = [&](QPalette::ColorRole fg, QPalette::ColorRole bg, const char *name) {
            expectText(p.color(group, fg), p.color(group, bg), scheme + ": " + name);
        };
        pair(QPalette::Text, QPalette::Base, "text");
        pair(QPalette::WindowText, QPalette::Window, "window text");
        pair(QPalette::ButtonText, QPalette::Button, "button text");
        pair(QPalette::PlaceholderText, QPalette::Base, "placeholder / result section label");
        pair(QPalette::HighlightedText, QPalette::Highlight, "selected result");
        pair(QPalette::ToolTipText, QPalette::ToolTipBase, "tooltip");
        pair(QPalette::Link, QPalette::Base, "link");
        expectBoundary(p.color(group, QPalette::Dark), p.color(group, QPalette::Base),
                       scheme + ": control border on field");
        expectBoundary(p.color(group, QPalette::Dark), p.color(group, QPalette::Window),
                       scheme + ": control border on window");
    }
}

// selector -> {colour, background} from the document style sheet.
QHash<QString, QPair<QString, QString>> styleRules(const QString &sheet) {
    QHash<QString, QPair<QString, QString>> rules;
    static const QRegularExpression rule(QStringLiteral("([^{}\\n]+)\\{([^}]*)\\}"));
    static const QRegularExpression colour(
        QStringLiteral("(?:^|[;\\s])color:\\s*(#[0-9a-fA-F]{6})"));
    static const QRegularExpression background(
        QStringLiteral("background-color:\\s*(#[0-9a-fA-F]{6})"));
    for (auto it = rule.globalMatch(sheet); it.hasNext();) {
        const auto match = it.next();
        const QString body = match.captured(2);
        rules.insert(match.captured(1).trimmed(),
                     {colour.match(body).captured(1), background.match(body).captured(1)});
    }
    return rules;
}

class ContrastTest : public WindowTest {
protected:
    void TearDown() override {
        if (m_window) {
            m_window->setPaletteChoice(Scheme::FollowSystem);
        }
        WindowTest::TearDown();
    }
};

TEST_F(ContrastTest, ThePalettesOfAllFourSchemesMeetTheContrastGoals) {
    MainWindow &window = openWindow();
    for (const auto &[scheme, name] : kSchemes) {
        window.setPaletteChoice(scheme);
        QCoreApplication::processEvents();
        expectReadablePalette(QApplication::palette(), name);

        const NavigationList::Colors nav = window.navigation()->colors();
        expectText(nav.text, nav.panel, std::string(name) + ": navigation");
        expectText(nav.accentText, nav.accent, std::string(name) + ": current place");
        expectText(nav.text, nav.hover, std::string(name) + ": navigation under the mouse");
    }
}

TEST_F(ContrastTest, ASystemThemeThatLeavesRolesBlackIsMended) {
    // A dark desktop theme that forgets the placeholder and highlighted text, and draws
    // borders barely off the field: the pairs measured at 1.23:1 and 2.2:1.
    QPalette hostile;
    hostile.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    hostile.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    hostile.setColor(QPalette::Base, QColor(0x1c, 0x1c, 0x1c));
    hostile.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    hostile.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    hostile.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    hostile.setColor(QPalette::PlaceholderText, QColor(0, 0, 0));
    hostile.setColor(QPalette::Highlight, QColor(0x6a, 0x8f, 0xc0));
    hostile.setColor(QPalette::HighlightedText, QColor(0xee, 0xee, 0xee));
    hostile.setColor(QPalette::Link, QColor(0x20, 0x40, 0x90));
    hostile.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    hostile.setColor(QPalette::ToolTipText, QColor(0x99, 0x99, 0x99));
    hostile.setColor(QPalette::Dark, QColor(0x30, 0x30, 0x30));
    ASSERT_LT(
        contrastRatio(hostile.color(QPalette::PlaceholderText), hostile.color(QPalette::Base)),
        1.5);
    expectReadablePalette(readableSystemPalette(hostile), "hostile system theme");
    EXPECT_EQ(documentPalette(Scheme::FollowSystem, hostile), DocumentOptions::Palette::Dark);
}

TEST_F(ContrastTest, TheDocumentStyleSheetMeetsTheContrastGoals) {
    MainWindow &window = openWindow();
    for (const auto &[scheme, name] : kSchemes) {
        window.setPaletteChoice(scheme);
        QCoreApplication::processEvents();
        const std::string label(name);
        const auto rules = styleRules(window.viewContext().styleSheet());
        ASSERT_TRUE(rules.contains(QStringLiteral("body")));
        const QColor bodyText(rules.value(QStringLiteral("body")).first);
        const QColor page(rules.value(QStringLiteral("body")).second);
        int pairs = 0;
        for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
            const QColor fg(it.value().first.isEmpty() ? bodyText.name() : it.value().first);
            const QColor bg(it.value().second.isEmpty() ? page.name() : it.value().second);
            expectText(fg, bg, label + ": " + it.key().toStdString());
            ++pairs;
        }
        EXPECT_GE(pairs, 6);
        // The colours the HTML builder puts inline: care-card bands and bodies, summary box.
        const DocumentColors c = window.viewContext().colors();
        expectText(QColor(c.bandText), QColor(c.soonBand), label + ": soon card heading");
        expectText(QColor(c.bandText), QColor(c.urgentBand), label + ": urgent card heading");
        expectText(QColor(c.bandText), QColor(c.emergencyBand), label + ": emergency heading");
        expectText(QColor(c.emergencyText), QColor(c.emergencyBody), label + ": emergency signs");
        expectText(QColor(c.text), QColor(c.summaryBackground), label + ": summary");
        expectText(QColor(c.link), QColor(c.summaryBackground), label + ": link in summary");
        expectText(QColor(c.muted), QColor(c.background), label + ": muted");
        expectBoundary(QColor(c.urgentBand), QColor(c.background), label + ": urgent card edge");
        expectBoundary(QColor(c.soonBand), QColor(c.background), label + ": soon card edge");
    }
}

// The frame of the summary box at the top of a view, as laid out in its block.
QTextTableFormat summaryFormat(const RichBlock *block) {
    const QList<QTextFrame *> frames = block->document()->rootFrame()->childFrames();
    for (const QTextFrame *frame : frames) {
        if (const auto *table = qobject_cast<const QTextTable *>(frame)) {
            return table->format();
        }
    }
    return {};
}

TEST_F(ContrastTest, TheSummaryBoxStandsOutFromThePage) {
    MainWindow &window = openWindow();
    for (const auto &[scheme, name] : kSchemes) {
        window.setPaletteChoice(scheme);
        window.openPage(Page::Overview);
        QCoreApplication::processEvents();
        const DocumentColors c = window.viewContext().colors();
        const auto *header = window.currentView()->findChild<RichBlock *>();
        ASSERT_NE(header, nullptr);
        const QTextTableFormat format = summaryFormat(header);
        ASSERT_TRUE(format.isValid()) << name;
        // Either its tint or its border tells it from the page.
        const bool tinted = contrastRatio(QColor(c.summaryBackground), QColor(c.background)) > 1.05;
        const bool bordered = format.border() >= 1.0 && contrastRatio(format.borderBrush().color(),
                                                                      QColor(c.background)) >= 3.0;
        EXPECT_TRUE(tinted || bordered) << name;
    }
}

TEST_F(ContrastTest, AnUntickedCheckBoxHasABorderAtThreeToOne) {
    MainWindow &window = openWindow();
    ComfortStyle style;
    for (const auto &[scheme, name] : kSchemes) {
        window.setPaletteChoice(scheme);
        const QPalette palette = QApplication::palette();
        QStyleOptionButton option;
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        option.palette = palette;
        option.rect = QRect(4, 4, 24, 24);
        QImage image(32, 32, QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Window));
        {
            QPainter painter(&image);
            style.drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, &painter);
        }
        // The darkest (or lightest, on dark schemes) pixel along the middle of the left edge
        // against the field inside and the window outside.
        const QColor outside = palette.color(QPalette::Window);
        const QColor inside = image.pixelColor(16, 16);
        double best = 1.0;
        for (int x = 4; x < 9; ++x) {
            best = qMax(best, qMin(contrastRatio(image.pixelColor(x, 16), outside),
                                   contrastRatio(image.pixelColor(x, 16), inside)));
        }
        EXPECT_GE(best, 3.0) << name;
    }
}

TEST_F(ContrastTest, BulletsOnTheEmergencyCardAreInTheColourOfItsWords) {
    MainWindow &window = openWindow();
    for (const auto &[scheme, name] : kSchemes) {
        window.setPaletteChoice(scheme);
        window.openPage(Page::Living);
        QCoreApplication::processEvents();
        const DocumentColors c = window.viewContext().colors();
        const QColor signs(c.emergencyText);
        int found = 0;
        for (const RichBlock *block : window.currentView()->findChildren<RichBlock *>()) {
            for (QTextBlock b = block->document()->begin(); b.isValid(); b = b.next()) {
                if (b.textList() == nullptr || b.text().isEmpty()) {
                    continue;
                }
                const QTextCharFormat words = b.begin().fragment().charFormat();
                if (words.foreground().color() != signs || signs == QColor(c.text)) {
                    continue;
                }
                ++found;
                // Qt would draw the list's own marker in the palette's text colour: the item
                // carries a bullet of its own, in its words' colour, against the card.
                EXPECT_EQ(b.textList()->format().style(), QTextListFormat::ListStyleUndefined);
                EXPECT_TRUE(b.text().startsWith(QChar(0x2022))) << b.text().toStdString();
                expectText(words.foreground().color(), QColor(c.emergencyBody),
                           std::string(name) + ": emergency bullet");
            }
        }
        if (signs != QColor(c.text)) {
            EXPECT_GE(found, 2) << name;
        }
    }
}

TEST_F(ContrastTest, TheChoiceIsRemembered) {
    MainWindow &window = openWindow();
    window.setPaletteChoice(Scheme::Dark);
    closeWindow();
    MainWindow &again = openWindow();
    EXPECT_EQ(again.paletteChoice(), Scheme::Dark);
    EXPECT_EQ(again.viewContext().options().palette, DocumentOptions::Palette::Dark);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 128);
    // View > Colours lists the four.
    QStringList offered;
    for (const QAction *action : again.findChildren<QAction *>()) {
        if (action->isCheckable() && action->actionGroup() != nullptr &&
            action->actionGroup()->actions().size() == 4) {
            offered.append(action->text().remove(QLatin1Char('&')));
        }
    }
    offered.removeDuplicates();
    EXPECT_EQ(offered.size(), 4) << offered.join(QStringLiteral(", ")).toStdString();
}

} // namespace
} // namespace cg::test
