// SPDX-License-Identifier: MIT
#include "pyramidjob.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Chronoscope {

PyramidJob::PyramidJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<PyramidPtr>();
}

PyramidJob::~PyramidJob()
{
    // Superseded builds may still be stopping: wait for every one, not just the current.
    const auto watchers = findChildren<QFutureWatcher<PyramidPtr>*>();
    for (QFutureWatcher<PyramidPtr>* watcher : watchers) {
        watcher->cancel();
        watcher->waitForFinished();
    }
}

void PyramidJob::cancel()
{
    ++m_generation;
    m_waiting.reset();
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    // The worker stops at its next check; the watcher goes once it has.
    QFutureWatcher<PyramidPtr>* old = m_watcher;
    m_watcher = nullptr;
    if (old->isFinished())
        old->deleteLater();
    else
        connect(old, &QFutureWatcherBase::finished, old, &QObject::deleteLater);
}

void PyramidJob::request(const PyramidRequest& request, bool supersede)
{
    if (!supersede && m_watcher) {
        m_waiting = request;
        return;
    }
    cancel();
    start(request);
}

void PyramidJob::start(const PyramidRequest& request)
{
    const quint64 generation = m_generation;
    m_started.start();
    auto* watcher = new QFutureWatcher<PyramidPtr>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (watcher != m_watcher || generation != m_generation)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        const double seconds = double(m_started.nsecsElapsed()) / 1e9;
        PyramidPtr pyramid;
        if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
            pyramid = watcher->result();
        if (m_waiting) {
            const PyramidRequest next = *m_waiting;
            m_waiting.reset();
            start(next);
        }
        if (!pyramid)
            return;
        m_pyramid = pyramid;
        m_lastSeconds = seconds;
        Q_EMIT pyramidAvailable(m_pyramid);
    });
    watcher->setFuture(QtConcurrent::run([request](QPromise<PyramidPtr>& promise) {
        PyramidPtr pyramid = DensityPyramid::build(request, [&promise] { return promise.isCanceled(); });
        if (pyramid)
            promise.addResult(std::move(pyramid));
    }));
}

} // namespace Chronoscope
