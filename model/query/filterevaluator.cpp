// SPDX-License-Identifier: MIT
#include "filterevaluator.h"

#include "filterrowmatcher.h"
#include "filtersql.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <bit>
#include <unordered_map>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::FilterEvaluator", text);
}

constexpr qint64 kBatchRows = 65536;
// Below one candidate in this many rows of their span, point lookups beat a scan.
constexpr qint64 kSparseRatio = 24;

using Words = std::vector<quint64>;

std::size_t wordCount(qint64 n)
{
    return static_cast<std::size_t>((n + 63) / 64);
}

// Bits for the rows where `test(i)` holds, 64 at a time.
template<typename Test> Words fill(qint64 n, Test test)
{
    Words words(wordCount(n), 0);
    for (std::size_t w = 0; w < words.size(); ++w) {
        const qint64 base = static_cast<qint64>(w) * 64;
        const qint64 end = std::min<qint64>(base + 64, n);
        quint64 word = 0;
        for (qint64 i = base; i < end; ++i)
            word |= static_cast<quint64>(test(i) ? 1 : 0) << (i - base);
        words[w] = word;
    }
    return words;
}

void clearTail(Words& words, qint64 n)
{
    if (!words.empty() && n % 64 != 0)
        words.back() &= (quint64(1) << (n % 64)) - 1;
}

bool ordered(int order, FilterOp op)
{
    switch (op) {
    case FilterOp::Equal:
        return order == 0;
    case FilterOp::NotEqual:
        return order != 0;
    case FilterOp::Less:
        return order < 0;
    case FilterOp::LessOrEqual:
        return order <= 0;
    case FilterOp::Greater:
        return order > 0;
    case FilterOp::GreaterOrEqual:
        return order >= 0;
    }
    return false;
}

