// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Chronoscope {

/// Paints the diff mark of a row (JsonTreeModel::DiffKindRole) as a palette-aware tint.
class DiffTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Chronoscope
