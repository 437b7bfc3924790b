// SPDX-License-Identifier: MIT
#include "timelinegeometry.h"

#include <algorithm>
#include <cmath>

namespace Chronoscope {

namespace {

// "Fit all" on one event (or a burst in one µs) would show a span of 1: show at least this.
qint64 minimumFitSpan(TimelineAxis axis)
{
    return axis == TimelineAxis::Time ? 1000 : 8;
}

} // namespace

TimelineGeometry TimelineGeometry::fitting(TimelineAxis axis, AxisRange bounds, double left, double width)
{
    TimelineGeometry g;
    g.axis = axis;
    g.left = left;
    g.width = std::max(1.0, width);
    g.bounds = bounds;
    return g.fitAll();
}

qint64 TimelineGeometry::coordinateAt(double x) const
{
    // The last coordinate whose x is at or left of `x`, consistent with xOf() to the last bit
    // (a plain division can land one unit off over spans of years).
    auto units = static_cast<qint64>(std::floor((x - left) * double(span) / width));
    while (xOf(start + units + 1) <= x)
        ++units;
    while (xOf(start + units) > x)
        --units;
    return start + units;
}

AxisRange TimelineGeometry::limits() const
{
    AxisRange data = bounds.isValid() ? bounds : AxisRange { 0, 1 };
    const qint64 minimum = std::max(minimumFitSpan(axis), minSpan);
    if (data.span() < minimum) {
        const qint64 grow = minimum - data.span();
        data.from -= grow / 2;
        data.to += grow - grow / 2;
    }
    const qint64 margin = std::max<qint64>(1, data.span() / 50);
    return { data.from - margin, data.to + margin };
}

TimelineGeometry TimelineGeometry::clamped() const
{
    TimelineGeometry g = *this;
    const AxisRange limit = limits();
    g.width = std::max(1.0, width);
    g.span = std::clamp(span, std::min(minSpan, limit.span()), limit.span());
    g.start = std::clamp(start, limit.from, limit.to - g.span);
    return g;
}

TimelineGeometry TimelineGeometry::zoomedAt(double x, double factor) const
{
    const double fraction = std::clamp((x - left) / width, 0.0, 1.0);
    const double anchor = double(start) + fraction * double(span);
    TimelineGeometry g = *this;
    const double wanted = std::clamp(double(span) * factor, double(minSpan), double(limits().span()));
    g.span = std::max<qint64>(1, std::llround(wanted));
    g.start = std::llround(anchor - fraction * double(g.span));
    return g.clamped();
}

TimelineGeometry TimelineGeometry::panned(double dx) const
{
    TimelineGeometry g = *this;
    g.start = start - std::llround(dx * double(span) / width);
    return g.clamped();
}

TimelineGeometry TimelineGeometry::showing(AxisRange range) const
{
    TimelineGeometry g = *this;
    if (!range.isValid())
        return clamped();
    g.span = range.span();
    g.start = range.from;
    // A range below the minimum span grows around its middle.
    if (g.span < minSpan) {
        g.start -= (minSpan - g.span) / 2;
        g.span = minSpan;
    }
    return g.clamped();
}

TimelineGeometry TimelineGeometry::resized(double newLeft, double newWidth) const
{
    TimelineGeometry g = *this;
    g.left = newLeft;
    g.width = std::max(1.0, newWidth);
    return g.clamped();
}

TimelineGeometry TimelineGeometry::withBounds(AxisRange newBounds) const
{
    TimelineGeometry g = *this;
    g.bounds = newBounds;
    return g.clamped();
}

} // namespace Chronoscope
