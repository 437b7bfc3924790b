// SPDX-License-Identifier: MIT
// Schema mappings: the SQL they generate (SQLite and PostgreSQL), each preset on a store in
// its library's layout read as the same events in the seed layout, detection, mapping files
// and their errors, skipped rows, and that nothing is ever written.

#include "index/indexbuilder.h"
#include "index/timestampparser.h"
#include "store/mappingfile.h"
#include "store/mappingsql.h"
#include "store/sqlitestore.h"
#include "store/storespec.h"
#include "testutils.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

using Field = StoreMapping::Field;

QString dataPath(const QString& name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA) + u'/' + name;
}

// Everything the index and the store say about each event, one line per position.
QStringList describe(EventStore& store)
{
    auto index = IndexBuilder(store).build();
    if (!index)
        return { QStringLiteral("error: ") + index.error().message() };
    const EventIndex& idx = **index;
    QStringList lines;
    for (qint64 p = 0; p < idx.size(); ++p) {
        const Event e = idx.event(p);
        auto full = store.readEvent(idx.rowId(p));
        if (!full)
            return { QStringLiteral("error: ") + full.error().message() };
        lines << QStringList { QString::number(p), e.streamId, e.aggregateType, QString::number(e.version), e.type,
            QString::number(e.schemaVersion), TimestampParser::toIso(e.timestamp), e.userId,
            QString::number(idx.correlationRoot(p)), QString::number(idx.causation(p)), full->eventId,
            full->correlationId, full->causationId, QString::fromUtf8(full->data) }
                     .join(u'|');
    }
    for (const IndexProblem& problem : idx.problems())
        lines << QStringLiteral("problem %1: %2").arg(problem.position).arg(problem.description());
    return lines;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run chronoscope(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QTemporaryDir cache;
    environment.insert(QStringLiteral("CHRONOSCOPE_CACHE_DIR"), cache.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("chronoscope %s did not finish", qPrintable(arguments.join(u' ')));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

// A table no preset knows: epoch milliseconds, ids and user in a JSON metadata column.
const QByteArray kCustomTable = R"(
CREATE TABLE journal(seq INTEGER PRIMARY KEY, entity TEXT, rev INTEGER, kind TEXT, at INTEGER,
    body TEXT, meta TEXT, deleted INTEGER DEFAULT 0);
INSERT INTO journal VALUES (10, 'family-123', 1, 'FamilyRegistered', 1705327200000, '{"name":"Smith"}',
    '{"id":"j-1","user":"clerk","trace":{"correlation":"k-1"}}', 0);
INSERT INTO journal VALUES (11, 'family-123', 2, 'PaymentMissed', 1705330800000, '{"due":12}',
    '{"id":"j-2","user":"system","trace":{"correlation":"k-1","cause":"j-1"}}', 0);
INSERT INTO journal VALUES (12, 'family-123', 3, 'Oops', 1705330900000, '{}', '{"id":"j-3"}', 1);
INSERT INTO journal VALUES (13, 'family-124', 1, 'FamilyRegistered', 1705334400000, '{"name":"Jones"}',
    'not json at all', 0);
)";

const QByteArray kCustomMapping = R"({
  "mapping": "journal",
  "table": "journal",
  "position": "seq",
  "timestampFormat": "epoch-ms",
  "columns": {
    "eventId": { "column": "meta", "path": "$.id" },
    "streamId": "entity",
    "version": "rev",
    "type": "kind",
    "timestamp": "at",
    "userId": { "column": "meta", "path": "$.user" },
    "correlationId": { "column": "meta", "path": "$.trace.correlation" },
    "causationId": { "column": "meta", "path": "$.trace.cause" },
    "data": "body",
    "metadata": "meta"
  },
  "skip": [ { "column": "deleted", "equals": 1 } ]
})";

} // namespace

class TestStoreMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedSqlIsUnchanged();
    void generatedSql_data();
    void generatedSql();
    void presetsReadTheSameEventsAsTheSeedLayout_data();
    void presetsReadTheSameEventsAsTheSeedLayout();
    void detectionPicksThePreset_data();
    void detectionPicksThePreset();
    void rowsAreSkippedAsConfigured();
    void customMappingFile();
    void badMappings_data();
    void badMappings();
    void mappingFilesRoundTrip();
    void mappingCommandRoundTrip();
    void timestampFormats_data();
    void timestampFormats();
    void storeSpecCarriesTheMapping();
    void nothingIsWritten();
};

