// SPDX-License-Identifier: MIT
#include "replayer.h"

#include "statepredicate.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::Replayer", text);
}

ReplayError cancelledError()
{
    return ReplayError::request(QCoreApplication::translate("Chronoscope::Replayer", "replay was cancelled"));
}

// The value at a JSON pointer, as compact JSON text; nullopt when the path does not exist.
std::optional<QByteArray> valueAt(const QByteArray& stateJson, const nlohmann::json::json_pointer& pointer)
{
    const auto state = nlohmann::ordered_json::parse(
        stateJson.constData(), stateJson.constData() + stateJson.size(), nullptr, false);
    if (state.is_discarded() || !state.contains(pointer))
        return std::nullopt;
    return QByteArray::fromStdString(state.at(pointer).dump());
}

} // namespace

ReplayError ReplayError::request(const QString& message)
{
    ReplayError error;
    error.message = message;
    return error;
}

QString ReplayError::toString() const
{
    if (store)
        return store->message();
    if (projection)
        return projection->toString();
    return message;
}

Replayer::Replayer(EventStore& store, IndexPtr index, Projection& projection, ReplayOptions options)
    : m_store(store)
    , m_index(std::move(index))
    , m_projection(projection)
    , m_options(options)
{
    m_options.checkpointEvery = std::max<qint64>(1, m_options.checkpointEvery);
    m_options.batchEvents = std::max(1, m_options.batchEvents);
    m_projection.setKeepGoing(m_options.keepGoing);
}

void Replayer::setIndex(IndexPtr index)
{
    m_index = std::move(index);
    m_storeWidePositions.clear();
    m_storeWideReady = false;
}

Expected<Replayer::Sequence, ReplayError> Replayer::streamSequence(const QString& streamId)
{
    const std::optional<quint32> stream = m_index->streams().find(streamId);
    if (!stream)
        return ReplayError::request(tr("%1: no stream '%2'").arg(m_store.source(), streamId));
    const QString aggregateType = m_index->aggregateTypes().string(m_index->streamAggregateType(*stream));
    if (!m_projection.info().perStream) {
        return ReplayError::request(
            tr("projection %1 keeps one state for the whole store; ask for a position instead of a stream")
                .arg(m_projection.info().displayName()));
    }
    if (!m_projection.appliesTo(streamId, aggregateType)) {
        return ReplayError::request(tr("projection %1 does not apply to stream '%2' (%3)")
                                        .arg(m_projection.info().displayName(), streamId, aggregateType));
    }
    return Sequence { *stream, m_index->streamPositions(*stream), streamId };
}

Replayer::Sequence Replayer::storeWideSequence()
{
    if (!m_storeWideReady) {
        // Which streams the projection reads is decided once per stream, not per event.
        std::vector<char> applies(m_index->streams().size());
        for (quint32 s = 0; s < m_index->streams().size(); ++s) {
            applies[s] = m_projection.appliesTo(
                m_index->streams().string(s), m_index->aggregateTypes().string(m_index->streamAggregateType(s)));
        }
        for (qint64 p = 0; p < m_index->size(); ++p) {
            if (applies[m_index->stream(p)])
                m_storeWidePositions.push_back(static_cast<qint32>(p));
        }
        m_storeWideReady = true;
    }
    return Sequence { kStoreWide, m_storeWidePositions, {} };
}

Expected<StateResult, ReplayError> Replayer::state(const QString& streamId, qint64 version, const Progress& progress)
{
    auto sequence = streamSequence(streamId);
    if (!sequence)
        return sequence.error();
    const auto positions = sequence->positions;
    if (version < 0)
        return ReplayError::request(tr("version %1 is not a version").arg(version));
    // Versions are usually 1..n in order, so version V is usually the V-th event; otherwise
    // (gaps, duplicates) count the events up to the last one whose version is ≤ V.
    qint64 count = 0;
    const auto n = static_cast<qint64>(positions.size());
    if (version > 0 && version <= n && m_index->version(positions[static_cast<std::size_t>(version - 1)]) == version
        && (version == n || m_index->version(positions[static_cast<std::size_t>(version)]) > version)) {
        count = version;
    } else {
        for (qint64 i = 0; i < n; ++i) {
            if (m_index->version(positions[static_cast<std::size_t>(i)]) <= version)
                count = i + 1;
        }
    }
    return fold(*sequence, count, progress);
}

Expected<StateResult, ReplayError> Replayer::stateAt(const QString& streamId, TimeUs time, const Progress& progress)
{
    auto sequence = streamSequence(streamId);
    if (!sequence)
        return sequence.error();
    qint64 count = 0;
    const auto positions = sequence->positions;
    for (qint64 i = static_cast<qint64>(positions.size()) - 1; i >= 0; --i) {
        const TimeUs t = m_index->timestamp(positions[static_cast<std::size_t>(i)]);
        if (t != kInvalidTime && t <= time) {
            count = i + 1;
            break;
        }
    }
    return fold(*sequence, count, progress);
}

