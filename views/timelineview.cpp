// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "timeline/timeticks.h"
#include "timelineaccessible.h"
#include "timelinestack.h"

#include <QAction>
#include <QActionGroup>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Chronoscope {

namespace {

constexpr int kOverviewHeight = 22;
constexpr int kAxisHeight = 30;
constexpr int kDragThreshold = 4;
constexpr double kWheelStep = 0.8; ///< span factor per wheel notch
constexpr double kKeyZoom = 0.5;
constexpr int kHitPixels = 5;

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_job(new PyramidJob(this))
    , m_pinnedJob(new PyramidJob(this))
    , m_stack(new TimelineStack(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events over time in lanes. Wheel or plus and minus zoom, drag or arrow keys pan, "
                                "drag the playhead to travel in time, shift-drag selects a range, right-drag zooms "
                                "to a range, click an event to select it."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_colors = TimelineColors::from(palette());
    m_laneHeight = std::max(18, fontMetrics().height() + 6);
    m_headerWidth = std::max(190, fontMetrics().averageCharWidth() * 30);
    m_geometry = TimelineGeometry::fitting(TimelineAxis::Time, {}, m_headerWidth, 100);

    connect(m_job, &PyramidJob::pyramidAvailable, this, [this](const PyramidPtr& p) { pyramidArrived(p, false); });
    connect(m_pinnedJob, &PyramidJob::pyramidAvailable, this, [this](const PyramidPtr& p) { pyramidArrived(p, true); });
    connect(m_scrollBar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(m_stack, &TimelineStack::zoomChanged, this, &TimelineView::applyZoomStack);
    connect(m_stack, &TimelineStack::filterChanged, this, [this] {
        const auto filter = m_stack->filter();
        Q_EMIT rangeFilterChanged(filter ? filter->from : kInvalidTime, filter ? filter->to : kInvalidTime);
        update();
    });
    createActions();
    createKeyboardActions();
    updateLayout();
    TimelineAccessible::install();
    connect(this, &TimelineView::selectionChanged, this, &TimelineView::announce);
}

TimelineView::~TimelineView() = default;

void TimelineView::createActions()
{
    auto make = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_zoomIn = make(tr("Zoom In"), { QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal) }, &TimelineView::zoomIn);
    m_zoomOut = make(tr("Zoom Out"), { QKeySequence(Qt::Key_Minus) }, &TimelineView::zoomOut);
    m_fitAll = make(tr("Fit All"), { QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_0) }, &TimelineView::fitAll);
    m_zoomToStream = make(tr("Zoom to Stream"), { QKeySequence(Qt::Key_S) }, &TimelineView::zoomToSelectedStream);
    m_zoomToSelection = make(tr("Zoom to Selection"), { QKeySequence(Qt::Key_Z), QKeySequence(Qt::Key_Return) },
        &TimelineView::zoomToSelection);
    m_filterToSelection
        = make(tr("Filter to Selection"), { QKeySequence(Qt::Key_F) }, &TimelineView::filterToSelection);
    m_filterToSelection->setToolTip(tr("Show only the selected time range in every view"));
    m_stack->undoZoomAction()->setShortcut(QKeySequence(Qt::Key_Backspace));
    m_stack->undoFilterAction()->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Backspace));
    for (QAction* action : { m_stack->undoZoomAction(), m_stack->undoFilterAction() }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_positionMode = make(tr("Space Events Evenly"), { QKeySequence(Qt::Key_P) }, &TimelineView::setPositionMode);
    m_positionMode->setCheckable(true);
    m_positionMode->setToolTip(tr("Space events by position instead of time, to see inside bursts"));
    m_localTime = new QAction(tr("Local Time"), this);
    m_localTime->setCheckable(true);
    connect(m_localTime, &QAction::toggled, this, [this](bool on) { setTimeSpec(on ? Qt::LocalTime : Qt::UTC); });

    m_groupingGroup = new QActionGroup(this);
    // Whole sentences, not "Lanes by %1" with a lower-cased name: German capitalises nouns.
    const QStringList groupingTexts
        = { tr("Lanes by stream"), tr("Lanes by aggregate type"), tr("Lanes by event type"), tr("Lanes by user") };
    for (const auto grouping : { TimelineGrouping::Stream, TimelineGrouping::AggregateType, TimelineGrouping::EventType,
             TimelineGrouping::User }) {
        auto* action = new QAction(groupingTexts.value(int(grouping)), this);
        action->setCheckable(true);
        action->setChecked(grouping == m_grouping);
        action->setData(int(grouping));
        connect(action, &QAction::triggered, this, [this, grouping] { setGrouping(grouping); });
        m_groupingGroup->addAction(action);
    }
    m_zoomToStream->setEnabled(false);
    m_zoomToSelection->setEnabled(false);
    m_filterToSelection->setEnabled(false);
}

