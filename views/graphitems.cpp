// SPDX-License-Identifier: MIT
#include "graphitems.h"

#include "graphcolors.h"
#include "index/timestampparser.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Chronoscope {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Chronoscope::GraphNodeItem", text, disambiguation, n);
}

constexpr double kRadius = 6;
constexpr double kStrip = 5;
constexpr double kPadding = 8;
constexpr double kArrowLength = 10;
/// Below this many pixels of line height on screen (about 5 px glyphs), text is not drawn.
constexpr double kMinReadablePixels = 7;

QPalette paletteOf(const QGraphicsItem* item)
{
    return item->scene() ? item->scene()->palette() : QPalette();
}

QFont fontOf(const QGraphicsItem* item)
{
    return item->scene() ? item->scene()->font() : QFont();
}

double levelOfDetail(const QPainter* painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
}

bool isReadable(const QPainter* painter, const QFont& font)
{
    return levelOfDetail(painter) * QFontMetricsF(font).height() >= kMinReadablePixels;
}

QColor secondaryText(const QPalette& palette)
{
    return GraphColors::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.68);
}

/// Time of day with microseconds; the date is in the tooltip.
QString timeOfDay(TimeUs time)
{
    const QString iso = TimestampParser::toIso(time);
    return iso.isEmpty() ? QCoreApplication::translate("Chronoscope::GraphNodeItem", "(no time)") : iso.mid(11, 15);
}

} // namespace

GraphNodeItem::GraphNodeItem(const GraphNode& node, int nodeIndex, const QRectF& sceneRect)
    : m_node(node)
    , m_index(nodeIndex)
    , m_size(sceneRect.size())
{
    setPos(sceneRect.topLeft());
    setAcceptedMouseButtons(Qt::NoButton); // clicks go to the view, which also pans
    setZValue(2);
    const QLocale locale;
    switch (node.kind) {
    case GraphNode::Kind::Event:
        setToolTip(tr("%1\n%2 (%3) version %4\n%5\nposition %6\nevent id %7")
                       .arg(node.type, node.streamId, node.aggregateType)
                       .arg(node.version)
                       .arg(TimestampParser::toIso(node.time))
                       .arg(node.position)
                       .arg(node.eventId.isEmpty() ? tr("(not read)") : node.eventId));
        break;
    case GraphNode::Kind::Command:
        setToolTip(node.count == 1
                ? tr("Command %1: the causation id of 1 event; no event has this id").arg(node.causeId)
                : tr("Command %1: the causation id of %2 events; no event has this id")
                      .arg(node.causeId)
                      .arg(node.count));
        break;
    case GraphNode::Kind::MissingCause:
        setToolTip(tr("Causation id %1 names no event of this store").arg(node.causeId));
        break;
    case GraphNode::Kind::More:
        setToolTip(
            tr("%1 more events of this group are not drawn; click to draw them").arg(locale.toString(node.count)));
        break;
    }
}

void GraphNodeItem::setFocusEvent(bool focus)
{
    m_focus = focus;
    update();
}

void GraphNodeItem::setCurrent(bool current)
{
    m_current = current;
    update();
}

void GraphNodeItem::setCritical(bool critical)
{
    m_critical = critical;
    update();
}

QRectF GraphNodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-5, -5, 5, 5);
}

