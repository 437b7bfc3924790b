// SPDX-License-Identifier: MIT
#include "replayservice.h"

#include "statepredicate.h"
#include "storedsnapshots.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace Chronoscope {

/// Lives on the service's thread; everything it owns is bound to that thread.
class ReplayWorker : public QObject
{
    Q_OBJECT
public:
    explicit ReplayWorker(ReplayService* service)
        : m_service(service)
        , m_idle(new QTimer(this))
    {
        // When the user pauses, replay the rest of the stream in the background so that
        // later jumps find a checkpoint near them (checkpoints are otherwise made on demand).
        m_idle->setSingleShot(true);
        m_idle->setInterval(kWarmUpDelayMs);
        connect(m_idle, &QTimer::timeout, this, &ReplayWorker::warmUp);
    }

    void configure(const QString& storeSpec, const IndexPtr& index, const ProjectionSpec& spec,
        const ProjectionOptions& projectionOptions, const ReplayOptions& replayOptions)
    {
        clear();
        auto store = openStore(storeSpec);
        if (!store) {
            ReplayError error;
            error.store = store.error();
            m_sourceError = error;
            Q_EMIT sourceFailed(error);
            return;
        }
        // Loading once up front reports a broken script now rather than at the first request.
        auto projection = loadProjection(spec, projectionOptions);
        if (!projection) {
            ReplayError error;
            error.projection = projection.error();
            m_sourceError = error;
            Q_EMIT sourceFailed(error);
            return;
        }
        m_store = std::move(store).value();
        m_index = index;
        m_main.spec = spec;
        m_projectionOptions = projectionOptions;
        m_replayOptions = replayOptions;
        const ProjectionInfo info = (*projection)->info();
        addSource(m_main, std::move(projection).value());
        Q_EMIT sourceReady(info);
    }

    void extend(const IndexPtr& index)
    {
        if (!m_store || !m_index || !index || index->size() < m_index->size())
            return;
        m_index = index;
        for (SourceSet* set : { &m_main, &m_other }) {
            for (const auto& source : set->sources)
                source->replayer->setIndex(index);
        }
    }

    /// Closes the store and drops everything computed from it.
    void clear()
    {
        m_idle->stop();
        m_current = nullptr;
        m_warm = {};
        m_last = {};
        m_main = {};
        m_other = {};
        m_store.reset();
        m_index.reset();
        m_sourceError = ReplayError::request(
            QCoreApplication::translate("Chronoscope::ReplayService", "no store is open for replay"));
    }

    void compute(quint64 request, const ReplayService::Request& what)
    {
        if (request != m_service->m_latest.load())
            return; // superseded before it started
        if (!m_store) {
            Q_EMIT failed(request, m_sourceError); // the projection did not load: say so each time
            return;
        }
        ++m_service->m_computed;
        // A newer request stops this one at its next batch.
        const Replayer::Progress stillWanted
            = [this, request](qint64, qint64) { return request == m_service->m_latest.load(); };
        const QString streamId = what.count >= 0 && what.stream < m_index->streams().size()
            ? m_index->streams().string(what.stream)
            : what.streamId;
        m_current = sourceFor(m_main, streamId);
        if (!m_current) {
            Q_EMIT failed(request, m_loadError);
            return;
        }
        Replayer& replayer = *m_current->replayer;
        // By count, the previous state comes first: the replayer's live state then continues
        // one event to the asked one. Stepping forward finds the previous state remembered.
        std::optional<QByteArray> previous;
        if (what.count > 0) {
            previous = remembered(what.stream, what.count - 1);
            if (!previous) {
                auto before = replayer.stateAfter(what.stream, what.count - 1, stillWanted);
                if (!before) {
                    Q_EMIT failed(request, before.error());
                    return;
                }
                previous = std::move(before->json);
            }
        }
        auto state = what.count >= 0    ? replayer.stateAfter(what.stream, what.count, stillWanted)
            : what.time != kInvalidTime ? replayer.stateAt(streamId, what.time, stillWanted)
                                        : replayer.state(streamId, what.version, stillWanted);
        if (!state) {
            Q_EMIT failed(request, state.error());
            return;
        }
        StateAnswer answer;
        answer.state = std::move(state).value();
        answer.json = parseState(answer.state.json);
        if (answer.state.position >= 0)
            describeChange(answer, previous, stillWanted);
        const std::optional<quint32> found = m_index->streams().find(streamId);
        if (!found) {
            Q_EMIT done(request, answer);
            return;
        }
        const quint32 stream = *found;
        m_last = Remembered { m_current, stream, answer.state.count, answer.state.json };
        if (m_warm.source != m_current || m_warm.stream != stream)
            m_warm = WarmUp { m_current, stream, answer.state.count };
        m_idle->start(kWarmUpDelayMs);
        Q_EMIT done(request, answer);
    }

