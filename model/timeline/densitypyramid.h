// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"
#include "timelinegeometry.h"
#include "timelinelanes.h"

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace Chronoscope {

/// Per position: the worst finding severity (TimelineSeverity values), shared read-only.
using SeverityColumn = std::shared_ptr<const std::vector<quint8>>;

/// What to build a pyramid of.
struct PyramidRequest
{
    IndexPtr index;
    TimelineGrouping grouping = TimelineGrouping::Stream;
    TimelineAxis axis = TimelineAxis::Time;
    SeverityColumn severities; ///< may be null (no findings yet) or shorter than the index
    qint64 onlyStream = -1; ///< >= 0: one lane holding this stream's events (the pinned lane)
};

/// The timeline's lanes and their multi-resolution counts: everything a frame needs, so
/// that painting costs O(pixels × log events) whatever the store's size (DESIGN.md
/// "Timeline").
///
/// Each lane's events are kept sorted by axis coordinate (time or position), so a visible
/// range is found by binary search. Over a shared grid of buckets 2^shift units wide
/// (origin bounds().from), each lane stores levels of counts (and worst severity) from a
/// finest level holding about four events per bucket up to a single bucket; each level
/// halves the one below. A frame sums a level's buckets into pixel columns, or counts
/// events exactly once few are visible. Memory: about 4 bytes per event for the order plus
/// about 2 for the counts (and 0.5 for severities when set).
///
/// Immutable once built; any thread may read it. Keeps its index alive.
class DensityPyramid
{
public:
    struct Lane
    {
        quint32 key = 0; ///< stream, aggregate type, event type or user id
        qint64 count = 0;
        qint64 first = 0; ///< smallest coordinate
        qint64 last = 0; ///< largest coordinate
        qint64 offset = 0; ///< into the event order
        qint64 bucketOffset = 0; ///< the lane's first bucket (of its finest level)
        qint8 finestShift = 0; ///< levels go from this shift up to the level of one bucket
    };
    struct Level
    {
        int shift = 0; ///< buckets are 2^shift units wide
        qint64 base = 0; ///< grid index of the first bucket
        qint64 size = 0; ///< buckets
        qint64 offset = 0; ///< into the bucket arrays
    };
    /// Pixel columns of one lane: events per column and the worst severity in each.
    struct Columns
    {
        std::vector<quint32> counts;
        std::vector<quint8> severities;
        qint64 visibleEvents = 0;
        bool exact = false; ///< counted event by event (few visible), not from buckets
    };

    /// Builds on the calling thread (meant for a worker). Returns null when `isCanceled`
    /// answers true (checked every million events) or the request has no index.
    static std::shared_ptr<const DensityPyramid> build(
        const PyramidRequest& request, const std::function<bool()>& isCanceled = {});

    const IndexPtr& index() const { return m_index; }
    TimelineGrouping grouping() const { return m_grouping; }
    TimelineAxis axis() const { return m_axis; }
    qint64 onlyStream() const { return m_onlyStream; }
    const SeverityColumn& severities() const { return m_severities; }
    /// [smallest, largest + 1) coordinate of all events; invalid when there are none.
    AxisRange bounds() const { return m_bounds; }
    qint64 eventCount() const { return qint64(m_order.size()); }

    /// Lanes, busiest first (ties by key).
    int laneCount() const { return int(m_lanes.size()); }
    const Lane& lane(int lane) const { return m_lanes[std::size_t(lane)]; }
    /// The lane of a key, or -1 when it has no events.
    int laneOfKey(quint32 key) const;
    QString laneName(int lane) const;

    /// A lane's event positions in coordinate order.
    std::span<const qint32> events(int lane) const
    {
        return { m_order.data() + m_lanes[std::size_t(lane)].offset, std::size_t(m_lanes[std::size_t(lane)].count) };
    }
    /// The axis coordinate of an event: its timestamp or its position.
    qint64 coordinate(qint64 position) const
    {
        return m_axis == TimelineAxis::Time ? m_index->timestamp(position) : position;
    }
    /// Indices into events(lane) of the events within `range`: [first, second).
    std::pair<qint64, qint64> find(int lane, AxisRange range) const;
    /// The event of `lane` nearest to `coordinate` within `maxDistance` units, or -1.
    qint64 nearest(int lane, qint64 coordinate, qint64 maxDistance) const;
    /// Counts for `columnCount` columns, column i covering [start + i·width, start + (i+1)·width).
    Columns columns(int lane, double start, double width, int columnCount) const;

    /// The whole store in fixed bins over bounds(), for an overview strip.
    const std::vector<quint32>& overview() const { return m_overview; }
    const std::vector<quint8>& overviewSeverities() const { return m_overviewSeverities; }

    quint8 severity(qint64 position) const
    {
        return m_severities && position < qint64(m_severities->size()) ? (*m_severities)[std::size_t(position)] : 0;
    }

    /// The first position by which the store reached `time` (timestamps need not be sorted:
    /// this follows their running maximum). index size when no event is that late.
    qint64 positionAtTime(TimeUs time) const;
    /// The running maximum of the timestamps up to `position`: a time that never goes back.
    TimeUs timeAtPosition(qint64 position) const;

    /// Levels of a lane, finest first (derived from the lane: nothing stored per level).
    std::vector<Level> levels(int lane) const;
    std::span<const quint32> bucketCounts(const Level& level) const
    {
        return { m_counts.data() + level.offset, std::size_t(level.size) };
    }
    std::span<const quint8> bucketSeverities(const Level& level) const;

    /// Bytes held beyond the index.
    std::size_t memoryUsage() const;

private:
    class Builder;
    void fillColumnsExact(int lane, std::pair<qint64, qint64> found, double start, double width, Columns& out) const;
    void fillColumnsBySearch(int lane, std::pair<qint64, qint64> found, double start, double width, Columns& out) const;
    void fillColumnsFromLevel(const Level& level, double start, double width, Columns& out) const;

    IndexPtr m_index;
    TimelineGrouping m_grouping = TimelineGrouping::Stream;
    TimelineAxis m_axis = TimelineAxis::Time;
    qint64 m_onlyStream = -1;
    SeverityColumn m_severities;
    AxisRange m_bounds;
    std::vector<Lane> m_lanes;
    std::vector<int> m_laneOfKey;
    std::vector<qint32> m_order;
    std::vector<quint32> m_counts;
    std::vector<quint8> m_bucketSeverities; ///< empty without severities
    std::vector<quint32> m_overview;
    std::vector<quint8> m_overviewSeverities;
    std::vector<TimeUs> m_blockMaxTime; ///< running maximum timestamp at the end of each block
};

using PyramidPtr = std::shared_ptr<const DensityPyramid>;

} // namespace Chronoscope
