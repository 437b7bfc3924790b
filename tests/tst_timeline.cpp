// SPDX-License-Identifier: MIT
// The timeline: the time↔x geometry, ticks, the density pyramid against brute force, and
// the widget driven by real mouse, wheel and key events on a sample store.

#include "index/indexbuilder.h"
#include "palettes.h"
#include "testutils.h"
#include "timeline/densitypyramid.h"
#include "timeline/pyramidjob.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timeticks.h"
#include "timelinestack.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

constexpr TimeUs kJan15 = 1705327200'000000; // 2024-01-15T14:00:00Z
constexpr qint64 kSecond = 1'000'000;
constexpr qint64 kDay = 86'400 * kSecond;

/// Random events: bursts sharing a microsecond, timestamps going back, a few unparseable.
IndexPtr syntheticIndex(int events, quint32 seed)
{
    IndexColumns c;
    QRandomGenerator random(seed);
    for (int s = 0; s < 37; ++s) {
        c.streamNames.intern(QStringLiteral("stream-%1").arg(s).toStdString());
        c.streamAggregateTypes.push_back(
            c.aggregateTypeNames.intern(QStringLiteral("kind-%1").arg(s % 5).toStdString()));
    }
    for (int t = 0; t < 9; ++t)
        c.typeNames.intern(QStringLiteral("Type%1").arg(t).toStdString());
    for (int u = 0; u < 6; ++u)
        c.userNames.intern(u == 0 ? std::string() : QStringLiteral("user-%1").arg(u).toStdString());
    std::vector<qint32> versions(37, 0);
    TimeUs time = kJan15;
    for (int i = 0; i < events; ++i) {
        const int dice = int(random.bounded(100));
        if (dice < 60)
            time += random.bounded(5000);
        else if (dice < 62)
            time += qint64(random.bounded(3600)) * kSecond; // a quiet hour
        const TimeUs stamped = dice == 99 ? kInvalidTime : dice >= 95 ? time - random.bounded(100000) : time;
        const auto stream = quint32(random.bounded(37) * random.bounded(37) / 37); // some busier than others
        c.timestamps.push_back(stamped);
        c.streams.push_back(stream);
        c.versions.push_back(++versions[stream]);
        c.types.push_back(quint16(random.bounded(9)));
        c.schemaVersions.push_back(1);
        c.users.push_back(random.bounded(6));
        c.correlations.push_back(-1);
        c.causations.push_back(kNoCausation);
    }
    return std::make_shared<const EventIndex>(std::move(c));
}

SeverityColumn randomSeverities(qint64 events, quint32 seed)
{
    QRandomGenerator random(seed);
    auto severities = std::make_shared<std::vector<quint8>>(std::size_t(events), 0);
    for (auto& severity : *severities)
        severity = random.bounded(100) < 5 ? quint8(1 + random.bounded(3)) : 0;
    return severities;
}

PyramidRequest requestFor(IndexPtr index, TimelineGrouping grouping = TimelineGrouping::Stream,
    TimelineAxis axis = TimelineAxis::Time, SeverityColumn severities = {}, qint64 onlyStream = -1)
{
    PyramidRequest request;
    request.index = std::move(index);
    request.grouping = grouping;
    request.axis = axis;
    request.severities = std::move(severities);
    request.onlyStream = onlyStream;
    return request;
}

/// Brute force: the coordinates of the events of one lane, ascending.
std::vector<qint64> laneCoordinates(const DensityPyramid& pyramid, int lane)
{
    const EventIndex& index = *pyramid.index();
    std::vector<qint64> result;
    for (qint64 p = 0; p < index.size(); ++p) {
        if (pyramid.axis() == TimelineAxis::Time && index.timestamp(p) == kInvalidTime)
            continue;
        if (TimelineLanes::keyOf(index, pyramid.grouping(), p) == pyramid.lane(lane).key)
            result.push_back(pyramid.coordinate(p));
    }
    std::sort(result.begin(), result.end());
    return result;
}

void sendWheel(QWidget* widget, QPoint pos, int delta, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent wheel(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton,
        modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

void drag(QWidget* widget, Qt::MouseButton button, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, button, modifiers, from);
    const int steps = 6;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / steps);
    QTest::mouseRelease(widget, button, modifiers, to);
}

QPalette darkPalette()
{
    return Palettes::dark();
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void geometryRoundTrips_data();
    void geometryRoundTrips();
    void geometryZoomPanClamp();
    void ticksAtEveryScale_data();
    void ticksAtEveryScale();
    void tickLabels();
    void localTicksFollowDaylightSaving();
    void durations();
    void pyramidMatchesBruteForce_data();
    void pyramidMatchesBruteForce();
    void columnsMatchBruteForce();
    void runningMaximumMapsTimeAndPosition();
    void pinnedStreamPyramid();
    void jobDeliversOnlyTheLatest();
    void zoomFilterStack();

    void wheelZoomKeepsTheTimeUnderTheCursor();
    void dragAndKeysPan();
    void clickSelectsTheEvent();
    void playheadDragEmitsContinuously();
    void rangeSelectionFiltersWithUndo();
    void rubberBandZoomsWithUndo();
    void selectedStreamIsPinnedAndZoomable();
    void positionModeSpacesEventsEvenly();
    void markersAreDrawnAndHit();
    void growingSnapshotsKeepFitting();
    void grabs();
    void withoutEventsOnlyThePlaceholder();

private:
    void openSample(TimelineView& view);
    QTemporaryDir m_dir;
    IndexPtr m_sample;
};

void TestTimeline::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QLocale::setDefault(QLocale::c());
    qputenv("TZ", "Europe/Berlin");
    tzset();
    auto store = openStore(sampleStore(m_dir, 30000, 120, 11, true));
    QVERIFY(store);
    auto index = IndexBuilder(**store).build();
    QVERIFY(index);
    m_sample = *index;
}

// ---- geometry -----------------------------------------------------------------------

