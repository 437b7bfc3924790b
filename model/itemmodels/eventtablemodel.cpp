// SPDX-License-Identifier: MIT
#include "eventtablemodel.h"

#include "index/timestampparser.h"

#include <QDateTime>

#include <limits>

namespace Chronoscope {

namespace {

// Details kept before the cache is dropped and refilled from what is on screen.
constexpr qsizetype kMaxDetails = 20000;
// At most this many rows per background read: a screenful or two.
constexpr qsizetype kMaxFetch = 400;

} // namespace

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

EventTableModel::~EventTableModel() = default;

void EventTableModel::setStore(const QString& storeSpec)
{
    m_storeSpec = storeSpec;
    m_details.clear();
    m_wanted.clear();
    if (!m_loader) {
        m_loader = new EventDetailsLoader(this);
        connect(m_loader, &EventDetailsLoader::detailsReady, this, &EventTableModel::storeDetails);
    }
    m_loader->setSource(storeSpec, m_index);
}

void EventTableModel::setTimeMode(TimeMode mode)
{
    if (mode == m_timeMode)
        return;
    m_timeMode = mode;
    Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Time), index(rowCount() - 1, Time), { Qt::DisplayRole });
}

void EventTableModel::setReferenceTime(TimeUs time, qint64 position)
{
    m_referenceTime = time;
    m_referencePosition = position;
    Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
    if (m_timeMode == TimeMode::Relative && rowCount() > 0)
        Q_EMIT dataChanged(index(0, Time), index(rowCount() - 1, Time), { Qt::DisplayRole });
}

QString EventTableModel::relativeText(TimeUs time, TimeUs reference)
{
    if (time == kInvalidTime || reference == kInvalidTime)
        return {};
    qint64 delta = time - reference;
    const QChar sign = delta < 0 ? u'-' : u'+';
    delta = delta < 0 ? -delta : delta;
    constexpr qint64 second = 1000000;
    const qint64 days = delta / (86400 * second);
    const qint64 rest = delta % (86400 * second);
    const QString clock = QStringLiteral("%1:%2:%3.%4")
                              .arg(rest / (3600 * second), 2, 10, QLatin1Char('0'))
                              .arg(rest / (60 * second) % 60, 2, 10, QLatin1Char('0'))
                              .arg(rest / second % 60, 2, 10, QLatin1Char('0'))
                              .arg(rest % second, 6, 10, QLatin1Char('0'));
    return days > 0 ? QStringLiteral("%1%2d %3").arg(sign).arg(days).arg(clock) : sign + clock;
}

QString EventTableModel::timeText(TimeUs time) const
{
    switch (m_timeMode) {
    case TimeMode::Utc:
        break;
    case TimeMode::Local: {
        if (time == kInvalidTime)
            return {};
        // Zone offsets are whole seconds, so the microseconds are those of the UTC time.
        constexpr qint64 second = 1000000;
        const qint64 micros = (time % second + second) % second;
        const QDateTime local = QDateTime::fromSecsSinceEpoch((time - micros) / second, Qt::LocalTime);
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            + QStringLiteral(".%1").arg(micros, 6, 10, QLatin1Char('0'));
    }
    case TimeMode::Relative:
        // Without a chosen reference event, times count from the store's first event.
        return relativeText(time, m_referencePosition >= 0 || !m_index ? m_referenceTime : m_index->firstTime());
    }
    return TimestampParser::toIso(time);
}

QVariant EventTableModel::detail(qint64 position, int column) const
{
    const auto found = m_details.constFind(position);
    if (found != m_details.constEnd())
        return column == Correlation ? found->correlationId : found->preview;
    if (m_loader) {
        m_wanted.insert(position);
        if (!std::exchange(m_fetchScheduled, true))
            QMetaObject::invokeMethod(
                const_cast<EventTableModel*>(this), &EventTableModel::fetchDetails, Qt::QueuedConnection);
    }
    return {};
}

