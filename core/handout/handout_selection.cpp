// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout/handout_selection.h"

#include "content/content_repository.h"
#include "handout/handout_presets.h"

#include <QSet>

namespace cg {

namespace {

// Every topic id by section, from the source language (every locale shares the ids).
QList<HandoutTopicRef> allTopics(const ContentRepository &repository) {
    QList<HandoutTopicRef> result;
    for (const QString &section : kSectionKeys) {
        const QList<Topic> topics = repository.topics(section, kSourceLocale);
        for (const Topic &topic : topics) {
            result.append({section, topic.id});
        }
    }
    return result;
}

} // namespace

HandoutProblem validateHandoutRequest(const HandoutRequest &request,
                                      const ContentRepository &repository) {
    using Kind = HandoutProblem::Kind;
    if (!repository.locale(request.language)) {
        return {Kind::UnknownLanguage, request.language};
    }
    if (!request.secondLanguage.isEmpty()) {
        if (!repository.locale(request.secondLanguage)) {
            return {Kind::UnknownSecondLanguage, request.secondLanguage};
        }
        if (request.secondLanguage == request.language) {
            return {Kind::SameSecondLanguage, request.secondLanguage};
        }
    }
    if (!request.preset.isEmpty() && !findHandoutPreset(request.preset)) {
        return {Kind::UnknownPreset, request.preset};
    }
    for (const QString &section : request.sections) {
        if (!kSectionKeys.contains(section)) {
            return {Kind::UnknownSection, section};
        }
    }
    QSet<QString> known;
    for (const HandoutTopicRef &ref : allTopics(repository)) {
        known.insert(ref.topic);
    }
    for (const QString &topic : request.topics) {
        if (!known.contains(topic)) {
            return {Kind::UnknownTopic, topic};
        }
    }
    if (!request.condition.isEmpty() && !repository.conditionIds().contains(request.condition)) {
        return {Kind::UnknownCondition, request.condition};
    }
    return {};
}

QList<HandoutTopicRef> resolveHandoutTopics(const HandoutRequest &request,
                                            const ContentRepository &repository) {
    const QList<HandoutTopicRef> all = allTopics(repository);
    QSet<QString> wanted(request.topics.cbegin(), request.topics.cend());
    if (const auto preset = findHandoutPreset(request.preset)) {
        for (const QString &topic : preset->topics) {
            wanted.insert(topic);
        }
    }
    const bool everything = wanted.isEmpty() && request.sections.isEmpty();
    QList<HandoutTopicRef> result;
    for (const HandoutTopicRef &ref : all) {
        if (everything || request.sections.contains(ref.section) || wanted.contains(ref.topic)) {
            result.append(ref);
        }
    }
    return result;
}

void applyPresetDefaults(HandoutRequest &request) {
    if (const auto preset = findHandoutPreset(request.preset)) {
        request.includeQuestions = preset->questions;
        request.includeTeachBack = preset->teachBack;
    }
}

} // namespace cg
