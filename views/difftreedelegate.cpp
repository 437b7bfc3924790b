// SPDX-License-Identifier: MIT
#include "difftreedelegate.h"

#include "diffcolors.h"
#include "itemmodels/jsontreemodel.h"

namespace Chronoscope {

void DiffTreeDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(JsonTreeModel::IsPlaceholderRole).toBool()) {
        // Absent on this side of a side-by-side diff: a faint hatch keeps the rows aligned.
        QColor hatch = option->palette.color(QPalette::Text);
        hatch.setAlphaF(0.12F);
        option->backgroundBrush = QBrush(hatch, Qt::BDiagPattern);
        return;
    }
    const auto kind = static_cast<DiffKind>(index.data(JsonTreeModel::DiffKindRole).toInt());
    const QColor tint = DiffColors::background(kind, option->palette);
    if (tint.isValid())
        option->backgroundBrush = tint;
    if (kind == DiffKind::Removed)
        option->font.setStrikeOut(true);
}

} // namespace Chronoscope
