// SPDX-License-Identifier: MIT
#include "streamsmodel.h"

#include "index/timestampparser.h"

#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <numeric>
#include <span>

namespace Chronoscope {

namespace {

constexpr std::array<uchar, 256> makeAsciiFold()
{
    std::array<uchar, 256> table {};
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<uchar>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return table;
}
constexpr std::array<uchar, 256> kFold = makeAsciiFold();

uchar fold(char c)
{
    return kFold[static_cast<uchar>(c)];
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool hasNonAscii(std::string_view text)
{
    // An OR over 8-byte words: vectorised, a few GB/s.
    quint64 any = 0;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, text.data() + i, 8);
        any |= word;
    }
    for (; i < text.size(); ++i)
        any |= static_cast<uchar>(text[i]);
    return (any & 0x8080808080808080ULL) != 0;
}

int clampToInt(quint64 value)
{
    return static_cast<int>(std::min<quint64>(value, std::numeric_limits<int>::max()));
}

/// A bit per stream.
class StreamBits
{
public:
    explicit StreamBits(quint32 size)
        : m_words((size + 63) / 64, 0)
    { }
    void set(quint32 i) { m_words[i / 64] |= quint64(1) << (i % 64); }
    void reset(const std::vector<quint32>& indexes)
    {
        for (quint32 i : indexes)
            m_words[i / 64] &= ~(quint64(1) << (i % 64));
    }
    bool test(quint32 i) const { return (m_words[i / 64] >> (i % 64)) & 1; }
    quint64 count() const
    {
        quint64 n = 0;
        for (quint64 word : m_words)
            n += static_cast<quint64>(std::popcount(word));
        return n;
    }

private:
    std::vector<quint64> m_words;
};

/// The needle byte to look for first: the one rarest in a sample of the blob (64 slices of
/// 1 KiB spread over it), so that fewer candidates need checking.
std::size_t anchorOf(std::string_view blob, std::string_view needle)
{
    std::array<quint32, 256> counts {};
    constexpr std::size_t kSlices = 64;
    constexpr std::size_t kSlice = 1024;
    const std::size_t stride = std::max<std::size_t>(kSlice, blob.size() / kSlices);
    for (std::size_t from = 0; from < blob.size(); from += stride) {
        const std::size_t to = std::min(blob.size(), from + kSlice);
        for (std::size_t i = from; i < to; ++i)
            ++counts[fold(blob[i])];
    }
    std::size_t anchor = 0;
    for (std::size_t k = 1; k < needle.size(); ++k) {
        if (counts[static_cast<uchar>(needle[k])] < counts[static_cast<uchar>(needle[anchor])])
            anchor = k;
    }
    return anchor;
}

/// Marks every string of `pool` containing `needle` (ASCII, already lower case), ASCII letters
/// compared without case. One pass over the whole blob, eight bytes at a time: a word is
/// checked for the anchor byte (either case) with the SWAR zero-byte test, candidates are
/// compared in full. A hit straddling two strings is no match; a string that matched is
/// skipped to its end. No per-string setup and no allocation.
void markAsciiMatches(const StringPool& pool, std::string_view needle, StreamBits& bits)
{
    const std::string& blob = pool.blob();
    const std::vector<quint64>& offsets = pool.offsets();
    const std::size_t m = needle.size();
    const std::size_t n = blob.size();
    if (m == 0 || m > n)
        return;
    const char* text = blob.data();
    const std::size_t anchor = anchorOf(blob, needle);
    const auto target = static_cast<uchar>(needle[anchor]);
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    // c | 0x20 equals a lower-case letter exactly for its two cases; other bytes compare as they are.
    const quint64 caseBits = target >= 'a' && target <= 'z' ? 0x2020202020202020ULL : 0;
    const quint64 pattern = target * kOnes;

    quint32 stream = 0;
    // Checks the occurrence whose anchor byte is at `at`; returns the next anchor position to scan.
    const auto check = [&](std::size_t at) -> std::size_t {
        const std::size_t begin = at - anchor;
        for (std::size_t k = 0; k < m; ++k) {
            if (fold(text[begin + k]) != static_cast<uchar>(needle[k]))
                return at + 1;
        }
        while (offsets[stream + 1] <= begin)
            ++stream;
        if (begin + m > offsets[stream + 1])
            return at + 1; // straddles the next string
        bits.set(stream);
        return offsets[stream + 1] + anchor;
    };

    std::size_t at = anchor;
    const std::size_t end = n - m + anchor + 1; // anchor positions [anchor, end)
    while (at + 8 <= end) {
        quint64 word;
        std::memcpy(&word, text + at, 8);
        const quint64 x = (qFromLittleEndian(word) | caseBits) ^ pattern;
        // The lowest flagged byte is always a true zero (false flags only sit above one).
        const quint64 zeros = (x - kOnes) & ~x & kHighs;
        if (zeros == 0)
            at += 8;
        else
            at = check(at + static_cast<std::size_t>(std::countr_zero(zeros)) / 8);
    }
    while (at < end)
        at = fold(text[at]) == target ? check(at) : at + 1;
}

/// A stream and the first 16 bytes of its natural sort key, as two big-endian numbers.
struct Keyed
{
    quint64 high = 0;
    quint64 low = 0;
    quint32 stream = 0;
};

/// The key: ASCII letters folded, each digit run as '0', its length without leading zeros
/// (255: too long to say, the key ends there) and its significant digits; zero-padded.
/// Comparing keys agrees with naturalCompare except that different ids may tie, which
/// naturalCompare then decides.
void naturalKey(std::string_view text, Keyed& keyed)
{
    uchar key[16] = {};
    std::size_t k = 0;
    for (std::size_t i = 0; i < text.size() && k < sizeof key;) {
        if (!isDigit(text[i])) {
            key[k++] = fold(text[i++]);
            continue;
        }
        std::size_t z = i;
        while (z < text.size() && text[z] == '0')
            ++z;
        std::size_t e = z;
        while (e < text.size() && isDigit(text[e]))
            ++e;
        key[k++] = '0';
        if (k < sizeof key)
            key[k++] = static_cast<uchar>(std::min<std::size_t>(e - z, 255));
        if (e - z >= 255)
            break;
        for (std::size_t d = z; d < e && k < sizeof key; ++d)
            key[k++] = static_cast<uchar>(text[d]);
        i = e;
    }
    keyed.high = qFromBigEndian<quint64>(key);
    keyed.low = qFromBigEndian<quint64>(key + 8);
}

/// How many leading bytes all of `streams` share, ASCII case aside, ending before a digit run
/// (so that what follows starts a token in every id and the rest sorts as the whole does).
std::size_t commonPrefix(const StringPool& names, std::span<const quint32> streams)
{
    if (streams.empty())
        return 0;
    const std::string_view first = names.view(streams.front());
    std::size_t common = first.size();
    for (quint32 s : streams.subspan(1)) {
        const std::string_view id = names.view(s);
        std::size_t k = 0;
        const std::size_t limit = std::min(common, id.size());
        while (k < limit && fold(id[k]) == fold(first[k]))
            ++k;
        common = k;
        if (common == 0)
            return 0;
    }
    while (common > 0 && isDigit(first[common - 1]))
        --common;
    return common;
}

// Keeps the streams with an event in [from, to]: a binary search in each stream's
// positions (their times ascend in a well-kept store), checked by a scan when it misses.
void keepActiveInRange(const EventIndex& index, TimeUs from, TimeUs to, StreamBits& matches)
{
    const StringPool& names = index.streams();
    auto inRange = [&](TimeUs time) { return time >= from && time <= to; };
    std::vector<quint32> drop;
    for (quint32 s = 0; s < names.size(); ++s) {
        if (!matches.test(s))
            continue;
        const auto positions = index.streamPositions(s);
        const auto found = std::partition_point(
            positions.begin(), positions.end(), [&](qint32 p) { return index.timestamp(p) < from; });
        bool active = found != positions.end() && inRange(index.timestamp(*found));
        if (!active)
            active = std::any_of(
                positions.begin(), positions.end(), [&](qint32 p) { return inRange(index.timestamp(p)); });
        if (!active)
            drop.push_back(s);
    }
    matches.reset(drop);
}

// Keeps the streams with an event the filter matched.
void keepMatched(const EventIndex& index, const FilterResult& result, StreamBits& matches)
{
    std::vector<char> hit(index.streams().size(), 0);
    for (qint32 position : result.positions) {
        if (position < index.size())
            hit[index.stream(position)] = 1;
    }
    std::vector<quint32> drop;
    for (quint32 s = 0; s < hit.size(); ++s) {
        if (!hit[s] && matches.test(s))
            drop.push_back(s);
    }
    matches.reset(drop);
}

} // namespace

