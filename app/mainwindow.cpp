// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "appsettings.h"
#include "casecontroller.h"
#include "diffview.h"
#include "eventtableview.h"
#include "export/eventexport.h"
#include "exportreportdialog.h"
#include "filterbar.h"
#include "findingsview.h"
#include "graphview.h"
#include "index/timestampparser.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/streamsmodel.h"
#include "livefollowcontrol.h"
#include "messagebar.h"
#include "panenavigator.h"
#include "preferencesdialog.h"
#include "projectiondock.h"
#include "projectioneditor.h"
#include "query/filterlibrary.h"
#include "shortcutsdialog.h"
#include "stateinspector.h"
#include "statesearchbar.h"
#include "store/postgresconninfo.h"
#include "store/storespec.h"
#include "streamsview.h"
#include "themes.h"
#include "timelinestack.h"
#include "timelineview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Chronoscope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>())
    , m_job(new IndexJob(this))
    , m_replay(new ReplayService(this))
    , m_model(new EventTableModel(this))
    , m_table(new EventTableView(this))
    , m_streams(new StreamsView(this))
    , m_inspector(new StateInspector(this))
    , m_projectionDock(new ProjectionDock(this))
    , m_graph(new GraphView(this))
    , m_timeline(new TimelineView(this))
    , m_findings(new FindingsView(this))
    , m_audit(new AuditJob(this))
    , m_messageBar(new MessageBar(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setWindowTitle(tr("Chronoscope"));
    setAcceptDrops(true);
    m_cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/index");

    m_table->setModel(m_model);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    // The timeline across the top (DESIGN.md "Timeline"), the table under it.
    auto* split = new QSplitter(Qt::Vertical, central);
    split->addWidget(m_timeline);
    split->addWidget(createFilterBar());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Indexing progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop indexing; the events read so far stay visible"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_auditLabel = new QLabel(this);
    m_auditLabel->setAccessibleName(tr("Audit summary"));
    statusBar()->addPermanentWidget(m_auditLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    setBusy(false);
    m_statusLabel->setText(tr("Open an event store to begin (File > Open Store…)"));

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_job->cancel();
        setBusy(false);
        const qint64 shown = m_model->eventIndex() ? m_model->eventIndex()->size() : 0;
        m_statusLabel->setText(tr("Indexing cancelled; showing the first %1 events").arg(QLocale().toString(shown)));
        onIndexUsable(); // what was read can be inspected
    });
    connect(m_job, &IndexJob::progressChanged, this, &MainWindow::onProgress);
    connect(m_job, &IndexJob::indexAvailable, this, &MainWindow::onIndexAvailable);
    connect(m_job, &IndexJob::indexFinished, this, &MainWindow::onIndexFinished);
    connect(m_job, &IndexJob::indexFailed, this, &MainWindow::onIndexFailed);

    connect(m_streams, &StreamsView::streamSelected, this, &MainWindow::onStreamSelected);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!m_followingPlayhead)
                onEventActivated(m_model->positionAt(current.row()));
        });
    connect(m_inspector, &StateInspector::countRequested, this, [this](qint64 count) {
        if (m_inspectedStream >= 0 && m_indexFinal)
            m_replay->requestStateAfter(static_cast<quint32>(m_inspectedStream), count);
    });
    connect(m_inspector, &StateInspector::timeRequested, this, [this](TimeUs time) {
        if (m_inspectedStream >= 0 && m_indexFinal)
            m_replay->requestStateAt(m_inspector->streamId(), time);
    });
    connect(m_replay, &ReplayService::stateAvailable, this, [this](quint64, const StateAnswer& answer) {
        if (!answer.state.streamId.isEmpty() && answer.state.streamId != m_inspector->streamId())
            return; // for a stream no longer shown
        // An answer by time moves the scrubber to where that time falls, without asking again.
        const QSignalBlocker blocker(m_inspector);
        m_inspector->setCount(answer.state.count);
        m_inspector->showAnswer(answer);
        if (answer.state.position >= 0) {
            showInGraph(answer.state.position);
            m_timeline->setCurrentEvent(answer.state.position);
        }
        if (answer.state.time != kInvalidTime)
            m_timeline->setPlayhead(answer.state.time);
        // The table follows the playhead to the event just applied.
        const int row = m_model->rowOf(answer.state.position);
        if (row >= 0 && m_table->currentIndex().row() != row) {
            const QScopedValueRollback following(m_followingPlayhead, true);
            m_table->setCurrentIndex(m_model->index(row, EventTableModel::Type));
            m_table->scrollTo(m_table->currentIndex());
        }
    });
    connect(m_inspector, &StateInspector::historyRequested, this, [this](const QString& pointer) {
        if (m_inspectedStream >= 0 && m_indexFinal) {
            m_replay->requestFieldHistory(m_inspector->streamId(), pointer);
            statusBar()->showMessage(tr("Finding the events that changed %1…").arg(pointer));
        }
    });
    connect(m_inspector, &StateInspector::eventRequested, this, &MainWindow::onEventActivated);
    DiffView* diff = m_inspector->diffView();
    connect(diff, &DiffView::compareRequested, this, [this](const CompareRequest& request) {
        if (m_indexFinal)
            m_replay->requestCompare(request);
    });
    connect(diff, &DiffView::chooseOtherProjection, this, &MainWindow::chooseOtherProjection);
    connect(m_replay, &ReplayService::compareAvailable, diff,
        [diff](quint64, const CompareAnswer& answer) { diff->showAnswer(answer); });
    connect(m_replay, &ReplayService::compareFailed, diff,
        [diff](quint64, const ReplayError& error) { diff->showError(error.toString()); });
    connect(m_replay, &ReplayService::fieldHistoryAvailable, this,
        [this](quint64, const QString& pointer, const std::vector<FieldChange>& changes) {
            statusBar()->clearMessage();
            m_inspector->showFieldHistory(pointer, changes);
        });
    connect(m_replay, &ReplayService::fieldHistoryFailed, this,
        [this](quint64, const QString&, const ReplayError& error) { m_inspector->showError(error.toString()); });
    connect(m_replay, &ReplayService::stateFailed, this, [this](quint64, const ReplayError& error) {
        m_inspector->showError(error.toString());
        m_projectionDock->showError(error);
    });
    connect(m_replay, &ReplayService::sourceFailed, this, [this](const ReplayError& error) {
        m_messageBar->showMessage(
            MessageBar::Kind::Error, tr("The projection cannot be used: %1").arg(error.toString()));
        m_inspector->showError(error.toString());
        m_projectionDock->showError(error);
    });
    connect(m_replay, &ReplayService::sourceReady, this, [this](const ProjectionInfo& info) {
        // A projection chosen while a stream is shown: show that point again with it.
        if (m_reshowWhenReady && m_inspectedStream >= 0)
            m_replay->requestStateAfter(static_cast<quint32>(m_inspectedStream), m_inspector->count());
        m_reshowWhenReady = false;
        m_projectionDock->clearErrors();
        m_messageBar->hide();
        // A confirmation only: it replaces an earlier one, but not another message still being
        // shown (on opening a store, why live follow is unavailable).
        const QString current = statusBar()->currentMessage();
        if (current.isEmpty() || current == m_projectionMessage) {
            m_projectionMessage = m_projectionDock->isWhatIfActive()
                ? tr("What-if: replaying the unsaved edits of %1").arg(info.displayName())
                : tr("Projection: %1").arg(info.displayName());
            statusBar()->showMessage(m_projectionMessage, 4000);
        }
    });

    m_case = new CaseController(this);
    connect(m_case, &CaseController::markersChanged, this, &MainWindow::showMarkers);
    connectStateSearch();
    createDocks();
    createMenus();
    m_follow = new LiveFollowControl(this);
    m_follow->install(m_viewMenu, findChild<QToolBar*>(QStringLiteral("mainToolbar")), statusBar());
    connect(m_job, &IndexJob::appenderAvailable, m_follow, &LiveFollowControl::start);
    connect(m_follow, &LiveFollowControl::indexExtended, this, &MainWindow::onIndexExtended);
    // The audit is redone over the grown store, not for every batch: 1.5 s after new
    // events arrive, and only once a running audit has ended.
    m_reauditTimer.setSingleShot(true);
    m_reauditTimer.setInterval(1500);
    connect(&m_reauditTimer, &QTimer::timeout, this, [this] {
        if (m_audit->isRunning())
            m_reauditTimer.start();
        else
            startAudit();
    });
    applyPreferences();
    resize(1400, 860);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState(), AppSettings::kWindowStateVersion);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto* streamsDock = new QDockWidget(tr("Streams"), this);
    streamsDock->setObjectName(QStringLiteral("streamsDock"));
    streamsDock->setWidget(m_streams);
    addDockWidget(Qt::LeftDockWidgetArea, streamsDock);

    auto* inspectorDock = new QDockWidget(tr("State Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    // Wide enough for a stream id, its event count and its findings ("12 Warnungen").
    resizeDocks({ streamsDock, inspectorDock }, { 380, 480 }, Qt::Horizontal);

    // Side docks keep their full height; bottom docks sit under the table.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto* graphDock = new QDockWidget(tr("Causation Graph"), this);
    graphDock->setObjectName(QStringLiteral("graphDock"));
    graphDock->setWidget(m_graph);
    m_graph->setDirection(LayoutDirection::LeftRight); // the dock is wide and short
    addDockWidget(Qt::BottomDockWidgetArea, graphDock);
    connect(m_graph, &GraphView::eventActivated, this, &MainWindow::onEventActivated);
    connect(m_graph, &GraphView::graphFailed, this,
        [this](const QString& message) { statusBar()->showMessage(tr("Graph: %1").arg(message), 8000); });
    // Scrubbing moves the graph's focus at most a few times a second.
    m_graphTimer.setSingleShot(true);
    m_graphTimer.setInterval(150);
    connect(&m_graphTimer, &QTimer::timeout, this, &MainWindow::updateGraph);
    connect(graphDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_graphTimer.start();
    });

    auto* findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    tabifyDockWidget(graphDock, findingsDock);
    connect(m_findings, &FindingsView::eventActivated, this, &MainWindow::onEventActivated);
    connect(m_auditLabel, &QLabel::linkActivated, findingsDock, [findingsDock] {
        findingsDock->show();
        findingsDock->raise();
    });
    connect(m_findings, &FindingsView::cancelRequested, m_audit, &AuditJob::cancel);
    connect(m_audit, &AuditJob::progressChanged, m_findings,
        [this](qint64 done, qint64 total) { m_findings->setProgress(done, total); });
    connect(m_audit, &AuditJob::findingsAvailable, this, [this](const Findings& batch) {
        m_findings->appendFindings(batch);
        if (m_index) {
            for (const Finding& finding : batch) {
                if (const auto stream = m_index->streams().find(finding.streamId);
                    stream && !finding.streamId.isEmpty())
                    ++m_streamBadges[*stream][static_cast<std::size_t>(finding.severity)];
            }
            m_streams->model()->setBadges(m_streamBadges);
        }
        for (const Finding& finding : batch) {
            if (finding.position < 0)
                continue;
            TimelineMarker marker;
            marker.position = finding.position;
            marker.kind = TimelineMarker::Kind::Finding;
            marker.severity = finding.severity == Severity::Error ? TimelineSeverity::Error
                : finding.severity == Severity::Warning           ? TimelineSeverity::Warning
                                                                  : TimelineSeverity::Info;
            marker.label = finding.message;
            m_findingMarkers << marker;
        }
        showMarkers();
    });
    connect(m_audit, &AuditJob::auditFinished, this, [this](const AuditSummary& summary) {
        m_findings->setIdle();
        // A link: clicking it shows the Findings dock.
        m_auditLabel->setText(summary.findings() == 0 ? tr("No findings")
                                                      : QStringLiteral("<a href=\"findings\">%1</a>")
                                                            .arg(tr("Findings: %1 errors, %2 warnings, %3 notes")
                                                                     .arg(summary.count(Severity::Error))
                                                                     .arg(summary.count(Severity::Warning))
                                                                     .arg(summary.count(Severity::Note))));
        m_auditLabel->setToolTip(tr("What the audit found in the store (View > Findings)"));
    });
    connect(m_audit, &AuditJob::auditFailed, this, [this](const AuditError& error) {
        m_findings->setIdle();
        m_auditLabel->setText(tr("Audit stopped"));
        m_auditLabel->setToolTip(error.toString());
    });

    connect(m_timeline, &TimelineView::eventClicked, this, &MainWindow::onEventActivated);
    // The timeline's range filter narrows the table (undo and reset in View > Timeline).
    connect(m_timeline, &TimelineView::rangeFilterChanged, this, [this](TimeUs from, TimeUs to) {
        m_model->setTimeRange(from, to);
        m_streams->model()->setTimeRange(from, to);
        m_findings->filterModel()->setTimeRange(from, to);
        if (from == kInvalidTime)
            m_statusLabel->setText(tr("Showing every time"));
        else
            m_statusLabel->setText(tr("Showing %1 to %2 (the timeline's range filter; View > Timeline > Undo or Reset)")
                                       .arg(TimestampParser::toIso(from), TimestampParser::toIso(to)));
    });
    connect(m_timeline, &TimelineView::playheadMoved, this, [this](TimeUs time) {
        if (m_inspectedStream >= 0 && m_indexFinal)
            m_replay->requestStateAt(m_inspector->streamId(), time);
    });

    addDockWidget(Qt::BottomDockWidgetArea, m_projectionDock);
    tabifyDockWidget(graphDock, m_projectionDock);
    graphDock->raise();
    m_projectionDock->hide(); // File > Edit Projection shows it
    resizeDocks({ graphDock }, { 320 }, Qt::Vertical);
    connect(m_projectionDock, &ProjectionDock::whatIfRequested, this, [this](const ProjectionSpec& spec) {
        if (m_index && m_indexFinal) {
            m_reshowWhenReady = true;
            m_replay->setSource(m_storePath, m_index, spec, projectionOptions(), replayOptions());
        }
    });
    connect(m_projectionDock, &ProjectionDock::saved, this, [this](const QString& spec) {
        // The saved file is what replays from now on.
        setProjection(spec);
    });
}

