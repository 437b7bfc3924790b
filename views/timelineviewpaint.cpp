// SPDX-License-Identifier: MIT
// TimelineView's painting: chrome and text with QPainter, lanes by TimelineRenderer.

#include "timeaxis.h"
#include "timeline/timeticks.h"
#include "timelinestack.h"
#include "timelineview.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <cmath>

namespace Chronoscope {

namespace {

QString compactCount(qint64 count)
{
    const QLocale locale;
    if (count < 10000)
        return locale.toString(count);
    if (count < 1000000)
        return locale.toString(double(count) / 1e3, 'f', count < 100000 ? 1 : 0) + QLatin1Char('k');
    return locale.toString(double(count) / 1e6, 'f', count < 100000000 ? 1 : 0) + QLatin1Char('M');
}

QRgb premultiplied(const QColor& color)
{
    return qPremultiply(color.rgba());
}

} // namespace

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_colors.chrome);
    if (!m_index || m_index->isEmpty()) {
        // No time to put on an axis (it would count from 1970): only what to do next, wrapped
        // to the view, which may be narrow.
        painter.setPen(m_colors.dimText);
        painter.drawText(rect().adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap, placeholderText());
        return;
    }
    const double charWidth = fontMetrics().averageCharWidth();
    const AxisTicks ticks = m_geometry.axis == TimelineAxis::Time ? timeTicks(m_geometry, m_timeSpec, charWidth)
                                                                  : positionTicks(m_geometry, charWidth);
    std::vector<qint64> grid;
    grid.reserve(ticks.ticks.size());
    for (const AxisTick& tick : ticks.ticks)
        grid.push_back(tick.coordinate);

    paintOverview(painter);
    TimeAxis::paint(painter, axisRect(), m_geometry, ticks, m_colors);
    paintCorner(painter, ticks.context);
    paintLanes(painter, grid);
    paintHeaders(painter);
    paintOverlays(painter);
    paintMarkers(painter);
    paintPlayhead(painter);
}

void TimelineView::paintCorner(QPainter& painter, const QString& context)
{
    const QRect top(0, 0, m_headerWidth, overviewRect().height());
    const QRect axis(0, axisRect().top(), m_headerWidth, axisRect().height());
    painter.fillRect(QRect(0, 0, m_headerWidth, axis.bottom() + 1), m_colors.chrome);
    TimeAxis::horizontalLine(painter, 0, m_headerWidth, axis.bottom(), m_colors.separator);
    TimeAxis::horizontalLine(painter, 0, width(), top.bottom(), m_colors.separator);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    painter.setFont(font);
    painter.setPen(m_colors.dimText);
    const QRect topText = top.adjusted(8, 0, -6, 0);
    if (m_index) {
        const QString total = tr("%1 events").arg(QLocale().toString(m_index->size()));
        painter.drawText(topText, Qt::AlignVCenter | Qt::AlignLeft, total);
    }
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    painter.setPen(m_colors.text);
    const QRect axisText = axis.adjusted(8, 0, -6, -6);
    painter.drawText(axisText, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(bold).elidedText(context, Qt::ElideRight, axisText.width()));
}