template<typename T> int compare(T a, T b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

// Whether a number column's value satisfies a number condition (compare or in).
bool numberMatches(const FilterNode& node, double value)
{
    if (node.kind == FilterNode::Kind::In) {
        for (const FilterValue& v : node.values) {
            if (value == v.number)
                return true;
        }
        return false;
    }
    return ordered(compare(value, node.values.front().number), node.op);
}

class Evaluation
{
public:
    Evaluation(const EventIndex& index, const FilterOptions& options)
        : m_index(index)
        , m_options(options)
        , m_n(index.size())
    { }

    enum class Mode
    {
        Must, ///< store conditions taken as false-and-unknown: rows surely in
        Maybe, ///< store conditions taken as true: rows possibly in
        Exact, ///< store conditions as answered
    };

    Words eval(const FilterNode& node, Mode mode)
    {
        switch (node.kind) {
        case FilterNode::Kind::And:
        case FilterNode::Kind::Or: {
            Words result = eval(*node.children.front(), mode);
            for (std::size_t c = 1; c < node.children.size(); ++c) {
                const Words other = eval(*node.children[c], mode);
                for (std::size_t w = 0; w < result.size(); ++w)
                    result[w] = node.kind == FilterNode::Kind::And ? result[w] & other[w] : result[w] | other[w];
            }
            return result;
        }
        case FilterNode::Kind::Not: {
            // not(x) is surely true where x is surely false, and the other way round.
            const Mode inner = mode == Mode::Must ? Mode::Maybe : mode == Mode::Maybe ? Mode::Must : Mode::Exact;
            Words result = eval(*node.children.front(), inner);
            for (quint64& word : result)
                word = ~word;
            clearTail(result, m_n);
            return result;
        }
        default:
            break;
        }
        if (node.needsStore()) {
            if (mode == Mode::Exact)
                return m_storeAnswers.at(&node);
            Words words(wordCount(m_n), mode == Mode::Must ? 0 : ~quint64(0));
            clearTail(words, m_n);
            return words;
        }
        auto cached = m_indexAnswers.find(&node);
        if (cached == m_indexAnswers.end())
            cached = m_indexAnswers.emplace(&node, indexed(node)).first;
        return cached->second;
    }

    void collectStoreConditions(const FilterNode& node)
    {
        if (node.kind == FilterNode::Kind::And || node.kind == FilterNode::Kind::Or
            || node.kind == FilterNode::Kind::Not) {
            for (const FilterNodePtr& child : node.children)
                collectStoreConditions(*child);
        } else if (node.needsStore()) {
            m_storeConditions.push_back(&node);
        }
    }

    const std::vector<const FilterNode*>& storeConditions() const { return m_storeConditions; }
    void setStoreAnswers(std::vector<Words> answers)
    {
        for (std::size_t i = 0; i < m_storeConditions.size(); ++i)
            m_storeAnswers[m_storeConditions[i]] = std::move(answers[i]);
    }

private:
    // Per interned id: whether its text satisfies the condition.
    std::vector<char> textTable(const FilterNode& node, const StringPool& pool)
    {
        FilterRowMatcher matcher({ &node });
        std::vector<char> table(pool.size(), 0);
        for (quint32 id = 0; id < pool.size(); ++id)
            table[id] = matcher.matchesText(0, pool.view(id)) ? 1 : 0;
        return table;
    }

    Words indexed(const FilterNode& node)
    {
        const IndexColumns& columns = m_index.columns();
        switch (node.field) {
        case FilterField::Position:
            return fill(m_n, [&](qint64 i) { return numberMatches(node, static_cast<double>(i)); });
        case FilterField::Version:
            return fill(m_n, [&](qint64 i) { return numberMatches(node, columns.versions[std::size_t(i)]); });
        case FilterField::SchemaVersion:
            return fill(m_n, [&](qint64 i) { return numberMatches(node, columns.schemaVersions[std::size_t(i)]); });
        case FilterField::Time: {
            std::vector<TimeUs> times;
            for (const FilterValue& value : node.values)
                times.push_back(
                    value.kind == FilterValue::Kind::RelativeTime ? m_options.now + value.time : value.time);
            const FilterOp op = node.kind == FilterNode::Kind::In ? FilterOp::Equal : node.op;
            const TimeUs* data = columns.timestamps.data();
            if (times.size() == 1) {
                const TimeUs t = times.front();
                // An unparseable time matches no comparison (and so every '!=').
                return fill(m_n, [&](qint64 i) {
                    const TimeUs time = data[i];
                    return op == FilterOp::NotEqual ? (time == kInvalidTime || time != t)
                                                    : (time != kInvalidTime && ordered(compare(time, t), op));
                });
            }
            return fill(m_n, [&](qint64 i) {
                return std::find(times.begin(), times.end(), data[i]) != times.end() && data[i] != kInvalidTime;
            });
        }
        case FilterField::Stream: {
            const std::vector<char> table = textTable(node, m_index.streams());
            const quint32* streams = columns.streams.data();
            return fill(m_n, [&](qint64 i) { return table[streams[i]] != 0; });
        }
        case FilterField::AggregateType: {
            const std::vector<char> types = textTable(node, m_index.aggregateTypes());
            std::vector<char> table(m_index.streams().size());
            for (quint32 s = 0; s < m_index.streams().size(); ++s)
                table[s] = types[m_index.streamAggregateType(s)];
            const quint32* streams = columns.streams.data();
            return fill(m_n, [&](qint64 i) { return table[streams[i]] != 0; });
        }
        case FilterField::Type: {
            const std::vector<char> table = textTable(node, m_index.types());
            const quint16* types = columns.types.data();
            return fill(m_n, [&](qint64 i) { return table[types[i]] != 0; });
        }
        case FilterField::User: {
            const std::vector<char> table = textTable(node, m_index.users());
            const quint32* users = columns.users.data();
            return fill(m_n, [&](qint64 i) { return table[users[i]] != 0; });
        }
        default:
            return Words(wordCount(m_n), 0);
        }
    }

    const EventIndex& m_index;
    const FilterOptions& m_options;
    qint64 m_n;
    std::unordered_map<const FilterNode*, Words> m_indexAnswers;
    std::unordered_map<const FilterNode*, Words> m_storeAnswers;
    std::vector<const FilterNode*> m_storeConditions;
};

struct Candidates
{
    std::vector<qint32> positions;
};

StoreError cancelled(const EventStore& store)
{
    return StoreError { StoreErrorCode::Cancelled, store.source(), tr("the filter was cancelled"), {} };
}

void setBit(Words& words, qint64 position)
{
    words[static_cast<std::size_t>(position >> 6)] |= quint64(1) << (position & 63);
}

// Store conditions answered by reading rows (simdjson for JSON).
class ScanSink final : public RowSink
{
public:
    ScanSink(const EventIndex& index, const Words& candidates, FilterRowMatcher& matcher, std::vector<Words>& answers)
        : m_index(index)
        , m_candidates(candidates)
        , m_matcher(matcher)
        , m_answers(answers)
    { }

    bool row(const RawEventRow& row) override
    {
        m_lastRowId = row.rowId;
        const qint64 position = m_index.positionOfRowId(row.rowId);
        if (position < 0 || (m_candidates[std::size_t(position >> 6)] >> (position & 63) & 1) == 0)
            return true;
        ++m_read;
        m_matcher.match(row, m_scratch);
        for (std::size_t c = 0; c < m_scratch.size(); ++c) {
            if (m_scratch[c])
                setBit(m_answers[c], position);
        }
        return true;
    }

    qint64 m_lastRowId = 0;
    qint64 m_read = 0;

private:
    const EventIndex& m_index;
    const Words& m_candidates;
    FilterRowMatcher& m_matcher;
    std::vector<Words>& m_answers;
    std::vector<char> m_scratch;
};

std::optional<StoreError> answerByScan(const EventIndex& index, EventStore& store, const Candidates& candidates,
    const Words& candidateBits, const std::vector<const FilterNode*>& conditions, std::vector<Words>& answers,
    qint64& storeRows, const FilterEvaluator::Progress& progress)
{
    FilterRowMatcher matcher(conditions);
    const auto& positions = candidates.positions;
    const qint64 firstRow = index.rowId(positions.front());
    const qint64 lastRow = index.rowId(positions.back());
    const qint64 span = lastRow - firstRow + 1;
    const qint64 count = static_cast<qint64>(positions.size());
    if (count * kSparseRatio < span) {
        std::vector<char> scratch;
        for (qint64 i = 0; i < count; ++i) {
            if (i % 1024 == 0 && progress && !progress(i, count))
                return cancelled(store);
            auto event = store.readEvent(index.rowId(positions[std::size_t(i)]));
            if (!event)
                return event.error();
            const QByteArray id = event->eventId.toUtf8();
            const QByteArray correlation = event->correlationId.toUtf8();
            const QByteArray causation = event->causationId.toUtf8();
            RawEventRow row;
            row.eventId = { id.constData(), std::size_t(id.size()) };
            row.correlationId = { correlation.constData(), std::size_t(correlation.size()) };
            row.causationId = { causation.constData(), std::size_t(causation.size()) };
            row.data = { event->data.constData(), std::size_t(event->data.size()) };
            row.metadata = { event->metadata.constData(), std::size_t(event->metadata.size()) };
            matcher.match(row, scratch);
            for (std::size_t c = 0; c < scratch.size(); ++c) {
                if (scratch[c])
                    setBit(answers[c], positions[std::size_t(i)]);
            }
        }
        storeRows = count;
        return std::nullopt;
    }
    ScanSink sink(index, candidateBits, matcher, answers);
    qint64 after = firstRow - 1;
    while (after < lastRow) {
        if (progress && !progress(after - firstRow + 1, span))
            return cancelled(store);
        const qint64 limit = std::min(kBatchRows, lastRow - after);
        auto scanned = store.scanWithPayloads(after, limit, sink);
        if (!scanned)
            return scanned.error();
        if (*scanned == 0)
            break;
        after = sink.m_lastRowId;
    }
    storeRows = sink.m_read;
    return std::nullopt;
}

StoreError sqlError(const EventStore& store, sqlite3* db, const std::string& sql)
{
    return StoreError { StoreErrorCode::QueryFailed, store.source(), tr("the filter's SQL failed"),
        QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" in: ") + QString::fromStdString(sql) };
}