void MainWindow::chooseExport()
{
    if (!m_index || !m_indexFinal) {
        m_messageBar->showMessage(MessageBar::Kind::Information, tr("Export is possible once the store is indexed."));
        return;
    }
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonlFilter = tr("JSON Lines (*.jsonl)");
    QString filter = csvFilter;
    const QString suggested = QFileInfo(m_storePath).completeBaseName()
        + (m_model->streamFilter() >= 0
                ? u'-' + m_index->streams().string(static_cast<quint32>(m_model->streamFilter()))
                : QString())
        + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Events"),
        QFileInfo(m_storePath).absoluteDir().filePath(suggested), csvFilter + QStringLiteral(";;") + jsonlFilter,
        &filter);
    if (!path.isEmpty())
        exportEvents(path,
            filter == jsonlFilter || path.endsWith(u".jsonl") ? EventExportFormat::JsonLines : EventExportFormat::Csv);
}

void MainWindow::chooseExportReport()
{
    if (!m_index || !m_indexFinal) {
        m_messageBar->showMessage(MessageBar::Kind::Information, tr("Reports are possible once the store is indexed."));
        return;
    }
    ExportReportDefaults defaults;
    defaults.storePath = m_storePath;
    defaults.index = m_index;
    defaults.projectionSpec = m_projectionSpec;
    defaults.projectionOptions = projectionOptions();
    if (m_inspectedStream >= 0) {
        const auto stream = static_cast<quint32>(m_inspectedStream);
        defaults.streamId = m_index->streams().string(stream);
        defaults.aggregateType = m_index->aggregateTypes().string(m_index->streamAggregateType(stream));
        const auto positions = m_index->streamPositions(stream);
        const qint64 count = std::min<qint64>(m_inspector->count(), static_cast<qint64>(positions.size()));
        if (count > 0) {
            defaults.time = m_index->timestamp(positions[static_cast<std::size_t>(count - 1)]);
            defaults.version = m_index->version(positions[static_cast<std::size_t>(count - 1)]);
        }
    }
    if (const QModelIndex current = m_table->currentIndex(); current.isValid())
        defaults.correlationId = m_model->index(current.row(), EventTableModel::Correlation).data().toString();
    auto* dialog = new ExportReportDialog(defaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportReportDialog::exportFinished, this,
        [this](const QString& path, qint64 events, const QByteArray& digest) {
            if (events >= 0)
                statusBar()->showMessage(tr("Wrote the report %1: %2 events, digest %3")
                                             .arg(path, QLocale().toString(events), QString::fromLatin1(digest)),
                    10000);
        });
    dialog->open();
}

