// SPDX-License-Identifier: MIT
#include "eventtableview.h"

#include "itemmodels/eventtablemodel.h"

#include <QActionGroup>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>

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
    setTabKeyNavigation(false); // Tab leaves the table (arrows move between rows), as in other panes
    // Fixed heights: Qt never asks ten million rows for their size.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &EventTableView::showHeaderMenu);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &EventTableView::showRowMenu);
}

void EventTableView::showHeaderMenu(const QPoint& at)
{
    auto* events = qobject_cast<EventTableModel*>(model());
    if (!events)
        return;
    QMenu menu(this);
    auto* group = new QActionGroup(&menu);
    using Mode = EventTableModel::TimeMode;
    for (const auto& [mode, label] :
        { std::pair { Mode::Utc, tr("Times in &UTC") }, std::pair { Mode::Local, tr("Times in &Local Time") },
            std::pair { Mode::Relative, tr("Times &Relative to the Reference Event") } }) {
        QAction* action = menu.addAction(label, this, [events, mode = mode] { events->setTimeMode(mode); });
        action->setCheckable(true);
        action->setChecked(events->timeMode() == mode);
        group->addAction(action);
    }
    menu.addSeparator();
    for (int column = 0; column < events->columnCount(); ++column) {
        QAction* action = menu.addAction(events->headerData(column, Qt::Horizontal).toString(), this,
            [this, column](bool shown) { setColumnHidden(column, !shown); });
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
    }
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(at));
}

void EventTableView::showRowMenu(const QPoint& at)
{
    auto* events = qobject_cast<EventTableModel*>(model());
    const QModelIndex index = indexAt(at);
    if (!events || !index.isValid())
        return;
    const qint64 position = events->positionAt(index.row());
    const TimeUs time = index.data(EventTableModel::TimestampRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Show Times &Relative to This Event"), this, [events, time, position] {
        events->setReferenceTime(time, position);
        events->setTimeMode(EventTableModel::TimeMode::Relative);
    });
    if (!m_rowActions.isEmpty()) {
        setCurrentIndex(index);
        menu.addSeparator();
        menu.addActions(m_rowActions);
    }
    menu.exec(viewport()->mapToGlobal(at));
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
    // Correlation ids arrive after this sample is taken: room for a UUID.
    setColumnWidth(EventTableModel::Correlation,
        metrics.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + 16);
}

void EventTableView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
        fitColumns();
    }
}

} // namespace Chronoscope
