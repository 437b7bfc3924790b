// SPDX-License-Identifier: MIT
#include "timeaxis.h"

#include <QPaintDevice>
#include <QPainter>

#include <cmath>
#include <vector>

namespace Chronoscope::TimeAxis {

namespace {

double devicePixel(const QPainter& painter)
{
    return 1.0 / std::max(1.0, painter.device()->devicePixelRatioF());
}

// Snap to the device pixel grid so one-pixel lines never smear over two.
double snap(const QPainter& painter, double value)
{
    const double pixel = devicePixel(painter);
    return std::floor(value / pixel) * pixel;
}

} // namespace

void verticalLine(QPainter& painter, double x, double top, double bottom, const QColor& color)
{
    painter.fillRect(QRectF(snap(painter, x), top, devicePixel(painter), bottom - top), color);
}

void horizontalLine(QPainter& painter, double left, double right, double y, const QColor& color)
{
    painter.fillRect(QRectF(left, snap(painter, y), right - left, devicePixel(painter)), color);
}

void paint(QPainter& painter, const QRect& rect, const TimelineGeometry& geometry, const AxisTicks& ticks,
    const TimelineColors& colors)
{
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, colors.chrome);
    horizontalLine(painter, rect.left(), rect.right() + 1, rect.bottom(), colors.separator);

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const QFontMetrics boldMetrics(bold);
    const int baseline = rect.top() + (rect.height() - 8 + metrics.ascent() - metrics.descent()) / 2;

    std::vector<std::pair<double, double>> taken; // label extents already drawn
    auto fits = [&taken](double from, double to) {
        for (const auto& [a, b] : taken) {
            if (from < b + 6 && to > a - 6)
                return false;
        }
        return true;
    };
    for (const bool majors : { true, false }) {
        for (const AxisTick& tick : ticks.ticks) {
            if (tick.major != majors)
                continue;
            const double x = geometry.xOf(tick.coordinate);
            const int length = tick.major ? 8 : 4;
            verticalLine(painter, x, rect.bottom() - length, rect.bottom(), tick.major ? colors.text : colors.dimText);
            const double width = (tick.major ? boldMetrics : metrics).horizontalAdvance(tick.label);
            const double from = x + 3;
            if (from + width > rect.right() + 1 || !fits(from, from + width))
                continue;
            taken.emplace_back(from, from + width);
            painter.setFont(tick.major ? bold : font);
            painter.setPen(tick.major ? colors.text : colors.dimText);
            painter.drawText(QPointF(from, baseline), tick.label);
        }
    }
    painter.restore();
}

} // namespace Chronoscope::TimeAxis
