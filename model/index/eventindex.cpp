// SPDX-License-Identifier: MIT
#include "eventindex.h"

#include <limits>

#include "hugepages.h"
#include "timestampparser.h"

#include <QCoreApplication>

#include <algorithm>

namespace Chronoscope {

namespace {

template<typename T> std::size_t bytes(const std::vector<T>& v)
{
    return v.capacity() * sizeof(T);
}

} // namespace

QString IndexProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::UnparseableTimestamp:
        return QStringLiteral("unparseable_timestamp");
    case Kind::MissingTimestamp:
        return QStringLiteral("missing_timestamp");
    case Kind::MissingStreamId:
        return QStringLiteral("missing_stream_id");
    case Kind::BadVersion:
        return QStringLiteral("bad_version");
    case Kind::TooManyEventTypes:
        return QStringLiteral("too_many_event_types");
    }
    return {};
}

QString IndexProblem::description() const
{
    auto tr = [](const char* text) { return QCoreApplication::translate("Chronoscope::IndexProblem", text); };
    switch (kind) {
    case Kind::UnparseableTimestamp:
        return tr("timestamp '%1' cannot be parsed").arg(raw);
    case Kind::MissingTimestamp:
        return tr("the event has no timestamp");
    case Kind::MissingStreamId:
        return tr("the event has no stream id");
    case Kind::BadVersion:
        return tr("version '%1' is not a whole number from 0 to 2147483647").arg(raw);
    case Kind::TooManyEventTypes:
        return tr("event type '%1' exceeds the limit of 65535 distinct types").arg(raw);
    }
    return {};
}

void IndexColumns::reserve(std::size_t events)
{
    auto reserveColumn = [events](auto& column) {
        column.reserve(events);
        adviseHugePages(column);
    };
    reserveColumn(timestamps);
    reserveColumn(streams);
    reserveColumn(versions);
    reserveColumn(types);
    reserveColumn(schemaVersions);
    reserveColumn(users);
    reserveColumn(correlations);
    reserveColumn(causations);
}

