// SPDX-License-Identifier: MIT
#include "index/indexbuilder.h"
#include "itemmodels/eventtablemodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

class TestEventTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEveryEventThenOneStream();
    void readsCorrelationAndPayloadInTheBackground();
    void showsTimesInUtcLocalOrRelative();
    void filtersToATimeRange();
};

void TestEventTableModel::showsEveryEventThenOneStream()
{
    QTemporaryDir dir;
    auto store = openStore(storeFromSqlFile(dir, QStringLiteral("seed_small.sql")));
    QVERIFY(store);
    auto index = IndexBuilder(**store).build();
    QVERIFY(index);

    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setIndex(*index);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(EventTableModel::NumColumns));

    auto row = [&](int r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        return cells.join(u" | ");
    };
    // Without a store, correlation and payload stay empty.
    QCOMPARE(row(0), QStringLiteral("0 | 2024-01-15T14:00:00.000000Z | family-1 | 1 | FamilyEnrolled | user-1 |  | "));
    QCOMPARE(row(1), QStringLiteral("1 | 2024-01-15T14:00:00.250000Z | account-1 | 1 | AccountOpened | user-1 |  | "));
    QCOMPARE(row(6), QStringLiteral("6 |  | family-1 | 4 | PaymentDue | user-2 |  | "));

    model.setStreamFilter((*index)->streams().find(QStringLiteral("account-1")).value());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.positionAt(2), 4);
    QCOMPARE(row(2), QStringLiteral("4 | 2024-01-15T14:00:03.000000Z | account-1 | 3 | MoneyDeposited | system |  | "));
    QCOMPARE(model.rowOf(4), 2);
    QCOMPARE(model.rowOf(0), -1); // not in this stream
    QCOMPARE(model.index(2, EventTableModel::Time).data(EventTableModel::TimestampRole).toLongLong(),
        (*index)->timestamp(4));

    // A newer snapshot of the same store keeps the filter.
    model.setIndex(*index);
    QCOMPARE(model.rowCount(), 3);
    model.setStreamFilter(-1);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.headerData(EventTableModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
}

void TestEventTableModel::readsCorrelationAndPayloadInTheBackground()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    auto store = openStore(path);
    QVERIFY(store);
    auto index = IndexBuilder(**store).build();
    QVERIFY(index);
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(*index);
    model.setStore(path);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The first ask is empty and schedules a read; the answer fills the cell.
    const QModelIndex payload = model.index(1, EventTableModel::Payload);
    QCOMPARE(payload.data().toString(), QString());
    QTRY_VERIFY(!changed.isEmpty());
    const QStringList expected = query(path,
        "SELECT correlation_id, json(event_data) FROM events WHERE aggregate_id = 'account-1' "
        "AND aggregate_version = 1");
    QCOMPARE(expected.size(), 1);
    const QStringList cells = expected.constFirst().split(u'|');
    QCOMPARE(payload.data().toString(), cells.at(1));
    QCOMPARE(model.index(1, EventTableModel::Correlation).data().toString(), cells.at(0));
    QVERIFY(payload.data(Qt::ToolTipRole).toString() == cells.at(1));

    // Long payloads are cut to one line of kPreviewCharacters, marked with an ellipsis.
    QByteArray big = "{\"text\":\"";
    big += QByteArray(500, 'x');
    big += "\"}";
    const QString preview = EventDetailsLoader::preview(big);
    QCOMPARE(preview.size(), EventDetailsLoader::kPreviewCharacters);
    QVERIFY(preview.endsWith(u'…'));
    QCOMPARE(EventDetailsLoader::preview("{\"a\": 1,\n \"b\": [1, 2]}"), QStringLiteral("{\"a\":1,\"b\":[1,2]}"));
    QCOMPARE(EventDetailsLoader::preview("{not json"), QStringLiteral("{not json"));
}