void MainWindow::exportEvents(const QString& path, EventExportFormat format)
{
    if (!m_index || !m_indexFinal || QFileInfo(path) == QFileInfo(m_storePath)) {
        if (QFileInfo(path) == QFileInfo(m_storePath))
            m_messageBar->showMessage(
                MessageBar::Kind::Error, tr("%1: an export never overwrites the store").arg(path));
        Q_EMIT exportFinished(path, -1);
        return;
    }
    EventExportRequest request;
    request.storeSpec = m_storePath;
    request.index = m_index;
    request.stream = m_model->streamFilter();
    request.format = format;
    request.outputPath = path;
    auto error = std::make_shared<QString>();
    auto* watcher = new QFutureWatcher<qint64>(this);
    auto* progress
        = new QProgressDialog(tr("Exporting events to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<qint64>::cancel);
    connect(watcher, &QFutureWatcher<qint64>::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcher<qint64>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, progress, error, path] {
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            if (!error->isEmpty())
                m_messageBar->showMessage(MessageBar::Kind::Error, *error);
            else
                statusBar()->showMessage(tr("Export cancelled; nothing was written"), 6000);
            Q_EMIT exportFinished(path, -1);
            return;
        }
        const qint64 written = watcher->future().result();
        statusBar()->showMessage(tr("Exported %1 events to %2").arg(QLocale().toString(written), path), 8000);
        Q_EMIT exportFinished(path, written);
    });
    watcher->setFuture(QtConcurrent::run(
        [request, error](QPromise<qint64>& promise) { ::Chronoscope::exportEvents(promise, request, error.get()); }));
}