QList<QAction*> TimelineView::groupingActions() const
{
    return m_groupingGroup->actions();
}

QSize TimelineView::sizeHint() const
{
    return { 900, kOverviewHeight + kAxisHeight + 10 * m_laneHeight };
}

QSize TimelineView::minimumSizeHint() const
{
    return { m_headerWidth + 200, kOverviewHeight + kAxisHeight + 2 * m_laneHeight };
}

// ---- layout -------------------------------------------------------------------------

QRect TimelineView::overviewRect() const
{
    return { m_headerWidth, 0, plotRect().width(), kOverviewHeight };
}

QRect TimelineView::axisRect() const
{
    return { m_headerWidth, kOverviewHeight, plotRect().width(), kAxisHeight };
}

QRect TimelineView::plotRect() const
{
    const int scroll = m_scrollBar->isVisible() ? m_scrollBar->width() : 0;
    const int top = kOverviewHeight + kAxisHeight;
    return { m_headerWidth, top, std::max(1, width() - m_headerWidth - scroll), std::max(0, height() - top) };
}

QRect TimelineView::headerRect() const
{
    const int top = kOverviewHeight + kAxisHeight;
    return { 0, top, m_headerWidth, std::max(0, height() - top) };
}

void TimelineView::updateLayout()
{
    updateScrollBar();
    const int top = kOverviewHeight + kAxisHeight;
    const int w = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    m_scrollBar->setGeometry(width() - w, top, w, std::max(0, height() - top));
    const QRect plot = plotRect();
    setGeometryTo(m_geometry.resized(plot.left(), plot.width()));
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateLayout();
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_colors = TimelineColors::from(palette());
    if (event->type() == QEvent::FontChange) {
        m_laneHeight = std::max(18, fontMetrics().height() + 6);
        m_headerWidth = std::max(190, fontMetrics().averageCharWidth() * 30);
        updateLayout();
    }
    QWidget::changeEvent(event);
}

int TimelineView::visibleRowCount() const
{
    return std::max(1, plotRect().height() / m_laneHeight);
}

void TimelineView::updateScrollBar()
{
    const int rows = rowCount();
    const int visible = std::max(1, (height() - kOverviewHeight - kAxisHeight) / m_laneHeight);
    m_scrollBar->setRange(0, std::max(0, rows - visible));
    m_scrollBar->setPageStep(visible);
    m_scrollBar->setSingleStep(1);
    m_scrollBar->setVisible(rows > visible);
}

// ---- data ---------------------------------------------------------------------------

bool TimelineView::usable(const PyramidPtr& pyramid) const
{
    return pyramid && pyramid->axis() == m_geometry.axis
        && (pyramid->onlyStream() >= 0 || pyramid->grouping() == m_grouping);
}

bool TimelineView::isBuilding() const
{
    return m_job->isRunning() || m_pinnedJob->isRunning();
}

PyramidPtr TimelineView::converter() const
{
    // Time ↔ position conversions do not depend on grouping or axis: any pyramid will do.
    return m_pyramid ? m_pyramid : m_pinned;
}

AxisRange TimelineView::dataBounds(TimelineAxis axis) const
{
    if (!m_index || m_index->isEmpty())
        return {};
    if (axis == TimelineAxis::Position)
        return { 0, m_index->size() };
    if (m_index->firstTime() == kInvalidTime)
        return {};
    return { m_index->firstTime(), m_index->lastTime() + 1 };
}

