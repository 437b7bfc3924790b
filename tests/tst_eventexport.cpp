// SPDX-License-Identifier: MIT
// File > Export Events and `chronoscope events`: the same lines, written atomically.

#include "export/eventexport.h"
#include "index/indexbuilder.h"
#include "testutils.h"

#include <QFile>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

class TestEventExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEveryEventOfAStream();
    void cancelLeavesNoFile();
    void unwritableTargetSaysWhy();

private:
    static qint64 run(const EventExportRequest& request, QString* error, bool cancel = false);
    /// A request over the small seed store (indexed) in `dir`, writing to `output` there.
    static EventExportRequest smallStoreRequest(const QTemporaryDir& dir, const QString& output);
};

EventExportRequest TestEventExport::smallStoreRequest(const QTemporaryDir& dir, const QString& output)
{
    EventExportRequest request;
    request.storeSpec = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    auto store = openStore(request.storeSpec);
    if (store) {
        if (auto index = IndexBuilder(**store).build())
            request.index = *index;
    }
    request.outputPath = dir.filePath(output);
    return request;
}

qint64 TestEventExport::run(const EventExportRequest& request, QString* error, bool cancel)
{
    QPromise<qint64> promise;
    QFuture<qint64> future = promise.future();
    promise.start();
    if (cancel)
        future.cancel();
    exportEvents(promise, request, error);
    promise.finish();
    return future.resultCount() > 0 ? future.result() : -1;
}

void TestEventExport::writesEveryEventOfAStream()
{
    QTemporaryDir dir;
    const QString path = storeFromSqlFile(dir, QStringLiteral("seed_small.sql"));
    auto store = openStore(path);
    QVERIFY(store);
    auto index = IndexBuilder(**store).build();
    QVERIFY(index);

    EventExportRequest request;
    request.storeSpec = path;
    request.index = *index;
    request.stream = (*index)->streams().find(QStringLiteral("account-1")).value();
    request.format = EventExportFormat::JsonLines;
    request.outputPath = dir.filePath(QStringLiteral("account.jsonl"));
    QString error;
    QCOMPARE(run(request, &error), 3);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile file(request.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QStringList ids = query(path, "SELECT event_id FROM events WHERE aggregate_id = 'account-1' ORDER BY rowid");
    for (int i = 0; i < 3; ++i) {
        const auto line = nlohmann::json::parse(lines.at(i).toStdString());
        QCOMPARE(QString::fromStdString(line["streamId"].get<std::string>()), QStringLiteral("account-1"));
        QCOMPARE(line["version"].get<qint64>(), i + 1);
        QCOMPARE(QString::fromStdString(line["eventId"].get<std::string>()), ids.at(i));
    }

    // CSV of everything: a header, then one row per event.
    request.stream = -1;
    request.format = EventExportFormat::Csv;
    request.outputPath = dir.filePath(QStringLiteral("all.csv"));
    QCOMPARE(run(request, &error), (*index)->size());
    QFile csv(request.outputPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), (*index)->size() + 1);
}

void TestEventExport::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const EventExportRequest request = smallStoreRequest(dir, QStringLiteral("cancelled.csv"));
    QVERIFY(request.index);
    QString error;
    QCOMPARE(run(request, &error, true), -1);
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(request.outputPath));
}

void TestEventExport::unwritableTargetSaysWhy()
{
    QTemporaryDir dir;
    const EventExportRequest request = smallStoreRequest(dir, QStringLiteral("no/such/folder/out.csv"));
    QVERIFY(request.index);
    QString error;
    QCOMPARE(run(request, &error), -1);
    QVERIFY2(error.startsWith(request.outputPath + QStringLiteral(": cannot be written")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEventExport)
#include "tst_eventexport.moc"