void TestTimeline::geometryRoundTrips_data()
{
    QTest::addColumn<int>("axis");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<double>("width");
    QTest::newRow("one second on 1000 px") << int(TimelineAxis::Time) << kJan15 << kSecond << 1000.0;
    QTest::newRow("one microsecond on 1000 px") << int(TimelineAxis::Time) << kJan15 << qint64(1) << 1000.0;
    QTest::newRow("seven microseconds on 333 px") << int(TimelineAxis::Time) << kJan15 << qint64(7) << 333.0;
    QTest::newRow("ten years on 1920 px") << int(TimelineAxis::Time) << kJan15 - 3652 * kDay << 3652 * kDay << 1920.0;
    QTest::newRow("two hundred years on 801 px") << int(TimelineAxis::Time) << qint64(-1e15) << qint64(6.3e15) << 801.0;
    QTest::newRow("ten million positions") << int(TimelineAxis::Position) << qint64(0) << qint64(10'000'000) << 1500.0;
    QTest::newRow("eight positions") << int(TimelineAxis::Position) << qint64(9'999'990) << qint64(8) << 1500.0;
}

void TestTimeline::geometryRoundTrips()
{
    QFETCH(int, axis);
    QFETCH(qint64, from);
    QFETCH(qint64, span);
    QFETCH(double, width);
    TimelineGeometry g;
    g.axis = TimelineAxis(axis);
    g.left = 120;
    g.width = width;
    g.bounds = { from - span, from + 2 * span };
    g = g.showing({ from, from + span });
    QCOMPARE(g.start, from);
    QCOMPARE(g.span, span);
    QCOMPARE(g.xOf(from), 120.0);
    QCOMPARE(g.xOf(from + span), 120.0 + width);
    // coordinate → x → coordinate is exact; x → coordinate → x stays within the pixel.
    for (int i = 0; i <= 100; ++i) {
        const qint64 c = from + qint64(double(span) * i / 100);
        QCOMPARE(g.coordinateAt(g.xOf(c)), c);
        const double x = 120 + width * i / 100;
        const double back = g.xOf(g.coordinateAt(x));
        QVERIFY2(back <= x + 1e-6 && back > x - std::max(1.0, width / double(span)) - 1e-6,
            qPrintable(QStringLiteral("x %1 came back as %2").arg(x).arg(back)));
    }
}

void TestTimeline::geometryZoomPanClamp()
{
    const AxisRange data { kJan15, kJan15 + 100 * kSecond };
    TimelineGeometry g = TimelineGeometry::fitting(TimelineAxis::Time, data, 100, 1000);
    QCOMPARE(g.range(), g.limits());
    QVERIFY(g.start < data.from && g.end() > data.to); // a small margin either side
    QVERIFY(g.isFitAll());

    // Zooming keeps the coordinate under the cursor.
    const double x = 100 + 237;
    const qint64 anchor = g.coordinateAt(x);
    const TimelineGeometry zoomed = g.zoomedAt(x, 0.1);
    QVERIFY(std::abs(double(zoomed.span) - g.span * 0.1) <= 1);
    QVERIFY(std::abs(zoomed.coordinateAt(x) - anchor) <= qint64(std::ceil(zoomed.unitsPerPixel())));

    // The deepest zoom is minSpan; the widest is fit all.
    TimelineGeometry deep = g;
    for (int i = 0; i < 100; ++i)
        deep = deep.zoomedAt(x, 0.1);
    QCOMPARE(deep.span, qint64(1));
    QVERIFY(deep.start >= data.from && deep.end() <= data.to);
    QCOMPARE(zoomed.zoomedAt(x, 1000).range(), g.range());

    // Panning stops at the limits.
    QCOMPARE(zoomed.panned(1e9).start, g.limits().from);
    QCOMPARE(zoomed.panned(-1e9).end(), g.limits().to);
    const TimelineGeometry moved = zoomed.panned(100);
    QCOMPARE(moved.span, zoomed.span);
    QVERIFY(std::abs(double(zoomed.start - moved.start) - 100 * zoomed.unitsPerPixel()) <= 1);

    // A request below the minimum span grows around its middle; resizing keeps the range.
    TimelineGeometry wide = g;
    wide.minSpan = 10;
    const TimelineGeometry tiny = wide.showing({ kJan15 + 500, kJan15 + 502 });
    QCOMPARE(tiny.span, qint64(10));
    QCOMPARE(tiny.start, kJan15 + 496);
    QCOMPARE(zoomed.resized(0, 400).range(), zoomed.range());

    // One event: fit all still shows a millisecond around it.
    const TimelineGeometry single = TimelineGeometry::fitting(TimelineAxis::Time, { kJan15, kJan15 + 1 }, 0, 500);
    QVERIFY(single.span >= 1000);
    QVERIFY(single.start < kJan15 && single.end() > kJan15);
}

// ---- ticks --------------------------------------------------------------------------

void TestTimeline::ticksAtEveryScale_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("unit");
    QTest::newRow("20 µs") << qint64(20) << int(AxisTicks::Unit::Microsecond);
    QTest::newRow("2 ms") << qint64(2000) << int(AxisTicks::Unit::Microsecond);
    QTest::newRow("50 ms") << qint64(50'000) << int(AxisTicks::Unit::Millisecond);
    QTest::newRow("3 s") << 3 * kSecond << int(AxisTicks::Unit::Millisecond);
    QTest::newRow("2 min") << 120 * kSecond << int(AxisTicks::Unit::Second);
    QTest::newRow("3 h") << 3 * 3600 * kSecond << int(AxisTicks::Unit::Minute);
    QTest::newRow("2 days") << 2 * kDay << int(AxisTicks::Unit::Hour);
    QTest::newRow("2 months") << 61 * kDay << int(AxisTicks::Unit::Day);
    QTest::newRow("3 years") << 3 * 365 * kDay << int(AxisTicks::Unit::Month);
    QTest::newRow("40 years") << 40 * 365 * kDay << int(AxisTicks::Unit::Year);
    QTest::newRow("3000 years") << 3000 * 365 * kDay << int(AxisTicks::Unit::Year);
}