StreamsModel::StreamsModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

StreamsModel::~StreamsModel() = default;

int StreamsModel::naturalCompare(std::string_view a, std::string_view b)
{
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Digit runs by value: longer without leading zeros is larger, else digit by digit.
            std::size_t za = i;
            while (za < a.size() && a[za] == '0')
                ++za;
            std::size_t zb = j;
            while (zb < b.size() && b[zb] == '0')
                ++zb;
            std::size_t ea = za;
            while (ea < a.size() && isDigit(a[ea]))
                ++ea;
            std::size_t eb = zb;
            while (eb < b.size() && isDigit(b[eb]))
                ++eb;
            if (ea - za != eb - zb)
                return ea - za < eb - zb ? -1 : 1;
            if (const int c = std::memcmp(a.data() + za, b.data() + zb, ea - za))
                return c < 0 ? -1 : 1;
            i = ea;
            j = eb;
            continue;
        }
        const uchar ca = fold(a[i]);
        const uchar cb = fold(b[j]);
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    const int c = a.compare(b); // "a01" vs "a1", "Ab" vs "ab": the same naturally, told apart by bytes
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

void StreamsModel::setIndex(IndexPtr index)
{
    beginResetModel();
    m_index = std::move(index);
    buildOrder();
    applyFilter();
    endResetModel();
}