void TestStoreMapping::seedSqlIsUnchanged()
{
    // The seed preset must keep the query the index benchmark was tuned on.
    const MappingSql sql(StoreMapping::seed(), SqlDialect::Sqlite);
    QCOMPARE(sql.scanQuery(false),
        QStringLiteral("SELECT rowid, \"event_id\", \"aggregate_id\", \"aggregate_type\", \"aggregate_version\", "
                       "\"event_type\", \"event_version\", \"event_timestamp\", \"user_id\", \"correlation_id\", "
                       "\"causation_id\" FROM \"events\" WHERE rowid > ?1 ORDER BY rowid LIMIT ?2"));
    QCOMPARE(sql.snapshotsQuery(),
        QStringLiteral("SELECT \"aggregate_version\", \"snapshot_data\", \"created_date\" FROM \"snapshots\" "
                       "WHERE \"aggregate_id\" = ?1 ORDER BY \"aggregate_version\""));
}

void TestStoreMapping::generatedSql_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("expected");

    QTest::addRow("emmett, SQLite")
        << "emmett" << int(SqlDialect::Sqlite)
        << "SELECT \"global_position\", \"message_id\", \"stream_id\", (SELECT \"stream_type\" FROM \"emt_streams\" "
           "WHERE \"stream_id\" = \"emt_messages\".\"stream_id\" LIMIT 1), \"stream_position\", \"message_type\", "
           "NULL, "
           "\"created\", NULL, CASE WHEN json_valid(\"message_metadata\") THEN json_extract(\"message_metadata\", "
           "'$.correlationId') END, CASE WHEN json_valid(\"message_metadata\") THEN json_extract(\"message_metadata\", "
           "'$.causationId') END FROM \"emt_messages\" WHERE \"global_position\" > ?1 AND \"is_archived\" IS NOT 1 "
           "AND \"partition\" IS 'emt:default' AND \"message_kind\" IS 'E' ORDER BY \"global_position\" LIMIT ?2";
    QTest::addRow("emmett, PostgreSQL")
        << "emmett" << int(SqlDialect::PostgreSql)
        << "SELECT \"global_position\", \"message_id\", \"stream_id\", (SELECT \"stream_type\" FROM \"emt_streams\" "
           "WHERE \"stream_id\" = \"emt_messages\".\"stream_id\" LIMIT 1), \"stream_position\", \"message_type\", "
           "NULL, "
           "\"created\", NULL, (\"message_metadata\"::jsonb #>> '{\"correlationId\"}'), (\"message_metadata\"::jsonb "
           "#>> '{\"causationId\"}') FROM \"emt_messages\" WHERE \"global_position\" > $1 AND \"is_archived\" IS "
           "DISTINCT FROM TRUE AND \"partition\" IS NOT DISTINCT FROM 'emt:default' AND \"message_kind\" IS NOT "
           "DISTINCT FROM 'E' ORDER BY \"global_position\" LIMIT $2";
    QTest::addRow("marten, PostgreSQL")
        << "marten" << int(SqlDialect::PostgreSql)
        << "SELECT \"seq_id\", \"id\", \"stream_id\", (SELECT \"type\" FROM \"mt_streams\" WHERE \"id\" = "
           "\"mt_events\".\"stream_id\" LIMIT 1), \"version\", \"type\", NULL, \"timestamp\", NULL, "
           "\"correlation_id\", "
           "\"causation_id\" FROM \"mt_events\" WHERE \"seq_id\" > $1 AND \"is_archived\" IS DISTINCT FROM TRUE AND "
           "\"tenant_id\" IS NOT DISTINCT FROM '*DEFAULT*' ORDER BY \"seq_id\" LIMIT $2";
    QTest::addRow("castore, PostgreSQL")
        << "castore" << int(SqlDialect::PostgreSql)
        << "SELECT \"id\", \"id\", (\"aggregate_name\"::text || ':' || \"aggregate_id\"::text), \"aggregate_name\", "
           "\"version\", \"type\", NULL, \"timestamp\", NULL, NULL, NULL FROM \"event\" WHERE \"id\" > $1 ORDER BY "
           "\"id\" LIMIT $2";
    QTest::addRow("castore, SQLite")
        << "castore" << int(SqlDialect::Sqlite)
        << "SELECT \"id\", \"id\", (\"aggregate_name\" || ':' || \"aggregate_id\"), \"aggregate_name\", \"version\", "
           "\"type\", NULL, \"timestamp\", NULL, NULL, NULL FROM \"event\" WHERE \"id\" > ?1 ORDER BY \"id\" LIMIT ?2";
}

