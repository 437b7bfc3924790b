// SPDX-License-Identifier: MIT
#pragma once

#include "eventstore.h"
#include "mappingsql.h"
#include "sqlitehandles.h"

#include <optional>

namespace Chronoscope {

/// An SQLite event store, opened read-only through the C API.
///
/// Never writes a byte: the file is opened with `mode=ro` and `PRAGMA query_only`. A WAL
/// store whose -wal/-shm files are absent and whose folder is not writable is opened as
/// `immutable` (SQLite could not create those files there anyway); elsewhere SQLite's own
/// read-only rules apply.
class SqliteStore final : public EventStore
{
public:
    /// Opens `path` read with `mapping`, checked against the tables (an error names a
    /// missing table or column); without one the mapping is detected (MappingDetector).
    static Expected<std::unique_ptr<SqliteStore>, StoreError> open(
        const QString& path, const std::optional<StoreMapping>& mapping = std::nullopt);
    ~SqliteStore() override;

    QString source() const override { return m_path; }
    QString identity() const override { return m_canonicalPath; }
    const StoreMapping& mapping() const override { return m_mapping; }

    Expected<qint64, StoreError> lastRowId() override;
    Expected<qint64, StoreError> scan(qint64 afterRowId, qint64 limit, RowSink& sink) override;
    Expected<qint64, StoreError> scanWithPayloads(qint64 afterRowId, qint64 limit, RowSink& sink) override;
    Expected<Event, StoreError> readEvent(qint64 rowId) override;
    Expected<qint64, StoreError> rowIdOfEvent(std::string_view eventId) override;
    bool hasSnapshots() const override { return m_hasSnapshots; }
    Expected<std::vector<StoredSnapshot>, StoreError> snapshots(const QString& streamId) override;
    Expected<std::unique_ptr<EventStore>, StoreError> clone() const override;
    void interrupt() override;
    /// PRAGMA data_version on a connection of its own; CannotFollow for an immutable open.
    Expected<StoreWatchPtr, StoreError> watch() const override;

    /// The read-only connection, for statements of the query layer (filter pushdown). Use it
    /// on the thread that uses this store; it lives as long as the store.
    sqlite3* connection() const { return m_db.get(); }

    /// True when the store was opened as immutable (see class comment).
    bool isImmutable() const { return m_immutable; }

private:
    SqliteStore() = default;

    StoreError error(StoreErrorCode code, const QString& reason) const;
    StoreError sqliteError(const QString& what) const;
    std::optional<StoreError> chooseMapping(const std::optional<StoreMapping>& given);
    Expected<qint64, StoreError> scanRows(qint64 afterRowId, qint64 limit, RowSink& sink, bool withPayload);

    QString m_path;
    QString m_canonicalPath;
    QByteArray m_uri; ///< what sqlite3_open_v2 was given, for the watch's connection
    bool m_immutable = false;
    bool m_hasSnapshots = false;
    bool m_mappingGiven = false;
    StoreMapping m_mapping;
    MappingSql m_sql { {}, SqlDialect::Sqlite };
    Sqlite::Database m_db;
    Sqlite::Statement m_readEvent;
    Sqlite::Statement m_findEvent;
};

} // namespace Chronoscope
