// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinegeometry.h"

#include <QObject>

#include <optional>
#include <vector>

class QAction;

namespace Chronoscope {

/// The timeline's zoom and filter stacks (hotspot's FilterAndZoomStack idea) and the
/// QActions that undo and reset them. Ranges are times (µs), whatever the axis shows.
/// Zoom only repaints; a filter is for every view (TimelineView emits rangeFilterChanged).
class TimelineStack : public QObject
{
    Q_OBJECT
public:
    explicit TimelineStack(QObject* parent = nullptr);

    /// The range zoomed to last, if any (none: show everything).
    std::optional<AxisRange> zoom() const;
    /// The innermost filter, if any.
    std::optional<AxisRange> filter() const;
    int zoomDepth() const { return int(m_zooms.size()); }
    int filterDepth() const { return int(m_filters.size()); }

    void zoomIn(AxisRange range);
    void undoZoom();
    void resetZoom();
    void filterIn(AxisRange range);
    void undoFilter();
    void resetFilter();

    QAction* undoZoomAction() const { return m_undoZoom; }
    QAction* resetZoomAction() const { return m_resetZoom; }
    QAction* undoFilterAction() const { return m_undoFilter; }
    QAction* resetFilterAction() const { return m_resetFilter; }

Q_SIGNALS:
    void zoomChanged();
    void filterChanged();

private:
    void updateActions();

    std::vector<AxisRange> m_zooms;
    std::vector<AxisRange> m_filters;
    QAction* m_undoZoom;
    QAction* m_resetZoom;
    QAction* m_undoFilter;
    QAction* m_resetFilter;
};

} // namespace Chronoscope
