// SPDX-License-Identifier: MIT
#pragma once

#include "diff/jsondiff.h"
#include "jsprojection.h"
#include "replayer.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace Chronoscope {

class ReplayWorker;

/// Everything the inspector shows for one point of a stream, computed on the worker so
/// the GUI thread only displays: the state (as text and parsed), the event applied last
/// with its payload (raw and as the projection's upcasters see it), and what that event
/// changed (the diff from the previous state).
struct StateAnswer
{
    StateResult state;
    std::shared_ptr<const Json> json; ///< the state, parsed (null if the text is not JSON)
    Event event; ///< the last applied event with payload; invalid for the initial state
    QByteArray upcastEvent; ///< the event after upcasting, as JSON; empty without upcasters
    std::shared_ptr<const DiffNode> change; ///< previous state → this state
};

/// What the diff view compares the playhead's state with (DESIGN.md "Diffs").
struct CompareRequest
{
    enum class Mode
    {
        PreviousEvent, ///< the state before the playhead's event: what that event changed
        Version, ///< the same projection after `otherCount` events of the stream
        Projection, ///< another projection (`other`) at the playhead
        StoredSnapshot, ///< the store's latest snapshot at or before the playhead, against the replay at its version
    };
    Mode mode = Mode::PreviousEvent;
    QString streamId;
    qint64 count = 0; ///< events applied at the playhead
    qint64 otherCount = 0; ///< Version mode
    ProjectionSpec other; ///< Projection mode
};

/// Two states and their diff: `left` is the older or reference side (the earlier version,
/// the active projection, the stored snapshot), `right` the other.
struct CompareAnswer
{
    CompareRequest::Mode mode = CompareRequest::Mode::PreviousEvent;
    StateResult left;
    StateResult right;
    std::shared_ptr<const Json> leftJson;
    std::shared_ptr<const Json> rightJson;
    std::shared_ptr<const DiffNode> diff;
};

/// The outcome of a state search: the first state for which the expression holds, if any.
struct FindStateAnswer
{
    QString streamId;
    QString expression;
    bool found = false;
    StateResult state; ///< when found: the state and the event that made the expression hold
};

/// Computes states off the GUI thread for the views (DESIGN.md "Threads"): one worker
/// thread owns a store connection, the projection's engine and the checkpoints.
///
/// Requests coalesce: while one is computed, newer ones replace older ones, and a running
/// computation whose request was superseded stops at its next batch. Only the latest
/// request's answer is delivered, so scrubbing a slider never queues up stale work.
class ReplayService : public QObject
{
    Q_OBJECT
public:
    explicit ReplayService(QObject* parent = nullptr);
    ~ReplayService() override;

    /// (Re)configures the worker: opens `storeSpec` there and loads `projection`.
    /// Failures arrive as sourceFailed(); pending requests are dropped.
    void setSource(const QString& storeSpec, IndexPtr index, const ProjectionSpec& projection,
        const ProjectionOptions& projectionOptions = {}, const ReplayOptions& replayOptions = {});

    /// Live follow: `index` is the current one with events appended. Checkpoints and the
    /// loaded projection stay; requests posted after this see the new events.
    void extendIndex(IndexPtr index);

    /// Asks for the state of `streamId` after stored version `version`; returns the request's id.
    quint64 requestState(const QString& streamId, qint64 version);
    /// Asks for the state of `streamId` as of `time`.
    quint64 requestStateAt(const QString& streamId, TimeUs time);
    /// Asks for the state after the first `count` events of stream number `stream`.
    quint64 requestStateAfter(quint32 stream, qint64 count);
    /// Asks for the events that changed the value at `pointer` in `streamId`'s state. Field
    /// history requests coalesce among themselves, apart from state requests.
    quint64 requestFieldHistory(const QString& streamId, const QString& pointer);
    /// Asks for two states and their diff. Comparisons coalesce among themselves.
    quint64 requestCompare(const CompareRequest& request);

    /// State search: the first state of `streamId`, from `fromCount` events applied on, for
    /// which the JavaScript `expression` about `state` holds (StatePredicate), by replay on
    /// the worker with findStateProgress(); searches coalesce among themselves.
    quint64 requestFindState(const QString& streamId, const QString& expression, qint64 fromCount = 0);
    /// Stops a running state search (its answer is dropped).
    void cancelFindState() { ++m_latestFind; }

    /// Drops every pending and running request.
    void cancel();
    /// Drops the request and closes the store on the worker, freeing its index and
    /// checkpoints (closing a store, opening another).
    void clearSource();
    /// Drops a pending field history (the inspected stream changed).
    void cancelFieldHistory() { ++m_latestHistory; }

    quint64 latestRequest() const { return m_latest.load(); }
    /// How many requests the worker actually computed (superseded ones are skipped).
    quint64 computedRequests() const { return m_computed.load(); }

Q_SIGNALS:
    void stateAvailable(quint64 request, const Chronoscope::StateAnswer& answer);
    void stateFailed(quint64 request, const Chronoscope::ReplayError& error);
    void fieldHistoryAvailable(
        quint64 request, const QString& pointer, const std::vector<Chronoscope::FieldChange>& changes);
    void fieldHistoryFailed(quint64 request, const QString& pointer, const Chronoscope::ReplayError& error);
    void compareAvailable(quint64 request, const Chronoscope::CompareAnswer& answer);
    void compareFailed(quint64 request, const Chronoscope::ReplayError& error);
    /// A state search's progress: `done` of `total` events tested (throttled).
    void findStateProgress(quint64 request, qint64 done, qint64 total);
    void findStateFinished(quint64 request, const Chronoscope::FindStateAnswer& answer);
    /// The expression does not compile or throws (its message), the store or projection failed.
    void findStateFailed(quint64 request, const Chronoscope::ReplayError& error);
    void sourceReady(const Chronoscope::ProjectionInfo& projection);
    /// The store cannot be opened or the projection not loaded (with its file:line).
    void sourceFailed(const Chronoscope::ReplayError& error);

private:
    friend class ReplayWorker;

    struct Request
    {
        QString streamId;
        qint64 version = -1;
        TimeUs time = kInvalidTime;
        quint32 stream = 0;
        qint64 count = -1;
    };
    quint64 post(const Request& request);

    QThread m_thread;
    ReplayWorker* m_worker = nullptr;
    std::atomic<quint64> m_latest { 0 };
    std::atomic<quint64> m_computed { 0 };
    std::atomic<quint64> m_latestHistory { 0 };
    std::atomic<quint64> m_latestCompare { 0 };
    std::atomic<quint64> m_latestFind { 0 };
};

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::StateResult)
Q_DECLARE_METATYPE(Chronoscope::StateAnswer)
Q_DECLARE_METATYPE(Chronoscope::CompareAnswer)
Q_DECLARE_METATYPE(Chronoscope::FindStateAnswer)
Q_DECLARE_METATYPE(Chronoscope::ReplayError)
Q_DECLARE_METATYPE(Chronoscope::ProjectionInfo)
Q_DECLARE_METATYPE(std::vector<Chronoscope::FieldChange>)
