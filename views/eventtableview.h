// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace Chronoscope {

/// The event table, tuned for millions of rows: fixed row heights (no per-row size hints),
/// column widths from a sample of text rather than from every row, no word wrap.
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget* parent = nullptr);

    /// Sizes columns to fit a typical row; call after the model has rows.
    void fitColumns();
};

} // namespace Chronoscope
