// SPDX-License-Identifier: MIT
#pragma once

#include "criticalpath.h"
#include "eventgraph.h"
#include "store/expected.h"

#include <QPointF>
#include <QRectF>

#include <functional>

namespace Chronoscope {

enum class LayoutDirection : quint8
{
    TopDown,
    LeftRight,
};

/// How dot lays out a graph. Sizes are in points (1/72 inch), which are also scene units:
/// the view measures its labels and passes the box sizes here.
struct DotOptions
{
    LayoutDirection direction = LayoutDirection::TopDown;
    QSizeF eventSize { 176, 54 };
    QSizeF causeSize { 150, 40 }; ///< command and missing-cause nodes
    QSizeF moreSize { 200, 40 };
    /// Room dot leaves at the top of the correlation group's box for its title (points).
    int groupTitleHeight = 14;
    QString program = QStringLiteral("dot"); ///< name or path of Graphviz dot
    int timeoutMs = 30'000;
};

/// Where dot put things, in points with y growing downwards (as in QGraphicsScene).
struct GraphLayout
{
    QSizeF size;
    std::vector<QRectF> nodes; ///< per graph node
    /// Per graph edge: cubic B-spline control points from cause to effect (1 + 3k points).
    std::vector<std::vector<QPointF>> edges;

    bool isValid() const { return !nodes.empty(); }
};

struct LayoutError
{
    enum class Code : quint8
    {
        NotInstalled,
        TimedOut,
        Canceled,
        Failed, ///< dot exited with an error
        BadOutput,
    };
    Code code = Code::Failed;
    QString message;
};

/// DOT text for laying out `graph` with fixed box sizes and no labels (dot measures nothing).
QByteArray layoutDot(const EventGraph& graph, const DotOptions& options);
/// DOT text for people and for SVG: labelled, coloured boxes, the correlation as a cluster.
QByteArray displayDot(const EventGraph& graph, const DotOptions& options, const CriticalPath& path = {});

/// Runs `options.program -T<format>` on `dot` in a separate process, synchronously on the
/// calling thread (a worker): kills it on timeout or when `isCanceled` turns true (polled
/// every 50 ms). Returns its standard output.
Expected<QByteArray, LayoutError> runDot(const QByteArray& dot, const QByteArray& format, const DotOptions& options,
    const std::function<bool()>& isCanceled = {});

/// Reads `dot -Tplain` output of layoutDot(graph): node boxes and edge splines.
Expected<GraphLayout, LayoutError> parsePlainLayout(const QByteArray& plain, const EventGraph& graph);

/// layoutDot + runDot(plain) + parsePlainLayout.
Expected<GraphLayout, LayoutError> layoutWithDot(
    const EventGraph& graph, const DotOptions& options, const std::function<bool()>& isCanceled = {});

} // namespace Chronoscope
