// SPDX-License-Identifier: MIT
#include "bookmarksmodel.h"

#include "index/timestampparser.h"

#include <QScopedValueRollback>

#include <map>

namespace Chronoscope {

BookmarksModel::BookmarksModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BookmarksModel::setCaseFile(CaseFile* caseFile)
{
    if (m_case)
        disconnect(m_case, nullptr, this, nullptr);
    m_case = caseFile;
    if (m_case)
        connect(m_case, &CaseFile::changed, this, &BookmarksModel::rebuild);
    rebuild();
}

void BookmarksModel::setIndex(IndexPtr index)
{
    m_index = std::move(index);
    if (!m_rows.empty())
        Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, NumColumns - 1));
}

void BookmarksModel::rebuild()
{
    if (m_settingData)
        return; // setData() updates the cell itself; a reset would pull the editor away mid-commit
    std::vector<Row> rows;
    if (m_case) {
        std::map<qint64, Row> byPosition; // store order
        const auto& bookmarks = m_case->bookmarks();
        for (qsizetype i = 0; i < bookmarks.size(); ++i) {
            Row& row = byPosition[bookmarks.at(i).event.position];
            row.event = bookmarks.at(i).event;
            row.bookmark = static_cast<int>(i);
        }
        const auto& notes = m_case->notes();
        for (qsizetype i = 0; i < notes.size(); ++i) {
            Row& row = byPosition[notes.at(i).event.position];
            if (row.bookmark < 0 && row.notes.isEmpty())
                row.event = notes.at(i).event;
            row.notes << static_cast<int>(i);
        }
        for (auto& [position, row] : byPosition)
            rows.push_back(std::move(row));
    }
    // The same events with the same bookmarks (a label, a colour, an event id changed): update
    // the cells and keep the view's selection and any open editor.
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row& a, const Row& b) {
               return a.event.position == b.event.position && a.bookmark == b.bookmark;
           });
    if (sameRows) {
        // Only the rows whose event or notes changed: a view refreshes the editors in a
        // changed range, and an event id read in the background must not undo the label the
        // user is typing in another row.
        std::vector<int> changedRows;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (!(rows[i].event == m_rows[i].event) || rows[i].notes != m_rows[i].notes)
                changedRows.push_back(static_cast<int>(i));
        }
        m_rows = std::move(rows);
        if (changedRows.empty() && !m_rows.empty()) // a label or colour changed: every cell may show it
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, NumColumns - 1));
        for (int row : changedRows)
            Q_EMIT dataChanged(index(row, 0), index(row, NumColumns - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 BookmarksModel::positionAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].event.position : -1;
}

int BookmarksModel::rowOf(qint64 position) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].event.position == position)
            return static_cast<int>(i);
    }
    return -1;
}

int BookmarksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BookmarksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QString BookmarksModel::notesText(const Row& row, bool detailed) const
{
    QStringList parts;
    for (const int i : row.notes) {
        const EventNote& note = m_case->notes().at(i);
        if (detailed) {
            parts << tr("%1, %2:\n%3")
                         .arg(note.author.isEmpty() ? tr("(unknown)") : note.author, TimestampParser::toIso(note.time),
                             note.text);
        } else {
            QString text = note.text;
            parts << text.replace(u'\n', u' ') + QStringLiteral(" — ") + note.author;
        }
    }
    return parts.join(detailed ? QStringLiteral("\n\n") : QStringLiteral(" · "));
}

QVariant BookmarksModel::data(const QModelIndex& index, int role) const
{
    if (!m_case || !index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (row.bookmark >= m_case->bookmarks().size())
        return {}; // between a change of the case and the rebuild it causes
    const qint64 p = row.event.position;
    const bool inIndex = m_index && p >= 0 && p < m_index->size();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Label:
            if (row.bookmark >= 0)
                return m_case->bookmarks().at(row.bookmark).label;
            return role == Qt::EditRole ? QString() : tr("(note)");
        case Event: {
            QString text = tr("%1 v%2").arg(row.event.streamId).arg(row.event.version);
            if (inIndex)
                text += QStringLiteral(" · ") + m_index->types().string(m_index->type(p));
            return text;
        }
        case Time:
            return inIndex ? TimestampParser::toIso(m_index->timestamp(p)) : QString();
        case Notes:
            return notesText(row, false);
        }
        break;
    case Qt::ToolTipRole:
        if (!row.notes.isEmpty())
            return notesText(row, true);
        return tr("Position %1; no notes (Ctrl+M adds one)").arg(p);
    case PositionRole:
        return p;
    case ColorRole:
        return row.bookmark >= 0 ? m_case->bookmarks().at(row.bookmark).color : QString();
    case BookmarkRole:
        return row.bookmark;
    }
    return {};
}

bool BookmarksModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_case || role != Qt::EditRole || index.column() != Label || index.row() >= rowCount())
        return false;
    const Row row = m_rows[static_cast<std::size_t>(index.row())];
    {
        const QScopedValueRollback setting(m_settingData, true);
        if (row.bookmark >= 0)
            m_case->setBookmarkLabel(row.bookmark, value.toString());
        else
            m_case->toggleBookmark(row.event, value.toString()); // labelling a noted event bookmarks it
    }
    if (row.bookmark >= 0)
        Q_EMIT dataChanged(index, index);
    else
        QMetaObject::invokeMethod(this, &BookmarksModel::rebuild, Qt::QueuedConnection); // after the editor closes
    return true;
}

Qt::ItemFlags BookmarksModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Label)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant BookmarksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Label");
    case Event:
        return tr("Event");
    case Time:
        return tr("Time (UTC)");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace Chronoscope
