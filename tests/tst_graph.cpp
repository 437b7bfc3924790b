// SPDX-License-Identifier: MIT
// The correlation and causation graph: links, builder, cut, critical path, dot layout,
// the view (clicks, selection, grabs in light and dark) and `chronoscope graph`.

#include "graph/graphjob.h"
#include "index/indexbuilder.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QLineF>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <set>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using namespace Qt::StringLiterals;

namespace {

struct Opened
{
    StorePtr store;
    IndexPtr index;
    ReverseLinksPtr links;
};

Opened open(const QString& path)
{
    Opened opened;
    auto store = openStore(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    opened.store = std::move(store).value();
    auto index = IndexBuilder(*opened.store).build();
    if (!index)
        qFatal("%s", qPrintable(index.error().message()));
    opened.index = *index;
    opened.links = ReverseLinks::build(*opened.index);
    return opened;
}

EventGraph build(Opened& opened, qint64 position, qint64 limit = kDefaultGraphLimit)
{
    const CausationProfile profile = detectCausationStyle(*opened.index, *opened.links, opened.store.get());
    GraphOptions options;
    options.limit = limit;
    auto graph = buildEventGraph(*opened.index, *opened.links, opened.store.get(), profile.style, position, options);
    if (!graph)
        qFatal("%s", qPrintable(graph.error().message));
    return std::move(graph).value();
}

QString nodeName(const EventGraph& graph, int node)
{
    const GraphNode& n = graph.nodes[static_cast<std::size_t>(node)];
    switch (n.kind) {
    case GraphNode::Kind::Event:
        return QString::number(n.position);
    case GraphNode::Kind::Command:
        return QStringLiteral("command:") + n.causeId;
    case GraphNode::Kind::MissingCause:
        return QStringLiteral("missing:") + n.causeId;
    case GraphNode::Kind::More:
        return QStringLiteral("more:%1").arg(n.count);
    }
    return {};
}

/// "from→to kind" per edge, sorted: a readable golden list.
QStringList edgeList(const EventGraph& graph)
{
    static const char* const kinds[] = { "cause", "command", "missing", "reverses" };
    QStringList edges;
    for (const GraphEdge& edge : graph.edges) {
        edges << nodeName(graph, edge.from) + u"→" + nodeName(graph, edge.to) + u' '
                + QLatin1String(kinds[static_cast<int>(edge.kind)]);
    }
    edges.sort();
    return edges;
}

QStringList nodeList(const EventGraph& graph)
{
    QStringList nodes;
    for (int i = 0; i < static_cast<int>(graph.nodes.size()); ++i)
        nodes << nodeName(graph, i);
    return nodes;
}

std::vector<qint32> toVector(std::span<const qint32> span)
{
    return { span.begin(), span.end() };
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reverseLinks();
    void chainAcrossStreams();
    void danglingCauseGetsAStub();
    void compensationLinksToTheOriginal();
    void commandStyleCausation();
    void bigGroupIsCutHonestly();
    void sampleStoreEqualsSql();
    void criticalPathOfTheSaga();
    void formatsDurations();
    void dotLayoutPlacesEveryNode();
    void dotLayoutOfTheCutBigGroup();
    void dotFailuresAreReported();
    void swimlanesKeepTimeOrder();
    void jobDeliversOneResult();

private:
    QTemporaryDir m_dir;
};

void TestGraph::reverseLinks()
{
    Opened opened = open(storeFromSqlFile(m_dir, QStringLiteral("graph_chains.sql")));
    const ReverseLinks& links = *opened.links;
    QCOMPARE(links.size(), 12);
    QCOMPARE(toVector(links.caused(1)), (std::vector<qint32> { 2 }));
    QCOMPARE(toVector(links.caused(2)), (std::vector<qint32> { 3, 5 }));
    QCOMPARE(toVector(links.caused(3)), (std::vector<qint32> { 4, 6 }));
    QVERIFY(links.caused(0).empty());
    QCOMPARE(toVector(links.correlationMembers(*opened.index, 4)), (std::vector<qint32> { 1, 2, 3, 4, 5, 6, 7 }));
    QCOMPARE(toVector(links.correlationMembers(*opened.index, 0)), (std::vector<qint32> { 0 }));
    QCOMPARE(links.withCausation(), 6);
    QCOMPARE(links.dangling(), 1);
    QVERIFY(links.memoryUsage() > 0);
}

void TestGraph::chainAcrossStreams()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
    const EventGraph graph = build(opened, 3);
    QCOMPARE(graph.causationStyle, CausationStyle::EventIds);
    QCOMPARE(nodeList(graph), (QStringList { u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s }));
    QCOMPARE(edgeList(graph),
        (QStringList { u"1→2 cause"_s, u"2→3 cause"_s, u"2→5 cause"_s, u"3→4 cause"_s, u"3→6 cause"_s }));
    QCOMPARE(graph.focusNode, graph.nodeOfPosition(3));
    QCOMPARE(graph.correlationId, QStringLiteral("co-1"));
    QCOMPARE(graph.totalEvents, 7);
    QVERIFY(!graph.isTruncated());
    QStringList lineage;
    for (const GraphNode& node : graph.nodes) {
        QVERIFY(node.inCorrelation);
        if (node.inCausationTree)
            lineage << QString::number(node.position);
    }
    // Ancestors, the focus and its effects; the sibling 5 and the audit event are correlation-only.
    QCOMPARE(lineage, (QStringList { u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"6"_s }));
    const GraphNode& order = graph.nodes[static_cast<std::size_t>(graph.nodeOfPosition(2))];
    QCOMPARE(order.type, QStringLiteral("OrderPlaced"));
    QCOMPARE(order.streamId, QStringLiteral("order-1"));
    QCOMPARE(order.aggregateType, QStringLiteral("Order"));
    QCOMPARE(order.eventId, QStringLiteral("e-order"));
    QCOMPARE(order.version, 1);
}

void TestGraph::danglingCauseGetsAStub()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
    const EventGraph graph = build(opened, 8);
    QCOMPARE(nodeList(graph), (QStringList { u"8"_s, u"missing:ghost-1"_s }));
    QCOMPARE(edgeList(graph), (QStringList { u"missing:ghost-1→8 missing"_s }));
    QCOMPARE(graph.nodes[1].count, 1);

