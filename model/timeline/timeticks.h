// SPDX-License-Identifier: MIT
#pragma once

#include "timelinegeometry.h"

#include <QString>

#include <vector>

namespace Chronoscope {

/// One tick of the timeline's axis.
struct AxisTick
{
    qint64 coordinate = 0; ///< µs (time axis) or position
    QString label;
    bool major = false; ///< on a boundary of the next coarser unit (a full second, a midnight…)
};

/// The ticks of a visible range, chosen so that labels do not collide.
struct AxisTicks
{
    /// The calendar unit of a time step (positions use Unit::Count).
    enum class Unit : quint8
    {
        Microsecond,
        Millisecond,
        Second,
        Minute,
        Hour,
        Day,
        Month,
        Year,
        Count,
    };
    Unit unit = Unit::Count;
    int count = 1; ///< the step is `count` units
    std::vector<AxisTick> ticks; ///< ascending, all within the visible range
    /// What the labels leave out, for a caption at the axis' left, e.g. "2024-01-15 14:00 UTC".
    QString context;

    /// The step's nominal length in µs (months of 30.44 days) or positions.
    double nominalStep() const;
};

/// Ticks for a time axis from microseconds to years, on calendar boundaries of `spec`
/// (Qt::UTC or Qt::LocalTime, where hours and days follow daylight saving). `charWidth`
/// is the average width of a label character in pixels; steps get at least a label's
/// width plus two characters. Cheap: depends only on the visible range, never on events.
AxisTicks timeTicks(const TimelineGeometry& geometry, Qt::TimeSpec spec, double charWidth);

/// Ticks for a position axis: steps of 1, 2 or 5 times a power of ten.
AxisTicks positionTicks(const TimelineGeometry& geometry, double charWidth);

/// `time` as text at the precision of `unit` (and everything coarser), in `spec`:
/// "2024-01-15 14:00:05.250" for Millisecond. For tooltips and captions.
QString formatTime(TimeUs time, Qt::TimeSpec spec, AxisTicks::Unit unit = AxisTicks::Unit::Microsecond);

/// "UTC" or the local offset at `time`, e.g. "UTC+01:00".
QString zoneName(TimeUs time, Qt::TimeSpec spec);

/// A duration for people: "250 µs", "1.5 ms", "3 min 20 s", "2 d 4 h".
QString formatDuration(qint64 microseconds);

} // namespace Chronoscope
