// SPDX-License-Identifier: MIT
// Live follow: events another connection appends appear in the index, exactly, without a
// rebuild; pause holds them back and resume catches up; an immutable open says it cannot
// follow; and Chronoscope's connections never write.

#include "index/indexappender.h"
#include "index/indexjob.h"
#include "index/livefollower.h"
#include "store/lastrowidwatch.h"
#include "store/sqlitestore.h"
#include "testutils.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

IndexAppenderPtr indexed(const QString& path)
{
    auto store = openStore(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    IndexOptions options;
    options.keepForAppending = true;
    auto appender = std::make_shared<IndexAppender>(std::move(store).value(), options);
    if (!appender->builder().build())
        qFatal("indexing %s failed", qPrintable(path));
    return appender;
}

IndexPtr freshIndex(const QString& path)
{
    auto store = openStore(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    auto index = IndexBuilder(**store).build();
    if (!index)
        qFatal("%s", qPrintable(index.error().message()));
    return *index;
}

// Every column, string and derived list of two indexes agrees.
void compareIndexes(const EventIndex& a, const EventIndex& b)
{
    QCOMPARE(a.size(), b.size());
    const IndexColumns& x = a.columns();
    const IndexColumns& y = b.columns();
    QVERIFY(x.timestamps == y.timestamps);
    QVERIFY(x.streams == y.streams);
    QVERIFY(x.versions == y.versions);
    QVERIFY(x.types == y.types);
    QVERIFY(x.users == y.users);
    QVERIFY(x.correlations == y.correlations);
    QVERIFY(x.causations == y.causations);
    QVERIFY(x.streamNames.blob() == y.streamNames.blob());
    QVERIFY(x.typeNames.blob() == y.typeNames.blob());
    QVERIFY(x.streamAggregateTypes == y.streamAggregateTypes);
    QCOMPARE(a.typeCounts(), b.typeCounts());
    QCOMPARE(a.firstTime(), b.firstTime());
    QCOMPARE(a.lastTime(), b.lastTime());
    QCOMPARE(a.timesAscending(), b.timesAscending());
    for (quint32 s = 0; s < a.streams().size(); ++s)
        QVERIFY(std::ranges::equal(a.streamPositions(s), b.streamPositions(s)));
}

// The latest snapshot the follower published.
IndexPtr latestOf(const QSignalSpy& spy)
{
    return spy.isEmpty() ? IndexPtr() : spy.constLast().at(0).value<IndexPtr>();
}

} // namespace

class TestLiveFollow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsAppear_data();
    void appendsAppear();
    void burstComesInBatches();
    void pauseHoldsBackAndResumeCatchesUp();
    void immutableStoreCannotFollow();
    void pollingWatchForAnyStore();
};

void TestLiveFollow::appendsAppear_data()
{
    QTest::addColumn<bool>("wal");
    QTest::addRow("rollback journal") << false;
    QTest::addRow("WAL, writer open") << true;
}