void EventTableModel::fetchDetails()
{
    m_fetchScheduled = false;
    if (m_wanted.isEmpty() || !m_loader)
        return;
    QList<qint64> positions(m_wanted.cbegin(), m_wanted.cend());
    m_wanted.clear();
    std::sort(positions.begin(), positions.end());
    if (positions.size() > kMaxFetch)
        positions.resize(kMaxFetch);
    m_loader->request(positions);
}

void EventTableModel::storeDetails(const QList<qint64>& positions, const QList<EventDetailsLoader::Details>& details)
{
    if (positions.isEmpty())
        return;
    if (m_details.size() + positions.size() > kMaxDetails)
        m_details.clear();
    for (qsizetype i = 0; i < positions.size(); ++i)
        m_details.insert(positions.at(i), details.at(i));
    const int first = rowOf(positions.constFirst());
    const int last = rowOf(positions.constLast());
    if (first >= 0 && last >= first)
        Q_EMIT dataChanged(index(first, Correlation), index(last, Payload), { Qt::DisplayRole, Qt::ToolTipRole });
}

void EventTableModel::setIndex(IndexPtr index)
{
    beginResetModel();
    m_index = std::move(index);
    if (!m_index || m_stream >= static_cast<qint64>(m_index->streams().size()))
        m_stream = -1;
    applyTimeRange();
    if (m_loader)
        m_loader->setSource(m_storeSpec, m_index);
    endResetModel();
}

void EventTableModel::appendIndex(IndexPtr index)
{
    if (!m_index || !index || index->size() < m_index->size()) {
        setIndex(std::move(index));
        return;
    }
    // Appended events have larger positions than every shown one, so whatever the filters,
    // the rows shown so far stay the first rows and the new ones follow them. The count is
    // taken with the new snapshot, then the old one is put back: during beginInsertRows()
    // views must still see the old row count.
    const int before = rowCount();
    const IndexPtr previous = std::exchange(m_index, index);
    applyTimeRange();
    const int after = rowCount();
    m_index = previous;
    applyTimeRange();
    if (after > before)
        beginInsertRows({}, before, after - 1);
    m_index = std::move(index);
    applyTimeRange();
    if (m_loader)
        m_loader->setSource(m_storeSpec, m_index);
    if (after > before)
        endInsertRows();
}

void EventTableModel::setStreamFilter(qint64 stream)
{
    if (stream == m_stream)
        return;
    beginResetModel();
    m_stream = m_index && stream >= 0 && stream < static_cast<qint64>(m_index->streams().size()) ? stream : -1;
    applyTimeRange();
    endResetModel();
}

void EventTableModel::setTimeRange(TimeUs from, TimeUs to)
{
    if (from == m_from && to == m_to)
        return;
    beginResetModel();
    m_from = from;
    m_to = to;
    applyTimeRange();
    endResetModel();
}

void EventTableModel::setEventFilter(FilterResultPtr result)
{
    if (result == m_eventFilter)
        return;
    beginResetModel();
    m_eventFilter = std::move(result);
    applyTimeRange();
    endResetModel();
}

qint64 EventTableModel::baseSize() const
{
    if (!m_index)
        return 0;
    return m_stream < 0 ? m_index->size()
                        : static_cast<qint64>(m_index->streamPositions(static_cast<quint32>(m_stream)).size());
}

qint64 EventTableModel::baseAt(qint64 i) const
{
    return m_stream < 0 ? i : m_index->streamPositions(static_cast<quint32>(m_stream))[static_cast<std::size_t>(i)];
}

