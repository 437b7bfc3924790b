// SPDX-License-Identifier: MIT
#pragma once

#include "graph/graphjob.h"

#include <QGraphicsScene>

namespace Chronoscope {

class GraphNodeItem;

enum class GraphMode : quint8
{
    Layered, ///< dot's layers, top-down or left-right
    Swimlanes, ///< one lane per stream along real time
};

/// The items of one laid-out graph. Building items is the only graph work done on the GUI
/// thread; the geometry comes ready from the worker (GraphResult).
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);

    /// Replaces every item with those of `result` in `mode`; false when that mode has no
    /// layout (dot failed: only swimlanes are available).
    bool showResult(const GraphResult& result, GraphMode mode);
    void clearGraph();

    /// The box of the event at `position`, or null when it is not drawn.
    GraphNodeItem* itemForPosition(qint64 position) const;
    GraphNodeItem* itemForNode(int node) const;
    /// Marks the event at `position` as selected (none when it is not drawn).
    void setCurrentPosition(qint64 position);

private:
    void addLayered(const GraphResult& result);
    void addSwimlanes(const GraphResult& result);
    void addEdge(const GraphResult& result, const GraphEdge& edge, const QPainterPath& path, const QPointF& tip,
        const QPointF& direction);

    std::vector<GraphNodeItem*> m_nodes;
};

} // namespace Chronoscope