// The audit runs by itself after indexing, with the active projection when it is a script
// (unhandled types, projection errors, snapshot drift), and again when the projection changes.
void MainWindow::startAudit()
{
    if (!m_index || !m_indexFinal)
        return;
    m_findings->clear();
    m_findingMarkers.clear();
    m_streamBadges.clear();
    m_streams->model()->setBadges({});
    showMarkers();
    AuditOptions options;
    const ProjectionSpec projection = ProjectionSpec::parse(m_projectionSpec);
    if (!projection.isMerge())
        options.projection = projection;
    m_findings->setBusy(tr("Auditing the store…"));
    m_auditLabel->setText(tr("Auditing…"));
    m_audit->start(m_storePath, m_index, options);
}

ProjectionOptions MainWindow::projectionOptions() const
{
    ProjectionOptions options;
    options.timeLimitMs = m_settings->projectionTimeLimitMs();
    return options;
}

ReplayOptions MainWindow::replayOptions() const
{
    ReplayOptions options;
    options.checkpointBudgetBytes = qint64(m_settings->checkpointBudgetMiB()) * 1024 * 1024;
    return options;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences();
}

void MainWindow::applyPreferences()
{
    const bool local = m_settings->localTime();
    if (m_model->timeMode() != EventTableModel::TimeMode::Relative)
        m_model->setTimeMode(local ? EventTableModel::TimeMode::Local : EventTableModel::TimeMode::Utc);
    m_timeline->setTimeSpec(local ? Qt::LocalTime : Qt::UTC);
    Themes::applyFontSize(m_settings->fontPointSize());
    const QString theme = m_settings->theme();
    for (QAction* action : m_themeGroup->actions()) {
        if (action->data().toString() == theme && !action->isChecked())
            action->trigger();
    }
    // New replay limits: the worker starts over with them.
    if (m_index && m_indexFinal) {
        m_reshowWhenReady = true;
        m_replay->setSource(
            m_storePath, m_index, ProjectionSpec::parse(m_projectionSpec), projectionOptions(), replayOptions());
    }
}

