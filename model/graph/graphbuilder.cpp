// SPDX-License-Identifier: MIT
#include "graphbuilder.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope", text);
}

constexpr int kCancelCheckEvery = 256;

/// The events of the graph in the order the cut keeps them, without duplicates.
class PriorityList
{
public:
    bool add(qint32 position)
    {
        if (!m_seen.insert(position).second)
            return false;
        m_order.push_back(position);
        return true;
    }
    const std::vector<qint32>& order() const { return m_order; }

private:
    std::unordered_set<qint32> m_seen;
    std::vector<qint32> m_order;
};

/// Breadth-first over what `from` caused; adds every effect (the count must be exact).
void addDescendants(const ReverseLinks& links, qint32 from, PriorityList& list)
{
    std::vector<qint32> queue { from };
    for (std::size_t head = 0; head < queue.size(); ++head) {
        for (const qint32 effect : links.caused(queue[head])) {
            list.add(effect);
            queue.push_back(effect);
        }
    }
}

/// The event id named by one of `fields` in a JSON payload, if any.
std::optional<QString> compensatedId(const QByteArray& payload, const QStringList& fields)
{
    bool mentioned = false;
    for (const QString& field : fields)
        mentioned = mentioned || payload.contains(field.toUtf8());
    if (!mentioned)
        return std::nullopt;
    const auto json = nlohmann::json::parse(payload.constData(), payload.constData() + payload.size(), nullptr, false);
    if (!json.is_object())
        return std::nullopt;
    for (const QString& field : fields) {
        const auto it = json.find(field.toStdString());
        if (it != json.end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    }
    return std::nullopt;
}

class Builder
{
public:
    Builder(const EventIndex& index, const ReverseLinks& links, EventStore* store, const GraphOptions& options,
        const std::function<bool()>& isCanceled)
        : m_index(index)
        , m_links(links)
        , m_store(store)
        , m_options(options)
        , m_isCanceled(isCanceled)
    { }

    bool canceled() const { return m_isCanceled && m_isCanceled(); }

    /// Lineage, the focus's effects, the root's tree, then the correlation group by distance.
    std::vector<qint32> collect(qint32 focus)
    {
        PriorityList list;
        std::vector<qint32> lineage { focus };
        while (m_index.causation(lineage.back()) >= 0)
            lineage.push_back(m_index.causation(lineage.back()));
        for (auto it = lineage.rbegin(); it != lineage.rend(); ++it)
            list.add(*it);
        addDescendants(m_links, focus, list);
        m_treeSize = static_cast<qint64>(list.order().size());
        addDescendants(m_links, lineage.back(), list);
        std::vector<qint32> members(
            m_links.correlationMembers(m_index, focus).begin(), m_links.correlationMembers(m_index, focus).end());
        std::stable_sort(members.begin(), members.end(),
            [focus](qint32 a, qint32 b) { return std::abs(a - focus) < std::abs(b - focus); });
        for (const qint32 member : members)
            list.add(member);
        return list.order();
    }

    /// Reads the drawn events from the store; returns false when canceled.
    bool read(const std::vector<qint32>& positions)
    {
        if (!m_store)
            return true;
        int done = 0;
        for (const qint32 position : positions) {
            if (++done % kCancelCheckEvery == 0 && canceled())
                return false;
            if (m_read.contains(position))
                continue;
            auto event = m_store->readEvent(m_index.rowId(position));
            if (!event) {
                m_warnings << QCoreApplication::translate("Chronoscope", "position %1: %2")
                                  .arg(position)
                                  .arg(event.error().message());
                continue;
            }
            m_read.insert(position, std::move(event).value());
        }
        return true;
    }

    /// Originals named by compensating events that are not drawn yet.
    std::vector<qint32> compensatedOriginals(const std::vector<qint32>& drawn)
    {
        std::vector<qint32> originals;
        if (!m_store)
            return originals;
        const std::unordered_set<qint32> isDrawn(drawn.begin(), drawn.end());
        for (const qint32 position : drawn) {
            const auto it = m_read.constFind(position);
            if (it == m_read.constEnd())
                continue;
            const auto id = compensatedId(it->data, m_options.compensationFields);
            if (!id)
                continue;
            const auto rowId = m_store->rowIdOfEvent(id->toStdString());
            const qint64 original = rowId && *rowId >= 0 ? m_index.positionOfRowId(*rowId) : -1;
            if (original < 0) {
                m_warnings << QCoreApplication::translate(
                    "Chronoscope", "position %1 reverses event '%2', which is not in the index")
                                  .arg(position)
                                  .arg(*id);
                continue;
            }
            m_compensations.push_back({ position, static_cast<qint32>(original) });
            if (!isDrawn.contains(static_cast<qint32>(original)))
                originals.push_back(static_cast<qint32>(original));
        }
        return originals;
    }

    GraphNode eventNode(qint32 position) const
    {
        GraphNode node;
        node.kind = GraphNode::Kind::Event;
        node.position = position;
        node.type = m_index.types().string(m_index.type(position));
        const quint32 stream = m_index.stream(position);
        node.streamId = m_index.streams().string(stream);
        node.aggregateTypeId = m_index.streamAggregateType(stream);
        node.aggregateType = m_index.aggregateTypes().string(node.aggregateTypeId);
        node.version = m_index.version(position);
        node.time = m_index.timestamp(position);
        if (const auto it = m_read.constFind(position); it != m_read.constEnd())
            node.eventId = it->eventId;
        return node;
    }

    const QHash<qint32, Event>& readEvents() const { return m_read; }
    const std::vector<std::pair<qint32, qint32>>& compensations() const { return m_compensations; }
    QStringList warnings() const { return m_warnings; }
    qint64 treeSize() const { return m_treeSize; }

private:
    const EventIndex& m_index;
    const ReverseLinks& m_links;
    EventStore* m_store;
    const GraphOptions& m_options;
    const std::function<bool()>& m_isCanceled;
    QHash<qint32, Event> m_read;
    std::vector<std::pair<qint32, qint32>> m_compensations; ///< (compensating, original)
    QStringList m_warnings;
    qint64 m_treeSize = 0;
};

GraphError canceledError()
{
    return { GraphError::Code::Canceled, tr("canceled") };
}

} // namespace