void TimelineView::paintOverview(QPainter& painter)
{
    const QRect rect = overviewRect();
    painter.fillRect(rect, m_colors.chrome);
    const PyramidPtr p = pyramid();
    if (!p || p->overview().empty() || rect.width() <= 0)
        return;
    const double dpr = devicePixelRatioF();
    QImage image(QSize(int(std::lround(rect.width() * dpr)), int(std::lround((rect.height() - 4) * dpr))),
        QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const TimelineGeometry all = m_geometry.fitAll();
    const AxisRange limits = all.range();
    const AxisRange bounds = p->bounds();
    const std::vector<quint32>& bins = p->overview();
    const double binWidth = double(bounds.span()) / double(bins.size());
    std::vector<quint32> columns(std::size_t(image.width()), 0);
    for (std::size_t bin = 0; bin < bins.size(); ++bin) {
        const double middle = double(bounds.from) + (double(bin) + 0.5) * binWidth;
        const auto x = qint64((middle - double(limits.from)) / double(limits.span()) * image.width());
        if (x >= 0 && x < image.width())
            columns[std::size_t(x)] += bins[bin];
    }
    const quint32 most = *std::max_element(columns.begin(), columns.end());
    const QRgb color = premultiplied(mixColors(m_colors.density, m_colors.chrome, 0.25));
    for (int x = 0; x < image.width() && most > 0; ++x) {
        if (columns[std::size_t(x)] == 0)
            continue;
        const double share = std::log1p(double(columns[std::size_t(x)])) / std::log1p(double(most));
        const int height = std::max(1, int(std::lround(image.height() * (0.15 + 0.85 * share))));
        for (int y = image.height() - height; y < image.height(); ++y)
            reinterpret_cast<QRgb*>(image.scanLine(y))[x] = color;
    }
    image.setDevicePixelRatio(dpr);
    painter.drawImage(QPointF(rect.left(), rect.top() + 2), image);

    // The visible window, with everything else dimmed.
    auto xOf = [&](qint64 c) { return rect.left() + double(c - limits.from) / double(limits.span()) * rect.width(); };
    const double x0 = std::clamp(xOf(m_geometry.start), double(rect.left()), double(rect.right() + 1));
    const double x1
        = std::clamp(std::max(xOf(m_geometry.end()), x0 + 2), double(rect.left()), double(rect.right() + 1));
    QColor shade = m_colors.chrome;
    shade.setAlphaF(0.55f);
    painter.fillRect(QRectF(rect.left(), rect.top(), x0 - rect.left(), rect.height() - 1), shade);
    painter.fillRect(QRectF(x1, rect.top(), rect.right() + 1 - x1, rect.height() - 1), shade);
    QColor window = m_colors.selectionEdge;
    window.setAlphaF(0.16f);
    painter.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height() - 1), window);
    TimeAxis::verticalLine(painter, x0, rect.top(), rect.bottom(), m_colors.selectionEdge);
    TimeAxis::verticalLine(painter, x1 - 1.0 / dpr, rect.top(), rect.bottom(), m_colors.selectionEdge);
    if (const auto playhead = coordinateOfTime(m_playhead))
        TimeAxis::verticalLine(painter, xOf(*playhead), rect.top(), rect.bottom(), m_colors.playhead);
}

void TimelineView::paintLanes(QPainter& painter, const std::vector<qint64>& grid)
{
    const QRect plot = plotRect();
    if (plot.height() <= 0)
        return;
    const double dpr = devicePixelRatioF();
    const QSize size(int(std::lround(plot.width() * dpr)), int(std::lround(plot.height() * dpr)));
    if (m_plotImage.size() != size)
        m_plotImage = QImage(size, QImage::Format_ARGB32_Premultiplied);

    TimelineRenderer::Frame frame;
    frame.geometry = m_geometry;
    frame.devicePixelRatio = dpr;
    frame.laneHeight = m_laneHeight;
    frame.grid = grid;
    frame.currentEvent = m_currentEvent;
    frame.filter = m_eventFilter.get();
    frame.colors = m_colors;
    const int first = firstVisibleRow();
    const int last = std::min(rowCount(), first + visibleRowCount() + 1);
    for (int row = first; row < last; ++row)
        frame.rows.push_back(rowAt(row));
    m_plotImage.setDevicePixelRatio(1);
    m_lastStats = TimelineRenderer::render(m_plotImage, frame);
    m_plotImage.setDevicePixelRatio(dpr);
    painter.drawImage(plot.topLeft(), m_plotImage);

    if (frame.rows.empty()) {
        painter.setPen(m_colors.dimText);
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, placeholderText());
    }
}

QString TimelineView::placeholderText() const
{
    if (!m_index)
        return tr("Open a store to see its events over time");
    return m_index->isEmpty() ? tr("This store has no events") : tr("Preparing the timeline…");
}