QStringList GraphNodeItem::lines() const
{
    const QLocale locale;
    switch (m_node.kind) {
    case GraphNode::Kind::Event:
        return { m_node.type, tr("%1 · v%2").arg(m_node.streamId).arg(m_node.version), timeOfDay(m_node.time) };
    case GraphNode::Kind::Command:
        return { tr("Command"), m_node.causeId, m_node.count == 1 ? tr("1 event") : tr("%1 events").arg(m_node.count) };
    case GraphNode::Kind::MissingCause:
        return { tr("Missing cause"), m_node.causeId.isEmpty() ? tr("(id not read)") : m_node.causeId };
    case GraphNode::Kind::More:
        return { tr("%1 more events").arg(locale.toString(m_node.count)), tr("click to draw more") };
    }
    return {};
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPalette palette = paletteOf(this);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QRectF box(QPointF(0, 0), m_size);
    const bool isEvent = m_node.kind == GraphNode::Kind::Event;
    if (levelOfDetail(painter) * m_size.width() < 4) {
        // A few pixels: a plain block in the type's colour, so wide graphs still show their shape.
        painter->fillRect(box, isEvent ? GraphColors::aggregateAccent(m_node.aggregateTypeId, palette) : text);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);

    if (m_current) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawRoundedRect(box.adjusted(-4, -4, 4, 4), kRadius + 3, kRadius + 3);
    }
    QColor fill = base;
    if (isEvent)
        fill = GraphColors::aggregateFill(m_node.aggregateTypeId, palette);
    else if (m_node.kind == GraphNode::Kind::Command)
        fill = GraphColors::mix(base, text, 0.08);
    QPen border(GraphColors::mix(base, text, 0.35), 1);
    if (m_focus)
        border = QPen(text, 2);
    if (m_critical)
        border = QPen(GraphColors::criticalPath(palette), m_focus ? 3 : 2);
    const bool outside = isEvent && !m_node.inCorrelation;
    if (!isEvent && m_node.kind != GraphNode::Kind::Command)
        border.setStyle(Qt::DashLine);
    if (outside)
        border.setStyle(Qt::DashDotLine);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, kRadius, kRadius);

    if (isEvent) {
        // The aggregate type's colour as a strip along the left edge.
        QPainterPath clip;
        clip.addRoundedRect(box.adjusted(1, 1, -1, -1), kRadius - 1, kRadius - 1);
        painter->save();
        painter->setClipPath(clip);
        painter->fillRect(
            QRectF(0, 0, kStrip, m_size.height()), GraphColors::aggregateAccent(m_node.aggregateTypeId, palette));
        painter->restore();
    }

    QFont font = fontOf(this);
    if (!isReadable(painter, font))
        return;
    const QStringList texts = lines();
    const QFontMetricsF metrics(font);
    const double left = isEvent ? kStrip + kPadding - 2 : kPadding;
    const double width = m_size.width() - left - kPadding;
    const double lineHeight = metrics.height();
    double y = (m_size.height() - lineHeight * static_cast<double>(texts.size())) / 2;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QFont lineFont = font;
        lineFont.setBold(i == 0);
        painter->setFont(lineFont);
        painter->setPen(i == 0 ? text : secondaryText(palette));
        const QString elided = QFontMetricsF(lineFont).elidedText(texts[i], Qt::ElideMiddle, width);
        painter->drawText(QRectF(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, elided);
        y += lineHeight;
    }

    if (m_node.hiddenCaused > 0) {
        // "+3": effects of this event that the cut left out.
        QFont badgeFont = font;
        badgeFont.setPointSizeF(font.pointSizeF() * 0.85);
        const QString badge = QStringLiteral("+%1").arg(m_node.hiddenCaused);
        const QFontMetricsF badgeMetrics(badgeFont);
        const QRectF pill(m_size.width() - badgeMetrics.horizontalAdvance(badge) - 14, -7,
            badgeMetrics.horizontalAdvance(badge) + 10, badgeMetrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(GraphColors::aggregateAccent(m_node.aggregateTypeId, palette));
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(base);
        painter->setFont(badgeFont);
        painter->drawText(pill, Qt::AlignCenter, badge);
    }
}

GraphEdgeItem::GraphEdgeItem(const QPainterPath& path, const QPointF& tip, const QPointF& direction,
    GraphEdge::Kind kind, bool critical, const QString& label)
    : m_path(path)
    , m_tip(tip)
    , m_direction(direction)
    , m_kind(kind)
    , m_critical(critical)
    , m_label(label)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(critical ? 1.5 : 1);
    m_bounds = m_path.boundingRect().united(arrowHead().boundingRect()).adjusted(-4, -4, 4, 4);
    if (!m_label.isEmpty()) // the label's size depends on the scene's font: leave room for it
        m_bounds = m_bounds.united(QRectF(m_path.pointAtPercent(0.5) - QPointF(200, 30), QSizeF(400, 60)));
}

QPolygonF GraphEdgeItem::arrowHead() const
{
    const QPointF back = m_tip - m_direction * kArrowLength;
    const QPointF normal(-m_direction.y(), m_direction.x());
    const double half = m_critical ? 5 : 4;
    return QPolygonF({ m_tip, back + normal * half, back - normal * half });
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_bounds;
}

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPalette palette = paletteOf(this);
    QColor color = GraphColors::edge(palette);
    if (m_kind == GraphEdge::Kind::Compensates)
        color = GraphColors::compensation(palette);
    if (m_critical)
        color = GraphColors::criticalPath(palette);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, m_critical ? 2.6 : 1.4);
    if (m_kind == GraphEdge::Kind::Missing || m_kind == GraphEdge::Kind::Compensates)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(arrowHead());

    if (m_label.isEmpty())
        return;
    QFont font = fontOf(this);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    if (!isReadable(painter, font))
        return;
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(m_label) + 10, metrics.height() + 2);
    // Beside a vertical edge, above a short horizontal one, else on the line: never over the arrow.
    const QPointF middle = m_path.pointAtPercent(0.5);
    const double angle = qDegreesToRadians(m_path.angleAtPercent(0.5));
    QPointF center = middle;
    if (std::abs(std::sin(angle)) > 0.7)
        center += QPointF(size.width() / 2 + 5, 0);
    else if (m_path.length() < size.width() + 30)
        center -= QPointF(0, size.height() / 2 + 4);
    const QRectF pill(center - QPointF(size.width() / 2, size.height() / 2), size);
    painter->setBrush(palette.color(QPalette::Base));
    painter->setPen(QPen(color, 1));
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setFont(font);
    painter->setPen(m_critical ? color : palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, m_label);
}

