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

class JsonTreeModel;

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
    void clear();
    QString streamId() const { return m_streamId; }

    /// Events applied at the playhead (0 = the initial state).
    qint64 count() const;
    void setCount(qint64 count);

    void showAnswer(const StateAnswer& answer);
    /// Lists the events that changed `pointer` (answer to historyRequested()).
    void showFieldHistory(const QString& pointer, const std::vector<FieldChange>& changes);
    void showError(const QString& message);

    JsonTreeModel* stateModel() const { return m_stateModel; }
    JsonTreeModel* changeModel() const { return m_changeModel; }
    QSlider* slider() const { return m_slider; }
    QTreeView* stateView() const { return m_stateView; }
    QTreeWidget* historyView() const { return m_history; }

Q_SIGNALS:
    void countRequested(qint64 count);
    void timeRequested(Chronoscope::TimeUs time);
    /// The user asked which events changed the field at `pointer`.
    void historyRequested(const QString& pointer);
    /// The user picked an event (in the field history): move the playhead to it.
    void eventRequested(qint64 position);

private:
    void requestCount(qint64 count);
    void expandAfterReset(QTreeView* view, const QStringList& pointers);
    QStringList expandedPointers(QTreeView* view) const;
    void showPayload(QPlainTextEdit* edit, const QByteArray& json);
    void showContextMenu(const QPoint& at);

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
    QTreeView* m_stateView;
    JsonTreeModel* m_changeModel;
    QTreeView* m_changeView;
    QTreeWidget* m_history;
    QLabel* m_eventTitle;
    QTabWidget* m_payloadTabs;
    QPlainTextEdit* m_raw;
    QPlainTextEdit* m_upcast;
    QPlainTextEdit* m_metadata;
    bool m_updating = false;
    bool m_hasShownState = false;
};

} // namespace Chronoscope