void TestLiveFollow::appendsAppear()
{
    QFETCH(bool, wal);
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 5000, 40, 3);
    StoreWriter writer(path, wal);
    const QStringList filesBefore = siblings(path);
    const IndexAppenderPtr appender = indexed(path);
    const IndexPtr base = appender->latest();
    QCOMPARE(base->size(), 5000);

    LiveFollower follower;
    follower.setInterval(50);
    QSignalSpy started(&follower, &LiveFollower::followStarted);
    QSignalSpy extended(&follower, &LiveFollower::indexExtended);
    follower.start(appender);
    QTRY_COMPARE(started.count(), 1);
    QCOMPARE(started.constFirst().at(0).toString(), QStringLiteral("SQLite data version"));
    QVERIFY(follower.isActive());

    // Another process appends: a new stream, an event caused by an old one (found through
    // the store), one in an old correlation group, one caused by a new one.
    const QString oldEvent = query(path, "SELECT event_id FROM events WHERE rowid = 17").constFirst();
    const QString oldCorrelation = query(path, "SELECT correlation_id FROM events WHERE rowid = 17").constFirst();
    writer.exec(QStringLiteral("INSERT INTO events (event_id, event_type, event_version, aggregate_id, aggregate_type, "
                               "aggregate_version, event_data, event_timestamp, user_id, correlation_id, causation_id) "
                               "VALUES "
                               "('live-1','SensorInstalled',1,'sensor-1','Sensor',1,'{}','2031-05-01T10:00:00Z',"
                               "'user-live','%1','%2'),"
                               "('live-2','SensorRead',1,'sensor-1','Sensor',2,'{\"t\":1}','2031-05-01T10:00:01Z',"
                               "'user-live','fresh','live-1'),"
                               "('live-3','SensorRead',1,'sensor-1','Sensor',3,'{\"t\":2}','2031-05-01T10:00:02Z',"
                               "'user-live','fresh','gone');")
                    .arg(oldCorrelation, oldEvent)
                    .toUtf8());

    QTRY_VERIFY(latestOf(extended) && latestOf(extended)->size() == 5003);
    const IndexPtr grown = latestOf(extended);
    qint64 added = 0;
    for (const QList<QVariant>& signal : extended)
        added += signal.at(1).toLongLong();
    QCOMPARE(added, 3);
    QCOMPARE(base->size(), 5000); // the earlier snapshot did not change
    QCOMPARE(grown->streams().string(grown->stream(5000)), QStringLiteral("sensor-1"));
    QCOMPARE(grown->aggregateTypes().string(grown->streamAggregateType(grown->stream(5000))), QStringLiteral("Sensor"));
    QCOMPARE(grown->version(5002), 3);
    QCOMPARE(grown->types().string(grown->type(5001)), QStringLiteral("SensorRead"));
    QCOMPARE(grown->users().string(grown->user(5002)), QStringLiteral("user-live"));
    QCOMPARE(grown->causation(5000), 16);
    QCOMPARE(grown->causation(5001), 5000);
    QCOMPARE(grown->causation(5002), kDanglingCausation);
    QCOMPARE(grown->correlationRoot(5000), grown->correlationRoot(16));
    QCOMPARE(grown->correlationRoot(5002), 5001);
    QCOMPARE(grown->streamPositions(grown->stream(5000)).size(), 3u);
    QCOMPARE(grown->lastTime(), grown->timestamp(5002));
    compareIndexes(*grown, *freshIndex(path));

    // Chronoscope wrote nothing: after the writer's last commit, the follower looks again
    // (pausing makes it count what waits: another read) and the file stays as it was.
    const FileFingerprint afterAppends = fingerprint(path);
    QSignalSpy pending(&follower, &LiveFollower::pendingChanged);
    follower.setPaused(true);
    QTRY_COMPARE(pending.count(), 1);
    QCOMPARE(pending.constFirst().at(0).toLongLong(), 0);
    QCOMPARE(fingerprint(path), afterAppends);
    if (!wal)
        QCOMPARE(siblings(path), filesBefore);
}

void TestLiveFollow::burstComesInBatches()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 3000, 30, 5);
    StoreWriter writer(path, true);
    LiveFollower follower;
    follower.setInterval(50);
    QSignalSpy extended(&follower, &LiveFollower::indexExtended);
    follower.start(indexed(path));

    // One transaction of more rows than a snapshot takes: several snapshots, none lost.
    const qint64 burst = LiveFollower::batchRows() + 1000;
    writer.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                               "INSERT INTO events (event_id, event_type, event_version, aggregate_id, aggregate_type, "
                               "aggregate_version, event_data, event_timestamp, user_id, correlation_id, causation_id) "
                               "SELECT 'tick-' || i, 'Ticked', 1, 'clock-' || ((i - 1) % 7), 'Clock', (i - 1) / 7 + 1, "
                               "'{}', strftime('%Y-%m-%dT%H:%M:%SZ', 1900000000 + i, 'unixepoch'), 'clock', NULL, NULL "
                               "FROM n;")
                    .arg(burst)
                    .toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(latestOf(extended) && latestOf(extended)->size() == 3000 + burst, 20000);
    QCOMPARE(extended.count(), 2);
    QCOMPARE(extended.at(0).at(1).toLongLong(), LiveFollower::batchRows());
    QCOMPARE(extended.at(1).at(1).toLongLong(), 1000);
    const IndexPtr grown = latestOf(extended);
    const auto clock = grown->streams().find(QStringLiteral("clock-3"));
    QVERIFY(clock);
    QCOMPARE(static_cast<qint64>(grown->streamPositions(*clock).size()), (burst - 4) / 7 + 1);
    compareIndexes(*grown, *freshIndex(path));
}

