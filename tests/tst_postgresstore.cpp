// SPDX-License-Identifier: MIT
// PostgreSQL stores against the same events in SQLite, on a server this test starts itself.

#include "index/indexappender.h"
#include "index/indexbuilder.h"
#include "index/livefollower.h"
#include "postgrestestserver.h"
#include "replay/jsprojection.h"
#include "replay/mergeprojection.h"
#include "replay/replayer.h"
#include "store/postgresconninfo.h"
#include "store/postgresstore.h"
#include "store/storespec.h"
#include "testutils.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chronoscope;
using TestUtils::PostgresTestServer;

namespace {

// What a user would call "the same store": every row and snapshot, hashed on the server.
QString tableChecksum(const PostgresTestServer& server, const QString& database)
{
    return server.value(database,
        "SELECT (SELECT count(*) FROM events) || ' ' || (SELECT md5(string_agg(e::text, '|' ORDER BY position)) "
        "FROM events e) || ' ' || (SELECT count(*) FROM snapshots) || ' ' || (SELECT coalesce(md5(string_agg(s::text, "
        "'|' ORDER BY aggregate_id, aggregate_version)), '') FROM snapshots s)");
}

IndexPtr buildIndex(EventStore& store, IndexOptions options = {}, IndexObserver* observer = nullptr)
{
    IndexBuilder builder(store, options);
    auto index = builder.build(observer);
    if (!index)
        qWarning("%s", qPrintable(index.error().message()));
    return index ? *index : IndexPtr();
}

QStringList describe(const EventIndex& index, qint64 count)
{
    QStringList lines;
    for (qint64 p = 0; p < count; ++p) {
        lines << QStringLiteral("%1 row %2 t=%3 %4[%5] v%6 %7/%8 user=%9 corr=%10 cause=%11")
                     .arg(p)
                     .arg(index.rowId(p))
                     .arg(index.timestamp(p))
                     .arg(index.streams().string(index.stream(p)),
                         index.aggregateTypes().string(index.streamAggregateType(index.stream(p))))
                     .arg(index.version(p))
                     .arg(index.types().string(index.type(p)))
                     .arg(index.schemaVersion(p))
                     .arg(index.users().string(index.user(p)))
                     .arg(index.correlationRoot(p))
                     .arg(index.causation(p));
    }
    return lines;
}

// describe() without the row ids: for stores whose positions differ from the seed's rowids.
QStringList describeWithoutRows(const EventIndex& index)
{
    static const QRegularExpression row(QStringLiteral(" row -?\\d+"));
    QStringList lines = describe(index, index.size());
    for (QString& line : lines)
        line.remove(row);
    return lines;
}

// Two JSON texts as documents: PostgreSQL's jsonb prints keys in its own order and spacing.
bool sameJson(const QByteArray& a, const QByteArray& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty();
    return QJsonDocument::fromJson(a) == QJsonDocument::fromJson(b);
}

QStringList problems(const EventIndex& index)
{
    QStringList lines;
    for (const IndexProblem& problem : index.problems())
        lines << QStringLiteral("%1 %2 %3").arg(problem.position).arg(problem.description(), problem.raw);
    return lines;
}

QString eventText(const Event& e)
{
    return QStringList { e.eventId, e.streamId, e.aggregateType, QString::number(e.version), e.type,
        QString::number(e.schemaVersion), QString::number(e.timestamp), e.rawTimestamp, e.userId, e.correlationId,
        e.causationId, QString::fromUtf8(e.data), QString::fromUtf8(e.metadata) }
        .join(u'|');
}

class Terminator final : public IndexObserver
{
public:
    explicit Terminator(const PostgresTestServer& server)
        : m_server(server)
    { }
    void progress(qint64 done, qint64 total) override
    {
        Q_UNUSED(total)
        if (done > 0 && !killed) {
            // Waits (up to 5 s) until the backend is gone, so the next read surely fails.
            killed = m_server.value(QStringLiteral("postgres"),
                         "SELECT bool_and(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                         "WHERE application_name = 'chronoscope'")
                == u"t";
        }
    }
    void published(const IndexPtr& index, bool final) override
    {
        last = index;
        wasFinal = final;
    }
    bool killed = false;
    IndexPtr last;
    bool wasFinal = false;

private:
    const PostgresTestServer& m_server;
};

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexEqualsSqlite_data();
    void indexEqualsSqlite();
    void eventsEqualSqlite();
    void statesEqualSqlite_data();
    void statesEqualSqlite();
    void sessionIsReadOnly();
    void readOnlyRoleWorks();
    void passwordNeverShown();
    void badInputs_data();
    void badInputs();
    void earlyStopLeavesConnectionUsable();
    void connectionKilledMidIndexKeepsWhatWasLoaded();
    void commandLineEndToEnd_data();
    void commandLineEndToEnd();
    void presetsEqualSqlite_data();
    void presetsEqualSqlite();
    void customMappingFile();
    void badMappings_data();
    void badMappings();
    void liveFollow_data();
    void liveFollow();
    void nothingWritten();

private:
    QString sqlitePath(const QString& name) const { return name == u"small" ? m_smallPath : m_samplePath; }
    QString url(const QString& database) const { return m_server.url(database); }
    void load(const QString& sqlite, const QString& database);
    /// Creates `database` and runs tests/data/`file` in it (a library's own DDL and rows).
    bool loadSqlFile(const QString& file, const QString& database);

