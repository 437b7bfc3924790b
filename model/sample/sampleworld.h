// SPDX-License-Identifier: MIT
#pragma once

#include "sample/sampletext.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace Chronoscope::Sample {

/// One row of `events`, valid only during EventSink::writeEvent. An empty causationId is NULL.
struct EventRecord
{
    std::string_view eventId;
    std::string_view eventType;
    int schemaVersion = 1;
    std::string_view aggregateId;
    std::string_view aggregateType;
    qint64 version = 0;
    std::string_view payload;
    Micros timestamp = 0;
    std::string_view userId;
    std::string_view correlationId;
    std::string_view causationId;
};

/// One injected defect, as listed in the anomalies manifest (docs/sample-store.md).
struct AnomalyRecord
{
    std::string code;
    qint64 position = 0; ///< rowid - 1 of the offending event
    std::string streamId;
    qint64 version = 0;
    std::string eventId;
    std::string detail;
    qint64 snapshotVersion = 0; ///< snapshot_drift only
};

/// Where the simulation writes. Returns false on a write error; the simulation then stops.
class EventSink
{
public:
    virtual ~EventSink() = default;
    virtual bool writeEvent(const EventRecord& event) = 0;
    virtual bool writeSnapshot(std::string_view aggregateId, std::string_view aggregateType, qint64 version,
        std::string_view state, Micros eventTime)
        = 0;
    /// Rewrites the data of a snapshot written earlier (a late snapshot_drift injection).
    virtual bool replaceSnapshot(std::string_view aggregateId, qint64 version, std::string_view state) = 0;
};

struct WorldOptions
{
    qint64 events = 0;
    qint64 streams = 0;
    quint64 seed = 0;
    bool anomalies = false;
};

struct WorldResult
{
    enum class Outcome
    {
        Done,
        SinkFailed,
        Cancelled,
        AnomaliesIncomplete
    };
    Outcome outcome = Outcome::Done;
    qint64 eventsWritten = 0;
    qint64 streamsWritten = 0;
    std::vector<AnomalyRecord> anomalies; ///< sorted by position
    std::string missingAnomaly; ///< code that found no place (AnomaliesIncomplete)
};

/// The smallest store --anomalies can place every defect in: snapshot_drift needs a stream
/// that reaches version 100.
constexpr qint64 kMinimumAnomalyEvents = 2000;

/// Streams are capped at events / kMinimumEventsPerStream so every store has some history.
constexpr qint64 kMinimumEventsPerStream = 4;

/// Simulates the four domains and writes `options.events` events in global time order.
/// Deterministic: the same options give the same calls on the sink.
WorldResult runWorld(const WorldOptions& options, EventSink& sink, const std::function<bool(qint64)>& progress);

} // namespace Chronoscope::Sample
