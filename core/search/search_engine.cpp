#include "search/search_engine.h"

#include "search/fts_expression.h"
#include "search/query_plan.h"
#include "search/query_sanitizer.h"
#include "search/search_index_layout.h"
#include "search/snippet.h"
#include "search/stop_words.h"
#include "search/text_ranges.h"
#include "search/thesaurus.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <vector>

namespace cg::search {

namespace {

// Ranking policy.
// bm25 column weights: a word in the title says most about what a passage is about, a glossary
// keyword (a lay word of a term the topic relies on) less, the body least.
const QString kBm25 = QStringLiteral("bm25(%1, 10.0, 4.0, 1.0, 0.0, 0.0)");
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
// Up to this many passages in a language, every group is scored on every passage it matches;
// beyond it, groups are scored from the rarest up (see scoreGroupsByRarity()).
constexpr qint64 kFullScoreLimit = 2000;
// Match counts kept per language (typing repeats the same words); cleared when full.
constexpr qsizetype kMaxCachedCounts = 4096;
// Only the first groups of a very long query (a pasted paragraph) are scored one by one.
constexpr qsizetype kMaxScoredGroups = 16;
// On large content, a common group is scored only on this many of the best passages that the
// rarer groups found: it can reorder the leaders, and scoring it costs a microsecond a passage.
constexpr qsizetype kRestrictedCandidates = 300;

// Topics are the guide's main pages; items, warning signs and glossary entries follow when
// they match about as well.
double kindFactor(const QString &kind) {
    if (kind == QLatin1String("topic")) {
        return 1.0;
    }
    if (kind == QLatin1String("term")) {
        return 0.75;
    }
    return 0.85; // items and warning signs
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

struct SearchEngine::LocaleIndex {
    QString locale;
    QString table;
    IndexKind kind = IndexKind::Words;
    Thesaurus thesaurus;
    QSet<QString> stopWords;
    QHash<QString, QString> sectionTitles;
    qint64 entries = 0;
    QHash<QString, bool> rare;     // MATCH expression -> isRare() (cached: typing repeats them)
    QHash<QString, qint64> counts; // MATCH expression -> passages matching it
    // Kind and id of every passage, read once: scoring then touches only the index and the
    // column sizes bm25 needs, not the stored text.
    struct Passage {
        QString kind;
        QString id;
        double factor = 1.0; // kindFactor(kind)
    };
    QHash<qint64, Passage> passages;
};

struct SearchEngine::Candidate {
    const LocaleIndex::Passage *passage = nullptr; // kind and id, owned by the LocaleIndex
    double bm25 = 0;  // summed over the groups, as a positive number (higher is better)
    double score = 0; // the final score (higher is better)
};

SearchEngine::SearchEngine(QSqlDatabase db) : m_db(std::move(db)) {}

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
    QSet<QString> tables;
    QSqlQuery names = prepared(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                    "type = 'table' AND name LIKE 'search_%'"));
    if (names.exec()) {
        while (names.next()) {
            tables.insert(names.value(0).toString());
        }
    }
    QSqlQuery codes = prepared(m_db, QStringLiteral("SELECT code FROM locales ORDER BY position"));
    if (codes.exec()) {
        while (codes.next()) {
            const QString code = codes.value(0).toString();
            if (tables.contains(searchTableName(code))) {
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
        return nullptr;
    }
    auto index = std::make_shared<LocaleIndex>();
    index->locale = locale;
    index->table = searchTableName(locale);
    index->kind = indexKindFor(locale);
    index->stopWords = stopWords(locale);

    // The glossary as the language shows it: its own text, else English (as the views do).
    QSqlQuery terms = prepared(
        m_db, QStringLiteral("SELECT g.id, COALESCE(l.term, e.term), "
                             "COALESCE(l.synonyms, e.synonyms) FROM glossary_terms g "
                             "JOIN glossary_text e ON e.term_id = g.id AND e.locale = 'en' "
                             "LEFT JOIN glossary_text l ON l.term_id = g.id AND l.locale = ? "
                             "ORDER BY g.position"));
    terms.addBindValue(locale);
    if (terms.exec()) {
        while (terms.next()) {
            QStringList phrases{terms.value(1).toString()};
            phrases += terms.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            index->thesaurus.addTerm(terms.value(0).toString(), phrases);
        }
    }
    QSqlQuery sections = prepared(
        m_db, QStringLiteral("SELECT s.key, COALESCE(l.title, e.title) FROM sections s "
                             "JOIN section_text e ON e.section_key = s.key AND e.locale = 'en' "
                             "LEFT JOIN section_text l ON l.section_key = s.key AND l.locale = ?"));
    sections.addBindValue(locale);
    if (sections.exec()) {
        while (sections.next()) {
            index->sectionTitles.insert(sections.value(0).toString(), sections.value(1).toString());
        }
    }
    QSqlQuery passages =
        prepared(m_db, QStringLiteral("SELECT rowid, kind, id FROM %1").arg(index->table));
    if (passages.exec()) {
        while (passages.next()) {
            const QString kind = passages.value(1).toString();
            index->passages.insert(passages.value(0).toLongLong(),
                                   {kind, passages.value(2).toString(), kindFactor(kind)});
        }
    }
    index->entries = index->passages.size();
    m_indexes.insert(locale, index);
    return index.get();
}

SearchResults SearchEngine::search(const QString &text, const QString &locale,
                                   const SearchOptions &options) {
    m_lastError.clear();
    SearchResults results;
    LocaleIndex *found = index(locale);
    if (found == nullptr) {
        m_lastError = QStringLiteral("no search index for the language '%1'").arg(locale);
        return results;
    }
    LocaleIndex &index = *found;
    if (options.limit <= 0) {
        return results;
    }
    const QueryPlan plan =
        planQuery(sanitizeQuery(text), index.thesaurus, index.stopWords, index.kind,
                  [&](const QueryGroup &widened) { return widening(index, widened); });
    if (plan.isEmpty()) {
        return results;
    }
    results.highlightTerms = plan.highlightTerms;

    const QString any = matchExpression(plan.groups, Join::Any);
    Candidates candidates;
    if (!scoreGroups(index, plan.groups.mid(0, kMaxScoredGroups), candidates)) {
        return results;
    }
    for (Candidate &candidate : candidates) {
        candidate.score *= candidate.passage != nullptr ? candidate.passage->factor : 1.0;
    }

    // Sorted as plain values: thousands of candidates on large content, and a comparator
    // that looked candidates up by rowid cost more than the scoring of a short query.
    struct Ranked {
        double score;
        double bm25;
        qint64 entry;
        const LocaleIndex::Passage *passage;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(size_t(candidates.size()));
    for (auto candidate = candidates.cbegin(); candidate != candidates.cend(); ++candidate) {
        ranked.push_back({candidate->score, candidate->bm25, candidate.key(), candidate->passage});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &x, const Ranked &y) {
        if (x.score != y.score) {
            return x.score > y.score;
        }
        if (x.bm25 != y.bm25) {
            return x.bm25 > y.bm25;
        }
        return x.entry < y.entry; // content order
    });
    // One result per entry: a topic's best passage stands for it.
    QSet<QString> shown;
    QList<qint64> best;
    for (const Ranked &candidate : ranked) {
        const QString key = candidate.passage != nullptr
                                ? candidate.passage->kind + QLatin1Char(':') + candidate.passage->id
                                : QString::number(candidate.entry);
        if (!shown.contains(key)) {
            shown.insert(key);
            best.append(candidate.entry);
            if (best.size() == options.limit) {
                break;
            }
        }
    }
    if (!fill(index, best, candidates, any, options, results.hits)) {
        results.hits.clear();
    }
    return results;
}

Widening SearchEngine::widening(LocaleIndex &index, const QueryGroup &widened) {
    QueryGroup typed;
    typed.alternatives = widened.alternatives.mid(0, 1);
    if (!isRare(index, matchExpression({typed}, Join::Any))) {
        return Widening::None; // the content says it the reader's way already
    }
    if (!isRare(index, matchExpression({widened}, Join::Any))) {
        return Widening::Keywords; // the term is everywhere: only its own topics help
    }
    return Widening::Everywhere;
}

bool SearchEngine::isRare(LocaleIndex &index, const QString &expression) {
    if (const auto known = index.rare.constFind(expression); known != index.rare.constEnd()) {
        return *known;
    }
    // Keywords are left out: they hold the glossary's own synonyms, found by definition.
    QSqlQuery &query =
        statement(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(index.table));
    query.bindValue(0, QString(QStringLiteral("{title body} : (") + expression + QLatin1Char(')')));
    bool rare = true;
    if (query.exec() && query.next()) {
        rare = double(query.value(0).toLongLong()) < kExpansionMaxShare * double(index.entries);
    }
    query.finish();
    index.rare.insert(expression, rare);
    return rare;
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
    return false;
}

void SearchEngine::addScores(const LocaleIndex &index, QSqlQuery &query,
                             const QList<QueryGroup> &groups, Candidates &candidates) {
    while (query.next()) {
        const double bm25 = -query.value(2).toDouble();
        if (bm25 <= 0) {
            continue; // a word in more than half the passages: FTS5 gives it no weight
        }
        const qint64 entry = query.value(1).toLongLong();
        Candidate &candidate = candidates[entry];
        if (candidate.passage == nullptr) {
            const auto passage = index.passages.constFind(entry);
            candidate.passage = passage != index.passages.constEnd() ? &passage.value() : nullptr;
        }
        candidate.bm25 += bm25;
        candidate.score += groups.at(query.value(0).toInt()).weight * bm25 / (bm25 + kSaturation);
    }
    query.finish();
}

bool SearchEngine::scoreGroups(LocaleIndex &index, const QList<QueryGroup> &groups,
                               Candidates &candidates) {
    if (groups.isEmpty()) {
        return true;
    }
    if (index.entries > kFullScoreLimit) {
        return scoreGroupsByRarity(index, groups, candidates);
    }
    // One statement: each part finds the passages matching one group and ranks them on that
    // group alone. A passage's score adds up over the groups it matches.
    const QString part = QStringLiteral("SELECT %3, rowid, %2 FROM %1 WHERE %1 MATCH ?")
                             .arg(index.table, kBm25.arg(index.table));
    QStringList parts;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        parts.append(part.arg(g));
    }
    QSqlQuery &query = statement(parts.join(QStringLiteral(" UNION ALL ")));
    for (qsizetype g = 0; g < groups.size(); ++g) {
        query.bindValue(int(g), matchExpression({groups.at(g)}, Join::Any));
    }
    if (!query.exec()) {
        return fail(query);
    }
    addScores(index, query, groups, candidates);
    return true;
}

// For content far larger than the guide's: bm25 costs about a microsecond per passage, so a
// common word matching tens of thousands of passages would cost tens of milliseconds. Groups
// are scored from the rarest up: rare groups are scored on every passage they match, up to
// kFullScoreLimit passages for all of them together; the others only on the best
// kRestrictedCandidates passages the rarer groups found (their weight is small anyway: FTS5
// gives a word found in more than half the passages none). When every group is common, the
// rarest is scored where it is in a title or keywords, which is what such a query is about.
bool SearchEngine::scoreGroupsByRarity(LocaleIndex &index, const QList<QueryGroup> &groups,
                                       Candidates &candidates) {
    QList<std::pair<qint64, qsizetype>> order;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        order.append({matches(index, matchExpression({groups.at(g)}, Join::Any)), g});
    }
    std::sort(order.begin(), order.end());
    QList<qint64> best; // the leaders after the rarer groups, chosen once
    const auto leaders = [&]() -> const QList<qint64> & {
        if (best.isEmpty()) {
            std::vector<std::pair<double, qint64>> scores;
            scores.reserve(size_t(candidates.size()));
            for (auto candidate = candidates.cbegin(); candidate != candidates.cend();
                 ++candidate) {
                scores.push_back({-candidate->score, candidate.key()});
            }
            const size_t kept = std::min(scores.size(), size_t(kRestrictedCandidates));
            std::partial_sort(scores.begin(), scores.begin() + qsizetype(kept), scores.end());
            for (size_t i = 0; i < kept; ++i) {
                best.append(scores[i].second);
            }
        }
        return best;
    };
    const auto score = [&](qsizetype g, const QString &column, bool restricted) {
        QueryGroup group = groups.at(g);
        if (!column.isEmpty()) {
            group.column = column;
        }
        QSqlQuery &query = statement(
            QStringLiteral("SELECT ?, rowid, %2 FROM %1 WHERE %1 MATCH ?%3")
                .arg(index.table, kBm25.arg(index.table),
                     restricted ? QStringLiteral(" AND +rowid IN (SELECT value FROM json_each(?))")
                                : QString()));
        query.bindValue(0, int(g));
        query.bindValue(1, matchExpression({group}, Join::Any));
        if (restricted) {
            query.bindValue(2, jsonList(leaders()));
        }
        if (!query.exec()) {
            return fail(query);
        }
        addScores(index, query, groups, candidates);
        return true;
    };
    qint64 scored = 0; // passages scored on every match so far
    for (const auto &[count, g] : std::as_const(order)) {
        const bool common =
            count > kFullScoreLimit || (scored > 0 && scored + count > kFullScoreLimit);
        bool ok = true;
        if (!common) {
            ok = score(g, {}, false);
            scored += count;
        } else if (!candidates.isEmpty()) {
            ok = score(g, {}, true);
        } else {
            ok = score(g, QStringLiteral("title keywords"), false) &&
                 (!candidates.isEmpty() || score(g, {}, false));
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

qint64 SearchEngine::matches(LocaleIndex &index, const QString &expression) {
    if (const auto known = index.counts.constFind(expression); known != index.counts.constEnd()) {
        return *known;
    }
    QSqlQuery &query =
        statement(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(index.table));
    query.bindValue(0, expression);
    qint64 count = 0;
    if (query.exec() && query.next()) {
        count = query.value(0).toLongLong();
    }
    query.finish();
    if (index.counts.size() > kMaxCachedCounts) {
        index.counts.clear();
    }
    index.counts.insert(expression, count);
    return count;
}

bool SearchEngine::fill(const LocaleIndex &index, const QList<qint64> &ranked,
                        const Candidates &candidates, const QString &expression,
                        const SearchOptions &options, QList<SearchHit> &hits) {
    if (ranked.isEmpty()) {
        return true;
    }
    QHash<qint64, SearchHit> byEntry;
    QHash<qint64, QString> bodies;
    QSqlQuery &entries =
        statement(QStringLiteral("SELECT entry, kind, id, section_key, title, body, fallback "
                                 "FROM search_entries WHERE entry IN "
                                 "(SELECT value FROM json_each(?))"));
    entries.bindValue(0, jsonList(ranked));
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
        // A warning sign continues its card's heading ("Get help today if | a sore is red"):
        // on its own, as a result title, it starts with a capital.
        if (hit.kind == ResultKind::RedFlag && !hit.title.isEmpty() && hit.title.at(0).isLower()) {
            hit.title[0] = hit.title.at(0).toUpper();
        }
        hit.titleHtml = hit.title.toHtmlEscaped();
        hit.fallback = entries.value(6).toBool();
        const qint64 entry = entries.value(0).toLongLong();
        if (options.snippets) {
            bodies.insert(entry, entries.value(5).toString());
            hit.snippetHtml = snippetHtml(bodies.value(entry), {});
        }
        byEntry.insert(entry, hit);
    }
    entries.finish();

    if (options.snippets) {
        // highlight() marks what matched in the indexed (folded) text; the marks are mapped
        // back onto the original text, which is what the reader sees.
        QSqlQuery &marks = statement(
            QStringLiteral("SELECT rowid, highlight(%1, %2, ?, ?), highlight(%1, %3, ?, ?) "
                           "FROM %1 WHERE %1 MATCH ? AND +rowid IN "
                           "(SELECT value FROM json_each(?))")
                .arg(index.table)
                .arg(int(TitleColumn))
                .arg(int(BodyColumn)));
        const QString open = QString(QChar(kMatchOpen));
        const QString close = QString(QChar(kMatchClose));
        int position = 0;
        const QStringList values{open, close, open, close, expression, jsonList(ranked)};
        for (const QString &value : values) {
            marks.bindValue(position++, value);
        }
        if (!marks.exec()) {
            return fail(marks);
        }
        while (marks.next()) {
            const qint64 entry = marks.value(0).toLongLong();
            auto hit = byEntry.find(entry);
            if (hit == byEntry.end()) {
                continue;
            }
            hit->titleHtml = markedHtml(
                hit->title, rangesFromHighlight(marks.value(1).toString(),
                                                indexText(hit->title, index.kind), hit->title));
            const QString &body = bodies[entry];
            hit->snippetHtml =
                snippetHtml(body, rangesFromHighlight(marks.value(2).toString(),
                                                      indexText(body, index.kind), body));
        }
        marks.finish();
    }

    for (const qint64 entry : ranked) {
        const auto hit = byEntry.constFind(entry);
        if (hit != byEntry.constEnd()) {
            SearchHit result = *hit;
            result.score = candidates.value(entry).score;
            hits.append(result);
        }
    }
    return true;
}

} // namespace cg::search
