// SPDX-License-Identifier: MIT
#include "densitypyramid.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Chronoscope {

namespace {

constexpr qint64 kCancelCheck = 1 << 20;
constexpr int kOverviewBins = 2048;
constexpr qint64 kBlock = 64; ///< positions per running-maximum sample
constexpr qint64 kEventsPerFinestBucket = 4;

qint64 bucketsAt(qint64 first, qint64 last, int shift)
{
    return (last >> shift) - (first >> shift) + 1;
}

} // namespace

/// The steps of build(), each on the pyramid being made.
class DensityPyramid::Builder
{
public:
    Builder(DensityPyramid& p, const PyramidRequest& request, const std::function<bool()>& isCanceled)
        : m_p(p)
        , m_request(request)
        , m_index(*request.index)
        , m_isCanceled(isCanceled)
    { }

    bool run() { return order() && sortLanes() && makeLanes() && fillLevels() && fillBlockMaxima(); }

private:
    bool canceled() const { return m_isCanceled && m_isCanceled(); }
    bool included(qint64 position) const
    {
        return m_p.m_axis == TimelineAxis::Position || m_index.timestamp(position) != kInvalidTime;
    }

    // Lane by lane, positions ascending: a counting sort on the lane key.
    bool order()
    {
        const qint64 n = m_index.size();
        if (m_request.onlyStream >= 0) {
            m_keyCount = quint32(m_request.onlyStream) + 1;
            m_keyOffsets.assign(m_keyCount + 1, 0);
            if (m_request.onlyStream >= m_index.streams().size())
                return true;
            for (const qint32 position : m_index.streamPositions(quint32(m_request.onlyStream))) {
                if (included(position))
                    m_p.m_order.push_back(position);
            }
            m_keyOffsets.back() = qint64(m_p.m_order.size());
            m_keyOffsets[m_keyCount - 1] = 0;
            return true;
        }
        m_keyCount = TimelineLanes::keyCount(m_index, m_p.m_grouping);
        std::vector<qint64> counts(m_keyCount + 1, 0);
        for (qint64 position = 0; position < n; ++position) {
            if (position % kCancelCheck == 0 && canceled())
                return false;
            if (included(position))
                ++counts[TimelineLanes::keyOf(m_index, m_p.m_grouping, position) + 1];
        }
        std::partial_sum(counts.begin(), counts.end(), counts.begin());
        m_keyOffsets = counts;
        m_p.m_order.resize(std::size_t(counts.back()));
        for (qint64 position = 0; position < n; ++position) {
            if (position % kCancelCheck == 0 && canceled())
                return false;
            if (included(position)) {
                const quint32 key = TimelineLanes::keyOf(m_index, m_p.m_grouping, position);
                m_p.m_order[std::size_t(counts[key]++)] = qint32(position);
            }
        }
        return true;
    }

    // Time mode: most stores append in time order, so lanes are usually sorted already.
    bool sortLanes()
    {
        if (m_p.m_axis != TimelineAxis::Time)
            return true;
        const auto byTime = [this](qint32 a, qint32 b) { return m_index.timestamp(a) < m_index.timestamp(b); };
        qint64 checked = 0;
        for (quint32 key = 0; key < m_keyCount; ++key) {
            auto begin = m_p.m_order.begin() + m_keyOffsets[key];
            auto end = m_p.m_order.begin() + m_keyOffsets[key + 1];
            if (!std::is_sorted(begin, end, byTime))
                std::stable_sort(begin, end, byTime);
            checked += end - begin;
            if (checked >= kCancelCheck) {
                checked = 0;
                if (canceled())
                    return false;
            }
        }
        return true;
    }

