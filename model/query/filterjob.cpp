// SPDX-License-Identifier: MIT
#include "filterjob.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent>

namespace Chronoscope {

namespace {

constexpr qint64 kProgressIntervalMs = 100;

} // namespace

FilterJob::FilterJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<FilterResultPtr>();
    qRegisterMetaType<StoreError>();
}

FilterJob::~FilterJob()
{
    cancel();
    for (QFuture<void>& future : m_futures)
        future.waitForFinished();
}

void FilterJob::cancel()
{
    for (QFuture<void>& future : m_futures)
        future.cancel();
    ++m_generation;
    m_running = false;
}

void FilterJob::deliver(quint64 generation, const std::function<void()>& what)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, what] {
            if (generation == m_generation)
                what();
        },
        Qt::QueuedConnection);
}

void FilterJob::start(
    const FilterNodePtr& filter, const IndexPtr& index, const QString& storeSpec, const FilterOptions& options)
{
    cancel();
    m_futures.removeIf([](const QFuture<void>& future) { return future.isFinished(); });
    const quint64 generation = m_generation;
    m_running = true;

    auto run = [this, generation, filter, index, storeSpec, options](QPromise<void>& promise) {
        auto post = [this, generation](std::function<void()> what) { deliver(generation, what); };
        auto fail = [this, &post](const StoreError& error) {
            post([this, error] {
                m_running = false;
                Q_EMIT filterFailed(error);
            });
        };
        StorePtr store;
        if (filter->needsStore()) {
            auto opened = openStore(storeSpec);
            if (!opened) {
                fail(opened.error());
                return;
            }
            store = std::move(opened).value();
        }
        QElapsedTimer timer;
        timer.start();
        qint64 lastReport = -kProgressIntervalMs;
        auto progress = [&](qint64 done, qint64 total) {
            if (promise.isCanceled())
                return false;
            const qint64 elapsed = timer.elapsed();
            if (done == 0 || elapsed - lastReport >= kProgressIntervalMs) {
                lastReport = elapsed;
                post([this, done, total] { Q_EMIT progressChanged(done, total); });
            }
            return true;
        };
        auto result = FilterEvaluator::evaluate(*filter, *index, store.get(), options, progress);
        if (!result) {
            if (result.error().code != StoreErrorCode::Cancelled)
                fail(result.error());
            return;
        }
        const FilterResultPtr matched = *result;
        post([this, matched] {
            m_running = false;
            Q_EMIT filterFinished(matched);
        });
    };
    m_futures.append(QtConcurrent::run(run));
}

} // namespace Chronoscope