// The rows of a time range: a slice of the base sequence found by binary search when its
// timestamps never go back (the usual case), else the matching positions listed.
void EventTableModel::applyTimeRange()
{
    m_offset = 0;
    m_count = -1;
    m_rows.clear();
    m_rows.shrink_to_fit();
    if (m_index && m_eventFilter) {
        // The filter's positions (ascending), narrowed by the stream and the time range.
        const bool ranged = m_from != kInvalidTime && m_to != kInvalidTime;
        for (qint32 position : m_eventFilter->positions) {
            if (position >= m_index->size())
                break;
            if (m_stream >= 0 && m_index->stream(position) != static_cast<quint32>(m_stream))
                continue;
            const TimeUs time = m_index->timestamp(position);
            if (ranged && (time < m_from || time > m_to))
                continue;
            m_rows.push_back(position);
        }
        m_count = static_cast<qint64>(m_rows.size());
        return;
    }
    if (!m_index || m_from == kInvalidTime || m_to == kInvalidTime)
        return;
    const qint64 n = baseSize();
    // Whether the times are in order: known by the index for all events; a stream's few
    // events are checked here.
    bool sorted = m_index->timesAscending();
    if (m_stream >= 0) {
        sorted = true;
        for (qint64 i = 1; i < n && sorted; ++i)
            sorted = m_index->timestamp(baseAt(i - 1)) <= m_index->timestamp(baseAt(i));
    }
    if (sorted) {
        auto firstAtOrAfter = [&](TimeUs time) {
            qint64 low = 0;
            qint64 high = n;
            while (low < high) {
                const qint64 middle = low + (high - low) / 2;
                if (m_index->timestamp(baseAt(middle)) < time)
                    low = middle + 1;
                else
                    high = middle;
            }
            return low;
        };
        m_offset = firstAtOrAfter(m_from);
        m_count = std::max<qint64>(
            0, firstAtOrAfter(m_to == std::numeric_limits<TimeUs>::max() ? m_to : m_to + 1) - m_offset);
        return;
    }
    for (qint64 i = 0; i < n; ++i) {
        const TimeUs time = m_index->timestamp(baseAt(i));
        if (time >= m_from && time <= m_to)
            m_rows.push_back(static_cast<qint32>(baseAt(i)));
    }
    m_count = static_cast<qint64>(m_rows.size());
}

qint64 EventTableModel::positionAt(int row) const
{
    if (!m_index || row < 0 || row >= rowCount())
        return -1;
    if (!m_rows.empty())
        return m_rows[static_cast<std::size_t>(row)];
    return baseAt(m_offset + row);
}

int EventTableModel::rowOf(qint64 position) const
{
    if (!m_index || position < 0 || position >= m_index->size())
        return -1;
    qint64 row = -1;
    if (!m_rows.empty()) {
        const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), position);
        row = found != m_rows.end() && *found == position ? found - m_rows.begin() : -1;
    } else if (m_stream < 0) {
        row = position - m_offset;
    } else {
        const auto positions = m_index->streamPositions(static_cast<quint32>(m_stream));
        const auto found = std::lower_bound(positions.begin(), positions.end(), position);
        row = found != positions.end() && *found == position ? (found - positions.begin()) - m_offset : -1;
    }
    return row >= 0 && row < rowCount() ? static_cast<int>(row) : -1;
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_index)
        return 0;
    const qint64 rows = m_count >= 0 ? m_count : baseSize();
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
            return timeText(events.timestamp(position));
        case Stream:
            return events.streams().string(events.stream(position));
        case Version:
            return events.version(position);
        case Type:
            return events.types().string(events.type(position));
        case User:
            return events.users().string(events.user(position));
        case Correlation:
        case Payload:
            return detail(position, index.column());
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Time && m_timeMode != TimeMode::Utc)
            return TimestampParser::toIso(events.timestamp(position));
        if (index.column() == Payload || index.column() == Correlation)
            return detail(position, index.column());
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
        switch (m_timeMode) {
        case TimeMode::Utc:
            return tr("Time (UTC)");
        case TimeMode::Local:
            return tr("Time (local)");
        case TimeMode::Relative:
            return m_referencePosition >= 0 ? tr("Time (relative to #%1)").arg(m_referencePosition)
                                            : tr("Time (relative)");
        }
        break;
    case Stream:
        return tr("Stream");
    case Version:
        return tr("Version");
    case Type:
        return tr("Type");
    case User:
        return tr("User");
    case Correlation:
        return tr("Correlation");
    case Payload:
        return tr("Payload");
    default:
        break;
    }
    return {};
}

} // namespace Chronoscope