AxisRange TimelineView::toTime(AxisRange range) const
{
    if (m_geometry.axis == TimelineAxis::Time)
        return range;
    const PyramidPtr p = converter();
    if (!p)
        return {};
    const TimeUs from = p->timeAtPosition(range.from);
    const TimeUs to = p->timeAtPosition(range.to - 1);
    if (from == kInvalidTime || to == kInvalidTime)
        return {};
    return { from, std::max(from + 1, to + 1) };
}

AxisRange TimelineView::toAxis(AxisRange timeRange) const
{
    if (m_geometry.axis == TimelineAxis::Time)
        return timeRange;
    const PyramidPtr p = converter();
    if (!p)
        return {};
    const qint64 from = p->positionAtTime(timeRange.from);
    return { from, std::max(from + 1, p->positionAtTime(timeRange.to)) };
}

std::optional<qint64> TimelineView::coordinateOfTime(TimeUs time) const
{
    if (time == kInvalidTime)
        return std::nullopt;
    if (m_geometry.axis == TimelineAxis::Time)
        return time;
    const PyramidPtr p = converter();
    if (!p)
        return std::nullopt;
    return p->positionAtTime(time);
}

std::optional<qint64> TimelineView::coordinateOfEvent(qint64 position) const
{
    if (!m_index || position < 0 || position >= m_index->size())
        return std::nullopt;
    if (m_geometry.axis == TimelineAxis::Position)
        return position;
    const TimeUs time = m_index->timestamp(position);
    return time == kInvalidTime ? std::nullopt : std::optional(time);
}

TimeUs TimelineView::timeAtX(double x) const
{
    const AxisRange bounds = m_geometry.bounds;
    const qint64 coordinate = std::clamp(m_geometry.coordinateAt(x), bounds.from, std::max(bounds.from, bounds.to - 1));
    if (m_geometry.axis == TimelineAxis::Time)
        return coordinate;
    const PyramidPtr p = converter();
    return p ? p->timeAtPosition(coordinate) : kInvalidTime;
}

double TimelineView::xOfTime(TimeUs time) const
{
    const auto coordinate = coordinateOfTime(time);
    return coordinate ? m_geometry.xOf(*coordinate) : -1;
}

void TimelineView::setIndex(const IndexPtr& index)
{
    const bool sameStore = m_index && index && index->size() >= m_index->size();
    m_index = index;
    if (!sameStore) {
        m_pyramid.reset();
        m_pinned.reset();
        m_stack->resetZoom();
        m_stack->resetFilter();
        m_followFit = true;
        m_selection.reset();
    }
    const AxisRange bounds = dataBounds(m_geometry.axis);
    setGeometryTo(m_followFit ? m_geometry.withBounds(bounds).fitAll() : m_geometry.withBounds(bounds));
    rebuildMarkerIndex();
    requestPyramids(false);
    update();
}

void TimelineView::requestPyramids(bool supersede)
{
    if (!m_index) {
        m_job->cancel();
        m_pinnedJob->cancel();
        return;
    }
    PyramidRequest request;
    request.index = m_index;
    request.grouping = m_grouping;
    request.axis = m_geometry.axis;
    request.severities = m_severities;
    m_job->request(request, supersede);
    if (m_selectedStream >= 0 && m_selectedStream < m_index->streams().size()) {
        request.onlyStream = m_selectedStream;
        m_pinnedJob->request(request, supersede);
    } else {
        m_pinnedJob->cancel();
        m_pinned.reset();
    }
}

void TimelineView::pyramidArrived(const PyramidPtr& pyramid, bool pinned)
{
    if (pinned) {
        if (pyramid->onlyStream() != m_selectedStream)
            return;
        m_pinned = pyramid;
    } else {
        m_pyramid = pyramid;
    }
    rebuildMarkerIndex();
    updateScrollBar();
    const QRect plot = plotRect();
    setGeometryTo(m_geometry.resized(plot.left(), plot.width()));
    update();
    Q_EMIT pyramidAvailable();
}

void TimelineView::setSeverities(SeverityColumn severities)
{
    m_severities = std::move(severities);
    requestPyramids(true);
}

void TimelineView::setEventFilter(const FilterResultPtr& result)
{
    m_eventFilter = result;
    update();
}

