#include "content/content_log.h"

Q_LOGGING_CATEGORY(lcContent, "calcinosis.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "calcinosis.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUser, "calcinosis.user", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHandout, "calcinosis.handout", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "calcinosis.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "calcinosis.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSpeech, "calcinosis.speech", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCompiler, "calcinosis.compiler", QtInfoMsg)
