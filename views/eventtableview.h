// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace Chronoscope {

/// The event table, tuned for millions of rows: fixed row heights (no per-row size hints),
/// column widths from a sample of text rather than from every row, no word wrap.
///
/// The header's context menu chooses the time display (UTC, local, relative) and the
/// visible columns; a row's context menu makes its event the reference for relative times.
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget* parent = nullptr);

    /// Sizes columns to fit a typical row; call after the model has rows.
    void fitColumns();
    /// Actions added to a row's context menu (e.g. Add Note…); they act on the current row,
    /// which a right-click moves to the clicked one.
    void addRowActions(const QList<QAction*>& actions) { m_rowActions << actions; }

protected:
    /// A new font (Preferences > Font size) resizes rows and columns to it.
    void changeEvent(QEvent* event) override;

private:
    void showHeaderMenu(const QPoint& at);
    void showRowMenu(const QPoint& at);

    QList<QAction*> m_rowActions;
};

} // namespace Chronoscope
