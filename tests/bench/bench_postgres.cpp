// SPDX-License-Identifier: MIT
// PostgreSQL benchmark (docs/postgresql.md): the index build from a PostgreSQL store against
// what a plain libpq client pays to read the same columns (`COPY (SELECT …) TO STDOUT`, and
// keyset-paged SELECTs for comparison) in the same run, and the latency of a state request
// on a cold stream. It starts its own server (as the tests do) and loads a sample store.
//
//   bench_postgres [--events N] [--store FILE.db] [--requests R]   (default: 1,000,000 events)

#include "benchsupport.h"
#include "index/indexbuilder.h"
#include "postgrestestserver.h"
#include "replay/mergeprojection.h"
#include "replay/projection.h"
#include "replay/replayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstring>

using namespace Chronoscope;

namespace {

constexpr char kColumns[] = "position, event_id, aggregate_id, aggregate_type, aggregate_version, event_type, "
                            "event_version, event_timestamp, user_id, correlation_id, causation_id";

struct Read
{
    qint64 rows = 0;
    double seconds = 0;
};

// The floor for any client: stream the indexed columns as COPY text and touch every byte.
Read rawCopy(PGconn* connection, bool binary)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray sql = QByteArray("COPY (SELECT ") + kColumns + " FROM events ORDER BY position) TO STDOUT"
        + (binary ? " (FORMAT binary)" : "");
    Postgres::Result started(PQexec(connection, sql.constData()));
    Read read;
    if (PQresultStatus(started.get()) != PGRES_COPY_OUT)
        return read;
    quint64 checksum = 0;
    char* buffer = nullptr;
    int size;
    while ((size = PQgetCopyData(connection, &buffer, 0)) >= 0) {
        for (int i = 0; i < size; i += 16)
            checksum += static_cast<unsigned char>(buffer[i]);
        ++read.rows;
        PQfreemem(buffer);
    }
    while (Postgres::Result more { PQgetResult(connection) }) { }
    read.seconds = timer.nsecsElapsed() / 1e9;
    [[maybe_unused]] static volatile quint64 observed;
    observed = checksum;
    if (binary)
        read.rows -= 1; // the trailer comes as a message of its own
    return read;
}

// Keyset paging with ordinary queries, the other way to read a big table without OFFSET.
Read rawKeyset(PGconn* connection, qint64 page)
{
    QElapsedTimer timer;
    timer.start();
    Read read;
    qint64 after = 0;
    quint64 checksum = 0;
    while (true) {
        const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM events WHERE position > "
            + QByteArray::number(after) + " ORDER BY position LIMIT " + QByteArray::number(page);
        Postgres::Result result(PQexec(connection, sql.constData()));
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
            break;
        const int rows = PQntuples(result.get());
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < 11; ++c)
                checksum += static_cast<quint64>(PQgetlength(result.get(), r, c));
        }
        read.rows += rows;
        if (rows < page)
            break;
        after = QByteArray(PQgetvalue(result.get(), rows - 1, 0)).toLongLong();
    }
    read.seconds = timer.nsecsElapsed() / 1e9;
    [[maybe_unused]] static volatile quint64 observed;
    observed = checksum;
    return read;
}

// When the first partial index arrives: what the window shows first.
class FirstPublish final : public IndexObserver
{
public:
    FirstPublish() { m_timer.start(); }
    void published(const IndexPtr& index, bool final) override
    {
        Q_UNUSED(final)
        if (seconds < 0) {
            seconds = m_timer.nsecsElapsed() / 1e9;
            events = index->size();
        }
    }
    double seconds = -1;
    qint64 events = 0;

private:
    QElapsedTimer m_timer;
};

