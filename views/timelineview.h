// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/pyramidjob.h"
#include "timeline/timelinemarker.h"
#include "timelinecolors.h"
#include "timelinerenderer.h"

#include <QImage>
#include <QWidget>

#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QScrollBar;

namespace Chronoscope {

class TimelineStack;

/// The timeline (DESIGN.md "Timeline", docs/timeline.md): lanes of events over a time (or
/// position) axis, an overview strip, a draggable playhead, range selection with zoom and
/// filter stacks, markers for bookmarks and findings. Custom-painted; each frame reads a
/// DensityPyramid built off the GUI thread, so it costs the same for ten events or ten
/// million. GUI thread only.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    IndexPtr index() const { return m_index; }
    /// The pyramid painted now (null while the first one is being built).
    PyramidPtr pyramid() const { return usable(m_pyramid) ? m_pyramid : nullptr; }
    /// True while a pyramid for the current index, grouping and axis is on its way.
    bool isBuilding() const;
    const TimelineGeometry& geometry() const { return m_geometry; }
    /// The visible range as times (µs), in position mode too.
    AxisRange visibleTimeRange() const { return toTime(m_geometry.range()); }
    TimelineGrouping grouping() const { return m_grouping; }
    TimelineAxis axis() const { return m_geometry.axis; }
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }
    TimeUs playhead() const { return m_playhead; }
    qint64 currentEvent() const { return m_currentEvent; }
    qint64 selectedStream() const { return m_selectedStream; }
    /// The selected (not yet applied) range, as times.
    std::optional<AxisRange> selection() const { return m_selection; }
    /// The time filter in force, if any.
    std::optional<AxisRange> rangeFilter() const;
    TimelineStack* stack() const { return m_stack; }
    const QList<TimelineMarker>& markers() const { return m_markers; }

    /// Rows are lanes on screen, the pinned stream first.
    int rowCount() const;
    QString rowName(int row) const;
    int firstVisibleRow() const;
    /// Widget point at the middle of an event's mark (as painted now), if it is on screen.
    std::optional<QPoint> pointOfEvent(qint64 position) const;
    /// The event under `point` (within a few pixels), or -1.
    qint64 eventAt(QPoint point) const;
    /// The marker under `point` (an index into markers()), or -1.
    int markerAt(QPoint point) const;
    /// x of a time in widget coordinates (position mode: of the first event by then).
    double xOfTime(TimeUs time) const;
    /// Layout, in widget coordinates.
    QRect overviewRect() const;
    QRect axisRect() const;
    QRect plotRect() const; ///< lanes, right of the headers
    QRect headerRect() const;

    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* fitAllAction() const { return m_fitAll; }
    QAction* zoomToStreamAction() const { return m_zoomToStream; }
    QAction* zoomToSelectionAction() const { return m_zoomToSelection; }
    QAction* filterToSelectionAction() const { return m_filterToSelection; }
    QAction* positionModeAction() const { return m_positionMode; }
    QAction* localTimeAction() const { return m_localTime; }
    /// Grouping choices (checkable, exclusive), for a menu or tool button.
    QList<QAction*> groupingActions() const;

    /// Bookmarks and findings to draw; replaces the previous set.
    void setMarkers(const QList<TimelineMarker>& markers);
    /// Dims the marks of events the filter bar's filter did not match (null: none dimmed).
    void setEventFilter(const FilterResultPtr& result);
    const FilterResultPtr& filterResult() const { return m_eventFilter; }
    /// Worst finding severity per position; density columns show the worst per pixel.
    void setSeverities(SeverityColumn severities);
    /// Shows a time range (µs) without touching the zoom stack.
    void showTimeRange(AxisRange range);

    /// The current event, playhead, range selection and time filter in words: what a screen
    /// reader announces (TimelineAccessible's value).
    QString accessibleSummary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    /// A new (possibly larger) snapshot of the index: call again as indexing publishes.
    void setIndex(const Chronoscope::IndexPtr& index);
    /// Pins this stream's lane on top (-1: none). Stream ids are the index's.
    void setSelectedStream(qint64 stream);
    void setSelectedStreamId(const QString& streamId);
    /// Moves the playhead without emitting playheadMoved().
    void setPlayhead(Chronoscope::TimeUs time);
    /// Outlines an event (-1: none) and brings it into view.
    void setCurrentEvent(qint64 position);
    void setGrouping(Chronoscope::TimelineGrouping grouping);
    void setTimeSpec(Qt::TimeSpec spec);
    void setPositionMode(bool on);
    void zoomIn();
    void zoomOut();
    void fitAll();
    void zoomToSelectedStream();
    void zoomToSelection();
    void filterToSelection();
    void clearSelection();

