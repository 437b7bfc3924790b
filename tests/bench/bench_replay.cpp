// SPDX-License-Identifier: MIT
// Replay benchmark (README "Performance"): on the largest stream of a store, latency of
// random state(version) requests (p50, p99), of stepping one version forward, and full
// replay throughput against reading and parsing the same payloads without a projection,
// for the sample JavaScript projection and for Merge; memory held by checkpoints.
//
//   bench_replay [--store FILE] [--events N] [--projection SPEC] [--requests R]

#include "benchsupport.h"
#include "index/indexbuilder.h"
#include "replay/jsprojection.h"
#include "replay/replayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

QString ms(double seconds)
{
    return QString::number(seconds * 1000, 'f', seconds < 0.001 ? 3 : 2) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString storePath;
    qint64 events = 10'000'000;
    QString projectionSpec = QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js");
    int requests = 300;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--store")
            storePath = args.at(i + 1);
        else if (args.at(i) == u"--events")
            events = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--projection")
            projectionSpec = args.at(i + 1);
        else if (args.at(i) == u"--requests")
            requests = args.at(i + 1).toInt();
    }

    QTemporaryDir scratch;
    const auto sample = Bench::sampleStore(storePath, events, scratch, out);
    if (!sample)
        return 1;
    storePath = *sample;
    auto store = openStore(storePath);
    if (!store) {
        out << store.error().message() << Qt::endl;
        return 1;
    }
    IndexOptions indexOptions;
    indexOptions.cacheDirectory = QDir::tempPath() + QStringLiteral("/chronoscope-bench-cache");
    const IndexPtr index = *IndexBuilder(**store, indexOptions).build();

    quint32 stream = 0;
    for (quint32 s = 0; s < index->streams().size(); ++s) {
        if (index->streamPositions(s).size() > index->streamPositions(stream).size())
            stream = s;
    }
    const auto positions = index->streamPositions(stream);
    const auto n = static_cast<qint64>(positions.size());
    const QString streamId = index->streams().string(stream);
    const QString aggregateType = index->aggregateTypes().string(index->streamAggregateType(stream));
    out << "stream:               " << streamId << " (" << n << " events)\n";

    // Baseline: what reading and parsing the payloads costs without any projection.
    QElapsedTimer timer;
    timer.start();
    qint64 parsedBytes = 0;
    for (qint32 position : positions) {
        auto event = (*store)->readEvent(index->rowId(position));
        const auto json = nlohmann::json::parse(
            event->data.constData(), event->data.constData() + event->data.size(), nullptr, false);
        parsedBytes += json.is_discarded() ? 0 : event->data.size();
    }
    const double baseline = timer.nsecsElapsed() / 1e9;
    out << "read + parse:         " << QString::number(n / baseline, 'f', 0) << " events/s (" << parsedBytes / n
        << " bytes/payload)\n";

    for (const QString& spec : { projectionSpec, QStringLiteral("merge") }) {
        auto projection = loadProjection(ProjectionSpec::parse(spec), {}, streamId, aggregateType);
        if (!projection) {
            out << projection.error().toString() << Qt::endl;
            return 1;
        }
        Replayer replayer(**store, index, **projection);
        timer.restart();
        auto full = replayer.stateAfter(stream, n);
        const double replay = timer.nsecsElapsed() / 1e9;
        if (!full) {
            out << full.error().toString() << Qt::endl;
            return 1;
        }

        QRandomGenerator random(7);
        std::vector<double> randomLatency;
        std::vector<double> stepLatency;
        for (int i = 0; i < requests; ++i) {
            const qint64 count = random.bounded(n) + 1;
            timer.restart();
            if (!replayer.stateAfter(stream, count))
                return 1;
            randomLatency.push_back(timer.nsecsElapsed() / 1e9);
            if (count < n) {
                timer.restart();
                replayer.stateAfter(stream, count + 1);
                stepLatency.push_back(timer.nsecsElapsed() / 1e9);
            }
        }
        out << "\nprojection:           " << (*projection)->info().displayName() << "\n";
        out << "full replay:          " << QString::number(replay, 'f', 2) << " s, "
            << QString::number(n / replay, 'f', 0)
            << " events/s = " << QString::number(100.0 * baseline / replay, 'f', 0) << "% of read + parse\n";
        out << "random state(v):      p50 " << ms(Bench::percentile(randomLatency, 0.5)) << ", p99 "
            << ms(Bench::percentile(randomLatency, 0.99)) << " (" << requests << " requests)\n";
        out << "step forward:         p50 " << ms(Bench::percentile(stepLatency, 0.5)) << ", p99 "
            << ms(Bench::percentile(stepLatency, 0.99)) << "\n";
        out << "checkpoints:          " << replayer.checkpointCount() << " holding "
            << QString::number(replayer.checkpointBytes() / 1048576.0, 'f', 1) << " MiB\n";
        const QString name = (*projection)->info().displayName();
        const char* b = "bench_replay";
        Bench::summary(out, b, u"full replay (%1), %2 events"_s.arg(name).arg(n),
            QString::number(n / replay, 'f', 0) + u" events/s = "_s + QString::number(100.0 * baseline / replay, 'f', 0)
                + u" % of read + parse"_s,
            u"≥ 25 %"_s);
        Bench::summary(out, b, u"random state(version) (%1)"_s.arg(name),
            u"p50 "_s + ms(Bench::percentile(randomLatency, 0.5)) + u", p99 "_s
                + ms(Bench::percentile(randomLatency, 0.99)),
            u"p99 ≤ 16 ms"_s);
        Bench::summary(out, b, u"step one version forward (%1)"_s.arg(name),
            u"p50 "_s + ms(Bench::percentile(stepLatency, 0.5)) + u", p99 "_s
                + ms(Bench::percentile(stepLatency, 0.99)),
            u"< 1 ms"_s);
        Bench::summary(out, b, u"checkpoint memory (%1)"_s.arg(name),
            QString::number(replayer.checkpointBytes() / 1048576.0, 'f', 1) + u" MiB"_s, u"≤ 256 MB budget"_s);
    }
    out.flush();
    return 0;
}
