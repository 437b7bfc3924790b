// SPDX-License-Identifier: MIT
#include "indexjob.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent>

namespace Chronoscope {

namespace {

constexpr qint64 kProgressIntervalMs = 100;

// Adapts the builder's observer to the promise (cancel) and to queued delivery (progress,
// snapshots), throttling progress to what a status bar can show.
class PromiseObserver final : public IndexObserver
{
public:
    using Deliver = std::function<void(std::function<void()>)>;
    PromiseObserver(QPromise<void>& promise, IndexJob* job, Deliver deliver)
        : m_promise(promise)
        , m_job(job)
        , m_deliver(std::move(deliver))
    {
        m_timer.start();
    }

    bool isCanceled() const override { return m_promise.isCanceled(); }

    void progress(qint64 done, qint64 total) override
    {
        const qint64 elapsed = m_timer.elapsed();
        if (done != 0 && done != total && elapsed - m_lastReport < kProgressIntervalMs)
            return;
        m_lastReport = elapsed;
        const double rate = elapsed > 0 ? done * 1000.0 / elapsed : 0;
        const double left = rate > 0 ? (total - done) / rate : -1;
        IndexJob* job = m_job;
        m_deliver([=] { Q_EMIT job->progressChanged(done, total, rate, left); });
    }

    void published(const IndexPtr& index, bool final) override
    {
        IndexJob* job = m_job;
        m_deliver([=] { Q_EMIT job->indexAvailable(index, final); });
    }

private:
    QPromise<void>& m_promise;
    IndexJob* m_job;
    Deliver m_deliver;
    QElapsedTimer m_timer;
    qint64 m_lastReport = -kProgressIntervalMs;
};

} // namespace

IndexJob::IndexJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<IndexPtr>();
    qRegisterMetaType<IndexStats>();
    qRegisterMetaType<StoreError>();
    qRegisterMetaType<IndexAppenderPtr>();
    // Connected first, so every other receiver already sees the new index through index().
    connect(this, &IndexJob::indexAvailable, this, [this](const IndexPtr& index) { m_index = index; });
}

IndexJob::~IndexJob()
{
    cancel();
    for (QFuture<void>& future : m_futures)
        future.waitForFinished();
}

void IndexJob::cancel()
{
    for (QFuture<void>& future : m_futures)
        future.cancel();
    ++m_generation;
    m_running = false;
}

void IndexJob::deliver(quint64 generation, const std::function<void()>& what)
{
    // Runs on the worker; the lambda runs on our thread, and only if still current.
    QMetaObject::invokeMethod(
        this,
        [this, generation, what] {
            if (generation == m_generation)
                what();
        },
        Qt::QueuedConnection);
}

void IndexJob::start(const QString& storeSpec, const IndexOptions& options)
{
    cancel();
    m_futures.removeIf([](const QFuture<void>& future) { return future.isFinished(); });
    const quint64 generation = m_generation;
    m_running = true;
    m_index.reset();

    auto run = [this, generation, storeSpec, options](QPromise<void>& promise) {
        auto post = [this, generation](std::function<void()> what) { deliver(generation, what); };
        auto store = openStore(storeSpec);
        if (!store) {
            const StoreError error = store.error();
            post([this, error] {
                m_running = false;
                Q_EMIT indexFailed(error);
            });
            return;
        }
        PromiseObserver observer(promise, this, post);
        // The appender owns the connection and the builder, so live follow can go on from them.
        auto appender = std::make_shared<IndexAppender>(std::move(store).value(), options);
        IndexBuilder& builder = appender->builder();
        auto index = builder.build(&observer);
        if (!index) {
            const StoreError error = index.error();
            post([this, error] {
                m_running = false;
                Q_EMIT indexFailed(error);
            });
            return;
        }
        const IndexStats stats = builder.stats();
        if (!options.keepForAppending)
            appender.reset();
        post([this, stats, appender] {
            m_running = false;
            if (appender)
                Q_EMIT appenderAvailable(appender);
            Q_EMIT indexFinished(stats);
        });
    };
    m_futures.append(QtConcurrent::run(run));
}

} // namespace Chronoscope