void MainWindow::closeStore()
{
    m_case->storeClosing();
    m_job->cancel();
    m_follow->stop();
    m_reauditTimer.stop();
    m_replay->clearSource();
    m_model->setStore({});
    m_audit->cancel();
    setBusy(false);
    m_storePath.clear();
    m_index.reset();
    m_indexFinal = false;
    m_inspectedStream = -1;
    m_filterBar->setSource({}, {});
    m_model->setIndex({});
    m_streams->setIndex({});
    m_timeline->setIndex({});
    m_timeline->setMarkers({});
    m_inspector->clear();
    m_graph->clear();
    m_findings->clear();
    m_findingMarkers.clear();
    m_streamBadges.clear();
    m_auditLabel->clear();
    m_messageBar->hide();
    setWindowTitle(tr("Chronoscope"));
    m_statusLabel->setText(tr("Open an event store to begin (File > Open Store…)"));
}

void MainWindow::stepSameType(int direction)
{
    if (!m_index || m_inspectedStream < 0)
        return;
    const auto positions = m_index->streamPositions(static_cast<quint32>(m_inspectedStream));
    const qint64 count = m_inspector->count();
    // The event at the playhead is the count-th; with none applied yet, look from the start.
    const quint16 type
        = count > 0 ? m_index->type(positions[static_cast<std::size_t>(count - 1)]) : m_index->type(positions.front());
    for (qint64 i = count - 1 + direction; i >= 0 && i < static_cast<qint64>(positions.size()); i += direction) {
        if (m_index->type(positions[static_cast<std::size_t>(i)]) == type) {
            m_inspector->setCount(i + 1);
            return;
        }
    }
    statusBar()->showMessage(
        tr("No %1 event of this type in the stream").arg(direction > 0 ? tr("later") : tr("earlier")), 4000);
}

void MainWindow::showMarkers()
{
    m_timeline->setMarkers(m_findingMarkers + m_case->markers());
}

void MainWindow::showInGraph(qint64 position)
{
    m_graphPosition = position;
    m_graphTimer.start();
}

void MainWindow::updateGraph()
{
    if (!m_index || !m_indexFinal || m_graphPosition < 0 || m_graph->visibleRegion().isEmpty())
        return;
    const auto& shown = m_graph->result().graph;
    if ((shown && shown->nodeOfPosition(m_graphPosition) >= 0) || m_graph->focusEvent() == m_graphPosition)
        m_graph->setCurrentEvent(m_graphPosition);
    else
        m_graph->showEvent(m_index, m_storePath, m_graphPosition);
}