    // One chunk of the idle warm-up; a request arriving meanwhile stops it at its next batch.
    void warmUp()
    {
        if (!m_store || !m_warm.source || m_warm.source != m_current)
            return;
        const auto total = static_cast<qint64>(m_index->streamPositions(m_warm.stream).size());
        if (m_warm.upTo >= total)
            return;
        const quint64 request = m_service->m_latest.load();
        const Replayer::Progress idle
            = [this, request](qint64, qint64) { return request == m_service->m_latest.load(); };
        const qint64 to = std::min(total, m_warm.upTo + kWarmUpChunk);
        if (!m_current->replayer->stateAfter(m_warm.stream, to, idle) || request != m_service->m_latest.load())
            return; // interrupted: compute() restarts the idle timer
        m_warm.upTo = to;
        m_idle->start(0);
    }

    void computeHistory(quint64 request, const QString& streamId, const QString& pointer)
    {
        if (request != m_service->m_latestHistory.load())
            return;
        if (!m_store) {
            Q_EMIT historyFailed(request, pointer, m_sourceError);
            return;
        }
        Source* source = sourceFor(m_main, streamId);
        if (!source) {
            Q_EMIT historyFailed(request, pointer, m_loadError);
            return;
        }
        const Replayer::Progress stillWanted
            = [this, request](qint64, qint64) { return request == m_service->m_latestHistory.load(); };
        auto changes = source->replayer->blame(streamId, pointer, stillWanted);
        if (changes)
            Q_EMIT historyDone(request, pointer, *changes);
        else
            Q_EMIT historyFailed(request, pointer, changes.error());
    }

    void computeCompare(quint64 request, const CompareRequest& what)
    {
        if (request != m_service->m_latestCompare.load())
            return;
        if (!m_store) {
            Q_EMIT compareFailed(request, m_sourceError);
            return;
        }
        const Replayer::Progress stillWanted
            = [this, request](qint64, qint64) { return request == m_service->m_latestCompare.load(); };
        auto fail = [&](const ReplayError& error) { Q_EMIT compareFailed(request, error); };
        const std::optional<quint32> stream = m_index->streams().find(what.streamId);
        if (!stream)
            return fail(ReplayError::request(
                QCoreApplication::translate("Chronoscope::ReplayService", "no stream '%1'").arg(what.streamId)));
        const QString& streamId = what.streamId;
        Source* main = sourceFor(m_main, streamId);
        if (!main)
            return fail(m_loadError);
        auto after
            = [&](Source* source, qint64 count) { return source->replayer->stateAfter(*stream, count, stillWanted); };

        Expected<StateResult, ReplayError> left = ReplayError {};
        Expected<StateResult, ReplayError> right = ReplayError {};
        switch (what.mode) {
        case CompareRequest::Mode::PreviousEvent:
            left = after(main, std::max<qint64>(0, what.count - 1));
            right = after(main, what.count);
            break;
        case CompareRequest::Mode::Version:
            left = after(main, std::min(what.count, what.otherCount));
            right = after(main, std::max(what.count, what.otherCount));
            break;
        case CompareRequest::Mode::Projection: {
            if (!sameSpec(m_other.spec, what.other))
                m_other = SourceSet { what.other, {} };
            Source* other = sourceFor(m_other, streamId);
            if (!other)
                return fail(m_loadError);
            left = after(main, what.count);
            right = after(other, what.count);
            break;
        }
        case CompareRequest::Mode::StoredSnapshot: {
            auto playhead = after(main, what.count);
            if (!playhead)
                return fail(playhead.error());
            StoredSnapshots snapshots(*m_store, m_index);
            left = snapshots.state(streamId, playhead->version);
            if (left)
                right = main->replayer->state(streamId, left->version, stillWanted);
            break;
        }
        }
        if (!left)
            return fail(left.error());
        if (!right)
            return fail(right.error());
        CompareAnswer answer;
        answer.mode = what.mode;
        answer.left = std::move(left).value();
        answer.right = std::move(right).value();
        answer.leftJson = parseState(answer.left.json);
        answer.rightJson = parseState(answer.right.json);
        if (answer.leftJson && answer.rightJson)
            answer.diff = std::make_shared<const DiffNode>(diffJson(*answer.leftJson, *answer.rightJson));
        Q_EMIT compareDone(request, answer);
    }