void TimelineView::setMarkers(const QList<TimelineMarker>& markers)
{
    m_markers = markers;
    rebuildMarkerIndex();
    update();
}

void TimelineView::rebuildMarkerIndex()
{
    m_markerIndex.byCoordinate.clear();
    for (int i = 0; i < m_markers.size(); ++i) {
        const TimelineMarker& marker = m_markers.at(i);
        const auto coordinate
            = marker.position >= 0 ? coordinateOfEvent(marker.position) : coordinateOfTime(marker.time);
        if (coordinate)
            m_markerIndex.byCoordinate.emplace_back(*coordinate, i);
    }
    std::sort(m_markerIndex.byCoordinate.begin(), m_markerIndex.byCoordinate.end());
}

// ---- rows ---------------------------------------------------------------------------

int TimelineView::rowCount() const
{
    const PyramidPtr main = pyramid();
    const bool pin = usable(m_pinned) && m_pinned->laneCount() > 0;
    int rows = (main ? main->laneCount() : 0) + (pin ? 1 : 0);
    if (pin && main && m_grouping == TimelineGrouping::Stream && main->laneOfKey(quint32(m_selectedStream)) >= 0)
        --rows; // the stream's own lane moves to the top
    return rows;
}

TimelineRow TimelineView::rowAt(int row) const
{
    const PyramidPtr main = pyramid();
    const bool pin = usable(m_pinned) && m_pinned->laneCount() > 0;
    if (row < 0)
        return {};
    if (pin) {
        if (row == 0)
            return { m_pinned.get(), 0, true };
        --row;
    }
    if (!main)
        return {};
    if (pin && m_grouping == TimelineGrouping::Stream) {
        const int duplicate = main->laneOfKey(quint32(m_selectedStream));
        if (duplicate >= 0 && row >= duplicate)
            ++row;
    }
    if (row >= main->laneCount())
        return {};
    return { main.get(), row, false };
}

QString TimelineView::rowName(int row) const
{
    const TimelineRow r = rowAt(row);
    return r.pyramid ? r.pyramid->laneName(r.lane) : QString();
}

int TimelineView::firstVisibleRow() const
{
    return m_scrollBar->value();
}

int TimelineView::rowAtY(int y) const
{
    const QRect plot = plotRect();
    if (y < plot.top())
        return -1;
    const int row = firstVisibleRow() + (y - plot.top()) / m_laneHeight;
    return row < rowCount() ? row : -1;
}

// ---- geometry -----------------------------------------------------------------------

void TimelineView::setGeometryTo(const TimelineGeometry& geometry)
{
    if (geometry == m_geometry)
        return;
    const bool rangeChanged = geometry.range() != m_geometry.range();
    m_geometry = geometry;
    if (rangeChanged)
        emitVisibleRange();
    update();
}

void TimelineView::emitVisibleRange()
{
    const AxisRange time = visibleTimeRange();
    if (time.isValid())
        Q_EMIT visibleRangeChanged(time.from, time.to);
}

void TimelineView::showTimeRange(AxisRange range)
{
    const AxisRange axisRange = toAxis(range);
    if (!axisRange.isValid())
        return;
    const TimelineGeometry g = m_geometry.showing(axisRange);
    m_followFit = g.isFitAll();
    setGeometryTo(g);
}

void TimelineView::applyZoomStack()
{
    const auto zoom = m_stack->zoom();
    if (zoom) {
        showTimeRange(*zoom);
    } else {
        m_followFit = true;
        setGeometryTo(m_geometry.fitAll());
    }
}

void TimelineView::zoomIn()
{
    const auto playhead = coordinateOfTime(m_playhead);
    const double x = playhead && playhead >= m_geometry.start && playhead < m_geometry.end()
        ? m_geometry.xOf(*playhead)
        : m_geometry.left + m_geometry.width / 2;
    m_followFit = false;
    setGeometryTo(m_geometry.zoomedAt(x, kKeyZoom));
}

void TimelineView::zoomOut()
{
    const TimelineGeometry g = m_geometry.zoomedAt(m_geometry.left + m_geometry.width / 2, 1 / kKeyZoom);
    m_followFit = g.isFitAll();
    setGeometryTo(g);
}

