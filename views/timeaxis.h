// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timeticks.h"
#include "timelinecolors.h"

#include <QRect>

class QPainter;

namespace Chronoscope::TimeAxis {

/// Paints an axis band: tick marks along the bottom edge, labels above them (majors
/// first; a minor label that would touch another is skipped). Ticks come from
/// timeTicks()/positionTicks(), which depend only on the visible range.
void paint(QPainter& painter, const QRect& rect, const TimelineGeometry& geometry, const AxisTicks& ticks,
    const TimelineColors& colors);

/// A crisp vertical line one device pixel wide at logical x (no antialiasing needed).
void verticalLine(QPainter& painter, double x, double top, double bottom, const QColor& color);
/// A crisp horizontal line one device pixel high.
void horizontalLine(QPainter& painter, double left, double right, double y, const QColor& color);

} // namespace Chronoscope::TimeAxis
