// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/search_engine.h"

#include "content/content_log.h"
#include "content/content_repository.h"
#include "search/group_scorer.h"
#include "search/index_tokens.h"
#include "search/query_plan.h"
#include "search/query_sanitizer.h"
#include "search/search_index_layout.h"
#include "search/snippet.h"
#include "search/spelling.h"
#include "search/stop_words.h"
#include "search/term_index.h"
#include "search/text_ranges.h"
#include "search/thesaurus.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace cg::search {

namespace {

// Ranking policy (bm25 and the column weights: see GroupScorer).
// A group's bm25 b counts b / (b + kSaturation): a strong match approaches 1, a weak one (a
// common word, a body mention) counts little, and repeating synonyms cannot push it past 1.
constexpr double kSaturation = 4.0;
// How far a glossary phrase in the query is widened depends on how many passages use, in
// their title or text, the reader's words and the term's words. Below this share the words
// count as rare. If the reader's words are common, the content already speaks the reader's
// language: no widening. If they are rare but the term is common (a lay word for the guide's
// own subject), only the topics that rely on the term are widened to, through their keywords;
// widening everywhere would pull every page. If both are rare, the term's words are searched
// everywhere ("blood thinner" finds the warfarin pages).
constexpr double kExpansionMaxShare = 0.1;
// Characters of text a result shows.
constexpr qsizetype kSnippetLength = 180;
// Only the first groups of a very long query (a pasted paragraph) are scored one by one.
constexpr qsizetype kMaxScoredGroups = 16;

// Topics are the guide's main pages; items, warning signs and glossary entries follow when
// they match about as well.
double kindFactor(PassageKind kind) {
    switch (kind) {
    case PassageKind::Topic:
        return 1.0;
    case PassageKind::Term:
        return 0.75;
    default:
        return 0.85; // items and warning signs
    }
}

// A list of rowids as one bound value ("[3,17,42]"), read with json_each(): the statement text
// stays the same and its prepared form can be kept.
QString jsonList(const QList<qint64> &ids) {
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids) {
        parts.append(QString::number(id));
    }
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

} // namespace

QString kindName(ResultKind kind) {
    switch (kind) {
    case ResultKind::Topic:
        return QStringLiteral("topic");
    case ResultKind::Item:
        return QStringLiteral("item");
    case ResultKind::Term:
        return QStringLiteral("term");
    case ResultKind::RedFlag:
        return QStringLiteral("red-flag");
    }
    return {};
}

