// SPDX-License-Identifier: MIT
#include "eventtablemodel.h"

#include "index/timestampparser.h"

#include <limits>

namespace Chronoscope {

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EventTableModel::setIndex(IndexPtr index)
{
    beginResetModel();
    m_index = std::move(index);
    if (!m_index || m_stream >= static_cast<qint64>(m_index->streams().size()))
        m_stream = -1;
    endResetModel();
}

void EventTableModel::setStreamFilter(qint64 stream)
{
    if (stream == m_stream)
        return;
    beginResetModel();
    m_stream = m_index && stream >= 0 && stream < static_cast<qint64>(m_index->streams().size()) ? stream : -1;
    endResetModel();
}

qint64 EventTableModel::positionAt(int row) const
{
    if (!m_index || row < 0 || row >= rowCount())
        return -1;
    if (m_stream < 0)
        return row;
    return m_index->streamPositions(static_cast<quint32>(m_stream))[static_cast<std::size_t>(row)];
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_index)
        return 0;
    const qint64 rows = m_stream < 0
        ? m_index->size()
        : static_cast<qint64>(m_index->streamPositions(static_cast<quint32>(m_stream)).size());
    return static_cast<int>(std::min<qint64>(rows, std::numeric_limits<int>::max()));
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    const qint64 position = positionAt(index.row());
    if (position < 0)
        return {};
    const EventIndex& events = *m_index;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Position:
            return position;
        case Time:
            return TimestampParser::toIso(events.timestamp(position));
        case Stream:
            return events.streams().string(events.stream(position));
        case Version:
            return events.version(position);
        case Type:
            return events.types().string(events.type(position));
        case User:
            return events.users().string(events.user(position));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Position || index.column() == Version)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PositionRole:
        return position;
    case TimestampRole:
        return events.timestamp(position);
    case StreamIdRole:
        return events.streams().string(events.stream(position));
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("Position");
    case Time:
        return tr("Time (UTC)");
    case Stream:
        return tr("Stream");
    case Version:
        return tr("Version");
    case Type:
        return tr("Type");
    case User:
        return tr("User");
    default:
        return {};
    }
}

} // namespace Chronoscope