void MainWindow::editProjection()
{
    QString spec = m_projectionSpec;
    if (ProjectionSpec::parse(spec).isMerge()) {
        spec = QFileDialog::getOpenFileName(
            this, tr("Edit Projection"), QString(), tr("JavaScript projections (*.js);;All files (*)"));
        if (spec.isEmpty())
            return;
    }
    QString error;
    if (!m_projectionDock->edit(spec, &error)) {
        if (!error.isEmpty())
            m_messageBar->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    m_projectionDock->show();
    m_projectionDock->raise();
    m_projectionDock->editor()->editor()->setFocus();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addAction(tr("Load &Projection…"), this, &MainWindow::chooseProjection)->setShortcut(Qt::CTRL | Qt::Key_P);
    file->addAction(tr("&Edit Projection"), this, &MainWindow::editProjection)->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addAction(tr("Use &Merge Projection"), this, [this] { setProjection(QStringLiteral("merge")); });
    file->addSeparator();
    file->addAction(tr("&Export Events…"), this, &MainWindow::chooseExport)
        ->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    file->addAction(tr("Export &Report…"), this, &MainWindow::chooseExportReport)
        ->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    file->addActions(m_case->fileActions());
    file->addSeparator();
    file->addAction(tr("P&references…"), this, &MainWindow::showPreferences)->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Close Store"), this, &MainWindow::closeStore)->setShortcut(Qt::CTRL | Qt::Key_W);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QMenu* timeline = m_viewMenu->addMenu(tr("T&imeline"));
    timeline->addActions({ m_timeline->zoomInAction(), m_timeline->zoomOutAction(), m_timeline->fitAllAction(),
        m_timeline->zoomToStreamAction(), m_timeline->zoomToSelectionAction(), m_timeline->stack()->undoZoomAction(),
        m_timeline->stack()->resetZoomAction() });
    timeline->addSeparator();
    timeline->addActions({ m_timeline->filterToSelectionAction(), m_timeline->stack()->undoFilterAction(),
        m_timeline->stack()->resetFilterAction() });
    timeline->addSeparator();
    timeline->addActions({ m_timeline->positionModeAction(), m_timeline->localTimeAction() });
    timeline->addSeparator();
    timeline->addActions(m_timeline->groupingActions());
    QMenu* themes = m_viewMenu->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(this);
    m_themeGroup = themeGroup;
    const Themes::Theme current = Themes::fromSettingsKey(m_settings->theme());
    for (const auto& [theme, label] : { std::pair { Themes::Theme::System, tr("&System") },
             std::pair { Themes::Theme::Light, tr("&Light") }, std::pair { Themes::Theme::Dark, tr("&Dark") },
             std::pair { Themes::Theme::HighContrast, tr("&High Contrast") } }) {
        QAction* action = themes->addAction(label, this, [this, theme = theme] {
            Themes::apply(theme);
            m_settings->setTheme(Themes::settingsKey(theme));
        });
        action->setCheckable(true);
        action->setChecked(theme == current);
        action->setData(Themes::settingsKey(theme));
        themeGroup->addAction(action);
    }

    // Alt+1… and F6 move the keyboard focus from pane to pane (docs/accessibility.md).
    auto* panes = new PaneNavigator(this);
    for (QWidget* pane : { static_cast<QWidget*>(m_timeline), static_cast<QWidget*>(m_table),
             static_cast<QWidget*>(m_streams), static_cast<QWidget*>(m_inspector), static_cast<QWidget*>(m_graph),
             static_cast<QWidget*>(m_findings), static_cast<QWidget*>(m_projectionDock) })
        panes->addPane(pane);
    m_viewMenu->addMenu(panes->menu());

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QSlider* slider = m_inspector->slider();
    auto step = [this](qint64 delta) { m_inspector->setCount(m_inspector->count() + delta); };
    go->addAction(tr("&First Event"), this, [this] { m_inspector->setCount(0); })->setShortcut(Qt::ALT | Qt::Key_Home);
    go->addAction(tr("&Previous Event"), this, [step] { step(-1); })->setShortcut(Qt::ALT | Qt::Key_Left);
    go->addAction(tr("&Next Event"), this, [step] { step(1); })->setShortcut(Qt::ALT | Qt::Key_Right);
    go->addAction(tr("Previous Event of This &Type"), this, [this] {
          stepSameType(-1);
      })->setShortcut(Qt::ALT | Qt::SHIFT | Qt::Key_Left);
    go->addAction(tr("Next Event of This T&ype"), this, [this] {
          stepSameType(1);
      })->setShortcut(Qt::ALT | Qt::SHIFT | Qt::Key_Right);
    go->addAction(tr("&Last Event"), this, [this, slider] {
          m_inspector->setCount(slider->maximum());
      })->setShortcut(Qt::ALT | Qt::Key_End);
    go->addSeparator();
    go->addAction(tr("Go to &Version…"), this, &MainWindow::goToVersion)->setShortcut(Qt::CTRL | Qt::Key_G);
    go->addAction(tr("Go to &Time…"), this, &MainWindow::goToTime)->setShortcut(Qt::CTRL | Qt::Key_T);
    // One Find: in the inspector it searches the state, anywhere else it finds a stream.
    go->addAction(tr("&Find"), this, [this] {
          if (m_inspector->isAncestorOf(QApplication::focusWidget())) {
              m_inspector->focusSearch();
              return;
          }
          m_streams->filterEdit()->setFocus();
          m_streams->filterEdit()->selectAll();
      })->setShortcut(QKeySequence::Find);
    go->addAction(tr("Filter &Events"), m_filterBar, &FilterBar::focusFilter)
        ->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);

    // Ctrl+Shift+F is the event filter; Ctrl+G goes to a version, Ctrl+Shift+G to the first
    // version where an expression about the state holds.
    go->addAction(tr("Find Version &Where…"), this, [this] {
          m_inspector->stateSearch()->focusExpression();
      })->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    menuBar()->addMenu(m_case->menu());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(m_filterBar->helpAction());
    help->addAction(tr("&About Chronoscope"), this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
    toolbar->addAction(tr("Projection…"), this, &MainWindow::chooseProjection);
}

QWidget* MainWindow::createFilterBar()
{
    m_filterLibrary = new FilterLibrary(this);
    m_filterLibrary->setHistory(m_settings->filterHistory());
    m_filterLibrary->setSavedFromStrings(m_settings->savedFilters());
    connect(m_filterLibrary, &FilterLibrary::changed, this, [this] {
        m_settings->setFilterHistory(m_filterLibrary->history());
        m_settings->setSavedFilters(m_filterLibrary->savedAsStrings());
    });
    m_filterBar = new FilterBar(m_filterLibrary, this);
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const FilterResultPtr& result) {
        m_model->setEventFilter(result);
        m_timeline->setEventFilter(result);
        m_streams->model()->setEventFilter(result);
    });
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    return box;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentStores();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openStore(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Event Store"),
        QFileInfo(m_storePath).absolutePath(), tr("SQLite event stores (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::chooseProjection()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Projection"), QString(), tr("JavaScript projections (*.js);;All files (*)"));
    if (!path.isEmpty())
        setProjection(path);
}

void MainWindow::chooseOtherProjection()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with Projection"),
        QFileInfo(ProjectionSpec::parse(m_projectionSpec).file).absolutePath(),
        tr("JavaScript projections (*.js);;All files (*)"));
    if (!path.isEmpty())
        m_inspector->diffView()->setOtherProjection(path, QFileInfo(path).fileName());
}

