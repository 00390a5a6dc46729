// SPDX-License-Identifier: GPL-3.0-or-later
// The page cutter on small documents made for each rule: pages never cut a line, never leave a
// heading at the foot of a page, never cut a box that fits on a page, fill each page as far as
// the rules allow, and cover the whole document without overlap.
#include "handout/handout_pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <gtest/gtest.h>

namespace cg {
namespace {

constexpr double kWidth = 400;

struct LaidOut {
    QTextDocument document;
    QList<PageSlice> pages;
};

void layOut(LaidOut &out, const QString &html, double pageHeight) {
    out.document.setDocumentMargin(0);
    out.document.setHtml(html);
    out.document.setTextWidth(kWidth);
    out.pages = paginate(out.document, pageHeight);
}

QString paragraphs(int count, const QString &prefix) {
    QString html;
    for (int i = 0; i < count; ++i) {
        html += QStringLiteral("<p>%1 %2: words words words words words words words words words "
                               "words words words words words words words words words.</p>")
                    .arg(prefix)
                    .arg(i);
    }
    return html;
}

// Every page is at most the page height, starts where (or after) the previous ends, and the
// last ends at the end of the document.
void expectWellFormed(const LaidOut &out, double pageHeight) {
    ASSERT_FALSE(out.pages.isEmpty());
    EXPECT_DOUBLE_EQ(out.pages.first().top, 0);
    for (qsizetype i = 0; i < out.pages.size(); ++i) {
        const PageSlice &page = out.pages.at(i);
        EXPECT_LT(page.top, page.bottom) << i;
        EXPECT_LE(page.bottom - page.top, pageHeight + 1e-6) << i;
        if (i > 0) {
            EXPECT_GE(page.top, out.pages.at(i - 1).bottom) << i;
        }
    }
    EXPECT_DOUBLE_EQ(out.pages.last().bottom,
                     out.document.documentLayout()->documentSize().height());
}

// No line of text lies across the end of a page.
void expectNoLineCut(const LaidOut &out) {
    const QAbstractTextDocumentLayout &layout = *out.document.documentLayout();
    for (QTextBlock block = out.document.begin(); block.isValid(); block = block.next()) {
        const double origin = layout.blockBoundingRect(block).top();
        for (int i = 0; i < block.layout()->lineCount(); ++i) {
            const QTextLine line = block.layout()->lineAt(i);
            const double top = origin + line.y();
            const double bottom = top + line.height();
            for (const PageSlice &page : out.pages) {
                EXPECT_FALSE(top < page.bottom - 1e-3 && page.bottom + 1e-3 < bottom)
                    << block.text().toStdString() << " line " << i;
            }
        }
    }
}

qsizetype pageOf(const LaidOut &out, double y) {
    for (qsizetype i = 0; i < out.pages.size(); ++i) {
        if (y < out.pages.at(i).bottom) {
            return i;
        }
    }
    return out.pages.size() - 1;
}

QTextBlock blockStartingWith(const QTextDocument &document, const QString &text) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(text)) {
            return block;
        }
    }
    return {};
}

TEST(HandoutPagination, LongTextIsCutBetweenLinesAndFillsEachPage) {
    LaidOut out;
    layOut(out, paragraphs(40, QStringLiteral("Paragraph")), 300);
    expectWellFormed(out, 300);
    expectNoLineCut(out);
    ASSERT_GT(out.pages.size(), 3);
    // Plain text leaves less than one line empty at the foot of a page.
    const double line = QFontMetricsF(out.document.defaultFont()).lineSpacing();
    for (qsizetype i = 0; i + 1 < out.pages.size(); ++i) {
        EXPECT_GT(out.pages.at(i).bottom - out.pages.at(i).top, 300 - 2 * line) << i;
    }
}

// No paragraph leaves its first line alone at the foot of a page or its last line alone at
// the top of the next, wherever the page ends fall.
TEST(HandoutPagination, NoParagraphLeavesOneLineBehindOrCarriesOneOver) {
    for (const int height : {200, 230, 260, 290}) {
        SCOPED_TRACE(height);
        LaidOut out;
        layOut(out, paragraphs(24, QStringLiteral("Paragraph")), height);
        expectWellFormed(out, height);
        const QAbstractTextDocumentLayout &layout = *out.document.documentLayout();
        for (QTextBlock block = out.document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            const int count = lines->lineCount();
            if (count < 2) {
                continue;
            }
            const double origin = layout.blockBoundingRect(block).top();
            auto pageOfLine = [&](int i) {
                const QTextLine line = lines->lineAt(i);
                return pageOf(out, origin + line.y() + line.height() / 2);
            };
            EXPECT_EQ(pageOfLine(0), pageOfLine(1)) << block.text().toStdString();
            EXPECT_EQ(pageOfLine(count - 2), pageOfLine(count - 1)) << block.text().toStdString();
        }
    }
}

