// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"
#include "query/filterresult.h"

#include <QAbstractItemModel>
#include <QHash>

#include <array>

#include <string_view>
#include <vector>

namespace Chronoscope {

/// The Streams dock: a two-level tree, aggregate type → stream id, over an EventIndex.
///
/// Built for a million streams. setIndex() orders every stream once (by aggregate type name,
/// then by stream id in natural order, O(S log S)) into one flat vector of stream ids (4 bytes
/// per stream) in which each aggregate type owns a contiguous range; cells are computed from
/// the index in data(), so nothing is allocated per stream or per row. setFilter() rebuilds
/// the visible ranges by scanning the stream string pool directly (no QString per stream).
///
/// Order and sorting: rows are always in that order; sort() is not implemented, so views keep
/// sortingEnabled off and should not sit behind a QSortFilterProxyModel (a million rows would
/// be copied and compared there). Type rows follow aggregate type names in natural order
/// ("Family" < "Order"), stream rows follow ids in natural order ("account-2" before
/// "account-10"; ASCII letters ignore case, ties fall back to bytes); indexOfStream() relies
/// on it for its binary search.
///
/// Type rows sum their visible streams: Events is the sum of their events, First the earliest
/// and Last the latest of their First/Last cells (computed on first request, kept until the
/// next reset).
class StreamsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Stream, ///< type rows: "Family (1,234)" (visible streams); stream rows: the stream id
        Events, ///< number of events
        First, ///< ISO-8601 UTC time of the stream's first event in store order
        Last, ///< ISO-8601 UTC time of the stream's last event in store order
        /// The stream's findings (setBadges()), e.g. "2 errors, 1 warning"; empty when none.
        Badges,
        NumColumns
    };
    Q_ENUM(Column)

    /// Same value in every column of a row.
    enum Role
    {
        StreamIdRole = Qt::UserRole, ///< QString; invalid on type rows
        StreamNumberRole, ///< qint64: the stream's id in index->streams(), -1 on type rows
        EventCountRole, ///< qint64
        FirstTimeRole, ///< qint64 µs since the epoch, UTC; kInvalidTime when unparseable
        LastTimeRole, ///< qint64 µs, as FirstTimeRole
        AggregateTypeRole, ///< QString: the aggregate type name, on both kinds of rows
        /// int: the worst severity among the stream's findings, as Severity + 1; 0 for none
        /// (views pick the colour)
        BadgeSeverityRole,
    };

    /// Findings of one stream, per Severity (Note, Warning, Error).
    using BadgeCounts = std::array<int, 3>;

    explicit StreamsModel(QObject* parent = nullptr);
    ~StreamsModel() override;

    /// Worker results enter here (one model reset). The filter is text, not ids, so it stays
    /// across snapshots: a newer snapshot of the same store shows the same kind of selection.
    void setIndex(IndexPtr index);
    IndexPtr eventIndex() const { return m_index; }
    /// Live follow: `index` is the current one with events appended. Without new streams
    /// (and without a time range) the counts and times change in place (dataChanged, so the
    /// tree keeps its expansion and selection) and this returns false; otherwise it is a
    /// setIndex() and returns true.
    bool appendIndex(IndexPtr index);

    /// Type-ahead filter: shows the streams whose id contains `text`, ignoring case (as
    /// QString::contains with Qt::CaseInsensitive). Type rows without a matching stream are
    /// left out. An empty text shows every stream. One model reset unless the text is unchanged.
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    /// Shows only streams with an event in [from, to] (the timeline's range filter), with
    /// the text filter; kInvalidTime for both shows every stream.
    void setTimeRange(TimeUs from, TimeUs to);
    /// Shows only streams with an event the filter bar's filter matched (null: no filter).
    /// Combines with the text filter and the time range.
    void setEventFilter(FilterResultPtr result);
    /// The findings per stream (stream number → counts) for the Badges column; replaces the
    /// earlier ones. An empty map clears them.
    void setBadges(QHash<quint32, BadgeCounts> badges);
    /// What a Badges cell says for `counts`, e.g. "2 errors, 1 warning" (translated); empty
    /// for none. Views size the column with it.
    static QString badgeText(const BadgeCounts& counts);

    /// The Stream cell of `stream` (an id of eventIndex()->streams()); invalid when the filter
    /// hides it or there is no such stream. O(log S), no allocation.
    QModelIndex indexOfStream(quint32 stream) const;
    /// The first stream row (Stream column) in display order; invalid when no stream shows.
    QModelIndex firstMatch() const;
    /// The stream of a stream row, -1 for type rows and invalid indexes.
    qint64 streamAt(const QModelIndex& index) const;
    /// Stream rows shown (all streams without a filter).
    qint64 visibleStreamCount() const { return static_cast<qint64>(rows().size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Natural order on ids: digit runs compare by value, ASCII letters ignore case, ties by
    /// bytes (a total order on distinct strings). <0, 0 or >0 as strcmp.
    static int naturalCompare(std::string_view a, std::string_view b);

private:
    /// One aggregate type: its streams are rows()[begin, end).
    struct Group
    {
        quint32 type = 0;
        quint32 begin = 0;
        quint32 end = 0;
        quint32 total = 0; ///< streams of the type without the filter
    };
    /// Type-row sums, computed on first request.
    struct GroupSums
    {
        bool done = false;
        qint64 events = 0;
        TimeUs first = kInvalidTime;
        TimeUs last = kInvalidTime;
    };

    QString badgeText(quint32 stream) const;
    bool isFiltered() const { return !m_filter.isEmpty() || m_from != kInvalidTime || m_eventFilter; }
    const std::vector<quint32>& rows() const { return isFiltered() ? m_filtered : m_order; }
    void buildOrder();
    void applyFilter();
    const GroupSums& sums(int group) const;
    QVariant groupData(int group, int column, int role) const;
    QVariant streamData(quint32 stream, int column, int role) const;

    IndexPtr m_index;
    QString m_filter;
    QHash<quint32, BadgeCounts> m_badges;
    TimeUs m_from = kInvalidTime;
    TimeUs m_to = kInvalidTime;
    FilterResultPtr m_eventFilter;
    std::vector<quint32> m_order; ///< every stream, grouped by type in display order
    std::vector<Group> m_allGroups; ///< ranges of m_order
    std::vector<quint32> m_nonAscii; ///< streams whose id has non-ASCII bytes (checked with QString)
    std::vector<quint32> m_filtered; ///< visible streams while a filter is set
    std::vector<Group> m_groups; ///< visible type rows, ranges of rows()
    std::vector<qint32> m_groupOfType; ///< aggregate type id → row in m_groups, or -1
    mutable std::vector<GroupSums> m_sums; ///< per row of m_groups
};

} // namespace Chronoscope
