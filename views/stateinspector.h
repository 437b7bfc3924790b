// SPDX-License-Identifier: MIT
#pragma once

#include "replay/replayservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace Chronoscope {

class DiffView;
class JsonTreeModel;
class JsonTreeView;
class StateSearchBar;

/// The state of one stream at the playhead: a version scrubber, the state as a JSON
/// tree, what the last event changed, and that event's raw and upcast payload.
///
/// It computes nothing: moving the scrubber emits countRequested(), and the owner answers
/// with showAnswer() when the replay service has the state (stale answers never arrive,
/// the service drops them), so dragging never blocks the GUI.
class StateInspector : public QWidget
{
    Q_OBJECT
public:
    explicit StateInspector(QWidget* parent = nullptr);

    /// Shows a stream with `eventCount` events; the scrubber goes to `count`.
    void setStream(const QString& streamId, const QString& description, qint64 eventCount, qint64 count);
    /// Live follow: the shown stream now has `eventCount` events. The scrubber's range and
    /// the title change; the playhead stays where it is and nothing is requested.
    void setEventCount(const QString& description, qint64 eventCount);
    void clear();
    QString streamId() const { return m_streamId; }

    /// Events applied at the playhead (0 = the initial state).
    qint64 count() const;
    void setCount(qint64 count);

    void showAnswer(const StateAnswer& answer);
    /// Lists the events that changed `pointer` (answer to historyRequested()).
    void showFieldHistory(const QString& pointer, const std::vector<FieldChange>& changes);
    void showError(const QString& message);

    /// Moves to the next node of the state whose key or value contains `text` (from the
    /// current one, wrapping), expanding its parents; false if nothing matches.
    bool findInState(const QString& text, bool backwards = false);
    /// Shows the state tab and puts the cursor in its search field.
    void focusSearch();

    JsonTreeModel* stateModel() const { return m_stateModel; }
    JsonTreeModel* changeModel() const;
    DiffView* diffView() const { return m_diffView; }
    QSlider* slider() const { return m_slider; }
    JsonTreeView* stateView() const { return m_stateView; }
    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* historyView() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    /// "Find first version where…" (the owner runs the search).
    StateSearchBar* stateSearch() const { return m_stateSearch; }

Q_SIGNALS:
    void countRequested(qint64 count);
    void timeRequested(Chronoscope::TimeUs time);
    /// The user asked which events changed the field at `pointer`.
    void historyRequested(const QString& pointer);
    /// The user picked an event (in the field history): move the playhead to it.
    void eventRequested(qint64 position);

protected:
    void changeEvent(QEvent* event) override;

private:
    void requestCount(qint64 count);
    void showPayload(QPlainTextEdit* edit, const QByteArray& json);
    void showStateStatus();

    QString m_streamId;
    QLabel* m_title;
    QLabel* m_status;
    QToolButton* m_first;
    QToolButton* m_previous;
    QSlider* m_slider;
    QToolButton* m_next;
    QToolButton* m_last;
    QSpinBox* m_spin;
    QLineEdit* m_time;
    QTabWidget* m_tabs;
    JsonTreeModel* m_stateModel;
    JsonTreeView* m_stateView;
    QLineEdit* m_search;
    QLabel* m_searchStatus;
    StateSearchBar* m_stateSearch;
    DiffView* m_diffView;
    QTreeWidget* m_history;
    QLabel* m_eventTitle;
    QTabWidget* m_payloadTabs;
    QPlainTextEdit* m_raw;
    QPlainTextEdit* m_upcast;
    QPlainTextEdit* m_metadata;
    bool m_updating = false;
    bool m_hasShownState = false;
    std::optional<StateResult> m_shownState; ///< what the status line describes, if a state
};

} // namespace Chronoscope
