#include "content/content_log.h"

Q_LOGGING_CATEGORY(lcContent, "calcinosis.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "calcinosis.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUser, "calcinosis.user", QtInfoMsg)
