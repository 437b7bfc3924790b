// SPDX-License-Identifier: MIT
#include "timelinerenderer.h"

#include <algorithm>
#include <cmath>

namespace Chronoscope {

namespace {

class Pixels
{
public:
    explicit Pixels(QImage& image)
        : m_bits(image.bits())
        , m_stride(image.bytesPerLine())
        , m_width(image.width())
        , m_height(image.height())
    { }

    void fill(int x0, int y0, int x1, int y1, QRgb color) const
    {
        x0 = std::max(x0, 0);
        y0 = std::max(y0, 0);
        x1 = std::min(x1, m_width);
        y1 = std::min(y1, m_height);
        for (int y = y0; y < y1; ++y) {
            auto* line = reinterpret_cast<QRgb*>(m_bits + qsizetype(y) * m_stride);
            std::fill(line + x0, line + std::max(x0, x1), color);
        }
    }
    int width() const { return m_width; }

private:
    uchar* m_bits;
    qsizetype m_stride;
    int m_width;
    int m_height;
};

QRgb premultiplied(const QColor& color)
{
    return qPremultiply(color.rgba());
}

struct RowBox
{
    int top; ///< device pixels
    int bottom;
    int innerTop;
    int innerBottom;
};

void drawDensity(const Pixels& pixels, const DensityPyramid::Columns& columns, const RowBox& box, QRgb color,
    const TimelineColors& colors)
{
    const quint32 most = *std::max_element(columns.counts.begin(), columns.counts.end());
    if (most == 0)
        return;
    const double scale = 1.0 / std::log1p(double(most));
    const int inner = box.innerBottom - box.innerTop;
    const int cap = std::max(1, inner / 6);
    for (int x = 0; x < int(columns.counts.size()); ++x) {
        const quint32 count = columns.counts[std::size_t(x)];
        if (count == 0)
            continue;
        // Log scale with a floor: a lone event stays visible next to a burst of thousands.
        const int height = std::max(1, int(std::lround(inner * (0.22 + 0.78 * std::log1p(double(count)) * scale))));
        pixels.fill(x, box.innerBottom - height, x + 1, box.innerBottom, color);
        const auto severity = TimelineSeverity(columns.severities[std::size_t(x)]);
        if (severity != TimelineSeverity::None)
            pixels.fill(x, box.innerTop, x + 1, box.innerTop + cap, premultiplied(colors.severity(severity)));
    }
}

qint64 drawMarks(const Pixels& pixels, const TimelineRenderer::Frame& frame, const TimelineRow& row, const RowBox& box,
    double unitsPerDevicePixel)
{
    const DensityPyramid& pyramid = *row.pyramid;
    const EventIndex& index = *pyramid.index();
    const TimelineGeometry& g = frame.geometry;
    const double dpr = frame.devicePixelRatio;
    const auto found = pyramid.find(row.lane, { g.start, g.end() + 1 });
    const std::span<const qint32> events = pyramid.events(row.lane);
    // Marks are 3 px wide; in position mode they widen to fill most of an event's slot.
    const double slot = 1.0 / unitsPerDevicePixel;
    const int width = std::clamp(int(std::lround(g.axis == TimelineAxis::Position ? slot * 0.7 : 0)),
        std::max(2, int(std::lround(3 * dpr))), int(std::lround(14 * dpr)));
    const int cap = std::max(1, int(std::lround(2 * dpr)));
    const int ring = std::max(1, int(std::lround(dpr)));
    const QRgb currentColor = premultiplied(frame.colors.current);
    for (qint64 i = found.first; i < found.second; ++i) {
        const qint32 position = events[std::size_t(i)];
        const double x = (double(pyramid.coordinate(position)) - double(g.start)) / unitsPerDevicePixel
            + (g.axis == TimelineAxis::Position ? slot / 2 : 0);
        const int x0 = int(std::floor(x - width / 2.0));
        if (position == frame.currentEvent)
            pixels.fill(x0 - 2 * ring, box.top + ring, x0 + width + 2 * ring, box.bottom - ring, currentColor);
        QColor color = frame.colors.category(index.type(position));
        if (frame.filter && !frame.filter->contains(position)) {
            // Dimmed towards the lane's background: still there, but clearly not a match.
            const QColor base = frame.colors.base;
            color = QColor::fromRgbF(color.redF() * 0.25f + base.redF() * 0.75f,
                color.greenF() * 0.25f + base.greenF() * 0.75f, color.blueF() * 0.25f + base.blueF() * 0.75f);
        }
        pixels.fill(x0, box.innerTop, x0 + width, box.innerBottom, premultiplied(color));
        const auto severity = TimelineSeverity(pyramid.severity(position));
        if (severity != TimelineSeverity::None)
            pixels.fill(
                x0, box.innerTop, x0 + width, box.innerTop + cap, premultiplied(frame.colors.severity(severity)));
    }
    return found.second - found.first;
}

} // namespace

TimelineRenderer::Stats TimelineRenderer::render(QImage& image, const Frame& frame)
{
    Stats stats;
    const Pixels pixels(image);
    const double dpr = frame.devicePixelRatio;
    const TimelineGeometry& g = frame.geometry;
    const int columns = pixels.width();
    const double unitsPerDevicePixel = double(g.span) / double(columns);
    const int laneHeight = int(std::lround(frame.laneHeight * dpr));
    const int pad = std::max(1, int(std::lround(3 * dpr)));
    const int firstY = int(std::lround(frame.firstRowY * dpr));

    image.fill(frame.colors.base);
    for (std::size_t r = 0; r < frame.rows.size(); ++r) {
        const int top = firstY + int(r) * laneHeight;
        if (r % 2 == 1)
            pixels.fill(0, top, columns, top + laneHeight, premultiplied(frame.colors.alternate));
    }
    const QRgb grid = premultiplied(frame.colors.grid);
    for (const qint64 coordinate : frame.grid) {
        const int x = int(std::floor((double(coordinate) - double(g.start)) / unitsPerDevicePixel));
        pixels.fill(x, 0, x + 1, image.height(), grid);
    }

    for (std::size_t r = 0; r < frame.rows.size(); ++r) {
        const TimelineRow& row = frame.rows[r];
        if (!row.pyramid || row.lane < 0)
            continue;
        const int top = firstY + int(r) * laneHeight;
        const RowBox box { top, top + laneHeight, top + pad, top + laneHeight - pad };
        if (box.bottom <= 0 || box.top >= image.height())
            continue;
        // In position mode an event fills [position, position + 1): centre the columns on it.
        const DensityPyramid::Columns counts
            = row.pyramid->columns(row.lane, double(g.start), unitsPerDevicePixel, columns);
        if (counts.visibleEvents <= markLimit(columns)) {
            stats.marks += drawMarks(pixels, frame, row, box, unitsPerDevicePixel);
            continue;
        }
        ++stats.densityLanes;
        const bool byType = row.pyramid->grouping() == TimelineGrouping::EventType && !row.pinned;
        const QColor color = byType ? frame.colors.category(row.pyramid->lane(row.lane).key) : frame.colors.density;
        drawDensity(pixels, counts, box, premultiplied(color), frame.colors);
    }
    return stats;
}

} // namespace Chronoscope
