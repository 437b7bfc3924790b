// SPDX-License-Identifier: MIT
#include "index/indexbuilder.h"
#include "query/filterevaluator.h"
#include "query/filterjob.h"
#include "query/filterparser.h"
#include "store/sqlitehandles.h"
#include "testutils.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Chronoscope;

namespace {

struct Opened
{
    StorePtr store;
    IndexPtr index;
};

Opened openIndexed(const QString& path)
{
    auto store = openStore(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    auto index = IndexBuilder(**store).build();
    if (!index)
        qFatal("%s", qPrintable(index.error().message()));
    return { std::move(store).value(), *index };
}

QList<qint64> positionsOf(const FilterResult& result)
{
    return QList<qint64>(result.positions.begin(), result.positions.end());
}

// The reference: a plain SQL query written by the test, on its own connection, with a
// `regexp` of its own (QRegularExpression, as the filter language defines /…/).
class BruteForce
{
public:
    explicit BruteForce(const QString& path)
    {
        const QByteArray file = path.toUtf8();
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            qFatal("cannot open %s", file.constData());
        m_db.reset(db);
        sqlite3_create_function_v2(db, "regexp", 2, SQLITE_UTF8, nullptr, regexp, nullptr, nullptr, nullptr);
    }

    QList<qint64> positions(const QString& where)
    {
        const QByteArray sql = "SELECT rowid - 1 FROM events WHERE " + where.toUtf8() + " ORDER BY rowid";
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db.get(), sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sqlite3_errmsg(m_db.get()), sql.constData());
        QList<qint64> result;
        while (sqlite3_step(statement) == SQLITE_ROW)
            result << sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return result;
    }

private:
    static void regexp(sqlite3_context* context, int, sqlite3_value** values)
    {
        const QString pattern = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(values[0])));
        const QString text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(values[1])));
        sqlite3_result_int(context, QRegularExpression(pattern).match(text).hasMatch() ? 1 : 0);
    }
    Sqlite::Database m_db;
};