    bool makeLanes()
    {
        qint64 lowest = std::numeric_limits<qint64>::max();
        qint64 highest = std::numeric_limits<qint64>::min();
        for (quint32 key = 0; key < m_keyCount; ++key) {
            const qint64 count = m_keyOffsets[key + 1] - m_keyOffsets[key];
            if (count == 0)
                continue;
            Lane lane;
            lane.key = key;
            lane.count = count;
            lane.offset = m_keyOffsets[key];
            lane.first = m_p.coordinate(m_p.m_order[std::size_t(lane.offset)]);
            lane.last = m_p.coordinate(m_p.m_order[std::size_t(lane.offset + count - 1)]);
            lowest = std::min(lowest, lane.first);
            highest = std::max(highest, lane.last);
            m_p.m_lanes.push_back(lane);
        }
        if (m_p.m_lanes.empty())
            return true;
        m_p.m_bounds = { lowest, highest + 1 };
        std::sort(m_p.m_lanes.begin(), m_p.m_lanes.end(),
            [](const Lane& a, const Lane& b) { return a.count != b.count ? a.count > b.count : a.key < b.key; });
        m_p.m_laneOfKey.assign(m_keyCount, -1);
        for (int i = 0; i < m_p.laneCount(); ++i)
            m_p.m_laneOfKey[m_p.m_lanes[std::size_t(i)].key] = i;

        // Levels from about kEventsPerFinestBucket events per bucket up to one bucket.
        qint64 buckets = 0;
        for (Lane& lane : m_p.m_lanes) {
            const qint64 first = lane.first - lowest;
            const qint64 last = lane.last - lowest;
            const qint64 target = std::max<qint64>(1, lane.count / kEventsPerFinestBucket);
            int shift = 0;
            while (bucketsAt(first, last, shift) > target)
                ++shift;
            lane.finestShift = qint8(shift);
            lane.bucketOffset = buckets;
            for (;; ++shift) {
                const qint64 size = bucketsAt(first, last, shift);
                buckets += size;
                if (size == 1)
                    break;
            }
        }
        m_p.m_counts.assign(std::size_t(buckets), 0);
        if (m_request.severities)
            m_p.m_bucketSeverities.assign(std::size_t(buckets), 0);
        return true;
    }

    bool fillLevels()
    {
        const qint64 origin = m_p.m_bounds.from;
        const bool withSeverity = !m_p.m_bucketSeverities.empty();
        m_p.m_overview.assign(m_p.m_lanes.empty() ? 0 : kOverviewBins, 0);
        m_p.m_overviewSeverities.assign(withSeverity ? m_p.m_overview.size() : 0, 0);
        const qint64 span = m_p.m_bounds.span();
        qint64 done = 0;
        for (const Lane& lane : m_p.m_lanes) {
            const std::vector<Level> levels = m_p.levels(int(&lane - m_p.m_lanes.data()));
            const Level& finest = levels.front();
            quint32* counts = m_p.m_counts.data() + finest.offset;
            quint8* severities = withSeverity ? m_p.m_bucketSeverities.data() + finest.offset : nullptr;
            for (const qint32 position : m_p.events(int(&lane - m_p.m_lanes.data()))) {
                const qint64 offset = m_p.coordinate(position) - origin;
                const qint64 bucket = (offset >> finest.shift) - finest.base;
                ++counts[bucket];
                const auto bin = std::size_t(std::min<qint64>(kOverviewBins - 1,
                    qint64(static_cast<long double>(offset) * kOverviewBins / static_cast<long double>(span))));
                ++m_p.m_overview[bin];
                if (severities) {
                    const quint8 severity = m_p.severity(position);
                    severities[bucket] = std::max(severities[bucket], severity);
                    m_p.m_overviewSeverities[bin] = std::max(m_p.m_overviewSeverities[bin], severity);
                }
            }
            for (std::size_t l = 1; l < levels.size(); ++l)
                mergeLevel(levels[l - 1], levels[l]);
            done += lane.count;
            if (done >= kCancelCheck) {
                done = 0;
                if (canceled())
                    return false;
            }
        }
        return true;
    }

    void mergeLevel(const Level& fine, const Level& coarse)
    {
        const bool withSeverity = !m_p.m_bucketSeverities.empty();
        for (qint64 i = 0; i < fine.size; ++i) {
            const qint64 target = coarse.offset + ((fine.base + i) >> 1) - coarse.base;
            m_p.m_counts[std::size_t(target)] += m_p.m_counts[std::size_t(fine.offset + i)];
            if (withSeverity) {
                quint8& worst = m_p.m_bucketSeverities[std::size_t(target)];
                worst = std::max(worst, m_p.m_bucketSeverities[std::size_t(fine.offset + i)]);
            }
        }
    }

    bool fillBlockMaxima()
    {
        const qint64 n = m_index.size();
        m_p.m_blockMaxTime.resize(std::size_t((n + kBlock - 1) / kBlock));
        TimeUs running = kInvalidTime;
        const std::vector<TimeUs>& times = m_index.columns().timestamps;
        for (qint64 position = 0; position < n; ++position) {
            running = std::max(running, times[std::size_t(position)]);
            if (position % kBlock == kBlock - 1 || position == n - 1)
                m_p.m_blockMaxTime[std::size_t(position / kBlock)] = running;
        }
        return !canceled();
    }

    DensityPyramid& m_p;
    const PyramidRequest& m_request;
    const EventIndex& m_index;
    const std::function<bool()>& m_isCanceled;
    quint32 m_keyCount = 0;
    std::vector<qint64> m_keyOffsets;
};

