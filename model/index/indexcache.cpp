// SPDX-License-Identifier: MIT
#include "indexcache.h"

#include "hash64.h"
#include "hugepages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstring>

namespace Chronoscope {

namespace {

constexpr char kMagic[8] = { 'C', 'H', 'R', 'I', 'D', 'X', '\0', '\1' };
constexpr quint32 kFormatVersion = 1;
constexpr quint32 kByteOrderMark = 0x01020304;

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::IndexCache", text);
}

struct Header
{
    char magic[8];
    quint32 formatVersion;
    quint32 byteOrderMark;
    quint64 identity;
    quint64 firstDigest;
    quint64 lastDigest;
    qint64 events;
    qint64 firstRowId;
    quint64 correlationCount;
};
static_assert(sizeof(Header) == 64);

quint64 identityKey(const EventStore& store)
{
    const QByteArray key = store.identity().toUtf8() + '\n' + store.mapping().toJson().toUtf8();
    return hash64(key.constData(), static_cast<std::size_t>(key.size()));
}

// Sections follow the header: a 64-bit byte length, the bytes, zero padding to 8 bytes.
// A running hash64 over all section bytes closes the file, so a torn or edited cache fails.
class Writer
{
public:
    explicit Writer(QSaveFile& file)
        : m_file(file)
    { }
    void raw(const void* data, std::size_t length)
    {
        if (m_file.write(static_cast<const char*>(data), static_cast<qint64>(length)) != static_cast<qint64>(length))
            m_ok = false;
    }
    void section(const void* data, std::size_t length)
    {
        const quint64 size = length;
        raw(&size, sizeof size);
        raw(data, length);
        m_checksum = hash64(data, length, m_checksum);
        static constexpr char padding[8] = {};
        raw(padding, (8 - length % 8) % 8);
    }
    template<typename T> void vector(const std::vector<T>& values)
    {
        section(values.data(), values.size() * sizeof(T));
    }
    void pool(const StringPool& pool)
    {
        section(pool.blob().data(), pool.blob().size());
        vector(pool.offsets());
    }
    void finish() { raw(&m_checksum, sizeof m_checksum); }
    bool ok() const { return m_ok; }

private:
    QSaveFile& m_file;
    quint64 m_checksum = 0;
    bool m_ok = true;
};

class Reader
{
public:
    Reader(const uchar* data, qint64 size)
        : m_data(data)
        , m_size(size)
    { }
    bool section(const uchar** data, std::size_t* length)
    {
        quint64 size = 0;
        if (!take(&size, sizeof size) || size > static_cast<quint64>(m_size - m_offset))
            return fail();
        *data = m_data + m_offset;
        *length = size;
        m_checksum = hash64(*data, size, m_checksum);
        m_offset += static_cast<qint64>(size + (8 - size % 8) % 8);
        return m_offset <= m_size || fail();
    }
    template<typename T> bool vector(std::vector<T>& values, std::optional<std::size_t> expectedCount = std::nullopt)
    {
        const uchar* data = nullptr;
        std::size_t length = 0;
        if (!section(&data, &length) || length % sizeof(T) != 0)
            return fail();
        if (expectedCount && length / sizeof(T) != *expectedCount)
            return fail();
        // Sections start 8-byte aligned in a page-aligned mapping, so the bytes are T's.
        const auto* first = reinterpret_cast<const T*>(data);
        values.clear();
        values.reserve(length / sizeof(T));
        adviseHugePages(values);
        values.assign(first, first + length / sizeof(T));
        return true;
    }
    bool pool(StringPool& pool)
    {
        const uchar* data = nullptr;
        std::size_t length = 0;
        std::vector<quint64> offsets;
        if (!section(&data, &length) || !vector(offsets))
            return false;
        return pool.assign(std::string(reinterpret_cast<const char*>(data), length), std::move(offsets)) || fail();
    }
    bool take(void* out, std::size_t length)
    {
        if (static_cast<qint64>(length) > m_size - m_offset)
            return fail();
        std::memcpy(out, m_data + m_offset, length);
        m_offset += static_cast<qint64>(length);
        return true;
    }
    bool checksumMatches()
    {
        quint64 stored = 0;
        return take(&stored, sizeof stored) && stored == m_checksum && m_offset == m_size;
    }
    bool ok() const { return m_ok; }

private:
    bool fail()
    {
        m_ok = false;
        return false;
    }
    const uchar* m_data;
    qint64 m_size;
    qint64 m_offset = 0;
    quint64 m_checksum = 0;
    bool m_ok = true;
};

QByteArray encodeProblems(const std::vector<IndexProblem>& problems)
{
    QByteArray out;
    for (const IndexProblem& problem : problems) {
        const QByteArray raw = problem.raw.toUtf8();
        const qint64 position = problem.position;
        const auto kind = static_cast<quint8>(problem.kind);
        const auto length = static_cast<quint32>(raw.size());
        out.append(reinterpret_cast<const char*>(&position), sizeof position);
        out.append(static_cast<char>(kind));
        out.append(reinterpret_cast<const char*>(&length), sizeof length);
        out.append(raw);
    }
    return out;
}

bool decodeProblems(const uchar* data, std::size_t length, std::vector<IndexProblem>& problems)
{
    std::size_t offset = 0;
    while (offset < length) {
        IndexProblem problem;
        quint32 rawLength = 0;
        if (length - offset < sizeof(qint64) + 1 + sizeof rawLength)
            return false;
        std::memcpy(&problem.position, data + offset, sizeof(qint64));
        offset += sizeof(qint64);
        const quint8 kind = data[offset++];
        if (kind > static_cast<quint8>(IndexProblem::Kind::TooManyEventTypes))
            return false;
        problem.kind = static_cast<IndexProblem::Kind>(kind);
        std::memcpy(&rawLength, data + offset, sizeof rawLength);
        offset += sizeof rawLength;
        if (rawLength > length - offset)
            return false;
        problem.raw = QString::fromUtf8(reinterpret_cast<const char*>(data + offset), rawLength);
        offset += rawLength;
        problems.push_back(std::move(problem));
    }
    return true;
}

// Every id must point inside its table and every link backwards: a cache that passes its
// checksum but not these (another build's bug, a hand edit) is still refused.
bool idsInRange(const IndexColumns& c)
{
    const auto n = static_cast<std::size_t>(c.size());
    if (c.streams.size() != n || c.versions.size() != n || c.types.size() != n || c.schemaVersions.size() != n
        || c.users.size() != n || c.correlations.size() != n || c.causations.size() != n
        || (!c.rowIds.empty() && c.rowIds.size() != n) || c.streamAggregateTypes.size() != c.streamNames.size())
        return false;
    const quint32 streams = c.streamNames.size();
    const quint32 types = c.typeNames.size();
    const quint32 users = c.userNames.size();
    for (std::size_t p = 0; p < n; ++p) {
        const auto position = static_cast<qint32>(p);
        if (c.streams[p] >= streams || c.types[p] >= types || c.users[p] >= users || c.correlations[p] > position
            || c.correlations[p] < -1 || c.causations[p] >= position || c.causations[p] < kDanglingCausation)
            return false;
    }
    for (quint32 aggregateType : c.streamAggregateTypes) {
        if (aggregateType >= c.aggregateTypeNames.size())
            return false;
    }
    for (std::size_t p = 1; p < c.rowIds.size(); ++p) {
        if (c.rowIds[p] <= c.rowIds[p - 1])
            return false;
    }
    return true;
}

class DigestSink final : public RowSink
{
public:
    bool row(const RawEventRow& row) override
    {
        quint64 h = hash64(&row.rowId, sizeof row.rowId);
        for (std::string_view text :
            { row.eventId, row.streamId, row.aggregateType, row.type, row.userId, row.correlationId, row.causationId })
            h = hash64(text, h ^ text.size());
        for (const RawValue* value : { &row.version, &row.schemaVersion, &row.timestamp }) {
            const auto kind = static_cast<quint8>(value->kind);
            h = hash64(&kind, 1, h);
            h = hash64(&value->integer, sizeof value->integer, h);
            h = hash64(&value->real, sizeof value->real, h);
            h = hash64(value->text, h);
        }
        rowId = row.rowId;
        digest = h;
        return false;
    }
    qint64 rowId = 0;
    quint64 digest = 0;
};

} // namespace

