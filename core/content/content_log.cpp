// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/content_log.h"

#include <QString>

namespace {

QtMessageHandler previousHandler = nullptr;

void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context,
                              const QString &message) {
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    if (previousHandler != nullptr) {
        previousHandler(type, context, message);
    }
}

} // namespace

Q_LOGGING_CATEGORY(lcContent, "calcinosis.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "calcinosis.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUser, "calcinosis.user", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHandout, "calcinosis.handout", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "calcinosis.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "calcinosis.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSpeech, "calcinosis.speech", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCompiler, "calcinosis.compiler", QtInfoMsg)

namespace cg {

void quietMissingRuntimeDirWarning() {
    if (previousHandler == nullptr) {
        previousHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
    }
}

} // namespace cg