void TestTimeline::ticksAtEveryScale()
{
    QFETCH(qint64, span);
    QFETCH(int, unit);
    const double charWidth = 7;
    for (const Qt::TimeSpec spec : { Qt::UTC, Qt::LocalTime }) {
        TimelineGeometry g;
        g.width = 1200;
        g.bounds = { kJan15 - span * 2, kJan15 + span * 2 };
        g = g.showing({ kJan15 + 1234, kJan15 + 1234 + span });
        const AxisTicks ticks = timeTicks(g, spec, charWidth);
        QCOMPARE(int(ticks.unit), unit);
        QVERIFY2(ticks.ticks.size() >= 3 && ticks.ticks.size() <= 40, qPrintable(QString::number(ticks.ticks.size())));
        for (std::size_t i = 0; i < ticks.ticks.size(); ++i) {
            const AxisTick& tick = ticks.ticks[i];
            QVERIFY(tick.coordinate >= g.start && tick.coordinate < g.end());
            QVERIFY(!tick.label.isEmpty());
            if (i > 0) // no two ticks closer than a short label
                QVERIFY(g.xOf(tick.coordinate) - g.xOf(ticks.ticks[i - 1].coordinate) >= 6 * charWidth);
        }
        QVERIFY(!ticks.context.isEmpty());
    }
}

