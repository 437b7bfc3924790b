// SPDX-License-Identifier: MIT
#include "graphview.h"

#include "graphcanvas.h"
#include "graphitems.h"
#include "graphnavigator.h"
#include "graphoverview.h"

#include <QActionGroup>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Chronoscope {

namespace {

/// The busy note appears only for jobs that take noticeably long.
constexpr int kBusyNoteMs = 400;
constexpr QSize kOverviewSize(180, 120);
/// Below this zoom boxes are a few pixels wide: fitting stops here.
constexpr double kSmallestFit = 0.08;

} // namespace

GraphView::GraphView(QWidget* parent)
    : QWidget(parent)
    , m_scene(new GraphScene(this))
    , m_canvas(new GraphCanvas(this))
    , m_overview(new GraphOverview(m_canvas, m_canvas))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
    , m_cache(std::make_shared<GraphCache>())
{
    setAccessibleName(tr("Correlation graph"));
    m_scene->setFont(font());
    m_scene->setPalette(palette());
    m_canvas->setScene(m_scene);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setIconSize(QSize(16, 16));
    auto* modes = new QActionGroup(this);
    m_layeredAction = toolbar->addAction(tr("Layers"));
    m_layeredAction->setToolTip(tr("Causes above effects, laid out by Graphviz dot"));
    m_swimlaneAction = toolbar->addAction(tr("Swimlanes"));
    m_swimlaneAction->setToolTip(tr("One lane per stream along real time, with the critical path"));
    for (QAction* action : { m_layeredAction, m_swimlaneAction }) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    m_layeredAction->setChecked(true);
    toolbar->addSeparator();
    auto* directions = new QActionGroup(this);
    m_topDownAction = toolbar->addAction(tr("Top-down"));
    m_leftRightAction = toolbar->addAction(tr("Left-right"));
    for (QAction* action : { m_topDownAction, m_leftRightAction }) {
        action->setCheckable(true);
        directions->addAction(action);
    }
    m_topDownAction->setChecked(true);
    toolbar->addSeparator();
    QAction* fitAction = toolbar->addAction(tr("Fit"), this, &GraphView::fit);
    fitAction->setShortcut(QKeySequence(Qt::Key_0));
    fitAction->setToolTip(tr("Show the whole graph (0)"));
    QAction* zoomInAction = toolbar->addAction(tr("Zoom in"), this, &GraphView::zoomIn);
    zoomInAction->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOutAction = toolbar->addAction(tr("Zoom out"), this, &GraphView::zoomOut);
    zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    for (QAction* action : { fitAction, zoomInAction, zoomOutAction })
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_progress->setRange(0, 4);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setVisible(false);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(6, 2, 6, 2);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 4, 0);
    top->addWidget(toolbar, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_canvas, 1);

    m_overview->resize(kOverviewSize);
    m_overview->hide();
    m_busyNote.setSingleShot(true);
    m_busyNote.setInterval(kBusyNoteMs);

    connect(m_layeredAction, &QAction::triggered, this, [this] { setMode(GraphMode::Layered); });
    connect(m_swimlaneAction, &QAction::triggered, this, [this] { setMode(GraphMode::Swimlanes); });
    connect(m_topDownAction, &QAction::triggered, this, [this] { setDirection(LayoutDirection::TopDown); });
    connect(m_leftRightAction, &QAction::triggered, this, [this] { setDirection(LayoutDirection::LeftRight); });
    connect(m_cancelButton, &QToolButton::clicked, this, &GraphView::cancel);
    connect(m_canvas, &GraphCanvas::nodeClicked, this, &GraphView::onNodeClicked);
    connect(m_canvas, &GraphCanvas::viewChanged, this, &GraphView::placeOverview);
    connect(&m_busyNote, &QTimer::timeout, this, [this] {
        m_progress->setVisible(m_busy);
        m_cancelButton->setVisible(m_busy);
        if (m_busy)
            m_status->setText(tr("Building the graph…"));
    });
    m_status->setText(tr("Select an event to see what it caused, across streams."));
    updateActions();
    new GraphNavigator(this);
}

GraphView::~GraphView()
{
    // The canvas outlives this part of the object while QWidget deletes children.
    disconnect(m_canvas, nullptr, this, nullptr);
    for (QFutureWatcher<GraphResult>* watcher : std::as_const(m_running)) {
        watcher->cancel();
        watcher->waitForFinished();
    }
}

qint64 GraphView::focusEvent() const
{
    return m_result.graph ? m_result.graph->focusPosition : -1;
}

QString GraphView::statusText() const
{
    return m_status->text();
}

void GraphView::setMode(GraphMode mode)
{
    (mode == GraphMode::Layered ? m_layeredAction : m_swimlaneAction)->setChecked(true);
    if (m_mode == mode)
        return;
    m_mode = mode;
    updateActions();
    if (m_result.graph)
        showScene(true);
}