void TestStoreMapping::generatedSql()
{
    QFETCH(QString, preset);
    QFETCH(int, dialect);
    QFETCH(QString, expected);
    const MappingSql sql(StoreMapping::preset(preset, SqlDialect(dialect)), SqlDialect(dialect));
    QCOMPARE(sql.scanQuery(false), expected);
}

void TestStoreMapping::presetsReadTheSameEventsAsTheSeedLayout_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("events");

    // Written by Emmett's own SQLite event store (tests/fixtures/emmett-sqlite/make-fixture.mjs).
    QTest::addRow("emmett") << "emmett_sqlite_store.sql"
                            << "emmett_sqlite_as_seed.sql" << 7;
    // Marten's and Castore's DDL in SQLite types, with rows as those libraries write them.
    QTest::addRow("marten") << "marten_store.sql"
                            << "marten_as_seed.sql" << 5;
    QTest::addRow("castore") << "castore_store.sql"
                             << "castore_as_seed.sql" << 4;
}

void TestStoreMapping::presetsReadTheSameEventsAsTheSeedLayout()
{
    QFETCH(QString, store);
    QFETCH(QString, seed);
    QFETCH(int, events);

    QTemporaryDir dir;
    auto library = openStore(storeFromSqlFile(dir, store));
    QVERIFY2(library, qPrintable(library ? QString() : library.error().message()));
    QCOMPARE((*library)->mapping().name, QString::fromLatin1(QTest::currentDataTag()));
    auto seedStore = openStore(storeFromSqlFile(dir, seed));
    QVERIFY2(seedStore, qPrintable(seedStore ? QString() : seedStore.error().message()));
    QCOMPARE((*seedStore)->mapping().name, QStringLiteral("seed"));

    const QStringList fromLibrary = describe(**library);
    const QStringList fromSeed = describe(**seedStore);
    QCOMPARE(fromLibrary.size(), events);
    // Positions, streams, aggregate types, versions, types, times, correlation roots,
    // causations, ids and payloads: all equal.
    QCOMPARE(fromLibrary, fromSeed);
}

void TestStoreMapping::detectionPicksThePreset_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("position");

    QTest::addRow("seed") << "seed_small.sql"
                          << "seed"
                          << "events"
                          << "rowid";
    QTest::addRow("emmett") << "emmett_sqlite_store.sql"
                            << "emmett"
                            << "emt_messages"
                            << "global_position";
    QTest::addRow("marten") << "marten_store.sql"
                            << "marten"
                            << "mt_events"
                            << "seq_id";
    QTest::addRow("castore") << "castore_store.sql"
                             << "castore"
                             << "event"
                             << "id";
}

void TestStoreMapping::detectionPicksThePreset()
{
    QFETCH(QString, store);
    QFETCH(QString, preset);
    QFETCH(QString, table);
    QFETCH(QString, position);
    QTemporaryDir dir;
    auto opened = openStore(storeFromSqlFile(dir, store));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    const StoreMapping& mapping = (*opened)->mapping();
    QCOMPARE(mapping.name, preset);
    QCOMPARE(mapping.table, table);
    QCOMPARE(mapping.position, position);
    // Emmett's SQLite `created` is CURRENT_TIMESTAMP: UTC without a zone.
    if (preset == u"emmett")
        QCOMPARE(mapping.timestampFormat, TimestampFormat::SqlDateTime);
}

