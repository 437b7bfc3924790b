// SPDX-License-Identifier: MIT
#include "graphscene.h"

#include "graphitems.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>

namespace Chronoscope {

namespace {

/// Length of the gap dot leaves for the arrowhead (arrowsize 1).
constexpr double kArrowGap = 10;
constexpr double kGroupMargin = 14;
constexpr double kSceneMargin = 24;

QPointF unit(const QPointF& from, const QPointF& to)
{
    const double length = QLineF(from, to).length();
    return length > 1e-9 ? (to - from) / length : QPointF(0, 1);
}

/// dot's control points (1 + 3k of them) as a path of cubic Béziers.
QPainterPath splinePath(const std::vector<QPointF>& points)
{
    QPainterPath path(points.front());
    if ((points.size() - 1) % 3 == 0) {
        for (std::size_t i = 1; i + 2 < points.size(); i += 3)
            path.cubicTo(points[i], points[i + 1], points[i + 2]);
    } else {
        for (std::size_t i = 1; i < points.size(); ++i)
            path.lineTo(points[i]);
    }
    return path;
}

} // namespace

GraphScene::GraphScene(QObject* parent)
    : QGraphicsScene(parent)
{
    // Items are few (≤ ~10,000) and rebuilt as a whole: no BSP tree upkeep needed.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

void GraphScene::clearGraph()
{
    m_nodes.clear();
    clear();
    setSceneRect(QRectF());
}

GraphNodeItem* GraphScene::itemForNode(int node) const
{
    return node >= 0 && node < static_cast<int>(m_nodes.size()) ? m_nodes[static_cast<std::size_t>(node)] : nullptr;
}

GraphNodeItem* GraphScene::itemForPosition(qint64 position) const
{
    for (GraphNodeItem* item : m_nodes) {
        if (item && item->node().kind == GraphNode::Kind::Event && item->node().position == position)
            return item;
    }
    return nullptr;
}

void GraphScene::setCurrentPosition(qint64 position)
{
    for (GraphNodeItem* item : m_nodes) {
        const bool current = item && item->node().kind == GraphNode::Kind::Event && item->node().position == position;
        if (item && item->isCurrent() != current)
            item->setCurrent(current);
    }
}

bool GraphScene::showResult(const GraphResult& result, GraphMode mode)
{
    clearGraph();
    if (!result.graph)
        return false;
    if (mode == GraphMode::Layered && !result.layered.isValid())
        return false;
    const EventGraph& graph = *result.graph;
    const std::vector<QRectF>& rects = mode == GraphMode::Layered ? result.layered.nodes : result.swimlanes.nodes;
    m_nodes.assign(graph.nodes.size(), nullptr);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        auto* item = new GraphNodeItem(graph.nodes[i], static_cast<int>(i), rects[i]);
        item->setFocusEvent(static_cast<int>(i) == graph.focusNode);
        item->setCritical(result.path.hasNode(static_cast<int>(i)));
        addItem(item);
        m_nodes[i] = item;
    }
    if (mode == GraphMode::Layered)
        addLayered(result);
    else
        addSwimlanes(result);
    setSceneRect(itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    return true;
}

void GraphScene::addEdge(const GraphResult& result, const GraphEdge& edge, const QPainterPath& path, const QPointF& tip,
    const QPointF& direction)
{
    const bool critical = result.path.hasStep(edge.from, edge.to);
    QString label;
    if (edge.kind == GraphEdge::Kind::Compensates) {
        label = tr("reverses");
    } else if (critical) {
        const EventGraph& graph = *result.graph;
        const TimeUs from = graph.nodes[static_cast<std::size_t>(edge.from)].time;
        const TimeUs to = graph.nodes[static_cast<std::size_t>(edge.to)].time;
        // A command is timed by its first event: that step says nothing.
        const bool fromEvent = graph.nodes[static_cast<std::size_t>(edge.from)].kind == GraphNode::Kind::Event;
        if (fromEvent && from != kInvalidTime && to != kInvalidTime) {
            const bool slowest = result.path.slowestStep >= 0
                && result.path.nodes[static_cast<std::size_t>(result.path.slowestStep)] == edge.from;
            label = (slowest ? tr("slowest +%1") : tr("+%1")).arg(formatDuration(to - from));
        }
    }
    addItem(new GraphEdgeItem(path, tip, direction, edge.kind, critical, label));
}

void GraphScene::addLayered(const GraphResult& result)
{
    const EventGraph& graph = *result.graph;
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const std::vector<QPointF>& points = result.layered.edges[i];
        if (points.size() < 2)
            continue;
        const QPointF direction = unit(points[points.size() - 2], points.back());
        addEdge(result, graph.edges[i], splinePath(points), points.back() + direction * kArrowGap, direction);
    }
    // The correlation group: the box around its members (dot kept them together as a cluster).
    QRectF group;
    qint64 members = 0;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (!graph.nodes[i].inCorrelation)
            continue;
        group = group.united(result.layered.nodes[i]);
        members += graph.nodes[i].kind == GraphNode::Kind::Event ? 1 : 0;
    }
    if (group.isNull())
        return;
    const QLocale locale;
    const double titleHeight = QFontMetricsF(font()).height() + 4;
    const QString id = graph.correlationId.isEmpty() ? tr("(id not read)") : graph.correlationId;
    addItem(new GraphGroupItem(group.adjusted(-kGroupMargin, -kGroupMargin - titleHeight, kGroupMargin, kGroupMargin),
        tr("correlation %1 · %2 events").arg(id, locale.toString(members))));
}

