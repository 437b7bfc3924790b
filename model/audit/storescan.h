// SPDX-License-Identifier: MIT
#pragma once

#include "findingcollector.h"
#include "jsonchecker.h"

#include <functional>
#include <vector>

namespace Chronoscope {

/// The first phase of an audit: one scan of the store in rowid order, checking each event
/// against the index columns (versions, timestamps, causation, correlation, index problems),
/// collecting event ids and parsing payloads; then the checks that need every id
/// (duplicates, dangling causation, missing compensated events, correlation roots).
/// Internal to Auditor; one instance per run, on the auditing thread.
class StoreScan final : public RowSink
{
public:
    using Progress = std::function<bool(qint64 done)>; ///< false cancels

    StoreScan(EventStore& store, const EventIndex& index, const AuditOptions& options, FindingCollector& findings,
        AuditSummary& summary);

    std::optional<AuditError> run(const Progress& progress);

private:
    struct StreamState
    {
        qint32 lastVersion = -1;
        qint32 maxVersion = -1;
        qint32 lastPosition = -1;
        qint32 seen = 0; ///< events of the stream before this one
        TimeUs lastTime = kInvalidTime;
        qint32 lastTimePosition = -1;
    };
    struct IdEntry
    {
        quint64 hash;
        qint32 position;
    };
    struct Reference
    {
        qint32 position;
        quint64 hash;
        QString id;
    };

    bool row(const RawEventRow& row) override;
    void checkIndexProblems(qint64 position, std::string_view eventId);
    void checkVersion(qint64 position, std::string_view eventId);
    void checkTime(qint64 position, std::string_view eventId);
    void noteCausation(qint64 position);
    void checkPayloads(qint64 position, const RawEventRow& row);
    void reportMalformed(
        FindingCode code, qint64 position, std::string_view eventId, std::string_view text, const JsonProblem& problem);

    std::optional<AuditError> finish();
    std::optional<AuditError> reportDuplicateIds();
    std::optional<AuditError> reportDanglingCausation();
    std::optional<AuditError> reportCorrelationsWithoutRoot();
    void reportMissingCompensatedEvents();
    /// Positions of events whose id hashes to `hash`, ascending.
    std::vector<qint32> positionsOfId(quint64 hash) const;
    Expected<Event, StoreError> readEvent(qint64 position);
    Finding make(FindingCode code, qint64 position, const QString& message, std::string_view eventId) const;

    EventStore& m_store;
    const EventIndex& m_index;
    const AuditOptions& m_options;
    FindingCollector& m_findings;
    AuditSummary& m_summary;
    Progress m_progress;
    JsonChecker m_json;

    qint64 m_next = 0; ///< position of the next row
    std::size_t m_nextProblem = 0;
    bool m_cancelled = false;
    qint64 m_changedAtRow = -1;
    std::vector<StreamState> m_streams;
    std::vector<IdEntry> m_ids;
    std::vector<qint32> m_dangling; ///< positions of events whose cause the index did not find
    qint64 m_withCausation = 0;
    std::vector<quint8> m_groups; ///< per correlation root position: kHasRoot | kHasDangling
    std::vector<Reference> m_compensations; ///< events naming an original_event_id
};

} // namespace Chronoscope
