// SPDX-License-Identifier: MIT
#pragma once

#include "findingcollector.h"
#include "jsonchecker.h"
#include "replay/replayer.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace Chronoscope {

/// The second phase of an audit, with a projection: event types it does not handle, events
/// its handlers throw on (with file:line), and stored snapshots that differ from its replay
/// (with the differing paths and the event after which they part). Internal to Auditor;
/// bound to the auditing thread, like the projection it loads.
class ProjectionChecks
{
public:
    using Progress = std::function<bool(qint64 replayed)>; ///< false cancels

    ProjectionChecks(EventStore& store, IndexPtr index, const AuditOptions& options, FindingCollector& findings,
        AuditSummary& summary);
    ~ProjectionChecks();

    /// Loads the script's definitions, each for the streams it folds. Call before run().
    std::optional<AuditError> load();
    /// Events the replay will apply (for progress).
    qint64 eventsToReplay() const { return m_eventsToReplay; }
    std::optional<AuditError> run(const Progress& progress);

private:
    struct Definition;
    struct ErrorGroup
    {
        ProjectionError first;
        QString projection;
        qint64 count = 0;
        std::vector<qint64> positions;
    };
    struct Snapshot
    {
        StoredSnapshot stored;
        StateResult replayed;
    };

    std::optional<AuditError> loadDefinition(const QString& streamId, const QString& aggregateType);
    void reportUnhandledTypes(const Definition& definition);
    std::optional<AuditError> replayStream(Definition& definition, quint32 stream);
    std::optional<AuditError> replayStoreWide(Definition& definition);
    std::optional<AuditError> compareSnapshot(
        Definition& definition, quint32 stream, const Snapshot& snapshot, qint64* agreedCount);
    /// The first event after which the replay stops matching `stored` at `pointers`, searched
    /// from `fromCount` events on; sets *exact when the replay matched somewhere in the window.
    Expected<qint64, ReplayError> partingCount(Definition& definition, quint32 stream, qint64 fromCount, qint64 toCount,
        const nlohmann::ordered_json& stored, const std::vector<std::string>& pointers, bool* exact);
    std::optional<AuditError> replayFailure(const ReplayError& error, const Definition& definition, qint64 position);
    void keepErrors(const Definition& definition, const std::vector<ProjectionError>& errors);
    void reportErrors();
    bool stillWanted(qint64 done);

    EventStore& m_store;
    IndexPtr m_index;
    const AuditOptions& m_options;
    FindingCollector& m_findings;
    AuditSummary& m_summary;
    Progress m_progress;
    JsonChecker m_json;
    std::vector<std::unique_ptr<Definition>> m_definitions;
    qint64 m_eventsToReplay = 0;
    qint64 m_replayedBefore = 0; ///< events of the streams finished so far
    bool m_cancelled = false;
    /// Keyed by projection, file, line and column: one finding per place in the script that
    /// fails (messages often name the event's data, so they are not part of the key).
    using ErrorKey = std::tuple<QString, QString, int, int>;
    std::map<ErrorKey, ErrorGroup> m_errors;
    std::vector<ErrorKey> m_errorOrder;
};

} // namespace Chronoscope