void TestStoreMapping::rowsAreSkippedAsConfigured()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("emmett_sqlite_store.sql"));
    auto before = openStore(path);
    QVERIFY(before);
    const QStringList clean = describe(**before);
    before->reset();

    // An archived event, one in another partition and a command: none of them is an event
    // of the default partition, so the index stays as it was.
    QFile extra(dataPath(QStringLiteral("emmett_sqlite_skipped_rows.sql")));
    QVERIFY(extra.open(QIODevice::ReadOnly));
    execWritable(path, extra.readAll());
    QCOMPARE(query(path, "SELECT count(*) FROM emt_messages").constFirst(), QStringLiteral("10"));

    auto after = openStore(path);
    QVERIFY(after);
    QCOMPARE(describe(**after), clean);
    for (const char* id : { "archived-1", "other-partition-1", "command-1" })
        QCOMPARE(*(*after)->rowIdOfEvent(id), -1);
    QCOMPARE(*(*after)->rowIdOfEvent(clean.constFirst().split(u'|').at(10).toStdString()), 1);

    // Without the rules (a mapping file with "skip": []) all ten rows are read.
    StoreMapping all = StoreMapping::emmett(SqlDialect::Sqlite);
    all.skip.clear();
    auto unfiltered = SqliteStore::open(path, all);
    QVERIFY(unfiltered);
    QCOMPARE(describe(**unfiltered).filter(QRegularExpression(QStringLiteral("^\\d+\\|"))).size(), 10);
}

void TestStoreMapping::customMappingFile()
{
    QTemporaryDir dir;
    const QString path = storeFromSql(dir, kCustomTable, QStringLiteral("journal.db"));
    const QString mappingPath = writeFile(dir, QStringLiteral("journal.json"), kCustomMapping);

    // Nothing to detect here: the tables name no known layout.
    auto undetected = openStore(path);
    QVERIFY(!undetected);
    QVERIFY2(undetected.error().message().contains(QStringLiteral("--mapping FILE")),
        qPrintable(undetected.error().message()));

    auto store = openStore(StoreSpec::compose(path, mappingPath));
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    QCOMPARE((*store)->mapping().name, QStringLiteral("journal"));
    QCOMPARE((*store)->source(), path);
    // Row 12 is deleted (skipped); row 13's metadata is not JSON, so its ids read as empty
    // and the index says so instead of failing.
    QCOMPARE(describe(**store),
        (QStringList { QStringLiteral("0|family-123|family|1|FamilyRegistered|1|2024-01-15T14:00:00.000000Z|clerk|0|-1|"
                                      "j-1|k-1||{\"name\":\"Smith\"}"),
            QStringLiteral("1|family-123|family|2|PaymentMissed|1|2024-01-15T15:00:00.000000Z|system|0|0|j-2|k-1|"
                           "j-1|{\"due\":12}"),
            QStringLiteral("2|family-124|family|1|FamilyRegistered|1|2024-01-15T16:00:00.000000Z||-1|-1||||{\"name\":"
                           "\"Jones\"}") }));
    QCOMPARE(*(*store)->rowIdOfEvent("j-2"), 11);

    // The command line takes the same file on every command.
    const Run info = chronoscope({ QStringLiteral("info"), path, QStringLiteral("--mapping"), mappingPath });
    QCOMPARE(info.err, QString());
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("Mapping:          journal (table journal)\n")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Events:           3\n")), qPrintable(info.out));
    const Run events = chronoscope({ QStringLiteral("events"), path, QStringLiteral("--mapping"), mappingPath,
        QStringLiteral("--format"), QStringLiteral("jsonl") });
    QCOMPARE(events.exitCode, 0);
    QCOMPARE(events.out.count(u'\n'), 3);
    QVERIFY2(events.out.contains(QStringLiteral("\"causationId\":\"j-1\"")), qPrintable(events.out));
}

