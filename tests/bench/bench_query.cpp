// SPDX-License-Identifier: MIT
// Filter benchmark (README "Performance", issue #10): a payload filter answered by a
// simdjson scan and by SQL pushdown, each against a bare
// `SELECT count(*) FROM events WHERE json_extract(event_data,'$.amount') > 400` through the
// sqlite3 C API on the same store in the same run (target: at least half its speed); an
// indexed-field filter (target: under 100 ms on 10M events); and the mixed acceptance line.
//
//   bench_query [--store FILE] [--events N] [--runs R]

#include "benchsupport.h"
#include "query/filterevaluator.h"
#include "query/filterparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace Chronoscope;

namespace {

// The bare query on a connection of its own, as the sqlite3 shell would run it.
std::optional<std::pair<qint64, double>> bareCount(const QString& path, QTextStream& out)
{
    sqlite3* db = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        out << "cannot open " << path << Qt::endl;
        sqlite3_close(db);
        return std::nullopt;
    }
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT count(*) FROM events WHERE json_extract(event_data,'$.amount') > 400", -1, &statement, nullptr);
    QElapsedTimer timer;
    timer.start();
    qint64 count = -1;
    if (statement && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int64(statement, 0);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (count < 0) {
        out << "the bare query failed" << Qt::endl;
        return std::nullopt;
    }
    return std::pair { count, seconds };
}

struct Timed
{
    qint64 matches = 0;
    qint64 storeRows = 0;
    std::vector<double> seconds;
};

std::optional<Timed> timeFilter(
    const QString& text, const Bench::IndexedStore& opened, PayloadStrategy strategy, int runs, QTextStream& out)
{
    const auto parsed = FilterParser::parse(text);
    if (!parsed) {
        out << text << ": " << parsed.error().toString() << Qt::endl;
        return std::nullopt;
    }
    FilterOptions options;
    options.strategy = strategy;
    Timed timed;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto result = FilterEvaluator::evaluate(**parsed, *opened.index, opened.store.get(), options);
        timed.seconds.push_back(timer.nsecsElapsed() / 1e9);
        if (!result) {
            out << text << ": " << result.error().message() << Qt::endl;
            return std::nullopt;
        }
        timed.matches = static_cast<qint64>((*result)->positions.size());
        timed.storeRows = (*result)->storeRows;
    }
    return timed;
}

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', 1) + QStringLiteral(" ms");
}

QString rate(qint64 events, double seconds)
{
    return QString::number(seconds > 0 ? qint64(events / seconds) : 0) + QStringLiteral(" events/s");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString storePath;
    qint64 events = 1'000'000;
    int runs = 3;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--store")
            storePath = args.at(++i);
        else if (args.at(i) == u"--events")
            events = args.at(++i).toLongLong();
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.at(++i).toInt());
    }

    QTemporaryDir scratch;
    auto opened = Bench::indexedSampleStore(storePath, events, scratch, out);
    if (!opened)
        return 1;
    const qint64 n = opened->index->size();
    out << "store:                 " << opened->path << " (" << n << " events)" << Qt::endl;

    // The bare query twice: the first read warms the page cache for everything after it.
    if (!bareCount(opened->path, out))
        return 1;
    const auto bare = bareCount(opened->path, out);
    if (!bare)
        return 1;
    out << "sqlite3 bare count:    " << ms(bare->second) << " = " << rate(n, bare->second) << " (" << bare->first
        << " rows with amount > 400)" << Qt::endl;

    const QString payload = QStringLiteral("data.amount > 400");
    bool ok = true;
    for (const auto& [strategy, name] : { std::pair { PayloadStrategy::Scan, "scan (simdjson)" },
             std::pair { PayloadStrategy::Sql, "SQL pushdown   " } }) {
        const auto timed = timeFilter(payload, *opened, strategy, runs, out);
        if (!timed)
            return 1;
        const double median = Bench::percentile(timed->seconds, 0.5);
        const double speed = bare->second / median;
        out << "payload, " << name << ": " << ms(median) << " = " << rate(n, median) << " = "
            << QString::number(speed * 100, 'f', 0) << " % of the bare query's speed (target >= 50 %); "
            << timed->matches << " matches" << Qt::endl;
        if (timed->matches != bare->first) {
            out << "  MISMATCH: the bare query counts " << bare->first << Qt::endl;
            ok = false;
        }
    }

    const QString indexed
        = QStringLiteral("type in [PaymentDue, PaymentOverdue] and user == system and time > 2024-06-01");
    const auto timedIndex = timeFilter(indexed, *opened, PayloadStrategy::Auto, std::max(runs, 5), out);
    if (!timedIndex)
        return 1;
    const double indexMedian = Bench::percentile(timedIndex->seconds, 0.5);
    out << "indexed fields:        " << ms(indexMedian) << " median of " << timedIndex->seconds.size()
        << " (target < 100 ms), " << timedIndex->matches << " matches: " << indexed << Qt::endl;

    const QString glob = QStringLiteral("stream ~ \"family-00001*\" or user ~ /^user-00[1-5]$/");
    const auto timedGlob = timeFilter(glob, *opened, PayloadStrategy::Auto, std::max(runs, 5), out);
    if (!timedGlob)
        return 1;
    out << "indexed glob, regex:   " << ms(Bench::percentile(timedGlob->seconds, 0.5)) << " median, "
        << timedGlob->matches << " matches: " << glob << Qt::endl;

    const QString mixed = QStringLiteral("type == PaymentOverdue and data.amountDue > 400");
    for (const auto& [strategy, name] :
        { std::pair { PayloadStrategy::Scan, "scan" }, std::pair { PayloadStrategy::Sql, "SQL " } }) {
        const auto timed = timeFilter(mixed, *opened, strategy, runs, out);
        if (!timed)
            return 1;
        out << "mixed, " << name << ":            " << ms(Bench::percentile(timed->seconds, 0.5)) << " median, "
            << timed->storeRows << " payloads read, " << timed->matches << " matches: " << mixed << Qt::endl;
    }
    return ok ? 0 : 1;
}