GraphGroupItem::GraphGroupItem(const QRectF& rect, const QString& title)
    : m_rect(rect)
    , m_title(title)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(title);
    setZValue(0);
}

void GraphGroupItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPalette palette = paletteOf(this);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(GraphColors::mix(base, text, 0.35), 1, Qt::DashLine));
    painter->setBrush(GraphColors::mix(base, text, 0.035));
    painter->drawRoundedRect(m_rect, 10, 10);
    const QFont font = fontOf(this);
    if (!isReadable(painter, font))
        return;
    painter->setFont(font);
    painter->setPen(secondaryText(palette));
    const QFontMetricsF metrics(font);
    const double width = m_rect.width() - 20;
    painter->drawText(QRectF(m_rect.left() + 10, m_rect.top() + 3, width, metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(m_title, Qt::ElideRight, width));
}

GraphLaneItem::GraphLaneItem(const SwimlaneLayout::Lane& lane, int row, double width, double headerWidth)
    : m_lane(lane)
    , m_row(row)
    , m_rect(0, lane.top, width, lane.height)
    , m_headerWidth(headerWidth)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
    setToolTip(lane.isSpecial
            ? lane.title
            : QCoreApplication::translate("Chronoscope::GraphNodeItem", "%1 (%2)").arg(lane.title, lane.subtitle));
}

void GraphLaneItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPalette palette = paletteOf(this);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    painter->fillRect(m_rect, m_row % 2 ? GraphColors::mix(base, text, 0.04) : base);
    painter->setPen(QPen(GraphColors::mix(base, text, 0.15), 0));
    painter->drawLine(m_rect.bottomLeft(), m_rect.bottomRight());
    const QRectF header(0, m_rect.top(), m_headerWidth, m_rect.height());
    painter->fillRect(header, GraphColors::mix(base, text, 0.07));
    if (!m_lane.isSpecial)
        painter->fillRect(
            QRectF(0, m_rect.top(), 4, m_rect.height()), GraphColors::aggregateAccent(m_lane.aggregateTypeId, palette));
    QFont font = fontOf(this);
    if (!isReadable(painter, font))
        return;
    const QFontMetricsF metrics(font);
    const double width = m_headerWidth - 20;
    const double y = m_rect.center().y() - metrics.height();
    QFont bold = font;
    bold.setBold(true);
    bold.setItalic(m_lane.isSpecial);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRectF(12, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(bold).elidedText(m_lane.title, Qt::ElideMiddle, width));
    painter->setFont(font);
    painter->setPen(secondaryText(palette));
    painter->drawText(QRectF(12, y + metrics.height(), width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(m_lane.subtitle, Qt::ElideRight, width));
}

GraphBreakItem::GraphBreakItem(double x, double height, const QString& label)
    : m_x(x)
    , m_height(height)
    , m_label(label)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0.5);
    setToolTip(QCoreApplication::translate("Chronoscope::GraphNodeItem", "%1 of real time left out here").arg(label));
}

QRectF GraphBreakItem::boundingRect() const
{
    return QRectF(m_x - 45, -4, 90, m_height + 8);
}

void GraphBreakItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPalette palette = paletteOf(this);
    const QColor base = palette.color(QPalette::Base);
    const QColor line = GraphColors::mix(base, palette.color(QPalette::Text), 0.45);
    painter->setRenderHint(QPainter::Antialiasing);
    // Two zigzag lines: the axis is cut here.
    for (const double dx : { -4.0, 4.0 }) {
        QPolygonF zigzag;
        for (double y = 0; y <= m_height; y += 8)
            zigzag << QPointF(m_x + dx + (static_cast<int>(y / 8) % 2 ? 3 : -3), y);
        painter->setPen(QPen(line, 1.2));
        painter->drawPolyline(zigzag);
    }
    QFont font = fontOf(this);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    if (!isReadable(painter, font))
        return;
    const QFontMetricsF metrics(font);
    const QSizeF size(std::min(86.0, metrics.horizontalAdvance(m_label) + 10), metrics.height() + 2);
    const QRectF pill(QPointF(m_x - size.width() / 2, 4), size);
    painter->setPen(QPen(line, 1));
    painter->setBrush(base);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(m_label, Qt::ElideRight, size.width() - 6));
}

} // namespace Chronoscope
