// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace Chronoscope {

/// "Find first version where…" under the state tree: a JavaScript expression about
/// `state` (e.g. `state.status == "withdrawn"`), Find (from the stream's start) and Next
/// (after the playhead), a progress bar with Cancel while the replay worker searches, and
/// the outcome or the expression's error. It computes nothing: the owner answers the
/// requests (ReplayService::requestFindState()).
class StateSearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit StateSearchBar(QWidget* parent = nullptr);

    QLineEdit* expressionField() const { return m_expression; }
    QString expression() const;
    bool isBusy() const;
    /// What the last search found (or why it failed), as shown.
    QString resultText() const;

    void setBusy(bool busy);
    void setProgress(qint64 done, qint64 total);
    /// The outcome, e.g. "version 7 (event 7 of 40)"; an error is shown as one.
    void showResult(const QString& text, bool error = false);
    void focusExpression();

Q_SIGNALS:
    /// Find (fromPlayhead false) or Find Next (true, after the event at the playhead).
    void findRequested(const QString& expression, bool fromPlayhead);
    void cancelRequested();

private:
    void request(bool fromPlayhead);

    QLineEdit* m_expression;
    QToolButton* m_find;
    QToolButton* m_next;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_result;
};

} // namespace Chronoscope
