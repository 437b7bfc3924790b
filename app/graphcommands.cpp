// SPDX-License-Identifier: MIT
#include "graphcommands.h"

#include "commandlinesupport.h"
#include "graph/graphjob.h"
#include "index/timestampparser.h"

namespace Chronoscope::CommandLine {

using namespace Support;

namespace {

const QString kCommand = QStringLiteral("graph");

int fail(QTextStream& err, const QString& message, int code = kExitBadInput)
{
    err << "chronoscope graph: " << message << Qt::endl;
    return code;
}

/// Finds the first event of a correlation by scanning the store (the index keeps no ids).

const char* kindName(GraphNode::Kind kind)
{
    switch (kind) {
    case GraphNode::Kind::Event:
        return "event";
    case GraphNode::Kind::Command:
        return "command";
    case GraphNode::Kind::MissingCause:
        return "missingCause";
    case GraphNode::Kind::More:
        return "more";
    }
    return "";
}

const char* kindName(GraphEdge::Kind kind)
{
    switch (kind) {
    case GraphEdge::Kind::Causation:
        return "causation";
    case GraphEdge::Kind::Command:
        return "command";
    case GraphEdge::Kind::Missing:
        return "missingCause";
    case GraphEdge::Kind::Compensates:
        return "compensates";
    }
    return "";
}

Json toJson(const EventGraph& graph, const CausationProfile& profile, const CriticalPath& path)
{
    Json nodes = Json::array();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode& node = graph.nodes[i];
        Json item;
        item["id"] = i;
        item["kind"] = kindName(node.kind);
        if (node.kind == GraphNode::Kind::Event) {
            item["position"] = node.position;
            item["eventId"] = utf8(node.eventId);
            item["type"] = utf8(node.type);
            item["streamId"] = utf8(node.streamId);
            item["aggregateType"] = utf8(node.aggregateType);
            item["version"] = node.version;
            item["timestamp"] = utf8(TimestampParser::toIso(node.time));
            item["inCausationTree"] = node.inCausationTree;
            item["inCorrelation"] = node.inCorrelation;
            if (node.hiddenCaused > 0)
                item["hiddenCaused"] = node.hiddenCaused;
        } else if (node.kind == GraphNode::Kind::More) {
            item["count"] = node.count;
        } else {
            item["causationId"] = utf8(node.causeId);
            item["events"] = node.count;
        }
        nodes.push_back(std::move(item));
    }
    Json edges = Json::array();
    for (const GraphEdge& edge : graph.edges)
        edges.push_back({ { "from", edge.from }, { "to", edge.to }, { "kind", kindName(edge.kind) } });

    Json root;
    root["focus"] = graph.focusNode;
    root["focusPosition"] = graph.focusPosition;
    root["correlationId"] = utf8(graph.correlationId);
    root["causationIds"] = graph.causationStyle == CausationStyle::CommandIds ? "commands" : "events";
    root["causationProfile"] = { { "withCausation", profile.withCausation }, { "dangling", profile.dangling },
        { "sampled", profile.sampled }, { "shared", profile.shared } };
    root["totalEvents"] = graph.totalEvents;
    root["shownEvents"] = graph.shownEvents;
    root["nodes"] = std::move(nodes);
    root["edges"] = std::move(edges);
    if (path.isValid()) {
        root["criticalPath"] = { { "nodes", path.nodes }, { "durationUs", path.duration },
            { "duration", utf8(formatDuration(path.duration)) },
            { "slowestStep",
                { { "from", path.nodes[static_cast<std::size_t>(path.slowestStep)] },
                    { "to", path.nodes[static_cast<std::size_t>(path.slowestStep) + 1] },
                    { "durationUs", path.slowestDuration } } } };
    } else {
        root["criticalPath"] = nullptr;
    }
    Json warnings = Json::array();
    for (const QString& warning : graph.warnings)
        warnings.push_back(utf8(warning));
    root["warnings"] = std::move(warnings);
    return root;
}

/// The position --event, --position or --correlation names; prints why not otherwise.
std::optional<qint64> focusPosition(const QCommandLineParser& parser, const QCommandLineOption& event,
    const QCommandLineOption& position, const QCommandLineOption& correlation, OpenedStore& opened, QTextStream& err)
{
    const EventIndex& index = *opened.index;
    if (parser.isSet(position)) {
        bool ok = false;
        const qint64 p = parser.value(position).toLongLong(&ok);
        if (!ok || p < 0 || p >= index.size()) {
            fail(err,
                tr("--position '%1' is not a position of %2 (0 to %3)")
                    .arg(parser.value(position), opened.store->source())
                    .arg(index.size() - 1));
            return std::nullopt;
        }
        return p;
    }
    qint64 rowId = -1;
    if (parser.isSet(event)) {
        const auto found = opened.store->rowIdOfEvent(parser.value(event).toStdString());
        if (!found) {
            fail(err, found.error().message());
            return std::nullopt;
        }
        rowId = *found;
    } else {
        const auto scanned = firstRowOfCorrelation(*opened.store, parser.value(correlation));
        if (!scanned) {
            fail(err, scanned.error().message());
            return std::nullopt;
        }
        rowId = *scanned;
    }
    const qint64 p = rowId >= 0 ? index.positionOfRowId(rowId) : -1;
    if (p < 0) {
        fail(err,
            parser.isSet(event)
                ? tr("%1: no event '%2'").arg(opened.store->source(), parser.value(event))
                : tr("%1: no event with correlation '%2'").arg(opened.store->source(), parser.value(correlation)));
    }
    return p >= 0 ? std::optional<qint64>(p) : std::nullopt;
}

} // namespace

