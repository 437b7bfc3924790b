// SPDX-License-Identifier: MIT
#include "index/indexbuilder.h"
#include "itemmodels/eventtablemodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

class TestEventTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEveryEventThenOneStream();
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
    QCOMPARE(row(0), QStringLiteral("0 | 2024-01-15T14:00:00.000000Z | family-1 | 1 | FamilyEnrolled | user-1"));
    QCOMPARE(row(1), QStringLiteral("1 | 2024-01-15T14:00:00.250000Z | account-1 | 1 | AccountOpened | user-1"));
    QCOMPARE(row(6), QStringLiteral("6 |  | family-1 | 4 | PaymentDue | user-2"));

    model.setStreamFilter((*index)->streams().find(QStringLiteral("account-1")).value());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.positionAt(2), 4);
    QCOMPARE(row(2), QStringLiteral("4 | 2024-01-15T14:00:03.000000Z | account-1 | 3 | MoneyDeposited | system"));
    QCOMPARE(model.index(2, EventTableModel::Time).data(EventTableModel::TimestampRole).toLongLong(),
        (*index)->timestamp(4));

    // A newer snapshot of the same store keeps the filter.
    model.setIndex(*index);
    QCOMPARE(model.rowCount(), 3);
    model.setStreamFilter(-1);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.headerData(EventTableModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
