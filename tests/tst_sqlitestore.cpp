// SPDX-License-Identifier: MIT
// The SQLite source: bad input gives precise errors, and nothing ever writes to a store.

#include "index/indexbuilder.h"
#include "index/payloadcache.h"
#include "store/sqlitestore.h"
#include "testutils.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

class TestSqliteStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badInput_data();
    void badInput();
    void unreadableFile();
    void seedSchemaDetected();
    void optionalColumnsMayBeMissing();
    void readsEventWithPayload();
    void neverWritesToTheStore();
    void walStoreInReadOnlyFolder();
    void walStoreWithWriterOpen();
    void walStoreInReadOnlyFolderEvenForRoot();
    void givenMappingIsChecked();
    void cloneKeepsTheGivenMapping();
};

void TestSqliteStore::badInput_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");

    QTest::addRow("missing file") << "missing" << int(StoreErrorCode::FileMissing) << "does not exist";
    QTest::addRow("directory") << "directory" << int(StoreErrorCode::NotAFile) << "is a directory";
    QTest::addRow("zero bytes") << "empty-file" << int(StoreErrorCode::NotADatabase) << "is empty (0 bytes)";
    QTest::addRow("wrong magic") << "text-file" << int(StoreErrorCode::NotADatabase) << "is not an SQLite database";
    QTest::addRow("truncated") << "truncated" << int(StoreErrorCode::Corrupt) << "is corrupt";
    QTest::addRow("no events table") << "no_events_table.sql" << int(StoreErrorCode::NoEventsTable)
                                     << "has no 'events' table (found: customers, orders)";
    QTest::addRow("required columns missing")
        << "missing_columns.sql" << int(StoreErrorCode::MissingColumns)
        << "table 'events' lacks the required column(s) aggregate_version, event_timestamp";
    QTest::addRow("empty store") << "empty_store.sql" << int(StoreErrorCode::Empty) << "contains no events";
}

void TestSqliteStore::badInput()
{
    QFETCH(QString, setup);
    QFETCH(int, code);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("store.db"));
    if (setup == u"directory") {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("store.db")));
    } else if (setup == u"empty-file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (setup == u"text-file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("event_id,event_type\n").repeated(20));
    } else if (setup == u"truncated") {
        // A real store cut after its first pages: the header is fine, the tables are not.
        const QString whole = sampleStore(dir, 3000, 20, 1, false, QStringLiteral("whole.db"));
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile target(path);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(source.read(8192));
    } else if (setup.endsWith(u".sql")) {
        path = storeFromSqlFile(dir, setup, QStringLiteral("store.db"));
    }

    auto store = SqliteStore::open(path);
    QVERIFY(!store);
    QCOMPARE(int(store.error().code), code);
    QCOMPARE(store.error().source, path);
    QVERIFY2(store.error().message().startsWith(path + QStringLiteral(": ")), qPrintable(store.error().message()));
    QVERIFY2(store.error().message().contains(reason), qPrintable(store.error().message()));
}

void TestSqliteStore::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
            | QFile::ExeGroup));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    UnprivilegedScope unprivileged;
    auto store = SqliteStore::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, StoreErrorCode::Unreadable);
    QVERIFY2(store.error().message().startsWith(path + QStringLiteral(": cannot be read")),
        qPrintable(store.error().message()));
}

void TestSqliteStore::seedSchemaDetected()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    auto store = SqliteStore::open(path);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    QCOMPARE((*store)->mapping().name, QStringLiteral("seed"));
    QCOMPARE((*store)->mapping().streamId, QStringLiteral("aggregate_id"));
    QCOMPARE((*store)->mapping().metadata, QString()); // the seed schema has no metadata column
    QCOMPARE((*store)->identity(), QFileInfo(path).canonicalFilePath());
    QCOMPARE(*(*store)->lastRowId(), 8);
    QVERIFY(!(*store)->isImmutable());
}

void TestSqliteStore::optionalColumnsMayBeMissing()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("minimal_columns.sql"));
    auto store = openStore(path);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    auto index = IndexBuilder(**store).build();
    QVERIFY(index);
    QCOMPARE((*index)->size(), 2);
    QCOMPARE((*index)->aggregateTypes().string((*index)->streamAggregateType(0)), QStringLiteral("account"));
    QCOMPARE((*index)->schemaVersion(0), 1);
    const auto event = (*store)->readEvent(2);
    QVERIFY(event);
    QCOMPARE(event->type, QStringLiteral("Closed"));
    QCOMPARE(event->aggregateType, QStringLiteral("account"));
    QCOMPARE(event->userId, QString());
}

void TestSqliteStore::readsEventWithPayload()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    auto store = openStore(path);
    QVERIFY(store);
    auto event = (*store)->readEvent(4);
    QVERIFY(event);
    QCOMPARE(event->eventId, QStringLiteral("e-04"));
    QCOMPARE(event->type, QStringLiteral("MoneyDeposited"));
    QCOMPARE(event->schemaVersion, 2);
    QCOMPARE(event->streamId, QStringLiteral("account-1"));
    QCOMPARE(event->aggregateType, QStringLiteral("BankAccount"));
    QCOMPARE(event->version, 2);
    QCOMPARE(event->userId, QStringLiteral("system"));
    QCOMPARE(event->correlationId, QStringLiteral("c-2"));
    QCOMPARE(event->causationId, QStringLiteral("e-03"));
    QCOMPARE(event->data, QByteArray(R"({"amount":12.5,"currency":"EUR"})"));
    QCOMPARE(event->timestamp, 1705327202LL * 1000000);

    auto missing = (*store)->readEvent(99);
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains(QStringLiteral("has no event at row 99")));
    QCOMPARE(*(*store)->rowIdOfEvent("e-03"), 3);
    QCOMPARE(*(*store)->rowIdOfEvent("nope"), -1);
}

