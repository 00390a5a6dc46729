// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handout/handout_request.h"

#include <QList>
#include <QString>

namespace cg {

class ContentRepository;

// The first thing wrong with a request, named so the caller can word the message.
struct HandoutProblem {
    enum class Kind {
        None,
        UnknownLanguage,
        UnknownSecondLanguage,
        SameSecondLanguage,
        UnknownPreset,
        UnknownCondition,
        UnknownSection,
        UnknownTopic
    };
    Kind kind = Kind::None;
    QString value; // the offending code, key or id

    bool ok() const { return kind == Kind::None; }
};

HandoutProblem validateHandoutRequest(const HandoutRequest &request,
                                      const ContentRepository &repository);

// One topic of the handout and the section it belongs to.
struct HandoutTopicRef {
    QString section;
    QString topic;
};

// The topics a request selects, in the guide's reading order (section order, then topic
// order), each once. With no preset, sections or topics: every topic of every section.
QList<HandoutTopicRef> resolveHandoutTopics(const HandoutRequest &request,
                                            const ContentRepository &repository);

// Sets the checklists a preset asks for (the command line has no separate switches for them).
void applyPresetDefaults(HandoutRequest &request);

} // namespace cg
