// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Chronoscope {

/// Options of `chronoscope sample`.
struct SampleOptions
{
    QString outputPath; ///< the SQLite file to create; must not exist yet
    qint64 events = 200000;
    qint64 streams = 2000;
    quint64 seed = 1;
    bool anomalies = false; ///< inject known defects and write OUTPUT.anomalies.json
};

/// Writes a realistic event store in the seed schema (see docs/sample-store.md).
/// Same options, same bytes. Runs on the calling thread; `progress` (may be empty) is
/// called now and then with events written so far and returns false to cancel.
class SampleGenerator
{
public:
    struct Result
    {
        bool ok = false;
        QString error; ///< one line naming the file and the reason when !ok
        qint64 eventsWritten = 0;
        qint64 streamsWritten = 0;
        QString manifestPath; ///< set when anomalies were written
    };

    static Result generate(const SampleOptions& options, const std::function<bool(qint64)>& progress = {});
};

} // namespace Chronoscope