void TestTimeline::tickLabels()
{
    TimelineGeometry g;
    g.width = 1000;
    g.bounds = { kJan15 - kDay, kJan15 + kDay };
    auto labels = [&](AxisRange range) {
        QStringList result;
        for (const AxisTick& tick : timeTicks(g.showing(range), Qt::UTC, 7).ticks)
            result << (tick.major ? QStringLiteral("[%1]").arg(tick.label) : tick.label);
        return result;
    };
    QCOMPARE(labels({ kJan15 - 250'000, kJan15 + 750'000 }).mid(0, 5),
        QStringList({ u".750"_qs, u".800"_qs, u".850"_qs, u".900"_qs, u".950"_qs }));
    QVERIFY(labels({ kJan15 - 250'000, kJan15 + 750'000 }).contains(u"[14:00:00]"_qs));
    QCOMPARE(labels({ kJan15 - 2 * 3600 * kSecond, kJan15 + 10 * 3600 * kSecond }).mid(0, 3),
        QStringList({ u"12:00"_qs, u"13:00"_qs, u"14:00"_qs }));
    QVERIFY(labels({ kJan15 - 20 * 3600 * kSecond, kJan15 }).contains(u"[15 Jan]"_qs));
    QCOMPARE(timeTicks(g.showing({ kJan15, kJan15 + 1000 }), Qt::UTC, 7).context, u"2024-01-15 14:00:00 UTC"_qs);
    QCOMPARE(labels({ kJan15 + 250'100, kJan15 + 251'100 }).mid(0, 2), QStringList({ u".250100"_qs, u".250200"_qs }));
    QCOMPARE(formatTime(kJan15 + 250'123, Qt::UTC), u"2024-01-15 14:00:00.250123"_qs);
    QCOMPARE(formatTime(kJan15, Qt::LocalTime, AxisTicks::Unit::Minute), u"2024-01-15 15:00"_qs);
    QCOMPARE(zoneName(kJan15, Qt::LocalTime), u"UTC+01:00"_qs);

    TimelineGeometry positions;
    positions.axis = TimelineAxis::Position;
    positions.width = 1000;
    positions.bounds = { 0, 10'000'000 };
    const AxisTicks p = positionTicks(positions.fitAll(), 7);
    QVERIFY(p.ticks.size() >= 3);
    QCOMPARE(p.ticks.front().label, u"0"_qs);
    QVERIFY(p.ticks.front().major);
}

void TestTimeline::localTicksFollowDaylightSaving()
{
    // Europe/Berlin skips 02:00-03:00 on 2024-03-31: hourly ticks go 01:00, 03:00.
    const TimeUs midnightUtc = 1711839600'000000; // 2024-03-31T00:00:00+01:00
    TimelineGeometry g;
    g.width = 600;
    g.bounds = { midnightUtc - kDay, midnightUtc + kDay };
    g = g.showing({ midnightUtc, midnightUtc + 6 * 3600 * kSecond });
    QStringList labels;
    for (const AxisTick& tick : timeTicks(g, Qt::LocalTime, 7).ticks)
        labels << tick.label;
    QVERIFY2(labels.size() >= 5, qPrintable(labels.join(u',')));
    QCOMPARE(labels.mid(0, 4), QStringList({ u"31 Mar"_qs, u"01:00"_qs, u"03:00"_qs, u"04:00"_qs }));
}

void TestTimeline::durations()
{
    QCOMPARE(formatDuration(250), u"250 µs"_qs);
    QCOMPARE(formatDuration(1500), u"1.50 ms"_qs);
    QCOMPARE(formatDuration(200 * kSecond), u"3 min 20 s"_qs);
    QCOMPARE(formatDuration(2 * kDay + 4 * 3600 * kSecond), u"2 d 4 h"_qs);
}

// ---- pyramid ------------------------------------------------------------------------

void TestTimeline::pyramidMatchesBruteForce_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<int>("axis");
    for (const auto grouping : { TimelineGrouping::Stream, TimelineGrouping::AggregateType, TimelineGrouping::EventType,
             TimelineGrouping::User }) {
        for (const auto axis : { TimelineAxis::Time, TimelineAxis::Position }) {
            QTest::addRow("%s by %s", axis == TimelineAxis::Time ? "time" : "position",
                qPrintable(TimelineLanes::groupingName(grouping)))
                << int(grouping) << int(axis);
        }
    }
}

void TestTimeline::pyramidMatchesBruteForce()
{
    QFETCH(int, grouping);
    QFETCH(int, axis);
    const IndexPtr index = syntheticIndex(20000, 3);
    const PyramidPtr pyramid = DensityPyramid::build(
        requestFor(index, TimelineGrouping(grouping), TimelineAxis(axis), randomSeverities(20000, 4)));
    QVERIFY(pyramid);

    qint64 total = 0;
    for (int lane = 0; lane < pyramid->laneCount(); ++lane) {
        const DensityPyramid::Lane& info = pyramid->lane(lane);
        const std::vector<qint64> coordinates = laneCoordinates(*pyramid, lane);
        QCOMPARE(info.count, qint64(coordinates.size()));
        QCOMPARE(pyramid->laneOfKey(info.key), lane);
        if (lane > 0)
            QVERIFY(pyramid->lane(lane - 1).count >= info.count); // busiest first
        total += info.count;
        std::vector<qint64> ordered;
        for (const qint32 position : pyramid->events(lane))
            ordered.push_back(pyramid->coordinate(position));
        QCOMPARE(ordered, coordinates);
        QCOMPARE(info.first, coordinates.front());
        QCOMPARE(info.last, coordinates.back());

        // Every level's counts and worst severities, bucket by bucket.
        const std::vector<DensityPyramid::Level> levels = pyramid->levels(lane);
        QVERIFY(levels.front().size <= std::max<qint64>(1, info.count / 4));
        QCOMPARE(levels.back().size, qint64(1));
        for (const DensityPyramid::Level& level : levels) {
            std::vector<quint32> counts(std::size_t(level.size), 0);
            std::vector<quint8> worst(std::size_t(level.size), 0);
            for (const qint32 position : pyramid->events(lane)) {
                const qint64 bucket
                    = ((pyramid->coordinate(position) - pyramid->bounds().from) >> level.shift) - level.base;
                QVERIFY(bucket >= 0 && bucket < level.size);
                ++counts[std::size_t(bucket)];
                worst[std::size_t(bucket)] = std::max(worst[std::size_t(bucket)], pyramid->severity(position));
            }
            const std::span<const quint32> stored = pyramid->bucketCounts(level);
            QVERIFY(std::equal(stored.begin(), stored.end(), counts.begin(), counts.end()));
            const std::span<const quint8> storedWorst = pyramid->bucketSeverities(level);
            QVERIFY(std::equal(storedWorst.begin(), storedWorst.end(), worst.begin(), worst.end()));
        }
    }
    QCOMPARE(pyramid->eventCount(), total);
    qint64 overview = 0;
    for (const quint32 count : pyramid->overview())
        overview += count;
    QCOMPARE(overview, total);
    // About 4 bytes per event for the order, under 8 in all.
    QVERIFY2(double(pyramid->memoryUsage()) / double(index->size()) < 8.0,
        qPrintable(QString::number(double(pyramid->memoryUsage()) / double(index->size()))));
}

void TestTimeline::columnsMatchBruteForce()
{
    const IndexPtr index = syntheticIndex(30000, 9);
    QRandomGenerator random(17);
    for (const auto axis : { TimelineAxis::Time, TimelineAxis::Position }) {
        const PyramidPtr pyramid = DensityPyramid::build(
            { index, TimelineGrouping::AggregateType, axis, randomSeverities(index->size(), 5) });
        QVERIFY(pyramid);
        int exact = 0;
        int fromLevels = 0;
        for (int round = 0; round < 400; ++round) {
            const int lane = int(random.bounded(pyramid->laneCount()));
            const std::vector<qint64> coordinates = laneCoordinates(*pyramid, lane);
            const int columns = 50 + int(random.bounded(500));
            const AxisRange bounds = pyramid->bounds();
            // Widths from far below one unit per column to the whole store per column.
            const double scale = std::pow(10.0, -4.0 + random.bounded(6.0));
            const double width = std::max(0.01, double(bounds.span()) / columns * scale);
            const double start
                = double(bounds.from) + random.bounded(1.0) * double(bounds.span()) - width * columns / 2;
            const DensityPyramid::Columns result = pyramid->columns(lane, start, width, columns);
            const double end = start + width * columns;
            std::vector<quint32> expected(std::size_t(columns), 0);
            std::vector<quint8> worst(std::size_t(columns), 0);
            qint64 inside = 0;
            qint64 nearEdges = 0;
            for (const qint32 position : pyramid->events(lane)) {
                const qint64 c = pyramid->coordinate(position);
                if (std::abs(double(c) - start) <= width || std::abs(double(c) - end) <= width)
                    ++nearEdges;
                if (c < qint64(std::ceil(start)) || c >= qint64(std::ceil(end)))
                    continue;
                ++inside;
                const auto column
                    = std::size_t(std::clamp<qint64>(qint64(std::floor((double(c) - start) / width)), 0, columns - 1));
                ++expected[column];
                worst[column] = std::max(worst[column], pyramid->severity(position));
            }
            QCOMPARE(result.visibleEvents, inside);
            qint64 sum = 0;
            for (const quint32 count : result.counts)
                sum += count;
            if (result.exact) {
                ++exact;
                QCOMPARE(result.counts, expected);
                if (result.visibleEvents <= 2 * columns)
                    QCOMPARE(result.severities, worst);
            } else {
                // Buckets no wider than a column go to the column of their middle: only
                // events within a column of either edge may land on the other side.
                ++fromLevels;
                QVERIFY2(std::abs(sum - inside) <= nearEdges,
                    qPrintable(QStringLiteral("sum %1, inside %2, near edges %3").arg(sum).arg(inside).arg(nearEdges)));
                for (int column = 1; column + 1 < columns; ++column) {
                    const double from = start + width * (column - 1);
                    const double to = start + width * (column + 2);
                    const auto near = std::count_if(coordinates.begin(), coordinates.end(),
                        [&](qint64 c) { return double(c) >= from && double(c) < to; });
                    QVERIFY(result.counts[std::size_t(column)] <= quint32(near));
                }
            }
        }
        QVERIFY2(exact > 20 && fromLevels > 20,
            qPrintable(QStringLiteral("%1 exact, %2 from levels").arg(exact).arg(fromLevels)));
    }
}

void TestTimeline::runningMaximumMapsTimeAndPosition()
{
    const IndexPtr index = syntheticIndex(5000, 21);
    const PyramidPtr pyramid = DensityPyramid::build(requestFor(index));
    QVERIFY(pyramid);
    TimeUs running = kInvalidTime;
    std::vector<TimeUs> maxima;
    for (qint64 p = 0; p < index->size(); ++p) {
        running = std::max(running, index->timestamp(p));
        maxima.push_back(running);
        QCOMPARE(pyramid->timeAtPosition(p), running);
    }
    for (int i = 0; i < 500; ++i) {
        const TimeUs t = maxima.front()
            + qint64(QRandomGenerator::global()->bounded(1.0) * double(maxima.back() - maxima.front()));
        const qint64 expected = std::lower_bound(maxima.begin(), maxima.end(), t) - maxima.begin();
        QCOMPARE(pyramid->positionAtTime(t), expected);
    }
    QCOMPARE(pyramid->positionAtTime(maxima.back() + 1), index->size());
    QCOMPARE(pyramid->positionAtTime(kInvalidTime + 1), qint64(0));
}

void TestTimeline::pinnedStreamPyramid()
{
    const IndexPtr index = syntheticIndex(8000, 5);
    const PyramidPtr pinned
        = DensityPyramid::build(requestFor(index, TimelineGrouping::User, TimelineAxis::Time, {}, 3));
    QVERIFY(pinned);
    QCOMPARE(pinned->laneCount(), 1);
    QCOMPARE(pinned->lane(0).key, 3u);
    QCOMPARE(pinned->laneName(0), u"stream-3"_qs);
    qint64 valid = 0;
    for (const qint32 p : index->streamPositions(3))
        valid += index->timestamp(p) != kInvalidTime;
    QCOMPARE(pinned->lane(0).count, valid);
    const std::span<const qint32> events = pinned->events(0);
    QVERIFY(std::is_sorted(
        events.begin(), events.end(), [&](qint32 a, qint32 b) { return index->timestamp(a) < index->timestamp(b); }));
}

void TestTimeline::jobDeliversOnlyTheLatest()
{
    const IndexPtr index = syntheticIndex(200000, 1);
    PyramidJob job;
    QSignalSpy spy(&job, &PyramidJob::pyramidAvailable);
    job.request(requestFor(index, TimelineGrouping::Stream));
    job.request(requestFor(index, TimelineGrouping::EventType));
    job.request(requestFor(index, TimelineGrouping::User));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
    QVERIFY(!job.isRunning());
    QCOMPARE(job.pyramid()->grouping(), TimelineGrouping::User);
    QTest::qWait(50);
    QCOMPARE(spy.size(), 1);

    // Without superseding, the running build lands and the latest waiting one follows.
    spy.clear();
    job.request(requestFor(index, TimelineGrouping::Stream), false);
    job.request(requestFor(index, TimelineGrouping::EventType), false);
    job.request(requestFor(index, TimelineGrouping::AggregateType), false);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 10000);
    QCOMPARE(spy.at(0).at(0).value<PyramidPtr>()->grouping(), TimelineGrouping::Stream);
    QCOMPARE(job.pyramid()->grouping(), TimelineGrouping::AggregateType);

    // Cancel drops the result; the destructor waits for a build it cancels.
    spy.clear();
    job.request(requestFor(index, TimelineGrouping::Stream));
    job.cancel();
    QTest::qWait(300);
    QCOMPARE(spy.size(), 0);
    auto* doomed = new PyramidJob;
    doomed->request(requestFor(index, TimelineGrouping::Stream));
    delete doomed;
}

