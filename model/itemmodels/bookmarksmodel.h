// SPDX-License-Identifier: MIT
#pragma once

#include "case/casefile.h"
#include "index/eventindex.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Chronoscope {

/// The case file's bookmarked and annotated events, one row per event in store order:
/// its label (editable: a label on an event with notes only bookmarks it), the event, its
/// time and its notes. Rebuilt whenever the case file changes. GUI thread.
class BookmarksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Label,
        Event,
        Time,
        Notes,
        NumColumns
    };
    Q_ENUM(Column)
    enum Role
    {
        PositionRole = Qt::UserRole,
        ColorRole, ///< the bookmark's colour as "#rrggbb"; empty without a bookmark
        BookmarkRole, ///< index into CaseFile::bookmarks(), or -1
    };

    explicit BookmarksModel(QObject* parent = nullptr);

    void setCaseFile(CaseFile* caseFile);
    CaseFile* caseFile() const { return m_case; }
    /// For event types and times (the anchors carry stream and version themselves).
    void setIndex(IndexPtr index);

    qint64 positionAt(int row) const;
    int rowOf(qint64 position) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        EventAnchor event;
        int bookmark = -1;
        QList<int> notes;
    };
    void rebuild();
    QString notesText(const Row& row, bool detailed) const;

    QPointer<CaseFile> m_case;
    IndexPtr m_index;
    std::vector<Row> m_rows;
    bool m_settingData = false;
};

} // namespace Chronoscope