bool StreamsModel::appendIndex(IndexPtr index)
{
    if (!m_index || !index || index->size() < m_index->size() || index->streams().size() != m_index->streams().size()
        || m_from != kInvalidTime) {
        setIndex(std::move(index));
        return true;
    }
    m_index = std::move(index);
    m_sums.assign(m_groups.size(), {});
    const int groups = static_cast<int>(m_groups.size());
    if (groups == 0)
        return false;
    // One range per type row and per type's streams: a few signals, however many streams.
    Q_EMIT dataChanged(this->index(0, Stream), this->index(groups - 1, Last));
    for (int g = 0; g < groups; ++g) {
        const QModelIndex parent = this->index(g, 0);
        const int rows = rowCount(parent);
        if (rows > 0)
            Q_EMIT dataChanged(this->index(0, Events, parent), this->index(rows - 1, Last, parent));
    }
    return false;
}

void StreamsModel::setFilter(const QString& text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    applyFilter();
    endResetModel();
}

void StreamsModel::buildOrder()
{
    m_order.clear();
    m_allGroups.clear();
    m_nonAscii.clear();
    if (!m_index)
        return;
    const StringPool& names = m_index->streams();
    const StringPool& typeNames = m_index->aggregateTypes();
    const quint32 streamCount = names.size();
    const quint32 typeCount = typeNames.size();

    // Types by name, then streams bucketed by type rank (a counting sort, O(S)), then each
    // bucket sorted by id: O(S log S) overall. Nothing is allocated per stream; the sort keys
    // are one temporary vector (24 bytes per stream of the largest type).
    std::vector<quint32> typeOrder(typeCount);
    std::iota(typeOrder.begin(), typeOrder.end(), 0U);
    std::sort(typeOrder.begin(), typeOrder.end(),
        [&](quint32 a, quint32 b) { return naturalCompare(typeNames.view(a), typeNames.view(b)) < 0; });
    std::vector<quint32> rankOfType(typeCount);
    for (quint32 rank = 0; rank < typeCount; ++rank)
        rankOfType[typeOrder[rank]] = rank;

    std::vector<quint32> start(std::size_t(typeCount) + 1, 0);
    for (quint32 s = 0; s < streamCount; ++s)
        ++start[rankOfType[m_index->streamAggregateType(s)] + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<quint32> cursor(start.begin(), start.end() - 1);
    m_order.resize(streamCount);
    for (quint32 s = 0; s < streamCount; ++s)
        m_order[cursor[rankOfType[m_index->streamAggregateType(s)]]++] = s;

    // Each bucket sorts on 16-byte keys taken after the prefix all its ids share ("account-"),
    // built in one pass in id order (the blob is read forwards); only ids whose keys tie are
    // compared in full. Cache-friendly, and several times faster than comparing strings.
    std::vector<Keyed> keyed;
    for (quint32 rank = 0; rank < typeCount; ++rank) {
        const quint32 begin = start[rank];
        const quint32 end = start[rank + 1];
        if (begin == end)
            continue;
        const std::span<quint32> bucket(m_order.data() + begin, end - begin);
        const std::size_t common = commonPrefix(names, bucket);
        keyed.resize(bucket.size());
        for (std::size_t i = 0; i < bucket.size(); ++i) {
            keyed[i].stream = bucket[i];
            naturalKey(names.view(bucket[i]).substr(common), keyed[i]);
        }
        std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
            if (a.high != b.high)
                return a.high < b.high;
            if (a.low != b.low)
                return a.low < b.low;
            return naturalCompare(names.view(a.stream), names.view(b.stream)) < 0;
        });
        for (std::size_t i = 0; i < bucket.size(); ++i)
            bucket[i] = keyed[i].stream;
        m_allGroups.push_back({ typeOrder[rank], begin, end, end - begin });
    }

    // Ids with non-ASCII bytes need QString's case folding in the filter; usually there are none.
    if (hasNonAscii(names.blob())) {
        for (quint32 s = 0; s < streamCount; ++s) {
            if (hasNonAscii(names.view(s)))
                m_nonAscii.push_back(s);
        }
    }
}