IndexCache::IndexCache(QString directory)
    : m_directory(std::move(directory))
{ }

QString IndexCache::pathFor(const EventStore& store) const
{
    return QDir(m_directory).filePath(QString::number(identityKey(store), 16) + QStringLiteral(".chronoscope-index"));
}

std::optional<quint64> IndexCache::rowDigest(EventStore& store, qint64 rowId)
{
    DigestSink sink;
    const auto read = store.scan(rowId - 1, 1, sink);
    if (!read || *read != 1 || sink.rowId != rowId)
        return std::nullopt;
    return sink.digest;
}

bool IndexCache::save(EventStore& store, const IndexColumns& c, const FlatHashMap& correlations, QString* whyNot) const
{
    const QString path = pathFor(store);
    if (c.size() == 0)
        return false;
    const auto first = rowDigest(store, c.rowId(0));
    const auto last = rowDigest(store, c.rowId(c.size() - 1));
    if (!first || !last) {
        *whyNot = tr("the store changed while it was being indexed");
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *whyNot = tr("%1: cannot create the cache directory").arg(m_directory);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *whyNot = tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    Header header {};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.formatVersion = kFormatVersion;
    header.byteOrderMark = kByteOrderMark;
    header.identity = identityKey(store);
    header.firstDigest = *first;
    header.lastDigest = *last;
    header.events = c.size();
    header.firstRowId = c.firstRowId;
    header.correlationCount = correlations.size();

    Writer out(file);
    out.raw(&header, sizeof header);
    out.vector(c.timestamps);
    out.vector(c.streams);
    out.vector(c.versions);
    out.vector(c.types);
    out.vector(c.schemaVersions);
    out.vector(c.users);
    out.vector(c.correlations);
    out.vector(c.causations);
    out.vector(c.rowIds);
    out.pool(c.streamNames);
    out.vector(c.streamAggregateTypes);
    out.pool(c.aggregateTypeNames);
    out.pool(c.typeNames);
    out.pool(c.userNames);
    const QByteArray problems = encodeProblems(c.problems);
    out.section(problems.constData(), static_cast<std::size_t>(problems.size()));
    out.vector(correlations.keys());
    out.vector(correlations.values());
    out.finish();
    if (!out.ok() || !file.commit()) {
        *whyNot = tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<IndexCache::Contents> IndexCache::load(EventStore& store, QString* whyNot) const
{
    QFile file(pathFor(store));
    if (!file.exists()) {
        *whyNot = tr("no cache yet");
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly) || file.size() < static_cast<qint64>(sizeof(Header))) {
        *whyNot = tr("%1: cannot be read or is truncated").arg(file.fileName());
        return std::nullopt;
    }
    const uchar* data = file.map(0, file.size());
    if (!data) {
        *whyNot = tr("%1: cannot be mapped: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    auto refuse = [&](const QString& reason) -> std::optional<Contents> {
        *whyNot = file.fileName() + QStringLiteral(": ") + reason;
        return std::nullopt;
    };

    Reader in(data, file.size());
    Header header {};
    in.take(&header, sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.formatVersion != kFormatVersion
        || header.byteOrderMark != kByteOrderMark)
        return refuse(tr("not a cache of this version"));
    if (header.identity != identityKey(store) || header.events <= 0)
        return refuse(tr("belongs to another store or mapping"));

    Contents contents;
    IndexColumns& c = contents.columns;
    const auto n = static_cast<std::size_t>(header.events);
    c.firstRowId = header.firstRowId;
    std::vector<quint64> correlationKeys;
    std::vector<quint32> correlationValues;
    const uchar* problems = nullptr;
    std::size_t problemsLength = 0;
    const bool read = in.vector(c.timestamps, n) && in.vector(c.streams, n) && in.vector(c.versions, n)
        && in.vector(c.types, n) && in.vector(c.schemaVersions, n) && in.vector(c.users, n)
        && in.vector(c.correlations, n) && in.vector(c.causations, n) && in.vector(c.rowIds) && in.pool(c.streamNames)
        && in.vector(c.streamAggregateTypes) && in.pool(c.aggregateTypeNames) && in.pool(c.typeNames)
        && in.pool(c.userNames) && in.section(&problems, &problemsLength) && in.vector(correlationKeys)
        && in.vector(correlationValues) && in.checksumMatches();
    if (!read)
        return refuse(tr("truncated or damaged (checksum mismatch)"));
    if (!decodeProblems(problems, problemsLength, c.problems) || !idsInRange(c)
        || !contents.correlations.adopt(
            std::move(correlationKeys), std::move(correlationValues), header.correlationCount))
        return refuse(tr("inconsistent contents"));

    // Last, the proof that this cache describes this store: its first and last rows are
    // still there, unchanged.
    const auto first = rowDigest(store, c.rowId(0));
    const auto last = rowDigest(store, c.rowId(c.size() - 1));
    if (first != header.firstDigest || last != header.lastDigest)
        return refuse(tr("the store is not the one that was cached (first or last row differs)"));
    return contents;
}

} // namespace Chronoscope
