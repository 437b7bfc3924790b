// SPDX-License-Identifier: MIT
// Streams dock benchmark: StreamsModel on a synthetic index of many streams (3 events each,
// built straight into IndexColumns, so no store is needed): setIndex (ordering every stream),
// the type-ahead filter for selective and unselective texts, data() for the first rows, and
// indexOfStream.
//
//   bench_streams [--streams N]     (default 1,000,000)

#include "benchsupport.h"
#include "index/eventindex.h"
#include "itemmodels/streamsmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <string>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

constexpr int kEventsPerStream = 3;

/// Five aggregate types; ids as stores write them: zero-padded numbers, plain numbers, UUIDs.
IndexPtr syntheticIndex(qint64 streamCount)
{
    static constexpr const char* kTypes[] = { "BankAccount", "Cart", "Family", "Order", "Shipment" };
    static constexpr const char* kPrefixes[] = { "account-", "cart-", "family-", "order-", "shipment-" };
    IndexColumns c;
    const auto events = static_cast<std::size_t>(streamCount * kEventsPerStream);
    c.reserve(events);
    c.streamAggregateTypes.reserve(static_cast<std::size_t>(streamCount));
    const auto happened = static_cast<quint16>(c.typeNames.intern("Happened"));
    const quint32 user = c.userNames.intern("system");
    QRandomGenerator random(42);
    std::string id;
    for (qint64 s = 0; s < streamCount; ++s) {
        const auto kind = static_cast<std::size_t>(s % 5);
        id = kPrefixes[kind];
        if (kind == 4) { // shipment-<uuid>
            char uuid[64];
            std::snprintf(uuid, sizeof uuid, "%08x-%04x-4%03x-%04x-%08x%04x", random.generate(),
                random.bounded(0x10000U), random.bounded(0x1000U), 0x8000U | random.bounded(0x4000U), random.generate(),
                random.bounded(0x10000U));
            id += uuid;
        } else if (kind == 1) { // cart-<n>
            id += std::to_string(s / 5 + 1);
        } else { // account-000123
            const std::string number = std::to_string(s / 5 + 1);
            id += std::string(number.size() < 7 ? 7 - number.size() : 0, '0') + number;
        }
        c.streamNames.intern(id);
        c.streamAggregateTypes.push_back(c.aggregateTypeNames.intern(kTypes[kind]));
    }
    // Events interleave streams, as in a real store: event p belongs to stream p mod S.
    const TimeUs start = 1'704'067'200'000'000; // 2024-01-01
    for (std::size_t p = 0; p < events; ++p) {
        const auto stream = static_cast<quint32>(p % static_cast<std::size_t>(streamCount));
        c.timestamps.push_back(start + static_cast<TimeUs>(p) * 1000);
        c.streams.push_back(stream);
        c.versions.push_back(static_cast<qint32>(p / static_cast<std::size_t>(streamCount)) + 1);
        c.types.push_back(happened);
        c.schemaVersions.push_back(1);
        c.users.push_back(user);
        c.correlations.push_back(-1);
        c.causations.push_back(kNoCausation);
    }
    return std::make_shared<const EventIndex>(std::move(c));
}

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', 2) + QStringLiteral(" ms");
}

