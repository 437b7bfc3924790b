// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Chronoscope {

/// Paints an event's bookmark (a flag in its colour) and notes (a speech bubble) at the
/// left of the event table's Position cell, and shows the notes as its tooltip. What an
/// event has comes from a lookup by position (the case file), so the table model stays as it is.
class CaseMarksDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Marks
    {
        bool bookmarked = false;
        QColor color;
        QString label;
        QStringList notes;
        bool isEmpty() const { return !bookmarked && notes.isEmpty(); }
    };
    using Lookup = std::function<Marks(qint64 position)>;

    /// `positionRole` is the model's role holding an event's position.
    CaseMarksDelegate(Lookup lookup, int positionRole, QObject* parent = nullptr);

    /// Room the marks take at the left of the cell.
    static constexpr int kMarksWidth = 30;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    Lookup m_lookup;
    int m_positionRole;
};

} // namespace Chronoscope