IndexColumns IndexColumns::copyWithRoom(std::size_t extra) const
{
    IndexColumns copy;
    copy.reserve(timestamps.size() + extra);
    auto append = [](auto& to, const auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    append(copy.timestamps, timestamps);
    append(copy.streams, streams);
    append(copy.versions, versions);
    append(copy.types, types);
    append(copy.schemaVersions, schemaVersions);
    append(copy.users, users);
    append(copy.correlations, correlations);
    append(copy.causations, causations);
    if (!rowIds.empty()) {
        copy.rowIds.reserve(rowIds.size() + extra);
        adviseHugePages(copy.rowIds);
        append(copy.rowIds, rowIds);
    }
    copy.firstRowId = firstRowId;
    copy.streamNames = streamNames;
    copy.streamAggregateTypes = streamAggregateTypes;
    copy.aggregateTypeNames = aggregateTypeNames;
    copy.typeNames = typeNames;
    copy.userNames = userNames;
    copy.problems = problems;
    return copy;
}

void IndexColumns::shrinkToFit()
{
    timestamps.shrink_to_fit();
    streams.shrink_to_fit();
    versions.shrink_to_fit();
    types.shrink_to_fit();
    schemaVersions.shrink_to_fit();
    users.shrink_to_fit();
    correlations.shrink_to_fit();
    causations.shrink_to_fit();
    rowIds.shrink_to_fit();
    streamAggregateTypes.shrink_to_fit();
}

std::size_t IndexColumns::memoryUsage() const
{
    return bytes(timestamps) + bytes(streams) + bytes(versions) + bytes(types) + bytes(schemaVersions) + bytes(users)
        + bytes(correlations) + bytes(causations) + bytes(rowIds) + bytes(streamAggregateTypes)
        + streamNames.memoryUsage() + aggregateTypeNames.memoryUsage() + typeNames.memoryUsage()
        + userNames.memoryUsage() + bytes(problems);
}

EventIndex::EventIndex(IndexColumns columns)
    : m_columns(std::move(columns))
{
    // Per-stream position lists as one counting sort (CSR): O(N), 4 bytes per event, and
    // positions come out ascending within each stream because the scan is in order.
    const std::size_t streamCount = m_columns.streamNames.size();
    m_streamOffsets.assign(streamCount + 1, 0);
    for (quint32 stream : m_columns.streams)
        ++m_streamOffsets[stream + 1];
    for (std::size_t s = 0; s < streamCount; ++s)
        m_streamOffsets[s + 1] += m_streamOffsets[s];
    m_streamPositions.reserve(m_columns.streams.size());
    adviseHugePages(m_streamPositions);
    m_streamPositions.resize(m_columns.streams.size());
    std::vector<std::size_t> cursor(m_streamOffsets.begin(), m_streamOffsets.end() - 1);
    for (std::size_t position = 0; position < m_columns.streams.size(); ++position)
        m_streamPositions[cursor[m_columns.streams[position]]++] = static_cast<qint32>(position);

    m_typeCounts.assign(m_columns.typeNames.size(), 0);
    for (quint16 type : m_columns.types)
        ++m_typeCounts[type];

    TimeUs previous = std::numeric_limits<TimeUs>::min();
    for (TimeUs time : m_columns.timestamps)
        noteTime(time, previous);
}

EventIndex::EventIndex(IndexColumns columns, const EventIndex& previous)
    : m_columns(std::move(columns))
    , m_typeCounts(previous.m_typeCounts)
    , m_firstTime(previous.m_firstTime)
    , m_timesAscending(previous.m_timesAscending)
    , m_lastTime(previous.m_lastTime)
{
    const auto before = static_cast<std::size_t>(previous.size());
    const std::size_t after = m_columns.streams.size();
    Q_ASSERT(after >= before && m_columns.streamNames.size() >= previous.streams().size());

    // Per-stream lists: each stream's old list, then its appended positions (ascending, as
    // they come in store order). New streams start empty.
    const std::size_t streamCount = m_columns.streamNames.size();
    std::vector<std::size_t> added(streamCount, 0);
    for (std::size_t position = before; position < after; ++position)
        ++added[m_columns.streams[position]];
    m_streamOffsets.assign(streamCount + 1, 0);
    const std::size_t oldStreams = previous.m_streamOffsets.size() - 1;
    for (std::size_t s = 0; s < streamCount; ++s) {
        const std::size_t old = s < oldStreams ? previous.m_streamOffsets[s + 1] - previous.m_streamOffsets[s] : 0;
        m_streamOffsets[s + 1] = m_streamOffsets[s] + old + added[s];
    }
    m_streamPositions.reserve(after);
    adviseHugePages(m_streamPositions);
    m_streamPositions.resize(after);
    std::vector<std::size_t> cursor(streamCount);
    for (std::size_t s = 0; s < streamCount; ++s) {
        cursor[s] = m_streamOffsets[s];
        if (s < oldStreams) {
            const auto first
                = previous.m_streamPositions.begin() + static_cast<std::ptrdiff_t>(previous.m_streamOffsets[s]);
            const auto last
                = previous.m_streamPositions.begin() + static_cast<std::ptrdiff_t>(previous.m_streamOffsets[s + 1]);
            std::copy(first, last, m_streamPositions.begin() + static_cast<std::ptrdiff_t>(cursor[s]));
            cursor[s] += previous.m_streamOffsets[s + 1] - previous.m_streamOffsets[s];
        }
    }
    for (std::size_t position = before; position < after; ++position)
        m_streamPositions[cursor[m_columns.streams[position]]++] = static_cast<qint32>(position);

    m_typeCounts.resize(m_columns.typeNames.size(), 0);
    for (std::size_t position = before; position < after; ++position)
        ++m_typeCounts[m_columns.types[position]];

    TimeUs last = before > 0 ? m_columns.timestamps[before - 1] : std::numeric_limits<TimeUs>::min();
    for (std::size_t position = before; position < after; ++position)
        noteTime(m_columns.timestamps[position], last);
}

void EventIndex::noteTime(TimeUs time, TimeUs& previous)
{
    // kInvalidTime is the smallest value, so an unparseable time also breaks the order.
    m_timesAscending = m_timesAscending && time >= previous;
    previous = time;
    if (time == kInvalidTime)
        return;
    if (m_firstTime == kInvalidTime || time < m_firstTime)
        m_firstTime = time;
    if (m_lastTime == kInvalidTime || time > m_lastTime)
        m_lastTime = time;
}

qint64 EventIndex::positionOfRowId(qint64 rowId) const
{
    if (m_columns.rowIds.empty()) {
        const qint64 position = rowId - m_columns.firstRowId;
        return position >= 0 && position < size() ? position : -1;
    }
    const auto it = std::lower_bound(m_columns.rowIds.begin(), m_columns.rowIds.end(), rowId);
    return it != m_columns.rowIds.end() && *it == rowId ? it - m_columns.rowIds.begin() : -1;
}

std::size_t EventIndex::memoryUsage() const
{
    return m_columns.memoryUsage() + bytes(m_streamOffsets) + bytes(m_streamPositions) + bytes(m_typeCounts);
}

Event EventIndex::event(qint64 position) const
{
    Event event;
    event.position = position;
    const quint32 s = stream(position);
    event.streamId = streams().string(s);
    event.aggregateType = aggregateTypes().string(streamAggregateType(s));
    event.version = version(position);
    event.type = types().string(type(position));
    event.schemaVersion = schemaVersion(position);
    event.timestamp = timestamp(position);
    event.userId = users().string(user(position));
    return event;
}

} // namespace Chronoscope
