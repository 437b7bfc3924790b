// SPDX-License-Identifier: MIT
#pragma once

#include "auditor.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Chronoscope {

/// Runs an Auditor on the thread pool (its own store connection, its own projection engine)
/// and hands findings to the thread that owns this object (the GUI thread) in batches, as
/// they are found, with throttled progress.
///
/// Latest request wins: start() again supersedes the running audit, whose late signals are
/// dropped. The destructor cancels and waits, so the worker never outlives its owner.
class AuditJob : public QObject
{
    Q_OBJECT
public:
    explicit AuditJob(QObject* parent = nullptr);
    ~AuditJob() override;

    /// Audits the store `storeSpec` (opened again on the worker) described by `index`.
    void start(const QString& storeSpec, const IndexPtr& index, const AuditOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, double eventsPerSecond, double secondsLeft);
    void findingsAvailable(const Chronoscope::Findings& batch);
    void auditFinished(const Chronoscope::AuditSummary& summary);
    void auditFailed(const Chronoscope::AuditError& error);

private:
    void deliver(quint64 generation, const std::function<void()>& what);

    QList<QFuture<void>> m_futures;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Chronoscope