void StreamsModel::setTimeRange(TimeUs from, TimeUs to)
{
    if (from == m_from && to == m_to)
        return;
    beginResetModel();
    m_from = to == kInvalidTime ? kInvalidTime : from;
    m_to = from == kInvalidTime ? kInvalidTime : to;
    applyFilter();
    endResetModel();
}

void StreamsModel::setEventFilter(FilterResultPtr result)
{
    if (result == m_eventFilter)
        return;
    beginResetModel();
    m_eventFilter = std::move(result);
    applyFilter();
    endResetModel();
}

void StreamsModel::setBadges(QHash<quint32, BadgeCounts> badges)
{
    m_badges = std::move(badges);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Badges), index(rowCount() - 1, Badges), { Qt::DisplayRole, BadgeSeverityRole });
    for (int group = 0; group < rowCount(); ++group) {
        const QModelIndex parent = index(group, 0);
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, Badges, parent), index(rowCount(parent) - 1, Badges, parent),
                { Qt::DisplayRole, BadgeSeverityRole });
    }
}

QString StreamsModel::badgeText(quint32 stream) const
{
    const auto found = m_badges.constFind(stream);
    return found == m_badges.constEnd() ? QString() : badgeText(*found);
}

QString StreamsModel::badgeText(const BadgeCounts& counts)
{
    QStringList parts;
    if (const int errors = counts[2])
        parts << tr("%n error(s)", nullptr, errors);
    if (const int warnings = counts[1])
        parts << tr("%n warning(s)", nullptr, warnings);
    if (const int notes = counts[0])
        parts << tr("%n note(s)", nullptr, notes);
    return parts.join(QStringLiteral(", "));
}

