// SPDX-License-Identifier: MIT
#pragma once

#include "store/event.h"

namespace Chronoscope {

/// What the timeline's horizontal axis measures.
enum class TimelineAxis : quint8
{
    Time, ///< microseconds UTC (TimeUs)
    Position, ///< event position: events evenly spaced, for bursts
};

/// A range of axis coordinates, [from, to). Coordinates are µs in time mode, positions in
/// position mode.
struct AxisRange
{
    qint64 from = 0;
    qint64 to = 0;
    bool isValid() const { return to > from; }
    qint64 span() const { return to - from; }
    bool operator==(const AxisRange&) const = default;
};

/// Maps axis coordinates to x and back for a plot of `width` pixels starting at `left`,
/// showing [start, start + span). A plain copyable value: views keep one, tests build
/// them by hand. Every operation that moves or zooms returns a clamped copy, so the view
/// never shows less than `minSpan` units nor leaves the data's bounds (plus a margin).
struct TimelineGeometry
{
    TimelineAxis axis = TimelineAxis::Time;
    double left = 0; ///< x of the plot's left edge, logical pixels
    double width = 1; ///< plot width in logical pixels (> 0)
    qint64 start = 0; ///< first visible coordinate
    qint64 span = 1; ///< visible coordinates, >= minSpan
    AxisRange bounds; ///< the data: first and one past the last coordinate
    qint64 minSpan = 1; ///< the deepest zoom: 1 µs or 1 position across the whole width

    /// The fit-all geometry for `bounds` (with a small margin either side).
    static TimelineGeometry fitting(TimelineAxis axis, AxisRange bounds, double left, double width);

    qint64 end() const { return start + span; }
    AxisRange range() const { return { start, end() }; }
    double unitsPerPixel() const { return double(span) / width; }

    double xOf(qint64 coordinate) const { return left + double(coordinate - start) * width / double(span); }
    double xOf(double coordinate) const { return left + (coordinate - double(start)) * width / double(span); }
    /// The coordinate under `x`, rounded down (so x → coordinate → x stays within one unit).
    qint64 coordinateAt(double x) const;

    /// The whole data with a margin: what "fit all" shows and the furthest one can zoom out.
    AxisRange limits() const;

    /// Zoomed by `factor` (< 1 zooms in) keeping the coordinate under `x` where it is.
    TimelineGeometry zoomedAt(double x, double factor) const;
    /// Moved by `dx` pixels: positive dx shows what lies to the left (content follows the mouse).
    TimelineGeometry panned(double dx) const;
    /// Showing `range` (clamped).
    TimelineGeometry showing(AxisRange range) const;
    TimelineGeometry fitAll() const { return showing(limits()); }
    /// Same view on a new plot width (e.g. after a resize): the visible range stays.
    TimelineGeometry resized(double newLeft, double newWidth) const;
    /// Same visible range (as far as it fits) for new data bounds.
    TimelineGeometry withBounds(AxisRange newBounds) const;

    bool isFitAll() const { return range() == fitAll().range(); }
    bool operator==(const TimelineGeometry&) const = default;

private:
    TimelineGeometry clamped() const;
};

} // namespace Chronoscope
