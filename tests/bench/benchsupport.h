// SPDX-License-Identifier: MIT
#pragma once

#include "index/indexbuilder.h"
#include "sample/samplegenerator.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace Chronoscope::Bench {

/// The store a benchmark measures: `path` if it exists; otherwise a sample store of
/// `events` events written to `path` (kept for the next run) or into `scratch`.
inline std::optional<QString> sampleStore(
    const QString& path, qint64 events, const QTemporaryDir& scratch, QTextStream& out)
{
    if (!path.isEmpty() && QFileInfo::exists(path))
        return path;
    SampleOptions options;
    options.outputPath = path.isEmpty() ? scratch.filePath(QStringLiteral("bench.db")) : path;
    options.events = events;
    options.streams = std::max<qint64>(10, events / 100);
    out << "generating " << events << " events into " << options.outputPath << "…" << Qt::endl;
    const auto result = SampleGenerator::generate(options);
    if (!result.ok) {
        out << result.error << Qt::endl;
        return std::nullopt;
    }
    return options.outputPath;
}

/// A benchmark's store, opened, with its index built from scratch (no cache).
struct IndexedStore
{
    QString path;
    StorePtr store;
    IndexPtr index;
    double buildSeconds = 0; ///< the index build, for rates relative to it
};

/// sampleStore(), then opened and indexed; errors are printed to `out`.
inline std::optional<IndexedStore> indexedSampleStore(
    const QString& path, qint64 events, const QTemporaryDir& scratch, QTextStream& out)
{
    const auto sample = sampleStore(path, events, scratch, out);
    if (!sample)
        return std::nullopt;
    auto store = openStore(*sample);
    if (!store) {
        out << store.error().message() << Qt::endl;
        return std::nullopt;
    }
    IndexBuilder builder(**store);
    auto built = builder.build();
    if (!built) {
        out << built.error().message() << Qt::endl;
        return std::nullopt;
    }
    return IndexedStore { *sample, std::move(store).value(), *built, builder.stats().seconds };
}

/// One row of the performance summary that scripts/bench-summary collects from every bench:
/// `SUMMARY | bench | what | measured | target` ("—" when there is no target). Additive to the
/// human-readable lines, so a bench's output stays as documented.
inline void summary(QTextStream& out, const char* bench, const QString& what, const QString& measured,
    const QString& target = QStringLiteral("—"))
{
    out << "SUMMARY | " << bench << " | " << what << " | " << measured << " | " << target << Qt::endl;
}

/// The `p` quantile (0–1) of `values`, nearest rank; 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/// CPU time and page faults of this process, all threads (getrusage), to tell a client's
/// share of a run from a server's on the same machine.
struct CpuTimes
{
    double seconds = 0; ///< user + system
    qint64 pageFaults = 0; ///< minor faults: first touches of fresh memory

    static CpuTimes now()
    {
        CpuTimes times;
        rusage usage {};
        if (getrusage(RUSAGE_SELF, &usage) == 0) {
            times.seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
            times.pageFaults = usage.ru_minflt;
        }
        return times;
    }
    CpuTimes operator-(const CpuTimes& earlier) const
    {
        return { seconds - earlier.seconds, pageFaults - earlier.pageFaults };
    }
};

} // namespace Chronoscope::Bench