void TestStoreMapping::badMappings_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QByteArray>("mapping");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); ///< after "FILE: " (the mapping file or the store)
    QTest::addColumn<bool>("namesStore");

    const QByteArray base = kCustomMapping;
    auto replaced = [&](const char* from, const char* to) { return QByteArray(base).replace(from, to); };

    QTest::addRow("missing table") << "journal" << replaced("\"table\": \"journal\"", "\"table\": \"jornal\"")
                                   << int(StoreErrorCode::NoEventsTable)
                                   << "has no table 'jornal' (named by the mapping's \"table\"; found: journal)"
                                   << true;
    QTest::addRow("missing column") << "journal" << replaced("\"version\": \"rev\"", "\"version\": \"revision\"")
                                    << int(StoreErrorCode::MissingColumns)
                                    << "table 'journal' has no column 'revision' (named by the mapping's "
                                       "\"columns.version\")"
                                    << true;
    QTest::addRow("missing JSON column")
        << "journal"
        << replaced("\"column\": \"meta\", \"path\": \"$.user\"", "\"column\": \"metadata\", \"path\": \"$.user\"")
        << int(StoreErrorCode::MissingColumns)
        << "table 'journal' has no column 'metadata' (named by the mapping's \"columns.userId.column\")" << true;
    QTest::addRow("missing position column")
        << "journal" << replaced("\"position\": \"seq\"", "\"position\": \"sequence\"")
        << int(StoreErrorCode::MissingColumns)
        << "table 'journal' has no column 'sequence' (named by the mapping's "
           "\"position\")"
        << true;
    QTest::addRow("missing skip column")
        << "journal" << replaced("\"column\": \"deleted\"", "\"column\": \"removed\"")
        << int(StoreErrorCode::MissingColumns)
        << "table 'journal' has no column 'removed' (named by the mapping's \"skip[0].column\")" << true;
    QTest::addRow("unknown key") << "journal" << replaced("\"skip\"", "\"skipRows\"") << int(StoreErrorCode::BadMapping)
                                 << "key 'skipRows': unknown key (known here: mapping, table, position, "
                                    "timestampFormat, columns, skip, snapshots)"
                                 << false;
    QTest::addRow("unknown field") << "journal" << replaced("\"userId\"", "\"user\"") << int(StoreErrorCode::BadMapping)
                                   << "key 'columns.user': unknown key (known here: eventId, streamId, aggregateType, "
                                      "version, type, schemaVersion, timestamp, userId, correlationId, causationId, "
                                      "data, metadata)"
                                   << false;
    QTest::addRow("missing required field")
        << "journal" << replaced("\"type\": \"kind\",", "") << int(StoreErrorCode::BadMapping)
        << "key 'columns.type': missing required key" << false;
    QTest::addRow("missing table key") << "journal" << replaced("\"table\": \"journal\",", "")
                                       << int(StoreErrorCode::BadMapping) << "key 'table': missing required key"
                                       << false;
    QTest::addRow("wrong type") << "journal" << replaced("\"version\": \"rev\"", "\"version\": 3")
                                << int(StoreErrorCode::BadMapping)
                                << "key 'columns.version': must be a column name or an object, not a number" << false;
    QTest::addRow("wrong skip value") << "journal" << replaced("\"equals\": 1", "\"equals\": [1]")
                                      << int(StoreErrorCode::BadMapping)
                                      << "key 'skip[0].equals': must be a string, a whole number, a boolean or null, "
                                         "not an array"
                                      << false;
    QTest::addRow("bad JSON path") << "journal" << replaced("$.trace.cause", "trace.cause")
                                   << int(StoreErrorCode::BadMapping)
                                   << "key 'columns.causationId.path': a JSON path starts with '$' (as in "
                                      "\"$.correlationId\")"
                                   << false;
    QTest::addRow("bad timestamp format")
        << "journal" << replaced("epoch-ms", "millis") << int(StoreErrorCode::BadMapping)
        << "key 'timestampFormat': unknown format 'millis' (known: auto, iso8601, "
           "sql-datetime-utc, timestamptz, epoch-s, epoch-ms, epoch-us, epoch-ns)"
        << false;
    // The comma after "journal" removed: Qt's parser stops inside the next key's quotes, byte 28.
    QTest::addRow("bad JSON") << "journal" << replaced("\"mapping\": \"journal\",", "\"mapping\": \"journal\"")
                              << int(StoreErrorCode::BadMapping) << "is not valid JSON: unterminated object at byte 28"
                              << false;
    QTest::addRow("not an object") << "journal" << QByteArray("[]") << int(StoreErrorCode::BadMapping)
                                   << "a mapping file holds one JSON object (see docs/mappings.md)" << false;
}

