// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_fonts.h"

#include <QFontDatabase>

namespace cg {

namespace {

QStringList familiesFor(const QString &locale) {
    // Sans-serif faces throughout: large print asks for them and they print cleanly small.
    if (locale == QStringLiteral("ar")) {
        return {QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic")};
    }
    if (locale == QStringLiteral("zh")) {
        return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC")};
    }
    return {QStringLiteral("Noto Sans")};
}

} // namespace

QStringList handoutFontFamilies(const QStringList &locales) {
    QStringList wanted;
    for (const QString &locale : locales) {
        wanted += familiesFor(locale);
    }
    wanted += {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
               QStringLiteral("Noto Sans Symbols2")};
    QStringList result;
    for (const QString &family : wanted) {
        if (!result.contains(family) && QFontDatabase::hasFamily(family)) {
            result.append(family);
        }
    }
    if (result.isEmpty()) {
        result.append(QStringLiteral("Sans Serif")); // fontconfig's alias for the default
    }
    return result;
}

QString handoutFontFamilyCss(const QStringList &families) {
    QStringList quoted;
    for (const QString &family : families) {
        quoted.append(QLatin1Char('"') + family + QLatin1Char('"'));
    }
    quoted.append(QStringLiteral("sans-serif"));
    return quoted.join(QStringLiteral(", "));
}

} // namespace cg