TEST(HandoutPagination, AHeadingStaysWithTheTextAfterIt) {
    // Move the heading down line by line: wherever it lands, it is never last on its page.
    for (int before = 1; before < 12; ++before) {
        SCOPED_TRACE(before);
        LaidOut out;
        layOut(out,
               paragraphs(before, QStringLiteral("Before")) +
                   QStringLiteral("<h2>The heading</h2><h3>A second heading</h3>") +
                   paragraphs(6, QStringLiteral("After")),
               260);
        expectWellFormed(out, 260);
        expectNoLineCut(out);
        const QAbstractTextDocumentLayout &layout = *out.document.documentLayout();
        const QTextBlock heading = blockStartingWith(out.document, QStringLiteral("The heading"));
        const QTextBlock next = blockStartingWith(out.document, QStringLiteral("After 0"));
        ASSERT_TRUE(heading.isValid() && next.isValid());
        const double firstLineBottom = layout.blockBoundingRect(next).top() +
                                       next.layout()->lineAt(0).y() +
                                       next.layout()->lineAt(0).height();
        EXPECT_EQ(pageOf(out, layout.blockBoundingRect(heading).top()),
                  pageOf(out, firstLineBottom - 1e-3));
    }
}

TEST(HandoutPagination, ABoxThatFitsOnAPageIsNeverCut) {
    const QString box = QStringLiteral("<table border=\"2\" cellpadding=\"6\" width=\"100%\"><tr>"
                                       "<td>") +
                        paragraphs(4, QStringLiteral("Inside")) +
                        QStringLiteral("</td></tr></table>");
    for (int before = 1; before < 10; ++before) {
        SCOPED_TRACE(before);
        LaidOut out;
        layOut(out,
               paragraphs(before, QStringLiteral("Before")) + box +
                   paragraphs(3, QStringLiteral("After")),
               320);
        expectWellFormed(out, 320);
        expectNoLineCut(out);
        QTextFrame *table = out.document.rootFrame()->childFrames().value(0);
        ASSERT_NE(table, nullptr);
        const double top = frameDrawnTop(out.document, table);
        const QTextBlock last = blockStartingWith(out.document, QStringLiteral("Inside 3"));
        const double bottom = out.document.documentLayout()->blockBoundingRect(last).bottom();
        EXPECT_EQ(pageOf(out, top), pageOf(out, bottom - 1e-3));
        // The page before the box ends at the box, not inside it: nothing of it is drawn there.
        const qsizetype page = pageOf(out, top);
        if (page > 0) {
            EXPECT_LE(out.pages.at(page - 1).bottom, top + 1e-3);
        }
    }
}

// Where a table starts drawing is where its outer border is painted, not where Qt's frame
// rectangle says (that starts at the first cell's text): a cut there must leave no sliver of
// the border on the page before.
TEST(HandoutPagination, ATableStartsWhereItsBorderIsDrawn) {
    for (const int border : {0, 2, 4}) {
        SCOPED_TRACE(border);
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setHtml(QStringLiteral("<p>Before</p><table width=\"100%\" cellspacing=\"0\" "
                                        "cellpadding=\"6\" border=\"%1\" style=\"border-color: "
                                        "#000000; border-style: solid; margin-top: 6px;\"><tr><td "
                                        "bgcolor=\"#000000\"><h3>Heading</h3></td></tr></table>")
                             .arg(border));
        document.setTextWidth(kWidth);
        QTextFrame *table = document.rootFrame()->childFrames().value(0);
        ASSERT_NE(table, nullptr);
        QImage image(int(kWidth), int(document.documentLayout()->documentSize().height()) + 2,
                     QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            document.drawContents(&painter);
        }
        // The first row below "Before" that is dark across most of the width.
        const double before =
            document.documentLayout()->blockBoundingRect(document.begin()).bottom();
        int firstDark = -1;
        for (int y = int(before) + 1; y < image.height() && firstDark < 0; ++y) {
            int dark = 0;
            for (int x = 0; x < image.width(); ++x) {
                dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
            }
            if (dark > image.width() * 3 / 4) {
                firstDark = y;
            }
        }
        ASSERT_GE(firstDark, 0);
        EXPECT_NEAR(frameDrawnTop(document, table), firstDark, 1.0);
    }
}

TEST(HandoutPagination, ABoxTallerThanAPageIsCutBetweenItsLines) {
    LaidOut out;
    layOut(out,
           QStringLiteral("<table border=\"1\" width=\"100%\"><tr><td>") +
               paragraphs(30, QStringLiteral("Inside")) + QStringLiteral("</td></tr></table>"),
           300);
    expectWellFormed(out, 300);
    expectNoLineCut(out);
    EXPECT_GT(out.pages.size(), 2);
}

TEST(HandoutPagination, WithoutAPageHeightThereAreNoPages) {
    QTextDocument document;
    document.setTextWidth(kWidth);
    EXPECT_TRUE(paginate(document, 0).isEmpty());
}

} // namespace
} // namespace cg
