// SPDX-License-Identifier: MIT
// Fuzzes the filter language (docs/filter-language.md): FilterParser::parse on the text
// (UTF-8), then FilterEvaluator over two small fixed stores holding the same events, one
// with consecutive row ids (payloads read by a scan) and one with row ids far apart (read
// by point lookups), each with the scan (FilterRowMatcher, simdjson) and with the SQL
// pushdown (FilterSql, json_extract). Beyond "no crash, no UB" it checks what the headers
// promise: a parse error has a column inside the text and a reason; a filter that parses
// evaluates without error ("can be evaluated without further errors"); the scan and SQL
// agree ("tests hold the two against each other") where SQLite can say the filter at all
// (sqlCanExpress, isSqliteLimit), and so do the two stores; `not` of a filter matches exactly the events
// the filter does not.
#include "index/indexbuilder.h"
#include "query/filterevaluator.h"
#include "query/filterparser.h"
#include "query/filtersql.h"
#include "store/eventstore.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace Chronoscope;

namespace {

// The corner cases of tests/data/filter_semantics.sql (numbers that are text, booleans,
// null, arrays, metadata, malformed JSON, NULL ids) and more: keys with quotes, dots and
// no name, big and negative numbers, duplicate keys, a top-level array and string, NULL
// payloads, non-ASCII text, glob characters in ids, unparseable and epoch timestamps.
constexpr const char* kEvents[] = {
    R"('e0','PaymentDue',1,'family-1','Family',1,'{"amount":500.00,"lines":[{"sku":"A"}]}','2024-10-01T08:00:00Z','system','c0',NULL,'{"tenant":"eu"}')",
    R"('e1','PaymentDue',1,'family-1','Family',2,'{"amount":"900"}','2024-10-02T08:00:00Z','system','c1',NULL,'{"tenant":"us"}')",
    R"('e2','PaymentOverdue',1,'family-2','Family',1,'{"amountDue":450.5,"flag":true}','2024-10-03T08:00:00Z','system','c1','e1',NULL)",
    R"('e3','PaymentOverdue',1,'family-12','Family',1,'{"amountDue":120,"flag":false,"note":null}','2024-10-04T08:00:00Z','system','c3',NULL,'{"tenant":"eu"}')",
    R"('e4','MoneyDeposited',2,'account-1','BankAccount',1,'{"amount":401,"currency":"GBP"}','2024-10-05T08:00:00Z','user-001','c4',NULL,'not json')",
    R"('e5','MoneyDeposited',1,'account-1','BankAccount',2,'{"amount":999','2024-10-06T08:00:00Z','user-002','c4','e4','{"tenant":"eu"}')",
    R"('e6','ItemAdded',1,'cart-1','Cart',1,'{"lines":[{"sku":"B"},{"sku":"A"}]}','2024-10-07T08:00:00Z','user-001','c6',NULL,'{}')",
    R"('e7','Odd',3,'st[1]*?','Odd',1,'{"a\"b":1,"x.y":2,"":3,"ü":"Grüße","big":1e308,"neg":-0.0,"int":9007199254740993,"s":"*?[","arr":[1,"1",null]}','not a time','ü-ser','c''7','e6','{"tenant":"EU","n":{"deep":[[0,{"d":"x"}]]}}')",
    R"('e8','Odd',1,'st[1]*?','Odd',2,'[1,2,3]','1728000000','system','','','"just a string"')",
    R"(NULL,NULL,NULL,'nulls',NULL,1,NULL,NULL,NULL,NULL,NULL,NULL)",
    R"('e10','Odd',1,'dup','Odd',1,'{"k":1,"k":2,"t":"2024-10-01","e":1e-7,"u":"\u00e9"}','2024-10-08T08:00:00.123456+02:00','system','c10',NULL,'{"tenant":"eu","tenant":"us"}')",
};
constexpr TimeUs kNow = 1728043200000000; // 2024-10-04T12:00:00Z, what -2h counts from

struct Opened
{
    StorePtr store;
    IndexPtr index;
};

Opened openFixture(const QString& path, qint64 rowIdStep)
{
    std::string sql = "CREATE TABLE events(event_id TEXT, event_type TEXT, event_version INT, aggregate_id TEXT, "
                      "aggregate_type TEXT, aggregate_version INT, event_data TEXT, event_timestamp TEXT, user_id "
                      "TEXT, correlation_id TEXT, causation_id TEXT, metadata TEXT);";
    qint64 rowId = 1;
    for (const char* values : kEvents) {
        sql += "INSERT INTO events(rowid, event_id, event_type, event_version, aggregate_id, aggregate_type, "
               "aggregate_version, event_data, event_timestamp, user_id, correlation_id, causation_id, metadata) "
               "VALUES ("
            + std::to_string(rowId) + ", " + values + ");";
        rowId += rowIdStep;
    }
    sqlite3* db = nullptr;
    char* message = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK
        || sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "fuzz_filter: cannot create %s: %s\n", qPrintable(path), message ? message : "");
        std::abort();
    }
    sqlite3_close(db);
    auto store = openStore(path);
    if (!store) {
        std::fprintf(stderr, "fuzz_filter: %s\n", qPrintable(store.error().message()));
        std::abort();
    }
    auto index = IndexBuilder(**store).build();
    if (!index || (*index)->size() != static_cast<qint64>(std::size(kEvents))) {
        std::fprintf(stderr, "fuzz_filter: the fixture does not index\n");
        std::abort();
    }
    return { std::move(store).value(), *index };
}