std::shared_ptr<const DensityPyramid> DensityPyramid::build(
    const PyramidRequest& request, const std::function<bool()>& isCanceled)
{
    if (!request.index)
        return nullptr;
    auto pyramid = std::make_shared<DensityPyramid>();
    pyramid->m_index = request.index;
    pyramid->m_grouping = request.grouping;
    pyramid->m_axis = request.axis;
    pyramid->m_onlyStream = request.onlyStream;
    pyramid->m_severities = request.severities;
    Builder builder(*pyramid, request, isCanceled);
    if (!builder.run())
        return nullptr;
    return pyramid;
}

int DensityPyramid::laneOfKey(quint32 key) const
{
    return key < m_laneOfKey.size() ? m_laneOfKey[key] : -1;
}

QString DensityPyramid::laneName(int lane) const
{
    const TimelineGrouping grouping = m_onlyStream >= 0 ? TimelineGrouping::Stream : m_grouping;
    return TimelineLanes::name(*m_index, grouping, m_lanes[std::size_t(lane)].key);
}

std::pair<qint64, qint64> DensityPyramid::find(int lane, AxisRange range) const
{
    const std::span<const qint32> positions = events(lane);
    const auto before = [this](qint32 position, qint64 value) { return coordinate(position) < value; };
    const auto first = std::lower_bound(positions.begin(), positions.end(), range.from, before);
    const auto last = std::lower_bound(first, positions.end(), range.to, before);
    return { first - positions.begin(), last - positions.begin() };
}

qint64 DensityPyramid::nearest(int lane, qint64 coordinate, qint64 maxDistance) const
{
    const std::span<const qint32> positions = events(lane);
    const qint64 at = find(lane, { coordinate, coordinate }).first;
    qint64 best = -1;
    qint64 bestDistance = maxDistance + 1;
    for (qint64 i : { at - 1, at }) {
        if (i < 0 || i >= qint64(positions.size()))
            continue;
        const qint64 distance = std::abs(this->coordinate(positions[std::size_t(i)]) - coordinate);
        if (distance < bestDistance) {
            best = positions[std::size_t(i)];
            bestDistance = distance;
        }
    }
    return best;
}

DensityPyramid::Columns DensityPyramid::columns(int lane, double start, double width, int columnCount) const
{
    Columns out;
    out.counts.assign(std::size_t(std::max(0, columnCount)), 0);
    out.severities.assign(out.counts.size(), 0);
    if (columnCount <= 0 || width <= 0)
        return out;
    const double end = start + width * columnCount;
    const auto found = find(lane, { qint64(std::ceil(start)), qint64(std::ceil(end)) });
    out.visibleEvents = found.second - found.first;
    if (out.visibleEvents == 0)
        return out;
    if (out.visibleEvents <= 2 * qint64(columnCount)) {
        fillColumnsExact(lane, found, start, width, out);
        return out;
    }
    // The coarsest level with buckets at most a quarter of a column (summing at most about
    // eight per column), else the finest if still within a column.
    const std::vector<Level> all = levels(lane);
    const Level* chosen = nullptr;
    for (const Level& level : all) {
        if (std::ldexp(1.0, level.shift) <= width / 4)
            chosen = &level;
    }
    if (!chosen && std::ldexp(1.0, all.front().shift) <= width)
        chosen = &all.front();
    if (chosen)
        fillColumnsFromLevel(*chosen, start, width, out);
    else
        fillColumnsBySearch(lane, found, start, width, out);
    return out;
}

void DensityPyramid::fillColumnsExact(
    int lane, std::pair<qint64, qint64> found, double start, double width, Columns& out) const
{
    out.exact = true;
    const std::span<const qint32> positions = events(lane);
    const qint64 last = qint64(out.counts.size()) - 1;
    for (qint64 i = found.first; i < found.second; ++i) {
        const qint32 position = positions[std::size_t(i)];
        const auto column = std::size_t(
            std::clamp<qint64>(qint64(std::floor((double(coordinate(position)) - start) / width)), 0, last));
        ++out.counts[column];
        out.severities[column] = std::max(out.severities[column], severity(position));
    }
}