    void computeFind(quint64 request, const QString& streamId, const QString& expression, qint64 fromCount)
    {
        if (request != m_service->m_latestFind.load())
            return;
        if (!m_store) {
            Q_EMIT findFailed(request, m_sourceError);
            return;
        }
        Source* source = sourceFor(m_main, streamId);
        if (!source) {
            Q_EMIT findFailed(request, m_loadError);
            return;
        }
        auto predicate = StatePredicate::compile(expression, m_projectionOptions);
        if (!predicate) {
            ReplayError error;
            error.projection = predicate.error();
            Q_EMIT findFailed(request, error);
            return;
        }
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        // Progress a few times a second is what a bar can show; a newer search or Cancel stops this one.
        const Replayer::Progress progress = [this, request, &sinceProgress](qint64 done, qint64 total) {
            if (sinceProgress.elapsed() >= 100) {
                sinceProgress.restart();
                Q_EMIT findProgress(request, done, total);
            }
            return request == m_service->m_latestFind.load();
        };
        auto found = source->replayer->findFirst(streamId, **predicate, fromCount, progress);
        if (!found) {
            Q_EMIT findFailed(request, found.error());
            return;
        }
        FindStateAnswer answer;
        answer.streamId = streamId;
        answer.expression = expression;
        answer.found = found->has_value();
        if (answer.found)
            answer.state = **found;
        Q_EMIT findDone(request, answer);
    }

private:
    static std::shared_ptr<const Json> parseState(const QByteArray& text)
    {
        auto parsed = Json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
        return parsed.is_discarded() ? nullptr : std::make_shared<const Json>(std::move(parsed));
    }

    static bool sameSpec(const ProjectionSpec& a, const ProjectionSpec& b)
    {
        return a.file == b.file && a.name == b.name && a.source == b.source;
    }

    // The applied event and what it changed: the previous state, then one step forward
    // (which continues the live state, so it costs one event).
    void describeChange(
        StateAnswer& answer, std::optional<QByteArray> previousJson, const Replayer::Progress& stillWanted)
    {
        auto event = m_store->readEvent(m_index->rowId(answer.state.position));
        if (event) {
            answer.event = std::move(event).value();
            answer.event.position = answer.state.position;
            answer.upcastEvent = m_current->projection->upcastEvent(answer.event).value_or(QByteArray());
        }
        const quint32 stream = m_index->stream(answer.state.position);
        const bool goBack = !previousJson; // by time or version: the previous state is not known yet
        if (goBack) {
            auto previous = m_current->replayer->stateAfter(stream, answer.state.count - 1, stillWanted);
            if (!previous)
                return;
            previousJson = std::move(previous->json);
        }
        if (answer.json) {
            const auto before = Json::parse(
                previousJson->constData(), previousJson->constData() + previousJson->size(), nullptr, false);
            if (!before.is_discarded())
                answer.change = std::make_shared<const DiffNode>(diffJson(before, *answer.json));
        }
        if (goBack)
            m_current->replayer->stateAfter(stream, answer.state.count, stillWanted); // back to the live state
    }

