// SPDX-License-Identifier: MIT
#include "eventtableview.h"

#include <QHeaderView>

namespace Chronoscope {

EventTableView::EventTableView(QWidget* parent)
    : QTableView(parent)
{
    setAlternatingRowColors(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setWordWrap(false);
    setShowGrid(false);
    setHorizontalScrollMode(ScrollPerPixel);
    setAccessibleName(tr("Events"));
    // Fixed heights: Qt never asks ten million rows for their size.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void EventTableView::fitColumns()
{
    if (!model() || model()->rowCount() == 0)
        return;
    // Widths from the header and the first rows: sizing to contents would visit every row.
    const int sampleRows = std::min(model()->rowCount(), 200);
    const QFontMetrics metrics = fontMetrics();
    for (int column = 0; column + 1 < model()->columnCount(); ++column) {
        int width = metrics.horizontalAdvance(model()->headerData(column, Qt::Horizontal).toString()) + 24;
        for (int row = 0; row < sampleRows; ++row)
            width = std::max(width, metrics.horizontalAdvance(model()->index(row, column).data().toString()) + 16);
        setColumnWidth(column, std::min(width, 420));
    }
}

} // namespace Chronoscope