void TestLiveFollow::pauseHoldsBackAndResumeCatchesUp()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 2000, 20, 9);
    StoreWriter writer(path, false);
    LiveFollower follower;
    follower.setInterval(50);
    QSignalSpy started(&follower, &LiveFollower::followStarted);
    QSignalSpy extended(&follower, &LiveFollower::indexExtended);
    QSignalSpy pending(&follower, &LiveFollower::pendingChanged);
    follower.start(indexed(path));
    QTRY_COMPARE(started.count(), 1);

    follower.setPaused(true);
    QVERIFY(follower.isPaused());
    QTRY_COMPARE(pending.count(), 1); // paused, nothing waits yet
    QCOMPARE(pending.constLast().at(0).toLongLong(), 0);
    auto append = [&writer](int from, int to) {
        for (int i = from; i <= to; ++i)
            writer.append(QStringLiteral("p-%1").arg(i), QStringLiteral("Pinged"), QStringLiteral("pinger-1"), i,
                QStringLiteral("2032-01-01T00:00:%1Z").arg(i, 2, 10, QLatin1Char('0')));
    };
    append(1, 2);
    QTRY_COMPARE(pending.constLast().at(0).toLongLong(), 2); // the status bar's "2 new events waiting"
    QVERIFY(extended.isEmpty());

    follower.setPaused(false);
    QTRY_VERIFY(latestOf(extended) && latestOf(extended)->size() == 2002);
    QCOMPARE(pending.constLast().at(0).toLongLong(), 0);
    append(3, 3);
    QTRY_VERIFY(latestOf(extended)->size() == 2003);
    const IndexPtr grown = latestOf(extended);
    QCOMPARE(grown->version(2002), 3);
    QCOMPARE(grown->streams().string(grown->stream(2002)), QStringLiteral("pinger-1"));

    // Stopped: later appends are not read, and nothing arrives from the old start.
    follower.stop();
    QVERIFY(!follower.isActive());
    const qint64 count = extended.count();
    append(4, 4);
    follower.setPaused(true); // posts a look, which a stopped follower does not take
    follower.setPaused(false);
    QSignalSpy restarted(&follower, &LiveFollower::followStarted);
    follower.start(indexed(path)); // a new start from an index that already has p-4
    QTRY_COMPARE(restarted.count(), 1);
    QCOMPARE(extended.count(), count);
}

void TestLiveFollow::immutableStoreCannotFollow()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    execWritable(path, "PRAGMA journal_mode=WAL;");
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    {
        UnprivilegedScope unprivileged;
        auto store = SqliteStore::open(path);
        QVERIFY(store);
        QVERIFY((*store)->isImmutable());
        const auto watch = (*store)->watch();
        QVERIFY(!watch);
        QCOMPARE(watch.error().code, StoreErrorCode::CannotFollow);
        QVERIFY2(watch.error().reason.contains(QStringLiteral("immutable")), qPrintable(watch.error().reason));
        QVERIFY(watch.error().message().startsWith(path));

        LiveFollower follower;
        QSignalSpy unavailable(&follower, &LiveFollower::followUnavailable);
        IndexOptions options;
        options.keepForAppending = true;
        auto appender = std::make_shared<IndexAppender>(std::move(store).value(), options);
        QVERIFY(appender->builder().build());
        follower.start(appender);
        QTRY_COMPARE(unavailable.count(), 1);
        QVERIFY(!follower.isActive());
        QVERIFY(unavailable.constFirst().at(0).value<StoreError>().reason.contains(
            QStringLiteral("would not see appended events")));
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestLiveFollow::pollingWatchForAnyStore()
{
    // The default every EventStore has (PostgreSQL uses it until LISTEN/NOTIFY is wired).
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    auto store = openStore(path);
    QVERIFY(store);
    auto connection = (*store)->clone();
    QVERIFY(connection);
    LastRowIdWatch watch(std::move(connection).value());
    QCOMPARE(watch.changed().value(), true); // the first look always reads
    QCOMPARE(watch.changed().value(), false);
    execWritable(path,
        "INSERT INTO events (event_id, event_type, aggregate_id, aggregate_version, event_data, event_timestamp) "
        "VALUES ('e-09','ChildAdded','family-1',6,'{}','2024-02-01T00:00:00Z')");
    QCOMPARE(watch.changed().value(), true);
    QCOMPARE(watch.changed().value(), false);
}

QTEST_GUILESS_MAIN(TestLiveFollow)
#include "tst_livefollow.moc"
