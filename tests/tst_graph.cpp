// SPDX-License-Identifier: MIT
// The correlation and causation graph: links, builder, cut, critical path, dot layout,
// the view (clicks, selection, grabs in light and dark) and `chronoscope graph`.

#include "graph/graphjob.h"
#include "graphcanvas.h"
#include "graphcolors.h"
#include "graphitems.h"
#include "graphview.h"
#include "index/indexbuilder.h"
#include "palettes.h"
#include "testutils.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QWheelEvent>

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

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run chronoscope(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments + QStringList { QStringLiteral("--no-cache") });
    if (!process.waitForFinished(120000))
        qFatal("chronoscope %s did not finish", qPrintable(arguments.join(u' ')));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QPalette darkPalette()
{
    return Palettes::dark();
}

/// Where the box of the event at `position` is on the canvas's viewport.
QPoint viewportPoint(GraphView& view, qint64 position)
{
    const GraphNodeItem* item = view.scene()->itemForPosition(position);
    return item ? view.canvas()->mapFromScene(item->sceneBoundingRect().center()) : QPoint(-1, -1);
}

bool similar(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 24;
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reverseLinks();
    void chainAcrossStreams();
    void danglingCauseGetsAStub();
    void compensationLinksToTheOriginal();
    void commandStyleCausation();
    void bigGroupIsCutHonestly();
    void sampleStoreEqualsSql();
    void criticalPathOfTheSaga();
    void sampleCheckoutSaga();
    void formatsDurations();
    void dotLayoutPlacesEveryNode();
    void dotLayoutOfTheCutBigGroup();
    void dotFailuresAreReported();
    void swimlanesKeepTimeOrder();
    void jobDeliversOneResult();
    void commandShowsTheGraph();
    void commandBadInput();
    void viewClickSelectsAnEvent();
    void viewWheelZoomsAroundTheCursor();
    void viewDropsSupersededAndCanceledJobs();
    void viewExpandsTheCut();
    void viewFallsBackToSwimlanesWithoutDot();
    void viewGrabsInLightAndDark_data();
    void viewGrabsInLightAndDark();

private:
    QTemporaryDir m_dir;
};

void TestGraph::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    storeFromSqlFile(m_dir, QStringLiteral("graph_chains.sql"));
}

void TestGraph::reverseLinks()
{
    Opened opened = open(m_dir.filePath(QStringLiteral("graph_chains.db")));
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
        // Checkout crosses aggregate types: cart → order → bank account, inventory.
        std::set<QString> types;
        for (const GraphNode& node : graph.nodes)
            types.insert(node.aggregateType);
        QVERIFY(types.size() >= 3);
    }
}