    PostgresTestServer m_server;
    QTemporaryDir m_dir;
    QString m_samplePath;
    QString m_smallPath;
    QString m_checksumBefore;
};

void TestPostgresStore::load(const QString& sqlite, const QString& database)
{
    QString error;
    QVERIFY2(m_server.loadSeedStore(sqlite, database, &error), qPrintable(error));
}

bool TestPostgresStore::loadSqlFile(const QString& file, const QString& database)
{
    QFile sql(QStringLiteral(CHRONOSCOPE_TEST_DATA) + u'/' + file);
    QString error;
    if (!sql.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(sql.fileName()));
        return false;
    }
    if (!m_server.exec(QStringLiteral("postgres"), "CREATE DATABASE " + database.toUtf8(), &error)
        || !m_server.exec(database, sql.readAll(), &error)) {
        qWarning("%s: %s", qPrintable(file), qPrintable(error));
        return false;
    }
    return true;
}

void TestPostgresStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No server, no test: this fails (never skips), so CI cannot pass without PostgreSQL.
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));

    m_samplePath = TestUtils::sampleStore(m_dir, 6000, 40);
    m_smallPath = TestUtils::storeFromSqlFile(m_dir, QStringLiteral("seed_small.sql"));
    load(m_samplePath, QStringLiteral("sample"));
    load(m_smallPath, QStringLiteral("small"));

    QVERIFY2(m_server.exec(QStringLiteral("sample"),
                 "CREATE ROLE reader LOGIN PASSWORD 'reader-Pw1'; GRANT USAGE ON SCHEMA public TO reader; "
                 "GRANT SELECT ON events, snapshots TO reader;",
                 &error),
        qPrintable(error));
    m_checksumBefore = tableChecksum(m_server, QStringLiteral("sample"));
    QVERIFY(m_checksumBefore.startsWith(u"6000 "));
}

void TestPostgresStore::indexEqualsSqlite_data()
{
    QTest::addColumn<QString>("database");
    QTest::newRow("sample store, 6,000 events") << QStringLiteral("sample");
    QTest::newRow("seed_small: every timestamp form, unreadable rows") << QStringLiteral("small");
}

void TestPostgresStore::indexEqualsSqlite()
{
    QFETCH(QString, database);
    auto sqlite = openStore(sqlitePath(database));
    QVERIFY2(sqlite, qPrintable(sqlite ? QString() : sqlite.error().message()));
    auto postgres = openStore(url(database));
    QVERIFY2(postgres, qPrintable(postgres ? QString() : postgres.error().message()));
    // The same mapping, except that PostgreSQL has no rowid: the column holding it is named.
    StoreMapping expectedMapping = (*sqlite)->mapping();
    expectedMapping.position = QStringLiteral("position");
    QCOMPARE((*postgres)->mapping().toJson(), expectedMapping.toJson());

    const IndexPtr expected = buildIndex(**sqlite);
    // Small pages, so paging across many queries is what is compared.
    IndexOptions options;
    options.chunkRows = 700;
    const IndexPtr actual = buildIndex(**postgres, options);
    QVERIFY(expected && actual);
    QCOMPARE(actual->size(), expected->size());
    QCOMPARE(describe(*actual, actual->size()), describe(*expected, expected->size()));
    QCOMPARE(problems(*actual), problems(*expected));
    QCOMPARE(actual->streams().size(), expected->streams().size());
    QCOMPARE(actual->types().size(), expected->types().size());
    QCOMPARE(actual->firstTime(), expected->firstTime());
    QCOMPARE(actual->lastTime(), expected->lastTime());
    QCOMPARE(actual->typeCounts(), expected->typeCounts());
}