void TimelineView::fitAll()
{
    m_stack->resetZoom();
}

void TimelineView::zoomToSelectedStream()
{
    if (!usable(m_pinned) || m_pinned->laneCount() == 0)
        return;
    const DensityPyramid::Lane& lane = m_pinned->lane(0);
    const qint64 margin = std::max<qint64>(1, (lane.last - lane.first) / 40);
    m_stack->zoomIn(toTime({ lane.first - margin, lane.last + 1 + margin }));
}

void TimelineView::zoomToSelection()
{
    if (!m_selection)
        return;
    const AxisRange range = *m_selection;
    clearSelection();
    m_stack->zoomIn(range);
}

void TimelineView::filterToSelection()
{
    if (!m_selection)
        return;
    const AxisRange range = *m_selection;
    clearSelection();
    m_stack->filterIn(range);
}

void TimelineView::clearSelection()
{
    if (!m_selection)
        return;
    m_selection.reset();
    m_zoomToSelection->setEnabled(false);
    m_filterToSelection->setEnabled(false);
    update();
    Q_EMIT selectionChanged();
}

std::optional<AxisRange> TimelineView::rangeFilter() const
{
    return m_stack->filter();
}

// ---- slots --------------------------------------------------------------------------

void TimelineView::setSelectedStream(qint64 stream)
{
    if (stream == m_selectedStream)
        return;
    m_selectedStream = stream;
    m_pinned.reset();
    m_zoomToStream->setEnabled(stream >= 0);
    requestPyramids(true);
    m_scrollBar->setValue(0);
    updateScrollBar();
    update();
}

void TimelineView::setSelectedStreamId(const QString& streamId)
{
    const auto id = m_index ? m_index->streams().find(streamId) : std::nullopt;
    setSelectedStream(id ? qint64(*id) : -1);
}

void TimelineView::setPlayhead(TimeUs time)
{
    if (time == m_playhead)
        return;
    m_playhead = time;
    update();
    announce();
}

void TimelineView::setCurrentEvent(qint64 position)
{
    if (position == m_currentEvent)
        return;
    m_currentEvent = position;
    // Bring it into view: pan (keeping the zoom) when it is off to a side.
    if (const auto coordinate = coordinateOfEvent(position)) {
        if (*coordinate < m_geometry.start || *coordinate >= m_geometry.end()) {
            m_followFit = false;
            setGeometryTo(m_geometry.showing({ *coordinate - m_geometry.span / 2, *coordinate + m_geometry.span / 2 }));
        }
    }
    update();
    announce();
}

void TimelineView::setGrouping(TimelineGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    for (QAction* action : m_groupingGroup->actions())
        action->setChecked(action->data().toInt() == int(grouping));
    m_scrollBar->setValue(0);
    requestPyramids(true);
    updateScrollBar();
    update();
}

void TimelineView::setTimeSpec(Qt::TimeSpec spec)
{
    m_timeSpec = spec == Qt::LocalTime ? Qt::LocalTime : Qt::UTC;
    m_localTime->setChecked(m_timeSpec == Qt::LocalTime);
    update();
}

void TimelineView::setPositionMode(bool on)
{
    const TimelineAxis axis = on ? TimelineAxis::Position : TimelineAxis::Time;
    m_positionMode->setChecked(on);
    if (axis == m_geometry.axis)
        return;
    const AxisRange time = visibleTimeRange();
    const bool fit = m_geometry.isFitAll();
    TimelineGeometry g = m_geometry;
    g.axis = axis;
    g.bounds = dataBounds(axis);
    m_geometry = g.fitAll(); // toAxis() below reads the new axis
    if (!fit && time.isValid())
        m_geometry = m_geometry.showing(toAxis(time));
    rebuildMarkerIndex();
    requestPyramids(true);
    emitVisibleRange();
    update();
}

// ---- hit testing --------------------------------------------------------------------

AxisRange TimelineView::pixelRange(double x0, double x1) const
{
    return { m_geometry.coordinateAt(x0), m_geometry.coordinateAt(x1) + 1 };
}