QString sqlText(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// A random filter over the sample store and the SQL that means the same, built side by side.
class RandomFilters
{
public:
    RandomFilters(const EventIndex& index, quint64 seed)
        : m_index(index)
        , m_random(static_cast<quint32>(seed))
    { }

    std::pair<QString, QString> next(int depth = 0)
    {
        const int pick = int(m_random.bounded(depth >= 2 ? 10 : 14));
        if (pick >= 10) {
            auto [leftText, leftSql] = next(depth + 1);
            auto [rightText, rightSql] = next(depth + 1);
            switch (pick) {
            case 10:
            case 11:
                return { u'(' + leftText + QStringLiteral(" and ") + rightText + u')',
                    u'(' + leftSql + QStringLiteral(" AND ") + rightSql + u')' };
            case 12:
                return { u'(' + leftText + QStringLiteral(" or ") + rightText + u')',
                    u'(' + leftSql + QStringLiteral(" OR ") + rightSql + u')' };
            default:
                return { QStringLiteral("not ") + u'(' + leftText + u')', QStringLiteral("NOT ") + leftSql };
            }
        }
        return atom();
    }

private:
    QString anyOf(const StringPool& pool) { return pool.string(m_random.bounded(pool.size())); }

    std::pair<QString, QString> atom()
    {
        const QString ops[] = { QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">="),
            QStringLiteral("=="), QStringLiteral("!=") };
        const QString op = ops[m_random.bounded(6)];
        const QString sqlOp = op == u"==" ? QStringLiteral("=") : op;
        switch (m_random.bounded(18)) {
        case 0: {
            const QString type = anyOf(m_index.types());
            return { QStringLiteral("type == ") + type, QStringLiteral("event_type = ") + sqlText(type) };
        }
        case 1: {
            const QString a = anyOf(m_index.types());
            const QString b = anyOf(m_index.types());
            return { QStringLiteral("type in [\"%1\", %2]").arg(a, b),
                QStringLiteral("event_type IN (%1, %2)").arg(sqlText(a), sqlText(b)) };
        }
        case 2: {
            const QString prefix = anyOf(m_index.streams()).left(int(m_random.bounded(6, 12)));
            return { QStringLiteral("stream ~ \"%1*\"").arg(prefix),
                QStringLiteral("aggregate_id GLOB %1").arg(sqlText(prefix + u'*')) };
        }
        case 3: {
            const QString stream = anyOf(m_index.streams());
            return { QStringLiteral("stream %1 %2").arg(op, stream),
                QStringLiteral("aggregate_id %1 %2").arg(sqlOp, sqlText(stream)) };
        }
        case 4: {
            const QString type = anyOf(m_index.aggregateTypes());
            return { QStringLiteral("aggregateType == ") + type, QStringLiteral("aggregate_type = ") + sqlText(type) };
        }
        case 5: {
            const QString user = anyOf(m_index.users());
            return { QStringLiteral("user %1 \"%2\"").arg(op, user),
                QStringLiteral("COALESCE(user_id, '') %1 %2").arg(sqlOp, sqlText(user)) };
        }
        case 6: {
            const int version = int(m_random.bounded(1, 40));
            return { QStringLiteral("version %1 %2").arg(op).arg(version),
                QStringLiteral("aggregate_version %1 %2").arg(sqlOp).arg(version) };
        }
        case 7: {
            const qint64 position = m_random.bounded(qint64(m_index.size()));
            return { QStringLiteral("position %1 %2").arg(op).arg(position),
                QStringLiteral("rowid - 1 %1 %2").arg(sqlOp).arg(position) };
        }
        case 8: {
            const int day = int(m_random.bounded(1, 28));
            const int month = int(m_random.bounded(1, 13));
            const QString date
                = QStringLiteral("2024-%1-%2").arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
            return { QStringLiteral("time %1 %2").arg(op == u"==" || op == u"!=" ? QStringLiteral(">") : op, date),
                QStringLiteral("event_timestamp %1 '%2T00:00:00.000000Z'")
                    .arg(op == u"==" || op == u"!=" ? QStringLiteral(">") : sqlOp, date) };
        }
        case 9:
            return { QStringLiteral("schemaVersion == 2"), QStringLiteral("event_version = 2") };
        case 10:
        case 11: {
            const QString key = m_random.bounded(2) ? QStringLiteral("amount") : QStringLiteral("total");
            const QString amount = QString::number(m_random.bounded(0, 2000)) + QStringLiteral(".5");
            const QString value = QStringLiteral("json_extract(event_data, '$.%1')").arg(key);
            const QString typed = QStringLiteral("COALESCE(typeof(%1) IN ('integer', 'real') AND %1 %2 %3, 0)")
                                      .arg(value, op == u"!=" ? QStringLiteral("=") : sqlOp, amount);
            return { QStringLiteral("data.%1 %2 %3").arg(key, op, amount),
                op == u"!=" ? QStringLiteral("NOT ") + typed : typed };
        }
        case 12: {
            const QString currencies[]
                = { QStringLiteral("GBP"), QStringLiteral("CHF"), QStringLiteral("USD"), QStringLiteral("EUR") };
            const QString currency = currencies[m_random.bounded(4)];
            return { QStringLiteral("data.currency == \"%1\"").arg(currency),
                QStringLiteral("COALESCE(json_extract(event_data, '$.currency') = %1, 0)").arg(sqlText(currency)) };
        }
        case 13:
            return { QStringLiteral("exists data.currency"),
                QStringLiteral("EXISTS (SELECT 1 FROM json_each(event_data) WHERE key = 'currency')") };
        case 14:
            return { QStringLiteral("data.method ~ /bank|debit/"),
                QStringLiteral("COALESCE(regexp('bank|debit', json_extract(event_data, '$.method')), 0)") };
        case 15: {
            const QString skus[]
                = { QStringLiteral("SKU-10000"), QStringLiteral("SKU-10001"), QStringLiteral("SKU-10003") };
            const QString sku = skus[m_random.bounded(3)];
            return { QStringLiteral("data.items[0].sku == \"%1\"").arg(sku),
                QStringLiteral("COALESCE(json_extract(event_data, '$.items[0].sku') = %1, 0)").arg(sqlText(sku)) };
        }
        case 16: {
            const QString hex = QString::number(m_random.bounded(16), 16);
            return { QStringLiteral("eventId ~ \"%1*\"").arg(hex), QStringLiteral("event_id GLOB '%1*'").arg(hex) };
        }
        default:
            return { QStringLiteral("causation == \"\""), QStringLiteral("COALESCE(causation_id, '') = ''") };
        }
    }

    const EventIndex& m_index;
    QRandomGenerator m_random;
};

} // namespace

class TestFilterEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void semantics_data();
    void semantics();
    void numbersBeyondTheScanAndSqlAgree_data();
    void numbersBeyondTheScanAndSqlAgree();
    void randomFiltersAgreeWithSql();
    void overduePaymentsOverAThreshold();
    void indexOnlyFiltersNeedNoStore();
    void cancelStopsTheScan();
    void latestRequestWins();
    void commandLineFilter();
    void commandLineFilterError();

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_semantics;
    QString m_numbers; ///< an amount of 5 and one of 2^53 + 1
};

void TestFilterEval::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = TestUtils::sampleStore(m_dir, 6000, 120);
    m_semantics = TestUtils::storeFromSqlFile(m_dir, QStringLiteral("filter_semantics.sql"));
    m_numbers = TestUtils::storeFromSql(m_dir,
        "CREATE TABLE events(event_id TEXT, event_type TEXT, aggregate_id TEXT, aggregate_version INT, "
        "event_data TEXT, event_timestamp TEXT);"
        "INSERT INTO events VALUES ('e0', 'T', 's-1', 1, '{\"amount\":5}', '2024-10-01T08:00:00Z'),"
        " ('e1', 'T', 's-1', 2, '{\"amount\":9007199254740993}', '2024-10-01T09:00:00Z');",
        QStringLiteral("numbers.db"));
}

void TestFilterEval::semantics_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<qint64>>("expected");
    using L = QList<qint64>;
    QTest::addRow("number, not text that looks like one") << "data.amount > 400" << L { 0, 4 };
    QTest::addRow("text, not a number") << "data.amount == \"900\"" << L { 1 };
    QTest::addRow("!= is not ==, missing included") << "data.amount != 500" << L { 1, 2, 3, 4, 5, 6 };
    QTest::addRow("exists") << "exists data.currency" << L { 4 };
    QTest::addRow("not exists, malformed included") << "not exists data.amount" << L { 2, 3, 5, 6 };
    QTest::addRow("true") << "data.flag == true" << L { 2 };
    QTest::addRow("false") << "data.flag == false" << L { 3 };
    QTest::addRow("null is a value") << "data.note == null" << L { 3 };
    QTest::addRow("exists null") << "exists data.note" << L { 3 };
    QTest::addRow("array element") << "data.lines[0].sku == \"A\"" << L { 0 };
    QTest::addRow("second element") << "data.lines[1].sku == A" << L { 6 };
    QTest::addRow("metadata") << "metadata.tenant == \"eu\"" << L { 0, 3, 5 };
    QTest::addRow("metadata glob") << "metadata.tenant ~ \"e*\"" << L { 0, 3, 5 };
    QTest::addRow("metadata regex, any case") << "metadata.tenant matches /^U/i" << L { 1 };
    QTest::addRow("mixed") << "type == PaymentOverdue and data.amountDue > 400" << L { 2 };
    QTest::addRow("causation") << "causation == e4" << L { 5 };
    QTest::addRow("no causation is empty") << "causation == \"\"" << L { 0, 1, 3, 4, 6 };
    QTest::addRow("correlation in") << "correlation in [c1, c4]" << L { 1, 2, 4, 5 };
    QTest::addRow("event id glob ?") << "eventId ~ \"e?\"" << L { 0, 1, 2, 3, 4, 5, 6 };
    QTest::addRow("stream glob") << "stream ~ \"family-1*\"" << L { 0, 1, 3 };
    QTest::addRow("index or payload") << "aggregateType == BankAccount or data.flag == true" << L { 2, 4, 5 };
    QTest::addRow("not index and metadata") << "not (type == PaymentDue) and metadata.tenant == \"eu\"" << L { 3, 5 };
    QTest::addRow("time and schema") << "time >= 2024-10-05 and schemaVersion == 2" << L { 4 };
    QTest::addRow("user and metadata") << "user != system and exists metadata.tenant" << L { 5 };
    QTest::addRow("regex on type") << "type ~ /^Payment/" << L { 0, 1, 2, 3 };
    QTest::addRow("time in") << "time in [2024-10-02T08:00:00Z, 2024-10-07T08:00Z]" << L { 1, 6 };
}