/// Fastest of a few runs (the machine's noise only ever adds time).
template<typename F> double best(int runs, F&& run)
{
    double fastest = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        fastest = std::min(fastest, timer.nsecsElapsed() / 1e9);
    }
    return fastest;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 streams = 1'000'000;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--streams")
            streams = std::max<qint64>(1, args.at(i + 1).toLongLong());
    }

    QElapsedTimer timer;
    timer.start();
    const IndexPtr index = syntheticIndex(streams);
    out << "synthetic index:      " << index->streams().size() << " streams, " << index->size() << " events, "
        << index->aggregateTypes().size() << " aggregate types (built in " << ms(timer.nsecsElapsed() / 1e9) << ")\n";
    out.flush();

    StreamsModel model;
    timer.restart();
    model.setIndex(index);
    const double firstSetIndex = timer.nsecsElapsed() / 1e9;
    const double setIndex = best(3, [&] { model.setIndex(index); });
    out << "setIndex:             " << ms(firstSetIndex) << " first, " << ms(setIndex) << " best of 3 (order "
        << model.visibleStreamCount() << " streams by type and natural id)\n";

    const QString filters[]
        = { QStringLiteral("0000042"), QStringLiteral("shipment-ab"), QStringLiteral("zzz"), QStringLiteral("ACCOUNT"),
              QStringLiteral("-1"), QStringLiteral("7"), QStringLiteral("a"), QStringLiteral("4c0ffee") };
    double worstFilter = 0;
    for (const QString& text : filters) {
        // Each run filters the full set (clearing first, untimed), as typing a first letter does.
        double fastest = 1e30;
        double slowest = 0;
        for (int run = 0; run < 5; ++run) {
            model.setFilter(QString());
            timer.restart();
            model.setFilter(text);
            const double seconds = timer.nsecsElapsed() / 1e9;
            fastest = std::min(fastest, seconds);
            slowest = std::max(slowest, seconds);
        }
        worstFilter = std::max(worstFilter, slowest);
        out << "setFilter(" << QString(u'"' + text + u'"').leftJustified(13) << "): " << ms(fastest).rightJustified(9)
            << " best, " << ms(slowest).rightJustified(9) << " worst of 5  (" << model.visibleStreamCount()
            << " streams in " << model.rowCount() << " types shown)\n";
    }
    model.setFilter(QString());
    out << "setFilter worst:      " << ms(worstFilter) << " for " << streams << " streams\n";
    Bench::summary(out, "bench_streams", u"Streams dock model, %1 streams"_s.arg(streams), ms(setIndex));
    Bench::summary(out, "bench_streams", u"type-ahead filter, worst keystroke"_s, ms(worstFilter));

    // data(): what a view asks for the first screenful, under the first type row.
    const QModelIndex typeRow = model.index(0, 0);
    const int rows = std::min(100, model.rowCount(typeRow));
    qint64 cells = 0;
    const double data = best(5, [&] {
        cells = 0;
        for (int r = 0; r < rows; ++r) {
            for (int column = 0; column < StreamsModel::NumColumns; ++column) {
                for (int role : { int(Qt::DisplayRole), int(Qt::TextAlignmentRole), int(Qt::ToolTipRole) }) {
                    if (model.index(r, column, typeRow).data(role).isValid())
                        ++cells;
                }
            }
        }
    });
    out << "data() first " << rows << " rows: " << ms(data) << " (" << cells << " non-empty answers, "
        << QString::number(data * 1e9 / std::max<qint64>(1, rows * StreamsModel::NumColumns * 3), 'f', 0)
        << " ns per call)\n";
    Bench::summary(out, "bench_streams", u"Streams dock data() per cell"_s,
        QString::number(data * 1e9 / std::max<qint64>(1, rows * StreamsModel::NumColumns * 3), 'f', 0) + u" ns"_s);
    // A type row's sums are computed on first request (one pass over its streams), then kept.
    model.setIndex(index);
    timer.restart();
    const qint64 typeEvents = model.index(0, StreamsModel::Events).data().toLongLong();
    out << "type row sums:        " << ms(timer.nsecsElapsed() / 1e9) << " first request (" << typeEvents
        << " events under " << model.index(0, 0).data().toString() << ")\n";

    const int lookups = 100'000;
    QRandomGenerator random(7);
    qint64 valid = 0;
    timer.restart();
    for (int i = 0; i < lookups; ++i)
        valid += model.indexOfStream(random.bounded(index->streams().size())).isValid() ? 1 : 0;
    out << "indexOfStream:        " << QString::number(timer.nsecsElapsed() / 1e3 / lookups, 'f', 2)
        << " µs per lookup (" << valid << " of " << lookups << " found)\n";
    out.flush();
    return valid == lookups ? 0 : 1;
}