    // Without a store the stub is still there, only its id is unknown.
    auto withoutStore = buildEventGraph(*opened.index, *opened.links, nullptr, CausationStyle::EventIds, 8);
    QVERIFY(withoutStore);
    QCOMPARE(edgeList(*withoutStore), (QStringList { u"missing:→8 missing"_s }));
}

void TestGraph::compensationLinksToTheOriginal()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
    const EventGraph graph = build(opened, 11);
    QCOMPARE(nodeList(graph), (QStringList { u"10"_s, u"11"_s }));
    QCOMPARE(edgeList(graph), (QStringList { u"11→10 reverses"_s }));
    // The original belongs to another correlation: it is drawn outside the group's box.
    QVERIFY(!graph.nodes[0].inCorrelation);
    QVERIFY(graph.nodes[1].inCorrelation);
}

void TestGraph::commandStyleCausation()
{
    Opened opened = open(storeFromSqlFile(m_dir, QStringLiteral("graph_commands.sql")));
    const CausationProfile profile = detectCausationStyle(*opened.index, *opened.links, opened.store.get());
    QCOMPARE(profile.style, CausationStyle::CommandIds);
    QCOMPARE(profile.withCausation, 9);
    QCOMPARE(profile.dangling, 8);

    const EventGraph graph = build(opened, 1);
    QCOMPARE(nodeList(graph), (QStringList { u"0"_s, u"1"_s, u"2"_s, u"command:cmd-1"_s }));
    QCOMPARE(edgeList(graph),
        (QStringList { u"command:cmd-1→0 command"_s, u"command:cmd-1→1 command"_s, u"command:cmd-1→2 command"_s }));
    QCOMPARE(graph.nodes[3].count, 3);
    QCOMPARE(graph.nodes[3].time, graph.nodes[0].time);

    const EventGraph mixed = build(opened, 6);
    QCOMPARE(edgeList(mixed), (QStringList { u"5→6 cause"_s, u"command:cmd-3→5 command"_s }));

    // The same ids in a store whose causation ids name events: stubs, not commands.
    Opened chains = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
    QCOMPARE(detectCausationStyle(*chains.index, *chains.links, chains.store.get()).style, CausationStyle::EventIds);
}