void DensityPyramid::fillColumnsBySearch(
    int lane, std::pair<qint64, qint64> found, double start, double width, Columns& out) const
{
    // Zoomed into a burst: more events than pixels, yet buckets wider than a pixel.
    out.exact = true;
    const std::span<const qint32> positions = events(lane);
    const auto before = [this](qint32 position, qint64 value) { return coordinate(position) < value; };
    auto from = positions.begin() + found.first;
    const auto end = positions.begin() + found.second;
    const Level finest = levels(lane).front();
    const std::span<const quint8> severities = bucketSeverities(finest);
    for (std::size_t column = 0; column < out.counts.size(); ++column) {
        const auto columnEnd = qint64(std::ceil(start + width * double(column + 1)));
        const auto to = std::lower_bound(from, end, columnEnd, before);
        out.counts[column] = quint32(to - from);
        if (!severities.empty() && to != from) {
            const qint64 a = ((coordinate(*from) - m_bounds.from) >> finest.shift) - finest.base;
            const qint64 b = ((coordinate(*(to - 1)) - m_bounds.from) >> finest.shift) - finest.base;
            for (qint64 bucket = a; bucket <= b; ++bucket)
                out.severities[column] = std::max(out.severities[column], severities[std::size_t(bucket)]);
        }
        from = to;
    }
}

void DensityPyramid::fillColumnsFromLevel(const Level& level, double start, double width, Columns& out) const
{
    const double bucketWidth = std::ldexp(1.0, level.shift);
    const double origin = double(m_bounds.from);
    const double end = start + width * double(out.counts.size());
    const qint64 first = std::max(level.base, qint64(std::floor((start - origin) / bucketWidth)));
    const qint64 last = std::min(level.base + level.size - 1, qint64(std::floor((end - origin) / bucketWidth)));
    const std::span<const quint32> counts = bucketCounts(level);
    const std::span<const quint8> severities = bucketSeverities(level);
    const auto columns = qint64(out.counts.size());
    for (qint64 bucket = first; bucket <= last; ++bucket) {
        const quint32 count = counts[std::size_t(bucket - level.base)];
        if (count == 0)
            continue;
        // A bucket goes to the column holding its middle.
        const double middle = origin + (double(bucket) + 0.5) * bucketWidth;
        const auto column = qint64(std::floor((middle - start) / width));
        if (column < 0 || column >= columns)
            continue;
        out.counts[std::size_t(column)] += count;
        if (!severities.empty()) {
            quint8& worst = out.severities[std::size_t(column)];
            worst = std::max(worst, severities[std::size_t(bucket - level.base)]);
        }
    }
}

qint64 DensityPyramid::positionAtTime(TimeUs time) const
{
    const auto block = std::lower_bound(m_blockMaxTime.begin(), m_blockMaxTime.end(), time);
    if (block == m_blockMaxTime.end())
        return m_index->size();
    const qint64 b = block - m_blockMaxTime.begin();
    TimeUs running = b > 0 ? m_blockMaxTime[std::size_t(b - 1)] : kInvalidTime;
    const qint64 end = std::min(m_index->size(), (b + 1) * kBlock);
    for (qint64 position = b * kBlock; position < end; ++position) {
        running = std::max(running, m_index->timestamp(position));
        if (running >= time)
            return position;
    }
    return end;
}

TimeUs DensityPyramid::timeAtPosition(qint64 position) const
{
    if (m_index->isEmpty())
        return kInvalidTime;
    position = std::clamp<qint64>(position, 0, m_index->size() - 1);
    const qint64 b = position / kBlock;
    TimeUs running = b > 0 ? m_blockMaxTime[std::size_t(b - 1)] : kInvalidTime;
    for (qint64 p = b * kBlock; p <= position; ++p)
        running = std::max(running, m_index->timestamp(p));
    return running;
}

std::vector<DensityPyramid::Level> DensityPyramid::levels(int lane) const
{
    const Lane& l = m_lanes[std::size_t(lane)];
    const qint64 first = l.first - m_bounds.from;
    const qint64 last = l.last - m_bounds.from;
    std::vector<Level> result;
    qint64 offset = l.bucketOffset;
    for (int shift = l.finestShift;; ++shift) {
        const qint64 size = bucketsAt(first, last, shift);
        result.push_back({ shift, first >> shift, size, offset });
        offset += size;
        if (size == 1)
            break;
    }
    return result;
}

std::span<const quint8> DensityPyramid::bucketSeverities(const Level& level) const
{
    if (m_bucketSeverities.empty())
        return {};
    return { m_bucketSeverities.data() + level.offset, std::size_t(level.size) };
}

std::size_t DensityPyramid::memoryUsage() const
{
    return m_order.capacity() * sizeof(qint32) + m_counts.capacity() * sizeof(quint32) + m_bucketSeverities.capacity()
        + m_lanes.capacity() * sizeof(Lane) + m_laneOfKey.capacity() * sizeof(int)
        + m_overview.capacity() * sizeof(quint32) + m_overviewSeverities.capacity()
        + m_blockMaxTime.capacity() * sizeof(TimeUs);
}

} // namespace Chronoscope