QString rate(const Read& read)
{
    return QStringLiteral("%1 rows in %2 s = %3 rows/s")
        .arg(read.rows)
        .arg(read.seconds, 0, 'f', 3)
        .arg(QLocale::c().toString(qRound64(read.rows / std::max(read.seconds, 1e-9))));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 events = 1'000'000;
    int requests = 50;
    QString storePath;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--store")
            storePath = args.at(i + 1);
        else if (args.at(i) == u"--requests")
            requests = args.at(i + 1).toInt();
    }

    QTemporaryDir scratch;
    const auto sample = Bench::sampleStore(storePath, events, scratch, out);
    if (!sample)
        return 1;
    TestUtils::PostgresTestServer server;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!server.start(&error)) {
        out << "cannot start PostgreSQL: " << error << Qt::endl;
        return 1;
    }
    out << "server started in " << timer.elapsed() << " ms on port " << server.port() << Qt::endl;
    timer.restart();
    if (!server.loadSeedStore(*sample, QStringLiteral("bench"), &error)) {
        out << "cannot load the store: " << error << Qt::endl;
        return 1;
    }
    out << "loaded " << *sample << " into PostgreSQL in " << timer.elapsed() / 1000.0 << " s (test-side COPY)"
        << Qt::endl;
    const QString url = server.url(QStringLiteral("bench"));

    // Same transport as Chronoscope: TCP on loopback, with the password.
    Postgres::Connection client(
        PQconnectdb(QStringLiteral("host=127.0.0.1 port=%1 dbname=bench user=postgres password=%2")
                        .arg(server.port())
                        .arg(TestUtils::PostgresTestServer::superuserPassword())
                        .toUtf8()
                        .constData()));
    if (PQstatus(client.get()) != CONNECTION_OK) {
        out << "cannot connect: " << Postgres::errorMessage(client.get()) << Qt::endl;
        return 1;
    }
    rawCopy(client.get(), false); // warm the server's buffers so every side reads from memory
    const Read copyText = rawCopy(client.get(), false);
    const Read copyBinary = rawCopy(client.get(), true);
    const Read keyset = rawKeyset(client.get(), 65536);
    out << "plain libpq COPY (SELECT same columns) TO STDOUT, text:   " << rate(copyText) << Qt::endl;
    out << "plain libpq COPY … (FORMAT binary):                      " << rate(copyBinary) << Qt::endl;
    out << "plain libpq keyset SELECT pages of 65,536, text results: " << rate(keyset) << Qt::endl;

    auto store = openStore(url);
    if (!store) {
        out << store.error().message() << Qt::endl;
        return 1;
    }
    FirstPublish first;
    IndexBuilder builder(**store);
    auto index = builder.build(&first);
    if (!index) {
        out << index.error().message() << Qt::endl;
        return 1;
    }
    const double build = builder.stats().seconds;
    const double buildRate = (*index)->size() / build;
    const double copyRate = copyText.rows / copyText.seconds;
    out << "Chronoscope index build (keyset-paged binary COPY), no cache: " << (*index)->size() << " events in "
        << QString::number(build, 'f', 3) << " s = " << QLocale::c().toString(qRound64(buildRate))
        << " events/s = " << QString::number(100 * buildRate / copyRate, 'f', 0)
        << " % of the plain COPY text rate (target >= 60 %)" << Qt::endl;
    out << "first snapshot on screen after " << QString::number(first.seconds * 1000, 'f', 1) << " ms (" << first.events
        << " events)" << Qt::endl;

    // Cold streams: the first state request of a stream no request has touched yet, with Merge.
    MergeProjection merge;
    Replayer replayer(**store, *index, merge);
    std::vector<double> latencies;
    qint64 eventsReplayed = 0;
    const quint32 streams = (*index)->streams().size();
    const quint32 step = std::max<quint32>(1, streams / static_cast<quint32>(std::max(1, requests)));
    for (quint32 stream = 0; stream < streams && static_cast<int>(latencies.size()) < requests; stream += step) {
        const QString id = (*index)->streams().string(stream);
        const auto count = static_cast<qint64>((*index)->streamPositions(stream).size());
        QElapsedTimer request;
        request.start();
        auto state = replayer.state(id, std::numeric_limits<qint64>::max());
        if (!state) {
            out << state.error().toString() << Qt::endl;
            return 1;
        }
        latencies.push_back(request.nsecsElapsed() / 1e6);
        eventsReplayed += count;
    }
    double total = 0;
    for (double latency : latencies)
        total += latency;
    out << "  cold replay throughput: " << QLocale::c().toString(qRound64(eventsReplayed / (total / 1000)))
        << " events/s (payloads read by position in batches of 256); p90 "
        << QString::number(Bench::percentile(latencies, 0.9), 'f', 2) << " ms" << Qt::endl;
    out << "state request on a cold stream (Merge, whole stream, " << latencies.size() << " streams, "
        << eventsReplayed / std::max<qint64>(1, static_cast<qint64>(latencies.size()))
        << " events each on average): p50 " << QString::number(Bench::percentile(latencies, 0.5), 'f', 2) << " ms, p99 "
        << QString::number(Bench::percentile(latencies, 0.99), 'f', 2) << " ms" << Qt::endl;
    return 0;
}