void TestFilterEval::semantics()
{
    QFETCH(QString, filter);
    QFETCH(QList<qint64>, expected);
    const Opened opened = openIndexed(m_semantics);
    const auto parsed = FilterParser::parse(filter);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    for (const PayloadStrategy strategy : { PayloadStrategy::Scan, PayloadStrategy::Sql }) {
        FilterOptions options;
        options.strategy = strategy;
        const auto result = FilterEvaluator::evaluate(**parsed, *opened.index, opened.store.get(), options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(positionsOf(**result), expected);
        for (qint64 position = 0; position < opened.index->size(); ++position)
            QCOMPARE((*result)->contains(position), expected.contains(position));
    }
}

// Found by fuzz_filter: the SQL pushdown wrote a literal beyond a double as `inf` (an unknown
// column: the query failed) and compared an integer beyond 2^53 exactly, where the scan
// compares doubles.
void TestFilterEval::numbersBeyondTheScanAndSqlAgree_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<qint64>>("expected");
    using L = QList<qint64>;
    QTest::addRow("above minus infinity") << "data.amount > -1e400" << L { 0, 1 };
    QTest::addRow("equal to infinity") << "data.amount == 1e400" << L {};
    QTest::addRow("in a list with infinity") << "data.amount in [1e400, 5]" << L { 0 };
    QTest::addRow("2^53 + 1 is 2^53 as a double") << "data.amount == 9007199254740992" << L { 1 };
    QTest::addRow("and not below it") << "data.amount < 9007199254740992" << L { 0 };
}