void TestTimeline::zoomFilterStack()
{
    TimelineStack stack;
    QSignalSpy zooms(&stack, &TimelineStack::zoomChanged);
    QSignalSpy filters(&stack, &TimelineStack::filterChanged);
    QVERIFY(!stack.undoZoomAction()->isEnabled());
    stack.zoomIn({ 10, 20 });
    stack.zoomIn({ 12, 14 });
    QCOMPARE(stack.zoom(), std::optional(AxisRange { 12, 14 }));
    QVERIFY(stack.undoZoomAction()->isEnabled());
    stack.undoZoomAction()->trigger();
    QCOMPARE(stack.zoom(), std::optional(AxisRange { 10, 20 }));
    stack.resetZoomAction()->trigger();
    QVERIFY(!stack.zoom());
    QCOMPARE(zooms.size(), 4);
    stack.filterIn({ 1, 5 });
    stack.filterIn({ 2, 3 });
    stack.undoFilterAction()->trigger();
    QCOMPARE(stack.filter(), std::optional(AxisRange { 1, 5 }));
    stack.resetFilterAction()->trigger();
    QVERIFY(!stack.filter());
    QVERIFY(!stack.resetFilterAction()->isEnabled());
    QCOMPARE(filters.size(), 4);
}

// ---- the widget ---------------------------------------------------------------------