void TestGraph::sampleCheckoutSaga()
{
    // Issue #6: selecting a checkout shows the payment, inventory and shipping events it
    // caused in other aggregates, and which step took longest.
    const QString path = sampleStore(m_dir, 5000, 200, 11, false, u"saga.db"_s);
    Opened opened = open(path);
    const QStringList checkouts = query(path,
        "SELECT c.rowid - 1, json_array_length(o.event_data, '$.items') FROM events c JOIN events o ON "
        "o.causation_id = c.event_id AND o.event_type = 'OrderPlaced' WHERE c.event_type = 'CartCheckedOut' AND "
        "EXISTS (SELECT 1 FROM events s WHERE s.correlation_id = c.correlation_id AND s.event_type = "
        "'OrderShipped') ORDER BY c.rowid LIMIT 3");
    QCOMPARE(checkouts.size(), 3);
    for (const QString& row : checkouts) {
        const EventGraph graph = build(opened, row.section(u'|', 0, 0).toLongLong());
        const int items = row.section(u'|', 1, 1).toInt();
        QMap<QString, int> types;
        std::set<QString> aggregateTypes;
        for (const GraphNode& node : graph.nodes) {
            QCOMPARE(node.kind, GraphNode::Kind::Event);
            QVERIFY(node.inCausationTree); // one tree: every step names its cause
            ++types[node.type];
            aggregateTypes.insert(node.aggregateType);
        }
        QCOMPARE(types.value(u"CartCheckedOut"_s), 1);
        QCOMPARE(types.value(u"OrderPlaced"_s), 1);
        QCOMPARE(types.value(u"PaymentProcessed"_s), 1);
        QCOMPARE(types.value(u"MoneyWithdrawn"_s), 1);
        QCOMPARE(types.value(u"InventoryReserved"_s), items);
        QCOMPARE(types.value(u"OrderShipped"_s), 1);
        QCOMPARE(graph.nodes.size(), std::size_t(5 + items));
        QCOMPARE(aggregateTypes, (std::set<QString> { u"BankAccount"_s, u"Cart"_s, u"Inventory"_s, u"Order"_s }));

        // The critical path runs to the shipment, and waiting for it is the slowest step.
        const CriticalPath critical = criticalPath(graph);
        QVERIFY(critical.isValid());
        auto typeAt = [&](std::size_t i) { return graph.nodes[static_cast<std::size_t>(critical.nodes[i])].type; };
        QCOMPARE(typeAt(0), u"CartCheckedOut"_s);
        QCOMPARE(typeAt(critical.nodes.size() - 1), u"OrderShipped"_s);
        QVERIFY(critical.slowestStep >= 0);
        QCOMPARE(typeAt(std::size_t(critical.slowestStep)), u"PaymentProcessed"_s);
        QCOMPARE(typeAt(std::size_t(critical.slowestStep) + 1), u"OrderShipped"_s);
        QVERIFY(critical.slowestDuration >= 2 * 3600 * 1'000'000LL);
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
    QCOMPARE(formatDuration(7'503'000'000), QStringLiteral("2 h 5 min"));
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

void TestGraph::commandShowsTheGraph()
{
    const QString path = m_dir.filePath(QStringLiteral("graph_chains.db"));
    const Run json = chronoscope({ u"graph"_s, path, u"--event"_s, u"e-pay"_s, u"--format"_s, u"json"_s });
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root[u"focusPosition"].toInteger(), 3);
    QCOMPARE(root[u"correlationId"].toString(), u"co-1"_s);
    QCOMPARE(root[u"causationIds"].toString(), u"events"_s);
    QCOMPARE(root[u"nodes"].toArray().size(), 7);
    QCOMPARE(root[u"edges"].toArray().size(), 5);
    QCOMPARE(root[u"nodes"].toArray()[1].toObject()[u"eventId"].toString(), u"e-order"_s);
    const QJsonObject path2 = root[u"criticalPath"].toObject();
    QCOMPARE(path2[u"durationUs"].toInteger(), (2 * 3600 + 5 * 60) * 1'000'000LL + 3000);
    QCOMPARE(path2[u"duration"].toString(), u"2 h 5 min"_s);

    const Run dot = chronoscope({ u"graph"_s, path, u"--position"_s, u"11"_s });
    QCOMPARE(dot.exitCode, 0);
    QVERIFY(dot.out.startsWith(u"digraph chronoscope {"_s));
    QVERIFY(dot.out.contains(u"WithdrawalReversed"_s));
    QVERIFY(dot.out.contains(u"n0 -> n1 [style=dashed"_s)); // original ← compensating, drawn back

    const Run svg = chronoscope(
        { u"graph"_s, path, u"--correlation"_s, u"co-1"_s, u"--format"_s, u"svg"_s, u"--direction"_s, u"LR"_s });
    QCOMPARE(svg.exitCode, 0);
    QVERIFY(svg.out.contains(u"<svg"_s));
    QVERIFY(svg.out.contains(u"CartCheckedOut"_s));
}

void TestGraph::commandBadInput()
{
    const QString path = m_dir.filePath(QStringLiteral("graph_chains.db"));
    const struct
    {
        QStringList arguments;
        QString message;
    } cases[] = {
        { { u"graph"_s, path }, u"needs one of --event ID, --position N or --correlation ID"_s },
        { { u"graph"_s, path, u"--event"_s, u"nope"_s }, u"no event 'nope'"_s },
        { { u"graph"_s, path, u"--position"_s, u"12"_s }, u"--position '12' is not a position"_s },
        { { u"graph"_s, path, u"--correlation"_s, u"zz"_s }, u"no event with correlation 'zz'"_s },
        { { u"graph"_s, path, u"--position"_s, u"1"_s, u"--format"_s, u"png"_s }, u"--format 'png'"_s },
        { { u"graph"_s, path, u"--position"_s, u"1"_s, u"--limit"_s, u"0"_s }, u"--limit '0'"_s },
        { { u"graph"_s, m_dir.filePath(u"missing.db"_s), u"--position"_s, u"1"_s }, u"missing.db"_s },
    };
    for (const auto& c : cases) {
        const Run run = chronoscope(c.arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"chronoscope graph: "_s) || c.message == u"missing.db"_s, qPrintable(run.err));
        QVERIFY2(run.err.contains(c.message), qPrintable(run.err));
    }
}

void TestGraph::viewClickSelectsAnEvent()
{
    const QString path = m_dir.filePath(QStringLiteral("graph_chains.db"));
    GraphView view;
    view.resize(900, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &GraphView::graphFinished);
    QSignalSpy activated(&view, &GraphView::eventActivated);
    view.showEvent(open(path).index, path, 3);
    QVERIFY(view.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!view.isBusy());
    QCOMPARE(view.focusEvent(), 3);
    QVERIFY2(view.statusText().contains(u"7 event"_s) && view.statusText().contains(u"in 5 stream"_s),
        qPrintable(view.statusText()));
    QVERIFY(view.statusText().contains(u"critical path 2 h 5 min"_s));

    QVERIFY(view.scene()->itemForPosition(3)->isCurrent());
    const QPoint ship = viewportPoint(view, 6);
    QVERIFY(view.canvas()->viewport()->rect().contains(ship));
    QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, ship);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 6);
    QVERIFY(view.scene()->itemForPosition(6)->isCurrent());
    QVERIFY(!view.scene()->itemForPosition(3)->isCurrent());

    // A click on empty canvas selects nothing.
    QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QCOMPARE(activated.size(), 1);

    // Selection made elsewhere: highlighted, and no signal back.
    view.setCurrentEvent(2);
    QVERIFY(view.scene()->itemForPosition(2)->isCurrent());
    QVERIFY(!view.scene()->itemForPosition(6)->isCurrent());
    QCOMPARE(activated.size(), 1);

    // Swimlanes: the same boxes, clickable too.
    view.setMode(GraphMode::Swimlanes);
    QVERIFY(view.scene()->itemForPosition(2)->isCurrent());
    QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, viewportPoint(view, 4));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toLongLong(), 4);
}