void GraphView::setDirection(LayoutDirection direction)
{
    (direction == LayoutDirection::TopDown ? m_topDownAction : m_leftRightAction)->setChecked(true);
    if (m_direction == direction)
        return;
    m_direction = direction;
    if (!m_result.graph)
        return;
    // Only dot runs again: the graph itself is the same.
    GraphRequest request = baseRequest();
    request.graph = m_result.graph;
    start(std::move(request));
}

GraphRequest GraphView::baseRequest() const
{
    GraphRequest request;
    request.index = m_index;
    request.storeSpec = m_storeSpec;
    request.position = m_requested;
    request.cache = m_cache;
    request.options.limit = m_requestLimit;
    request.dot.direction = m_direction;
    request.dot.program = m_dotProgram;
    // Boxes fit three lines of the view's font; about 22 characters wide.
    const QFontMetricsF metrics(font());
    const double width = std::max(150.0, metrics.horizontalAdvance(QString(22, u'n')) + 24);
    const double height = std::ceil(metrics.height() * 3 + 14);
    request.dot.eventSize = QSizeF(std::round(width), height);
    request.dot.causeSize = QSizeF(std::round(width * 0.85), height);
    request.dot.moreSize = QSizeF(std::round(width * 1.1), std::ceil(metrics.height() * 2 + 14));
    request.dot.groupTitleHeight = qRound(metrics.height() * 1.2);
    request.swimlanes.eventSize = request.dot.eventSize;
    request.swimlanes.spacing = std::round(metrics.horizontalAdvance(QStringLiteral("+2.00 ms")) + 24);
    request.swimlanes.laneHeaderWidth = std::round(metrics.horizontalAdvance(QStringLiteral("account-0000000")) + 40);
    return request;
}

void GraphView::showEvent(IndexPtr index, const QString& storeSpec, qint64 position)
{
    if (!index)
        return;
    m_index = std::move(index);
    m_storeSpec = storeSpec;
    m_requested = position;
    m_current = position;
    m_requestLimit = m_limit;
    start(baseRequest());
}

void GraphView::expand()
{
    if (!m_result.graph || !m_result.graph->isTruncated() || !m_index)
        return;
    m_requested = m_result.graph->focusPosition;
    m_requestLimit = m_result.graph->limit + m_limit;
    start(baseRequest());
}

void GraphView::start(GraphRequest request)
{
    for (QFutureWatcher<GraphResult>* running : std::as_const(m_running))
        running->cancel();
    request.generation = ++m_generation;
    auto* watcher = new QFutureWatcher<GraphResult>(this);
    m_running.append(watcher);
    connect(watcher, &QFutureWatcher<GraphResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<GraphResult>::finished, this, [this, watcher] { finished(watcher); });
    watcher->setFuture(QtConcurrent::run(&computeGraph, std::move(request)));
    setBusy(true);
}

void GraphView::finished(QFutureWatcher<GraphResult>* watcher)
{
    m_running.removeOne(watcher);
    watcher->deleteLater();
    if (watcher->isCanceled() || watcher->future().resultCount() == 0)
        return;
    GraphResult result = watcher->result();
    if (result.generation != m_generation)
        return; // superseded by a newer request
    setBusy(false);
    if (!result.error.isEmpty()) {
        m_status->setText(tr("No graph: %1").arg(result.error));
        Q_EMIT graphFailed(result.error);
        return;
    }
    m_result = std::move(result);
    showScene(true);
    if (!m_result.layoutError.isEmpty())
        Q_EMIT graphFailed(m_result.layoutError);
    Q_EMIT graphFinished();
}

void GraphView::showScene(bool fitView)
{
    GraphMode mode = m_mode;
    if (mode == GraphMode::Layered && !m_result.layered.isValid())
        mode = GraphMode::Swimlanes; // dot failed: swimlanes need no dot
    m_scene->showResult(m_result, mode);
    m_scene->setCurrentPosition(m_current);
    if (fitView)
        fit();
    m_overview->invalidate();
    placeOverview();
    m_status->setText(summary());
}