void TestEventTableModel::showsTimesInUtcLocalOrRelative()
{
    QTemporaryDir dir;
    auto store = openStore(storeFromSqlFile(dir, QStringLiteral("seed_small.sql")));
    QVERIFY(store);
    auto index = IndexBuilder(**store).build();
    QVERIFY(index);
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(*index);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);

    const TimeUs first = (*index)->timestamp(0);
    model.setReferenceTime(first, 0);
    model.setTimeMode(EventTableModel::TimeMode::Relative);
    QVERIFY(!header.isEmpty());
    QCOMPARE(
        model.headerData(EventTableModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time (relative to #0)"));
    QCOMPARE(model.index(0, EventTableModel::Time).data().toString(), QStringLiteral("+00:00:00.000000"));
    QCOMPARE(model.index(1, EventTableModel::Time).data().toString(), QStringLiteral("+00:00:00.250000"));
    // The exact UTC time stays one hover away.
    QCOMPARE(model.index(1, EventTableModel::Time).data(Qt::ToolTipRole).toString(),
        QStringLiteral("2024-01-15T14:00:00.250000Z"));
    QCOMPARE(EventTableModel::relativeText(first - 90061000001LL, first), QStringLiteral("-1d 01:01:01.000001"));

    const QByteArray zone = qgetenv("TZ");
    const auto restoreZone = qScopeGuard([&] {
        if (zone.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
    });
    qputenv("TZ", "Asia/Kolkata"); // +05:30, no daylight saving
    model.setTimeMode(EventTableModel::TimeMode::Local);
    QCOMPARE(model.index(1, EventTableModel::Time).data().toString(), QStringLiteral("2024-01-15 19:30:00.250000"));
    QCOMPARE(model.headerData(EventTableModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time (local)"));
}

void TestEventTableModel::filtersToATimeRange()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 3000, 30, 4, true); // with anomalies: some times go back
    auto store = openStore(path);
    QVERIFY(store);
    auto index = IndexBuilder(**store).build();
    QVERIFY(index);
    const EventIndex& events = **index;
    QVERIFY(!events.timesAscending()); // the anomalies put some times back
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(*index);

    // The truth: every position whose time is in the range, by brute force.
    const TimeUs from = events.timestamp(1000);
    const TimeUs to = events.timestamp(2000);
    auto expected = [&](qint64 stream) {
        QList<qint64> positions;
        for (qint64 p = 0; p < events.size(); ++p) {
            if ((stream < 0 || events.stream(p) == stream) && events.timestamp(p) >= from && events.timestamp(p) <= to)
                positions << p;
        }
        return positions;
    };
    auto shown = [&] {
        QList<qint64> positions;
        for (int row = 0; row < model.rowCount(); ++row)
            positions << model.positionAt(row);
        return positions;
    };
    model.setTimeRange(from, to);
    QCOMPARE(shown(), expected(-1));
    const qint64 inside = expected(-1).at(10);
    QCOMPARE(model.positionAt(model.rowOf(inside)), inside);
    QCOMPARE(model.rowOf(0), -1); // before the range

    const quint32 stream = events.stream(1500);
    model.setStreamFilter(stream);
    QCOMPARE(shown(), expected(stream));
    model.setTimeRange(kInvalidTime, kInvalidTime);
    QCOMPARE(model.rowCount(), int(events.streamPositions(stream).size()));

    // A clean store's times ascend: the range is a slice found by binary search.
    QTemporaryDir cleanDir;
    auto clean = openStore(sampleStore(cleanDir, 3000, 30, 4));
    QVERIFY(clean);
    auto cleanIndex = IndexBuilder(**clean).build();
    QVERIFY(cleanIndex && (*cleanIndex)->timesAscending());
    EventTableModel sliced;
    sliced.setIndex(*cleanIndex);
    sliced.setTimeRange((*cleanIndex)->timestamp(100), (*cleanIndex)->timestamp(200));
    QCOMPARE(sliced.positionAt(0), 100);
    QVERIFY(sliced.rowCount() >= 101);
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
