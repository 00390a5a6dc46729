// SPDX-License-Identifier: GPL-3.0-or-later
// The second yardstick for start-up: a plain Qt main window holding a text view with about as
// much text as the guide's first page shows (a title, headings, paragraphs and a list, some
// words in bold and as links). tests/benchmarks/startup.sh launches it beside the real program
// and the bare window, the same way, and compares when each window first appears and how much
// memory each holds. Unlike the bare window it pays what showing text costs: fontconfig, fonts,
// shaping and laying out a rich text document.
#include "startup_probe.h"

#include <QApplication>
#include <QMainWindow>
#include <QTextBrowser>

namespace {

const char *const kText = R"(
<h1>Calcium lumps under the skin</h1>
<p>Calcinosis cutis means calcium that builds up in or under the skin. It forms hard lumps or
firm patches. They may be small, like grains of rice, or larger and flat. Some hurt, some do
not. Some open and let out a chalky, white paste.</p>
<h2>Who gets it</h2>
<p>It often comes with <a href="#dm">dermatomyositis</a>, a disease in which the immune system
attacks the skin and muscles. Children with <b>juvenile dermatomyositis</b> get it more often than
adults. It also comes with systemic sclerosis, lupus and some kidney diseases, and sometimes
after an injury or a drip that leaked into the skin.</p>
<h2>What you may notice</h2>
<ul>
<li>Hard, white or yellow lumps, often on the elbows, knees, fingers or buttocks.</li>
<li>Skin that feels tight or sore over a lump.</li>
<li>A lump that opens and drains, or that turns red, warm and painful.</li>
<li>Stiff joints when lumps sit near them.</li>
</ul>
<h2>What helps</h2>
<p>The first step is good treatment of the disease behind it. Some medicines may slow the lumps
or make them smaller, though the studies are small. A surgeon can remove a lump that hurts or
gets in the way. Caring for the skin and any open wound matters as much: keep it clean, covered
and watched for signs of infection.</p>
<h2>When to get help</h2>
<p>Get medical help soon if a lump becomes red, hot, swollen or more painful, if pus comes out,
or if you have a fever. Get emergency help at once if you have trouble breathing or
swallowing, or if weakness gets much worse.</p>
<p>This guide is for learning only. It is not a diagnosis or a treatment plan. Talk with your
care team about your own care or your child's.</p>
)";

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Text window"));
    auto *text = new QTextBrowser(&window);
    text->setHtml(QString::fromUtf8(kText));
    window.setCentralWidget(text);
    window.resize(1200, 800);
    window.show();
    cg::installStartupProbe(&window);
    return QApplication::exec();
}