void TestStoreMapping::badMappings()
{
    QFETCH(QString, store);
    QFETCH(QByteArray, mapping);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(bool, namesStore);

    QTemporaryDir dir;
    const QString path = storeFromSql(dir, kCustomTable, QStringLiteral("journal.db"));
    const QString mappingPath = writeFile(dir, QStringLiteral("bad.json"), mapping);
    auto opened = openStore(StoreSpec::compose(path, mappingPath));
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code), code);
    // Problems of the file name the file; problems of the store (no such table or column) the store.
    const QString expected = (namesStore ? path : mappingPath) + QStringLiteral(": ") + message;
    QCOMPARE(opened.error().message(), expected);

    // The command line prints that one line and exits 2.
    const Run run = chronoscope({ QStringLiteral("info"), path, QStringLiteral("--mapping"), mappingPath });
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QStringLiteral("chronoscope: ") + expected + u'\n');
}

void TestStoreMapping::mappingFilesRoundTrip()
{
    // What toJson() writes, MappingFile reads back unchanged, for every preset and dialect.
    for (const QString& name : StoreMapping::presetNames()) {
        for (SqlDialect dialect : { SqlDialect::Sqlite, SqlDialect::PostgreSql }) {
            const StoreMapping preset = StoreMapping::preset(name, dialect);
            auto parsed = MappingFile::parse(preset.toJson().toUtf8(), QStringLiteral("round-trip.json"));
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
            QCOMPARE(parsed->toJson(), preset.toJson());
            QVERIFY(*parsed == preset);
        }
    }
    auto custom = MappingFile::parse(kCustomMapping, QStringLiteral("journal.json"));
    QVERIFY(custom);
    auto again = MappingFile::parse(custom->toJson().toUtf8(), QStringLiteral("again.json"));
    QVERIFY(again);
    QVERIFY(*again == *custom);
}

void TestStoreMapping::mappingCommandRoundTrip()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("marten_store.sql"));
    const Run printed = chronoscope({ QStringLiteral("mapping"), path });
    QCOMPARE(printed.err, QString());
    QCOMPARE(printed.exitCode, 0);
    auto detected = openStore(path);
    QVERIFY(detected);
    QCOMPARE(printed.out, (*detected)->mapping().toJson());

    // The user edits it (here: another tenant's events) and passes it back.
    QByteArray edited = printed.out.toUtf8();
    QVERIFY(edited.contains("\"*DEFAULT*\""));
    edited.replace("\"*DEFAULT*\"", "\"tenant-b\"");
    const QString mappingPath = writeFile(dir, QStringLiteral("tenant-b.json"), edited);
    const Run info = chronoscope(
        { QStringLiteral("info"), path, QStringLiteral("--mapping"), mappingPath, QStringLiteral("--json") });
    QCOMPARE(info.err, QString());
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("\"events\": 1,")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("\"notEquals\": \"tenant-b\"")), qPrintable(info.out));
    // `info` prints the mapping it used, the same text `mapping` prints for that file.
    const Run again = chronoscope({ QStringLiteral("mapping"), path, QStringLiteral("--mapping"), mappingPath });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.toUtf8(), edited);
}

