// SPDX-License-Identifier: MIT
#pragma once

#include "indexappender.h"
#include "indexjob.h" // the metatypes of IndexPtr and StoreError, for queued signals

#include <QObject>
#include <QThread>

#include <atomic>

namespace Chronoscope {

class FollowWorker;

/// Live follow (docs/live-follow.md): while a store is open, notices the events another
/// process appends and publishes each batch as a new index snapshot, within a second.
///
/// A worker thread of its own polls the store's watch (EventStore::watch(): SQLite's
/// data_version, else the last position) every interval(); when it moved, the appender
/// reads the rows after the last indexed one, at most batchRows() per snapshot. Snapshots
/// arrive on the owner's thread through indexExtended(); those of a superseded start() or
/// of a stop() are dropped. Pausing stops reading (the watch still counts what waits);
/// resuming catches up at once. The destructor stops and waits.
class LiveFollower : public QObject
{
    Q_OBJECT
public:
    explicit LiveFollower(QObject* parent = nullptr);
    ~LiveFollower() override;

    /// Follows the store `appender` indexed, from its latest snapshot. Either
    /// followStarted() or followUnavailable() answers.
    void start(IndexAppenderPtr appender);
    /// Stops following and closes the follower's connections (on its thread).
    void stop();
    bool isActive() const { return m_active; }

    void setPaused(bool paused);
    bool isPaused() const { return m_paused.load(); }

    /// Milliseconds between two looks at the store (default 250).
    void setInterval(int milliseconds);
    int interval() const { return m_interval; }
    /// Most rows one snapshot takes (default 65,536); a larger burst gives several.
    static constexpr qint64 batchRows() { return 65536; }

Q_SIGNALS:
    /// Following: `method` says how changes are noticed (for the status bar).
    void followStarted(const QString& method);
    /// This store cannot be followed; `reason` says why (e.g. an immutable SQLite open).
    void followUnavailable(const Chronoscope::StoreError& reason);
    /// A new snapshot: the previous one with `added` events appended.
    void indexExtended(const Chronoscope::IndexPtr& index, qint64 added);
    /// While paused: about how many events wait to be read (0 after resuming).
    void pendingChanged(qint64 waiting);
    /// Reading failed (the store went away, a query failed); following has stopped.
    void followFailed(const Chronoscope::StoreError& error);

private:
    friend class FollowWorker;

    QThread m_thread;
    FollowWorker* m_worker = nullptr;
    std::atomic<quint64> m_generation { 0 };
    std::atomic<bool> m_paused { false };
    int m_interval = 250;
    bool m_active = false;
};

} // namespace Chronoscope