struct Fixture
{
    QTemporaryDir dir;
    Opened dense;
    Opened sparse;

    Fixture()
    {
        if (!dir.isValid())
            std::abort();
        dense = openFixture(dir.filePath(QStringLiteral("dense.db")), 1);
        // Far apart, so that every candidate set is sparse: point lookups instead of a scan.
        sparse = openFixture(dir.filePath(QStringLiteral("sparse.db")), 100000);
    }
};

// SQLite's own limits on a statement: its parser's stack (YYSTACKDEPTH, 100 in Debian's
// build) is spent by some 50 nested `not` or parentheses, and expressions end at 1000 levels.
bool isSqliteLimit(const StoreError& error)
{
    return error.detail.contains(QStringLiteral("parser stack overflow"))
        || error.detail.contains(QStringLiteral("Expression tree is too large"));
}

// The matching positions; none (std::nullopt) only when the SQL pushdown hits a limit of SQLite's.
std::optional<std::vector<qint32>> evaluate(const FilterNode& filter, const Opened& opened, PayloadStrategy strategy)
{
    FilterOptions options;
    options.now = kNow;
    options.strategy = strategy;
    const auto result = FilterEvaluator::evaluate(filter, *opened.index, opened.store.get(), options);
    if (!result && strategy == PayloadStrategy::Sql && isSqliteLimit(result.error()))
        return std::nullopt;
    if (!result) {
        std::fprintf(stderr, "fuzz_filter: %s\n", qPrintable(result.error().message()));
        std::abort(); // a filter that parses evaluates
    }
    const FilterResult& matched = **result;
    if (matched.indexSize != opened.index->size())
        std::abort();
    for (qint64 position = 0; position < matched.indexSize; ++position) {
        const bool listed = std::binary_search(matched.positions.begin(), matched.positions.end(), position);
        if (matched.contains(position) != listed)
            std::abort(); // the bitset and the positions say the same
    }
    return matched.positions;
}

bool disagree(const std::optional<std::vector<qint32>>& answer, const std::vector<qint32>& expected)
{
    return answer && *answer != expected;
}

// The SQL of every store-side leaf for a mapping lacking some columns (NULL in the SQL).
void generateSql(const FilterNode& node, const StoreMapping& mapping)
{
    if (node.kind == FilterNode::Kind::And || node.kind == FilterNode::Kind::Or || node.kind == FilterNode::Kind::Not) {
        for (const FilterNodePtr& child : node.children)
            generateSql(*child, mapping);
    } else if (node.needsStore() && FilterSql::condition(node, mapping).empty()) {
        std::abort();
    }
}

// SQLite's JSON functions (3.40) cannot address a key holding '"' (a quoted path label has no
// escape) nor hold U+0000 in a text (json_extract cuts it there), and an SQL text literal
// cannot hold U+0000 at all: the pushdown cannot say those filters, so only the scan answers.
bool sqlCanExpress(const FilterNode& node)
{
    const auto hasNul = [](const QString& text) { return text.contains(QChar(u'\0')); };
    for (const FilterNodePtr& child : node.children) {
        if (!sqlCanExpress(*child))
            return false;
    }
    for (const FilterPathStep& step : node.path) {
        if (step.key.contains(u'"') || hasNul(step.key))
            return false;
    }
    for (const FilterValue& value : node.values) {
        if (hasNul(value.text))
            return false;
    }
    return !hasNul(node.pattern);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;

    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = FilterParser::parse(text);
    if (!parsed) {
        const FilterError& error = parsed.error();
        if (error.column < 1 || error.column > text.size() + 1 || error.message.isEmpty())
            std::abort(); // an error says where (inside the text, or just after it) and what
        return 0;
    }
    const FilterNodePtr& filter = *parsed;
    if (filterToText(*filter).isEmpty())
        std::abort();
    generateSql(*filter, StoreMapping::castore());

    const bool sql = sqlCanExpress(*filter);
    const std::vector<qint32> expected = *evaluate(*filter, fixture.dense, PayloadStrategy::Scan);
    if (sql && disagree(evaluate(*filter, fixture.dense, PayloadStrategy::Sql), expected))
        __builtin_trap(); // the scan and the SQL pushdown disagree
    if (disagree(evaluate(*filter, fixture.sparse, PayloadStrategy::Scan), expected))
        __builtin_trap(); // point lookups and the scan disagree
    if (sql && disagree(evaluate(*filter, fixture.sparse, PayloadStrategy::Sql), expected))
        __builtin_trap();

    auto negated = std::make_shared<FilterNode>();
    negated->kind = FilterNode::Kind::Not;
    negated->children.push_back(filter);
    std::vector<qint32> complement;
    for (qint32 position = 0; position < static_cast<qint32>(std::size(kEvents)); ++position) {
        if (!std::binary_search(expected.begin(), expected.end(), position))
            complement.push_back(position);
    }
    if (disagree(evaluate(*negated, fixture.dense, PayloadStrategy::Scan), complement))
        __builtin_trap(); // not(filter) is not the complement of filter
    if (sql && disagree(evaluate(*negated, fixture.dense, PayloadStrategy::Sql), complement))
        __builtin_trap();
    return 0;
}