void TestTimeline::openSample(TimelineView& view)
{
    view.resize(1100, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QSignalSpy ready(&view, &TimelineView::pyramidAvailable);
    view.setIndex(m_sample);
    QTRY_VERIFY_WITH_TIMEOUT(view.pyramid() && !view.isBuilding(), 10000);
    QVERIFY(view.geometry().isFitAll());
}

void TestTimeline::wheelZoomKeepsTheTimeUnderTheCursor()
{
    TimelineView view;
    openSample(view);
    const QRect plot = view.plotRect();
    const QPoint cursor(plot.left() + plot.width() / 3, plot.top() + 30);
    const qint64 before = view.geometry().span;
    const qint64 anchor = view.geometry().coordinateAt(cursor.x());
    for (int notch = 0; notch < 5; ++notch)
        sendWheel(&view, cursor, 120);
    QVERIFY(view.geometry().span < before / 2);
    QVERIFY(std::abs(view.geometry().coordinateAt(cursor.x()) - anchor) <= qint64(view.geometry().unitsPerPixel()) + 1);
    // Zooming out all the way comes back to everything.
    for (int notch = 0; notch < 40; ++notch)
        sendWheel(&view, cursor, -120);
    QVERIFY(view.geometry().isFitAll());
    // Keys zoom as well.
    const qint64 all = view.geometry().span;
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(std::abs(view.geometry().span - all / 2) <= 1);
    QTest::keyClick(&view, Qt::Key_Minus);
    QCOMPARE(view.geometry().span, all);
}

void TestTimeline::dragAndKeysPan()
{
    TimelineView view;
    openSample(view);
    const QRect plot = view.plotRect();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&view, Qt::Key_Plus);
    const TimelineGeometry zoomed = view.geometry();
    QSignalSpy visible(&view, &TimelineView::visibleRangeChanged);
    drag(&view, Qt::LeftButton, plot.center(), plot.center() + QPoint(200, 0));
    const double moved = double(zoomed.start - view.geometry().start) / zoomed.unitsPerPixel();
    QVERIFY2(std::abs(moved - 200) <= 1, qPrintable(QString::number(moved)));
    QCOMPARE(view.geometry().span, zoomed.span);
    QVERIFY(!visible.isEmpty());
    QCOMPARE(visible.last().at(0).toLongLong(), view.geometry().start);

    const qint64 start = view.geometry().start;
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(std::abs(double(view.geometry().start - start) - 0.1 * double(zoomed.span)) <= 2);
    QTest::keyClick(&view, Qt::Key_Left);
    QVERIFY(std::abs(view.geometry().start - start) <= 2);
    QTest::keyClick(&view, Qt::Key_Home);
    QVERIFY(view.geometry().isFitAll());
}

void TestTimeline::clickSelectsTheEvent()
{
    TimelineView view;
    openSample(view);
    // Zoom to 50 ms around an event of the top lane so that its events are drawn one by one.
    const TimelineRow top { view.pyramid().get(), 0, false };
    const qint32 target = top.pyramid->events(0)[std::size_t(top.pyramid->lane(0).count / 2)];
    const TimeUs time = m_sample->timestamp(target);
    view.showTimeRange({ time - 25'000, time + 25'000 });
    const auto point = view.pointOfEvent(target);
    QVERIFY(point);
    QCOMPARE(view.eventAt(*point), qint64(target));
    QSignalSpy clicked(&view, &TimelineView::eventClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, *point);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), qint64(target));
    QCOMPARE(view.currentEvent(), qint64(target));
    // Empty space selects nothing.
    clicked.clear();
    const QPoint empty(view.plotRect().left() + 2, view.plotRect().bottom() - 2);
    if (view.eventAt(empty) < 0) {
        QTest::mouseClick(&view, Qt::LeftButton, {}, empty);
        QCOMPARE(clicked.size(), 0);
    }
}

void TestTimeline::playheadDragEmitsContinuously()
{
    TimelineView view;
    openSample(view);
    QSignalSpy moved(&view, &TimelineView::playheadMoved);
    const QRect axis = view.axisRect();
    const QPoint from(axis.left() + 100, axis.center().y());
    const QPoint to(axis.left() + 600, axis.center().y());
    drag(&view, Qt::LeftButton, from, to);
    QVERIFY2(moved.size() >= 6, qPrintable(QString::number(moved.size())));
    const TimeUs last = moved.last().at(0).toLongLong();
    QCOMPARE(view.playhead(), last);
    QCOMPARE(last, view.geometry().coordinateAt(to.x()));
    // Each emission is later than the one before while dragging right.
    for (int i = 1; i < moved.size(); ++i)
        QVERIFY(moved.at(i).at(0).toLongLong() >= moved.at(i - 1).at(0).toLongLong());
    // The playhead line itself can be grabbed from the lanes.
    moved.clear();
    const int x = int(std::lround(view.xOfTime(view.playhead())));
    drag(&view, Qt::LeftButton, QPoint(x, view.plotRect().top() + 50), QPoint(x - 300, view.plotRect().top() + 50));
    QVERIFY(moved.size() >= 6);
    QVERIFY(view.playhead() < last);
    // setPlayhead() is an input: it does not echo.
    moved.clear();
    view.setPlayhead(last);
    QCOMPARE(moved.size(), 0);
}

void TestTimeline::rangeSelectionFiltersWithUndo()
{
    TimelineView view;
    openSample(view);
    QSignalSpy filter(&view, &TimelineView::rangeFilterChanged);
    const QRect plot = view.plotRect();
    const QPoint from(plot.left() + 200, plot.top() + 40);
    const QPoint to(plot.left() + 500, plot.top() + 40);
    drag(&view, Qt::LeftButton, from, to, Qt::ShiftModifier);
    QVERIFY(view.selection());
    QCOMPARE(view.selection()->from, view.geometry().coordinateAt(from.x()));
    QCOMPARE(view.selection()->to, view.geometry().coordinateAt(to.x()) + 1);
    QVERIFY(view.filterToSelectionAction()->isEnabled());
    const AxisRange selected = *view.selection();

    QTest::keyClick(&view, Qt::Key_F);
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.at(0).at(0).toLongLong(), selected.from);
    QCOMPARE(filter.at(0).at(1).toLongLong(), selected.to);
    QCOMPARE(view.rangeFilter(), std::optional(selected));
    QVERIFY(!view.selection());

    // A narrower filter on top, then undo twice.
    drag(&view, Qt::LeftButton, from + QPoint(50, 0), to - QPoint(50, 0), Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_F);
    QCOMPARE(filter.size(), 2);
    QCOMPARE(view.stack()->filterDepth(), 2);
    QTest::keyClick(&view, Qt::Key_Backspace, Qt::ShiftModifier);
    QCOMPARE(filter.size(), 3);
    QCOMPARE(filter.at(2).at(0).toLongLong(), selected.from);
    view.stack()->undoFilterAction()->trigger();
    QCOMPARE(filter.size(), 4);
    QCOMPARE(filter.at(3).at(0).toLongLong(), kInvalidTime);
    QCOMPARE(filter.at(3).at(1).toLongLong(), kInvalidTime);
    QVERIFY(!view.rangeFilter());

    // Escape drops a selection; a click on empty space too.
    drag(&view, Qt::LeftButton, from, to, Qt::ShiftModifier);
    QVERIFY(view.selection());
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.selection());
}