void TestStoreMapping::timestampFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    const auto ms = int(TimestampFormat::EpochMilliseconds);
    QTest::addRow("ms integer") << ms << "integer"
                                << "1705327200123"
                                << "2024-01-15T14:00:00.123000Z";
    QTest::addRow("ms text") << ms << "text"
                             << " 1705327200123 "
                             << "2024-01-15T14:00:00.123000Z";
    // 1e11 would be guessed as milliseconds; stated as seconds it is the year 5138.
    QTest::addRow("s, large") << int(TimestampFormat::EpochSeconds) << "integer"
                              << "100000000000"
                              << "5138-11-16T09:46:40.000000Z";
    QTest::addRow("s, fraction") << int(TimestampFormat::EpochSeconds) << "real"
                                 << "1705327200.5"
                                 << "2024-01-15T14:00:00.500000Z";
    QTest::addRow("ms, small") << ms << "integer"
                               << "1000"
                               << "1970-01-01T00:00:01.000000Z";
    QTest::addRow("us") << int(TimestampFormat::EpochMicroseconds) << "integer"
                        << "1705327200000001"
                        << "2024-01-15T14:00:00.000001Z";
    QTest::addRow("ns, before 1970") << int(TimestampFormat::EpochNanoseconds) << "integer"
                                     << "-1500"
                                     << "1969-12-31T23:59:59.999998Z";
    QTest::addRow("ms, not a number") << ms << "text"
                                      << "2024-01-15"
                                      << "";
    QTest::addRow("sql datetime, UTC") << int(TimestampFormat::SqlDateTime) << "text"
                                       << "2024-01-15 14:00:00"
                                       << "2024-01-15T14:00:00.000000Z";
    QTest::addRow("timestamptz") << int(TimestampFormat::TimestampTz) << "text"
                                 << "2024-01-15 15:00:00.25+01"
                                 << "2024-01-15T14:00:00.250000Z";
    QTest::addRow("iso, no zone") << int(TimestampFormat::Iso8601) << "text"
                                  << "2024-01-15T14:00:00"
                                  << "2024-01-15T14:00:00.000000Z";
}

void TestStoreMapping::timestampFormats()
{
    QFETCH(int, format);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const std::string text = value.toStdString();
    RawValue raw;
    if (kind == u"integer") {
        raw.kind = RawValue::Kind::Integer;
        raw.integer = value.toLongLong();
    } else if (kind == u"real") {
        raw.kind = RawValue::Kind::Real;
        raw.real = value.toDouble();
    } else {
        raw.kind = RawValue::Kind::Text;
        raw.text = text;
    }
    QCOMPARE(TimestampParser::toIso(parseTimestamp(raw, TimestampFormat(format))), expected);
}

void TestStoreMapping::storeSpecCarriesTheMapping()
{
    const QString location = QStringLiteral("/data/odd name?#&%.db");
    const QString mapping = QStringLiteral("/home/me/my mapping&more+#1.json");
    const QString spec = StoreSpec::compose(location, mapping);
    QVERIFY(spec.startsWith(u"file:///data/"));
    const StoreSpec parsed = StoreSpec::parse(spec);
    QCOMPARE(parsed.location, location);
    QCOMPARE(parsed.mapping, mapping);
    QCOMPARE(
        StoreSpec::parse(StoreSpec::compose(location, QStringLiteral("marten"))).mapping, QStringLiteral("marten"));
    // No mapping: the spec is the path as given, and means "detect".
    QCOMPARE(StoreSpec::compose(QStringLiteral("store.db"), {}), QStringLiteral("store.db"));
    QCOMPARE(StoreSpec::parse(QStringLiteral("store.db")).mapping, QString());
    const StoreSpec url = StoreSpec::parse(QStringLiteral("postgresql://me@db:5432/shop?mapping=emmett&table=x"));
    QCOMPARE(url.mapping, QStringLiteral("emmett"));
    QCOMPARE(url.location, QStringLiteral("postgresql://me@db:5432/shop?table=x"));
}

void TestStoreMapping::nothingIsWritten()
{
    QTemporaryDir dir;
    const QTemporaryDir cache;
    for (const char* file : { "emmett_sqlite_store.sql", "marten_store.sql", "castore_store.sql" }) {
        const QString path = storeFromSqlFile(dir, QString::fromLatin1(file));
        const FileFingerprint before = fingerprint(path);
        const QStringList filesBefore = siblings(path);
        {
            auto store = openStore(path);
            QVERIFY(store);
            IndexOptions options;
            options.cacheDirectory = cache.path();
            QVERIFY(IndexBuilder(**store, options).build());
            QVERIFY(!describe(**store).isEmpty());
            auto clone = (*store)->clone();
            QVERIFY(clone);
            QCOMPARE((*clone)->mapping(), (*store)->mapping());
        }
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(siblings(path), filesBefore);
    }
}

QTEST_GUILESS_MAIN(TestStoreMapping)
#include "tst_storemapping.moc"