// Store conditions pushed down to SQLite: each one a 0/1 column, or (when the whole filter
// is on store fields) the filter itself as the WHERE clause.
std::optional<StoreError> answerBySql(const EventIndex& index, SqliteStore& store, const FilterNode& filter,
    bool wholeFilter, const Candidates& candidates, const Words& candidateBits,
    const std::vector<const FilterNode*>& conditions, std::vector<Words>& answers, Words& wholeAnswer,
    qint64& storeRows, const FilterEvaluator::Progress& progress)
{
    sqlite3* db = store.connection();
    FilterSql::registerFunctions(db);
    const StoreMapping& mapping = store.mapping();
    const std::string table = '"' + mapping.table.toStdString() + '"';
    const auto& positions = candidates.positions;
    const qint64 firstRow = index.rowId(positions.front());
    const qint64 lastRow = index.rowId(positions.back());
    const qint64 span = lastRow - firstRow + 1;
    const qint64 count = static_cast<qint64>(positions.size());
    const bool sparse = count * kSparseRatio < span;

    std::string sql;
    if (wholeFilter) {
        sql = "SELECT rowid FROM " + table + " WHERE rowid BETWEEN ?1 AND ?2 AND "
            + FilterSql::expression(filter, mapping);
    } else {
        sql = "SELECT rowid";
        for (const FilterNode* condition : conditions)
            sql += ", " + FilterSql::condition(*condition, mapping);
        sql += " FROM " + table + " WHERE rowid BETWEEN ?1 AND ?2";
    }
    Sqlite::Statement statement = Sqlite::prepare(db, sql);
    if (!statement)
        return sqlError(store, db, sql);
    sqlite3_stmt* s = statement.get();

    auto run = [&](qint64 from, qint64 to) -> std::optional<StoreError> {
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, from);
        sqlite3_bind_int64(s, 2, to);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            const qint64 position = index.positionOfRowId(sqlite3_column_int64(s, 0));
            if (position < 0 || (candidateBits[std::size_t(position >> 6)] >> (position & 63) & 1) == 0)
                continue;
            ++storeRows;
            if (wholeFilter) {
                setBit(wholeAnswer, position);
                continue;
            }
            for (std::size_t c = 0; c < conditions.size(); ++c) {
                if (sqlite3_column_int(s, static_cast<int>(c) + 1) != 0)
                    setBit(answers[c], position);
            }
        }
        if (rc != SQLITE_DONE)
            return sqlError(store, db, sql);
        return std::nullopt;
    };

    if (sparse) {
        for (qint64 i = 0; i < count; ++i) {
            if (i % 1024 == 0 && progress && !progress(i, count))
                return cancelled(store);
            const qint64 rowId = index.rowId(positions[std::size_t(i)]);
            if (auto failure = run(rowId, rowId))
                return failure;
        }
        return std::nullopt;
    }
    for (qint64 from = firstRow; from <= lastRow; from += kBatchRows) {
        if (progress && !progress(from - firstRow, span))
            return cancelled(store);
        if (auto failure = run(from, std::min(lastRow, from + kBatchRows - 1)))
            return failure;
    }
    return std::nullopt;
}

} // namespace