int runGraph(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption event(
        QStringLiteral("event"), QStringLiteral("The event with this id."), QStringLiteral("ID"));
    const QCommandLineOption position(
        QStringLiteral("position"), QStringLiteral("The event at position N (0-based)."), QStringLiteral("N"));
    const QCommandLineOption correlation(
        QStringLiteral("correlation"), QStringLiteral("The first event of this correlation."), QStringLiteral("ID"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("dot, json or svg."), QStringLiteral("FORMAT"), QStringLiteral("dot"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Draw at most N events (default 5000)."),
        QStringLiteral("N"), QString::number(kDefaultGraphLimit));
    const QCommandLineOption direction(QStringLiteral("direction"), QStringLiteral("TB (top-down) or LR."),
        QStringLiteral("DIR"), QStringLiteral("TB"));
    parser.addOptions({ event, position, correlation, format, limit, direction, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    const auto spec = storeArgument(parser, kCommand, err);
    if (!spec)
        return kExitBadInput;
    if (int(parser.isSet(event)) + int(parser.isSet(position)) + int(parser.isSet(correlation)) != 1)
        return fail(err, tr("needs one of --event ID, --position N or --correlation ID"));
    const QString formatName = parser.value(format);
    if (formatName != u"dot" && formatName != u"json" && formatName != u"svg")
        return fail(err, tr("--format '%1' is not one of dot, json, svg").arg(formatName));
    const QString directionName = parser.value(direction).toUpper();
    if (directionName != u"TB" && directionName != u"LR")
        return fail(err, tr("--direction '%1' is not TB or LR").arg(parser.value(direction)));
    bool ok = false;
    GraphOptions options;
    options.limit = parser.value(limit).toLongLong(&ok);
    if (!ok || options.limit < 1)
        return fail(err, tr("--limit '%1' is not a whole number ≥ 1").arg(parser.value(limit)));

    auto opened = openAndIndex(*spec, !parser.isSet(noCacheOption()), err);
    if (!opened)
        return kExitBadInput;
    const auto focus = focusPosition(parser, event, position, correlation, *opened, err);
    if (!focus)
        return kExitBadInput;

    const ReverseLinksPtr links = ReverseLinks::build(*opened->index);
    const CausationProfile profile = detectCausationStyle(*opened->index, *links, opened->store.get());
    auto graph = buildEventGraph(*opened->index, *links, opened->store.get(), profile.style, *focus, options);
    if (!graph)
        return fail(err, graph.error().message);
    for (const QString& warning : graph->warnings)
        err << "chronoscope graph: " << tr("warning: %1").arg(warning) << Qt::endl;
    const CriticalPath path = criticalPath(*graph);

    if (formatName == u"json") {
        out << QString::fromStdString(toJson(*graph, profile, path).dump(2)) << Qt::endl;
        return kExitOk;
    }
    DotOptions dotOptions;
    dotOptions.direction = directionName == u"LR" ? LayoutDirection::LeftRight : LayoutDirection::TopDown;
    const QByteArray dot = displayDot(*graph, dotOptions, path);
    if (formatName == u"dot") {
        out << QString::fromUtf8(dot) << Qt::flush;
        return kExitOk;
    }
    const auto svg = runDot(dot, "svg", dotOptions);
    if (!svg)
        return fail(err, svg.error().message);
    out << QString::fromUtf8(*svg) << Qt::flush;
    return kExitOk;
}

} // namespace Chronoscope::CommandLine