void MainWindow::setProjection(const QString& spec)
{
    m_projectionSpec = spec.isEmpty() ? QStringLiteral("merge") : spec;
    if (!m_storePath.isEmpty())
        m_settings->setProjectionFor(m_storePath, m_projectionSpec);
    if (m_index && m_indexFinal) {
        m_reshowWhenReady = true;
        m_replay->setSource(
            m_storePath, m_index, ProjectionSpec::parse(m_projectionSpec), projectionOptions(), replayOptions());
        startAudit();
    }
}

void MainWindow::openStore(const QString& path)
{
    m_case->storeClosing();
    m_storePath = path;
    m_columnsFitted = false;
    m_index.reset();
    m_indexFinal = false;
    m_inspectedStream = -1;
    m_messageBar->hide();
    m_model->setIndex({});
    m_model->setStore(path);
    m_streams->setIndex({});
    m_filterBar->setSource({}, {});
    m_graph->clear();
    m_graphPosition = -1;
    m_audit->cancel();
    m_findings->clear();
    m_findingMarkers.clear();
    m_streamBadges.clear();
    m_timeline->setMarkers({});
    m_timeline->setIndex({});
    m_auditLabel->clear();
    m_inspector->clear();
    m_replay->clearSource();
    m_projectionSpec = m_settings->projectionFor(path);
    m_settings->addRecentStore(path);
    updateRecentMenu();
    const QString shown = PostgresConnInfo::withoutPassword(path); // a file's path is shown as it is
    setWindowTitle(tr("%1 — Chronoscope").arg(QFileInfo(StoreSpec::parse(shown).location).fileName()));
    m_statusLabel->setText(tr("Opening %1…").arg(shown));
    IndexOptions options;
    options.cacheDirectory = m_cacheDirectory;
    options.keepForAppending = true; // live follow continues from the builder
    m_follow->stop();
    m_reauditTimer.stop();
    setBusy(true);
    m_job->start(path, options);
    m_case->storeOpened(path);
}

void MainWindow::openAt(const QString& streamId, TimeUs time)
{
    m_pendingStream = streamId;
    m_pendingTime = time;
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void MainWindow::onProgress(qint64 done, qint64 total, double eventsPerSecond, double secondsLeft)
{
    // QProgressBar takes int: show per-mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    const QLocale locale;
    QString text = tr("Indexing %1 of %2 events").arg(locale.toString(done), locale.toString(total));
    if (eventsPerSecond > 0)
        text += tr(", %1 events/s").arg(locale.toString(qRound64(eventsPerSecond)));
    if (secondsLeft >= 0)
        text += tr(", about %1 s left").arg(locale.toString(secondsLeft, 'f', secondsLeft < 10 ? 1 : 0));
    m_statusLabel->setText(text);
}

void MainWindow::onIndexAvailable(const IndexPtr& index, bool final)
{
    m_index = index;
    m_indexFinal = final;
    m_model->setIndex(index);
    m_streams->setIndex(index);
    m_timeline->setIndex(index);
    if (!m_columnsFitted) {
        m_table->fitColumns();
        m_columnsFitted = true;
    }
    if (final)
        onIndexUsable();
}

// The index is final (or indexing was cancelled and what was read is all there is): replay,
// audit and the pending or already chosen stream can start.
void MainWindow::onIndexUsable()
{
    const IndexPtr index = m_index;
    if (!index)
        return;
    m_indexFinal = true;
    m_filterBar->setSource(m_storePath, index);
    m_replay->setSource(
        m_storePath, index, ProjectionSpec::parse(m_projectionSpec), projectionOptions(), replayOptions());
    startAudit();
    if (m_pendingStream.isEmpty() && m_inspectedStream >= 0) {
        // A stream picked while indexing: its events are all known now.
        const auto stream = static_cast<quint32>(m_inspectedStream);
        showStream(stream, std::min<qint64>(m_inspector->count(), index->streamPositions(stream).size()));
    }
    if (!m_pendingStream.isEmpty()) {
        const auto stream = index->streams().find(m_pendingStream);
        if (!stream) {
            m_messageBar->showMessage(MessageBar::Kind::Warning,
                tr("%1 has no stream '%2'").arg(QFileInfo(m_storePath).fileName(), m_pendingStream));
        } else {
            m_streams->showStream(*stream);
            onStreamSelected(*stream);
            if (m_pendingTime != kInvalidTime)
                m_replay->requestStateAt(m_pendingStream, m_pendingTime);
        }
        m_pendingStream.clear();
    }
}

void MainWindow::onIndexFinished(const IndexStats& stats)
{
    setBusy(false);
    const QLocale locale;
    QString text = tr("%1 events in %2 streams, indexed in %3 s")
                       .arg(locale.toString(stats.events))
                       .arg(locale.toString(m_index ? m_index->streams().size() : 0u))
                       .arg(locale.toString(stats.seconds, 'f', 2));
    if (stats.cacheUsed)
        text += tr(" (from cache, %1 new)").arg(locale.toString(stats.scanned));
    m_statusLabel->setText(text);
    const auto& problems = m_index->problems();
    if (!problems.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < std::min<std::size_t>(problems.size(), 20); ++i)
            lines << tr("position %1: %2").arg(problems[i].position).arg(problems[i].description());
        m_messageBar->showMessage(MessageBar::Kind::Warning,
            tr("%n event(s) could not be indexed as stored; they are shown with what could be read.", nullptr,
                static_cast<int>(problems.size())),
            lines.join(u'\n'));
    }
}

