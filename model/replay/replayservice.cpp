// SPDX-License-Identifier: MIT
#include "replayservice.h"

#include <QCoreApplication>

namespace Chronoscope {

/// Lives on the service's thread; everything it owns is bound to that thread.
class ReplayWorker : public QObject
{
    Q_OBJECT
public:
    explicit ReplayWorker(ReplayService* service)
        : m_service(service)
    { }

    void configure(const QString& storeSpec, const IndexPtr& index, const ProjectionSpec& spec,
        const ProjectionOptions& projectionOptions, const ReplayOptions& replayOptions)
    {
        m_replayer.reset();
        m_projection.reset();
        m_store.reset();
        auto store = openStore(storeSpec);
        if (!store) {
            Q_EMIT sourceFailed(store.error().message());
            return;
        }
        auto projection = loadProjection(spec, projectionOptions);
        if (!projection) {
            Q_EMIT sourceFailed(projection.error().toString());
            return;
        }
        m_store = std::move(store).value();
        m_projection = std::move(projection).value();
        m_replayer = std::make_unique<Replayer>(*m_store, index, *m_projection, replayOptions);
        Q_EMIT sourceReady(m_projection->info());
    }

    void compute(quint64 request, const QString& streamId, qint64 version, TimeUs time)
    {
        if (request != m_service->m_latest.load() || !m_replayer)
            return; // superseded before it started
        ++m_service->m_computed;
        // A newer request stops this one at its next batch.
        const Replayer::Progress stillWanted
            = [this, request](qint64, qint64) { return request == m_service->m_latest.load(); };
        auto state = time != kInvalidTime ? m_replayer->stateAt(streamId, time, stillWanted)
                                          : m_replayer->state(streamId, version, stillWanted);
        if (state)
            Q_EMIT done(request, *state);
        else
            Q_EMIT failed(request, state.error());
    }

Q_SIGNALS:
    void done(quint64 request, const Chronoscope::StateResult& result);
    void failed(quint64 request, const Chronoscope::ReplayError& error);
    void sourceReady(const Chronoscope::ProjectionInfo& projection);
    void sourceFailed(const QString& message);

private:
    ReplayService* m_service;
    StorePtr m_store;
    ProjectionPtr m_projection;
    std::unique_ptr<Replayer> m_replayer;
};

ReplayService::ReplayService(QObject* parent)
    : QObject(parent)
    , m_worker(new ReplayWorker(this))
{
    qRegisterMetaType<StateResult>();
    qRegisterMetaType<ReplayError>();
    qRegisterMetaType<ProjectionInfo>();
    m_thread.setObjectName(QStringLiteral("chronoscope-replay"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Results cross back to our thread; stale ones are dropped on arrival.
    connect(m_worker, &ReplayWorker::done, this, [this](quint64 request, const StateResult& result) {
        if (request == m_latest.load())
            Q_EMIT stateAvailable(request, result);
    });
    connect(m_worker, &ReplayWorker::failed, this, [this](quint64 request, const ReplayError& error) {
        if (request == m_latest.load())
            Q_EMIT stateFailed(request, error);
    });
    connect(m_worker, &ReplayWorker::sourceReady, this, &ReplayService::sourceReady);
    connect(m_worker, &ReplayWorker::sourceFailed, this, &ReplayService::sourceFailed);
    m_thread.start();
}

ReplayService::~ReplayService()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void ReplayService::setSource(const QString& storeSpec, IndexPtr index, const ProjectionSpec& projection,
    const ProjectionOptions& projectionOptions, const ReplayOptions& replayOptions)
{
    cancel();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, storeSpec, index = std::move(index), projection, projectionOptions, replayOptions] {
            worker->configure(storeSpec, index, projection, projectionOptions, replayOptions);
        },
        Qt::QueuedConnection);
}

quint64 ReplayService::post(const QString& streamId, qint64 version, TimeUs time)
{
    const quint64 request = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, request, streamId, version, time] { worker->compute(request, streamId, version, time); },
        Qt::QueuedConnection);
    return request;
}

quint64 ReplayService::requestState(const QString& streamId, qint64 version)
{
    return post(streamId, version, kInvalidTime);
}

quint64 ReplayService::requestStateAt(const QString& streamId, TimeUs time)
{
    return post(streamId, 0, time);
}

void ReplayService::cancel()
{
    ++m_latest;
}

} // namespace Chronoscope

#include "replayservice.moc"