void StreamsModel::applyFilter()
{
    m_groups.clear();
    m_filtered.clear();
    if (!isFiltered()) {
        m_filtered.shrink_to_fit();
        m_groups = m_allGroups;
    } else if (m_index) {
        const StringPool& names = m_index->streams();
        StreamBits matches(names.size());
        if (m_filter.isEmpty()) {
            for (quint32 s = 0; s < names.size(); ++s)
                matches.set(s);
        }

        // The needle as QString::contains(…, Qt::CaseInsensitive) sees it: folded per UTF-16
        // unit. Folded ASCII cannot match an ASCII id except byte for byte after ASCII folding,
        // so the blob scan decides every ASCII id; a needle that folds to non-ASCII cannot
        // match an ASCII id at all. Only ids with non-ASCII bytes go through QString.
        std::string needle;
        needle.reserve(static_cast<std::size_t>(m_filter.size()));
        bool asciiNeedle = true;
        for (QChar c : m_filter) {
            const char32_t folded = QChar::toCaseFolded(static_cast<char32_t>(c.unicode()));
            if (folded >= 0x80) {
                asciiNeedle = false;
                break;
            }
            needle.push_back(static_cast<char>(folded));
        }
        if (!m_filter.isEmpty() && asciiNeedle)
            markAsciiMatches(names, needle, matches);
        for (quint32 s : m_nonAscii) {
            if (!m_filter.isEmpty() && !matches.test(s) && names.string(s).contains(m_filter, Qt::CaseInsensitive))
                matches.set(s);
        }
        if (m_from != kInvalidTime)
            keepActiveInRange(*m_index, m_from, m_to, matches);
        if (m_eventFilter)
            keepMatched(*m_index, *m_eventFilter, matches);

        m_filtered.reserve(matches.count());
        for (const Group& group : m_allGroups) {
            const auto begin = static_cast<quint32>(m_filtered.size());
            for (quint32 i = group.begin; i < group.end; ++i) {
                if (matches.test(m_order[i]))
                    m_filtered.push_back(m_order[i]);
            }
            const auto end = static_cast<quint32>(m_filtered.size());
            if (end > begin)
                m_groups.push_back({ group.type, begin, end, group.total });
        }
    }

    m_groupOfType.assign(m_index ? m_index->aggregateTypes().size() : 0, -1);
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        m_groupOfType[m_groups[g].type] = static_cast<qint32>(g);
    m_sums.assign(m_groups.size(), {});
}

QModelIndex StreamsModel::indexOfStream(quint32 stream) const
{
    if (!m_index || stream >= m_index->streams().size())
        return {};
    const quint32 type = m_index->streamAggregateType(stream);
    if (type >= m_groupOfType.size() || m_groupOfType[type] < 0)
        return {};
    const int g = m_groupOfType[type];
    const Group& group = m_groups[static_cast<std::size_t>(g)];
    const StringPool& names = m_index->streams();
    const std::string_view id = names.view(stream);
    const auto first = rows().begin() + group.begin;
    const auto last = rows().begin() + group.end;
    const auto it = std::lower_bound(
        first, last, id, [&](quint32 s, std::string_view key) { return naturalCompare(names.view(s), key) < 0; });
    if (it == last || *it != stream || it - first > std::numeric_limits<int>::max())
        return {};
    return createIndex(static_cast<int>(it - first), Stream, static_cast<quintptr>(g) + 1);
}

QModelIndex StreamsModel::firstMatch() const
{
    return m_groups.empty() ? QModelIndex() : createIndex(0, Stream, quintptr(1));
}

qint64 StreamsModel::streamAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return -1;
    const Group& group = m_groups[index.internalId() - 1];
    return rows()[group.begin + static_cast<quint32>(index.row())];
}

QModelIndex StreamsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // internalId 0: a type row; g + 1: a stream row under type row g.
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row()) + 1 : quintptr(0));
}

QModelIndex StreamsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int StreamsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return clampToInt(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Group& group = m_groups[static_cast<std::size_t>(parent.row())];
    return clampToInt(group.end - group.begin);
}

int StreamsModel::columnCount(const QModelIndex&) const
{
    return NumColumns;
}

bool StreamsModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_groups.empty();
    return parent.internalId() == 0 && parent.column() == 0; // type rows are never empty
}