void TestSqliteStore::neverWritesToTheStore()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 5000, 40);
    const QTemporaryDir cache;
    const FileFingerprint before = fingerprint(path);
    const QStringList filesBefore = siblings(path);

    {
        auto store = openStore(path);
        QVERIFY(store);
        IndexOptions options;
        options.cacheDirectory = cache.path();
        auto index = IndexBuilder(**store, options).build();
        QVERIFY(index);
        PayloadCache payloads(**store, *index);
        for (qint64 position = 0; position < (*index)->size(); position += 97)
            QVERIFY(payloads.event(position));
        QVERIFY(payloads.misses() > 0);
    }
    QCOMPARE(fingerprint(path), before);
    QCOMPARE(siblings(path), filesBefore);
}

void TestSqliteStore::walStoreInReadOnlyFolder()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    execWritable(path, "PRAGMA journal_mode=WAL;");
    QCOMPARE(siblings(path), QStringList { QStringLiteral("seed_small.db") }); // closed cleanly: no -wal
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    const FileFingerprint before = fingerprint(path);
    {
        UnprivilegedScope unprivileged;
        auto store = SqliteStore::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        QVERIFY((*store)->isImmutable());
        auto index = IndexBuilder(**store).build();
        QVERIFY(index);
        QCOMPARE((*index)->size(), 8);
    }
    QCOMPARE(fingerprint(path), before);
    QCOMPARE(siblings(path), QStringList { QStringLiteral("seed_small.db") });
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestSqliteStore::walStoreWithWriterOpen()
{
    // The application that owns the store has it open in WAL mode with unflushed events:
    // we must see them (through its -wal) and must not checkpoint or alter anything.
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    sqlite3* writer = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &writer), SQLITE_OK);
    QCOMPARE(sqlite3_exec(writer,
                 "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                 "INSERT INTO events VALUES ('e-09','ChildAdded',1,'family-2','Family',1,'{}',"
                 "'2024-02-01T00:00:00Z','user-3',NULL,NULL);",
                 nullptr, nullptr, nullptr),
        SQLITE_OK);
    const FileFingerprint before = fingerprint(path);
    {
        auto store = SqliteStore::open(path);
        QVERIFY(store);
        QVERIFY(!(*store)->isImmutable());
        auto index = IndexBuilder(**store).build();
        QVERIFY(index);
        QCOMPARE((*index)->size(), 9);
        QCOMPARE((*index)->streams().string((*index)->stream(8)), QStringLiteral("family-2"));
    }
    QCOMPARE(fingerprint(path), before);
    sqlite3_close(writer);
}

void TestSqliteStore::walStoreInReadOnlyFolderEvenForRoot()
{
    // Regression (issue #11): root passes the access check of a 0555 folder, and SQLite then
    // left a root-owned -wal and -shm beside the store. With the effective user as it is (root
    // in CI), the store must be read as immutable and the folder stay as it was.
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    execWritable(path, "PRAGMA journal_mode=WAL;");
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    const FileFingerprint before = fingerprint(path);
    {
        auto store = SqliteStore::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
        QVERIFY((*store)->isImmutable());
        auto index = IndexBuilder(**store).build();
        QVERIFY(index);
        QCOMPARE((*index)->size(), 8);
    }
    QCOMPARE(fingerprint(path), before);
    QCOMPARE(siblings(path), QStringList { QStringLiteral("seed_small.db") });
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestSqliteStore::givenMappingIsChecked()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    auto emmett = SqliteStore::open(path, StoreMapping::emmett(SqlDialect::Sqlite));
    QVERIFY(!emmett);
    QCOMPARE(emmett.error().code, StoreErrorCode::NoEventsTable);
    QCOMPARE(emmett.error().message(),
        path + QStringLiteral(": has no table 'emt_messages' (the emmett preset's table; found: events)"));

    // The seed preset as it is (`--mapping seed`) names a metadata column this store does not
    // have: as when detected, that field reads as empty.
    auto seed = SqliteStore::open(path, StoreMapping::seed());
    QVERIFY2(seed, qPrintable(seed ? QString() : seed.error().message()));
    QVERIFY((*seed)->mapping().metadata.isEmpty());

    // A mapping the user wrote (here: the preset, edited) is taken at its word, so a column
    // it names that the store lacks is an error, not a silent NULL.
    StoreMapping edited = StoreMapping::seed();
    edited.name = QStringLiteral("custom");
    auto strict = SqliteStore::open(path, edited);
    QVERIFY(!strict);
    QCOMPARE(strict.error().code, StoreErrorCode::MissingColumns);
    QCOMPARE(strict.error().message(),
        path
            + QStringLiteral(
                ": table 'events' has no column 'metadata' (named by the mapping's \"columns.metadata\")"));
}

void TestSqliteStore::cloneKeepsTheGivenMapping()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    StoreMapping mapping = StoreMapping::seed();
    mapping.name = QStringLiteral("only-account-1");
    mapping.metadata.clear(); // this store has neither a metadata column nor snapshots
    mapping.snapshots = {};
    mapping.skip = { { QStringLiteral("aggregate_id"), QStringLiteral("account-1"), true } };
    auto store = SqliteStore::open(path, mapping);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message()));
    auto clone = (*store)->clone();
    QVERIFY(clone);
    QCOMPARE((*clone)->mapping().name, QStringLiteral("only-account-1"));
    auto index = IndexBuilder(**clone).build();
    QVERIFY(index);
    QCOMPARE((*index)->streams().size(), 1u);
    QCOMPARE((*index)->streams().string(0), QStringLiteral("account-1"));
    QCOMPARE(query(path, "SELECT count(DISTINCT aggregate_id) FROM events").constFirst(), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