void TestPostgresStore::eventsEqualSqlite()
{
    auto sqlite = openStore(m_samplePath);
    auto postgres = openStore(url(QStringLiteral("sample")));
    QVERIFY(sqlite && postgres);
    for (qint64 rowId : { 1, 2, 17, 999, 3000, 6000 }) {
        auto a = (*sqlite)->readEvent(rowId);
        auto b = (*postgres)->readEvent(rowId);
        QVERIFY(a && b);
        QCOMPARE(eventText(*b), eventText(*a));
        QCOMPARE((*postgres)->rowIdOfEvent(a->eventId.toStdString()).value(), rowId);
    }
    QCOMPARE((*postgres)->rowIdOfEvent("no-such-event").value(), qint64(-1));
    auto missing = (*postgres)->readEvent(123456);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message().contains(u"no event at position 123456"), qPrintable(missing.error().message()));

    QVERIFY((*postgres)->hasSnapshots());
    const IndexPtr index = buildIndex(**sqlite);
    int compared = 0;
    for (quint32 stream = 0; stream < index->streams().size(); ++stream) {
        const QString id = index->streams().string(stream);
        auto a = (*sqlite)->snapshots(id);
        auto b = (*postgres)->snapshots(id);
        QVERIFY(a && b);
        QCOMPARE(b->size(), a->size());
        for (std::size_t i = 0; i < a->size(); ++i) {
            QCOMPARE(b->at(i).version, a->at(i).version);
            QCOMPARE(b->at(i).data, a->at(i).data);
            QCOMPARE(b->at(i).createdAt, a->at(i).createdAt);
            ++compared;
        }
    }
    QVERIFY(compared > 0);

    // The payload scan the audit uses: same rows, same payloads.
    class Collect final : public RowSink
    {
    public:
        bool row(const RawEventRow& row) override
        {
            lines << QString::number(row.rowId) + u' ' + QString::fromUtf8(row.data.data(), row.data.size());
            return true;
        }
        QStringList lines;
    } fromSqlite, fromPostgres;
    QVERIFY((*sqlite)->scanWithPayloads(100, 500, fromSqlite));
    QVERIFY((*postgres)->scanWithPayloads(100, 500, fromPostgres));
    QCOMPARE(fromPostgres.lines.size(), 500);
    QCOMPARE(fromPostgres.lines, fromSqlite.lines);
}

void TestPostgresStore::statesEqualSqlite_data()
{
    QTest::addColumn<QString>("projection");
    QTest::addColumn<QString>("aggregateType");
    QTest::newRow("merge, families") << QStringLiteral("merge") << QStringLiteral("family");
    QTest::newRow("sample.js#family") << QStringLiteral("family") << QStringLiteral("family");
    QTest::newRow("sample.js#account") << QStringLiteral("account") << QStringLiteral("BankAccount");
}

void TestPostgresStore::statesEqualSqlite()
{
    QFETCH(QString, projection);
    QFETCH(QString, aggregateType);
    auto sqlite = openStore(m_samplePath);
    auto postgres = openStore(url(QStringLiteral("sample")));
    QVERIFY(sqlite && postgres);
    const IndexPtr sqliteIndex = buildIndex(**sqlite);
    const IndexPtr postgresIndex = buildIndex(**postgres);
    QVERIFY(sqliteIndex && postgresIndex);
    const QString spec = projection == u"merge"
        ? projection
        : QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#") + projection;
    auto load = [&] {
        auto loaded = loadProjection(ProjectionSpec::parse(spec), {});
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        return std::move(loaded).value();
    };
    ProjectionPtr a = load();
    ProjectionPtr b = load();
    Replayer fromSqlite(**sqlite, sqliteIndex, *a);
    Replayer fromPostgres(**postgres, postgresIndex, *b);
    int streams = 0;
    for (quint32 stream = 0; stream < sqliteIndex->streams().size() && streams < 3; ++stream) {
        const QString id = sqliteIndex->streams().string(stream);
        if (sqliteIndex->aggregateTypes()
                .string(sqliteIndex->streamAggregateType(stream))
                .compare(aggregateType, Qt::CaseInsensitive)
            != 0)
            continue;
        ++streams;
        const qint64 last = sqliteIndex->streamPositions(stream).size();
        for (qint64 version : { qint64(1), last / 2, last }) {
            auto expected = fromSqlite.state(id, version);
            auto actual = fromPostgres.state(id, version);
            QVERIFY2(expected && actual, qPrintable(id));
            QVERIFY(expected->json.size() > 2);
            QCOMPARE(actual->json, expected->json);
            QCOMPARE(actual->position, expected->position);
        }
    }
    QCOMPARE(streams, 3);
}

