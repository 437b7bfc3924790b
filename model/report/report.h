// SPDX-License-Identifier: MIT
#pragma once

#include "audit/finding.h"
#include "diff/jsondiff.h"
#include "index/eventindex.h"
#include "replay/jsprojection.h"
#include "store/eventstore.h"

#include <functional>
#include <optional>
#include <vector>

namespace Chronoscope {

/// What a report is about (DESIGN.md "Reports").
struct ReportSelection
{
    enum class Kind
    {
        Stream, ///< one stream, by id
        Correlation, ///< every event of one correlation id
        AggregateType, ///< every stream of one aggregate type
    };
    Kind kind = Kind::Stream;
    QString id;

    /// "stream", "correlation", "aggregateType" (stable; used in the JSON report).
    static QString kindName(Kind kind);
};

/// Everything a report is made from. The same request on the same store gives the same
/// bytes in every writer: the generation time is an input, not the clock.
struct ReportRequest
{
    ReportSelection selection;
    /// The as-of point: a time (events with timestamp ≤ it) or a stored version (events with
    /// version ≤ it, per stream). Exactly one is set.
    TimeUs asOfTime = kInvalidTime;
    std::optional<qint64> asOfVersion;
    /// The projection folding each stream; the default "merge" needs no script. A script
    /// without #NAME is loaded once per aggregate type, picking the definition that applies.
    ProjectionSpec projection;
    ProjectionOptions projectionOptions;
    TimeUs generatedAt = kInvalidTime;
    QString title; ///< empty: "<selection> as of <point>"
    /// JSON pointers into each state whose values are replaced by
    /// "redacted:" + hex SHA-256(salt + canonical JSON of the value), in states and history.
    QStringList redact;
    QByteArray salt;
    /// Run the audit (without projection) and keep the findings about included events.
    bool includeFindings = true;

    bool isValid() const { return !selection.id.isEmpty() && ((asOfTime != kInvalidTime) != asOfVersion.has_value()); }
};

/// One value an event changed in its stream's state (leaves of diffJson(before, after)).
struct ReportChange
{
    std::string pointer;
    std::optional<Json> before; ///< nullopt: the path did not exist before
    std::optional<Json> after; ///< nullopt: the event removed it
};

/// One included event: a row of the history.
struct ReportEvent
{
    qint64 position = -1;
    QString eventId;
    QString streamId;
    qint64 version = 0;
    QString type;
    QString userId;
    TimeUs time = kInvalidTime;
    QString rawTime; ///< the stored timestamp when it does not parse
    std::vector<ReportChange> changes;
    QByteArray sha256; ///< hex SHA-256 of canonicalEventLine() (docs/report-digest.md)
};

/// One stream's state at the as-of point.
struct ReportState
{
    QString streamId;
    QString aggregateType;
    qint64 events = 0; ///< events of the stream folded
    qint64 version = 0; ///< stored version of the last of them
    TimeUs time = kInvalidTime;
    QString projection; ///< display name of the projection that folded it
    Json state;
};

struct ReportProjection
{
    QString name; ///< ProjectionInfo::displayName()
    QString file;
    QByteArray sourceSha256; ///< hex; empty for merge
};

/// A finished report: a plain value, already redacted, that every writer turns into bytes.
struct Report
{
    QString title;
    QString storePath; ///< EventStore::identity()
    QByteArray storeSha256; ///< hex SHA-256 of the store file; empty when it is not a file
    ReportSelection selection;
    TimeUs asOfTime = kInvalidTime;
    std::optional<qint64> asOfVersion;
    TimeUs generatedAt = kInvalidTime;
    std::vector<ReportProjection> projections;
    std::vector<ReportState> states;
    std::vector<ReportEvent> history; ///< the included events, in position order
    bool findingsIncluded = false;
    Findings findings;
    QByteArray digest; ///< hex SHA-256 over the included events (docs/report-digest.md)
    QStringList redacted; ///< the pointers redacted
    QByteArray saltSha256; ///< hex SHA-256 of the salt (the salt itself is not kept)
};

/// Why a report could not be made.
struct ReportError
{
    enum class Kind
    {
        Request, ///< the request names nothing in the store, or is incomplete
        Store,
        Projection,
        Audit,
    };
    Kind kind = Kind::Request;
    QString message;
};

/// Builds a report. Synchronous, on the calling thread (it loads projections here and uses
/// `store`, one connection of this thread): run it on a worker in the GUI. `progress`
/// gets included events done of total; returning false cancels (a Request error "cancelled").
using ReportProgress = std::function<bool(qint64 done, qint64 total)>;
Expected<Report, ReportError> buildReport(
    EventStore& store, IndexPtr index, const ReportRequest& request, const ReportProgress& progress = {});

/// The canonical line of one event that the digest hashes (docs/report-digest.md): compact
/// JSON with sorted keys of eventId, streamId, version, type, timestamp, data.
QByteArray canonicalEventLine(const Event& event);
/// Hex SHA-256 over the lines joined by '\n' (no trailing newline).
QByteArray reportDigest(const QList<QByteArray>& lines);

/// Replaces the values at `pointers` inside `value`, which sits at pointer `base` of a state.
/// A pointer at or above `base` replaces `value` as a whole.
void redactJson(Json& value, const std::string& base, const QStringList& pointers, const QByteArray& salt);
/// "redacted:" + hex SHA-256(salt + compact JSON of `value` with sorted keys).
std::string redactedValue(const Json& value, const QByteArray& salt);

} // namespace Chronoscope
