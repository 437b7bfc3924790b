// SPDX-License-Identifier: MIT
#include "swimlanelayout.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope", text);
}

constexpr int kMaxGapBoxes = 3;

/// Microseconds per point: the median gap between consecutive distinct times spans most
/// of a box, so the typical step of a saga is readable.
double microsecondsPerPoint(const std::vector<TimeUs>& times, double boxWidth)
{
    std::vector<TimeUs> gaps;
    for (std::size_t i = 1; i < times.size(); ++i) {
        if (times[i] > times[i - 1])
            gaps.push_back(times[i] - times[i - 1]);
    }
    if (gaps.empty())
        return 1;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
    return std::max(1.0, static_cast<double>(gaps[gaps.size() / 2]) / (boxWidth * 0.75));
}

} // namespace

SwimlaneLayout layoutSwimlanes(const EventGraph& graph, const SwimlaneOptions& options)
{
    SwimlaneLayout layout;
    const auto n = graph.nodes.size();
    layout.nodes.resize(n);
    if (n == 0)
        return layout;

    // Time order: events by (time, position); invalid times last.
    std::vector<int> order;
    for (std::size_t i = 0; i < n; ++i) {
        if (graph.nodes[i].kind == GraphNode::Kind::Event)
            order.push_back(static_cast<int>(i));
    }
    auto timeOf = [&](int node) { return graph.nodes[static_cast<std::size_t>(node)].time; };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const bool aValid = timeOf(a) != kInvalidTime;
        const bool bValid = timeOf(b) != kInvalidTime;
        if (aValid != bValid)
            return aValid;
        return aValid && timeOf(a) < timeOf(b);
    });

    // Lanes: causes on top, then streams in the order they first appear, then "left out".
    const bool hasCauses = std::any_of(graph.nodes.begin(), graph.nodes.end(), [](const GraphNode& node) {
        return node.kind == GraphNode::Kind::Command || node.kind == GraphNode::Kind::MissingCause;
    });
    std::vector<int> laneOf(n, -1);
    if (hasCauses) {
        const bool commands = graph.causationStyle == CausationStyle::CommandIds;
        layout.lanes.push_back({ commands ? tr("commands") : tr("missing causes"),
            commands ? tr("named by causation ids") : tr("ids no event has"), 0, true });
    }
    QHash<QString, int> streamLanes;
    for (const int node : order) {
        const GraphNode& event = graph.nodes[static_cast<std::size_t>(node)];
        auto it = streamLanes.find(event.streamId);
        if (it == streamLanes.end()) {
            it = streamLanes.insert(event.streamId, static_cast<int>(layout.lanes.size()));
            layout.lanes.push_back({ event.streamId, event.aggregateType, event.aggregateTypeId, false });
        }
        laneOf[static_cast<std::size_t>(node)] = *it;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto kind = graph.nodes[i].kind;
        if (kind == GraphNode::Kind::Command || kind == GraphNode::Kind::MissingCause)
            laneOf[i] = 0;
    }
    const auto more = std::find_if(graph.nodes.begin(), graph.nodes.end(),
        [](const GraphNode& node) { return node.kind == GraphNode::Kind::More; });
    if (more != graph.nodes.end()) {
        laneOf[static_cast<std::size_t>(more - graph.nodes.begin())] = static_cast<int>(layout.lanes.size());
        layout.lanes.push_back({ tr("not drawn"), tr("over the limit"), 0, true });
    }
    const double laneHeight = options.eventSize.height() + 2 * options.lanePadding;
    for (std::size_t lane = 0; lane < layout.lanes.size(); ++lane) {
        layout.lanes[lane].top = static_cast<double>(lane) * laneHeight;
        layout.lanes[lane].height = laneHeight;
    }

    // x along time, compressed at long gaps, pushed right where a lane is crowded.
    std::vector<TimeUs> times;
    for (const int node : order) {
        if (timeOf(node) != kInvalidTime)
            times.push_back(timeOf(node));
    }
    const double usPerPoint = microsecondsPerPoint(times, options.eventSize.width());
    const double boxWidth = options.eventSize.width();
    layout.timeStart = options.laneHeaderWidth + options.spacing;
    std::vector<double> laneEnd(layout.lanes.size(), layout.timeStart);
    double x = layout.timeStart;
    TimeUs previous = kInvalidTime;
    auto place = [&](int node, double left) {
        const int lane = laneOf[static_cast<std::size_t>(node)];
        const double top = layout.lanes[static_cast<std::size_t>(lane)].top + options.lanePadding;
        const QSizeF size(boxWidth, options.eventSize.height());
        layout.nodes[static_cast<std::size_t>(node)] = QRectF(QPointF(left, top), size);
        laneEnd[static_cast<std::size_t>(lane)] = left + boxWidth + options.spacing;
    };
    for (const int node : order) {
        const TimeUs time = timeOf(node);
        if (previous != kInvalidTime && time != kInvalidTime && time > previous) {
            const double step = static_cast<double>(time - previous) / usPerPoint;
            if (step > kMaxGapBoxes * boxWidth) {
                // The break sits in the free space after every lane's last box.
                const double end = *std::max_element(laneEnd.begin(), laneEnd.end());
                const double left = std::max(x + boxWidth + options.spacing, end);
                layout.breaks.push_back({ left + options.breakWidth / 2, time - previous });
                x = left + options.breakWidth;
            } else {
                x += step;
            }
        }
        x = std::max(x, laneEnd[static_cast<std::size_t>(laneOf[static_cast<std::size_t>(node)])]);
        place(node, x);
        if (time != kInvalidTime)
            previous = time;
    }
    // Causes sit one box before their first event (or at the start when that is crowded).
    for (std::size_t i = 0; i < n; ++i) {
        const GraphNode& node = graph.nodes[i];
        if (node.kind != GraphNode::Kind::Command && node.kind != GraphNode::Kind::MissingCause)
            continue;
        double first = std::numeric_limits<double>::max();
        for (const GraphEdge& edge : graph.edges) {
            if (edge.from == static_cast<int>(i))
                first = std::min(first, layout.nodes[static_cast<std::size_t>(edge.to)].left());
        }
        const double wanted = first == std::numeric_limits<double>::max() ? layout.timeStart : first - boxWidth * 0.5;
        place(static_cast<int>(i), std::max(wanted, laneEnd[0]));
    }
    if (more != graph.nodes.end())
        place(static_cast<int>(more - graph.nodes.begin()), layout.timeStart);

    double right = layout.timeStart;
    for (const QRectF& rect : layout.nodes)
        right = std::max(right, rect.right());
    layout.size = QSizeF(right + options.spacing, static_cast<double>(layout.lanes.size()) * laneHeight);
    return layout;
}

} // namespace Chronoscope
