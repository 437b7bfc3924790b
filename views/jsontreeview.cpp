// SPDX-License-Identifier: MIT
#include "jsontreeview.h"

#include "difftreedelegate.h"
#include "itemmodels/jsontreemodel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>

namespace Chronoscope {

JsonTreeView::JsonTreeView(const QString& accessibleName, QWidget* parent)
    : QTreeView(parent)
{
    setItemDelegate(new DiffTreeDelegate(this));
    setUniformRowHeights(true);
    setAccessibleName(accessibleName);
    header()->setStretchLastSection(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTreeView::customContextMenuRequested, this, &JsonTreeView::showContextMenu);
    connect(this, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (!index.data(JsonTreeModel::IsContainerRole).toBool()
            && !index.data(JsonTreeModel::IsPlaceholderRole).toBool())
            Q_EMIT historyRequested(index.data(JsonTreeModel::JsonPointerRole).toString());
    });
}

QStringList JsonTreeView::expandedPointers() const
{
    QStringList pointers;
    if (model() == nullptr)
        return pointers;
    std::vector<QModelIndex> pending { QModelIndex() };
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex child = model()->index(row, 0, parent);
            if (isExpanded(child)) {
                pointers << child.data(JsonTreeModel::JsonPointerRole).toString();
                pending.push_back(child);
            }
        }
    }
    return pointers;
}

QModelIndex JsonTreeView::indexForPointer(const QString& pointer) const
{
    if (auto* json = qobject_cast<JsonTreeModel*>(model()))
        return json->indexForPointer(pointer);
    auto* proxy = qobject_cast<QAbstractProxyModel*>(model());
    auto* json = proxy ? qobject_cast<JsonTreeModel*>(proxy->sourceModel()) : nullptr;
    return json ? proxy->mapFromSource(json->indexForPointer(pointer)) : QModelIndex();
}

void JsonTreeView::expandPointers(const QStringList& pointers)
{
    for (const QString& pointer : pointers) {
        const QModelIndex index = indexForPointer(pointer);
        if (index.isValid())
            expand(index);
    }
}

void JsonTreeView::showContextMenu(const QPoint& at)
{
    const QModelIndex index = indexAt(at);
    if (!index.isValid() || index.data(JsonTreeModel::IsPlaceholderRole).toBool())
        return;
    // Read now: a new state may replace the model while the menu is open.
    const QString pointer = index.data(JsonTreeModel::JsonPointerRole).toString();
    const QString value = index.data(JsonTreeModel::ValueJsonRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Field History"), this, [this, pointer] { Q_EMIT historyRequested(pointer); });
    menu.addAction(tr("Copy Value"), this, [value] { QApplication::clipboard()->setText(value); });
    menu.addAction(tr("Copy JSON Pointer"), this, [pointer] { QApplication::clipboard()->setText(pointer); });
    menu.addSeparator();
    menu.addAction(tr("Expand All"), this, &QTreeView::expandAll);
    menu.addAction(tr("Collapse All"), this, &QTreeView::collapseAll);
    menu.exec(viewport()->mapToGlobal(at));
}

} // namespace Chronoscope
