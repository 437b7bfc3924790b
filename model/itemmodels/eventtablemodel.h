// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"

#include <QAbstractTableModel>

namespace Chronoscope {

/// All events of an index, or those of one stream, as a virtual table: every cell is
/// computed from the index columns on request, so ten million rows cost no memory beyond
/// the index and no allocation per row. Qt item views address rows with int, so a store
/// past 2^31-1 events shows its first 2^31-1 (see rowCount()).
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Position,
        Time,
        Stream,
        Version,
        Type,
        User,
        NumColumns
    };
    enum Role
    {
        PositionRole = Qt::UserRole,
        TimestampRole,
        StreamIdRole
    };
    Q_ENUM(Column)

    explicit EventTableModel(QObject* parent = nullptr);

    /// Worker results enter here: a new snapshot of the same store keeps the stream filter.
    void setIndex(IndexPtr index);
    IndexPtr eventIndex() const { return m_index; }

    /// Shows only the events of `stream` (an id of index()->streams()); -1 shows all.
    void setStreamFilter(qint64 stream);
    qint64 streamFilter() const { return m_stream; }

    /// The store position shown in `row`, or -1.
    qint64 positionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    IndexPtr m_index;
    qint64 m_stream = -1;
};

} // namespace Chronoscope
