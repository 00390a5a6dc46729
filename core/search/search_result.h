// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cg::search {

enum class ResultKind { Topic, Item, Term, RedFlag };

// "topic", "item", "term", "red-flag": the names the database, signals and the command line
// use.
QString kindName(ResultKind kind);
std::optional<ResultKind> kindFromName(const QString &name);

// One thing search found, with what the application needs to open it.
struct SearchHit {
    ResultKind kind = ResultKind::Topic;
    QString id;
    QString sectionKey;    // a section key, "glossary" for glossary terms, "red-flags" for signs
    QString sectionTitle;  // that section's title in the search language; empty for the glossary
                           // and warning signs, which are not sections
    QString title;         // plain text
    QString titleHtml;     // escaped, matched words in <b>
    QString snippetHtml;   // escaped, matched words in <b>; empty unless snippets were asked for
    double score = 0;      // higher is better; comparable within one search only
    bool fallback = false; // the entry is shown in English: the language lacks its translation
};

struct SearchResults {
    QList<SearchHit> hits; // best first
    // What to highlight in the page a result opens: the words as typed and the glossary
    // phrases the search was widened with.
    QStringList highlightTerms;
};

struct SearchOptions {
    int limit = 10;
    bool snippets = true; // the command line needs none
};

} // namespace cg::search
