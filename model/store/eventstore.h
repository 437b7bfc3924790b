// SPDX-License-Identifier: MIT
#pragma once

#include "event.h"
#include "expected.h"
#include "storeerror.h"
#include "storemapping.h"
#include "storewatch.h"

#include <memory>
#include <span>
#include <string_view>

namespace Chronoscope {

/// One cell as the store holds it, before any parsing. Text views are valid only during
/// the RowSink::row() call that receives them.
struct RawValue
{
    enum class Kind : quint8
    {
        Null,
        Integer,
        Real,
        Text
    };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    std::string_view text;

    bool isNull() const { return kind == Kind::Null; }
};

/// The indexed columns of one event row, as delivered by EventStore::scan().
struct RawEventRow
{
    qint64 rowId = 0;
    std::string_view eventId;
    std::string_view streamId;
    std::string_view aggregateType;
    std::string_view type;
    std::string_view userId;
    std::string_view correlationId;
    std::string_view causationId;
    RawValue version;
    RawValue schemaVersion;
    RawValue timestamp;
    std::string_view data; ///< the payload as stored; filled only by EventStore::scanWithPayloads()
    std::string_view metadata; ///< likewise for the metadata
};

/// A state the application stored for a stream (the seed schema's `snapshots` table).
struct StoredSnapshot
{
    qint64 version = 0;
    QByteArray data; ///< JSON text as stored
    QString createdAt;
};

/// Receives scanned rows; return false to stop the scan early (cancel).
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual bool row(const RawEventRow& row) = 0;
};

/// A read-only event source. One instance wraps one connection: use it from one thread
/// at a time; clone() opens another connection for another thread. Only interrupt() may
/// be called from any thread.
class EventStore
{
public:
    virtual ~EventStore() = default;

    /// The file or URI as the user named it, for messages.
    virtual QString source() const = 0;
    /// What identifies this store across runs (canonical path; a URL without password).
    virtual QString identity() const = 0;
    virtual const StoreMapping& mapping() const = 0;

    /// The largest position key (rowid) in the store; 0 when empty.
    virtual Expected<qint64, StoreError> lastRowId() = 0;

    /// Feeds every row with rowid > afterRowId in rowid order to `sink`, at most `limit`
    /// rows when limit >= 0. Returns the number of rows delivered; a sink returning false
    /// ends the scan without error.
    virtual Expected<qint64, StoreError> scan(qint64 afterRowId, qint64 limit, RowSink& sink) = 0;

    /// scan() with RawEventRow::data and ::metadata filled in, for payload checks (the audit).
    /// This default reads each payload with readEvent(); stores override it with one query.
    virtual Expected<qint64, StoreError> scanWithPayloads(qint64 afterRowId, qint64 limit, RowSink& sink);

    /// The full event (with payload and metadata) at `rowId`; Event::position is left -1.
    virtual Expected<Event, StoreError> readEvent(qint64 rowId) = 0;

    /// The full events at `rowIds`, in that order (Event::position left -1): what replay
    /// reads. This default calls readEvent() for each; a database store overrides it with
    /// one query per batch, a round trip being what costs there.
    virtual Expected<std::vector<Event>, StoreError> readEvents(std::span<const qint64> rowIds);

    /// The rowid of the first event whose id is `eventId`, or -1 when there is none.
    virtual Expected<qint64, StoreError> rowIdOfEvent(std::string_view eventId) = 0;

    /// Whether the store keeps snapshots at all.
    virtual bool hasSnapshots() const = 0;
    /// The stream's stored snapshots, by version ascending (empty when there are none).
    virtual Expected<std::vector<StoredSnapshot>, StoreError> snapshots(const QString& streamId) = 0;

    /// Opens another connection to the same store, for use on another thread.
    virtual Expected<std::unique_ptr<EventStore>, StoreError> clone() const = 0;

    /// Asks a running statement to stop as soon as it can. Thread-safe.
    virtual void interrupt() = 0;

    /// Whether a full read should be one scan() with no limit rather than pages: true where
    /// each page would cost a pass over the whole table (a position column without an index).
    virtual bool prefersOneScan() const { return false; }

    /// Live follow: a watch on its own connection that tells when rows may have been
    /// appended, or a StoreErrorCode::CannotFollow error saying why this store cannot be
    /// followed. This default polls lastRowId() on a clone(), which works for any store;
    /// stores override it with something cheaper (SQLite's data_version).
    virtual Expected<StoreWatchPtr, StoreError> watch() const;
};

/// The timestamp a cell holds: ISO-8601 text or an epoch number (see TimestampParser).
TimeUs parseTimestamp(const RawValue& value);
/// As above in the mapping's format: an epoch unit is applied exactly instead of guessed
/// from the magnitude (numbers and numeric text alike); text formats parse as above.
TimeUs parseTimestamp(const RawValue& value, TimestampFormat format);

/// "family" for "family-123", "family_123" or "family:123"; the whole id when it has no separator.
std::string_view aggregateTypeFromStreamId(std::string_view streamId);

/// The SQLite library's version, for About boxes and bug reports.
const char* sqliteLibraryVersion();

using StorePtr = std::unique_ptr<EventStore>;

/// The row id of the first event (in store order) whose correlation id is `correlationId`,
/// or -1 when there is none: a scan of the indexed columns, for one-off lookups by id.
Expected<qint64, StoreError> firstRowOfCorrelation(EventStore& store, const QString& correlationId);

/// Opens the store named by `spec`, read-only: a path to an SQLite file, or a PostgreSQL
/// `postgresql://…` URL or libpq keyword string (see PostgresConnInfo). An SQLite spec may
/// carry a mapping (StoreSpec: a preset name or a mapping file); else the mapping is
/// detected from its tables. Cheap checks come first, so a wrong path fails fast with a
/// precise reason.
Expected<StorePtr, StoreError> openStore(const QString& spec);

} // namespace Chronoscope
