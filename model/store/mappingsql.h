// SPDX-License-Identifier: MIT
#pragma once

#include "storemapping.h"

namespace Chronoscope {

/// The SQL a store runs for a mapping, in one place for every source: SQLite
/// (`json_extract`, `?1` parameters) and PostgreSQL (`#>>`, `$1` parameters).
/// Pure text generation: thread-safe, no connection needed.
///
/// Every SELECT of events returns the columns of `SelectColumn` in that order; an absent
/// field is `NULL`. Identifiers are double-quoted (SQLite's `rowid` stays bare), values
/// of skip rules are SQL literals with quotes doubled.
class MappingSql
{
public:
    enum SelectColumn
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
        Data, ///< only with payloads
        Metadata, ///< only with payloads
    };

    MappingSql(StoreMapping mapping, SqlDialect dialect);

    static QString quoted(const QString& identifier);

    /// The expression reading `field` (a column, a JSON path in a column, composed
    /// columns or a lookup), or `NULL` when the mapping has no such field.
    QString fieldExpression(StoreMapping::Field field) const;
    /// The position column, quoted (bare `rowid` on SQLite).
    QString position() const;
    /// The columns of SelectColumn, comma-separated; data and metadata only `withPayload`.
    QString selectList(bool withPayload) const;
    /// " AND …" excluding the rows of the mapping's skip rules; empty without rules.
    QString skipCondition() const;

    /// Rows after position $1 in order, at most $2 (a negative or NULL limit: all).
    QString scanQuery(bool withPayload) const;
    /// The row at position $1, with payloads.
    QString readEventQuery() const;
    /// The position of the first (not skipped) row whose event id is $1.
    QString findEventQuery() const;
    /// The largest position, skipped rows included (progress only needs an estimate).
    QString lastPositionQuery() const;
    /// Any one row (not skipped), to tell an empty store.
    QString anyRowQuery() const;
    /// Version, data and creation time of the stored snapshots of stream $1, by version.
    QString snapshotsQuery() const;

private:
    QString parameter(int number) const;
    QString literal(const QVariant& value) const;
    QString jsonExtract(const QString& column, const QString& path) const;

    StoreMapping m_mapping;
    SqlDialect m_dialect;
};

} // namespace Chronoscope
