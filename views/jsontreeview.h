// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace Chronoscope {

/// A tree view for a JsonTreeModel (or a proxy over one): diff marks from the model's
/// DiffKindRole, a context menu (Field History, Copy Value, Copy JSON Pointer, Expand All,
/// Collapse All), and activation (Enter or double-click) on a field asking for its history.
class JsonTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit JsonTreeView(const QString& accessibleName, QWidget* parent = nullptr);

    /// Pointers of the expanded nodes, parents first, to restore after the model resets.
    QStringList expandedPointers() const;
    /// Expands the nodes at `pointers` that exist in the current model.
    void expandPointers(const QStringList& pointers);
    /// The Key-column index at `pointer`, through any proxy; invalid if there is none.
    QModelIndex indexForPointer(const QString& pointer) const;

Q_SIGNALS:
    /// The user asked which events changed the field at `pointer`.
    void historyRequested(const QString& pointer);

private:
    void showContextMenu(const QPoint& at);
};

} // namespace Chronoscope
