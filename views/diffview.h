// SPDX-License-Identifier: MIT
#pragma once

#include "replay/replayservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace Chronoscope {

class JsonTreeModel;
class JsonTreeView;

/// Compares the playhead's state with another state (DESIGN.md "Diffs"): the state before
/// the playhead's event (what it changed), another version, another projection, or the
/// stored snapshot. Unified (one tree, `old → new`) or side by side (two aligned trees
/// that scroll and expand together); optionally only what differs.
///
/// Like the inspector it computes nothing: it emits compareRequested() and the owner
/// answers with showAnswer() (the replay service drops stale answers). In "what this
/// event changed" mode the inspector's own answer carries the diff (showChange()).
class DiffView : public QWidget
{
    Q_OBJECT
public:
    using Mode = CompareRequest::Mode;

    explicit DiffView(QWidget* parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    bool isSideBySide() const;
    void setSideBySide(bool sideBySide);
    void setChangesOnly(bool changesOnly);

    /// The playhead moved: `count` events of `streamId` (of `eventCount`) are applied.
    /// Outside "what this event changed" mode this asks for a new comparison.
    void setPlayhead(const QString& streamId, qint64 count, qint64 eventCount);
    /// The other projection for Projection mode: FILE[#NAME] or "merge", with a label.
    void setOtherProjection(const QString& spec, const QString& label);
    QString otherProjection() const { return m_otherSpec; }

    /// The diff the inspector's answer carries: previous state → playhead.
    void showChange(const StateAnswer& answer);
    void showAnswer(const CompareAnswer& answer);
    void showError(const QString& message);
    void clear();

    JsonTreeModel* unifiedModel() const { return m_unified; }
    JsonTreeView* unifiedView() const { return m_unifiedView; }
    JsonTreeView* oldView() const { return m_oldView; }
    JsonTreeView* newView() const { return m_newView; }
    QComboBox* modeBox() const { return m_mode; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void compareRequested(const Chronoscope::CompareRequest& request);
    void historyRequested(const QString& pointer);
    /// The user wants to pick the other projection's file.
    void chooseOtherProjection();

private:
    void requestCompare();
    void showDiff(std::shared_ptr<const DiffNode> diff, const QString& left, const QString& right);
    void updateControls();
    void syncSideBySide();

    QComboBox* m_mode;
    QSpinBox* m_otherVersion;
    QToolButton* m_otherProjectionButton;
    QToolButton* m_sideBySide;
    QToolButton* m_changesOnly;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    JsonTreeModel* m_unified;
    JsonTreeModel* m_old;
    JsonTreeModel* m_new;
    QSortFilterProxyModel* m_unifiedProxy;
    QSortFilterProxyModel* m_oldProxy;
    QSortFilterProxyModel* m_newProxy;
    JsonTreeView* m_unifiedView;
    JsonTreeView* m_oldView;
    JsonTreeView* m_newView;
    QLabel* m_oldTitle;
    QLabel* m_newTitle;
    QString m_streamId;
    qint64 m_count = 0;
    QString m_otherSpec;
    StateAnswer m_lastChange; ///< the inspector's last answer, shown again on return to its mode
    bool m_syncing = false;
};

} // namespace Chronoscope