const StreamsModel::GroupSums& StreamsModel::sums(int g) const
{
    GroupSums& sums = m_sums[static_cast<std::size_t>(g)];
    if (sums.done)
        return sums;
    const Group& group = m_groups[static_cast<std::size_t>(g)];
    const std::vector<quint32>& shown = rows();
    for (quint32 i = group.begin; i < group.end; ++i) {
        const std::span<const qint32> positions = m_index->streamPositions(shown[i]);
        if (positions.empty())
            continue;
        sums.events += static_cast<qint64>(positions.size());
        const TimeUs first = m_index->timestamp(positions.front());
        const TimeUs last = m_index->timestamp(positions.back());
        if (first != kInvalidTime && (sums.first == kInvalidTime || first < sums.first))
            sums.first = first;
        if (last != kInvalidTime && (sums.last == kInvalidTime || last > sums.last))
            sums.last = last;
    }
    sums.done = true;
    return sums;
}

QVariant StreamsModel::data(const QModelIndex& index, int role) const
{
    if (!m_index || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    return streamData(static_cast<quint32>(streamAt(index)), index.column(), role);
}

QVariant StreamsModel::groupData(int g, int column, int role) const
{
    const Group& group = m_groups[static_cast<std::size_t>(g)];
    const QString type = m_index->aggregateTypes().string(group.type);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Stream: {
            const QLocale locale;
            const QString name = type.isEmpty() ? tr("(no type)") : type;
            const quint32 shown = group.end - group.begin;
            if (shown == group.total)
                return tr("%1 (%2)", "aggregate type (streams)").arg(name, locale.toString(qulonglong(shown)));
            return tr("%1 (%2 of %3)", "aggregate type (matching streams of all)")
                .arg(name, locale.toString(qulonglong(shown)), locale.toString(qulonglong(group.total)));
        }
        case Events:
            return sums(g).events;
        case First:
            return TimestampParser::toIso(sums(g).first);
        case Last:
            return TimestampParser::toIso(sums(g).last);
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Events)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StreamNumberRole:
        return qint64(-1);
    case EventCountRole:
        return sums(g).events;
    case FirstTimeRole:
        return sums(g).first;
    case LastTimeRole:
        return sums(g).last;
    case AggregateTypeRole:
        return type;
    default:
        break;
    }
    return {};
}

QVariant StreamsModel::streamData(quint32 stream, int column, int role) const
{
    const std::span<const qint32> positions = m_index->streamPositions(stream);
    const auto count = static_cast<qint64>(positions.size());
    const auto firstTime = [&] { return positions.empty() ? kInvalidTime : m_index->timestamp(positions.front()); };
    const auto lastTime = [&] { return positions.empty() ? kInvalidTime : m_index->timestamp(positions.back()); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Stream: {
            const QString id = m_index->streams().string(stream);
            return id.isEmpty() ? tr("(no stream id)") : id;
        }
        case Events:
            return count;
        case First:
            return TimestampParser::toIso(firstTime());
        case Last:
            return TimestampParser::toIso(lastTime());
        case Badges:
            return badgeText(stream);
        default:
            break;
        }
        break;
    case BadgeSeverityRole: {
        const auto found = m_badges.constFind(stream);
        if (found == m_badges.constEnd())
            return 0;
        for (int severity = 2; severity >= 0; --severity) {
            if ((*found)[static_cast<std::size_t>(severity)] > 0)
                return severity + 1;
        }
        return 0;
    }
    case Qt::TextAlignmentRole:
        if (column == Events)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StreamIdRole:
        return m_index->streams().string(stream);
    case StreamNumberRole:
        return qint64(stream);
    case EventCountRole:
        return count;
    case FirstTimeRole:
        return firstTime();
    case LastTimeRole:
        return lastTime();
    case AggregateTypeRole:
        return m_index->aggregateTypes().string(m_index->streamAggregateType(stream));
    default:
        break;
    }
    return {};
}

QVariant StreamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Stream:
        return tr("Stream");
    case Events:
        return tr("Events");
    case First:
        return tr("First (UTC)");
    case Last:
        return tr("Last (UTC)");
    case Badges:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace Chronoscope