void GraphScene::addSwimlanes(const GraphResult& result)
{
    const EventGraph& graph = *result.graph;
    const SwimlaneLayout& layout = result.swimlanes;
    for (std::size_t lane = 0; lane < layout.lanes.size(); ++lane) {
        addItem(
            new GraphLaneItem(layout.lanes[lane], static_cast<int>(lane), layout.size.width(), layout.timeStart - 8));
    }
    for (const SwimlaneLayout::Break& gap : layout.breaks)
        addItem(new GraphBreakItem(gap.x, layout.size.height(), formatDuration(gap.gap)));
    for (const GraphEdge& edge : graph.edges) {
        const QRectF from = layout.nodes[static_cast<std::size_t>(edge.from)];
        const QRectF to = layout.nodes[static_cast<std::size_t>(edge.to)];
        QPainterPath path;
        QPointF tip;
        QPointF direction;
        const bool sameLane = qAbs(from.center().y() - to.center().y()) < 1;
        const bool down = to.top() > from.top();
        if (sameLane && to.left() >= from.right()) {
            // Along the lane, right side to left side.
            const QPointF start(from.right(), from.center().y());
            tip = QPointF(to.left(), to.center().y());
            direction = QPointF(1, 0);
            path = QPainterPath(start);
            path.lineTo(tip - direction * kArrowGap);
        } else if (!sameLane && to.left() >= from.right() - 2 * kArrowGap) {
            // A flow to a later lane event: out of the cause's bottom (or top), into the effect's left side.
            const QPointF start(
                std::min(from.right() - 2 * kArrowGap, to.left() - kArrowGap), down ? from.bottom() : from.top());
            tip = QPointF(to.left(), to.center().y());
            direction = QPointF(1, 0);
            const QPointF end = tip - direction * kArrowGap;
            path = QPainterPath(start);
            path.cubicTo(QPointF(start.x(), end.y()), QPointF(start.x(), end.y()), end);
        } else if (!sameLane) {
            // Overlapping in time: straight between the lanes.
            const double x = to.left() > from.left() ? std::min(to.left() + 3 * kArrowGap, to.right() - kArrowGap)
                                                     : to.center().x();
            const QPointF start(
                std::clamp(x, from.left() + kArrowGap, from.right() - kArrowGap), down ? from.bottom() : from.top());
            direction = QPointF(0, down ? 1 : -1);
            tip = QPointF(x, down ? to.top() : to.bottom());
            const QPointF end = tip - direction * kArrowGap;
            path = QPainterPath(start);
            path.cubicTo(
                QPointF(start.x(), (start.y() + end.y()) / 2), QPointF(end.x(), (start.y() + end.y()) / 2), end);
        } else {
            // Backwards in the lane (compensation): an arc above the boxes.
            const QPointF start(from.center().x(), from.top());
            tip = QPointF(to.center().x(), to.top());
            direction = QPointF(0, 1);
            const QPointF end = tip - direction * kArrowGap;
            const double lift = std::min(from.height(), 24 + qAbs(start.x() - end.x()) / 8);
            path = QPainterPath(start);
            path.cubicTo(start - QPointF(0, lift), end - QPointF(0, lift), end);
        }
        addEdge(result, edge, path, tip, direction);
    }
}

} // namespace Chronoscope
