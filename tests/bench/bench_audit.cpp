// SPDX-License-Identifier: MIT
// Audit benchmark (README "Performance"): throughput of `chronoscope verify` without a
// projection (index checks, event ids, every payload parsed by simdjson) against the index
// build of the same store, the same scan without payloads, and, with the sample projection,
// the replay of every stream and the cost of each stored-snapshot comparison.
//
//   bench_audit [--store FILE] [--events N] [--projection SPEC] [--no-projection]

#include "audit/auditor.h"
#include "benchsupport.h"
#include "index/indexbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

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

QString rate(qint64 events, double seconds)
{
    return QString::number(seconds > 0 ? static_cast<qint64>(events / seconds) : 0) + QStringLiteral(" events/s");
}

std::optional<AuditResult> timedAudit(
    EventStore& store, const IndexPtr& index, const AuditOptions& options, QTextStream& out)
{
    auto result = runAudit(store, index, options);
    if (!result) {
        out << "audit failed: " << result.error().toString() << Qt::endl;
        return std::nullopt;
    }
    return *result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString storePath;
    qint64 events = 1'000'000;
    QString projectionSpec = QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js");
    bool withProjection = true;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--no-projection")
            withProjection = false;
        else if (i + 1 >= args.size())
            break;
        else if (args.at(i) == u"--store")
            storePath = args.at(++i);
        else if (args.at(i) == u"--events")
            events = args.at(++i).toLongLong();
        else if (args.at(i) == u"--projection")
            projectionSpec = args.at(++i);
    }

    QTemporaryDir scratch;
    // The baseline: an index build without cache (it also warms the page cache).
    auto opened = Bench::indexedSampleStore(storePath, events, scratch, out);
    if (!opened)
        return 1;
    EventStore& store = *opened->store;
    const IndexPtr index = opened->index;
    const qint64 n = index->size();
    const double buildSeconds = opened->buildSeconds;
    out << "store:                " << opened->path << " (" << n << " events, " << index->streams().size()
        << " streams)\n";
    out << "index build:          " << QString::number(buildSeconds, 'f', 2) << " s = " << rate(n, buildSeconds)
        << Qt::endl;

    const qint64 rssBefore = residentBytes();
    AuditOptions idsOnly;
    idsOnly.checkPayloads = false;
    const auto withoutPayloads = timedAudit(store, index, idsOnly, out);
    if (!withoutPayloads)
        return 1;
    const double plain = withoutPayloads->summary.scanSeconds;
    out << "audit, no payloads:   " << QString::number(plain, 'f', 2) << " s = " << rate(n, plain) << Qt::endl;

    const auto full = timedAudit(store, index, AuditOptions {}, out);
    if (!full)
        return 1;
    const qint64 rssAfter = residentBytes();
    const AuditSummary& summary = full->summary;
    out << "audit, payloads:      " << QString::number(summary.scanSeconds, 'f', 2)
        << " s = " << rate(n, summary.scanSeconds) << " = "
        << QString::number(100.0 * buildSeconds / summary.scanSeconds, 'f', 0) << " % of the index build rate; "
        << summary.payloadsChecked << " texts, "
        << QString::number(summary.payloadBytes / 1e6 / summary.scanSeconds, 'f', 0) << " MB/s of JSON; "
        << summary.findings() << " findings\n";
    Bench::summary(out, "bench_audit", u"audit without payloads, %1 events"_s.arg(n),
        QString::number(plain, 'f', 2) + u" s = "_s + rate(n, plain));
    Bench::summary(out, "bench_audit", u"audit with every payload parsed (simdjson)"_s,
        QString::number(summary.scanSeconds, 'f', 2) + u" s = "_s + rate(n, summary.scanSeconds) + u" = "_s
            + QString::number(100.0 * buildSeconds / summary.scanSeconds, 'f', 0) + u" % of the index build"_s,
        u"≥ 50 % of the index build"_s);
    // What stays resident afterwards; the peak adds the id table (16 bytes per event) and the
    // correlation flags (1 byte per event), which are freed at the end of the scan.
    out << "resident kept after:  " << QString::number(double(rssAfter - rssBefore) / n, 'f', 1) << " bytes/event"
        << Qt::endl;

    if (!withProjection)
        return 0;
    AuditOptions replayOnly;
    replayOnly.projection = ProjectionSpec::parse(projectionSpec);
    replayOnly.compareSnapshots = false;
    const auto replayed = timedAudit(store, index, replayOnly, out);
    if (!replayed)
        return 1;
    AuditOptions withDrift = replayOnly;
    withDrift.compareSnapshots = true;
    const auto drift = timedAudit(store, index, withDrift, out);
    if (!drift)
        return 1;
    const double replaySeconds = replayed->summary.projectionSeconds;
    const double driftSeconds = drift->summary.projectionSeconds;
    const qint64 snapshots = drift->summary.snapshotsCompared;
    out << "projection phase:     " << QString::number(replaySeconds, 'f', 2) << " s replaying "
        << replayed->summary.eventsReplayed << " events in " << replayed->summary.streamsReplayed
        << " streams = " << rate(replayed->summary.eventsReplayed, replaySeconds) << " ("
        << replayed->summary.projections.join(QStringLiteral(", ")) << ")\n";
    out << "with snapshot drift:  " << QString::number(driftSeconds, 'f', 2) << " s, " << snapshots
        << " snapshots compared = "
        << QString::number(snapshots > 0 ? (driftSeconds - replaySeconds) * 1e3 / double(snapshots) : 0, 'f', 3)
        << " ms per snapshot; " << drift->summary.findings() << " findings" << Qt::endl;
    Bench::summary(out, "bench_audit", u"projection phase"_s,
        QString::number(replaySeconds, 'f', 2) + u" s = "_s + rate(replayed->summary.eventsReplayed, replaySeconds));
    Bench::summary(out, "bench_audit", u"snapshot drift check"_s,
        QString::number(snapshots > 0 ? (driftSeconds - replaySeconds) * 1e3 / double(snapshots) : 0, 'f', 3)
            + u" ms per snapshot"_s);
    return 0;
}
