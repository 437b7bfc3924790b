// SPDX-License-Identifier: MIT
// Report benchmark (README "Performance"): a point-in-time report of one stream of N events
// (default 10,000): building it (replay and what each event changed), then writing it as
// HTML, JSON and PDF (target: the PDF of 10,000 events in at most 3 s).
//
//   bench_report [--events N] [--runs R]

#include "index/indexbuilder.h"
#include "report/reportpdfwriter.h"
#include "report/reportwriter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>

using namespace Chronoscope;

namespace {

/// One BankAccount stream of `events` events in the seed schema, written with SQLite's C API.
bool writeStore(const QString& path, qint64 events, QTextStream& out)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        out << "cannot create " << path << Qt::endl;
        sqlite3_close(db);
        return false;
    }
    const QByteArray sql = "CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, event_version INT, "
                           "aggregate_id TEXT, aggregate_type TEXT, aggregate_version INT, event_data TEXT, "
                           "event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT, "
                           "UNIQUE(aggregate_id, aggregate_version));"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
        + QByteArray::number(events)
        + ") INSERT INTO events SELECT printf('ev-%06d', i), "
          "CASE WHEN i = 1 THEN 'AccountOpened' WHEN i % 7 = 0 THEN 'MoneyWithdrawn' ELSE 'MoneyDeposited' END, 1, "
          "'account-big', 'BankAccount', i, json_object('balance', i * 10, 'lastAmount', i % 97, 'memo', "
          "'entry ' || i), strftime('%Y-%m-%dT%H:%M:%S', '2024-01-01', '+' || (i * 7) || ' minutes') || "
          "'.000000Z', 'user-' || (i % 5), 'c-' || i, NULL FROM n;";
    char* error = nullptr;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (!ok)
        out << "cannot fill " << path << ": " << error << Qt::endl;
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

/// Wall time and the process's CPU time of one phase: on a loaded machine the two differ a lot.
struct Timing
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_timer.start();
        m_cpu = std::clock();
    }
    void record(Timing& timing)
    {
        timing.wall.push_back(m_timer.nsecsElapsed() / 1e9);
        timing.cpu.push_back(double(std::clock() - m_cpu) / CLOCKS_PER_SEC);
        restart();
    }

private:
    QElapsedTimer m_timer;
    std::clock_t m_cpu = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 events = 10000;
    int runs = 3;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.at(i + 1).toInt());
    }
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("report-bench.db"));
    if (!writeStore(path, events, out))
        return 1;
    auto store = openStore(path);
    if (!store) {
        out << store.error().message() << Qt::endl;
        return 1;
    }
    auto built = IndexBuilder(**store).build();
    if (!built) {
        out << built.error().message() << Qt::endl;
        return 1;
    }

    ReportRequest request;
    request.selection = { ReportSelection::Kind::Stream, QStringLiteral("account-big") };
    request.asOfVersion = events;
    request.generatedAt = 0;
    Timing buildTimes, htmlTimes, jsonTimes, pdfTimes;
    qint64 htmlBytes = 0, pdfBytes = 0, pdfPages = 0;
    for (int run = 0; run < runs; ++run) {
        Stopwatch timer;
        auto report = buildReport(**store, *built, request);
        if (!report) {
            out << "report failed: " << report.error().message << Qt::endl;
            return 1;
        }
        timer.record(buildTimes);
        htmlBytes = writeReport(*report, ReportFormat::Html).size();
        timer.record(htmlTimes);
        writeReport(*report, ReportFormat::Json);
        timer.record(jsonTimes);
        auto pdf = writeReportPdf(*report);
        if (!pdf) {
            out << "PDF failed: " << pdf.error() << Qt::endl;
            return 1;
        }
        timer.record(pdfTimes);
        pdfBytes = pdf->size();
        if (run == 0)
            pdfPages = QString::fromLatin1(*pdf).count(QStringLiteral("/Type /Page\n"));
    }
    auto line = [&](const char* label, const Timing& timing) {
        out << "  " << label << QString::number(median(timing.wall), 'f', 3) << " s wall, "
            << QString::number(median(timing.cpu), 'f', 3) << " s CPU";
    };
    out << "report of one stream of " << events << " events (with the audit), median of " << runs << " runs\n";
    line("build (replay, changes, audit): ", buildTimes);
    out << "\n";
    line("HTML: ", htmlTimes);
    out << ", " << htmlBytes << " bytes\n";
    line("JSON: ", jsonTimes);
    out << "\n";
    line("PDF:  ", pdfTimes);
    out << ", " << pdfBytes << " bytes, " << pdfPages << " pages";
    if (events >= 10000)
        out << (median(pdfTimes.wall) <= 3 ? " (target ≤ 3 s: met)" : " (target ≤ 3 s wall: missed)");
    out << Qt::endl;
    return 0;
}
