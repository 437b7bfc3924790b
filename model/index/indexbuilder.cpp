// SPDX-License-Identifier: MIT
#include "indexbuilder.h"

#include "hash64.h"
#include "hugepages.h"
#include "indexcache.h"
#include "rowbatchqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <array>
#include <charconv>

namespace Chronoscope {

namespace {

constexpr quint32 kMaxTypes = 65535;
// The most rows reserved ahead in each column: a row count from row ids is only a guess.
constexpr qint64 kMaxReservedRows = qint64(1) << 24;
// How many rows ahead appendRows() starts loading hash-table slots: enough to overlap the
// cache misses of a table of hundreds of megabytes, few enough to stay in the cache.
constexpr std::size_t kPrefetchRows = 8;

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::IndexBuilder", text);
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString rawText(const RawValue& value)
{
    switch (value.kind) {
    case RawValue::Kind::Integer:
        return QString::number(value.integer);
    case RawValue::Kind::Real:
        return QString::number(value.real, 'g', 17);
    case RawValue::Kind::Text:
        return toQString(value.text);
    case RawValue::Kind::Null:
        break;
    }
    return {};
}

// A whole number from an integer or numeric text cell; nullopt otherwise.
std::optional<qint64> wholeNumber(const RawValue& value)
{
    if (value.kind == RawValue::Kind::Integer)
        return value.integer;
    if (value.kind == RawValue::Kind::Real && value.real == static_cast<double>(static_cast<qint64>(value.real)))
        return static_cast<qint64>(value.real);
    if (value.kind == RawValue::Kind::Text) {
        qint64 number = 0;
        const char* end = value.text.data() + value.text.size();
        const auto [last, ec] = std::from_chars(value.text.data(), end, number);
        if (ec == std::errc() && last == end)
            return number;
    }
    return std::nullopt;
}

} // namespace

// Runs on the reading thread: copies rows into batches and hands them to the queue.
class BatchingSink final : public RowSink
{
public:
    BatchingSink(RowBatchQueue& queue, qint64 lastRowId, std::size_t batchRows)
        : m_queue(queue)
        , m_lastRowId(lastRowId)
        , m_batchRows(batchRows)
    { }
    bool row(const RawEventRow& row) override
    {
        if (!m_batch) {
            m_batch = m_queue.emptyBatch();
            if (!m_batch)
                return stop();
        }
        m_batch->add(row);
        m_lastRowId = row.rowId;
        if (m_batch->size() >= m_batchRows && !m_queue.push(std::move(m_batch)))
            return stop();
        return true;
    }
    void flush()
    {
        if (m_batch && m_batch->size() > 0)
            m_queue.push(std::move(m_batch));
    }
    qint64 lastRowId() const { return m_lastRowId; }
    bool isStopped() const { return m_stopped; }

private:
    bool stop()
    {
        m_stopped = true;
        return false;
    }
    RowBatchQueue& m_queue;
    std::unique_ptr<RowBatch> m_batch;
    qint64 m_lastRowId;
    std::size_t m_batchRows;
    bool m_stopped = false;
};

IndexBuilder::IndexBuilder(EventStore& store, IndexOptions options)
    : m_store(store)
    , m_options(std::move(options))
{
    m_deriveAggregateType = m_store.mapping().aggregateType.isEmpty();
    m_timestampFormat = m_store.mapping().timestampFormat;
}

Expected<IndexPtr, StoreError> IndexBuilder::build(IndexObserver* observer)
{
    QElapsedTimer timer;
    timer.start();
    m_stats = {};
    auto canceled = [&] { return observer && observer->isCanceled(); };
    auto cancelledError = [&] {
        return StoreError { StoreErrorCode::Cancelled, m_store.source(), tr("indexing was cancelled"), {} };
    };

    m_stats.cacheUsed = loadCache();
    m_stats.fromCache = m_columns.size();

    const auto lastRowId = m_store.lastRowId();
    if (!lastRowId)
        return lastRowId.error();

    const qint64 startRowId = m_columns.size() > 0 ? m_columns.rowId(m_columns.size() - 1) : 0;
    // Row ids are usually dense, so this is the number of rows left to read.
    const qint64 expected = std::max<qint64>(0, *lastRowId - startRowId);
    // Only a guess, though: sparse or damaged row ids (a first rowid of 10^15) once reserved
    // petabytes here and ended in std::length_error (found by fuzz_sqlite_store, issue #11).
    // Beyond the cap the columns grow as rows arrive.
    const auto reservedRows = static_cast<std::size_t>(std::min(expected, kMaxReservedRows));
    if (m_columns.size() == 0)
        m_columns.reserve(reservedRows);
    // The hash tables are sized once (reserveTables), not grown by a chain of doublings that
    // would touch twice their memory.
    const std::size_t correlationsBefore = m_correlations.size();
    bool tablesReserved = false;
    qint64 nextPublish = m_columns.size() + m_options.firstPublishRows;
    if (observer)
        observer->progress(0, expected);

    // Two stages on two cores: a reader steps SQLite and copies rows into batches while
    // this thread indexes the previous batch. Stepping SQLite and indexing cost about the
    // same per row, so the build runs at close to the rate of a bare scan.
    RowBatchQueue queue;
    // One streamed query where each page would cost a pass over the table.
    const qint64 chunkRows = m_store.prefersOneScan() ? -1 : m_options.chunkRows;
    // Small enough for progress and the first snapshot to come soon, large enough that
    // the hand-over costs nothing per row.
    const auto batchRows = static_cast<std::size_t>(std::clamp<qint64>(m_options.firstPublishRows, 256, 4096));
    std::unique_ptr<QThread> reader(QThread::create([this, &queue, startRowId, chunkRows, batchRows] {
        BatchingSink sink(queue, startRowId, batchRows);
        while (true) {
            const auto read = m_store.scan(sink.lastRowId(), chunkRows, sink);
            if (!read) {
                queue.finish(read.error());
                return;
            }
            if (sink.isStopped() || chunkRows < 0 || *read < chunkRows)
                break;
        }
        sink.flush();
        queue.finish();
    }));
    reader->start();

    bool stopped = false;
    while (std::unique_ptr<RowBatch> batch = queue.pop()) {
        appendRows(*batch);
        queue.recycle(std::move(batch));
        m_stats.scanned = m_columns.size() - m_stats.fromCache;
        if (m_lookupError || canceled()) {
            stopped = true;
            break;
        }
        if (observer) {
            observer->progress(m_stats.scanned, std::max(expected, m_stats.scanned));
            if (m_columns.size() >= nextPublish && m_columns.size() <= m_options.lastPublishRows) {
                observer->published(snapshot(), false);
                if (m_stats.firstPublishSeconds < 0)
                    m_stats.firstPublishSeconds = timer.nsecsElapsed() / 1e9;
                nextPublish = m_columns.size() * 2;
            }
        }
        if (!tablesReserved && m_stats.scanned >= m_options.firstPublishRows) {
            reserveTables(startRowId, *lastRowId, correlationsBefore);
            tablesReserved = true;
        }
    }
    if (stopped)
        queue.cancel();
    reader->wait();
    if (m_lookupError)
        return *m_lookupError;
    if (canceled())
        return cancelledError();
    if (const auto error = queue.error()) {
        // A scan that failed part-way (a lost connection): what was read stays usable, as
        // the last partial snapshot, next to the error.
        if (observer && m_columns.size() > 0)
            observer->published(snapshot(), false);
        return *error;
    }
    m_lookupStore.reset();

    if (m_columns.size() == 0)
        return StoreError { StoreErrorCode::Empty, m_store.source(), tr("contains no events"), {} };

    if (!m_options.cacheDirectory.isEmpty() && (!m_stats.cacheUsed || m_stats.scanned > 0)) {
        QString whyNot;
        m_stats.cacheWritten = IndexCache(m_options.cacheDirectory).save(m_store, m_columns, m_correlations, &whyNot);
        if (!m_stats.cacheWritten)
            m_stats.cacheNote = whyNot;
    }

    m_columns.shrinkToFit();
    m_stats.tableBytes = m_eventIds.memoryUsage() + m_correlations.memoryUsage();
    m_eventIds.clear();
    if (m_options.keepForAppending)
        m_extending = true; // from now on, older causes are looked up in the store
    else
        m_correlations.clear();
    auto index = std::make_shared<const EventIndex>(std::move(m_columns));
    m_columns = {};
    if (m_options.keepForAppending)
        m_latest = index;
    m_stats.events = index->size();
    m_stats.seconds = timer.nsecsElapsed() / 1e9;
    if (m_stats.firstPublishSeconds < 0)
        m_stats.firstPublishSeconds = m_stats.seconds;
    if (observer)
        observer->published(index, true);
    return IndexPtr(index);
}

namespace {

// Copies the rows of one appendNew() read, so they are indexed after the statement ends.
class CollectingSink final : public RowSink
{
public:
    bool row(const RawEventRow& row) override
    {
        m_batch.add(row);
        return true;
    }
    const RowBatch& batch() const { return m_batch; }

private:
    RowBatch m_batch;
};

} // namespace

Expected<IndexPtr, StoreError> IndexBuilder::appendNew(qint64 maxRows)
{
    if (!m_latest)
        return StoreError { StoreErrorCode::QueryFailed, m_store.source(), tr("there is no index to extend"), {} };
    const qint64 after = m_latest->rowId(m_latest->size() - 1);
    CollectingSink sink;
    const auto read = m_store.scan(after, maxRows, sink);
    if (!read)
        return read.error();
    if (sink.batch().size() == 0)
        return IndexPtr();

    // The new snapshot's columns: the latest one's (one copy: snapshots never change) plus
    // the new rows, interned and linked by the same code as a build.
    m_columns = m_latest->columns().copyWithRoom(sink.batch().size());
    appendRows(sink.batch());
    if (m_lookupError) {
        const StoreError error = *m_lookupError;
        m_lookupError.reset();
        m_columns = {};
        return error;
    }
    auto index = std::make_shared<const EventIndex>(std::move(m_columns), *m_latest);
    m_columns = {};
    m_latest = index;
    return IndexPtr(index);
}

bool IndexBuilder::loadCache()
{
    if (m_options.cacheDirectory.isEmpty())
        return false;
    QString whyNot;
    auto loaded = IndexCache(m_options.cacheDirectory).load(m_store, &whyNot);
    if (!loaded) {
        m_stats.cacheNote = whyNot;
        return false;
    }
    m_columns = std::move(loaded->columns);
    m_correlations = std::move(loaded->correlations);
    m_extending = true;
    return true;
}

void IndexBuilder::reserveTables(qint64 startRowId, qint64 lastRowId, std::size_t correlationsBefore)
{
    // Called once the first snapshot is out, as zeroing the tables takes a while. The rows
    // this scan reads in all, from how densely the rows so far used their row ids (a store
    // with gaps would otherwise be taken for a bigger one).
    const auto scanned = static_cast<double>(std::max<qint64>(1, m_stats.scanned));
    const double idsPerRow
        = std::max(1.0, static_cast<double>(m_columns.rowId(m_columns.size() - 1) - startRowId) / scanned);
    // Never below the rows read, never beyond the cap (rows deleted meanwhile, damaged ids).
    const double rows = std::clamp(
        static_cast<double>(lastRowId - startRowId) / idsPerRow, scanned, std::max(scanned, 1.1 * kMaxReservedRows));
    // The event-id table takes every row; the correlation table the share of rows so far
    // that started a group, with a tenth to spare.
    m_eventIds.reserve(static_cast<std::size_t>(rows * 1.02));
    const double groupsPerRow = static_cast<double>(m_correlations.size() - correlationsBefore) / scanned;
    m_correlations.reserve(correlationsBefore + static_cast<std::size_t>(groupsPerRow * rows * 1.1));
}

IndexPtr IndexBuilder::snapshot() const
{
    return std::make_shared<const EventIndex>(m_columns.copyWithRoom(0));
}

void IndexBuilder::addProblem(qint64 position, IndexProblem::Kind kind, std::string_view raw)
{
    m_columns.problems.push_back({ position, kind, toQString(raw) });
}

IndexBuilder::RowKeys IndexBuilder::RowKeys::of(const RawEventRow& row)
{
    return { hash64(row.eventId), row.causationId.empty() ? 0 : hash64(row.causationId),
        row.correlationId.empty() ? 0 : hash64(row.correlationId) };
}

void IndexBuilder::appendRows(const RowBatch& batch)
{
    // The event-id and correlation tables are far bigger than the caches and each row
    // lands in them at random: the keys of the row kPrefetchRows ahead are hashed and their
    // slots asked for while this one is indexed, and kept for when its turn comes.
    std::array<RowKeys, kPrefetchRows> ahead;
    const std::size_t rows = batch.size();
    auto hashAndPrefetch = [&](std::size_t i) {
        RowKeys& keys = ahead[i % kPrefetchRows];
        keys = RowKeys::of(batch.at(i));
        m_eventIds.prefetch(keys.eventId);
        if (keys.causationId)
            m_eventIds.prefetch(keys.causationId);
        if (keys.correlationId)
            m_correlations.prefetch(keys.correlationId);
    };
    for (std::size_t i = 0; i < std::min(rows, kPrefetchRows); ++i)
        hashAndPrefetch(i);
    for (std::size_t i = 0; i < rows; ++i) {
        const RowKeys keys = ahead[i % kPrefetchRows];
        if (i + kPrefetchRows < rows)
            hashAndPrefetch(i + kPrefetchRows);
        appendRow(batch.at(i), keys);
    }
}

void IndexBuilder::appendRow(const RawEventRow& row, const RowKeys& keys)
{
    IndexColumns& c = m_columns;
    const qint64 position = c.size();

    if (position == 0)
        c.firstRowId = row.rowId;
    if (c.rowIds.empty() && row.rowId != c.firstRowId + position) {
        // Rows were deleted or inserted with explicit ids: from now on keep them all.
        c.rowIds.reserve(c.timestamps.capacity());
        adviseHugePages(c.rowIds);
        for (qint64 p = 0; p < position; ++p)
            c.rowIds.push_back(c.firstRowId + p);
    }
    if (!c.rowIds.empty())
        c.rowIds.push_back(row.rowId);

    TimeUs time = parseTimestamp(row.timestamp, m_timestampFormat);
    if (time == kInvalidTime) {
        if (row.timestamp.isNull())
            addProblem(position, IndexProblem::Kind::MissingTimestamp, {});
        else
            m_columns.problems.push_back(
                { position, IndexProblem::Kind::UnparseableTimestamp, rawText(row.timestamp) });
    }
    c.timestamps.push_back(time);

    if (row.streamId.empty())
        addProblem(position, IndexProblem::Kind::MissingStreamId, {});
    const quint32 streamCount = c.streamNames.size();
    const quint32 stream = c.streamNames.intern(row.streamId);
    if (stream == streamCount) {
        const std::string_view aggregateType = m_deriveAggregateType || row.aggregateType.empty()
            ? aggregateTypeFromStreamId(row.streamId)
            : row.aggregateType;
        c.streamAggregateTypes.push_back(c.aggregateTypeNames.intern(aggregateType));
    }
    c.streams.push_back(stream);

    const std::optional<qint64> version = wholeNumber(row.version);
    if (version && *version >= 0 && *version <= std::numeric_limits<qint32>::max()) {
        c.versions.push_back(static_cast<qint32>(*version));
    } else {
        m_columns.problems.push_back({ position, IndexProblem::Kind::BadVersion, rawText(row.version) });
        c.versions.push_back(-1);
    }

    quint32 type = c.typeNames.intern(row.type);
    if (type >= kMaxTypes) {
        addProblem(position, IndexProblem::Kind::TooManyEventTypes, row.type);
        type = kMaxTypes;
    }
    c.types.push_back(static_cast<quint16>(type));

    const std::optional<qint64> schema = row.schemaVersion.isNull() ? 1 : wholeNumber(row.schemaVersion);
    c.schemaVersions.push_back(static_cast<quint8>(std::clamp<qint64>(schema.value_or(0), 0, 255)));

    c.users.push_back(c.userNames.intern(row.userId));

    if (row.correlationId.empty()) {
        c.correlations.push_back(-1);
    } else {
        const quint64 key = keys.correlationId;
        const std::optional<quint32> root = m_correlations.find(key);
        if (root) {
            c.correlations.push_back(static_cast<qint32>(*root));
        } else {
            m_correlations.insert(key, static_cast<quint32>(position));
            c.correlations.push_back(static_cast<qint32>(position));
        }
    }

    c.causations.push_back(
        row.causationId.empty() ? kNoCausation : resolveCausation(row.causationId, keys.causationId, position));

    const quint64 idKey = keys.eventId;
    if (!m_eventIds.find(idKey)) // a duplicate id keeps pointing at its first event
        m_eventIds.insert(idKey, static_cast<quint32>(position));
}

qint32 IndexBuilder::resolveCausation(std::string_view causationId, quint64 key, qint64 position)
{
    if (const std::optional<quint32> cause = m_eventIds.find(key))
        return static_cast<qint32>(*cause);
    if (!m_extending)
        return kDanglingCausation;
    // The cause may be among the events that came from the cache: ask the store, on a
    // connection of this thread (the reader thread owns m_store's while scanning).
    if (!m_lookupStore) {
        auto connection = m_store.clone();
        if (!connection) {
            m_lookupError = connection.error();
            return kDanglingCausation;
        }
        m_lookupStore = std::move(connection).value();
    }
    const auto rowId = m_lookupStore->rowIdOfEvent(causationId);
    if (!rowId) {
        m_lookupError = rowId.error();
        return kDanglingCausation;
    }
    if (*rowId < 0)
        return kDanglingCausation;
    const qint64 cause = m_columns.rowIds.empty()
        ? *rowId - m_columns.firstRowId
        : std::lower_bound(m_columns.rowIds.begin(), m_columns.rowIds.end(), *rowId) - m_columns.rowIds.begin();
    return cause >= 0 && cause < position ? static_cast<qint32>(cause) : kDanglingCausation;
}

} // namespace Chronoscope
