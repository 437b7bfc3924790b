// SPDX-License-Identifier: MIT
#include "dotlayout.h"

#include "index/timestampparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>

#include <deque>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope", text);
}

constexpr int kPollMs = 50;
constexpr double kPointsPerInch = 72.0;

QByteArray inches(double points)
{
    return QByteArray::number(points / kPointsPerInch, 'f', 3);
}

QSizeF nodeSize(const GraphNode& node, const DotOptions& options)
{
    switch (node.kind) {
    case GraphNode::Kind::Event:
        return options.eventSize;
    case GraphNode::Kind::Command:
    case GraphNode::Kind::MissingCause:
        return options.causeSize;
    case GraphNode::Kind::More:
        return options.moreSize;
    }
    return options.eventSize;
}

QByteArray nodeName(int node)
{
    return "n" + QByteArray::number(node);
}

/// Compensation edges point back in time; dot lays them out as original → compensating
/// with dir=back, so ranks keep following time.
bool isBackward(const GraphEdge& edge)
{
    return edge.kind == GraphEdge::Kind::Compensates;
}

QByteArray edgeLine(const GraphEdge& edge, const QByteArray& attributes)
{
    const int tail = isBackward(edge) ? edge.to : edge.from;
    const int head = isBackward(edge) ? edge.from : edge.to;
    QByteArray line = "  " + nodeName(tail) + " -> " + nodeName(head);
    QByteArray all = attributes;
    if (isBackward(edge))
        all += QByteArray(all.isEmpty() ? "" : ", ") + "dir=back";
    if (!all.isEmpty())
        line += " [" + all + "]";
    return line + ";\n";
}

QByteArray header(const DotOptions& options)
{
    return "digraph chronoscope {\n  graph [rankdir="
        + QByteArray(options.direction == LayoutDirection::LeftRight ? "LR" : "TB")
        + ", nodesep=0.35, ranksep=0.6, splines=spline];\n";
}

/// The correlation group as a cluster, so dot keeps its members together.
QByteArray cluster(const EventGraph& graph, const QByteArray& attributes)
{
    QByteArray text = "  subgraph cluster_correlation {\n    " + attributes + "\n";
    bool any = false;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (graph.nodes[i].inCorrelation) {
            text += "    " + nodeName(static_cast<int>(i)) + ";\n";
            any = true;
        }
    }
    return any ? text + "  }\n" : QByteArray();
}

QByteArray quoted(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return '"' + bytes + '"';
}

/// Light fills for exported pictures (the view picks its own, palette-aware colours).
const char* exportFill(quint32 aggregateTypeId)
{
    static const char* const fills[]
        = { "#dbe8fb", "#dcf2e0", "#fbe6d2", "#ece0f7", "#f9dce3", "#d9f1f2", "#f3efcf", "#e4e4e4" };
    return fills[aggregateTypeId % std::size(fills)];
}

QString nodeLabel(const GraphNode& node)
{
    switch (node.kind) {
    case GraphNode::Kind::Event:
        return node.type + u'\n' + tr("%1 v%2").arg(node.streamId).arg(node.version) + u'\n'
            + TimestampParser::toIso(node.time);
    case GraphNode::Kind::Command:
        return node.count == 1 ? tr("command %1\n1 event").arg(node.causeId)
                               : tr("command %1\n%2 events").arg(node.causeId).arg(node.count);
    case GraphNode::Kind::MissingCause:
        return tr("missing cause %1").arg(node.causeId.isEmpty() ? tr("(id unknown)") : node.causeId);
    case GraphNode::Kind::More:
        return tr("%1 more events not drawn").arg(node.count);
    }
    return {};
}

} // namespace

QByteArray layoutDot(const EventGraph& graph, const DotOptions& options)
{
    QByteArray dot = header(options);
    dot += "  node [shape=box, fixedsize=true, label=\"\", width=" + inches(options.eventSize.width())
        + ", height=" + inches(options.eventSize.height()) + "];\n";
    dot += cluster(graph, "margin=14; label=\"M\"; fontsize=" + QByteArray::number(options.groupTitleHeight) + ";");
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const QSizeF size = nodeSize(graph.nodes[i], options);
        if (size != options.eventSize) {
            dot += "  " + nodeName(static_cast<int>(i)) + " [width=" + inches(size.width())
                + ", height=" + inches(size.height()) + "];\n";
        }
    }
    for (const GraphEdge& edge : graph.edges)
        dot += edgeLine(edge, {});
    return dot + "}\n";
}

QByteArray displayDot(const EventGraph& graph, const DotOptions& options, const CriticalPath& path)
{
    QByteArray dot = header(options);
    dot += "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10];\n";
    dot += "  edge [color=\"#555555\"];\n";
    const QString clusterLabel
        = graph.correlationId.isEmpty() ? tr("correlation group") : tr("correlation %1").arg(graph.correlationId);
    dot += cluster(graph,
        "label=" + quoted(clusterLabel) + "; style=\"rounded,dashed\"; color=\"#888888\"; fontname=\"DejaVu Sans\";");
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode& node = graph.nodes[i];
        QByteArray attributes = "label=" + quoted(nodeLabel(node));
        if (node.kind == GraphNode::Kind::Event) {
            attributes += QByteArray(", fillcolor=\"") + exportFill(node.aggregateTypeId) + '"';
            attributes += ", tooltip=" + quoted(tr("position %1").arg(node.position));
        } else if (node.kind == GraphNode::Kind::Command) {
            attributes += ", shape=component, fillcolor=\"#f4f4f4\"";
        } else {
            attributes += ", style=\"rounded,dashed\", fillcolor=\"#ffffff\"";
        }
        if (static_cast<int>(i) == graph.focusNode)
            attributes += ", penwidth=3";
        else if (path.hasNode(static_cast<int>(i)))
            attributes += ", penwidth=2, color=\"#c0392b\"";
        dot += "  " + nodeName(static_cast<int>(i)) + " [" + attributes + "];\n";
    }
    for (const GraphEdge& edge : graph.edges) {
        QByteArray attributes;
        if (edge.kind == GraphEdge::Kind::Missing)
            attributes = "style=dashed";
        else if (edge.kind == GraphEdge::Kind::Compensates)
            attributes = "style=dashed, color=\"#d35400\", label=" + quoted(tr("reverses"));
        if (path.hasStep(edge.from, edge.to))
            attributes += QByteArray(attributes.isEmpty() ? "" : ", ") + "color=\"#c0392b\", penwidth=2.5";
        dot += edgeLine(edge, attributes);
    }
    return dot + "}\n";
}