void TestTimeline::rubberBandZoomsWithUndo()
{
    TimelineView view;
    openSample(view);
    const QRect plot = view.plotRect();
    const QPoint from(plot.left() + 300, plot.top() + 40);
    const QPoint to(plot.left() + 400, plot.top() + 60);
    const AxisRange expected { view.geometry().coordinateAt(from.x()), view.geometry().coordinateAt(to.x()) + 1 };
    drag(&view, Qt::RightButton, from, to);
    QCOMPARE(view.geometry().range(), expected);
    QCOMPARE(view.stack()->zoomDepth(), 1);
    // Shift-select then Z zooms further; Backspace goes back step by step.
    drag(&view, Qt::LeftButton, from, to, Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_Z);
    QCOMPARE(view.stack()->zoomDepth(), 2);
    QVERIFY(view.geometry().span < expected.span() / 5);
    QTest::keyClick(&view, Qt::Key_Backspace);
    QCOMPARE(view.geometry().range(), expected);
    QTest::keyClick(&view, Qt::Key_Backspace);
    QVERIFY(view.geometry().isFitAll());
}

void TestTimeline::selectedStreamIsPinnedAndZoomable()
{
    TimelineView view;
    openSample(view);
    QVERIFY(!view.zoomToStreamAction()->isEnabled());
    const quint32 stream = m_sample->stream(m_sample->size() / 2);
    const QString name = m_sample->streams().string(stream);
    view.setSelectedStreamId(name);
    QCOMPARE(view.selectedStream(), qint64(stream));
    QTRY_COMPARE_WITH_TIMEOUT(view.rowName(0), name, 5000);
    // Pinned on top of the aggregate type lanes, which stay below it.
    QCOMPARE(view.rowCount(), view.pyramid()->laneCount() + 1);
    QTest::keyClick(&view, Qt::Key_S);
    const std::span<const qint32> positions = m_sample->streamPositions(stream);
    const AxisRange visible = view.visibleTimeRange();
    for (const qint32 p : positions)
        QVERIFY(m_sample->timestamp(p) >= visible.from && m_sample->timestamp(p) < visible.to);
    QVERIFY(visible.span() < view.geometry().limits().span() || positions.size() > 1);

    // By stream, the stream's own lane moves to the top instead of showing twice.
    view.setGrouping(TimelineGrouping::Stream);
    QTRY_VERIFY_WITH_TIMEOUT(view.pyramid() && view.rowName(0) == name && !view.isBuilding(), 5000);
    QCOMPARE(view.rowCount(), view.pyramid()->laneCount());
    QSignalSpy streamClicked(&view, &TimelineView::streamClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(20, view.headerRect().top() + 5));
    QCOMPARE(streamClicked.size(), 1);
    QCOMPARE(streamClicked.at(0).at(0).toUInt(), stream);
}

void TestTimeline::positionModeSpacesEventsEvenly()
{
    TimelineView view;
    openSample(view);
    view.setPlayhead(m_sample->timestamp(1000));
    QTest::keyClick(&view, Qt::Key_P);
    QCOMPARE(view.axis(), TimelineAxis::Position);
    QTRY_VERIFY_WITH_TIMEOUT(view.pyramid() && !view.isBuilding(), 5000);
    QCOMPARE(view.geometry().bounds, (AxisRange { 0, m_sample->size() }));
    QVERIFY(view.geometry().isFitAll());
    // Zoom to 40 positions: every event has ~25 px, click one.
    view.showTimeRange({ m_sample->timestamp(5000), m_sample->timestamp(5040) });
    QVERIFY(view.geometry().span <= 60);
    const qint64 target = view.geometry().start + 10;
    const auto point = view.pointOfEvent(target);
    QVERIFY(point);
    QSignalSpy clicked(&view, &TimelineView::eventClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, *point);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), target);
    // Dragging the playhead emits the time of the event under it.
    QSignalSpy moved(&view, &TimelineView::playheadMoved);
    drag(&view, Qt::LeftButton, QPoint(point->x(), view.axisRect().center().y()),
        QPoint(point->x() + 3, view.axisRect().center().y()));
    QVERIFY(!moved.isEmpty());
    QCOMPARE(moved.last().at(0).toLongLong(), view.pyramid()->timeAtPosition(target));
    // And back: the visible time range survives the round trip closely.
    const AxisRange time = view.visibleTimeRange();
    view.setPositionMode(false);
    QCOMPARE(view.axis(), TimelineAxis::Time);
    QVERIFY(view.visibleTimeRange().from <= time.from + 1 && view.visibleTimeRange().to >= time.to - 1);
}

void TestTimeline::markersAreDrawnAndHit()
{
    TimelineView view;
    openSample(view);
    const qint64 finding = m_sample->size() / 3;
    QList<TimelineMarker> markers;
    markers.append(
        { finding, kInvalidTime, TimelineMarker::Kind::Finding, TimelineSeverity::Error, u"version gap"_qs });
    markers.append({ -1, m_sample->timestamp(m_sample->size() * 2 / 3), TimelineMarker::Kind::Bookmark,
        TimelineSeverity::None, u"look here"_qs });
    view.setMarkers(markers);
    const QPoint head(int(std::lround(view.xOfTime(m_sample->timestamp(finding)))), view.axisRect().bottom() - 3);
    QCOMPARE(view.markerAt(head), 0);
    const QPoint bookmark(int(std::lround(view.xOfTime(markers[1].time))), view.axisRect().bottom() - 3);
    QCOMPARE(view.markerAt(bookmark), 1);
    QCOMPARE(view.markerAt(head + QPoint(0, -20)), -1);
    // Clicking a marker's head reports it (and does not move the playhead).
    QSignalSpy clicked(&view, &TimelineView::markerClicked);
    QSignalSpy moved(&view, &TimelineView::playheadMoved);
    QTest::mouseClick(&view, Qt::LeftButton, {}, head);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 0);
    QCOMPARE(moved.size(), 0);
    // The error colour is painted on the marker's line.
    const QImage grab = view.grab().toImage();
    const int lineX = int(std::floor(view.xOfTime(m_sample->timestamp(finding))));
    const double dpr = grab.devicePixelRatio();
    const QColor line = grab.pixelColor(int(lineX * dpr), int((view.plotRect().top() + 100) * dpr));
    QVERIFY2(line.red() > line.blue(), qPrintable(line.name()));
}

