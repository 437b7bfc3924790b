// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Chronoscope {

/// The SQL flavour a mapping is turned into (see MappingSql).
enum class SqlDialect
{
    Sqlite,
    PostgreSql,
};

/// How the timestamp column is written. `Auto` guesses per value (ISO-8601 text with or
/// without zone, epoch numbers by magnitude); the others state the unit or form exactly.
enum class TimestampFormat
{
    Auto,
    Iso8601, ///< ISO-8601 / RFC 3339 text; no zone means UTC
    SqlDateTime, ///< `YYYY-MM-DD HH:MM:SS[.f]`, taken as UTC (SQLite's CURRENT_TIMESTAMP)
    TimestampTz, ///< PostgreSQL timestamptz as text (`2024-01-15 14:00:00.123+00`)
    EpochSeconds,
    EpochMilliseconds,
    EpochMicroseconds,
    EpochNanoseconds,
};

/// A row the index leaves out: `column` equal (or, with `notEquals`, not equal) to `value`.
/// NULL compares as a value, so `notEquals "x"` also skips rows whose column is NULL.
struct SkipRule
{
    QString column;
    QVariant value; ///< string, integer, bool or null (an invalid QVariant)
    bool notEquals = false;

    bool operator==(const SkipRule&) const = default;
};

/// Where stored snapshots live; an empty table means the store keeps none.
struct SnapshotMapping
{
    QString table;
    QString streamId;
    QString version;
    QString data;
    QString createdAt;

    bool isValid() const { return !table.isEmpty(); }
    bool operator==(const SnapshotMapping&) const = default;
};

/// A field read from another table by key: `(SELECT column FROM table WHERE key = <events>.match)`.
struct FieldLookup
{
    QString table;
    QString column;
    QString key; ///< column of `table`
    QString match; ///< column of the events table

    bool isValid() const { return !table.isEmpty(); }
    bool operator==(const FieldLookup&) const = default;
};

/// How a store's table maps onto the fields of "The event" (DESIGN.md).
///
/// Each field names a column of `table`; an empty name means the store does not have that
/// field. A field may instead be a JSON path inside that column (`jsonPaths`, e.g.
/// correlationId = column `metadata`, path `$.correlationId`), or a lookup in another table.
/// The stream id may be composed of several columns. Plain values: copy freely.
struct StoreMapping
{
    /// The fields of "The event", in the order of `fieldKeys()`.
    enum class Field
    {
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
    };
    static constexpr int kFieldCount = 12;

    QString name; ///< preset name ("seed", "emmett", …) or "custom"
    QString table;
    QString position = QStringLiteral("rowid"); ///< integer column giving the global order
    QString eventId;
    QString streamId;
    QString aggregateType; ///< empty: derived from the stream id's prefix ("family-12" → "family")
    QString version;
    QString type;
    QString schemaVersion;
    QString timestamp;
    QString userId;
    QString correlationId;
    QString causationId;
    QString data;
    QString metadata;

    /// When not empty, the stream id is these columns joined by `streamIdSeparator`
    /// (Castore: aggregate name and aggregate id); `streamId` is then empty.
    QStringList streamIdColumns;
    QString streamIdSeparator = QStringLiteral(":");
    /// Field key ("correlationId") → JSON path ("$.correlationId") inside the field's column.
    QMap<QString, QString> jsonPaths;
    /// Field key → lookup in another table; the field's column names the looked-up column.
    QMap<QString, FieldLookup> lookups;
    TimestampFormat timestampFormat = TimestampFormat::Auto;
    QList<SkipRule> skip;
    SnapshotMapping snapshots;

    bool isValid() const { return !table.isEmpty(); }
    bool operator==(const StoreMapping&) const = default;

    /// "eventId", "streamId", … as used in mapping files.
    static const QStringList& fieldKeys();
    static QString fieldKey(Field field);
    /// The column member holding `field`.
    QString& column(Field field);
    const QString& column(Field field) const;
    /// Whether the store has the field at all (a column, composed columns or a lookup).
    bool hasField(Field field) const;
    QString jsonPath(Field field) const { return jsonPaths.value(fieldKey(field)); }
    FieldLookup lookup(Field field) const { return lookups.value(fieldKey(field)); }

    /// The seed schema: table `events` with the columns of README "Sample stores".
    static StoreMapping seed();
    /// Emmett's `emt_messages` (SQLite or PostgreSQL), default partition, no archived rows.
    static StoreMapping emmett(SqlDialect dialect);
    /// Marten's `mt_events` (string or Guid stream identity), default tenant, no archived rows.
    static StoreMapping marten();
    /// Castore's PostgreSQL adapter table `event`: stream id = aggregate_name:aggregate_id.
    static StoreMapping castore();
    /// The names `preset()` accepts.
    static QStringList presetNames();
    /// The preset called `name` for `dialect`; an invalid mapping when there is none.
    static StoreMapping preset(const QString& name, SqlDialect dialect);

    static QString timestampFormatName(TimestampFormat format);
    /// Parses a name of timestampFormatName(); false when unknown.
    static bool timestampFormatFromName(const QString& name, TimestampFormat* format);

    /// Stable JSON text, printed by `chronoscope info` and `chronoscope mapping`, read back by
    /// MappingFile, and hashed into the index cache key.
    QString toJson() const;
};

} // namespace Chronoscope
