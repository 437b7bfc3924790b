// SPDX-License-Identifier: MIT
#pragma once

#include "filterevaluator.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Chronoscope {

/// Evaluates a filter on the thread pool (its own store connection when the filter reads
/// payloads) and hands the result to the thread that owns this object (the GUI thread).
///
/// Latest request wins: start() again cancels the running evaluation, whose late signals
/// are dropped (generation counter). The destructor cancels and waits.
class FilterJob : public QObject
{
    Q_OBJECT
public:
    explicit FilterJob(QObject* parent = nullptr);
    ~FilterJob() override;

    /// Evaluates `filter` over `index`; payload conditions read `storeSpec` (opened on the worker).
    void start(
        const FilterNodePtr& filter, const IndexPtr& index, const QString& storeSpec, const FilterOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Rows of the store read so far for payload conditions (only filters that read payloads).
    void progressChanged(qint64 done, qint64 total);
    void filterFinished(const Chronoscope::FilterResultPtr& result);
    void filterFailed(const Chronoscope::StoreError& error);

private:
    void deliver(quint64 generation, const std::function<void()>& what);

    QList<QFuture<void>> m_futures;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Chronoscope