int EventGraph::nodeOfPosition(qint64 position) const
{
    // Event nodes come first, by position.
    const auto end = std::find_if(
        nodes.begin(), nodes.end(), [](const GraphNode& node) { return node.kind != GraphNode::Kind::Event; });
    const auto it = std::lower_bound(
        nodes.begin(), end, position, [](const GraphNode& node, qint64 wanted) { return node.position < wanted; });
    return it != end && it->position == position ? static_cast<int>(it - nodes.begin()) : -1;
}

Expected<EventGraph, GraphError> buildEventGraph(const EventIndex& index, const ReverseLinks& links, EventStore* store,
    CausationStyle style, qint64 position, const GraphOptions& options, const std::function<bool()>& isCanceled)
{
    if (position < 0 || position >= index.size() || position >= links.size()) {
        return GraphError { GraphError::Code::NoSuchEvent,
            tr("no event at position %1 (positions go from 0 to %2)").arg(position).arg(index.size() - 1) };
    }
    Builder builder(index, links, store, options, isCanceled);
    const qint32 focus = static_cast<qint32>(position);
    const std::vector<qint32> ordered = builder.collect(focus);
    if (builder.canceled())
        return canceledError();

    EventGraph graph;
    graph.focusPosition = focus;
    graph.correlationRoot = index.correlationRoot(focus);
    graph.causationStyle = style;
    graph.limit = std::max<qint64>(1, options.limit);
    graph.totalEvents = static_cast<qint64>(ordered.size());
    std::vector<qint32> drawn(ordered.begin(), ordered.begin() + std::min<qint64>(graph.totalEvents, graph.limit));
    graph.shownEvents = static_cast<qint64>(drawn.size());
    if (!builder.read(drawn))
        return canceledError();
    // Reversed events join the graph (they usually belong to another, older correlation).
    const std::vector<qint32> originals = builder.compensatedOriginals(drawn);
    if (!builder.read(originals))
        return canceledError();
    const std::unordered_set<qint32> lineageAndEffects(ordered.begin(), ordered.begin() + builder.treeSize());
    drawn.insert(drawn.end(), originals.begin(), originals.end());
    std::sort(drawn.begin(), drawn.end());
    drawn.erase(std::unique(drawn.begin(), drawn.end()), drawn.end());
    const auto extra = static_cast<qint64>(drawn.size()) - graph.shownEvents;
    graph.totalEvents += extra;
    graph.shownEvents += extra;

    QHash<qint32, int> nodeOf;
    for (const qint32 p : drawn) {
        nodeOf.insert(p, static_cast<int>(graph.nodes.size()));
        GraphNode node = builder.eventNode(p);
        node.inCausationTree = lineageAndEffects.contains(p);
        node.inCorrelation = graph.correlationRoot >= 0 && index.correlationRoot(p) == graph.correlationRoot;
        graph.nodes.push_back(std::move(node));
    }
    graph.focusNode = nodeOf.value(focus, -1);
    if (const auto it = builder.readEvents().constFind(focus); it != builder.readEvents().constEnd())
        graph.correlationId = it->correlationId;

    // Causes: events, or one node per distinct missing id (a command, or a dangling stub).
    QHash<QString, int> causeNodes;
    for (const qint32 p : drawn) {
        const int to = nodeOf.value(p);
        const qint32 cause = index.causation(p);
        if (cause >= 0) {
            if (const auto from = nodeOf.constFind(cause); from != nodeOf.constEnd())
                graph.edges.push_back({ *from, to, GraphEdge::Kind::Causation });
            continue;
        }
        if (cause != kDanglingCausation)
            continue;
        const auto read = builder.readEvents().constFind(p);
        // Without the raw id every dangling event gets its own stub.
        const QString id = read != builder.readEvents().constEnd() ? read->causationId : QString();
        const QString key = id.isEmpty() ? QStringLiteral("#%1").arg(p) : id;
        auto it = causeNodes.find(key);
        if (it == causeNodes.end()) {
            GraphNode node;
            node.kind = style == CausationStyle::CommandIds ? GraphNode::Kind::Command : GraphNode::Kind::MissingCause;
            node.causeId = id;
            node.inCorrelation = graph.nodes[static_cast<std::size_t>(to)].inCorrelation;
            it = causeNodes.insert(key, static_cast<int>(graph.nodes.size()));
            graph.nodes.push_back(std::move(node));
        }
        GraphNode& causeNode = graph.nodes[static_cast<std::size_t>(*it)];
        ++causeNode.count;
        const TimeUs time = graph.nodes[static_cast<std::size_t>(to)].time;
        if (time != kInvalidTime && (causeNode.time == kInvalidTime || time < causeNode.time))
            causeNode.time = time;
        causeNode.inCausationTree
            = causeNode.inCausationTree || graph.nodes[static_cast<std::size_t>(to)].inCausationTree;
        graph.edges.push_back(
            { *it, to, style == CausationStyle::CommandIds ? GraphEdge::Kind::Command : GraphEdge::Kind::Missing });
    }
    for (const auto& [compensating, original] : builder.compensations())
        graph.edges.push_back({ nodeOf.value(compensating), nodeOf.value(original), GraphEdge::Kind::Compensates });

    for (const qint32 p : drawn) {
        qint64 hidden = 0;
        for (const qint32 effect : links.caused(p))
            hidden += nodeOf.contains(effect) ? 0 : 1;
        graph.nodes[static_cast<std::size_t>(nodeOf.value(p))].hiddenCaused = hidden;
    }
    if (graph.isTruncated()) {
        GraphNode more;
        more.kind = GraphNode::Kind::More;
        more.count = graph.totalEvents - graph.shownEvents;
        graph.nodes.push_back(std::move(more));
    }
    graph.warnings = builder.warnings();
    return graph;
}

} // namespace Chronoscope
