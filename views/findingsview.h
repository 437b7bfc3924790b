// SPDX-License-Identifier: MIT
#pragma once

#include "audit/finding.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace Chronoscope {

class FindingsFilterModel;
class FindingsModel;

/// The Findings dock: the audit's findings grouped by code, with a text filter, a minimum
/// severity, a detail pane (message and evidence JSON), a count per severity, and a busy row
/// (progress and Cancel) while an audit runs. Selecting or activating a finding that names an
/// event asks for that event (eventActivated()).
///
/// Feed it from an AuditJob: findingsAvailable → appendFindings, progressChanged →
/// setProgress, auditFinished/auditFailed → setIdle, cancelRequested → AuditJob::cancel.
class FindingsView : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);
    ~FindingsView() override;

    /// Adds a batch (rows are inserted; selection and expansion stay).
    void appendFindings(const Findings& batch);
    /// Forgets every finding, e.g. before a new audit.
    void clear();

    /// Shows the busy row with `text`, an indeterminate progress bar and Cancel.
    void setBusy(const QString& text);
    /// Makes the busy row's bar determinate (shown only while busy).
    void setProgress(qint64 done, qint64 total);
    /// Hides the busy row.
    void setIdle();
    bool isBusy() const;

    /// The summary line, e.g. "3 errors, 5 warnings, 1 note".
    QString summaryText() const;

    FindingsModel* model() const { return m_model; }
    FindingsFilterModel* filterModel() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* severityCombo() const { return m_severity; }
    QTreeView* treeView() const { return m_tree; }
    QPlainTextEdit* detailsView() const { return m_details; }

Q_SIGNALS:
    /// A finding naming the event at index `position` was selected or activated (Enter,
    /// double-click). Store-wide findings and group rows do not emit it.
    void eventActivated(qint64 position);
    /// The user pressed Cancel in the busy row.
    void cancelRequested();

private:
    void showDetails(const QModelIndex& index);
    void updateSummary();
    void spanGroups(int first, int last);

    FindingsModel* m_model;
    FindingsFilterModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_severity;
    QTreeView* m_tree;
    QPlainTextEdit* m_details;
    QLabel* m_summary;
    QWidget* m_busy;
    QLabel* m_busyText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace Chronoscope