Expected<StateResult, ReplayError> Replayer::stateAfter(quint32 stream, qint64 count, const Progress& progress)
{
    if (stream >= m_index->streams().size())
        return ReplayError::request(tr("no stream number %1").arg(stream));
    auto sequence = streamSequence(m_index->streams().string(stream));
    if (!sequence)
        return sequence.error();
    return fold(*sequence, std::clamp<qint64>(count, 0, static_cast<qint64>(sequence->positions.size())), progress);
}

Expected<StateResult, ReplayError> Replayer::stateAtPosition(qint64 position, const Progress& progress)
{
    if (m_projection.info().perStream) {
        return ReplayError::request(tr("projection %1 keeps a state per stream; ask for a stream and version")
                                        .arg(m_projection.info().displayName()));
    }
    const Sequence sequence = storeWideSequence();
    const auto end = std::upper_bound(sequence.positions.begin(), sequence.positions.end(), position);
    return fold(sequence, end - sequence.positions.begin(), progress);
}

const QByteArray* Replayer::findCheckpoint(quint32 key, qint64 count, qint64* found)
{
    const auto stream = m_checkpoints.find(key);
    if (stream == m_checkpoints.end())
        return nullptr;
    auto it = stream->second.upper_bound(count);
    if (it == stream->second.begin())
        return nullptr;
    --it;
    m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
    *found = it->first;
    return &it->second.state;
}

void Replayer::keepCheckpoint(quint32 key, qint64 count, const QByteArray& state)
{
    auto& stream = m_checkpoints[key];
    if (stream.count(count))
        return;
    m_lru.emplace_front(key, count);
    stream.emplace(count, Checkpoint { state, m_lru.begin() });
    m_checkpointBytes += state.size();
    while (m_checkpointBytes > m_options.checkpointBudgetBytes && m_lru.size() > 1) {
        const auto [oldKey, oldCount] = m_lru.back();
        auto& oldStream = m_checkpoints[oldKey];
        m_checkpointBytes -= oldStream[oldCount].state.size();
        oldStream.erase(oldCount);
        m_lru.pop_back();
    }
}

std::optional<ReplayError> Replayer::readEvents(std::span<const qint32> positions, std::vector<Event>& out)
{
    out.clear();
    std::vector<qint64> rowIds;
    rowIds.reserve(positions.size());
    for (qint32 position : positions)
        rowIds.push_back(m_index->rowId(position));
    // One batch per call: one query on a database store instead of one per event.
    auto events = m_store.readEvents(rowIds);
    if (!events) {
        ReplayError error;
        error.store = events.error();
        return error;
    }
    out = std::move(events).value();
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].position = positions[i];
    return std::nullopt;
}

StateResult Replayer::result(const Sequence& sequence, qint64 count, qint64 replayed)
{
    StateResult result;
    result.json = m_projection.state();
    result.streamId = sequence.streamId;
    result.count = count;
    result.projection = m_projection.info();
    result.replayed = replayed;
    if (const auto skipped = m_skipped.find(sequence.key); skipped != m_skipped.end()) {
        for (auto it = skipped->second.begin(); it != skipped->second.end() && it->first < count; ++it)
            result.skipped.push_back(it->second);
    }
    if (count > 0) {
        const qint32 last = sequence.positions[static_cast<std::size_t>(count - 1)];
        result.position = last;
        result.version = m_index->version(last);
        result.time = m_index->timestamp(last);
    }
    return result;
}

Expected<StateResult, ReplayError> Replayer::fold(const Sequence& sequence, qint64 count, const Progress& progress)
{
    const qint64 every = m_options.checkpointEvery;
    // Start from the nearest earlier checkpoint, or from the live state when it is closer.
    qint64 start = 0;
    qint64 checkpointAt = -1;
    const QByteArray* checkpoint = findCheckpoint(sequence.key, count, &checkpointAt);
    const bool continueLive
        = m_liveKey == sequence.key && m_liveCount >= 0 && m_liveCount <= count && m_liveCount >= checkpointAt;
    if (continueLive) {
        start = m_liveCount;
    } else {
        m_liveCount = -1;
        if (auto error = m_projection.reset(checkpoint ? std::optional<QByteArray>(*checkpoint) : std::nullopt)) {
            ReplayError replayError;
            replayError.projection = error;
            return replayError;
        }
        start = checkpoint ? checkpointAt : 0;
        if (!checkpoint)
            keepCheckpoint(sequence.key, 0, m_projection.state());
    }
    m_liveKey = sequence.key;

    std::vector<Event> events;
    qint64 done = start;
    while (done < count) {
        // Batches end on checkpoint boundaries so each boundary's state can be kept.
        const qint64 nextBoundary = (done / every + 1) * every;
        const qint64 end = std::min({ count, done + m_options.batchEvents, nextBoundary });
        if (auto error = readEvents(
                sequence.positions.subspan(static_cast<std::size_t>(done), static_cast<std::size_t>(end - done)),
                events)) {
            return *error;
        }
        if (auto error = m_projection.apply(events)) {
            m_liveCount = -1;
            ReplayError replayError;
            replayError.projection = error;
            return replayError;
        }
        if (m_options.keepGoing) {
            auto& skipped = m_skipped[sequence.key];
            for (ProjectionError& error : m_projection.takeSkippedErrors()) {
                const auto index = std::find(sequence.positions.begin(), sequence.positions.end(), error.position)
                    - sequence.positions.begin();
                skipped.emplace(index, std::move(error));
            }
        }
        done = end;
        m_liveCount = done;
        if (done % every == 0)
            keepCheckpoint(sequence.key, done, m_projection.state());
        if (progress && !progress(done - start, count - start)) {
            return cancelledError();
        }
    }
    m_liveCount = count;
    return result(sequence, count, count - start);
}