void TestGraph::bigGroupIsCutHonestly()
{
    Opened opened = open(storeFromSqlFile(m_dir, QStringLiteral("graph_big.sql")));
    const EventGraph graph = build(opened, 0);
    QCOMPARE(graph.totalEvents, 6001);
    QCOMPARE(graph.shownEvents, 5000);
    QVERIFY(graph.isTruncated());
    QCOMPARE(graph.nodes.back().kind, GraphNode::Kind::More);
    QCOMPARE(graph.nodes.back().count, 1001);
    qint64 hidden = 0;
    for (const GraphNode& node : graph.nodes)
        hidden += node.hiddenCaused;
    QCOMPARE(hidden, 1001); // every left-out event is counted at its drawn cause
    QCOMPARE(static_cast<qint64>(graph.edges.size()), 4999);

    // Expanding: a higher limit draws everything.
    const EventGraph all = build(opened, 0, 10'000);
    QCOMPARE(all.shownEvents, 6001);
    QVERIFY(!all.isTruncated());
    QCOMPARE(static_cast<qint64>(all.edges.size()), 6000);

    // A deep focus keeps its lineage even when the cut is tight.
    const EventGraph deep = build(opened, 6000, 10);
    for (qint64 p = 6000; p > 0; p = (p - 1) / 4)
        QVERIFY2(deep.nodeOfPosition(p) >= 0, qPrintable(QString::number(p)));
    QVERIFY(deep.nodeOfPosition(0) >= 0);
}

void TestGraph::sampleStoreEqualsSql()
{
    const QString path = sampleStore(m_dir, 3000, 40, 11);
    Opened opened = open(path);
    QCOMPARE(detectCausationStyle(*opened.index, *opened.links, opened.store.get()).style, CausationStyle::EventIds);
    const QStringList checkouts
        = query(path, "SELECT rowid - 1 FROM events WHERE event_type = 'CartCheckedOut' ORDER BY rowid LIMIT 3");
    QVERIFY(!checkouts.isEmpty());
    for (const QString& checkout : checkouts) {
        const EventGraph graph = build(opened, checkout.toLongLong());
        const QByteArray group = "(SELECT correlation_id FROM events WHERE rowid = " + checkout.toUtf8() + " + 1)";
        QStringList members = query(path, "SELECT rowid - 1 FROM events WHERE correlation_id = " + group);
        QStringList drawn;
        for (const GraphNode& node : graph.nodes)
            drawn << QString::number(node.position);
        members.sort();
        drawn.sort();
        QCOMPARE(drawn, members);
        QStringList edges = query(path,
            "SELECT c.rowid - 1, e.rowid - 1 FROM events e JOIN events c ON e.causation_id = c.event_id "
            "WHERE e.correlation_id = "
                + group);
        QStringList graphEdges;
        for (const GraphEdge& edge : graph.edges) {
            graphEdges << QStringLiteral("%1|%2")
                              .arg(graph.nodes[static_cast<std::size_t>(edge.from)].position)
                              .arg(graph.nodes[static_cast<std::size_t>(edge.to)].position);
        }
        edges.sort();
        graphEdges.sort();
        QCOMPARE(graphEdges, edges);
        // Checkout crosses aggregate types: cart → order → bank account.
        std::set<QString> types;
        for (const GraphNode& node : graph.nodes)
            types.insert(node.aggregateType);
        QVERIFY(types.size() >= 3);
    }
}

void TestGraph::criticalPathOfTheSaga()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
    const EventGraph graph = build(opened, 3);
    const CriticalPath path = criticalPath(graph);
    QVERIFY(path.isValid());
    QStringList nodes;
    for (const int node : path.nodes)
        nodes << nodeName(graph, node);
    QCOMPARE(nodes, (QStringList { u"1"_s, u"2"_s, u"3"_s, u"6"_s }));
    QCOMPARE(path.duration, (2 * 3600 + 5 * 60) * 1'000'000LL + 3000);
    QCOMPARE(path.slowestStep, 2); // PaymentProcessed → OrderShipped
    QCOMPARE(path.slowestDuration, (2 * 3600 + 5 * 60) * 1'000'000LL);
    QVERIFY(path.hasStep(graph.nodeOfPosition(3), graph.nodeOfPosition(6)));
    QVERIFY(!path.hasStep(graph.nodeOfPosition(3), graph.nodeOfPosition(4)));

    // From a command root, timed by the command's first event.
    Opened commands = open(m_dir.filePath(QStringLiteral("graph_commands.db")));
    const EventGraph commandGraph = build(commands, 6);
    const CriticalPath commandPath = criticalPath(commandGraph);
    QCOMPARE(commandPath.nodes.size(), std::size_t(3));
    QCOMPARE(commandPath.duration, 2000);

    // A lone event has no path.
    QVERIFY(!criticalPath(build(opened, 0)).isValid());
}

