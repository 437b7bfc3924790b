// SPDX-License-Identifier: MIT
#include "livefollower.h"

#include <QCoreApplication>
#include <QTimer>

namespace Chronoscope {

/// Lives on the follower's thread; the watch and the appender's connections are bound to it.
class FollowWorker : public QObject
{
    Q_OBJECT
public:
    explicit FollowWorker(LiveFollower* follower)
        : m_follower(follower)
        , m_timer(new QTimer(this))
    {
        connect(m_timer, &QTimer::timeout, this, &FollowWorker::poll);
    }

    void start(quint64 generation, const IndexAppenderPtr& appender, int interval)
    {
        stop();
        m_generation = generation;
        if (!appender || !appender->latest()) {
            Q_EMIT unavailable(generation,
                StoreError { StoreErrorCode::CannotFollow, {},
                    QCoreApplication::translate("Chronoscope::LiveFollower", "has not been indexed yet"), {} });
            return;
        }
        auto watch = appender->store().watch();
        if (!watch) {
            Q_EMIT unavailable(generation, watch.error());
            return;
        }
        m_watch = std::move(watch).value();
        m_appender = appender;
        Q_EMIT started(generation, m_watch->method());
        m_timer->start(interval);
        poll(); // rows appended between the build and now
    }

    void stop()
    {
        m_timer->stop();
        m_watch.reset();
        m_appender.reset();
        m_waiting = -1;
        m_failures = 0;
        m_mustRead = false;
    }

    void setInterval(int interval)
    {
        if (m_timer->isActive())
            m_timer->start(interval);
    }

    void poll()
    {
        if (!m_watch || m_generation != m_follower->m_generation.load())
            return;
        if (m_follower->m_paused.load()) {
            countWaiting();
            return;
        }
        if (m_waiting >= 0) {
            m_waiting = -1;
            Q_EMIT pending(m_generation, 0);
            m_mustRead = true; // the watch may have seen the change while paused
        }
        const auto changed = m_watch->changed();
        if (!changed)
            return fail(changed.error());
        if (!*changed && !m_mustRead) {
            m_failures = 0;
            return;
        }
        // Until the rows are read, later looks must read even if the watch is quiet again.
        m_mustRead = true;
        // A burst larger than a batch comes as several snapshots, so the views fill as it is read.
        while (m_generation == m_follower->m_generation.load() && !m_follower->m_paused.load()) {
            const qint64 before = m_appender->latest()->size();
            auto index = m_appender->builder().appendNew(LiveFollower::batchRows());
            if (!index)
                return fail(index.error());
            m_failures = 0;
            if (!*index || (*index)->size() - before < LiveFollower::batchRows()) {
                m_mustRead = false;
                if (*index)
                    Q_EMIT extended(m_generation, *index, (*index)->size() - before);
                return;
            }
            Q_EMIT extended(m_generation, *index, (*index)->size() - before);
        }
    }

Q_SIGNALS:
    void started(quint64 generation, const QString& method);
    void unavailable(quint64 generation, const Chronoscope::StoreError& reason);
    void extended(quint64 generation, const Chronoscope::IndexPtr& index, qint64 added);
    void pending(quint64 generation, qint64 waiting);
    void failed(quint64 generation, const Chronoscope::StoreError& error);

private:
    // Paused: the watch still looks, and the gap to the store's last position says how
    // many events wait (exact for dense row ids, an upper bound otherwise).
    void countWaiting()
    {
        const auto changed = m_watch->changed();
        if (!changed)
            return fail(changed.error());
        if (!*changed && m_waiting >= 0)
            return;
        const auto last = m_appender->store().lastRowId();
        if (!last)
            return fail(last.error());
        const IndexPtr latest = m_appender->latest();
        const qint64 waiting = std::max<qint64>(0, *last - latest->rowId(latest->size() - 1));
        if (waiting != m_waiting) {
            m_waiting = waiting;
            Q_EMIT pending(m_generation, waiting);
        }
    }

    // One failed look is not the end: a writer may hold its lock past the busy timeout,
    // a network blip may drop a query. Only failures in a row for about five seconds stop
    // following, with the last one's reason.
    void fail(const StoreError& error)
    {
        if (++m_failures * m_timer->interval() < kGiveUpMs && error.code != StoreErrorCode::CannotFollow)
            return;
        const quint64 generation = m_generation;
        stop();
        Q_EMIT failed(generation, error);
    }
    static constexpr int kGiveUpMs = 5000;

    LiveFollower* m_follower;
    QTimer* m_timer;
    quint64 m_generation = 0;
    StoreWatchPtr m_watch;
    IndexAppenderPtr m_appender;
    qint64 m_waiting = -1; ///< events waiting while paused; -1 when not paused
    int m_failures = 0; ///< looks in a row that failed
    bool m_mustRead = false; ///< rows may wait that the watch will not report again
};

LiveFollower::LiveFollower(QObject* parent)
    : QObject(parent)
    , m_worker(new FollowWorker(this))
{
    qRegisterMetaType<IndexPtr>();
    qRegisterMetaType<StoreError>();
    qRegisterMetaType<IndexAppenderPtr>();
    m_thread.setObjectName(QStringLiteral("chronoscope-follow"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Results cross back to our thread; those of an earlier start() are dropped on arrival.
    auto current = [this](quint64 generation) { return m_active && generation == m_generation.load(); };
    connect(m_worker, &FollowWorker::started, this, [this, current](quint64 generation, const QString& method) {
        if (current(generation))
            Q_EMIT followStarted(method);
    });
    connect(m_worker, &FollowWorker::unavailable, this, [this, current](quint64 generation, const StoreError& reason) {
        if (!current(generation))
            return;
        m_active = false;
        Q_EMIT followUnavailable(reason);
    });
    connect(m_worker, &FollowWorker::extended, this,
        [this, current](quint64 generation, const IndexPtr& index, qint64 added) {
            if (current(generation))
                Q_EMIT indexExtended(index, added);
        });
    connect(m_worker, &FollowWorker::pending, this, [this, current](quint64 generation, qint64 waiting) {
        if (current(generation))
            Q_EMIT pendingChanged(waiting);
    });
    connect(m_worker, &FollowWorker::failed, this, [this, current](quint64 generation, const StoreError& error) {
        if (!current(generation))
            return;
        m_active = false;
        Q_EMIT followFailed(error);
    });
    m_thread.start();
}

LiveFollower::~LiveFollower()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void LiveFollower::start(IndexAppenderPtr appender)
{
    const quint64 generation = ++m_generation;
    m_active = true;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, appender = std::move(appender), interval = m_interval] {
            worker->start(generation, appender, interval);
        },
        Qt::QueuedConnection);
}

void LiveFollower::stop()
{
    ++m_generation;
    m_active = false;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
}

void LiveFollower::setPaused(bool paused)
{
    if (m_paused.exchange(paused) == paused)
        return;
    // Resuming catches up now, not at the next tick; pausing starts counting what waits.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->poll(); }, Qt::QueuedConnection);
}

void LiveFollower::setInterval(int milliseconds)
{
    m_interval = std::max(10, milliseconds);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, interval = m_interval] { worker->setInterval(interval); }, Qt::QueuedConnection);
}

} // namespace Chronoscope

#include "livefollower.moc"
