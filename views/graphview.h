// SPDX-License-Identifier: MIT
#pragma once

#include "graphscene.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace Chronoscope {

class GraphCanvas;
class GraphOverview;

/// The correlation and causation graph of one event (DESIGN.md "Graph"): what one command
/// set off, across streams, in dot's layers or in swimlanes along real time with the
/// critical path highlighted. Zoom with the wheel (around the cursor), pan by dragging, fit,
/// and an overview panner; labels are hidden when too small to read.
///
/// All graph work happens off the GUI thread (computeGraph on the thread pool, dot in its own
/// process); a newer request supersedes the running one, whose result is dropped.
class GraphView : public QWidget
{
    Q_OBJECT
public:
    explicit GraphView(QWidget* parent = nullptr);
    /// Cancels the running job and waits for it.
    ~GraphView() override;

    GraphMode mode() const { return m_mode; }
    void setMode(GraphMode mode);
    LayoutDirection direction() const { return m_direction; }
    void setDirection(LayoutDirection direction);

    /// Whether a graph is being built or laid out.
    bool isBusy() const { return m_busy; }
    /// The event the shown graph was built around, -1 without a graph.
    qint64 focusEvent() const;
    /// The highlighted event (setCurrentEvent or the last click), -1 for none.
    qint64 currentEvent() const { return m_current; }
    /// The graph shown, with its layouts and critical path (invalid graph: none yet).
    const GraphResult& result() const { return m_result; }
    /// The summary line under the toolbar (counts, critical path, or the error).
    QString statusText() const;

    GraphCanvas* canvas() const { return m_canvas; }
    GraphScene* scene() const { return m_scene; }
    /// Events of a group drawn at most (5,000); "N more" draws this many more per click.
    void setLimit(qint64 limit) { m_limit = limit; }
    /// The Graphviz program (tests point it at a missing one).
    void setDotProgram(const QString& program) { m_dotProgram = program; }

    using QWidget::showEvent;

public Q_SLOTS:
    /// Builds and lays out the graph around `position` of `index`; `storeSpec` (the store's
    /// path) is opened on the worker to read ids, causation ids and compensation fields.
    void showEvent(Chronoscope::IndexPtr index, const QString& storeSpec, qint64 position);
    /// Highlights the event at `position` when it is drawn (selection made elsewhere).
    void setCurrentEvent(qint64 position);
    /// Stops the running job; the previous graph stays.
    void cancel();
    void clear();
    void fit();
    void zoomIn();
    void zoomOut();
    /// Draws the events the cut left out (another `limit` of them).
    void expand();

Q_SIGNALS:
    /// The user clicked the event at `position`.
    void eventActivated(qint64 position);
    /// A graph is shown (both layouts ready, or swimlanes only when dot failed).
    void graphFinished();
    void graphFailed(const QString& message);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void start(GraphRequest request);
    void finished(QFutureWatcher<GraphResult>* watcher);
    void setBusy(bool busy);
    void showScene(bool fitView);
    void onNodeClicked(int node);
    void placeOverview();
    void updateActions();
    GraphRequest baseRequest() const;
    QString summary() const;

    GraphScene* m_scene;
    GraphCanvas* m_canvas;
    GraphOverview* m_overview;
    QLabel* m_status;
    QProgressBar* m_progress;
    QToolButton* m_cancelButton;
    QAction* m_layeredAction;
    QAction* m_swimlaneAction;
    QAction* m_topDownAction;
    QAction* m_leftRightAction;
    QTimer m_busyNote;

    GraphMode m_mode = GraphMode::Layered;
    LayoutDirection m_direction = LayoutDirection::TopDown;
    std::shared_ptr<GraphCache> m_cache;
    IndexPtr m_index;
    QString m_storeSpec;
    qint64 m_requested = -1;
    qint64 m_current = -1;
    qint64 m_limit = kDefaultGraphLimit;
    qint64 m_requestLimit = kDefaultGraphLimit;
    QString m_dotProgram = QStringLiteral("dot");
    quint64 m_generation = 0;
    QList<QFutureWatcher<GraphResult>*> m_running;
    GraphResult m_result;
    bool m_busy = false;
};

} // namespace Chronoscope
