// SPDX-License-Identifier: MIT
#include "auditjob.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent>

namespace Chronoscope {

namespace {

constexpr qint64 kProgressIntervalMs = 100;

// Adapts the auditor's observer to the promise (cancel) and to queued delivery (progress,
// findings), throttling progress to what a status bar can show.
class PromiseObserver final : public AuditObserver
{
public:
    using Deliver = std::function<void(std::function<void()>)>;
    PromiseObserver(QPromise<void>& promise, AuditJob* job, Deliver deliver)
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
        AuditJob* job = m_job;
        m_deliver([=] { Q_EMIT job->progressChanged(done, total, rate, left); });
    }

    void findingsAvailable(const Findings& batch) override
    {
        AuditJob* job = m_job;
        m_deliver([=] { Q_EMIT job->findingsAvailable(batch); });
    }

private:
    QPromise<void>& m_promise;
    AuditJob* m_job;
    Deliver m_deliver;
    QElapsedTimer m_timer;
    qint64 m_lastReport = -kProgressIntervalMs;
};

} // namespace

AuditJob::AuditJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Finding>();
    qRegisterMetaType<Findings>();
    qRegisterMetaType<AuditSummary>();
    qRegisterMetaType<AuditError>();
}

AuditJob::~AuditJob()
{
    cancel();
    for (QFuture<void>& future : m_futures)
        future.waitForFinished();
}

void AuditJob::cancel()
{
    for (QFuture<void>& future : m_futures)
        future.cancel();
    ++m_generation;
    m_running = false;
}

void AuditJob::deliver(quint64 generation, const std::function<void()>& what)
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

void AuditJob::start(const QString& storeSpec, const IndexPtr& index, const AuditOptions& options)
{
    cancel();
    m_futures.removeIf([](const QFuture<void>& future) { return future.isFinished(); });
    const quint64 generation = m_generation;
    m_running = true;

    auto run = [this, generation, storeSpec, index, options](QPromise<void>& promise) {
        auto post = [this, generation](std::function<void()> what) { deliver(generation, what); };
        auto fail = [this, &post](const AuditError& error) {
            post([this, error] {
                m_running = false;
                Q_EMIT auditFailed(error);
            });
        };
        auto store = openStore(storeSpec);
        if (!store) {
            fail(AuditError { AuditError::Kind::Store, store.error(), std::nullopt, store.error().message() });
            return;
        }
        PromiseObserver observer(promise, this, post);
        Auditor auditor(**store, index, options);
        const auto summary = auditor.run(&observer);
        if (!summary) {
            fail(summary.error());
            return;
        }
        const AuditSummary result = *summary;
        post([this, result] {
            m_running = false;
            Q_EMIT auditFinished(result);
        });
    };
    m_futures.append(QtConcurrent::run(run));
}

} // namespace Chronoscope