QString GraphView::summary() const
{
    if (!m_result.graph)
        return {};
    const EventGraph& graph = *m_result.graph;
    const QLocale locale;
    QStringList streams;
    for (const GraphNode& node : graph.nodes) {
        if (node.kind == GraphNode::Kind::Event && !streams.contains(node.streamId))
            streams << node.streamId;
    }
    QStringList parts;
    // "%n event(s)" with the count localized: the plural picks the form, %L1 shows the number.
    parts << tr("%n event(s)", nullptr, static_cast<int>(graph.shownEvents)) + u' '
            + tr("in %n stream(s)", nullptr, static_cast<int>(streams.size()));
    if (graph.isTruncated())
        parts << tr("%1 more not drawn").arg(locale.toString(graph.totalEvents - graph.shownEvents));
    const CriticalPath& path = m_result.path;
    if (path.isValid()) {
        const auto name = [&graph](int node) {
            const GraphNode& n = graph.nodes[static_cast<std::size_t>(node)];
            return n.kind == GraphNode::Kind::Event ? n.type : tr("command");
        };
        const auto step = static_cast<std::size_t>(path.slowestStep);
        const QString slowest
            = tr("slowest %1 → %2 (%3)")
                  .arg(name(path.nodes[step]), name(path.nodes[step + 1]), formatDuration(path.slowestDuration));
        parts << (path.nodes.size() == 2 ? tr("critical path %1 in one step").arg(formatDuration(path.duration))
                                         : tr("critical path %1 over %2 steps")
                                               .arg(formatDuration(path.duration))
                                               .arg(path.nodes.size() - 1))
                + QStringLiteral(", ") + slowest;
    }
    if (graph.causationStyle == CausationStyle::CommandIds)
        parts << tr("causation ids name commands");
    QString text = parts.join(QStringLiteral(" · "));
    if (!m_result.layoutError.isEmpty())
        text += u'\n' + tr("Layers unavailable: %1").arg(m_result.layoutError);
    if (!m_result.storeError.isEmpty())
        text += u'\n' + tr("Store not read: %1").arg(m_result.storeError);
    if (!graph.warnings.isEmpty())
        text += u'\n'
            + (graph.warnings.size() == 1
                    ? tr("1 warning: %1").arg(graph.warnings.constFirst())
                    : tr("%1 warnings, the first: %2").arg(graph.warnings.size()).arg(graph.warnings.constFirst()));
    return text;
}

void GraphView::setCurrentEvent(qint64 position)
{
    m_current = position;
    m_scene->setCurrentPosition(position);
    if (GraphNodeItem* item = m_scene->itemForPosition(position))
        m_canvas->ensureVisible(item, 40, 40);
    GraphNavigator::announce(this);
}

void GraphView::cancel()
{
    if (!m_busy)
        return;
    for (QFutureWatcher<GraphResult>* watcher : std::as_const(m_running))
        watcher->cancel();
    ++m_generation; // whatever still arrives is stale
    setBusy(false);
    m_status->setText(
        m_result.graph ? summary() + u'\n' + tr("Canceled; showing the previous graph.") : tr("Canceled."));
}

void GraphView::clear()
{
    cancel();
    m_result = {};
    m_index.reset();
    m_scene->clearGraph();
    m_overview->hide();
    m_status->setText(tr("Select an event to see what it caused, across streams."));
}

void GraphView::fit()
{
    m_canvas->fit();
    // A very wide or tall graph fitted whole is a hairline: show its shape around the focus
    // instead, and leave the whole to the overview.
    if (m_canvas->zoom() < kSmallestFit) {
        m_canvas->setZoom(kSmallestFit);
        if (const GraphNodeItem* focus = m_scene->itemForPosition(focusEvent()))
            m_canvas->centerOn(focus);
    }
    placeOverview();
}

void GraphView::zoomIn()
{
    m_canvas->zoomBy(1.25);
}

void GraphView::zoomOut()
{
    m_canvas->zoomBy(0.8);
}

void GraphView::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy) {
        m_progress->setValue(0);
        m_busyNote.start();
    } else {
        m_busyNote.stop();
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
    }
    Q_EMIT busyChanged(busy);
}

void GraphView::onNodeClicked(int node)
{
    const GraphNodeItem* item = m_scene->itemForNode(node);
    if (!item)
        return;
    if (item->node().kind == GraphNode::Kind::More) {
        expand();
        return;
    }
    if (item->node().kind != GraphNode::Kind::Event)
        return;
    setCurrentEvent(item->node().position);
    Q_EMIT eventActivated(item->node().position);
}

void GraphView::placeOverview()
{
    // Only useful when part of the graph is out of sight.
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    const bool needed = m_result.graph && !visible.contains(m_scene->sceneRect().adjusted(2, 2, -2, -2));
    const QSize area = m_canvas->viewport()->size();
    const QSize size(
        std::min(kOverviewSize.width(), area.width() / 3), std::min(kOverviewSize.height(), area.height() / 3));
    if (m_overview->size() != size)
        m_overview->resize(size);
    m_overview->move(area.width() - size.width() - 8, area.height() - size.height() - 8);
    m_overview->setVisible(needed && size.width() > 40);
    m_overview->update();
}

void GraphView::updateActions()
{
    m_topDownAction->setEnabled(m_mode == GraphMode::Layered);
    m_leftRightAction->setEnabled(m_mode == GraphMode::Layered);
}

void GraphView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(palette());
        m_scene->update();
        m_overview->invalidate();
    } else if (event->type() == QEvent::FontChange) {
        m_scene->setFont(font());
        m_scene->update();
    }
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeOverview();
}

} // namespace Chronoscope
