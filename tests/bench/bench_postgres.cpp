// SPDX-License-Identifier: MIT
// PostgreSQL benchmark (docs/postgresql.md): the index build from a PostgreSQL store against
// what a plain libpq client pays to read the same columns (`COPY (SELECT …) TO STDOUT`, and
// keyset-paged SELECTs for comparison) in the same run, and the latency of a state request
// on a cold stream. It starts its own server (as the tests do) and loads a sample store.
//
//   bench_postgres [--events N] [--store FILE.db] [--requests R] [--rounds K] [--url URL]
//   (default: 1,000,000 events, 50 requests, 3 rounds of plain COPY then index build)
//
// --url measures a database already loaded in the seed layout (a table `events`) on a
// server of your own, instead of starting one and loading the sample store into it.

#include "benchsupport.h"
#include "index/indexbuilder.h"
#include "postgrestestserver.h"
#include "replay/mergeprojection.h"
#include "replay/projection.h"
#include "replay/replayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstring>

#include <unistd.h>

using namespace Chronoscope;

namespace {

constexpr char kColumns[] = "position, event_id, aggregate_id, aggregate_type, aggregate_version, event_type, "
                            "event_version, event_timestamp, user_id, correlation_id, causation_id";

struct Read
{
    qint64 rows = 0;
    double seconds = 0;
    Bench::CpuTimes cpu;
    double serverCpu = 0; ///< seconds of the server process answering
};

// CPU seconds (user + system) the server process `pid` has used, from /proc (same machine).
double backendCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // "pid (comm) state …": utime and stime are the 14th and 15th fields; comm may hold spaces.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// The server processes serving other connections to this database than `client`'s.
std::vector<qint64> otherBackends(PGconn* client)
{
    Postgres::Result result(PQexec(client,
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
        "AND backend_type = 'client backend'"));
    std::vector<qint64> pids;
    for (int row = 0; PQresultStatus(result.get()) == PGRES_TUPLES_OK && row < PQntuples(result.get()); ++row)
        pids.push_back(QByteArray(PQgetvalue(result.get(), row, 0)).toLongLong());
    return pids;
}

double backendsCpuSeconds(const std::vector<qint64>& pids)
{
    double seconds = 0;
    for (qint64 pid : pids)
        seconds += backendCpuSeconds(pid);
    return seconds;
}

// The floor for any client: stream the indexed columns as COPY text and touch every byte.
Read rawCopy(PGconn* connection, bool binary)
{
    const auto cpu = Bench::CpuTimes::now();
    const double serverCpu = backendCpuSeconds(PQbackendPID(connection));
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
    read.cpu = Bench::CpuTimes::now() - cpu;
    read.serverCpu = backendCpuSeconds(PQbackendPID(connection)) - serverCpu;
    [[maybe_unused]] static volatile quint64 observed;
    observed = checksum;
    if (binary)
        read.rows -= 1; // the trailer comes as a message of its own
    return read;
}

// Keyset paging with ordinary queries, the other way to read a big table without OFFSET.
Read rawKeyset(PGconn* connection, qint64 page)
{
    const auto cpu = Bench::CpuTimes::now();
    const double serverCpu = backendCpuSeconds(PQbackendPID(connection));
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
    read.cpu = Bench::CpuTimes::now() - cpu;
    read.serverCpu = backendCpuSeconds(PQbackendPID(connection)) - serverCpu;
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

QString cpuText(const Bench::CpuTimes& client, double server)
{
    return QStringLiteral("CPU: client %1 s with %2 page faults, server backend %3 s")
        .arg(client.seconds, 0, 'f', 2)
        .arg(client.pageFaults)
        .arg(server, 0, 'f', 2);
}

QString rate(const Read& read)
{
    return QStringLiteral("%1 rows in %2 s = %3 rows/s (%4)")
        .arg(read.rows)
        .arg(read.seconds, 0, 'f', 3)
        .arg(QLocale::c().toString(qRound64(read.rows / std::max(read.seconds, 1e-9))))
        .arg(cpuText(read.cpu, read.serverCpu));
}

// Starts the suite's own server and loads `sample` into its database "bench"; the store's
// URL, or empty after printing why not.
QString startServer(TestUtils::PostgresTestServer& server, const QString& sample, QTextStream& out)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!server.start(&error)) {
        out << "cannot start PostgreSQL: " << error << Qt::endl;
        return {};
    }
    out << "server started in " << timer.elapsed() << " ms on port " << server.port() << Qt::endl;
    timer.restart();
    if (!server.loadSeedStore(sample, QStringLiteral("bench"), &error)) {
        out << "cannot load the store: " << error << Qt::endl;
        return {};
    }
    out << "loaded " << sample << " into PostgreSQL in " << timer.elapsed() / 1000.0 << " s (test-side COPY)"
        << Qt::endl;
    // A production table has long been vacuumed; a freshly loaded one is vacuumed by
    // autovacuum whenever it gets to it, possibly in the middle of the measurement.
    timer.restart();
    if (!server.exec(QStringLiteral("bench"), "VACUUM (FREEZE, ANALYZE) events", &error)
        || !server.exec(QStringLiteral("bench"), "CHECKPOINT", &error)) {
        out << "cannot vacuum the store: " << error << Qt::endl;
        return {};
    }
    out << "vacuumed and checkpointed in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return server.url(QStringLiteral("bench"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 events = 1'000'000;
    int requests = 50;
    int rounds = 3;
    QString storePath;
    QString serverUrl;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--store")
            storePath = args.at(i + 1);
        else if (args.at(i) == u"--requests")
            requests = args.at(i + 1).toInt();
        else if (args.at(i) == u"--url")
            serverUrl = args.at(i + 1);
        else if (args.at(i) == u"--rounds")
            rounds = std::max(1, args.at(i + 1).toInt());
    }

    TestUtils::PostgresTestServer server;
    QString url = serverUrl;
    QByteArray clientConnection = serverUrl.toUtf8();
    QTemporaryDir scratch;
    if (url.isEmpty()) {
        const auto sample = Bench::sampleStore(storePath, events, scratch, out);
        if (!sample)
            return 1;
        url = startServer(server, *sample, out);
        if (url.isEmpty())
            return 1;
        // Same transport as Chronoscope: TCP on loopback, with the password.
        clientConnection = QStringLiteral("host=127.0.0.1 port=%1 dbname=bench user=postgres password=%2")
                               .arg(server.port())
                               .arg(TestUtils::PostgresTestServer::superuserPassword())
                               .toUtf8();
    }
    Postgres::Connection client(PQconnectdb(clientConnection.constData()));
    if (PQstatus(client.get()) != CONNECTION_OK) {
        out << "cannot connect: " << Postgres::errorMessage(client.get()) << Qt::endl;
        return 1;
    }
    rawCopy(client.get(), false); // warm the server's buffers so every side reads from memory
    const Read copyBinary = rawCopy(client.get(), true);
    const Read keyset = rawKeyset(client.get(), 65536);
    out << "plain libpq COPY … (FORMAT binary):                      " << rate(copyBinary) << Qt::endl;
    out << "plain libpq keyset SELECT pages of 65,536, text results: " << rate(keyset) << Qt::endl;

    // Rounds of (plain COPY, index build) back to back, each on a connection of its own as a
    // new client process would have: a server process's first pass over the table costs it
    // more than later ones (its first touch of the shared buffers), and both sides pay it.
    // The median round is the figure.
    FirstPublish first;
    IndexPtr index;
    StorePtr store;
    std::vector<double> ratios;
    for (int round = 1; round <= rounds; ++round) {
        Postgres::Connection plain(PQconnectdb(clientConnection.constData()));
        if (PQstatus(plain.get()) != CONNECTION_OK) {
            out << "cannot connect: " << Postgres::errorMessage(plain.get()) << Qt::endl;
            return 1;
        }
        const Read copyText = rawCopy(plain.get(), false);
        plain.reset();
        out << "round " << round << ": plain libpq COPY (SELECT same columns) TO STDOUT, text: " << rate(copyText)
            << Qt::endl;
        auto opened = openStore(url);
        if (!opened) {
            out << opened.error().message() << Qt::endl;
            return 1;
        }
        store = std::move(opened).value();
        FirstPublish firstOfRound;
        IndexBuilder builder(*store);
        const std::vector<qint64> backends = otherBackends(client.get());
        const auto buildCpu = Bench::CpuTimes::now();
        const double serverCpu = backendsCpuSeconds(backends);
        auto built = builder.build(&firstOfRound);
        const Bench::CpuTimes buildCpuUsed = Bench::CpuTimes::now() - buildCpu;
        const double serverCpuUsed = backendsCpuSeconds(backends) - serverCpu;
        if (!built) {
            out << built.error().message() << Qt::endl;
            return 1;
        }
        if (round == 1)
            first = firstOfRound;
        index = *built;
        const double build = builder.stats().seconds;
        const double buildRate = index->size() / build;
        const double copyRate = copyText.rows / copyText.seconds;
        ratios.push_back(100 * buildRate / copyRate);
        out << "round " << round << ": Chronoscope index build (binary COPY), no cache: " << index->size()
            << " events in " << QString::number(build, 'f', 3) << " s = " << QLocale::c().toString(qRound64(buildRate))
            << " events/s = " << QString::number(ratios.back(), 'f', 0) << " % of the plain COPY text rate ("
            << cpuText(buildCpuUsed, serverCpuUsed) << ")" << Qt::endl;
    }
    out << "index build, median of " << ratios.size()
        << " rounds: " << QString::number(Bench::percentile(ratios, 0.5), 'f', 0)
        << " % of the plain COPY text rate (target >= 60 %); rounds:";
    for (double ratio : ratios)
        out << " " << QString::number(ratio, 'f', 0) << " %";
    out << Qt::endl;
    out << "first snapshot on screen after " << QString::number(first.seconds * 1000, 'f', 1) << " ms (" << first.events
        << " events)" << Qt::endl;

    // Cold streams: the first state request of a stream no request has touched yet, with Merge.
    MergeProjection merge;
    Replayer replayer(*store, index, merge);
    std::vector<double> latencies;
    qint64 eventsReplayed = 0;
    const quint32 streams = index->streams().size();
    const quint32 step = std::max<quint32>(1, streams / static_cast<quint32>(std::max(1, requests)));
    for (quint32 stream = 0; stream < streams && static_cast<int>(latencies.size()) < requests; stream += step) {
        const QString id = index->streams().string(stream);
        const auto count = static_cast<qint64>(index->streamPositions(stream).size());
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

    Bench::summary(out, "bench_postgres",
        QStringLiteral("PostgreSQL index build, %1 events, against a plain libpq COPY (median of %2 rounds)")
            .arg(index->size())
            .arg(ratios.size()),
        QStringLiteral("%1 %").arg(Bench::percentile(ratios, 0.5), 0, 'f', 0), QStringLiteral("≥ 60 %"));
    Bench::summary(out, "bench_postgres", QStringLiteral("PostgreSQL, first snapshot on screen"),
        QStringLiteral("%1 ms").arg(first.seconds * 1000, 0, 'f', 1), QStringLiteral("≤ 300 ms"));
    Bench::summary(out, "bench_postgres", QStringLiteral("PostgreSQL, state request on a cold stream (Merge)"),
        QStringLiteral("p50 %1 ms, p99 %2 ms")
            .arg(Bench::percentile(latencies, 0.5), 0, 'f', 2)
            .arg(Bench::percentile(latencies, 0.99), 0, 'f', 2));
    return 0;
}
