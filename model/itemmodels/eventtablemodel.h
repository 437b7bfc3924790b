// SPDX-License-Identifier: MIT
#pragma once

#include "eventdetailsloader.h"
#include "index/eventindex.h"
#include "query/filterresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace Chronoscope {

/// All events of an index, or those of one stream, as a virtual table: every cell is
/// computed from the index columns on request, so ten million rows cost no memory beyond
/// the index and no allocation per row. Qt item views address rows with int, so a store
/// past 2^31-1 events shows its first 2^31-1 (see rowCount()).
///
/// The correlation id and the payload preview are not in the index: the rows a view asks
/// for are read in the background (EventDetailsLoader) once setStore() names the store; until
/// they arrive those cells are empty, then dataChanged() fills them.
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
        Correlation,
        Payload,
        NumColumns
    };
    /// How the Time column shows a timestamp.
    enum class TimeMode
    {
        Utc, ///< ISO-8601 in UTC, microseconds
        Local, ///< the system time zone, microseconds
        Relative, ///< signed distance from a reference time (see setReferenceTime())
    };
    Q_ENUM(TimeMode)
    enum Role
    {
        PositionRole = Qt::UserRole,
        TimestampRole,
        StreamIdRole
    };
    Q_ENUM(Column)

    explicit EventTableModel(QObject* parent = nullptr);
    ~EventTableModel() override;

    /// Worker results enter here: a new snapshot of the same store keeps the stream filter.
    void setIndex(IndexPtr index);
    IndexPtr eventIndex() const { return m_index; }
    /// Live follow: `index` is the current one with events appended. Rows for those of them
    /// that pass the filters are inserted at the end (beginInsertRows, not a reset), so
    /// selection, current row and scroll position stay. Anything else is a setIndex().
    void appendIndex(IndexPtr index);

    /// Shows only the events of `stream` (an id of index()->streams()); -1 shows all.
    void setStreamFilter(qint64 stream);
    qint64 streamFilter() const { return m_stream; }

    /// Shows only events whose time is in [from, to] (the timeline's range filter);
    /// kInvalidTime for both shows every time. Combines with the stream filter.
    void setTimeRange(TimeUs from, TimeUs to);
    TimeUs rangeFrom() const { return m_from; }
    TimeUs rangeTo() const { return m_to; }

    /// Shows only the events the filter bar's filter matched (null: no filter). Combines
    /// with the stream filter and the time range.
    void setEventFilter(FilterResultPtr result);
    const FilterResultPtr& filterResult() const { return m_eventFilter; }

    /// The store position shown in `row`, or -1.
    qint64 positionAt(int row) const;
    /// The row showing `position`, or -1 (binary search in a stream's positions).
    int rowOf(qint64 position) const;

    /// Where the correlation ids and payloads are read from (empty: nowhere).
    void setStore(const QString& storeSpec);

    void setTimeMode(TimeMode mode);
    TimeMode timeMode() const { return m_timeMode; }
    /// The time Relative mode measures from, and the position it came from (-1 if none).
    void setReferenceTime(TimeUs time, qint64 position = -1);
    TimeUs referenceTime() const { return m_referenceTime; }
    qint64 referencePosition() const { return m_referencePosition; }

    /// `time - reference` as `+1d 02:03:04.000005` (days only when needed).
    static QString relativeText(TimeUs time, TimeUs reference);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString timeText(TimeUs time) const;
    qint64 baseSize() const; ///< rows before the time range: all events or the stream's
    qint64 baseAt(qint64 i) const; ///< position of the i-th of those
    void applyTimeRange();
    QVariant detail(qint64 position, int column) const;
    void fetchDetails();
    void storeDetails(const QList<qint64>& positions, const QList<EventDetailsLoader::Details>& details);

    IndexPtr m_index;
    qint64 m_stream = -1;
    TimeMode m_timeMode = TimeMode::Utc;
    TimeUs m_from = kInvalidTime;
    TimeUs m_to = kInvalidTime;
    qint64 m_offset = 0; ///< with a range over ordered times: its first row in the base rows
    qint64 m_count = -1; ///< rows in the range; -1 without one
    std::vector<qint32> m_rows; ///< with a range over times that go back, or a filter: the positions shown
    FilterResultPtr m_eventFilter;
    TimeUs m_referenceTime = 0;
    qint64 m_referencePosition = -1;
    EventDetailsLoader* m_loader = nullptr;
    QString m_storeSpec;
    // Details read so far (bounded; dropped wholesale when full), and those asked for by
    // data() since the last fetch. Mutable: data() is const, as Qt's lazy models' are.
    mutable QHash<qint64, EventDetailsLoader::Details> m_details;
    mutable QSet<qint64> m_wanted;
    mutable bool m_fetchScheduled = false;
};

} // namespace Chronoscope