void TestPostgresStore::sessionIsReadOnly()
{
    // Even a spec that asks for a writable session gets a read-only one.
    const QString spec = url(QStringLiteral("sample"))
        + QStringLiteral("?options=-c%20default_transaction_read_only%3Doff%20-c%20statement_timeout%3D45000");
    auto opened = PostgresStore::open(spec);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    PostgresStore& store = **opened;
    QCOMPARE(store.setting("default_transaction_read_only").value(), QStringLiteral("on"));
    QCOMPARE(store.setting("transaction_read_only").value(), QStringLiteral("on"));
    QCOMPARE(store.setting("statement_timeout").value(), QStringLiteral("45s"));
    QCOMPARE(store.setting("application_name").value(), QStringLiteral("chronoscope"));

    auto plain = PostgresStore::open(url(QStringLiteral("sample")));
    QVERIFY(plain);
    QCOMPARE((*plain)->setting("statement_timeout").value(), QStringLiteral("30s"));
    // The server sees Chronoscope's sessions by name, as a DBA would look for them.
    QVERIFY(
        m_server
            .value(QStringLiteral("postgres"),
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'chronoscope' AND datname = 'sample'")
            .toInt()
        >= 2);
}

void TestPostgresStore::readOnlyRoleWorks()
{
    const QString spec = m_server.url(QStringLiteral("sample"), QStringLiteral("reader"), QStringLiteral("reader-Pw1"));
    auto store = openStore(spec);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    const IndexPtr index = buildIndex(**store);
    QVERIFY(index);
    QCOMPARE(index->size(), qint64(6000));
    QVERIFY((*store)->readEvent(42));
    QVERIFY((*store)->snapshots(index->streams().string(0)));
    // The role really has no write privilege: the test's own attempt fails.
    Postgres::Connection connection(
        PQconnectdb(QStringLiteral("host=127.0.0.1 port=%1 dbname=sample user=reader password=reader-Pw1")
                        .arg(m_server.port())
                        .toUtf8()
                        .constData()));
    Postgres::Result insert(PQexec(connection.get(), "DELETE FROM events WHERE position = 1"));
    QCOMPARE(Postgres::sqlState(insert.get()), QStringLiteral("42501"));
}

void TestPostgresStore::passwordNeverShown()
{
    const QString password = PostgresTestServer::superuserPassword();
    auto store = openStore(url(QStringLiteral("sample")) + QStringLiteral("?table=events"));
    QVERIFY(store);
    const QString expected
        = QStringLiteral("postgresql://postgres@127.0.0.1:%1/sample?table=events").arg(m_server.port());
    QCOMPARE((*store)->identity(), expected);
    QCOMPARE((*store)->source(), expected);
    QVERIFY(!(*store)->mapping().toJson().contains(password));
    auto clone = (*store)->clone();
    QVERIFY(clone);
    QCOMPARE((*clone)->identity(), expected);
    QCOMPARE(PostgresConnInfo::withoutPassword(url(QStringLiteral("sample"))),
        QStringLiteral("postgresql://postgres@127.0.0.1:%1/sample").arg(m_server.port()));
    const QString keywords
        = QStringLiteral("host=127.0.0.1 port=%1 dbname=sample user=postgres password='%2' table=events")
              .arg(m_server.port())
              .arg(password);
    QCOMPARE(PostgresConnInfo::withoutPassword(keywords), expected);
    auto byKeywords = openStore(keywords);
    QVERIFY2(byKeywords, qPrintable(byKeywords ? QString() : byKeywords.error().message()));
    QCOMPARE((*byKeywords)->identity(), expected);
}

void TestPostgresStore::badInputs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("reason");

    const QString password = PostgresTestServer::superuserPassword();
    // A port nobody listens on: the server's own, once it is known to be free of others.
    const int closedPort = m_server.port() + 1 == 65536 ? m_server.port() - 1 : m_server.port() + 1;
    QTest::newRow("wrong port")
        << QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/sample").arg(password).arg(closedPort)
        << int(StoreErrorCode::ServerUnreachable)
        << QStringLiteral("postgresql://postgres@127.0.0.1:%1/sample").arg(closedPort)
        << QStringLiteral("cannot connect to the PostgreSQL server at 127.0.0.1 port %1").arg(closedPort);
    QTest::newRow("wrong password") << m_server.url(QStringLiteral("sample"), QStringLiteral("postgres"),
        QStringLiteral("Wrong-Pw9")) << int(StoreErrorCode::AuthenticationFailed)
                                    << QStringLiteral("postgresql://postgres@127.0.0.1:%1/sample").arg(m_server.port())
                                    << QStringLiteral("authentication failed for user 'postgres'");
    QTest::newRow("missing database")
        << url(QStringLiteral("nosuchdb")) << int(StoreErrorCode::FileMissing)
        << QStringLiteral("postgresql://postgres@127.0.0.1:%1/nosuchdb").arg(m_server.port())
        << QStringLiteral("database 'nosuchdb' does not exist");
    QTest::newRow("missing table")
        << url(QStringLiteral("sample")) + QStringLiteral("?table=orders") << int(StoreErrorCode::NoEventsTable)
        << QStringLiteral("postgresql://postgres@127.0.0.1:%1/sample?table=orders").arg(m_server.port())
        << QStringLiteral("has no table 'orders' (named by ?table=; found: events, snapshots)");
    QTest::newRow("missing position column")
        << url(QStringLiteral("sample")) + QStringLiteral("?position=seq") << int(StoreErrorCode::MissingColumns)
        << QStringLiteral("postgresql://postgres@127.0.0.1:%1/sample?position=seq").arg(m_server.port())
        << QStringLiteral("table 'events' has no position column 'seq'");
    QTest::newRow("unknown mapping") << url(QStringLiteral("sample")) + QStringLiteral("?mapping=nosuch")
                                     << int(StoreErrorCode::FileMissing) << QStringLiteral("nosuch")
                                     << QStringLiteral(
                                            "is neither a preset (seed, emmett, marten, castore) nor a mapping file");
    QTest::newRow("not a connection string")
        << QStringLiteral("host=127.0.0.1 password='%1 dbname=x").arg(password) << int(StoreErrorCode::NotADatabase)
        << QStringLiteral("host=127.0.0.1 password=…") << QStringLiteral("is not a valid libpq connection string");
}