void MainWindow::onIndexExtended(const IndexPtr& index)
{
    if (!m_index || !m_indexFinal || !index)
        return;
    const IndexPtr previous = std::exchange(m_index, index);
    m_model->appendIndex(index);
    m_streams->appendIndex(index);
    m_timeline->setIndex(index);
    m_replay->extendIndex(index);
    if (m_inspectedStream >= 0) {
        // On the stream's latest version, the inspector moves on to the new one; anywhere
        // else it stays where the user put it and only its range grows.
        const auto stream = static_cast<quint32>(m_inspectedStream);
        const auto before = static_cast<qint64>(previous->streamPositions(stream).size());
        const auto now = static_cast<qint64>(index->streamPositions(stream).size());
        if (now != before && m_inspector->count() == before)
            showStream(stream, now);
        else if (now != before)
            m_inspector->setEventCount(streamTitle(stream), now);
    }
    if (!m_reauditTimer.isActive())
        m_reauditTimer.start();
}

void MainWindow::onIndexFailed(const StoreError& error)
{
    setBusy(false);
    m_statusLabel->setText(tr("Could not open %1").arg(QFileInfo(error.source).fileName()));
    m_messageBar->showMessage(
        MessageBar::Kind::Error, error.source + QStringLiteral(": ") + error.reason, error.detail);
    // A database that was down or dropped the connection may be back: one click tries again.
    if (error.code == StoreErrorCode::ServerUnreachable || error.code == StoreErrorCode::ConnectionLost) {
        const QString store = m_storePath;
        m_messageBar->setAction(tr("Reconnect"), [this, store] { openStore(store); });
    }
    // What was read before the connection was lost stays usable.
    if (m_index && !m_indexFinal)
        onIndexUsable();
}

void MainWindow::showStream(quint32 stream, qint64 count)
{
    if (!m_index)
        return;
    if (m_inspectedStream != static_cast<qint64>(stream))
        m_replay->cancelFieldHistory(); // its answer would be about the previous stream
    m_inspectedStream = stream;
    m_timeline->setSelectedStream(stream);
    const QString id = m_index->streams().string(stream);
    const auto events = static_cast<qint64>(m_index->streamPositions(stream).size());
    m_inspector->setStream(id, streamTitle(stream), events, count);
    if (!m_indexFinal)
        m_inspector->showError(tr("The state appears when indexing has finished."));
}

QString MainWindow::streamTitle(quint32 stream) const
{
    const QString id = m_index->streams().string(stream);
    const QString type = m_index->aggregateTypes().string(m_index->streamAggregateType(stream));
    const auto events = static_cast<qint64>(m_index->streamPositions(stream).size());
    const QString projection = ProjectionSpec::parse(m_projectionSpec).isMerge()
        ? tr("merge")
        : QFileInfo(ProjectionSpec::parse(m_projectionSpec).file).fileName();
    return tr("%1 · %2 · %n event(s) · projection %3", nullptr, static_cast<int>(events)).arg(id, type, projection);
}

void MainWindow::onStreamSelected(quint32 stream)
{
    if (!m_index)
        return;
    m_model->setStreamFilter(stream);
    showStream(stream, static_cast<qint64>(m_index->streamPositions(stream).size()));
}

void MainWindow::onEventActivated(qint64 position)
{
    if (!m_index || position < 0)
        return;
    const quint32 stream = m_index->stream(position);
    const auto positions = m_index->streamPositions(stream);
    const qint64 count
        = std::lower_bound(positions.begin(), positions.end(), static_cast<qint32>(position)) - positions.begin() + 1;
    if (static_cast<qint64>(stream) == m_inspectedStream) {
        m_inspector->setCount(count);
        return;
    }
    m_streams->showStream(stream);
    showStream(stream, count);
}

void MainWindow::goToVersion()
{
    if (m_inspectedStream < 0)
        return;
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Go to Version"), tr("Events applied (version):"),
        static_cast<int>(m_inspector->count()), 0, m_inspector->slider()->maximum(), 1, &ok);
    if (ok)
        m_inspector->setCount(count);
}

void MainWindow::goToTime()
{
    if (m_inspectedStream < 0 || !m_indexFinal)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to Time"),
        tr("Time (ISO-8601, UTC unless an offset is given):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const TimeUs time = TimestampParser::parseText(text.trimmed().toStdString());
    if (time == kInvalidTime) {
        m_messageBar->showMessage(
            MessageBar::Kind::Warning, tr("'%1' is not a time (e.g. 2024-10-15T14:00:00Z)").arg(text));
        return;
    }
    m_replay->requestStateAt(m_inspector->streamId(), time);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Chronoscope"),
        tr("<h3>Chronoscope %1</h3><p>A time-travel debugger for event-sourced systems.</p>"
           "<p>Qt %2 (built with %3), SQLite %4</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                QStringLiteral(QT_VERSION_STR), QString::fromLatin1(sqliteLibraryVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_case->storeClosing();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState(AppSettings::kWindowStateVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().constFirst().toLocalFile();
    if (!path.isEmpty())
        openStore(path);
}

} // namespace Chronoscope
