// SPDX-License-Identifier: MIT
// Index benchmark (README "Performance"): index build against a plain sqlite3 scan of the
// same columns in the same run, memory per event, time to the first published snapshot,
// and reopening with the cache.
//
//   bench_index [--events N] [--store FILE]     (default: a 10,000,000-event sample store)

#include "benchsupport.h"
#include "index/indexbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

// What any program must pay to read the indexed columns: step every row, touch every cell.
double rawScanSeconds(const QString& path, qint64* rows)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT rowid, event_id, aggregate_id, aggregate_type, aggregate_version, event_type, "
        "event_version, event_timestamp, user_id, correlation_id, causation_id FROM events ORDER BY rowid",
        -1, &statement, nullptr);
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    quint64 checksum = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ++count;
        for (int column = 0; column < 11; ++column) {
            if (sqlite3_column_type(statement, column) == SQLITE_INTEGER) {
                checksum += static_cast<quint64>(sqlite3_column_int64(statement, column));
            } else {
                const unsigned char* text = sqlite3_column_text(statement, column);
                checksum += text ? text[0] + static_cast<quint64>(sqlite3_column_bytes(statement, column)) : 0;
            }
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    *rows = count;
    [[maybe_unused]] static volatile quint64 observed; // keeps the compiler from dropping the reads
    observed = checksum;
    return seconds;
}

class FirstPublish final : public IndexObserver
{
public:
    FirstPublish() { m_timer.start(); }
    void published(const IndexPtr& index, bool final) override
    {
        if (seconds < 0) {
            seconds = m_timer.nsecsElapsed() / 1e9;
            events = index->size();
            wasFinal = final;
        }
    }
    double seconds = -1;
    qint64 events = 0;
    bool wasFinal = false;

private:
    QElapsedTimer m_timer;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 events = 10'000'000;
    QString storePath;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--store")
            storePath = args.at(i + 1);
    }

    QTemporaryDir scratch;
    const auto sample = Bench::sampleStore(storePath, events, scratch, out);
    if (!sample)
        return 1;
    storePath = *sample;

    qint64 rawRows = 0;
    rawScanSeconds(storePath, &rawRows); // warm the page cache so both sides read from memory
    const double raw = rawScanSeconds(storePath, &rawRows);

    auto store = openStore(storePath);
    if (!store) {
        out << store.error().message() << Qt::endl;
        return 1;
    }
    const qint64 rssBefore = residentBytes();
    FirstPublish first;
    IndexBuilder builder(**store);
    auto index = builder.build(&first);
    if (!index) {
        out << index.error().message() << Qt::endl;
        return 1;
    }
    const double build = builder.stats().seconds;
    const qint64 rssAfter = residentBytes();
    const qint64 n = (*index)->size();

    QTemporaryDir cache;
    IndexOptions cached;
    cached.cacheDirectory = cache.path();
    QElapsedTimer timer;
    timer.start();
    IndexBuilder writer(**store, cached);
    if (!writer.build() || !writer.stats().cacheWritten) {
        out << "cache not written: " << writer.stats().cacheNote << Qt::endl;
        return 1;
    }
    const double buildAndWrite = timer.nsecsElapsed() / 1e9;

    timer.restart();
    auto reopened = openStore(storePath);
    IndexBuilder reader(**reopened, cached);
    auto fromCache = reader.build();
    const double reopen = timer.nsecsElapsed() / 1e9;
    if (!fromCache || !reader.stats().cacheUsed || (*fromCache)->size() != n) {
        out << "cache not used: " << reader.stats().cacheNote << Qt::endl;
        return 1;
    }

    const auto rate = [](qint64 count, double seconds) { return QString::number(count / seconds / 1e6, 'f', 2); };
    out << "store:                " << storePath << " (" << n << " events, " << QFileInfo(storePath).size() / 1048576
        << " MiB)\n";
    out << "raw sqlite3 scan:     " << QString::number(raw, 'f', 3) << " s  (" << rate(rawRows, raw)
        << " M events/s)\n";
    out << "index build:          " << QString::number(build, 'f', 3) << " s  (" << rate(n, build) << " M events/s, "
        << QString::number(100.0 * raw / build, 'f', 0) << "% of the raw scan rate)\n";
    out << "first snapshot:       " << QString::number(first.seconds * 1000, 'f', 1) << " ms (" << first.events
        << " events" << (first.wasFinal ? ", the whole store" : "") << ")\n";
    out << "index memory:         " << QString::number(double((*index)->memoryUsage()) / n, 'f', 1)
        << " bytes/event (resident growth " << QString::number(double(rssAfter - rssBefore) / n, 'f', 1)
        << " bytes/event)\n";
    out << "build + write cache:  " << QString::number(buildAndWrite, 'f', 3) << " s\n";
    out << "reopen with cache:    " << QString::number(reopen, 'f', 3) << " s\n";
    const char* b = "bench_index";
    Bench::summary(out, b, u"raw sqlite3 scan of the indexed columns, "_s + QString::number(n) + u" events"_s,
        QString::number(raw, 'f', 2) + u" s ("_s + rate(rawRows, raw) + u" M events/s)"_s);
    Bench::summary(out, b, u"index build, no cache"_s,
        QString::number(build, 'f', 2) + u" s = "_s + QString::number(100.0 * raw / build, 'f', 0)
            + u" % of the raw scan"_s,
        u"≥ 70 %"_s);
    Bench::summary(out, b, u"first snapshot on screen"_s,
        QString::number(first.seconds * 1000, 'f', 1) + u" ms ("_s + QString::number(first.events) + u" events)"_s,
        u"≤ 300 ms"_s);
    Bench::summary(out, b, u"index memory"_s,
        QString::number(double((*index)->memoryUsage()) / n, 'f', 1) + u" bytes/event"_s, u"≤ 40"_s);
    Bench::summary(out, b, u"build and write the cache"_s, QString::number(buildAndWrite, 'f', 2) + u" s"_s);
    Bench::summary(
        out, b, u"reopen an unchanged store from the cache"_s, QString::number(reopen, 'f', 2) + u" s"_s, u"≤ 1 s"_s);
    out.flush();
    return 0;
}