void TestGraph::formatsDurations()
{
    QCOMPARE(formatDuration(350), QStringLiteral("350 µs"));
    QCOMPARE(formatDuration(1250), QStringLiteral("1.25 ms"));
    QCOMPARE(formatDuration(2'500'000), QStringLiteral("2.50 s"));
    QCOMPARE(formatDuration(7'503'000'000), QStringLiteral("2 h 05 min"));
}

void TestGraph::dotLayoutPlacesEveryNode()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
    const EventGraph graph = build(opened, 3);
    for (const LayoutDirection direction : { LayoutDirection::TopDown, LayoutDirection::LeftRight }) {
        DotOptions options;
        options.direction = direction;
        auto layout = layoutWithDot(graph, options);
        QVERIFY2(layout, layout ? "" : qPrintable(layout.error().message));
        QCOMPARE(layout->nodes.size(), graph.nodes.size());
        for (const QRectF& rect : layout->nodes) {
            QVERIFY(qAbs(rect.width() - options.eventSize.width()) < 0.01); // dot rounds inches
            QVERIFY(qAbs(rect.height() - options.eventSize.height()) < 0.01);
            QVERIFY(QRectF(QPointF(0, 0), layout->size).adjusted(-1, -1, 1, 1).contains(rect));
        }
        // Causes come first along the layout's direction.
        const QRectF checkout = layout->nodes[static_cast<std::size_t>(graph.nodeOfPosition(1))];
        const QRectF ship = layout->nodes[static_cast<std::size_t>(graph.nodeOfPosition(6))];
        if (direction == LayoutDirection::TopDown)
            QVERIFY(checkout.bottom() < ship.top());
        else
            QVERIFY(checkout.right() < ship.left());
        for (const auto& points : layout->edges)
            QVERIFY(points.size() >= 4);
    }
    // The compensation edge runs from the compensating event to the original.
    const EventGraph reversal = build(opened, 11);
    auto layout = layoutWithDot(reversal, {});
    QVERIFY(layout);
    const QRectF original = layout->nodes[0];
    const auto& points = layout->edges[0];
    QVERIFY(QLineF(points.back(), original.center()).length() < QLineF(points.front(), original.center()).length());
}

void TestGraph::dotLayoutOfTheCutBigGroup()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_big.db")));
    const EventGraph graph = build(opened, 0);
    QElapsedTimer clock;
    clock.start();
    auto layout = layoutWithDot(graph, {});
    QVERIFY2(layout, layout ? "" : qPrintable(layout.error().message));
    qInfo("dot laid out %zu nodes in %lld ms", graph.nodes.size(), static_cast<long long>(clock.elapsed()));
    QCOMPARE(layout->nodes.size(), graph.nodes.size());
}