void TestPostgresStore::badInputs()
{
    QFETCH(QString, spec);
    QFETCH(int, code);
    QFETCH(QString, named);
    QFETCH(QString, reason);
    auto store = openStore(spec);
    QVERIFY(!store);
    const QString message = store.error().message();
    QVERIFY2(message.startsWith(named + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(!message.contains(PostgresTestServer::superuserPassword()), qPrintable(message));
    QVERIFY2(!message.contains(u"Wrong-Pw9"), qPrintable(message));
    QCOMPARE(int(store.error().code), code);
}

void TestPostgresStore::earlyStopLeavesConnectionUsable()
{
    auto store = openStore(url(QStringLiteral("sample")));
    QVERIFY(store);
    class StopAfter final : public RowSink
    {
    public:
        explicit StopAfter(qint64 rows)
            : m_rows(rows)
        { }
        bool row(const RawEventRow&) override { return ++seen < m_rows; }
        qint64 seen = 0;

    private:
        qint64 m_rows;
    };
    // Unbounded: the rest of the COPY is cancelled on the server, not read.
    StopAfter stop(10);
    QCOMPARE((*store)->scan(0, -1, stop).value(), qint64(10));
    StopAfter bounded(5);
    QCOMPARE((*store)->scan(0, 100, bounded).value(), qint64(5));
    StopAfter all(1'000'000);
    QCOMPARE((*store)->scan(0, -1, all).value(), qint64(6000));
    QCOMPARE((*store)->lastRowId().value(), qint64(6000));
    auto correlation = firstRowOfCorrelation(**store, QStringLiteral("no-such-correlation"));
    QCOMPARE(correlation.value(), qint64(-1));
}

void TestPostgresStore::connectionKilledMidIndexKeepsWhatWasLoaded()
{
    auto sqlite = openStore(m_samplePath);
    auto store = openStore(url(QStringLiteral("sample")));
    QVERIFY(sqlite && store);
    const IndexPtr full = buildIndex(**sqlite);
    IndexOptions options;
    options.chunkRows = 500;
    options.firstPublishRows = 256;
    Terminator terminator(m_server);
    IndexBuilder builder(**store, options);
    auto index = builder.build(&terminator);
    QVERIFY(terminator.killed);
    QVERIFY(!index);
    const StoreError& error = index.error();
    QCOMPARE(error.code, StoreErrorCode::ConnectionLost);
    const QString message = error.message();
    QVERIFY2(message.startsWith(QStringLiteral("postgresql://postgres@127.0.0.1:%1/sample: the connection to the "
                                               "server was lost")
                                    .arg(m_server.port())),
        qPrintable(message));
    QVERIFY2(message.contains(u"after position"), qPrintable(message));

    // What was read before is still there, as the last snapshot, equal to the same rows of SQLite.
    QVERIFY(terminator.last);
    QVERIFY(!terminator.wasFinal);
    const qint64 loaded = terminator.last->size();
    QVERIFY2(loaded > 0 && loaded < 6000, qPrintable(QString::number(loaded)));
    QCOMPARE(describe(*terminator.last, loaded), describe(*full, loaded));

    // The same store object reconnects on its next use.
    QCOMPARE((*store)->lastRowId().value(), qint64(6000));
}

void TestPostgresStore::commandLineEndToEnd_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("info --json") << QStringList { QStringLiteral("info"), QStringLiteral("--json") };
    QTest::newRow("events --format jsonl") << QStringList { QStringLiteral("events"), QStringLiteral("--limit"),
        QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("jsonl") };
    QTest::newRow("state, merge") << QStringList { QStringLiteral("state"), QStringLiteral("--stream"),
        QStringLiteral("family-000003") };
    QTest::newRow("state, sample.js at a time")
        << QStringList { QStringLiteral("state"), QStringLiteral("--stream"), QStringLiteral("family-000003"),
               QStringLiteral("--at"), QStringLiteral("2024-06-01"), QStringLiteral("--projection"),
               QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#family") };
}

void TestPostgresStore::commandLineEndToEnd()
{
    QFETCH(QStringList, arguments);
    auto run = [&](const QString& store) {
        QProcess process;
        QStringList all = arguments;
        all.insert(1, store);
        all << QStringLiteral("--no-cache");
        process.start(QStringLiteral(CHRONOSCOPE_BINARY), all);
        process.waitForFinished(120'000);
        if (process.exitCode() != 0)
            qWarning("%s", process.readAllStandardError().constData());
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
    };
    auto [sqliteExit, sqliteOut] = run(m_samplePath);
    const QString storeUrl = url(QStringLiteral("sample"));
    auto [postgresExit, postgresOut] = run(storeUrl);
    QCOMPARE(sqliteExit, 0);
    QCOMPARE(postgresExit, 0);
    QVERIFY(!postgresOut.contains(PostgresTestServer::superuserPassword()));
    // Only the store's name differs, and the position column's: PostgreSQL has no rowid.
    sqliteOut.replace(m_samplePath, QStringLiteral("STORE"));
    sqliteOut.replace(QStringLiteral("\"position\": \"rowid\""), QStringLiteral("\"position\": \"position\""));
    postgresOut.replace(PostgresConnInfo::withoutPassword(storeUrl), QStringLiteral("STORE"));
    QVERIFY(postgresOut.size() > 100);
    QCOMPARE(postgresOut.split(u'\n'), sqliteOut.split(u'\n'));
}

void TestPostgresStore::presetsEqualSqlite_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("asSeed");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("events");
    // Written by Emmett's and Castore's own PostgreSQL event stores (tests/fixtures/), and
    // Marten's DDL with two tenants and an archived event (tests/fixtures/README.md).
    QTest::newRow("emmett") << "emmett_postgres_store.sql"
                            << "emmett_postgres_as_seed.sql"
                            << "emmett" << 0;
    QTest::newRow("castore") << "castore_postgres_store.sql"
                             << "castore_postgres_as_seed.sql"
                             << "castore" << 0;
    QTest::newRow("marten, Guid streams") << "marten_postgres_store.sql"
                                          << "marten_postgres_as_seed.sql"
                                          << "marten" << 0;
    QTest::newRow("marten, string streams") << "marten_postgres_string_store.sql"
                                            << "marten_postgres_string_as_seed.sql"
                                            << "marten" << 0;
}

void TestPostgresStore::presetsEqualSqlite()
{
    QFETCH(QString, store);
    QFETCH(QString, asSeed);
    QFETCH(QString, preset);
    const QString database = QFileInfo(store).completeBaseName();
    QVERIFY(loadSqlFile(store, database));
    const QString seedPath = TestUtils::storeFromSqlFile(m_dir, asSeed);

    // No mapping given: the user points Chronoscope at the database and sees its streams.
    auto postgres = openStore(url(database));
    QVERIFY2(postgres, qPrintable(postgres ? QString() : postgres.error().message()));
    QCOMPARE((*postgres)->mapping().name, preset);
    // Emmett's global_position has no index: the store is read in one streamed COPY, not
    // in pages that would each sort the whole table.
    QCOMPARE((*postgres)->prefersOneScan(), preset == u"emmett");
    auto seed = openStore(seedPath);
    QVERIFY2(seed, qPrintable(seed ? QString() : seed.error().message()));

    const IndexPtr expected = buildIndex(**seed);
    const IndexPtr actual = buildIndex(**postgres);
    QVERIFY(expected && actual);
    QVERIFY(expected->size() > 3);
    QCOMPARE(describeWithoutRows(*actual), describeWithoutRows(*expected));
    QCOMPARE(problems(*actual).size(), problems(*expected).size());

    // Each event reads the same, payloads as JSON documents.
    for (qint64 p = 0; p < actual->size(); ++p) {
        auto a = (*postgres)->readEvent(actual->rowId(p));
        auto b = (*seed)->readEvent(expected->rowId(p));
        QVERIFY(a && b);
        QCOMPARE(a->eventId, b->eventId);
        QCOMPARE(a->streamId, b->streamId);
        QCOMPARE(a->aggregateType, b->aggregateType);
        QCOMPARE(a->type, b->type);
        QCOMPARE(a->timestamp, b->timestamp);
        QVERIFY2(sameJson(a->data, b->data), QByteArray(a->data + " / " + b->data).constData());
        QVERIFY2(sameJson(a->metadata, b->metadata), QByteArray(a->metadata + " / " + b->metadata).constData());
        QCOMPARE((*postgres)->rowIdOfEvent(a->eventId.toStdString()).value(), actual->rowId(p));
    }

    // States: every stream replayed with the merge projection, at each version.
    auto load = [] {
        auto loaded = loadProjection(ProjectionSpec::parse(QStringLiteral("merge")), {});
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        return std::move(loaded).value();
    };
    ProjectionPtr a = load();
    ProjectionPtr b = load();
    Replayer fromPostgres(**postgres, actual, *a);
    Replayer fromSeed(**seed, expected, *b);
    for (quint32 stream = 0; stream < expected->streams().size(); ++stream) {
        const QString id = expected->streams().string(stream);
        const auto versions = static_cast<qint64>(expected->streamPositions(stream).size());
        for (qint64 version = 1; version <= versions; ++version) {
            auto want = fromSeed.state(id, version);
            auto got = fromPostgres.state(id, version);
            QVERIFY2(want && got, qPrintable(id));
            QVERIFY2(sameJson(got->json, want->json), qPrintable(id + u' ' + QString::fromUtf8(got->json)));
        }
    }
}

void TestPostgresStore::customMappingFile()
{
    // Another application's table: positions with gaps, the time in epoch milliseconds,
    // event id, user and trace ids inside a jsonb column, and deleted rows to skip.
    load(m_samplePath, QStringLiteral("journal"));
    QString error;
    QVERIFY2(
        m_server.exec(QStringLiteral("journal"),
            "CREATE TABLE journal AS SELECT position * 2 AS seq, aggregate_id AS entity, aggregate_type AS category, "
            "aggregate_version AS rev, event_type AS kind, event_version AS schema, event_data::jsonb AS body, "
            "jsonb_build_object('id', event_id, 'user', user_id, 'trace', jsonb_build_object('correlation', "
            "correlation_id, 'cause', causation_id)) AS meta, "
            "(extract(epoch FROM event_timestamp::timestamptz) * 1000000)::bigint AS at, 0 AS deleted "
            "FROM events;"
            "INSERT INTO journal SELECT seq + 1, entity, category, rev + 1000, 'Deleted', schema, body, meta, at, 1 "
            "FROM journal;"
            "DROP TABLE events; DROP TABLE snapshots;",
            &error),
        qPrintable(error));
    const QString kept = m_server.value(QStringLiteral("journal"), "SELECT count(*) FROM journal WHERE deleted = 0");
    QCOMPARE(kept, QStringLiteral("6000"));

    QTemporaryDir dir;
    const QString mappingPath = dir.filePath(QStringLiteral("journal.json"));
    QFile file(mappingPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
  "mapping": "journal",
  "table": "journal",
  "position": "seq",
  "timestampFormat": "epoch-us",
  "columns": {
    "eventId": { "column": "meta", "path": "$.id" },
    "streamId": "entity",
    "aggregateType": "category",
    "version": "rev",
    "type": "kind",
    "schemaVersion": "schema",
    "timestamp": "at",
    "userId": { "column": "meta", "path": "$.user" },
    "correlationId": { "column": "meta", "path": "$.trace.correlation" },
    "causationId": { "column": "meta", "path": "$.trace.cause" },
    "data": "body",
    "metadata": "meta"
  },
  "skip": [ { "column": "deleted", "equals": 1 } ]
})");
    file.close();

    auto postgres = openStore(StoreSpec::compose(url(QStringLiteral("journal")), mappingPath));
    QVERIFY2(postgres, qPrintable(postgres ? QString() : postgres.error().message()));
    QCOMPARE((*postgres)->mapping().name, QStringLiteral("journal"));
    const IndexPtr actual = buildIndex(**postgres);
    QVERIFY(actual);
    QCOMPARE(actual->size(), kept.toLongLong());
    QVERIFY(!actual->types().find(QStringLiteral("Deleted")));

    // The same events read from SQLite in the seed layout.
    auto sqlite = openStore(m_samplePath);
    QVERIFY(sqlite);
    const IndexPtr all = buildIndex(**sqlite);
    QVERIFY(all);
    QCOMPARE(describeWithoutRows(*actual), describeWithoutRows(*all));
    for (qint64 p = 0; p < actual->size(); p += 97) {
        auto event = (*postgres)->readEvent(actual->rowId(p));
        QVERIFY(event);
        const qint64 seedRow = (*sqlite)->rowIdOfEvent(event->eventId.toStdString()).value();
        QCOMPARE(seedRow * 2, actual->rowId(p));
        auto original = (*sqlite)->readEvent(seedRow);
        QVERIFY(original);
        QCOMPARE(event->timestamp, original->timestamp);
        QCOMPARE(event->userId, original->userId);
        QCOMPARE(event->correlationId, original->correlationId);
        QCOMPARE(event->causationId, original->causationId);
        QCOMPARE(event->streamId, original->streamId);
        QCOMPARE((*postgres)->rowIdOfEvent(original->eventId.toStdString()).value(), actual->rowId(p));
    }
    QCOMPARE(actual->streams().size(), all->streams().size());
}

void TestPostgresStore::badMappings_data()
{
    QTest::addColumn<QString>("mapping"); // a preset name, or a mapping file's text
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("preset whose table is absent")
        << "marten" << int(StoreErrorCode::NoEventsTable)
        << "has no table 'mt_events' (the marten preset's table; found: events)";
    QTest::newRow("file naming a missing table")
        << R"({"table":"jornal","columns":{"streamId":"a","version":"b","type":"c","timestamp":"d"}})"
        << int(StoreErrorCode::NoEventsTable)
        << "has no table 'jornal' (named by the mapping's \"table\"; found: events)";
    QTest::newRow("file naming a missing column")
        << R"({"table":"events","columns":{"streamId":"aggregate_id","version":"revision","type":"event_type","timestamp":"event_timestamp"}})"
        << int(StoreErrorCode::MissingColumns)
        << "table 'events' has no column 'revision' (named by the mapping's \"columns.version\")";
    QTest::newRow("file with a non-integer position")
        << R"({"table":"events","position":"event_id","columns":{"streamId":"aggregate_id","version":"aggregate_version","type":"event_type","timestamp":"event_timestamp"}})"
        << int(StoreErrorCode::MissingColumns)
        << "position column 'event_id' of table 'events' is not an integer column";
}

void TestPostgresStore::badMappings()
{
    QFETCH(QString, mapping);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QString given = mapping;
    if (mapping.startsWith(u'{')) {
        given = dir.filePath(QStringLiteral("bad.json"));
        QFile file(given);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mapping.toUtf8());
    }
    auto store = openStore(StoreSpec::compose(url(QStringLiteral("small")), given));
    QVERIFY(!store);
    const QString message = store.error().message();
    QVERIFY2(message.startsWith(QStringLiteral("postgresql://postgres@127.0.0.1:%1/small").arg(m_server.port())),
        qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(int(store.error().code), code);
}

void TestPostgresStore::liveFollow_data()
{
    QTest::addColumn<bool>("trigger");
    QTest::addColumn<QString>("method");
    QTest::newRow("trigger installed: LISTEN/NOTIFY") << true << "notifications (LISTEN chronoscope_append)";
    QTest::newRow("no trigger: polling") << false << "polling the last position";
}

void TestPostgresStore::liveFollow()
{
    QFETCH(bool, trigger);
    QFETCH(QString, method);
    const QString database = trigger ? QStringLiteral("follow_notify") : QStringLiteral("follow_poll");
    load(m_smallPath, database);
    QString error;
    if (trigger) {
        // The trigger of docs/live-follow.md, as the store's owner would install it.
        QFile doc(QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/docs/live-follow.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf(u"CREATE OR REPLACE FUNCTION chronoscope_notify_append");
        const qsizetype end = text.indexOf(u"```", start);
        QVERIFY(start > 0 && end > start);
        QVERIFY2(m_server.exec(database, text.mid(start, end - start).toUtf8(), &error), qPrintable(error));
    }
    auto store = openStore(url(database));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    IndexOptions options;
    options.keepForAppending = true;
    auto appender = std::make_shared<IndexAppender>(std::move(store).value(), options);
    QVERIFY(appender->builder().build());
    const qint64 before = appender->latest()->size();

    LiveFollower follower;
    follower.setInterval(50);
    QSignalSpy started(&follower, &LiveFollower::followStarted);
    QSignalSpy extended(&follower, &LiveFollower::indexExtended);
    follower.start(appender);
    QTRY_COMPARE(started.count(), 1);
    QCOMPARE(started.constFirst().at(0).toString(), method);
    QTest::qWait(300); // the watch's first "changed" has been answered; now it waits

    // Another connection appends two events in one transaction. With the trigger, only the
    // notification can make the watch look within QTRY's 5 s (its recheck is every 10 s).
    QVERIFY2(m_server.exec(database,
                 "INSERT INTO events (position, event_id, event_type, event_version, aggregate_id, aggregate_type, "
                 "aggregate_version, event_data, event_timestamp, user_id, correlation_id, causation_id) VALUES "
                 "((SELECT max(position) + 1 FROM events), 'live-1', 'SensorInstalled', 1, 'sensor-9', 'Sensor', 1, "
                 "'{}', '2031-05-01T10:00:00Z', 'user-live', 'live', NULL),"
                 "((SELECT max(position) + 2 FROM events), 'live-2', 'SensorRead', 1, 'sensor-9', 'Sensor', 2, "
                 "'{\"t\":1}', '2031-05-01T10:00:01Z', 'user-live', 'live', 'live-1')",
                 &error),
        qPrintable(error));
    auto latest
        = [&]() -> IndexPtr { return extended.isEmpty() ? IndexPtr() : extended.constLast().at(0).value<IndexPtr>(); };
    QTRY_VERIFY(latest() && latest()->size() == before + 2);
    const IndexPtr grown = latest();
    QCOMPARE(grown->streams().string(grown->stream(before)), QStringLiteral("sensor-9"));
    QCOMPARE(grown->causation(before + 1), before);
    follower.stop();
}

void TestPostgresStore::nothingWritten()
{
    // Runs last: everything above read the store through Chronoscope.
    QCOMPARE(tableChecksum(m_server, QStringLiteral("sample")), m_checksumBefore);
    QCOMPARE(m_server.value(QStringLiteral("sample"),
                 "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'chronoscope' AND state = 'idle in "
                 "transaction'"),
        QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