qint64 TimelineView::eventAt(QPoint point) const
{
    const TimelineRow row = rowAt(rowAtY(point.y()));
    if (!row.pyramid || !plotRect().contains(point))
        return -1;
    const double units = m_geometry.unitsPerPixel();
    const bool slots = m_geometry.axis == TimelineAxis::Position;
    const double coordinate = double(m_geometry.start) + (point.x() - m_geometry.left) * units - (slots ? 0.5 : 0);
    const qint64 position
        = row.pyramid->nearest(row.lane, std::llround(coordinate), std::llround((kHitPixels + 1) * units) + 1);
    if (position < 0)
        return -1;
    const double x = m_geometry.xOf(double(row.pyramid->coordinate(position)) + (slots ? 0.5 : 0));
    return std::abs(x - point.x()) <= kHitPixels ? position : -1;
}

std::optional<QPoint> TimelineView::pointOfEvent(qint64 position) const
{
    const auto coordinate = coordinateOfEvent(position);
    if (!coordinate || !m_index)
        return std::nullopt;
    const double x = m_geometry.xOf(double(*coordinate) + (m_geometry.axis == TimelineAxis::Position ? 0.5 : 0));
    if (x < plotRect().left() || x >= plotRect().right())
        return std::nullopt;
    for (int row = firstVisibleRow(); row < std::min(rowCount(), firstVisibleRow() + visibleRowCount()); ++row) {
        const TimelineRow r = rowAt(row);
        const std::span<const qint32> events = r.pyramid->events(r.lane);
        const auto found = r.pyramid->find(r.lane, { *coordinate, *coordinate + 1 });
        if (std::find(events.begin() + found.first, events.begin() + found.second, position)
            != events.begin() + found.second) {
            const int y = plotRect().top() + (row - firstVisibleRow()) * m_laneHeight + m_laneHeight / 2;
            return QPoint(int(std::floor(x)), y);
        }
    }
    return std::nullopt;
}

int TimelineView::markerAt(QPoint point) const
{
    const QRect axis = axisRect();
    if (point.y() < axis.bottom() - 12 || point.y() > axis.bottom() + 1 || m_markerIndex.byCoordinate.empty())
        return -1;
    const auto& markers = m_markerIndex.byCoordinate;
    const qint64 at = m_geometry.coordinateAt(point.x());
    auto it = std::lower_bound(markers.begin(), markers.end(), std::pair<qint64, int>(at, -1));
    int best = -1;
    double bestDistance = kHitPixels + 1;
    for (auto candidate : { it - 1, it }) {
        if (candidate < markers.begin() || candidate >= markers.end())
            continue;
        const double distance = std::abs(m_geometry.xOf(candidate->first) - point.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate->second;
        }
    }
    return best;
}

QString TimelineView::eventToolTip(qint64 position) const
{
    const Event e = m_index->event(position);
    const QString time = e.timestamp == kInvalidTime
        ? tr("(no valid timestamp)")
        : formatTime(e.timestamp, m_timeSpec) + QLatin1Char(' ') + zoneName(e.timestamp, m_timeSpec);
    QString text = QStringLiteral("<b>%1</b><br>").arg(e.type.toHtmlEscaped());
    text += tr("%1, version %2").arg(e.streamId.toHtmlEscaped()).arg(e.version) + QStringLiteral("<br>");
    text += time + QStringLiteral("<br>");
    text += tr("user: %1").arg(e.userId.isEmpty() ? tr("(none)") : e.userId.toHtmlEscaped()) + QStringLiteral("<br>");
    text += tr("position %1").arg(QLocale().toString(position));
    const auto severity = TimelineSeverity(converter() ? converter()->severity(position) : 0);
    if (severity != TimelineSeverity::None)
        text += QStringLiteral("<br>") + tr("has findings");
    return text;
}