void TestGraph::dotFailuresAreReported()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
    const EventGraph graph = build(opened, 3);
    DotOptions missing;
    missing.program = QStringLiteral("/nonexistent/dot");
    auto notInstalled = layoutWithDot(graph, missing);
    QVERIFY(!notInstalled);
    QCOMPARE(notInstalled.error().code, LayoutError::Code::NotInstalled);
    QVERIFY(notInstalled.error().message.contains(QStringLiteral("/nonexistent/dot")));

    auto canceled = layoutWithDot(graph, {}, [] { return true; });
    // dot may finish before the first poll on a tiny graph; either way nothing hangs.
    QVERIFY(canceled || canceled.error().code == LayoutError::Code::Canceled);

    DotOptions slow;
    slow.program = QStringLiteral("sleep");
    auto timedOut = runDot("10", "", slow); // `sleep -T` fails at once: an error, with the reason
    QVERIFY(!timedOut);
    QCOMPARE(timedOut.error().code, LayoutError::Code::Failed);

    auto garbage = parsePlainLayout("graph 1 2 3\nnode zz 1 1 1 1\nstop\n", graph);
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code, LayoutError::Code::BadOutput);
}

void TestGraph::swimlanesKeepTimeOrder()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
    const EventGraph graph = build(opened, 3);
    const SwimlaneLayout layout = layoutSwimlanes(graph);
    QStringList lanes;
    for (const auto& lane : layout.lanes)
        lanes << lane.title;
    QCOMPARE(lanes, (QStringList { u"cart-1"_s, u"order-1"_s, u"account-1"_s, u"notice-1"_s, u"audit-1"_s }));
    // x follows time; boxes of one lane never overlap.
    std::vector<int> byTime;
    for (int i = 0; i < static_cast<int>(graph.nodes.size()); ++i)
        byTime.push_back(i);
    std::sort(byTime.begin(), byTime.end(), [&](int a, int b) {
        return graph.nodes[static_cast<std::size_t>(a)].time < graph.nodes[static_cast<std::size_t>(b)].time;
    });
    for (std::size_t i = 1; i < byTime.size(); ++i) {
        QVERIFY(layout.nodes[static_cast<std::size_t>(byTime[i - 1])].left()
            <= layout.nodes[static_cast<std::size_t>(byTime[i])].left());
    }
    for (std::size_t a = 0; a < layout.nodes.size(); ++a) {
        for (std::size_t b = a + 1; b < layout.nodes.size(); ++b)
            QVERIFY(!layout.nodes[a].intersects(layout.nodes[b]));
    }
    // The two hours before shipping are one marked break.
    QCOMPARE(layout.breaks.size(), std::size_t(1));
    QCOMPARE(layout.breaks[0].gap, (2 * 3600 + 4 * 60 + 59) * 1'000'000LL + 980'000 + 3000);
}

void TestGraph::jobDeliversOneResult()
{
    GraphRequest request;
    request.generation = 7;
    request.storeSpec = m_dir.filePath(QStringLiteral("graph_chains.db"));
    request.index = open(request.storeSpec).index;
    request.position = 3;
    request.cache = std::make_shared<GraphCache>();
    QFuture<GraphResult> future = QtConcurrent::run(&computeGraph, request);
    future.waitForFinished();
    QCOMPARE(future.resultCount(), 1);
    const GraphResult result = future.result();
    QCOMPARE(result.generation, quint64(7));
    QVERIFY(result.error.isEmpty());
    QVERIFY2(result.layoutError.isEmpty(), qPrintable(result.layoutError));
    QCOMPARE(result.graph->nodes.size(), std::size_t(7));
    QVERIFY(result.layered.isValid());
    QVERIFY(result.swimlanes.isValid());
    QVERIFY(result.path.isValid());
    QVERIFY(request.cache->links(request.index)); // kept for the next graph

    request.position = 99;
    const GraphResult bad = QtConcurrent::run(&computeGraph, request).result();
    QVERIFY(bad.error.contains(QStringLiteral("99")));
}

QTEST_MAIN(TestGraph)
#include "tst_graph.moc"
