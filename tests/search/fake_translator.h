// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A translator that wraps every string in ⟪…⟫, so a test can see that a widget re-set its
// texts on QEvent::LanguageChange without needing real translation files.
#include <QTranslator>

namespace cg::test {

class BracketTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char * = nullptr,
                      int = -1) const override {
        return QStringLiteral("\u27EA") + QString::fromUtf8(sourceText) + QStringLiteral("\u27EB");
    }
};

inline QString bracketed(const QString &text) {
    return QStringLiteral("\u27EA") + text + QStringLiteral("\u27EB");
}

} // namespace cg::test
