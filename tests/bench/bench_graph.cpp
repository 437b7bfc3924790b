// SPDX-License-Identifier: MIT
// Graph benchmark (docs/graph.md): building the reverse causation/correlation links on
// synthetic indexes of 1M and 10M events (time, bytes per event), extracting one event's
// group, and build + dot layout + scene time for groups of 100, 1,000 and 5,000 events.
//
//   bench_graph [--synthetic N,N…] [--nodes N,N…] [--events N] [--store FILE]
//
// --events/--store also measure graphs with store reads (ids, causation ids, compensation)
// around the checkout events of a sample store.

#include "benchsupport.h"
#include "graph/graphjob.h"
#include "graphscene.h"
#include "index/indexbuilder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', seconds < 0.01 ? 3 : 1) + QStringLiteral(" ms");
}

std::vector<qint64> numbers(const QString& list)
{
    std::vector<qint64> values;
    for (const QString& item : list.split(u',', Qt::SkipEmptyParts))
        values.push_back(item.toLongLong());
    return values;
}

/// An index of `events` events in sagas of `sagaSize` (0: random 2–8) across `streams`
/// streams: each saga is one correlation whose events are caused by an earlier one of it.
IndexPtr syntheticIndex(qint64 events, qint64 sagaSize, qint64 streams)
{
    QRandomGenerator random(42);
    IndexColumns c;
    c.reserve(static_cast<std::size_t>(events));
    c.typeNames.intern("Started");
    c.typeNames.intern("Continued");
    c.userNames.intern("system");
    for (qint64 s = 0; s < streams; ++s) {
        c.streamNames.intern(QStringLiteral("stream-%1").arg(s).toStdString());
        c.streamAggregateTypes.push_back(static_cast<quint32>(s % 4));
    }
    for (const char* type : { "Cart", "Order", "BankAccount", "Family" })
        c.aggregateTypeNames.intern(type);
    std::vector<qint32> versions(static_cast<std::size_t>(streams), 0);
    qint64 sagaStart = 0;
    qint64 sagaLength = 0;
    for (qint64 p = 0; p < events; ++p) {
        if (p - sagaStart >= sagaLength) {
            sagaStart = p;
            sagaLength = sagaSize > 0 ? sagaSize : 2 + random.bounded(7);
        }
        const auto stream = static_cast<quint32>(random.bounded(static_cast<quint32>(streams)));
        c.timestamps.push_back(1'700'000'000'000'000LL + p * 1000 + random.bounded(500));
        c.streams.push_back(stream);
        c.versions.push_back(++versions[stream]);
        c.types.push_back(p == sagaStart ? 0 : 1);
        c.schemaVersions.push_back(1);
        c.users.push_back(0);
        c.correlations.push_back(static_cast<qint32>(sagaStart));
        const qint64 inSaga = p - sagaStart;
        c.causations.push_back(
            inSaga == 0 ? kNoCausation : static_cast<qint32>(sagaStart + random.bounded(static_cast<quint32>(inSaga))));
    }
    return std::make_shared<const EventIndex>(std::move(c));
}

void benchLinks(qint64 events, QTextStream& out)
{
    QElapsedTimer clock;
    clock.start();
    const IndexPtr index = syntheticIndex(events, 0, std::max<qint64>(10, events / 50));
    out << "synthetic index:      " << events << " events (" << index->memoryUsage() / events
        << " bytes/event), made in " << ms(clock.nsecsElapsed() / 1e9) << '\n';
    clock.restart();
    const ReverseLinksPtr links = ReverseLinks::build(*index);
    const double build = clock.nsecsElapsed() / 1e9;
    out << "  reverse links:      " << ms(build) << ", " << links->memoryUsage() / (1024 * 1024) << " MiB ("
        << QString::number(static_cast<double>(links->memoryUsage()) / static_cast<double>(events), 'f', 1)
        << " bytes/event)\n";
    Bench::summary(out, "bench_graph", u"reverse links, %1 events"_s.arg(events),
        ms(build) + u", "_s + QString::number(links->memoryUsage() / (1024 * 1024)) + u" MiB"_s);
    QRandomGenerator random(7);
    const int samples = 2000;
    clock.restart();
    qint64 nodes = 0;
    for (int i = 0; i < samples; ++i) {
        const qint64 position = random.bounded(static_cast<quint32>(events));
        auto graph = buildEventGraph(*index, *links, nullptr, CausationStyle::EventIds, position);
        nodes += static_cast<qint64>(graph->nodes.size());
    }
    out << "  group extraction:   " << ms(clock.nsecsElapsed() / 1e9 / samples) << " per event ("
        << QString::number(static_cast<double>(nodes) / samples, 'f', 1) << " nodes on average, no store)\n"
        << Qt::flush;
}

void benchNodes(qint64 size, QTextStream& out)
{
    const IndexPtr index = syntheticIndex(size, size, 24);
    const ReverseLinksPtr links = ReverseLinks::build(*index);
    GraphOptions options;
    options.limit = size;
    QElapsedTimer clock;
    clock.start();
    auto graph = buildEventGraph(*index, *links, nullptr, CausationStyle::EventIds, size / 2, options);
    const double build = clock.nsecsElapsed() / 1e9;
    GraphResult result;
    result.graph = std::make_shared<const EventGraph>(std::move(graph).value());
    clock.restart();
    result.path = criticalPath(*result.graph);
    result.swimlanes = layoutSwimlanes(*result.graph);
    const double swimlanes = clock.nsecsElapsed() / 1e9;
    clock.restart();
    DotOptions dot;
    dot.timeoutMs = 600'000;
    auto layout = layoutWithDot(*result.graph, dot);
    const double dotSeconds = clock.nsecsElapsed() / 1e9;
    if (!layout) {
        out << "  " << size << " nodes: dot failed: " << layout.error().message << Qt::endl;
        return;
    }
    result.layered = std::move(layout).value();
    GraphScene scene;
    clock.restart();
    scene.showResult(result, GraphMode::Layered);
    const double layeredScene = clock.nsecsElapsed() / 1e9;
    clock.restart();
    scene.showResult(result, GraphMode::Swimlanes);
    const double swimlaneScene = clock.nsecsElapsed() / 1e9;
    out << QStringLiteral("%1 nodes: build %2, dot %3, scene %4 | swimlanes %5, scene %6 | total layered %7\n")
               .arg(size, 6)
               .arg(ms(build), ms(dotSeconds), ms(layeredScene), ms(swimlanes), ms(swimlaneScene),
                   ms(build + dotSeconds + layeredScene))
        << Qt::flush;
    Bench::summary(out, "bench_graph", u"graph of %1 nodes built, laid out by dot, drawn"_s.arg(size),
        ms(build + dotSeconds + layeredScene));
}

void benchStore(const QString& path, QTextStream& out)
{
    auto store = openStore(path);
    if (!store) {
        out << store.error().message() << Qt::endl;
        return;
    }
    const IndexPtr index = *IndexBuilder(**store).build();
    QElapsedTimer clock;
    clock.start();
    const ReverseLinksPtr links = ReverseLinks::build(*index);
    out << "store:                " << path << " (" << index->size() << " events), links "
        << ms(clock.nsecsElapsed() / 1e9) << '\n';
    clock.restart();
    const CausationProfile profile = detectCausationStyle(*index, *links, store->get());
    out << "  causation style:    " << (profile.style == CausationStyle::CommandIds ? "commands" : "events") << " in "
        << ms(clock.nsecsElapsed() / 1e9) << '\n';
    const auto checkout = index->types().find(QStringLiteral("CartCheckedOut"));
    int graphs = 0;
    clock.restart();
    for (qint64 p = 0; p < index->size() && graphs < 200; ++p) {
        if (checkout && index->type(p) != *checkout)
            continue;
        auto graph = buildEventGraph(*index, *links, store->get(), profile.style, p);
        ++graphs;
    }
    if (graphs > 0)
        out << "  checkout graph:     " << ms(clock.nsecsElapsed() / 1e9 / graphs) << " per graph with store reads\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QString synthetic = QStringLiteral("1000000,10000000");
    QString nodes = QStringLiteral("100,1000,5000");
    QString storePath;
    qint64 events = 0;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--synthetic")
            synthetic = args.at(i + 1);
        else if (args.at(i) == u"--nodes")
            nodes = args.at(i + 1);
        else if (args.at(i) == u"--store")
            storePath = args.at(i + 1);
        else if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
    }
    for (const qint64 n : numbers(synthetic))
        benchLinks(n, out);
    for (const qint64 n : numbers(nodes))
        benchNodes(n, out);
    if (events > 0 || !storePath.isEmpty()) {
        QTemporaryDir scratch;
        const auto sample = Bench::sampleStore(storePath, std::max<qint64>(events, 1000), scratch, out);
        if (!sample)
            return 1;
        benchStore(*sample, out);
    }
    return 0;
}