    // The last answer's state, if it is `count` events of `stream` by the current source.
    std::optional<QByteArray> remembered(quint32 stream, qint64 count) const
    {
        if (m_last.source == m_current && m_last.stream == stream && m_last.count == count)
            return m_last.json;
        return std::nullopt;
    }

public:
Q_SIGNALS:
    void done(quint64 request, const Chronoscope::StateAnswer& answer);
    void historyDone(quint64 request, const QString& pointer, const std::vector<Chronoscope::FieldChange>& changes);
    void historyFailed(quint64 request, const QString& pointer, const Chronoscope::ReplayError& error);
    void failed(quint64 request, const Chronoscope::ReplayError& error);
    void compareDone(quint64 request, const Chronoscope::CompareAnswer& answer);
    void compareFailed(quint64 request, const Chronoscope::ReplayError& error);
    void findProgress(quint64 request, qint64 done, qint64 total);
    void findDone(quint64 request, const Chronoscope::FindStateAnswer& answer);
    void findFailed(quint64 request, const Chronoscope::ReplayError& error);
    void sourceReady(const Chronoscope::ProjectionInfo& projection);
    void sourceFailed(const Chronoscope::ReplayError& error);

private:
    /// One loaded definition of the script (a file may define one per aggregate type).
    struct Source
    {
        ProjectionPtr projection;
        std::unique_ptr<Replayer> replayer;
    };

    /// One projection spec's loaded definitions: the active projection, or the other side of
    /// a projection comparison.
    struct SourceSet
    {
        ProjectionSpec spec;
        std::vector<std::unique_ptr<Source>> sources;
    };

    /// How far the idle warm-up has replayed the current stream.
    struct WarmUp
    {
        const Source* source = nullptr;
        quint32 stream = 0;
        qint64 upTo = 0;
    };
    static constexpr int kWarmUpDelayMs = 400;
    static constexpr qint64 kWarmUpChunk = 2048;

    /// The last answered state, so stepping forward needs one event of replay.
    struct Remembered
    {
        const Source* source = nullptr;
        quint32 stream = 0;
        qint64 count = -1;
        QByteArray json;
    };

    Source* addSource(SourceSet& set, ProjectionPtr projection)
    {
        auto source = std::make_unique<Source>();
        source->projection = std::move(projection);
        source->replayer = std::make_unique<Replayer>(*m_store, m_index, *source->projection, m_replayOptions);
        set.sources.push_back(std::move(source));
        return set.sources.back().get();
    }

    // The loaded definition that folds this stream, loading it on first use.
    Source* sourceFor(SourceSet& set, const QString& streamId)
    {
        const std::optional<quint32> stream = m_index->streams().find(streamId);
        const QString aggregateType
            = stream ? m_index->aggregateTypes().string(m_index->streamAggregateType(*stream)) : QString();
        for (const auto& source : set.sources) {
            if (source->projection->appliesTo(streamId, aggregateType))
                return source.get();
        }
        auto projection = loadProjection(set.spec, m_projectionOptions, streamId, aggregateType);
        m_loadError = ReplayError {};
        if (!projection) {
            m_loadError.projection = projection.error();
            return nullptr;
        }
        if (!(*projection)->appliesTo(streamId, aggregateType)) {
            m_loadError.message = QCoreApplication::translate(
                "Chronoscope::ReplayService", "projection %1 does not apply to stream '%2' (%3)")
                                      .arg((*projection)->info().displayName(), streamId, aggregateType);
            return nullptr;
        }
        return addSource(set, std::move(projection).value());
    }

    ReplayService* m_service;
    StorePtr m_store;
    IndexPtr m_index;
    ProjectionOptions m_projectionOptions;
    ReplayOptions m_replayOptions;
    SourceSet m_main;
    SourceSet m_other;
    ReplayError m_sourceError; ///< why there is no store or projection (answered to every request)
    Remembered m_last;
    WarmUp m_warm;
    QTimer* m_idle;
    Source* m_current = nullptr;
    ReplayError m_loadError;
};