void TestTimeline::growingSnapshotsKeepFitting()
{
    TimelineView view;
    view.resize(900, 300);
    view.show();
    const IndexPtr full = syntheticIndex(40000, 8);
    IndexColumns half = full->columns();
    half.timestamps.resize(20000);
    half.streams.resize(20000);
    half.versions.resize(20000);
    half.types.resize(20000);
    half.schemaVersions.resize(20000);
    half.users.resize(20000);
    half.correlations.resize(20000);
    half.causations.resize(20000);
    const auto first = std::make_shared<const EventIndex>(std::move(half));
    view.setIndex(first);
    view.setIndex(full);
    QTRY_VERIFY_WITH_TIMEOUT(view.pyramid() && view.pyramid()->index() == full && !view.isBuilding(), 5000);
    QVERIFY(view.geometry().isFitAll());
    QCOMPARE(view.geometry().bounds, (AxisRange { full->firstTime(), full->lastTime() + 1 }));
    qint64 total = 0;
    for (int lane = 0; lane < view.pyramid()->laneCount(); ++lane)
        total += view.pyramid()->lane(lane).count;
    qint64 valid = 0;
    for (qint64 p = 0; p < full->size(); ++p)
        valid += full->timestamp(p) != kInvalidTime;
    QCOMPARE(total, valid);
}

void TestTimeline::grabs()
{
    TimelineView view;
    openSample(view);
    view.resize(1200, 440);
    view.setSeverities(randomSeverities(m_sample->size(), 2));
    QTRY_VERIFY_WITH_TIMEOUT(view.pyramid() && view.pyramid()->severities() && !view.isBuilding(), 5000);
    const qint32 middle = view.pyramid()->events(0)[std::size_t(view.pyramid()->lane(0).count / 2)];
    view.setSelectedStream(m_sample->stream(middle));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBuilding() && view.rowCount() > view.pyramid()->laneCount(), 5000);
    QList<TimelineMarker> markers;
    markers.append({ m_sample->size() / 4, kInvalidTime, TimelineMarker::Kind::Finding, TimelineSeverity::Warning,
        u"timestamp going back"_qs });
    markers.append({ middle, kInvalidTime, TimelineMarker::Kind::Bookmark, TimelineSeverity::None, u"here"_qs });
    view.setMarkers(markers);
    view.setPlayhead(m_sample->timestamp(middle));
    view.setCurrentEvent(middle);

    auto grabBoth = [&view](const QString& name) {
        saveGrab(&view, name + u"-light"_qs);
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QCoreApplication::sendPostedEvents();
        saveGrab(&view, name + u"-dark"_qs);
        QApplication::setPalette(light);
        QCoreApplication::sendPostedEvents();
    };
    grabBoth(u"timeline-all"_qs);
    const TimeUs time = m_sample->timestamp(middle);
    view.showTimeRange({ time - 30 * kSecond, time + 30 * kSecond });
    grabBoth(u"timeline-minute"_qs);
    view.showTimeRange({ time - 400'000, time + 400'000 });
    grabBoth(u"timeline-zoomed"_qs);
    view.setGrouping(TimelineGrouping::EventType);
    view.setPositionMode(true);
    QTRY_VERIFY_WITH_TIMEOUT(view.pyramid() && !view.isBuilding(), 5000);
    view.showTimeRange({ time - 3 * 3600 * kSecond, time + 3 * 3600 * kSecond });
    grabBoth(u"timeline-positions"_qs);

    // Sampled pixels: the playhead is painted in its colour, lanes are not blank.
    const QImage image = view.grab().toImage();
    const int x = int(std::floor(view.xOfTime(view.playhead())));
    const double dpr = image.devicePixelRatio();
    const QColor playhead = image.pixelColor(int(x * dpr), int((view.plotRect().bottom() - 3) * dpr));
    QVERIFY2(playhead.red() > 150 && playhead.blue() < 120, qPrintable(playhead.name()));
}

// Before a store is open (or when it has no events) the view has no time to show: no axis
// counting from 1970, only the placeholder, wrapped inside a narrow view instead of cut off.
void TestTimeline::withoutEventsOnlyThePlaceholder()
{
    TimelineView view;
    view.resize(170, 150); // narrower than the sentence
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    saveGrab(&view, u"timeline-no-store"_qs);
    QCOMPARE(view.accessibleSummary(), u"Open a store to see its events over time"_qs);

    const QImage image = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb chrome = image.pixel(0, 0);
    int top = image.height();
    int bottom = -1;
    int left = image.width();
    int right = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == chrome)
                continue;
            top = std::min(top, y);
            bottom = std::max(bottom, y);
            left = std::min(left, x);
            right = std::max(right, x);
        }
    }
    // Something is written, in the middle, with a margin on every side (no tick labels at
    // the top, no text running off either edge), on more than one line.
    QVERIFY(bottom >= 0);
    QVERIFY2(top > 20 && bottom < image.height() - 20, qPrintable(u"text rows %1..%2"_qs.arg(top).arg(bottom)));
    QVERIFY2(left > 4 && right < image.width() - 5, qPrintable(u"text columns %1..%2"_qs.arg(left).arg(right)));
    QVERIFY(bottom - top > 1.5 * view.fontMetrics().height());
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
