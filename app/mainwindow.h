// SPDX-License-Identifier: MIT
#pragma once

#include "audit/auditjob.h"
#include "export/eventexport.h"
#include "index/indexjob.h"
#include "replay/replayservice.h"
#include "timeline/timelinemarker.h"

#include <QMainWindow>
#include <QTimer>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace Chronoscope {

class AppSettings;
class CaseController;
class EventTableModel;
class EventTableView;
class FilterBar;
class FilterLibrary;
class FindingsView;
class LiveFollowControl;
class GraphView;
class TimelineView;
class MessageBar;
class ProjectionDock;
class StateInspector;
class StreamsView;

/// The investigation window: streams dock, event table, state inspector. Indexing and
/// replay run on workers; this class only wires their results to the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Starts indexing `path` in the background; the views fill as snapshots arrive.
    void openStore(const QString& path);
    /// Once the store is indexed, shows `streamId` as of `time` (or its last event).
    void openAt(const QString& streamId, TimeUs time = kInvalidTime);
    /// File > Export Events: the table's events (all, or the selected stream's) written to
    /// `path` on a worker, with progress and cancel; exportFinished() tells the outcome.
    void exportEvents(const QString& path, EventExportFormat format);
    /// File > Preferences: applies what the settings now say (time display, theme, replay limits).
    void applyPreferences();
    /// Selects the event at `position` and moves the playhead there (Bookmarks dock, Enter).
    void goToEvent(qint64 position) { onEventActivated(position); }
    /// Bookmarks, notes and the case file of the open store.
    CaseController* caseController() const { return m_case; }
    /// File > Close Store: stops every job and empties the views.
    void closeStore();
    /// Go > Next/Previous Event of This Type: within the inspected stream.
    void stepSameType(int direction);
    /// The projection the inspector replays with: "merge" or FILE[#NAME].
    void setProjection(const QString& spec);
    QString projection() const { return m_projectionSpec; }
    /// Where index caches go; empty disables the cache (tests).
    void setCacheDirectory(const QString& directory) { m_cacheDirectory = directory; }

    EventTableModel* eventModel() const { return m_model; }
    EventTableView* eventTable() const { return m_table; }
    StreamsView* streamsView() const { return m_streams; }
    StateInspector* inspector() const { return m_inspector; }
    ProjectionDock* projectionDock() const { return m_projectionDock; }
    GraphView* graphView() const { return m_graph; }
    TimelineView* timeline() const { return m_timeline; }
    FilterBar* filterBar() const { return m_filterBar; }
    FilterLibrary* filterLibrary() const { return m_filterLibrary; }
    FindingsView* findingsView() const { return m_findings; }
    const AuditJob* auditJob() const { return m_audit; }
    /// File > Edit Projection: opens the active projection's script in the Projection dock.
    void editProjection();
    MessageBar* messageBar() const { return m_messageBar; }
    const IndexJob* indexJob() const { return m_job; }
    const ReplayService* replayService() const { return m_replay; }
    /// View > Follow Live Updates and its status bar state (docs/live-follow.md).
    LiveFollowControl* liveFollow() const { return m_follow; }

Q_SIGNALS:
    /// An export ended: `written` events, or -1 when it failed or was cancelled.
    void exportFinished(const QString& path, qint64 written);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    /// The filter bar over the event table, wired to the table, timeline and streams dock.
    QWidget* createFilterBar();
    void createMenus();
    void updateRecentMenu();
    void chooseStore();
    void chooseProjection();
    void chooseOtherProjection();
    void chooseExport();
    /// File > Export Report…: the dialog, defaulted to the playhead.
    void chooseExportReport();
    void showPreferences();
    ProjectionOptions projectionOptions() const;
    ReplayOptions replayOptions() const;
    void goToVersion();
    void goToTime();
    void showShortcuts();
    void showAbout();
    void onProgress(qint64 done, qint64 total, double eventsPerSecond, double secondsLeft);
    void onIndexAvailable(const IndexPtr& index, bool final);
    void onIndexUsable();
    void startAudit();
    void onIndexFinished(const IndexStats& stats);
    void onIndexFailed(const StoreError& error);
    /// Live follow: a snapshot with appended events; every view grows without a reset.
    void onIndexExtended(const IndexPtr& index);
    QString streamTitle(quint32 stream) const;
    void onStreamSelected(quint32 stream);
    void onEventActivated(qint64 position);
    void showStream(quint32 stream, qint64 count);
    void setBusy(bool busy);
    /// The graph follows the selected event (debounced; only while the graph is visible).
    void showInGraph(qint64 position);
    void updateGraph();
    /// The timeline's markers: the findings' and the case's bookmarks.
    void showMarkers();
    void connectStateSearch(); ///< mainwindowstatesearch.cpp

    std::unique_ptr<AppSettings> m_settings;
    IndexJob* m_job;
    ReplayService* m_replay;
    EventTableModel* m_model;
    EventTableView* m_table;
    StreamsView* m_streams;
    StateInspector* m_inspector;
    ProjectionDock* m_projectionDock;
    GraphView* m_graph;
    TimelineView* m_timeline;
    FilterLibrary* m_filterLibrary = nullptr;
    FilterBar* m_filterBar = nullptr;
    FindingsView* m_findings;
    AuditJob* m_audit;
    CaseController* m_case = nullptr;
    QLabel* m_auditLabel = nullptr;
    QList<TimelineMarker> m_findingMarkers;
    QHash<quint32, std::array<int, 3>> m_streamBadges; ///< findings per stream, per severity
    QTimer m_graphTimer;
    LiveFollowControl* m_follow = nullptr;
    QTimer m_reauditTimer; ///< live follow: audits again once appends pause
    qint64 m_graphPosition = -1;
    MessageBar* m_messageBar;
    QLabel* m_statusLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    IndexPtr m_index;
    bool m_indexFinal = false;
    qint64 m_inspectedStream = -1;
    QString m_storePath;
    QString m_cacheDirectory;
    QString m_projectionSpec = QStringLiteral("merge");
    QString m_pendingStream;
    TimeUs m_pendingTime = kInvalidTime;
    bool m_columnsFitted = false;
    bool m_reshowWhenReady = false;
    QString m_projectionMessage; ///< the last "Projection: …" status message, which the next one may replace
    bool m_followingPlayhead = false; ///< the table moves to the playhead, not the other way round
};

} // namespace Chronoscope
