// SPDX-License-Identifier: MIT
#pragma once

#include "store/event.h"
#include "stringpool.h"

#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace Chronoscope {

/// Something in a row the index could not take as it is. Loading goes on.
struct IndexProblem
{
    enum class Kind : quint8
    {
        UnparseableTimestamp,
        MissingTimestamp,
        MissingStreamId,
        BadVersion,
        TooManyEventTypes,
    };
    qint64 position = -1;
    Kind kind = Kind::UnparseableTimestamp;
    QString raw; ///< the stored value, as text

    /// One sentence for people, e.g. "timestamp 'yesterday' cannot be parsed".
    QString description() const;
    static QString kindName(Kind kind);
};

/// Causation column values besides a position.
inline constexpr qint32 kNoCausation = -1; ///< the event names no cause
inline constexpr qint32 kDanglingCausation = -2; ///< it names an id no indexed event has

/// The columns of the index, one entry per event in store order (position 0..N-1).
/// Filled by IndexBuilder, persisted by IndexCache, wrapped read-only by EventIndex.
struct IndexColumns
{
    std::vector<TimeUs> timestamps; ///< kInvalidTime where unparseable
    std::vector<quint32> streams; ///< ids in `streamNames`
    std::vector<qint32> versions;
    std::vector<quint16> types; ///< ids in `typeNames`
    std::vector<quint8> schemaVersions; ///< clamped to 0..255
    std::vector<quint32> users; ///< ids in `userNames`; "" (no user) is an id too
    std::vector<qint32> correlations; ///< position of the group's first event, -1 for none
    std::vector<qint32> causations; ///< position of the cause, kNoCausation or kDanglingCausation
    /// Row ids, only once they stop being firstRowId + position (stores with deleted rows).
    std::vector<qint64> rowIds;
    qint64 firstRowId = 1;

    StringPool streamNames;
    std::vector<quint32> streamAggregateTypes; ///< per stream: id in `aggregateTypeNames`
    StringPool aggregateTypeNames;
    StringPool typeNames;
    StringPool userNames;
    std::vector<IndexProblem> problems; ///< ordered by position

    qint64 size() const { return static_cast<qint64>(timestamps.size()); }
    qint64 rowId(qint64 position) const
    {
        return rowIds.empty() ? firstRowId + position : rowIds[static_cast<std::size_t>(position)];
    }
    void reserve(std::size_t events);
    /// A copy with room for `extra` more events in every column, so appending to it does
    /// not reallocate (live follow copies the latest snapshot's columns once per batch).
    IndexColumns copyWithRoom(std::size_t extra) const;
    void shrinkToFit();
    std::size_t memoryUsage() const;
};

/// An immutable, shareable index of every event of a store (DESIGN.md "Index").
/// Built off the GUI thread; once published it never changes, so any thread may read it.
class EventIndex
{
public:
    explicit EventIndex(IndexColumns columns);
    /// Live follow: `columns` are `previous`'s with events appended (the same positions,
    /// streams and types keep their ids). The per-stream lists, type counts and time bounds
    /// are extended from `previous` instead of recomputed: O(appended + streams) work plus
    /// one copy of the per-stream lists, instead of a counting sort over every event.
    EventIndex(IndexColumns columns, const EventIndex& previous);

    qint64 size() const { return m_columns.size(); }
    bool isEmpty() const { return size() == 0; }

    TimeUs timestamp(qint64 position) const { return m_columns.timestamps[idx(position)]; }
    quint32 stream(qint64 position) const { return m_columns.streams[idx(position)]; }
    qint32 version(qint64 position) const { return m_columns.versions[idx(position)]; }
    quint16 type(qint64 position) const { return m_columns.types[idx(position)]; }
    int schemaVersion(qint64 position) const { return m_columns.schemaVersions[idx(position)]; }
    quint32 user(qint64 position) const { return m_columns.users[idx(position)]; }
    /// Position of the first event of this event's correlation group; -1 when it has none.
    qint32 correlationRoot(qint64 position) const { return m_columns.correlations[idx(position)]; }
    qint32 causation(qint64 position) const { return m_columns.causations[idx(position)]; }
    qint64 rowId(qint64 position) const { return m_columns.rowId(position); }
    /// The position of a row id, or -1.
    qint64 positionOfRowId(qint64 rowId) const;

    const StringPool& streams() const { return m_columns.streamNames; }
    const StringPool& aggregateTypes() const { return m_columns.aggregateTypeNames; }
    const StringPool& types() const { return m_columns.typeNames; }
    const StringPool& users() const { return m_columns.userNames; }
    quint32 streamAggregateType(quint32 stream) const { return m_columns.streamAggregateTypes[stream]; }

    /// Positions of a stream's events, ascending.
    std::span<const qint32> streamPositions(quint32 stream) const
    {
        return { m_streamPositions.data() + m_streamOffsets[stream],
            m_streamOffsets[stream + 1] - m_streamOffsets[stream] };
    }
    /// Events per event type (index = type id).
    const std::vector<qint64>& typeCounts() const { return m_typeCounts; }

    const std::vector<IndexProblem>& problems() const { return m_columns.problems; }
    /// Earliest and latest valid timestamps; kInvalidTime when there are none.
    TimeUs firstTime() const { return m_firstTime; }
    /// Whether timestamps never go back in position order (then a time range is a slice
    /// found by binary search). Computed with the index, on the thread that builds it.
    bool timesAscending() const { return m_timesAscending; }
    TimeUs lastTime() const { return m_lastTime; }

    /// Bytes held by the index (columns, string pools, per-stream lists).
    std::size_t memoryUsage() const;

    const IndexColumns& columns() const { return m_columns; }

    /// An Event with every indexed field filled in (no payload), for tables and the command line.
    Event event(qint64 position) const;

private:
    static std::size_t idx(qint64 position) { return static_cast<std::size_t>(position); }
    /// Folds one timestamp (in position order) into the time bounds and the order flag.
    void noteTime(TimeUs time, TimeUs& previous);

    IndexColumns m_columns;
    std::vector<std::size_t> m_streamOffsets; ///< CSR: stream s owns [offsets[s], offsets[s+1])
    std::vector<qint32> m_streamPositions;
    std::vector<qint64> m_typeCounts;
    TimeUs m_firstTime = kInvalidTime;
    bool m_timesAscending = true;
    TimeUs m_lastTime = kInvalidTime;
};

using IndexPtr = std::shared_ptr<const EventIndex>;

} // namespace Chronoscope
