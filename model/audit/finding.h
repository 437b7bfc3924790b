// SPDX-License-Identifier: MIT
#pragma once

#include "store/event.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace Chronoscope {

/// How bad a finding is. Ordered: the worst of several is their maximum.
enum class Severity : quint8
{
    Note, ///< worth knowing, not a defect (e.g. causation ids name commands)
    Warning, ///< suspicious; states and replays still work
    Error, ///< the store breaks an invariant event sourcing relies on
};

/// What a finding is about. Each code has a stable name (findingCodeName()), used in JSON,
/// on the command line and in docs/findings.md, and a fixed severity.
enum class FindingCode : quint8
{
    VersionGap,
    DuplicateVersion,
    VersionOutOfOrder,
    DuplicateEventId,
    TimestampBackwards,
    UnparseableTimestamp,
    MissingTimestamp,
    MissingStreamId,
    BadVersion,
    TooManyEventTypes,
    DanglingCausation,
    CausationNamesCommands,
    CorrelationWithoutRoot,
    MalformedPayload,
    MalformedMetadata,
    MissingCompensatedEvent,
    UnhandledEventType,
    ProjectionError,
    SnapshotDrift,
    MalformedSnapshot,
};
inline constexpr int kFindingCodeCount = static_cast<int>(FindingCode::MalformedSnapshot) + 1;

/// "version_gap", "snapshot_drift", … (stable; never translated).
QString findingCodeName(FindingCode code);
/// The code named `name`, or nullopt.
std::optional<FindingCode> findingCodeFromName(QStringView name);
/// The severity every finding of `code` has.
Severity severityOf(FindingCode code);
/// A short translated title for group headers, e.g. "Version gap".
QString findingTitle(FindingCode code);
/// "error", "warning", "note" (stable; never translated).
QString severityName(Severity severity);

/// One integrity finding about a store (DESIGN.md "Audit findings"). A plain value: cheap
/// to copy, safe to hand between threads.
struct Finding
{
    FindingCode code = FindingCode::VersionGap;
    Severity severity = Severity::Error;
    QString streamId; ///< empty for store-wide findings
    qint64 version = -1; ///< the event's stored version; -1 for none
    qint64 position = -1; ///< the event's index position; -1 for store-wide findings
    QString eventId;
    TimeUs time = kInvalidTime; ///< the event's timestamp
    QString message; ///< one sentence for people (translated)
    /// Machine-readable detail (an object), or null: differing paths and the diff for drift,
    /// the byte offset for malformed JSON, … (each code's fields: docs/findings.md).
    nlohmann::ordered_json evidence;

    QString codeName() const { return findingCodeName(code); }
    bool isStoreWide() const { return position < 0; }

    /// The finding as one JSON object: code, severity, streamId, version, position,
    /// eventId, timestamp (ISO-8601 or null), message, evidence (omitted when null).
    nlohmann::ordered_json toJson() const;
};

using Findings = QList<Finding>;

/// Sorts by position (store-wide findings first), then by code.
void sortFindings(Findings& findings);

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::Finding)
Q_DECLARE_METATYPE(Chronoscope::Findings)