void TestGraph::viewWheelZoomsAroundTheCursor()
{
    const QString path = m_dir.filePath(QStringLiteral("graph_chains.db"));
    GraphView view;
    view.resize(900, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &GraphView::graphFinished);
    view.showEvent(open(path).index, path, 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    GraphCanvas* canvas = view.canvas();
    // Larger than the viewport both ways, or QGraphicsView centres the scene instead.
    canvas->setZoom(2.0);
    canvas->centerOn(view.scene()->itemForPosition(2));
    const double before = canvas->zoom();
    const QPoint at = viewportPoint(view, 2);
    const QPointF sceneAt = canvas->mapToScene(at);
    QWheelEvent wheel(at, canvas->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas->viewport(), &wheel);
    QVERIFY(qAbs(canvas->zoom() - before * 1.44) < 0.01);
    // The point under the cursor stays under it.
    QVERIFY(QLineF(canvas->mapFromScene(sceneAt), at).length() <= 2);
    view.fit();
    QVERIFY(canvas->zoom() <= 1.0);
}

void TestGraph::viewDropsSupersededAndCanceledJobs()
{
    const QString path = m_dir.filePath(QStringLiteral("graph_chains.db"));
    const IndexPtr index = open(path).index;
    const QString big = m_dir.filePath(QStringLiteral("graph_big.db"));
    const IndexPtr bigIndex = open(big).index;
    GraphView view;
    view.resize(700, 500);
    QSignalSpy finished(&view, &GraphView::graphFinished);
    view.showEvent(bigIndex, big, 0);
    view.showEvent(index, path, 8); // supersedes the big one
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(view.focusEvent(), 8);

    view.showEvent(bigIndex, big, 0);
    QVERIFY(view.isBusy());
    view.cancel();
    QVERIFY(!view.isBusy());
    QVERIFY(view.statusText().contains(u"Canceled"_s));
    view.showEvent(index, path, 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(view.focusEvent(), 3); // the canceled big graph never showed up
}

void TestGraph::viewExpandsTheCut()
{
    const QString big = m_dir.filePath(QStringLiteral("graph_big.db"));
    GraphView view;
    view.resize(900, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLimit(40);
    QSignalSpy finished(&view, &GraphView::graphFinished);
    view.showEvent(open(big).index, big, 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(view.result().graph->shownEvents, 40);
    QVERIFY(view.statusText().contains(u"5,961 more not drawn"_s));
    const GraphNodeItem* more = view.scene()->itemForNode(static_cast<int>(view.result().graph->nodes.size()) - 1);
    QCOMPARE(more->node().kind, GraphNode::Kind::More);
    view.canvas()->centerOn(more);
    QTest::mouseClick(
        view.canvas()->viewport(), Qt::LeftButton, {}, view.canvas()->mapFromScene(more->sceneBoundingRect().center()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(view.result().graph->shownEvents, 80);
}

void TestGraph::viewFallsBackToSwimlanesWithoutDot()
{
    const QString path = m_dir.filePath(QStringLiteral("graph_chains.db"));
    GraphView view;
    view.setDotProgram(QStringLiteral("/nonexistent/dot"));
    QSignalSpy finished(&view, &GraphView::graphFinished);
    QSignalSpy failed(&view, &GraphView::graphFailed);
    view.showEvent(open(path).index, path, 3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"install Graphviz"_s));
    QVERIFY(view.statusText().contains(u"Layers unavailable"_s));
    QVERIFY(view.scene()->itemForPosition(3)); // drawn as swimlanes
}

void TestGraph::viewGrabsInLightAndDark_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<qint64>("position");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QSize>("size");
    QTest::newRow("saga-layers") << u"graph_chains.db"_s << qint64(3) << int(GraphMode::Layered) << QSize(1000, 720);
    QTest::newRow("saga-swimlanes") << u"graph_chains.db"_s << qint64(3) << int(GraphMode::Swimlanes)
                                    << QSize(1300, 560);
    QTest::newRow("commands-layers") << u"graph_commands.db"_s << qint64(6) << int(GraphMode::Layered)
                                     << QSize(700, 520);
    QTest::newRow("reversal-layers") << u"graph_chains.db"_s << qint64(11) << int(GraphMode::Layered)
                                     << QSize(600, 420);
    QTest::newRow("big-layers") << u"graph_big.db"_s << qint64(0) << int(GraphMode::Layered) << QSize(1000, 700);
}

void TestGraph::viewGrabsInLightAndDark()
{
    QFETCH(QString, store);
    QFETCH(qint64, position);
    QFETCH(int, mode);
    QFETCH(QSize, size);
    const QString path = m_dir.filePath(store);
    if (!QFile::exists(path))
        storeFromSqlFile(m_dir, QFileInfo(store).completeBaseName() + u".sql"_s);
    GraphView view;
    view.resize(size);
    view.setMode(static_cast<GraphMode>(mode));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &GraphView::graphFinished);
    view.showEvent(open(path).index, path, position);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

    const QString name = u"graph-"_s + QString::fromLatin1(QTest::currentDataTag());
    const QImage light = QImage(saveGrab(&view, name + u"-light"_s));
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QCoreApplication::sendPostedEvents();
    const QImage dark = QImage(saveGrab(&view, name + u"-dark"_s));
    QApplication::setPalette(original);
    QCoreApplication::sendPostedEvents();
    QVERIFY(!light.isNull() && !dark.isNull());

    // The focus box's aggregate strip has its colour in both themes, and the base follows the theme.
    const GraphNodeItem* focus = view.scene()->itemForPosition(position);
    QVERIFY(focus);
    if (view.canvas()->zoom() >= 0.5) {
        const QPointF stripScene = focus->mapToScene(QPointF(2.5, focus->boundingRect().height() / 2 - 5));
        const QPoint strip = view.canvas()->viewport()->mapTo(&view, view.canvas()->mapFromScene(stripScene));
        const quint32 type = focus->node().aggregateTypeId;
        QVERIFY(
            similar(light.pixelColor(strip * light.devicePixelRatio()), GraphColors::aggregateAccent(type, original)));
        QVERIFY(similar(
            dark.pixelColor(strip * dark.devicePixelRatio()), GraphColors::aggregateAccent(type, darkPalette())));
    }
    const QPoint corner = view.canvas()->viewport()->mapTo(&view, QPoint(2, 2));
    QVERIFY(light.pixelColor(corner).lightnessF() > 0.8);
    QVERIFY(dark.pixelColor(corner).lightnessF() < 0.2);
}

QTEST_MAIN(TestGraph)
#include "tst_graph.moc"
