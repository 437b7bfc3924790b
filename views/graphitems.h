// SPDX-License-Identifier: MIT
#pragma once

#include "graph/eventgraph.h"
#include "graph/swimlanelayout.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace Chronoscope {

/// One box of the graph: an event (type, stream and version, time), a command, a missing
/// cause or the "N more" node. Colours come from the scene's palette at paint time, so a
/// theme change only needs a repaint. Text is skipped when it would be too small to read.
class GraphNodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 601
    };
    GraphNodeItem(const GraphNode& node, int nodeIndex, const QRectF& sceneRect);

    int type() const override { return Type; }
    int nodeIndex() const { return m_index; }
    const GraphNode& node() const { return m_node; }

    void setFocusEvent(bool focus);
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setCritical(bool critical);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QStringList lines() const;

    GraphNode m_node;
    int m_index;
    QSizeF m_size;
    bool m_focus = false;
    bool m_current = false;
    bool m_critical = false;
};

/// A link between two boxes, with its arrowhead at the effect; dashed for missing causes
/// and compensation; thick and coloured on the critical path, with the step's duration.
class GraphEdgeItem : public QGraphicsItem
{
public:
    GraphEdgeItem(const QPainterPath& path, const QPointF& tip, const QPointF& direction, GraphEdge::Kind kind,
        bool critical, const QString& label);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPolygonF arrowHead() const;

    QPainterPath m_path;
    QPointF m_tip;
    QPointF m_direction;
    GraphEdge::Kind m_kind;
    bool m_critical;
    QString m_label;
    QRectF m_bounds;
};

/// The box around a correlation group (members by correlation id, linked or not).
class GraphGroupItem : public QGraphicsItem
{
public:
    GraphGroupItem(const QRectF& rect, const QString& title);
    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF m_rect;
    QString m_title;
};

/// A swimlane: a band across the scene with the stream's name at the left.
class GraphLaneItem : public QGraphicsItem
{
public:
    GraphLaneItem(const SwimlaneLayout::Lane& lane, int row, double width, double headerWidth);
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    SwimlaneLayout::Lane m_lane;
    int m_row;
    QRectF m_rect;
    double m_headerWidth;
};

/// A compressed gap in swimlane time, with the real time it leaves out.
class GraphBreakItem : public QGraphicsItem
{
public:
    GraphBreakItem(double x, double height, const QString& label);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    double m_x;
    double m_height;
    QString m_label;
};

} // namespace Chronoscope
