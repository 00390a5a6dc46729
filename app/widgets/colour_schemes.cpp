// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/colour_schemes.h"

#include <QtMath>

namespace cg {

namespace {

double channel(double value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour) {
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) +
           0.0722 * channel(colour.blue());
}

QColor mix(const QColor &from, const QColor &to, double amount) {
    const auto blend = [amount](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(blend(from.red(), to.red()), blend(from.green(), to.green()),
                  blend(from.blue(), to.blue()));
}

struct Roles {
    QColor window, windowText, base, alternateBase, text, placeholder, button, buttonText,
        highlight, highlightedText, link, toolTipBase, toolTipText, boundary, disabledText;
};

QPalette paletteFrom(const Roles &r) {
    QPalette palette;
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, r.window);
        palette.setColor(group, QPalette::WindowText, r.windowText);
        palette.setColor(group, QPalette::Base, r.base);
        palette.setColor(group, QPalette::AlternateBase, r.alternateBase);
        palette.setColor(group, QPalette::Text, r.text);
        palette.setColor(group, QPalette::PlaceholderText, r.placeholder);
        palette.setColor(group, QPalette::Button, r.button);
        palette.setColor(group, QPalette::ButtonText, r.buttonText);
        palette.setColor(group, QPalette::BrightText, r.text);
        palette.setColor(group, QPalette::Highlight, r.highlight);
        palette.setColor(group, QPalette::HighlightedText, r.highlightedText);
        palette.setColor(group, QPalette::Link, r.link);
        palette.setColor(group, QPalette::LinkVisited, r.link);
        palette.setColor(group, QPalette::ToolTipBase, r.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, r.toolTipText);
        // Borders of controls (the style draws check boxes and frames with these).
        palette.setColor(group, QPalette::Dark, r.boundary);
        palette.setColor(group, QPalette::Mid, r.boundary);
        palette.setColor(group, QPalette::Shadow, r.boundary);
        palette.setColor(group, QPalette::Light, r.button);
        palette.setColor(group, QPalette::Midlight, r.button);
    }
    // Unavailable controls read, but look unavailable.
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, r.disabledText);
    }
    return palette;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor withContrast(const QColor &colour, const QColor &background, double ratio,
                    const QColor &towards) {
    if (contrastRatio(colour, background) >= ratio) {
        return colour;
    }
    for (int step = 1; step <= 20; ++step) {
        const QColor moved = mix(colour, towards, step / 20.0);
        if (contrastRatio(moved, background) >= ratio) {
            return moved;
        }
    }
    return towards;
}

QPalette lightPalette() {
    // The NHS-like document colours, carried to the controls: #212b32 on white 14.7:1,
    // #4c6272 placeholder 6.2:1, white on #005eb8 selection 6.6:1, borders #687883 4.4:1.
    return paletteFrom(
        {QColor(0xf0, 0xf4, 0xf5), QColor(0x21, 0x2b, 0x32), Qt::white, QColor(0xf0, 0xf4, 0xf5),
         QColor(0x21, 0x2b, 0x32), QColor(0x4c, 0x62, 0x72), QColor(0xf0, 0xf4, 0xf5),
         QColor(0x21, 0x2b, 0x32), QColor(0x00, 0x5e, 0xb8), Qt::white, QColor(0x00, 0x5e, 0xb8),
         Qt::white, QColor(0x21, 0x2b, 0x32), QColor(0x68, 0x78, 0x83), QColor(0x5f, 0x6b, 0x73)});
}

QPalette darkPalette() {
    return paletteFrom(
        {QColor(0x26, 0x2e, 0x33), QColor(0xe8, 0xed, 0xee), QColor(0x1e, 0x24, 0x28),
         QColor(0x26, 0x2e, 0x33), QColor(0xe8, 0xed, 0xee), QColor(0xb8, 0xc2, 0xc7),
         QColor(0x33, 0x42, 0x4c), QColor(0xe8, 0xed, 0xee), QColor(0x1d, 0x5f, 0x9e), Qt::white,
         QColor(0x8c, 0xc4, 0xf7), QColor(0x33, 0x42, 0x4c), Qt::white, QColor(0x8a, 0x9a, 0xa3),
         QColor(0xa0, 0xaa, 0xb0)});
}