namespace FilterEvaluator {

Expected<FilterResultPtr, StoreError> evaluate(const FilterNode& filter, const EventIndex& index, EventStore* store,
    const FilterOptions& options, const Progress& progress)
{
    const qint64 n = index.size();
    Evaluation evaluation(index, options);
    auto result = std::make_shared<FilterResult>();
    result->indexSize = n;

    Words answer;
    if (!filter.needsStore() || n == 0) {
        answer = evaluation.eval(filter, Evaluation::Mode::Exact);
    } else {
        if (!store) {
            return StoreError { StoreErrorCode::QueryFailed, QString(),
                tr("the filter reads payloads, but no store is open"), {} };
        }
        Words must = evaluation.eval(filter, Evaluation::Mode::Must);
        const Words maybe = evaluation.eval(filter, Evaluation::Mode::Maybe);
        Words undecided(must.size());
        Candidates candidates;
        for (std::size_t w = 0; w < must.size(); ++w) {
            undecided[w] = maybe[w] & ~must[w];
            for (quint64 word = undecided[w]; word != 0; word &= word - 1)
                candidates.positions.push_back(static_cast<qint32>(w * 64 + std::countr_zero(word)));
        }
        evaluation.collectStoreConditions(filter);
        const auto& conditions = evaluation.storeConditions();
        std::vector<Words> answers(conditions.size(), Words(must.size(), 0));
        Words whole(must.size(), 0);
        bool useWhole = false;
        if (!candidates.positions.empty()) {
            auto* sqlite = dynamic_cast<SqliteStore*>(store);
            const bool sql = sqlite && options.strategy == PayloadStrategy::Sql;
            std::optional<StoreError> failure;
            if (sql) {
                // Only a filter with no indexed condition at all can go whole into the WHERE clause.
                bool storeOnly = true;
                std::function<void(const FilterNode&)> visit = [&](const FilterNode& node) {
                    if (node.kind == FilterNode::Kind::And || node.kind == FilterNode::Kind::Or
                        || node.kind == FilterNode::Kind::Not) {
                        for (const FilterNodePtr& child : node.children)
                            visit(*child);
                    } else if (!node.needsStore()) {
                        storeOnly = false;
                    }
                };
                visit(filter);
                useWhole = storeOnly;
                failure = answerBySql(index, *sqlite, filter, useWhole, candidates, undecided, conditions, answers,
                    whole, result->storeRows, progress);
            } else {
                failure = answerByScan(
                    index, *store, candidates, undecided, conditions, answers, result->storeRows, progress);
            }
            if (failure)
                return *failure;
        }
        if (useWhole) {
            answer = std::move(whole);
        } else {
            evaluation.setStoreAnswers(std::move(answers));
            answer = evaluation.eval(filter, Evaluation::Mode::Exact);
            for (std::size_t w = 0; w < answer.size(); ++w)
                answer[w] = must[w] | (answer[w] & undecided[w]);
        }
    }
    for (std::size_t w = 0; w < answer.size(); ++w) {
        for (quint64 word = answer[w]; word != 0; word &= word - 1)
            result->positions.push_back(static_cast<qint32>(w * 64 + std::countr_zero(word)));
    }
    result->bits = std::move(answer);
    if (progress)
        progress(1, 1);
    return FilterResultPtr(std::move(result));
}

} // namespace FilterEvaluator
} // namespace Chronoscope