Expected<QByteArray, LayoutError> runDot(
    const QByteArray& dot, const QByteArray& format, const DotOptions& options, const std::function<bool()>& isCanceled)
{
    QProcess process;
    process.start(options.program, { QStringLiteral("-T") + QString::fromLatin1(format) });
    if (!process.waitForStarted()) {
        return LayoutError { LayoutError::Code::NotInstalled,
            tr("Graphviz '%1' could not be started (%2); install Graphviz (package graphviz)")
                .arg(options.program, process.errorString()) };
    }
    process.write(dot);
    process.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(kPollMs)) {
        const bool canceled = isCanceled && isCanceled();
        const bool late = clock.elapsed() > options.timeoutMs;
        if (!canceled && !late)
            continue;
        process.kill();
        process.waitForFinished();
        if (canceled)
            return LayoutError { LayoutError::Code::Canceled, tr("layout canceled") };
        return LayoutError { LayoutError::Code::TimedOut,
            tr("Graphviz '%1' took longer than %2 s and was stopped")
                .arg(options.program)
                .arg(options.timeoutMs / 1000.0) };
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return LayoutError { LayoutError::Code::Failed,
            tr("Graphviz '%1' failed (exit code %2): %3")
                .arg(options.program)
                .arg(process.exitCode())
                .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()) };
    }
    return process.readAllStandardOutput();
}

Expected<GraphLayout, LayoutError> parsePlainLayout(const QByteArray& plain, const EventGraph& graph)
{
    auto bad = [](const QString& why) {
        return LayoutError { LayoutError::Code::BadOutput, tr("unexpected output from Graphviz: %1").arg(why) };
    };
    GraphLayout layout;
    layout.nodes.resize(graph.nodes.size());
    layout.edges.resize(graph.edges.size());
    QHash<QPair<int, int>, std::deque<int>> edgesByEnds;
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const GraphEdge& edge = graph.edges[i];
        const auto ends = isBackward(edge) ? qMakePair(edge.to, edge.from) : qMakePair(edge.from, edge.to);
        edgesByEnds[ends].push_back(static_cast<int>(i));
    }
    auto nodeNumber = [&](const QByteArray& name) {
        bool ok = false;
        const int number = name.startsWith('n') ? name.mid(1).toInt(&ok) : -1;
        return ok && number >= 0 && number < static_cast<int>(graph.nodes.size()) ? number : -1;
    };
    double height = 0;
    int placed = 0;
    for (const QByteArray& line : plain.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.isEmpty() || f[0].isEmpty())
            continue;
        auto number = [&](qsizetype i) { return i < f.size() ? f[i].toDouble() * kPointsPerInch : 0.0; };
        if (f[0] == "graph" && f.size() >= 4) {
            layout.size = QSizeF(number(2), number(3));
            height = layout.size.height();
        } else if (f[0] == "node" && f.size() >= 6) {
            const int node = nodeNumber(f[1]);
            if (node < 0)
                return bad(tr("unknown node '%1'").arg(QString::fromUtf8(f[1])));
            const QSizeF size(number(4), number(5));
            layout.nodes[static_cast<std::size_t>(node)]
                = QRectF(QPointF(number(2) - size.width() / 2, height - number(3) - size.height() / 2), size);
            ++placed;
        } else if (f[0] == "edge" && f.size() >= 4) {
            const auto ends = qMakePair(nodeNumber(f[1]), nodeNumber(f[2]));
            auto it = edgesByEnds.find(ends);
            if (it == edgesByEnds.end() || it->empty())
                return bad(tr("unknown edge %1 → %2").arg(QString::fromUtf8(f[1]), QString::fromUtf8(f[2])));
            const int edge = it->front();
            it->pop_front();
            const int count = f[3].toInt();
            if (f.size() < 4 + 2 * count)
                return bad(tr("truncated edge line"));
            std::vector<QPointF> points;
            for (int i = 0; i < count; ++i)
                points.emplace_back(number(4 + 2 * i), height - number(5 + 2 * i));
            if (isBackward(graph.edges[static_cast<std::size_t>(edge)]))
                std::reverse(points.begin(), points.end());
            layout.edges[static_cast<std::size_t>(edge)] = std::move(points);
        }
    }
    if (placed != static_cast<int>(graph.nodes.size()))
        return bad(tr("%1 of %2 nodes placed").arg(placed).arg(graph.nodes.size()));
    return layout;
}

Expected<GraphLayout, LayoutError> layoutWithDot(
    const EventGraph& graph, const DotOptions& options, const std::function<bool()>& isCanceled)
{
    auto plain = runDot(layoutDot(graph, options), "plain", options, isCanceled);
    if (!plain)
        return plain.error();
    return parsePlainLayout(*plain, graph);
}

} // namespace Chronoscope