std::optional<ResultKind> kindFromName(const QString &name) {
    for (const ResultKind kind :
         {ResultKind::Topic, ResultKind::Item, ResultKind::Term, ResultKind::RedFlag}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

struct SearchEngine::Score {
    double bm25 = 0;  // summed over the groups, as a positive number (higher is better)
    double score = 0; // the final score (higher is better)
};

struct SearchEngine::LocaleIndex {
    QString locale;
    QString table;
    IndexKind kind = IndexKind::Words;
    Thesaurus thesaurus;
    QSet<QString> stopWords;
    QHash<QString, QString> sectionTitles;
    TermIndex terms;
    std::unique_ptr<GroupScorer> scorer; // over `terms`
    std::vector<double> factors;         // kindFactor() of every passage
    // Per passage, reused by every search (all zero between searches): scoring touches only
    // the passages that match, and clears only those.
    std::vector<Score> scores;
};

SearchEngine::SearchEngine(const QSqlDatabase &db)
    : m_db(db), m_repository(std::make_unique<ContentRepository>(m_db)) {}

SearchEngine::~SearchEngine() = default;

bool SearchEngine::isAvailable() const {
    QSqlQuery query = prepared(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(kSearchIndexMetaKey);
    return query.exec() && query.next() && query.value(0).toInt() == kSearchIndexVersion;
}

QStringList SearchEngine::locales() const {
    QStringList result;
    if (!isAvailable()) {
        return result;
    }
    // A language has an index when it has its FTS5 table and the index stored from it.
    QSet<QString> stored;
    QSqlQuery rows = prepared(m_db, QStringLiteral("SELECT locale FROM search_passages"));
    if (!rows.exec()) {
        qCWarning(lcSearch, "cannot list the search indexes: %ls",
                  qUtf16Printable(rows.lastError().text()));
    } else {
        while (rows.next()) {
            stored.insert(rows.value(0).toString());
        }
    }
    QSet<QString> tables;
    QSqlQuery names = prepared(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                    "type = 'table' AND name LIKE 'search_%'"));
    if (!names.exec()) {
        qCWarning(lcSearch, "cannot list the search tables: %ls",
                  qUtf16Printable(names.lastError().text()));
    } else {
        while (names.next()) {
            tables.insert(names.value(0).toString());
        }
    }
    QSqlQuery codes = prepared(m_db, QStringLiteral("SELECT code FROM locales ORDER BY position"));
    if (!codes.exec()) {
        qCWarning(lcSearch, "cannot read the languages: %ls",
                  qUtf16Printable(codes.lastError().text()));
    } else {
        while (codes.next()) {
            const QString code = codes.value(0).toString();
            if (tables.contains(searchTableName(code)) && stored.contains(code)) {
                result.append(code);
            }
        }
    }
    return result;
}

bool SearchEngine::hasLocale(const QString &locale) const {
    return locales().contains(locale);
}

SearchEngine::LocaleIndex *SearchEngine::index(const QString &locale) {
    if (const auto found = m_indexes.constFind(locale); found != m_indexes.constEnd()) {
        return found->get();
    }
    if (!hasLocale(locale)) {
        m_lastError = QStringLiteral("no search index for the language '%1'").arg(locale);
        qCWarning(lcSearch, "%ls", qUtf16Printable(m_lastError));
        return nullptr;
    }
    auto index = std::make_shared<LocaleIndex>();
    index->locale = locale;
    index->kind = indexKindFor(locale);
    index->stopWords = stopWords(locale);
    if (!index->terms.load(m_db, locale, m_lastError)) {
        qCWarning(lcSearch, "%ls", qUtf16Printable(m_lastError));
        return nullptr;
    }
    // The glossary and the section titles as the language shows them.
    const int failures = m_repository->queryFailures();
    const QList<GlossaryTerm> glossary = m_repository->glossaryTerms(locale);
    for (const GlossaryTerm &term : glossary) {
        index->thesaurus.addTerm(term.id, QStringList{term.term} + term.synonyms);
    }
    const QList<Section> sections = m_repository->sections(locale);
    for (const Section &section : sections) {
        index->sectionTitles.insert(section.key, section.title);
    }
    if (m_repository->queryFailures() != failures) {
        m_lastError =
            QStringLiteral("cannot read the glossary and section titles of '%1'").arg(locale);
        qCWarning(lcSearch, "%ls", qUtf16Printable(m_lastError));
        return nullptr;
    }
    const quint32 count = index->terms.passageCount();
    index->factors.resize(count);
    for (quint32 passage = 0; passage < count; ++passage) {
        index->factors[passage] = kindFactor(index->terms.passageKind(passage));
    }
    index->scorer = std::make_unique<GroupScorer>(index->terms);
    index->scores.assign(count, Score());
    m_indexes.insert(locale, index);
    return index.get();
}

SearchResults SearchEngine::search(const QString &text, const QString &locale,
                                   const SearchOptions &options) {
    m_lastError.clear();
    SearchResults results;
    LocaleIndex *found = index(locale);
    if (found == nullptr) {
        return results;
    }
    LocaleIndex &index = *found;
    if (options.limit <= 0) {
        return results;
    }
    SanitizedQuery query = sanitizeQuery(text);
    correctSlips(index, query);
    const QueryPlan plan =
        planQuery(query, index.thesaurus, index.stopWords, index.kind,
                  [&](const QueryGroup &widened) { return widening(index, widened); });
    if (plan.isEmpty()) {
        return results;
    }
    results.highlightTerms = plan.highlightTerms;

    std::vector<quint32> touched;
    // How many passages each group matched: the snippet shows the rarest word's sentence.
    std::vector<qsizetype> documents(size_t(plan.groups.size()),
                                     std::numeric_limits<qsizetype>::max());
    for (qsizetype g = 0; g < std::min(plan.groups.size(), kMaxScoredGroups); ++g) {
        documents[size_t(g)] = scoreGroup(index, plan.groups.at(g), touched);
    }

    // Sorted as plain values: thousands of candidates on large content.
    struct Ranked {
        double score;
        double bm25;
        quint32 passage;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(touched.size());
    for (const quint32 passage : touched) {
        Score &score = index.scores[passage];
        ranked.push_back({score.score * index.factors[passage], score.bm25, passage});
        score = Score();
    }
    const auto better = [](const Ranked &x, const Ranked &y) {
        if (x.score != y.score) {
            return x.score > y.score;
        }
        if (x.bm25 != y.bm25) {
            return x.bm25 > y.bm25;
        }
        return x.passage < y.passage; // content order
    };
    // One result per entry: a topic's best passage stands for it. Only the leaders need an
    // order (a few more than asked for, as an entry can lead with several passages); the rest
    // is sorted only if they do not make up the list.
    const size_t leaders = std::min(ranked.size(), size_t(options.limit) * 8);
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(leaders), ranked.end(), better);
    if (const QString error = index.terms.error(); !error.isEmpty()) {
        m_lastError = error;
        qCWarning(lcSearch, "%ls", qUtf16Printable(m_lastError));
        return results;
    }
    QSet<quint32> shown;
    QList<std::pair<quint32, double>> best;
    for (size_t i = 0; i < ranked.size() && best.size() < options.limit; ++i) {
        if (i == leaders) {
            std::sort(ranked.begin() + qsizetype(leaders), ranked.end(), better);
        }
        const quint32 key = index.terms.passageResult(ranked[i].passage);
        if (!shown.contains(key)) {
            shown.insert(key);
            best.append({ranked[i].passage, ranked[i].score});
        }
    }
    if (!fill(index, best, plan.groups, documents, options, results.hits) ||
        !index.terms.error().isEmpty()) {
        if (m_lastError.isEmpty()) {
            m_lastError = index.terms.error();
        }
        results.hits.clear();
    }
    return results;
}

// A word the index does not hold at all (not even as the start of a word, for the one being
// typed) that is a slip away from one glossary word becomes that word: "diltiazam" finds
// diltiazem. Words the index holds, stop words and short words are left as typed.
void SearchEngine::correctSlips(const LocaleIndex &index, SanitizedQuery &query) const {
    if (index.kind != IndexKind::Words) {
        return; // Chinese is matched by character pairs, not words
    }
    for (qsizetype i = 0; i < query.words.size(); ++i) {
        QueryWord &word = query.words[i];
        const bool open = query.lastWordOpen && i + 1 == query.words.size();
        if (allowedSlips(word.folded.size()) == 0 || index.stopWords.contains(word.folded) ||
            index.terms.hasTerm(word.folded, open)) {
            continue;
        }
        const QString corrected = closestWord(word.folded, index.thesaurus.words());
        if (!corrected.isEmpty()) {
            word.folded = corrected;
            word.original = corrected; // the page highlights the word that is there
            if (open) {
                query.lastWordOpen = false; // a whole word now, not a beginning
            }
        }
    }
}

// Adds one group's share to the score of every passage it matches: its bm25 for the group,
// saturated and weighted.
qsizetype SearchEngine::scoreGroup(LocaleIndex &index, const QueryGroup &group,
                                   std::vector<quint32> &touched) {
    const std::vector<GroupScorer::Match> matches = index.scorer->score(group);
    for (const GroupScorer::Match &match : matches) {
        Score &score = index.scores[match.passage];
        if (score.bm25 == 0 && score.score == 0) {
            touched.push_back(match.passage);
        }
        score.bm25 += match.bm25;
        score.score += group.weight * match.bm25 / (match.bm25 + kSaturation);
    }
    return qsizetype(matches.size());
}

Widening SearchEngine::widening(LocaleIndex &index, const QueryGroup &widened) {
    QueryGroup typed;
    typed.alternatives = widened.alternatives.mid(0, 1);
    if (!isRare(index, typed)) {
        return Widening::None; // the content says it the reader's way already
    }
    if (!isRare(index, widened)) {
        return Widening::Keywords; // the term is everywhere: only its own topics help
    }
    return Widening::Everywhere;
}

// Whether few passages have any of the group's phrases in their title or text. Keywords are
// left out: they hold the glossary's own synonyms, found by definition.
bool SearchEngine::isRare(LocaleIndex &index, const QueryGroup &group) {
    return double(index.scorer->count(group, kShownColumns)) <
           kExpansionMaxShare * double(index.terms.passageCount());
}

QSqlQuery &SearchEngine::statement(const QString &sql) {
    std::shared_ptr<QSqlQuery> &known = m_statements[sql];
    if (known == nullptr) {
        known = std::make_shared<QSqlQuery>(prepared(m_db, sql));
    }
    return *known;
}

bool SearchEngine::fail(const QSqlQuery &query) {
    m_lastError = query.lastError().text();
    qCWarning(lcSearch, "search query failed: %ls -- %ls", qUtf16Printable(m_lastError),
              qUtf16Printable(query.lastQuery().simplified()));
    return false;
}

namespace {

// Where a passage's title and text matched, as token runs of its indexed text, and for each
// run in the text the query group it matched.
struct PassageMarks {
    QList<TokenRun> title;
    QList<TokenRun> body;
    QList<qsizetype> bodyGroups;
};

// Where the plan's phrases occur in the title and text of the given passages.
QHash<quint32, PassageMarks> marks(const TermIndex &terms, std::vector<quint32> passages,
                                   const QList<QueryGroup> &groups) {
    QHash<quint32, PassageMarks> result;
    std::sort(passages.begin(), passages.end());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QueryGroup &group = groups.at(g);
        for (const Alternative &alternative : group.alternatives) {
            const QStringList tokens = phraseTokens(alternative);
            const std::vector<TokenKey> keys =
                terms.find(tokens, alternative.prefix, group.columns & kShownColumns, &passages);
            for (const TokenKey key : keys) {
                PassageMarks &marks = result[keyPassage(key)];
                const TokenRun run{qsizetype(keyOffset(key)), tokens.size()};
                if (keyColumn(key) == TitleColumn) {
                    marks.title.append(run);
                } else {
                    marks.body.append(run);
                    marks.bodyGroups.append(g);
                }
            }
        }
    }
    return result;
}

// The run of the rarest query group among those that matched the text (the fewest passages),
// the first in the text among its runs.
std::optional<TokenRun> rarestRun(const PassageMarks &marks,
                                  const std::vector<qsizetype> &documents) {
    std::optional<qsizetype> best;
    for (qsizetype i = 0; i < marks.body.size(); ++i) {
        if (!best.has_value()) {
            best = i;
            continue;
        }
        const qsizetype rarity = documents.at(size_t(marks.bodyGroups.at(i)));
        const qsizetype bestRarity = documents.at(size_t(marks.bodyGroups.at(*best)));
        if (rarity < bestRarity ||
            (rarity == bestRarity && marks.body.at(i).first < marks.body.at(*best).first)) {
            best = i;
        }
    }
    return best.has_value() ? std::optional<TokenRun>(marks.body.at(*best)) : std::nullopt;
}

} // namespace

bool SearchEngine::fill(const LocaleIndex &index, const QList<std::pair<quint32, double>> &best,
                        const QList<QueryGroup> &groups, const std::vector<qsizetype> &documents,
                        const SearchOptions &options, QList<SearchHit> &hits) {
    if (best.isEmpty()) {
        return true;
    }
    QList<qint64> rowids;
    std::vector<quint32> passages;
    for (const auto &[passage, score] : best) {
        rowids.append(index.terms.rowid(passage));
        passages.push_back(passage);
    }
    const QHash<quint32, PassageMarks> found =
        options.snippets ? marks(index.terms, passages, groups) : QHash<quint32, PassageMarks>();

    QHash<qint64, SearchHit> byEntry;
    QSqlQuery &entries =
        statement(QStringLiteral("SELECT entry, kind, id, section_key, title, body, fallback "
                                 "FROM search_entries WHERE entry IN "
                                 "(SELECT value FROM json_each(?))"));
    entries.bindValue(0, jsonList(rowids));
    if (!entries.exec()) {
        return fail(entries);
    }
    while (entries.next()) {
        SearchHit hit;
        hit.kind = kindFromName(entries.value(1).toString()).value_or(ResultKind::Topic);
        hit.id = entries.value(2).toString();
        hit.sectionKey = entries.value(3).toString();
        hit.sectionTitle = index.sectionTitles.value(hit.sectionKey);
        hit.title = entries.value(4).toString();
        hit.fallback = entries.value(6).toBool();
        const qint64 entry = entries.value(0).toLongLong();
        const std::optional<quint32> passage = index.terms.passage(entry);
        const PassageMarks marked = passage.has_value() ? found.value(*passage) : PassageMarks();
        // What matched is found in the indexed (folded) text and mapped back onto the
        // original text, which is what the reader sees.
        const QList<TextRange> titleRanges =
            options.snippets
                ? rangesFromTokens(marked.title, indexText(hit.title, index.kind), hit.title)
                : QList<TextRange>();
        // A warning sign continues its card's heading ("Get help today if | a sore is red"):
        // on its own, as a result title, it starts with a capital.
        if (hit.kind == ResultKind::RedFlag && !hit.title.isEmpty() && hit.title.at(0).isLower()) {
            hit.title[0] = hit.title.at(0).toUpper();
        }
        hit.titleHtml = markedHtml(hit.title, titleRanges);
        if (options.snippets) {
            const QString body = entries.value(5).toString();
            const FoldedText indexed = indexText(body, index.kind);
            const QList<TokenSpan> tokens =
                marked.body.isEmpty() ? QList<TokenSpan>() : indexTokenSpans(indexed.text);
            const std::optional<TokenRun> rarest = rarestRun(marked, documents);
            const QList<TextRange> focus = rarest.has_value()
                                               ? rangesFromTokens({*rarest}, indexed, tokens, body)
                                               : QList<TextRange>();
            hit.snippetHtml = snippetHtml(
                body, rangesFromTokens(marked.body, indexed, tokens, body), kSnippetLength,
                focus.isEmpty() ? std::nullopt : std::optional<TextRange>(focus.first()));
        }
        byEntry.insert(entry, hit);
    }
    entries.finish();

    for (const auto &[passage, score] : best) {
        const auto hit = byEntry.constFind(index.terms.rowid(passage));
        if (hit != byEntry.constEnd()) {
            SearchHit result = *hit;
            result.score = score;
            hits.append(result);
        }
    }
    return true;
}

} // namespace cg::search