void TimelineView::paintHeaders(QPainter& painter)
{
    const QRect header = headerRect();
    painter.save();
    painter.setClipRect(header);
    painter.fillRect(header, m_colors.chrome);
    const int first = firstVisibleRow();
    const int last = std::min(rowCount(), first + visibleRowCount() + 1);
    const QFontMetrics metrics = fontMetrics();
    QFont font = painter.font();
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    for (int row = first; row < last; ++row) {
        const TimelineRow r = rowAt(row);
        const QRect box(0, header.top() + (row - first) * m_laneHeight, m_headerWidth, m_laneHeight);
        if ((row - first) % 2 == 1)
            painter.fillRect(box, mixColors(m_colors.chrome, m_colors.text, 0.03));
        int left = 8;
        if (r.pinned) {
            painter.fillRect(QRect(0, box.top(), 3, box.height()), m_colors.selectionEdge);
        }
        const quint32 key = r.pyramid->lane(r.lane).key;
        if (!r.pinned && m_grouping == TimelineGrouping::EventType) {
            const int side = std::max(6, metrics.ascent() - 3);
            painter.fillRect(QRect(left, box.center().y() - side / 2, side, side), m_colors.category(key));
            left += side + 6;
        }
        const QString count = compactCount(r.pyramid->lane(r.lane).count);
        const int countWidth = smallMetrics.horizontalAdvance(count);
        painter.setFont(small);
        painter.setPen(m_colors.dimText);
        painter.drawText(QRect(box.right() - 8 - countWidth, box.top(), countWidth, box.height()),
            Qt::AlignVCenter | Qt::AlignRight, count);
        const bool emphasised = r.pinned || (m_grouping == TimelineGrouping::Stream && qint64(key) == m_selectedStream);
        painter.setFont(emphasised ? bold : font);
        painter.setPen(m_colors.text);
        const QRect nameBox(left, box.top(), box.right() - 14 - countWidth - left, box.height());
        const QString name = r.pyramid->laneName(r.lane);
        painter.drawText(nameBox, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(painter.font())
                .elidedText(name, r.pinned || m_grouping == TimelineGrouping::Stream ? Qt::ElideMiddle : Qt::ElideRight,
                    nameBox.width()));
    }
    painter.restore();
    TimeAxis::verticalLine(painter, m_headerWidth - 1, 0, height(), m_colors.separator);
    // The pinned lane stays apart from the others.
    if (usable(m_pinned) && m_pinned->laneCount() > 0 && first == 0)
        TimeAxis::horizontalLine(
            painter, 0, plotRect().right() + 1, header.top() + m_laneHeight - 1, m_colors.separator);
}

void TimelineView::paintOverlays(QPainter& painter)
{
    const QRect plot = plotRect();
    painter.save();
    painter.setClipRect(plot.united(axisRect()));
    auto span = [this](AxisRange axisRange) {
        return std::pair(m_geometry.xOf(axisRange.from), m_geometry.xOf(axisRange.to));
    };
    if (const auto filter = m_stack->filter()) {
        const auto [x0, x1] = span(toAxis(*filter));
        painter.fillRect(QRectF(plot.left(), plot.top(), x0 - plot.left(), plot.height()), m_colors.dim);
        painter.fillRect(QRectF(x1, plot.top(), plot.right() + 1 - x1, plot.height()), m_colors.dim);
        TimeAxis::verticalLine(painter, x0, plot.top(), plot.bottom() + 1, m_colors.dimText);
        TimeAxis::verticalLine(painter, x1, plot.top(), plot.bottom() + 1, m_colors.dimText);
    }
    std::optional<std::pair<double, double>> band;
    if (m_drag == Drag::Select || m_drag == Drag::RubberBand) {
        if (m_moved)
            band = std::pair(
                double(std::min(m_pressPos.x(), m_dragPos.x())), double(std::max(m_pressPos.x(), m_dragPos.x())));
    } else if (m_selection) {
        band = span(toAxis(*m_selection));
    }
    if (band) {
        const auto [x0, x1] = *band;
        const QRectF area(x0, plot.top(), std::max(1.0, x1 - x0), plot.height());
        if (m_drag == Drag::RubberBand) {
            QPen pen(m_colors.selectionEdge, 1, Qt::DashLine);
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(area.adjusted(0, 0, -1, -1));
        } else {
            painter.fillRect(area, m_colors.selection);
            TimeAxis::verticalLine(painter, x0, axisRect().top(), plot.bottom() + 1, m_colors.selectionEdge);
            TimeAxis::verticalLine(painter, x1, axisRect().top(), plot.bottom() + 1, m_colors.selectionEdge);
            // The selection's length, in a pill at the top of the lanes.
            const AxisRange axisRange = { m_geometry.coordinateAt(x0), m_geometry.coordinateAt(x1) };
            const QString length = m_geometry.axis == TimelineAxis::Time
                ? formatDuration(axisRange.span())
                : tr("%n event(s)", nullptr, int(std::min<qint64>(axisRange.span(), std::numeric_limits<int>::max())));
            const QFontMetrics metrics = fontMetrics();
            const QRectF pill((x0 + x1) / 2 - metrics.horizontalAdvance(length) / 2.0 - 6, plot.top() + 3,
                metrics.horizontalAdvance(length) + 12, metrics.height() + 2);
            painter.fillRect(pill, m_colors.selectionEdge);
            painter.setPen(palette().color(QPalette::HighlightedText));
            painter.drawText(pill, Qt::AlignCenter, length);
        }
    }
    painter.restore();
}

