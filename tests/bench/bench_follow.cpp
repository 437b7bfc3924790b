// SPDX-License-Identifier: MIT
// Live-follow benchmark (docs/live-follow.md): what one batch of appended events costs the
// follower on a big store, split into the watch's poll, reading the new rows, copying the
// latest snapshot's columns and extending its derived lists; against a snapshot built from
// scratch (the counting sort a naive follower would redo); and the latency from the
// writer's commit to the new snapshot through LiveFollower at its default interval.
//
//   bench_follow [--events N] [--store FILE] [--batches B] [--batch-rows K]
//
// The store (generated when missing, default 1,000,000 events) is copied into a scratch
// folder first: the benchmark's writer appends to the copy, never to FILE.

#include "benchsupport.h"
#include "index/indexappender.h"
#include "index/livefollower.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sqlite3.h>

using namespace Chronoscope;

namespace {

// The application that owns the store: a writable connection in WAL mode, one
// transaction per batch.
class Writer
{
public:
    explicit Writer(const QString& path)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
        sqlite3_exec(m_db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
    }
    ~Writer() { sqlite3_close(m_db); }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    // `rows` events of a few new streams, later than everything in the store.
    bool append(int batch, qint64 rows)
    {
        const QByteArray sql = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
            "INSERT INTO events (event_id, event_type, event_version, aggregate_id, aggregate_type, "
            "aggregate_version, event_data, event_timestamp, user_id, correlation_id, causation_id) "
            "SELECT 'follow-%1-' || i, 'MeterRead', 1, 'meter-%1-' || (i % 16), 'Meter', i / 16 + 1, "
            "'{\"kwh\":' || i || '}', strftime('%Y-%m-%dT%H:%M:%SZ', 2000000000 + %1 * 100000 + i, 'unixepoch'), "
            "'user-follow', 'follow-corr-%1', NULL FROM n;")
                                   .arg(batch)
                                   .arg(rows)
                                   .toUtf8();
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            error = QString::fromUtf8(message);
            sqlite3_free(message);
            return false;
        }
        return true;
    }
    QString error;

private:
    sqlite3* m_db = nullptr;
};

