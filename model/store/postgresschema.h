// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"
#include "mappingdetector.h"
#include "storeerror.h"
#include "storemapping.h"

#include <libpq-fe.h>

#include <QByteArray>
#include <QString>

#include <array>

namespace Chronoscope {

/// The SQL Chronoscope sends to one mapped PostgreSQL table, built from the mapping (columns,
/// JSON paths, composed stream ids, lookups and skip rules, through MappingSql) and what the
/// server says about the table (column types, position column).
///
/// Every SELECT list it builds has the same shape, in this order: position, eventId,
/// streamId, aggregateType, version, type, schemaVersion, timestamp, userId, correlationId,
/// causationId, then data and metadata when payloads are asked for. Each column arrives in
/// binary as a 64-bit integer, a double or text (Wire), whatever its type in the table:
/// integer types as int8, other numbers as float8, timestamp/timestamptz/date as
/// ISO-8601 UTC text, everything else (text, uuid, json, jsonb …) as its text form.
/// A value, built once per connection; the SQL text is usable from any thread.
class PostgresSchema
{
public:
    enum class Wire : quint8
    {
        Int8,
        Float8,
        Text
    };
    enum Column
    {
        Position,
        EventId,
        StreamId,
        AggregateType,
        Version,
        Type,
        SchemaVersion,
        Timestamp,
        UserId,
        CorrelationId,
        CausationId,
        Data,
        Metadata,
        RawTimestamp, ///< only in readEventSql(): the timestamp column as text, for display
        NumColumns
    };

    /// The tables, views and partitioned tables the session can name, with their columns:
    /// those of the schemas on the search path by name, the others as `schema.table`;
    /// partitions are left out (the parent table reads them all). For MappingDetector.
    static Expected<StoreSchema, StoreError> readCatalogue(PGconn* connection);

    /// Reads the mapped table's column types on `connection` and builds the SQL for
    /// `mapping`, which MappingDetector has detected or validated against the catalogue.
    /// The position column is `positionColumn` if given, else the mapping's own (unless it
    /// is SQLite's `rowid`), else the first integer column named position, global_position,
    /// seq_id or id. A date/time timestamp column is read as such whatever the mapping's
    /// timestampFormat says. The error's source is left empty for the caller.
    static Expected<PostgresSchema, StoreError> inspect(
        PGconn* connection, const StoreMapping& mapping, const QString& positionColumn);

    const StoreMapping& mapping() const { return m_mapping; }
    QString positionColumn() const { return m_positionName; }
    /// Whether an index (of the table, or of a partitioned table) starts with the position column.
    bool positionIndexed() const { return m_positionIndexed; }
    bool hasSnapshots() const { return !m_snapshotsSql.isEmpty(); }
    Wire wire(Column column) const { return m_wires[column]; }

    /// `COPY (SELECT … WHERE position > after ORDER BY position LIMIT n) TO STDOUT (FORMAT
    /// binary)`: keyset paging on the position column's index, streamed. limit < 0: all.
    QByteArray copySql(qint64 afterPosition, qint64 limit, bool withPayload) const;
    /// The same columns as a plain query, for comparison in the benchmark.
    QByteArray selectSql(qint64 afterPosition, qint64 limit, bool withPayload) const;
    QByteArray lastPositionSql() const; ///< one int8: the largest position, 0 when empty
    QByteArray anyRowSql() const; ///< one row if the table has any that is not skipped
    QByteArray readEventSql() const; ///< $1 = position; columns up to RawTimestamp
    QByteArray readEventsSql() const; ///< $1 = int8[] of positions; same columns, by position
    QByteArray findEventSql() const; ///< $1 = event id as text; one int8 position or no row
    QByteArray snapshotsSql() const; ///< $1 = stream id; version int8, data text, created text

private:
    QByteArray selectList(bool withPayload) const;

    StoreMapping m_mapping;
    QByteArray m_skip; ///< " AND …" of the skip rules, or empty
    QByteArray m_table; ///< quoted, schema-qualified when the mapping says so
    QString m_positionName;
    bool m_positionIndexed = true;
    QByteArray m_snapshotsSql; ///< empty when the store keeps no snapshots
    std::array<QByteArray, NumColumns> m_expressions;
    std::array<Wire, NumColumns> m_wires {};
    QByteArray m_eventIdCondition; ///< "event id = $1", in the column's type where it can be
};

} // namespace Chronoscope
