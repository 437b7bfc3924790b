// SPDX-License-Identifier: MIT
#pragma once

#include "indexappender.h"
#include "indexbuilder.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Chronoscope {

/// Builds the index of a store on the thread pool and hands snapshots to the thread that
/// owns this object (the GUI thread): the first one early, then as it grows, then the final.
///
/// Latest request wins: start() again supersedes the running build, whose late signals are
/// dropped. The destructor cancels and waits, so the worker never outlives its owner.
class IndexJob : public QObject
{
    Q_OBJECT
public:
    explicit IndexJob(QObject* parent = nullptr);
    ~IndexJob() override;

    void start(const QString& storeSpec, const IndexOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

    /// The latest published snapshot of the current build (null before the first).
    IndexPtr index() const { return m_index; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, double eventsPerSecond, double secondsLeft);
    void indexAvailable(const Chronoscope::IndexPtr& index, bool final);
    void indexFinished(const Chronoscope::IndexStats& stats);
    /// With IndexOptions::keepForAppending, just before indexFinished(): the connection and
    /// builder that made the final index, for LiveFollower to continue from.
    void appenderAvailable(const Chronoscope::IndexAppenderPtr& appender);
    void indexFailed(const Chronoscope::StoreError& error);

private:
    void deliver(quint64 generation, const std::function<void()>& what);

    QList<QFuture<void>> m_futures;
    quint64 m_generation = 0;
    bool m_running = false;
    IndexPtr m_index;
};

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::IndexPtr)
Q_DECLARE_METATYPE(Chronoscope::IndexStats)
Q_DECLARE_METATYPE(Chronoscope::StoreError)