void TimelineView::paintMarkers(QPainter& painter)
{
    const auto& markers = m_markerIndex.byCoordinate;
    if (markers.empty())
        return;
    const QRect plot = plotRect();
    const QRect axis = axisRect();
    painter.save();
    painter.setClipRect(axis.united(plot));
    auto it = std::lower_bound(markers.begin(), markers.end(), std::pair<qint64, int>(m_geometry.start, -1));
    const auto end = std::lower_bound(markers.begin(), markers.end(), std::pair<qint64, int>(m_geometry.end() + 1, -1));
    double lastX = -1e9;
    painter.setRenderHint(QPainter::Antialiasing, true); // triangles, not rectangles
    for (; it != end; ++it) {
        const TimelineMarker& marker = m_markers.at(it->second);
        const double x = m_geometry.xOf(it->first)
            + (m_geometry.axis == TimelineAxis::Position ? m_geometry.width / double(m_geometry.span) / 2 : 0);
        if (x - lastX < 2)
            continue; // one marker per couple of pixels is all the eye can tell apart
        lastX = x;
        const QColor color = marker.kind == TimelineMarker::Kind::Bookmark ? m_colors.bookmark
            : m_colors.severity(marker.severity).isValid()                 ? m_colors.severity(marker.severity)
                                                                           : m_colors.dimText;
        QColor line = color;
        line.setAlphaF(0.45f);
        TimeAxis::verticalLine(painter, x, plot.top(), plot.bottom() + 1, line);
        QPainterPath head;
        const double y = axis.bottom() + 1;
        if (marker.kind == TimelineMarker::Kind::Bookmark) {
            head.moveTo(x - 4, y - 10);
            head.lineTo(x + 4, y - 10);
            head.lineTo(x + 4, y - 3);
            head.lineTo(x, y);
            head.lineTo(x - 4, y - 3);
        } else {
            head.moveTo(x - 5, y - 9);
            head.lineTo(x + 5, y - 9);
            head.lineTo(x, y);
        }
        head.closeSubpath();
        painter.fillPath(head, color);
    }
    painter.restore();
}

void TimelineView::paintPlayhead(QPainter& painter)
{
    const auto playhead = coordinateOfTime(m_playhead);
    if (!playhead || *playhead < m_geometry.start || *playhead > m_geometry.end())
        return;
    const double x = m_geometry.xOf(*playhead);
    const QRect axis = axisRect();
    const QRect plot = plotRect();
    painter.save();
    painter.setClipRect(axis.united(plot));
    const double width = devicePixelRatioF() >= 2 ? 1.0 : 1.0;
    painter.fillRect(QRectF(std::floor(x), axis.top(), width, plot.bottom() + 1 - axis.top()), m_colors.playhead);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath head;
    const double top = axis.top();
    head.moveTo(std::floor(x) + 0.5 - 6, top);
    head.lineTo(std::floor(x) + 0.5 + 6, top);
    head.lineTo(std::floor(x) + 0.5 + 6, top + 6);
    head.lineTo(std::floor(x) + 0.5, top + 12);
    head.lineTo(std::floor(x) + 0.5 - 6, top + 6);
    head.closeSubpath();
    painter.fillPath(head, m_colors.playhead);
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (m_drag == Drag::Playhead) {
        const QString text = formatTime(m_playhead, m_timeSpec);
        const QFontMetrics metrics = fontMetrics();
        const double textWidth = metrics.horizontalAdvance(text) + 12;
        const double left = std::clamp(x + 8, double(axis.left()), double(axis.right()) - textWidth);
        const QRectF pill(left, axis.top() + 2, textWidth, metrics.height() + 2);
        painter.fillRect(pill, m_colors.playhead);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, text);
    }
    painter.restore();
}

} // namespace Chronoscope