ReplayService::ReplayService(QObject* parent)
    : QObject(parent)
    , m_worker(new ReplayWorker(this))
{
    qRegisterMetaType<StateResult>();
    qRegisterMetaType<StateAnswer>();
    qRegisterMetaType<CompareAnswer>();
    qRegisterMetaType<FindStateAnswer>();
    qRegisterMetaType<ReplayError>();
    qRegisterMetaType<ProjectionInfo>();
    qRegisterMetaType<std::vector<FieldChange>>();
    m_thread.setObjectName(QStringLiteral("chronoscope-replay"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Results cross back to our thread; stale ones are dropped on arrival.
    connect(m_worker, &ReplayWorker::done, this, [this](quint64 request, const StateAnswer& answer) {
        if (request == m_latest.load())
            Q_EMIT stateAvailable(request, answer);
    });
    connect(m_worker, &ReplayWorker::failed, this, [this](quint64 request, const ReplayError& error) {
        if (request == m_latest.load())
            Q_EMIT stateFailed(request, error);
    });
    connect(m_worker, &ReplayWorker::historyDone, this,
        [this](quint64 request, const QString& pointer, const std::vector<FieldChange>& changes) {
            if (request == m_latestHistory.load())
                Q_EMIT fieldHistoryAvailable(request, pointer, changes);
        });
    connect(m_worker, &ReplayWorker::historyFailed, this,
        [this](quint64 request, const QString& pointer, const ReplayError& error) {
            if (request == m_latestHistory.load())
                Q_EMIT fieldHistoryFailed(request, pointer, error);
        });
    connect(m_worker, &ReplayWorker::compareDone, this, [this](quint64 request, const CompareAnswer& answer) {
        if (request == m_latestCompare.load())
            Q_EMIT compareAvailable(request, answer);
    });
    connect(m_worker, &ReplayWorker::compareFailed, this, [this](quint64 request, const ReplayError& error) {
        if (request == m_latestCompare.load())
            Q_EMIT compareFailed(request, error);
    });
    connect(m_worker, &ReplayWorker::findProgress, this, [this](quint64 request, qint64 done, qint64 total) {
        if (request == m_latestFind.load())
            Q_EMIT findStateProgress(request, done, total);
    });
    connect(m_worker, &ReplayWorker::findDone, this, [this](quint64 request, const FindStateAnswer& answer) {
        if (request == m_latestFind.load())
            Q_EMIT findStateFinished(request, answer);
    });
    connect(m_worker, &ReplayWorker::findFailed, this, [this](quint64 request, const ReplayError& error) {
        if (request == m_latestFind.load())
            Q_EMIT findStateFailed(request, error);
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

void ReplayService::extendIndex(IndexPtr index)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, index = std::move(index)] { worker->extend(index); }, Qt::QueuedConnection);
}

quint64 ReplayService::post(const Request& what)
{
    const quint64 request = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, what] { worker->compute(request, what); }, Qt::QueuedConnection);
    return request;
}

quint64 ReplayService::requestState(const QString& streamId, qint64 version)
{
    Request what;
    what.streamId = streamId;
    what.version = version;
    return post(what);
}

quint64 ReplayService::requestStateAt(const QString& streamId, TimeUs time)
{
    Request what;
    what.streamId = streamId;
    what.time = time;
    return post(what);
}

quint64 ReplayService::requestStateAfter(quint32 stream, qint64 count)
{
    Request what;
    what.stream = stream;
    what.count = count;
    return post(what);
}

quint64 ReplayService::requestFieldHistory(const QString& streamId, const QString& pointer)
{
    const quint64 request = ++m_latestHistory;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, request, streamId, pointer] { worker->computeHistory(request, streamId, pointer); },
        Qt::QueuedConnection);
    return request;
}

quint64 ReplayService::requestCompare(const CompareRequest& what)
{
    const quint64 request = ++m_latestCompare;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, what] { worker->computeCompare(request, what); }, Qt::QueuedConnection);
    return request;
}

quint64 ReplayService::requestFindState(const QString& streamId, const QString& expression, qint64 fromCount)
{
    const quint64 request = ++m_latestFind;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, request, streamId, expression, fromCount] {
            worker->computeFind(request, streamId, expression, fromCount);
        },
        Qt::QueuedConnection);
    return request;
}

void ReplayService::clearSource()
{
    cancel();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->clear(); }, Qt::QueuedConnection);
}

void ReplayService::cancel()
{
    ++m_latest;
    ++m_latestHistory;
    ++m_latestCompare;
    ++m_latestFind;
}

} // namespace Chronoscope

#include "replayservice.moc"
