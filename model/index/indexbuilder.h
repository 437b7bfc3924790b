// SPDX-License-Identifier: MIT
#pragma once

#include "eventindex.h"
#include "flathash.h"
#include "store/eventstore.h"

#include <QString>

namespace Chronoscope {

class RowBatch;

struct IndexOptions
{
    /// Where index caches live (the app passes the user's cache directory); empty: no cache.
    QString cacheDirectory;
    /// Rows read per store query (the reader thread re-seeks by rowid between queries).
    qint64 chunkRows = 65536;
    /// The first snapshot is published after this many events, then each time the count
    /// doubles. The hash tables are sized from what these rows hold.
    qint64 firstPublishRows = 65536;
    /// No partial snapshot beyond this many events: each is a copy of the columns, and on a
    /// ten-million-event store the late ones would double the peak memory for views that are
    /// full already. Past it, progress continues and the final index follows.
    qint64 lastPublishRows = 2 * 1024 * 1024;
    /// Live follow: after build(), keep what appendNew() needs (the correlation table and
    /// the final snapshot). The event-id table is still freed: causes among the events
    /// indexed by build() are looked up in the store, as after a cache load.
    bool keepForAppending = false;
};

/// Told what an index build is doing; called on the building thread.
class IndexObserver
{
public:
    virtual ~IndexObserver() = default;
    virtual bool isCanceled() const { return false; }
    virtual void progress(qint64 done, qint64 total)
    {
        Q_UNUSED(done)
        Q_UNUSED(total)
    }
    /// A usable snapshot: partial ones while reading, then the final one.
    virtual void published(const IndexPtr& index, bool final)
    {
        Q_UNUSED(index)
        Q_UNUSED(final)
    }
};

/// How the last build went, for the status bar, `chronoscope info` and the benchmark.
struct IndexStats
{
    qint64 events = 0;
    qint64 fromCache = 0; ///< events taken from the cache
    qint64 scanned = 0; ///< events read from the store
    bool cacheUsed = false;
    bool cacheWritten = false;
    QString cacheNote; ///< why a cache was not used or not written, for logs
    double seconds = 0;
    double firstPublishSeconds = -1;
    /// The event-id and correlation tables at the end of the build, before they are freed:
    /// the part of the build's peak memory that is not the index.
    std::size_t tableBytes = 0;
};

/// Builds the columnar index of a store (DESIGN.md "Index"), synchronously on the calling
/// thread: loads a matching cache, reads only the rows appended since, publishes snapshots
/// as it goes and saves the cache at the end. IndexJob runs it on a worker thread.
class IndexBuilder
{
public:
    explicit IndexBuilder(EventStore& store, IndexOptions options = {});

    Expected<IndexPtr, StoreError> build(IndexObserver* observer = nullptr);
    const IndexStats& stats() const { return m_stats; }

    /// Live follow (after a successful build() with IndexOptions::keepForAppending): reads
    /// at most `maxRows` rows after the last indexed one and returns a new snapshot with
    /// them appended, or null when there were none. Earlier snapshots stay as they are.
    /// Same thread rules as build(); the index cache is not rewritten.
    Expected<IndexPtr, StoreError> appendNew(qint64 maxRows);
    /// The latest snapshot build() or appendNew() returned (null before).
    IndexPtr latest() const { return m_latest; }

private:
    bool loadCache();
    void reserveTables(qint64 startRowId, qint64 lastRowId, std::size_t correlationsBefore);
    /// hash64 of a row's ids, computed once for the prefetch and the lookups; 0 for none.
    struct RowKeys
    {
        quint64 eventId = 0;
        quint64 causationId = 0;
        quint64 correlationId = 0;
        static RowKeys of(const RawEventRow& row);
    };
    void appendRows(const RowBatch& batch);
    void appendRow(const RawEventRow& row, const RowKeys& keys);
    qint32 resolveCausation(std::string_view causationId, quint64 key, qint64 position);
    void addProblem(qint64 position, IndexProblem::Kind kind, std::string_view raw);
    IndexPtr snapshot() const;

    EventStore& m_store;
    IndexOptions m_options;
    IndexStats m_stats;
    IndexColumns m_columns;
    FlatHashMap m_eventIds; ///< hash64(event id) → position, for causation
    FlatHashMap m_correlations; ///< hash64(correlation id) → first position
    bool m_extending = false; ///< the older events came from the cache: their ids are not in m_eventIds
    bool m_deriveAggregateType = false;
    TimestampFormat m_timestampFormat = TimestampFormat::Auto;
    std::optional<StoreError> m_lookupError;
    StorePtr m_lookupStore; ///< a second connection for causation lookups while extending
    IndexPtr m_latest; ///< kept with keepForAppending: what appendNew() extends
};

} // namespace Chronoscope