Q_SIGNALS:
    /// While dragging, on every move: consumers coalesce (only the latest matters).
    void playheadMoved(Chronoscope::TimeUs time);
    void eventClicked(qint64 position);
    /// A stream lane's header was clicked.
    void streamClicked(quint32 stream);
    void markerClicked(int marker);
    /// The time filter for every view; both kInvalidTime when there is none.
    void rangeFilterChanged(Chronoscope::TimeUs from, Chronoscope::TimeUs to);
    void visibleRangeChanged(Chronoscope::TimeUs from, Chronoscope::TimeUs to);
    void selectionChanged();
    /// A pyramid arrived and is painted.
    void pyramidAvailable();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    enum class Drag : quint8
    {
        None,
        Pan,
        Playhead,
        Select,
        RubberBand,
        Overview,
    };
    struct Markers
    {
        std::vector<std::pair<qint64, int>> byCoordinate; ///< (coordinate, marker index), sorted
    };

    void createActions();
    /// What the view says instead of lanes: no store, no events, or not laid out yet.
    QString placeholderText() const;
    /// [ and ]: the range selection's ends at the playhead (timelineviewaccessibility.cpp).
    void createKeyboardActions();
    /// Tells assistive technology that accessibleSummary() changed.
    void announce();
    void requestPyramids(bool supersede);
    void pyramidArrived(const PyramidPtr& pyramid, bool pinned);
    bool usable(const PyramidPtr& pyramid) const;
    PyramidPtr converter() const;
    AxisRange dataBounds(TimelineAxis axis) const;
    AxisRange toTime(AxisRange range) const;
    AxisRange toAxis(AxisRange timeRange) const;
    std::optional<qint64> coordinateOfTime(TimeUs time) const;
    std::optional<qint64> coordinateOfEvent(qint64 position) const;
    TimeUs timeAtX(double x) const;
    void setGeometryTo(const TimelineGeometry& geometry);
    void applyZoomStack();
    void updateLayout();
    void updateScrollBar();
    void rebuildMarkerIndex();
    TimelineRow rowAt(int row) const;
    int rowAtY(int y) const;
    int visibleRowCount() const;
    int laneHeight() const { return m_laneHeight; }
    AxisRange pixelRange(double x0, double x1) const;
    QString eventToolTip(qint64 position) const;
    QString densityToolTip(const TimelineRow& row, double x) const;
    void showContextMenu(QPoint globalPos);
    void emitVisibleRange();

    // Painting (timelineviewpaint.cpp).
    void paintOverview(QPainter& painter);
    void paintHeaders(QPainter& painter);
    void paintLanes(QPainter& painter, const std::vector<qint64>& grid);
    void paintOverlays(QPainter& painter);
    void paintMarkers(QPainter& painter);
    void paintPlayhead(QPainter& painter);
    void paintCorner(QPainter& painter, const QString& context);

    IndexPtr m_index;
    PyramidJob* m_job;
    PyramidJob* m_pinnedJob;
    PyramidPtr m_pyramid;
    PyramidPtr m_pinned;
    SeverityColumn m_severities;
    TimelineGrouping m_grouping = TimelineGrouping::AggregateType;
    Qt::TimeSpec m_timeSpec = Qt::UTC;
    TimelineGeometry m_geometry;
    bool m_followFit = true;
    qint64 m_selectedStream = -1;
    TimeUs m_playhead = kInvalidTime;
    qint64 m_currentEvent = -1;
    FilterResultPtr m_eventFilter;
    std::optional<AxisRange> m_selection;
    QList<TimelineMarker> m_markers;
    Markers m_markerIndex;
    TimelineStack* m_stack;
    TimelineColors m_colors;
    QScrollBar* m_scrollBar;
    int m_laneHeight = 20;
    int m_headerWidth = 180;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    TimelineGeometry m_pressGeometry;
    bool m_moved = false;
    QPoint m_dragPos;
    QImage m_plotImage;
    TimelineRenderer::Stats m_lastStats;

    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_fitAll = nullptr;
    QAction* m_zoomToStream = nullptr;
    QAction* m_zoomToSelection = nullptr;
    QAction* m_filterToSelection = nullptr;
    QAction* m_positionMode = nullptr;
    QAction* m_localTime = nullptr;
    QActionGroup* m_groupingGroup = nullptr;
};

} // namespace Chronoscope