QPalette highContrastPalette() {
    // Black on white with a deep blue for selection and links: every pair well above 7:1.
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor blue(0x00, 0x30, 0x7a);
    return paletteFrom({white, black, white, white, black, QColor(0x33, 0x33, 0x33), white, black,
                        blue, white, blue, white, black, black, QColor(0x59, 0x59, 0x59)});
}

QPalette readableSystemPalette(const QPalette &system) {
    QPalette palette = system;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor window = palette.color(group, QPalette::Window);
        const QColor text = palette.color(group, QPalette::Text);
        // Some themes leave the placeholder black on a dark field: start from a mix of text
        // and field, and move towards the text until it reads.
        QColor placeholder = palette.color(group, QPalette::PlaceholderText);
        if (contrastRatio(placeholder, base) < 4.5) {
            placeholder = withContrast(mix(text, base, 0.45), base, 4.6, text);
        }
        palette.setColor(group, QPalette::PlaceholderText, placeholder);
        // Selected text: black or white, whichever reads on the highlight; a highlight too
        // light or dark for either is moved away from it.
        QColor highlight = palette.color(group, QPalette::Highlight);
        const QColor black(0, 0, 0);
        const QColor white(255, 255, 255);
        QColor selected = palette.color(group, QPalette::HighlightedText);
        if (contrastRatio(selected, highlight) < 4.5) {
            selected =
                contrastRatio(white, highlight) >= contrastRatio(black, highlight) ? white : black;
            highlight = withContrast(highlight, selected, 4.6, selected == white ? black : white);
        }
        palette.setColor(group, QPalette::Highlight, highlight);
        palette.setColor(group, QPalette::HighlightedText, selected);
        palette.setColor(group, QPalette::Link,
                         withContrast(palette.color(group, QPalette::Link), base, 4.6, text));
        palette.setColor(
            group, QPalette::ToolTipText,
            withContrast(palette.color(group, QPalette::ToolTipText),
                         palette.color(group, QPalette::ToolTipBase), 4.6,
                         contrastRatio(white, palette.color(group, QPalette::ToolTipBase)) >
                                 contrastRatio(black, palette.color(group, QPalette::ToolTipBase))
                             ? white
                             : black));
        // Control borders at 3:1 against both the field and the window behind it.
        QColor boundary = palette.color(group, QPalette::Dark);
        boundary = withContrast(boundary, base, 3.2, text);
        boundary = withContrast(boundary, window, 3.2, palette.color(group, QPalette::WindowText));
        palette.setColor(group, QPalette::Dark, boundary);
        palette.setColor(group, QPalette::Mid, boundary);
    }
    return palette;
}

QPalette schemePalette(ColourScheme scheme, const QPalette &system) {
    switch (scheme) {
    case ColourScheme::Light:
        return lightPalette();
    case ColourScheme::Dark:
        return darkPalette();
    case ColourScheme::HighContrast:
        return highContrastPalette();
    case ColourScheme::FollowSystem:
        break;
    }
    return readableSystemPalette(system);
}

DocumentOptions::Palette documentPalette(ColourScheme scheme, const QPalette &system) {
    switch (scheme) {
    case ColourScheme::Light:
        return DocumentOptions::Palette::Light;
    case ColourScheme::Dark:
        return DocumentOptions::Palette::Dark;
    case ColourScheme::HighContrast:
        return DocumentOptions::Palette::HighContrast;
    case ColourScheme::FollowSystem:
        break;
    }
    return system.color(QPalette::Window).lightness() < 128 ? DocumentOptions::Palette::Dark
                                                            : DocumentOptions::Palette::Light;
}

QString schemeKey(ColourScheme scheme) {
    switch (scheme) {
    case ColourScheme::Light:
        return QStringLiteral("light");
    case ColourScheme::Dark:
        return QStringLiteral("dark");
    case ColourScheme::HighContrast:
        return QStringLiteral("high-contrast");
    case ColourScheme::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

ColourScheme schemeFromKey(const QString &key) {
    for (const ColourScheme scheme :
         {ColourScheme::Light, ColourScheme::Dark, ColourScheme::HighContrast}) {
        if (key == schemeKey(scheme)) {
            return scheme;
        }
    }
    return ColourScheme::FollowSystem;
}

} // namespace cg