Expected<std::vector<FieldChange>, ReplayError> Replayer::blame(
    const QString& streamId, const QString& pointerText, const Progress& progress)
{
    nlohmann::json::json_pointer pointer;
    try {
        pointer = nlohmann::json::json_pointer(pointerText.toStdString());
    } catch (const nlohmann::json::exception&) {
        return ReplayError::request(tr("'%1' is not a JSON pointer (use /field/0/child)").arg(pointerText));
    }
    auto sequence = streamSequence(streamId);
    if (!sequence)
        return sequence.error();
    if (auto error = m_projection.reset(std::nullopt)) {
        ReplayError replayError;
        replayError.projection = error;
        return replayError;
    }
    m_liveCount = -1;

    std::vector<FieldChange> changes;
    std::optional<QByteArray> previous = valueAt(m_projection.state(), pointer);
    std::vector<Event> events;
    const auto total = static_cast<qint64>(sequence->positions.size());
    for (qint64 i = 0; i < total; ++i) {
        if (auto error = readEvents(sequence->positions.subspan(static_cast<std::size_t>(i), 1), events))
            return *error;
        if (auto error = m_projection.apply(events)) {
            ReplayError replayError;
            replayError.projection = error;
            return replayError;
        }
        std::optional<QByteArray> now = valueAt(m_projection.state(), pointer);
        if (now != previous) {
            const Event& event = events.front();
            changes.push_back({ event.position, event.version, event.timestamp, event.userId, event.type,
                previous.value_or(QByteArrayLiteral("null")), now.value_or(QByteArrayLiteral("null")),
                previous.has_value(), now.has_value() });
            previous = std::move(now);
        }
        if (progress && !progress(i + 1, total))
            return cancelledError();
    }
    return changes;
}

Expected<std::optional<StateResult>, ReplayError> Replayer::findFirst(
    const QString& streamId, StatePredicate& predicate, qint64 fromCount, const Progress& progress)
{
    auto sequence = streamSequence(streamId);
    if (!sequence)
        return sequence.error();
    const auto total = static_cast<qint64>(sequence->positions.size());
    fromCount = std::clamp<qint64>(fromCount, 0, total);
    // The state at fromCount comes from the checkpoints; from there one event at a time.
    auto start = fold(*sequence, fromCount, {});
    if (!start)
        return start.error();
    constexpr std::size_t kStatesPerCall = 64;
    std::vector<QByteArray> states { start->json };
    qint64 batchStart = fromCount;
    std::vector<Event> events;
    std::vector<Event> one(1);
    const qint64 every = m_options.checkpointEvery;
    auto test = [&]() -> Expected<qint64, ReplayError> {
        auto match = predicate.firstMatch(states, batchStart);
        if (!match) {
            ReplayError error;
            error.projection = match.error();
            return error;
        }
        return *match;
    };
    // The live state has moved past the match: back to it from the nearest checkpoint.
    auto foundAt = [&](qint64 count) -> Expected<std::optional<StateResult>, ReplayError> {
        auto found = fold(*sequence, count, {});
        if (!found)
            return found.error();
        return std::optional<StateResult>(std::move(found).value());
    };
    for (qint64 done = fromCount; done < total;) {
        const qint64 end = std::min(total, done + m_options.batchEvents);
        if (auto error = readEvents(
                sequence->positions.subspan(static_cast<std::size_t>(done), static_cast<std::size_t>(end - done)),
                events))
            return *error;
        for (Event& event : events) {
            one[0] = std::move(event);
            if (auto error = m_projection.apply(one)) {
                m_liveCount = -1;
                ReplayError replayError;
                replayError.projection = error;
                return replayError;
            }
            ++done;
            m_liveCount = done;
            QByteArray state = m_projection.state();
            if (done % every == 0)
                keepCheckpoint(sequence->key, done, state);
            states.push_back(std::move(state));
            if (states.size() == kStatesPerCall) {
                auto match = test();
                if (!match)
                    return match.error();
                if (*match >= 0)
                    return foundAt(batchStart + *match);
                batchStart += static_cast<qint64>(states.size());
                states.clear();
            }
        }
        if (progress && !progress(done - fromCount, total - fromCount))
            return cancelledError();
    }
    auto match = test();
    if (!match)
        return match.error();
    if (*match >= 0)
        return foundAt(batchStart + *match);
    return std::optional<StateResult>();
}

} // namespace Chronoscope