void TestFilterEval::numbersBeyondTheScanAndSqlAgree()
{
    QFETCH(QString, filter);
    QFETCH(QList<qint64>, expected);
    const Opened opened = openIndexed(m_numbers);
    const auto parsed = FilterParser::parse(filter);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    for (const PayloadStrategy strategy : { PayloadStrategy::Scan, PayloadStrategy::Sql }) {
        FilterOptions options;
        options.strategy = strategy;
        const auto result = FilterEvaluator::evaluate(**parsed, *opened.index, opened.store.get(), options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(positionsOf(**result), expected);
    }
}

void TestFilterEval::randomFiltersAgreeWithSql()
{
    const Opened opened = openIndexed(m_sample);
    BruteForce sql(m_sample);
    RandomFilters filters(*opened.index, 20261203);
    int nonEmpty = 0;
    for (int i = 0; i < 200; ++i) {
        const auto [text, where] = filters.next();
        const auto parsed = FilterParser::parse(text);
        QVERIFY2(parsed, qPrintable(text + QStringLiteral(": ") + (parsed ? QString() : parsed.error().toString())));
        const QList<qint64> expected = sql.positions(where);
        nonEmpty += expected.isEmpty() ? 0 : 1;
        for (const PayloadStrategy strategy : { PayloadStrategy::Scan, PayloadStrategy::Sql }) {
            FilterOptions options;
            options.strategy = strategy;
            const auto result = FilterEvaluator::evaluate(**parsed, *opened.index, opened.store.get(), options);
            QVERIFY2(result, qPrintable(text));
            const QList<qint64> actual = positionsOf(**result);
            if (actual != expected) {
                qWarning().noquote() << "filter:" << text << "\nSQL:" << where << "\nstrategy:" << int(strategy)
                                     << "got" << actual.size() << "expected" << expected.size();
            }
            QCOMPARE(actual, expected);
        }
    }
    // The generator is useful only if the filters select something, but not everything.
    QVERIFY2(nonEmpty > 60, qPrintable(QString::number(nonEmpty)));
}

// The acceptance line: the sample's overdue notices (PaymentOverdue, amount in
// `amountDue`) over a threshold, typed as one line.
void TestFilterEval::overduePaymentsOverAThreshold()
{
    const Opened opened = openIndexed(m_sample);
    const auto parsed = FilterParser::parse(QStringLiteral("type == PaymentOverdue and data.amountDue > 400"));
    QVERIFY(parsed);
    const auto result = FilterEvaluator::evaluate(**parsed, *opened.index, opened.store.get(), {});
    QVERIFY(result);
    const QList<qint64> expected = BruteForce(m_sample).positions(
        QStringLiteral("event_type = 'PaymentOverdue' AND json_extract(event_data, '$.amountDue') > 400"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(positionsOf(**result), expected);
    // Only the overdue notices were read from the store, not all 6,000 rows.
    const QList<qint64> overdue = BruteForce(m_sample).positions(QStringLiteral("event_type = 'PaymentOverdue'"));
    QCOMPARE((*result)->storeRows, qint64(overdue.size()));
}

void TestFilterEval::indexOnlyFiltersNeedNoStore()
{
    const Opened opened = openIndexed(m_sample);
    const auto parsed = FilterParser::parse(QStringLiteral("stream ~ \"family-0000*\" and not user == system"));
    QVERIFY(parsed);
    QVERIFY(!(*parsed)->needsStore());
    const auto result = FilterEvaluator::evaluate(**parsed, *opened.index, nullptr, {});
    QVERIFY(result);
    QCOMPARE(positionsOf(**result),
        BruteForce(m_sample).positions(QStringLiteral("aggregate_id GLOB 'family-0000*' AND user_id != 'system'")));
    QCOMPARE((*result)->storeRows, 0);

    const auto payload = FilterParser::parse(QStringLiteral("data.amount > 1"));
    const auto refused = FilterEvaluator::evaluate(**payload, *opened.index, nullptr, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().reason, QStringLiteral("the filter reads payloads, but no store is open"));
}

void TestFilterEval::cancelStopsTheScan()
{
    const Opened opened = openIndexed(m_sample);
    const auto parsed = FilterParser::parse(QStringLiteral("data.amount > 400"));
    for (const PayloadStrategy strategy : { PayloadStrategy::Scan, PayloadStrategy::Sql }) {
        FilterOptions options;
        options.strategy = strategy;
        int calls = 0;
        const auto result = FilterEvaluator::evaluate(
            **parsed, *opened.index, opened.store.get(), options, [&](qint64, qint64) { return ++calls < 1; });
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreErrorCode::Cancelled);
        QCOMPARE(calls, 1);
    }
}

void TestFilterEval::latestRequestWins()
{
    const Opened opened = openIndexed(m_sample);
    FilterJob job;
    QSignalSpy finished(&job, &FilterJob::filterFinished);
    const auto first = FilterParser::parse(QStringLiteral("data.amount > 0"));
    const auto second = FilterParser::parse(QStringLiteral("type == PaymentOverdue"));
    job.start(*first, opened.index, m_sample, {});
    job.start(*second, opened.index, m_sample, {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto result = finished.at(0).at(0).value<FilterResultPtr>();
    QCOMPARE(positionsOf(*result), BruteForce(m_sample).positions(QStringLiteral("event_type = 'PaymentOverdue'")));
    // The superseded run never reports, even after it ends.
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!job.isRunning());
}

void TestFilterEval::commandLineFilter()
{
    QProcess process;
    process.start(QStringLiteral(CHRONOSCOPE_BINARY),
        { QStringLiteral("events"), m_sample, QStringLiteral("--no-cache"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--filter"),
            QStringLiteral("type == PaymentOverdue and data.amountDue > 400") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    lines.removeFirst(); // the header
    const QList<qint64> expected = BruteForce(m_sample).positions(
        QStringLiteral("event_type = 'PaymentOverdue' AND json_extract(event_data, '$.amountDue') > 400"));
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).section(u',', 0, 0).toLongLong(), expected.at(i));
}

void TestFilterEval::commandLineFilterError()
{
    QProcess process;
    process.start(QStringLiteral(CHRONOSCOPE_BINARY),
        { QStringLiteral("events"), m_sample, QStringLiteral("--filter"), QStringLiteral("data.amount >") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
        QStringLiteral("chronoscope events: --filter: column 14: expected a value after '>'\n"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestFilterEval)
#include "tst_filtereval.moc"
