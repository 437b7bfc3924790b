// SPDX-License-Identifier: MIT
#include "criticalpath.h"

#include <QCoreApplication>

#include <algorithm>

namespace Chronoscope {

namespace {

bool isTreeEdge(const GraphEdge& edge)
{
    return edge.kind != GraphEdge::Kind::Compensates;
}

} // namespace

bool CriticalPath::hasStep(int from, int to) const
{
    for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
        if (nodes[i] == from && nodes[i + 1] == to)
            return true;
    }
    return false;
}

bool CriticalPath::hasNode(int node) const
{
    return std::find(nodes.begin(), nodes.end(), node) != nodes.end();
}

CriticalPath criticalPath(const EventGraph& graph)
{
    CriticalPath path;
    if (!graph.isValid())
        return path;
    const auto n = graph.nodes.size();
    std::vector<int> parent(n, -1);
    std::vector<std::vector<int>> children(n);
    for (const GraphEdge& edge : graph.edges) {
        if (!isTreeEdge(edge))
            continue;
        parent[static_cast<std::size_t>(edge.to)] = edge.from;
        children[static_cast<std::size_t>(edge.from)].push_back(edge.to);
    }
    int root = graph.focusNode;
    while (parent[static_cast<std::size_t>(root)] >= 0)
        root = parent[static_cast<std::size_t>(root)];
    const TimeUs rootTime = graph.nodes[static_cast<std::size_t>(root)].time;
    if (rootTime == kInvalidTime)
        return path;

    // Causes come before their effects in the store, so every node is reached once.
    int latest = -1;
    std::vector<int> stack { root };
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        const auto& effects = children[static_cast<std::size_t>(node)];
        stack.insert(stack.end(), effects.begin(), effects.end());
        const TimeUs time = graph.nodes[static_cast<std::size_t>(node)].time;
        if (!effects.empty() || time == kInvalidTime || node == root)
            continue;
        const TimeUs best = latest < 0 ? kInvalidTime : graph.nodes[static_cast<std::size_t>(latest)].time;
        if (latest < 0 || time > best || (time == best && node < latest))
            latest = node;
    }
    if (latest < 0)
        return path;
    for (int node = latest; node >= 0; node = parent[static_cast<std::size_t>(node)])
        path.nodes.push_back(node);
    std::reverse(path.nodes.begin(), path.nodes.end());
    path.duration = graph.nodes[static_cast<std::size_t>(latest)].time - rootTime;
    TimeUs previous = rootTime;
    for (std::size_t i = 1; i < path.nodes.size(); ++i) {
        TimeUs time = graph.nodes[static_cast<std::size_t>(path.nodes[i])].time;
        if (time == kInvalidTime)
            time = previous;
        if (path.slowestStep < 0 || time - previous > path.slowestDuration) {
            path.slowestStep = static_cast<int>(i - 1);
            path.slowestDuration = time - previous;
        }
        previous = time;
    }
    return path;
}

} // namespace Chronoscope