QString TimelineView::densityToolTip(const TimelineRow& row, double x) const
{
    const AxisRange range = pixelRange(x - 2, x + 2);
    const auto found = row.pyramid->find(row.lane, range);
    const qint64 count = found.second - found.first;
    if (count == 0)
        return {};
    const AxisRange time = toTime(range);
    QString text = QStringLiteral("<b>%1</b><br>").arg(row.pyramid->laneName(row.lane).toHtmlEscaped());
    text += tr("%n event(s)", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())));
    if (time.isValid())
        text += QStringLiteral("<br>") + formatTime(time.from, m_timeSpec) + QStringLiteral(" – ")
            + formatTime(time.to, m_timeSpec);
    text += QStringLiteral("<br><i>") + tr("Zoom in to see each event") + QStringLiteral("</i>");
    return text;
}

// ---- events -------------------------------------------------------------------------

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QString text;
        const int marker = markerAt(help->pos());
        if (marker >= 0) {
            text = m_markers.at(marker).label.toHtmlEscaped();
        } else if (m_index) {
            const qint64 position = eventAt(help->pos());
            if (position >= 0) {
                text = eventToolTip(position);
            } else if (plotRect().contains(help->pos())) {
                const TimelineRow row = rowAt(rowAtY(help->pos().y()));
                if (row.pyramid)
                    text = densityToolTip(row, help->pos().x());
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            m_followFit = false;
            setGeometryTo(m_geometry.zoomedAt(gesture->position().x(), 1.0 / (1.0 + gesture->value())));
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_dragPos = pos;
    m_pressGeometry = m_geometry;
    m_moved = false;
    m_drag = Drag::None;
    const auto playhead = coordinateOfTime(m_playhead);
    const bool onPlayhead = playhead && std::abs(m_geometry.xOf(*playhead) - pos.x()) <= kHitPixels
        && pos.y() >= kOverviewHeight && pos.x() >= m_headerWidth;
    if (event->button() == Qt::LeftButton) {
        const int marker = markerAt(pos);
        if (marker >= 0) {
            Q_EMIT markerClicked(marker);
        } else if (overviewRect().contains(pos)) {
            m_drag = Drag::Overview;
            mouseMoveEvent(event);
        } else if (onPlayhead || axisRect().contains(pos)) {
            m_drag = Drag::Playhead;
            mouseMoveEvent(event);
        } else if (plotRect().contains(pos)) {
            m_drag = event->modifiers() & Qt::ShiftModifier ? Drag::Select : Drag::Pan;
        }
    } else if (event->button() == Qt::RightButton && plotRect().contains(pos)) {
        m_drag = Drag::RubberBand;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= kDragThreshold)
        m_moved = true;
    m_dragPos = pos;
    switch (m_drag) {
    case Drag::None: {
        const auto playhead = coordinateOfTime(m_playhead);
        const bool onPlayhead = playhead && std::abs(m_geometry.xOf(*playhead) - pos.x()) <= kHitPixels
            && pos.y() >= kOverviewHeight && pos.x() >= m_headerWidth;
        setCursor(onPlayhead || axisRect().contains(pos) ? Qt::SizeHorCursor : Qt::ArrowCursor);
        break;
    }
    case Drag::Pan:
        if (m_moved) {
            m_followFit = false;
            setGeometryTo(m_pressGeometry.panned(pos.x() - m_pressPos.x()));
            if (const int rows = (pos.y() - m_pressPos.y()) / m_laneHeight; rows != 0 && m_scrollBar->isVisible()) {
                m_scrollBar->setValue(m_scrollBar->value() - rows);
                m_pressPos.setY(m_pressPos.y() + rows * m_laneHeight);
            }
            setCursor(Qt::ClosedHandCursor);
        }
        break;
    case Drag::Playhead: {
        const TimeUs time = timeAtX(std::clamp<double>(pos.x(), plotRect().left(), plotRect().right()));
        if (time != kInvalidTime) {
            m_playhead = time;
            update();
            Q_EMIT playheadMoved(time);
        }
        break;
    }
    case Drag::Overview: {
        const QRect overview = overviewRect();
        const AxisRange limits = m_geometry.limits();
        const double fraction
            = std::clamp((pos.x() - overview.left()) / double(std::max(1, overview.width())), 0.0, 1.0);
        const auto centre = limits.from + qint64(fraction * double(limits.span()));
        m_followFit = false;
        setGeometryTo(
            m_geometry.showing({ centre - m_geometry.span / 2, centre - m_geometry.span / 2 + m_geometry.span }));
        break;
    }
    case Drag::Select:
    case Drag::RubberBand:
        update();
        break;
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    const double x0 = std::clamp<double>(std::min(pos.x(), m_pressPos.x()), plotRect().left(), plotRect().right());
    const double x1 = std::clamp<double>(std::max(pos.x(), m_pressPos.x()), plotRect().left(), plotRect().right());
    switch (drag) {
    case Drag::Pan:
        if (!m_moved) {
            const int marker = markerAt(pos);
            const qint64 position = eventAt(pos);
            if (marker >= 0) {
                Q_EMIT markerClicked(marker);
            } else if (position >= 0) {
                m_currentEvent = position;
                update();
                Q_EMIT eventClicked(position);
            } else {
                clearSelection();
            }
        }
        break;
    case Drag::Select:
        if (m_moved && x1 - x0 >= 2) {
            m_selection = toTime(pixelRange(x0, x1));
            m_zoomToSelection->setEnabled(true);
            m_filterToSelection->setEnabled(true);
            Q_EMIT selectionChanged();
        } else {
            clearSelection();
        }
        update();
        break;
    case Drag::RubberBand:
        if (m_moved && x1 - x0 >= 2)
            m_stack->zoomIn(toTime(pixelRange(x0, x1)));
        else
            showContextMenu(event->globalPosition().toPoint());
        update();
        break;
    case Drag::None:
        if (event->button() == Qt::LeftButton && headerRect().contains(pos)) {
            const TimelineRow row = rowAt(rowAtY(pos.y()));
            if (row.pyramid && (row.pinned || m_grouping == TimelineGrouping::Stream))
                Q_EMIT streamClicked(row.pyramid->lane(row.lane).key);
        }
        break;
    case Drag::Playhead:
    case Drag::Overview:
        break;
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // Double-click on empty lane space zooms in around it; on an event it is just a click.
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && plotRect().contains(pos) && eventAt(pos) < 0) {
        m_followFit = false;
        setGeometryTo(m_geometry.zoomedAt(pos.x(), kKeyZoom));
    }
    event->accept();
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint angle = event->angleDelta();
    const QPointF pos = event->position();
    const bool scrollRows = headerRect().contains(pos.toPoint()) || (event->modifiers() & Qt::ShiftModifier);
    if (scrollRows) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        m_scrollBar->setValue(m_scrollBar->value() - delta / 40);
    } else if (angle.y() != 0) {
        m_followFit = false;
        const TimelineGeometry g = m_geometry.zoomedAt(pos.x(), std::pow(kWheelStep, angle.y() / 120.0));
        m_followFit = g.isFitAll();
        setGeometryTo(g);
    } else if (angle.x() != 0) {
        m_followFit = false;
        setGeometryTo(m_geometry.panned(angle.x() / 2.0));
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const double step = m_geometry.width * (event->modifiers() & Qt::ShiftModifier ? 0.5 : 0.1);
    switch (event->key()) {
    case Qt::Key_Left:
        m_followFit = false;
        setGeometryTo(m_geometry.panned(step));
        break;
    case Qt::Key_Right:
        m_followFit = false;
        setGeometryTo(m_geometry.panned(-step));
        break;
    case Qt::Key_Up:
        m_scrollBar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        m_scrollBar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_PageUp:
        m_scrollBar->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        m_scrollBar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    case Qt::Key_Escape:
        clearSelection();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::showContextMenu(QPoint globalPos)
{
    QMenu menu(this);
    menu.addAction(m_zoomToSelection);
    menu.addAction(m_filterToSelection);
    menu.addSeparator();
    menu.addAction(m_zoomIn);
    menu.addAction(m_zoomOut);
    menu.addAction(m_fitAll);
    menu.addAction(m_zoomToStream);
    menu.addAction(m_stack->undoZoomAction());
    menu.addSeparator();
    menu.addAction(m_stack->undoFilterAction());
    menu.addAction(m_stack->resetFilterAction());
    menu.addSeparator();
    menu.addActions(m_groupingGroup->actions());
    menu.addSeparator();
    menu.addAction(m_positionMode);
    menu.addAction(m_localTime);
    menu.exec(globalPos);
}

} // namespace Chronoscope
