// SPDX-License-Identifier: MIT
#include "casemarksdelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Chronoscope {

CaseMarksDelegate::CaseMarksDelegate(Lookup lookup, int positionRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_lookup(std::move(lookup))
    , m_positionRole(positionRole)
{ }

void CaseMarksDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const Marks marks = m_lookup(index.data(m_positionRole).toLongLong());
    if (marks.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF cell = option.rect;
    const double h = std::min(cell.height() - 4, 12.0);
    const double top = cell.center().y() - h / 2;
    if (marks.bookmarked) {
        // A pennant: pole and flag, in the bookmark's colour.
        const double x = cell.left() + 4;
        QPainterPath flag;
        flag.moveTo(x, top);
        flag.lineTo(x + 9, top + h * 0.3);
        flag.lineTo(x, top + h * 0.6);
        flag.closeSubpath();
        painter->fillPath(flag, marks.color);
        painter->fillRect(QRectF(x - 1, top, 1.5, h), marks.color.darker(130));
    }
    if (!marks.notes.isEmpty()) {
        // A speech bubble in the text colour.
        const QColor ink = option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                                 : option.palette.text().color();
        const QRectF bubble(cell.left() + 16, top + 1, 10, h * 0.7);
        QPainterPath path;
        path.addRoundedRect(bubble, 2, 2);
        path.moveTo(bubble.left() + 2, bubble.bottom());
        path.lineTo(bubble.left() + 2, bubble.bottom() + 3);
        path.lineTo(bubble.left() + 5, bubble.bottom());
        painter->setPen(QPen(ink, 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    painter->restore();
}

bool CaseMarksDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const Marks marks = m_lookup(index.data(m_positionRole).toLongLong());
    if (event->type() == QEvent::ToolTip && !marks.isEmpty()) {
        QStringList lines;
        if (marks.bookmarked)
            lines << tr("Bookmark: %1").arg(marks.label.isEmpty() ? tr("(no label)") : marks.label);
        lines << marks.notes;
        QToolTip::showText(event->globalPos(), lines.join(QStringLiteral("\n\n")), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Chronoscope