double ms(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

QString figures(const std::vector<double>& values)
{
    return QStringLiteral("p50 %1 ms, p99 %2 ms")
        .arg(Bench::percentile(values, 0.5), 0, 'f', 3)
        .arg(Bench::percentile(values, 0.99), 0, 'f', 3);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 events = 1000000;
    QString storePath;
    int batches = 40;
    qint64 batchRows = 100;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--events")
            events = args[i + 1].toLongLong();
        else if (args[i] == u"--store")
            storePath = args[i + 1];
        else if (args[i] == u"--batches")
            batches = args[i + 1].toInt();
        else if (args[i] == u"--batch-rows")
            batchRows = args[i + 1].toLongLong();
    }

    QTemporaryDir scratch;
    const auto sample = Bench::sampleStore(storePath, events, scratch, out);
    if (!sample)
        return 1;
    const QString path = scratch.filePath(QStringLiteral("follow.db"));
    if (*sample != path && !QFile::copy(*sample, path)) {
        out << "cannot copy " << *sample << " to " << path << Qt::endl;
        return 1;
    }
    Writer writer(path);

    auto store = openStore(path);
    if (!store) {
        out << store.error().message() << Qt::endl;
        return 1;
    }
    IndexOptions options;
    options.keepForAppending = true;
    auto appender = std::make_shared<IndexAppender>(std::move(store).value(), options);
    QElapsedTimer timer;
    timer.start();
    if (!appender->builder().build()) {
        out << "indexing failed" << Qt::endl;
        return 1;
    }
    const qint64 startSize = appender->latest()->size();
    out << "store: " << startSize << " events, indexed in " << QString::number(ms(timer) / 1000, 'f', 2) << " s"
        << Qt::endl;

    // The watch's poll when nothing changed: what following costs while the store is quiet.
    auto watch = appender->store().watch();
    if (!watch) {
        out << watch.error().message() << Qt::endl;
        return 1;
    }
    (*watch)->changed();
    std::vector<double> polls;
    for (int i = 0; i < 2000; ++i) {
        timer.restart();
        (*watch)->changed();
        polls.push_back(ms(timer));
    }
    out << "watch (" << (*watch)->method() << "), quiet poll: " << figures(polls) << Qt::endl;

    // One batch at a time, timed in parts: appendNew is read + copy + extend.
    std::vector<double> appendMs, copyMs, extendMs, scratchMs;
    for (int b = 0; b < batches; ++b) {
        if (!writer.append(b, batchRows)) {
            out << "append failed: " << writer.error << Qt::endl;
            return 1;
        }
        timer.restart();
        auto index = appender->builder().appendNew(LiveFollower::batchRows());
        appendMs.push_back(ms(timer));
        if (!index || !*index || (*index)->size() != startSize + (b + 1) * batchRows) {
            out << "batch " << b << " was not indexed whole" << Qt::endl;
            return 1;
        }
        // The parts, measured again on the snapshot just made.
        const IndexPtr latest = *index;
        timer.restart();
        IndexColumns copy = latest->columns().copyWithRoom(static_cast<std::size_t>(batchRows));
        copyMs.push_back(ms(timer));
        IndexColumns again = copy;
        timer.restart();
        const EventIndex extended(std::move(copy), *latest);
        extendMs.push_back(ms(timer));
        timer.restart();
        const EventIndex fresh(std::move(again));
        scratchMs.push_back(ms(timer));
    }
    const IndexPtr last = appender->latest();
    out << "batches of " << batchRows << " events on " << last->size() << " (" << batches << " batches):" << Qt::endl;
    out << "  appendNew (read rows, copy columns, extend): " << figures(appendMs) << Qt::endl;
    out << "    of which copying the columns:               " << figures(copyMs) << Qt::endl;
    out << "    of which extending the derived lists:       " << figures(extendMs) << Qt::endl;
    out << "  derived lists recomputed from scratch instead: " << figures(scratchMs) << Qt::endl;
    out << "  snapshot memory: " << QString::number(last->memoryUsage() / 1048576.0, 'f', 1) << " MiB ("
        << QString::number(double(last->memoryUsage()) / double(last->size()), 'f', 1) << " bytes/event)" << Qt::endl;

    // End to end, as the window sees it: commit → indexExtended, at the default interval.
    LiveFollower follower;
    std::vector<double> latency;
    QElapsedTimer sinceCommit;
    qint64 expected = last->size();
    QEventLoop loop;
    QObject::connect(&follower, &LiveFollower::indexExtended, &loop, [&](const IndexPtr& index, qint64) {
        if (index->size() == expected) {
            latency.push_back(ms(sinceCommit));
            loop.quit();
        }
    });
    QObject::connect(&follower, &LiveFollower::followFailed, &loop, [&](const StoreError& error) {
        out << error.message() << Qt::endl;
        loop.exit(1);
    });
    follower.start(appender);
    const int rounds = std::max(5, batches / 2);
    for (int r = 0; r < rounds; ++r) {
        // Commit at a moment unrelated to the poll's phase, so the wait averages out.
        QTimer::singleShot(37 * (r % 7), &loop, [&, r] {
            expected += batchRows;
            writer.append(batches + r, batchRows);
            sinceCommit.start();
        });
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, [&] { loop.exit(2); });
        guard.start(10000);
        if (loop.exec() != 0) {
            out << "no snapshot within 10 s of a commit" << Qt::endl;
            return 1;
        }
    }
    out << "commit → new snapshot through LiveFollower (interval " << follower.interval() << " ms, " << rounds
        << " rounds): " << figures(latency) << ", max "
        << QString::number(*std::max_element(latency.begin(), latency.end()), 'f', 1) << " ms" << Qt::endl;
    return 0;
}
