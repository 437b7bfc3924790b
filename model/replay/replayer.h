// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"
#include "projection.h"
#include "store/eventstore.h"

#include <functional>
#include <list>
#include <map>
#include <span>
#include <unordered_map>

namespace Chronoscope {

class StatePredicate;

struct ReplayOptions
{
    /// A checkpoint (the state as JSON text) is kept every this many events of a stream,
    /// so any state is at most this many events of replay away.
    qint64 checkpointEvery = 256;
    /// Memory the checkpoints may hold; the least recently used go first.
    qint64 checkpointBudgetBytes = 256LL * 1024 * 1024;
    /// Events handed to the projection per call.
    int batchEvents = 256;
    /// Stop at the first event a handler throws on (default), or skip it, keep its error
    /// and go on.
    bool keepGoing = false;
};

/// A state and exactly what produced it.
struct StateResult
{
    QByteArray json; ///< compact JSON text of the state
    QString streamId; ///< empty for store-wide projections
    qint64 count = 0; ///< events applied (0: the initial state)
    qint64 version = 0; ///< stored version of the last applied event, 0 for none
    qint64 position = -1; ///< position of the last applied event, -1 for none
    TimeUs time = kInvalidTime; ///< its timestamp
    ProjectionInfo projection;
    qint64 replayed = 0; ///< events applied to answer this request (0 when served from a checkpoint)
    std::vector<ProjectionError> skipped; ///< with ReplayOptions::keepGoing: the events skipped so far
};

/// Why a state could not be computed: the store failed, the projection failed, or the
/// request names something that does not exist.
struct ReplayError
{
    std::optional<StoreError> store;
    std::optional<ProjectionError> projection;
    QString message; ///< for requests that make no sense (unknown stream, version out of range)

    QString toString() const;
    /// An error about the request itself (unknown stream, version out of range).
    static ReplayError request(const QString& message);
};

/// One field's change by one event ("blame").
struct FieldChange
{
    qint64 position = -1;
    qint64 version = 0;
    TimeUs time = kInvalidTime;
    QString userId;
    QString type;
    QByteArray before; ///< JSON text; "null" when the path did not exist
    QByteArray after;
    bool existedBefore = false;
    bool existsAfter = false;
};

/// Answers "the state of this stream at version V / time T" (DESIGN.md "Projections and
/// state") from checkpoints plus a short replay. Single-threaded: it drives one Projection
/// and one store connection, both owned by the caller and bound to the caller's thread.
class Replayer
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; ///< false cancels

    Replayer(EventStore& store, IndexPtr index, Projection& projection, ReplayOptions options = {});

    /// The state after the stream's events up to and including stored version `version`
    /// (the last event whose version is ≤ it); version 0 gives the initial state.
    Expected<StateResult, ReplayError> state(const QString& streamId, qint64 version, const Progress& progress = {});
    /// The state after the last event of the stream whose timestamp is ≤ `time`.
    Expected<StateResult, ReplayError> stateAt(const QString& streamId, TimeUs time, const Progress& progress = {});
    /// The state after the first `count` events of the stream.
    Expected<StateResult, ReplayError> stateAfter(quint32 stream, qint64 count, const Progress& progress = {});
    /// For store-wide (fromAll-style) projections: the state after every event it folds up
    /// to and including `position`.
    Expected<StateResult, ReplayError> stateAtPosition(qint64 position, const Progress& progress = {});

    /// Every event of the stream that changed the value at JSON pointer `pointer`.
    Expected<std::vector<FieldChange>, ReplayError> blame(
        const QString& streamId, const QString& pointer, const Progress& progress = {});

    /// Live follow: `index` is the current one with events appended. Checkpoints stay valid
    /// (a stream's first N events do not change when more are appended); the store-wide
    /// sequence is recomputed on its next use.
    void setIndex(IndexPtr index);

    /// State search: the first state of the stream, from `fromCount` events applied on
    /// (0: the initial state counts too), for which `predicate` holds; nullopt when none does.
    /// Steps one event at a time, testing states in batches; keeps checkpoints as fold() does.
    Expected<std::optional<StateResult>, ReplayError> findFirst(
        const QString& streamId, StatePredicate& predicate, qint64 fromCount = 0, const Progress& progress = {});

    qint64 checkpointBytes() const { return m_checkpointBytes; }
    qint64 checkpointCount() const { return static_cast<qint64>(m_lru.size()); }

private:
    struct Sequence
    {
        quint32 key; ///< stream id, or kStoreWide
        std::span<const qint32> positions;
        QString streamId;
    };
    static constexpr quint32 kStoreWide = 0xffffffffu;

    Expected<Sequence, ReplayError> streamSequence(const QString& streamId);
    Sequence storeWideSequence();
    Expected<StateResult, ReplayError> fold(const Sequence& sequence, qint64 count, const Progress& progress);
    std::optional<ReplayError> readEvents(std::span<const qint32> positions, std::vector<Event>& out);
    void keepCheckpoint(quint32 key, qint64 count, const QByteArray& state);
    const QByteArray* findCheckpoint(quint32 key, qint64 count, qint64* found);
    StateResult result(const Sequence& sequence, qint64 count, qint64 replayed);

    EventStore& m_store;
    IndexPtr m_index;
    Projection& m_projection;
    ReplayOptions m_options;
    std::vector<qint32> m_storeWidePositions;
    bool m_storeWideReady = false;

    // The projection's live state: continuing from it makes stepping forward one event cheap.
    quint32 m_liveKey = kStoreWide;
    qint64 m_liveCount = -1;

    struct Checkpoint
    {
        QByteArray state;
        std::list<std::pair<quint32, qint64>>::iterator lru;
    };
    std::unordered_map<quint32, std::map<qint64, Checkpoint>> m_checkpoints;
    /// Errors skipped with keepGoing, per sequence and event index: they are reported with
    /// every later state, including states served from checkpoints.
    std::unordered_map<quint32, std::map<qint64, ProjectionError>> m_skipped;
    std::list<std::pair<quint32, qint64>> m_lru; ///< most recently used first
    qint64 m_checkpointBytes = 0;
};

} // namespace Chronoscope
