// SPDX-License-Identifier: MIT
#pragma once

#include "finding.h"
#include "index/eventindex.h"
#include "replay/jsprojection.h"
#include "store/eventstore.h"

#include <array>
#include <optional>

namespace Chronoscope {

struct AuditOptions
{
    /// The projection whose unhandled event types, errors and snapshot drift are checked
    /// ("FILE" folds every stream with the definition that applies to it; "FILE#NAME" only
    /// that one). None: those checks are skipped.
    std::optional<ProjectionSpec> projection;
    ProjectionOptions projectionOptions;
    /// Parse every payload and metadata text (malformed_payload, malformed_metadata,
    /// missing_compensated_event). False audits only what the index and the ids show.
    bool checkPayloads = true;
    /// With a projection: compare every stored snapshot with the replay (snapshot_drift).
    bool compareSnapshots = true;
    /// Rows read per store query.
    qint64 chunkRows = 65536;
    /// Findings are handed to the observer in batches of this many (and at the end of each phase).
    int findingsPerBatch = 256;
    /// How many events before a drifting snapshot are replayed to find where they part.
    qint64 driftSearchEvents = 10000;
};

/// Why an audit stopped without a result.
struct AuditError
{
    enum class Kind
    {
        Store, ///< reading the store failed
        Projection, ///< the projection could not be loaded
        StoreChanged, ///< the store no longer matches the index (rows deleted or rewritten)
        Cancelled,
    };
    Kind kind = Kind::Store;
    std::optional<StoreError> store;
    std::optional<ProjectionError> projection;
    QString message;

    QString toString() const;
};

/// What an audit looked at, for status bars, `chronoscope verify` and the benchmark.
struct AuditSummary
{
    qint64 events = 0; ///< events scanned
    qint64 payloadsChecked = 0; ///< payload and metadata texts parsed
    qint64 payloadBytes = 0;
    qint64 streamsReplayed = 0;
    qint64 eventsReplayed = 0;
    qint64 snapshotsCompared = 0;
    QStringList projections; ///< display names of the projection definitions used
    std::array<qint64, 3> bySeverity {}; ///< findings per Severity (index = enum value)
    double seconds = 0;
    double scanSeconds = 0; ///< the store scan with its checks (index, ids, payloads)
    double projectionSeconds = 0; ///< replay, unhandled types and snapshot drift

    qint64 count(Severity severity) const { return bySeverity[static_cast<std::size_t>(severity)]; }
    qint64 findings() const { return bySeverity[0] + bySeverity[1] + bySeverity[2]; }
    /// Errors or warnings: what makes `chronoscope verify` exit 1. Notes alone do not.
    bool hasProblems() const { return count(Severity::Warning) + count(Severity::Error) > 0; }
};

/// Told what an audit is doing; called on the auditing thread.
class AuditObserver
{
public:
    virtual ~AuditObserver() = default;
    /// Polled between batches; true stops the audit (it then fails with Kind::Cancelled).
    virtual bool isCanceled() const { return false; }
    /// Events scanned plus events replayed so far, of the total of both.
    virtual void progress(qint64 done, qint64 total)
    {
        Q_UNUSED(done)
        Q_UNUSED(total)
    }
    /// New findings, in batches, roughly in position order within each phase.
    virtual void findingsAvailable(const Findings& batch) { Q_UNUSED(batch) }
};

/// Checks a store for the defects of docs/findings.md (DESIGN.md "Audit findings").
///
/// Synchronous, on the calling thread: it uses `store` (one connection, this thread only)
/// and loads the projection here, so run it on a worker (AuditJob does). Two phases: one scan
/// of the store in rowid order, checking the index columns, event ids and payloads
/// (simdjson); then, with a projection, a replay of every stream it folds, comparing each
/// stored snapshot on the way.
class Auditor
{
public:
    Auditor(EventStore& store, IndexPtr index, AuditOptions options = {});
    ~Auditor();

    Expected<AuditSummary, AuditError> run(AuditObserver* observer = nullptr);

private:
    EventStore& m_store;
    IndexPtr m_index;
    AuditOptions m_options;
};

/// Every finding of one audit, sorted (sortFindings()), with the summary.
struct AuditResult
{
    AuditSummary summary;
    Findings findings;
};

/// Runs an Auditor and collects its findings: for the command line and tests.
Expected<AuditResult, AuditError> runAudit(EventStore& store, IndexPtr index, const AuditOptions& options = {});

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::AuditSummary)
Q_DECLARE_METATYPE(Chronoscope::AuditError)
