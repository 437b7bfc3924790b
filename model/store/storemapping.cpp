// SPDX-License-Identifier: MIT
#include "storemapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Chronoscope {

namespace {

using Field = StoreMapping::Field;

constexpr std::array<QString StoreMapping::*, StoreMapping::kFieldCount> kColumns = {
    &StoreMapping::eventId,
    &StoreMapping::streamId,
    &StoreMapping::aggregateType,
    &StoreMapping::version,
    &StoreMapping::type,
    &StoreMapping::schemaVersion,
    &StoreMapping::timestamp,
    &StoreMapping::userId,
    &StoreMapping::correlationId,
    &StoreMapping::causationId,
    &StoreMapping::data,
    &StoreMapping::metadata,
};

struct FormatName
{
    TimestampFormat format;
    const char* name;
};
constexpr std::array<FormatName, 8> kFormatNames = { {
    { TimestampFormat::Auto, "auto" },
    { TimestampFormat::Iso8601, "iso8601" },
    { TimestampFormat::SqlDateTime, "sql-datetime-utc" },
    { TimestampFormat::TimestampTz, "timestamptz" },
    { TimestampFormat::EpochSeconds, "epoch-s" },
    { TimestampFormat::EpochMilliseconds, "epoch-ms" },
    { TimestampFormat::EpochMicroseconds, "epoch-us" },
    { TimestampFormat::EpochNanoseconds, "epoch-ns" },
} };

QJsonValue jsonValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    default:
        return value.toString();
    }
}

} // namespace

const QStringList& StoreMapping::fieldKeys()
{
    static const QStringList keys { QStringLiteral("eventId"), QStringLiteral("streamId"),
        QStringLiteral("aggregateType"), QStringLiteral("version"), QStringLiteral("type"),
        QStringLiteral("schemaVersion"), QStringLiteral("timestamp"), QStringLiteral("userId"),
        QStringLiteral("correlationId"), QStringLiteral("causationId"), QStringLiteral("data"),
        QStringLiteral("metadata") };
    return keys;
}

QString StoreMapping::fieldKey(Field field)
{
    return fieldKeys().at(static_cast<int>(field));
}

QString& StoreMapping::column(Field field)
{
    return this->*kColumns[static_cast<std::size_t>(field)];
}

const QString& StoreMapping::column(Field field) const
{
    return this->*kColumns[static_cast<std::size_t>(field)];
}

bool StoreMapping::hasField(Field field) const
{
    if (field == Field::StreamId && !streamIdColumns.isEmpty())
        return true;
    return !column(field).isEmpty();
}

StoreMapping StoreMapping::seed()
{
    StoreMapping mapping;
    mapping.name = QStringLiteral("seed");
    mapping.table = QStringLiteral("events");
    mapping.eventId = QStringLiteral("event_id");
    mapping.streamId = QStringLiteral("aggregate_id");
    mapping.aggregateType = QStringLiteral("aggregate_type");
    mapping.version = QStringLiteral("aggregate_version");
    mapping.type = QStringLiteral("event_type");
    mapping.schemaVersion = QStringLiteral("event_version");
    mapping.timestamp = QStringLiteral("event_timestamp");
    mapping.userId = QStringLiteral("user_id");
    mapping.correlationId = QStringLiteral("correlation_id");
    mapping.causationId = QStringLiteral("causation_id");
    mapping.data = QStringLiteral("event_data");
    mapping.metadata = QStringLiteral("metadata");
    mapping.snapshots = { QStringLiteral("snapshots"), QStringLiteral("aggregate_id"),
        QStringLiteral("aggregate_version"), QStringLiteral("snapshot_data"), QStringLiteral("created_date") };
    return mapping;
}

// docs/mappings.md "Emmett" cites the DDL and insert code each column comes from.
StoreMapping StoreMapping::emmett(SqlDialect dialect)
{
    StoreMapping mapping;
    mapping.name = QStringLiteral("emmett");
    mapping.table = QStringLiteral("emt_messages");
    mapping.position = QStringLiteral("global_position");
    mapping.eventId = QStringLiteral("message_id");
    mapping.streamId = QStringLiteral("stream_id");
    // Emmett's stream type: the stream name's part before its first '-'.
    mapping.aggregateType = QStringLiteral("stream_type");
    mapping.lookups = { { QStringLiteral("aggregateType"),
        { QStringLiteral("emt_streams"), QStringLiteral("stream_type"), QStringLiteral("stream_id"),
            QStringLiteral("stream_id") } } };
    mapping.version = QStringLiteral("stream_position");
    mapping.type = QStringLiteral("message_type");
    // Not message_schema_version: Emmett's SQLite adapter writes the stream's expected
    // version into it, so it is no schema version there.
    mapping.timestamp = QStringLiteral("created");
    mapping.correlationId = QStringLiteral("message_metadata");
    mapping.causationId = QStringLiteral("message_metadata");
    mapping.jsonPaths = { { QStringLiteral("correlationId"), QStringLiteral("$.correlationId") },
        { QStringLiteral("causationId"), QStringLiteral("$.causationId") } };
    mapping.data = QStringLiteral("message_data");
    mapping.metadata = QStringLiteral("message_metadata");
    // SQLite's CURRENT_TIMESTAMP writes UTC without a zone; PostgreSQL's column is timestamptz.
    mapping.timestampFormat
        = dialect == SqlDialect::Sqlite ? TimestampFormat::SqlDateTime : TimestampFormat::TimestampTz;
    mapping.skip = {
        { QStringLiteral("is_archived"), true, false },
        { QStringLiteral("partition"), QStringLiteral("emt:default"), true },
        // Emmett keeps commands ('C') in the same table as events ('E').
        { QStringLiteral("message_kind"), QStringLiteral("E"), true },
    };
    return mapping;
}

// docs/mappings.md "Marten" cites the table definitions each column comes from.
StoreMapping StoreMapping::marten()
{
    StoreMapping mapping;
    mapping.name = QStringLiteral("marten");
    mapping.table = QStringLiteral("mt_events");
    mapping.position = QStringLiteral("seq_id");
    mapping.eventId = QStringLiteral("id");
    mapping.streamId = QStringLiteral("stream_id");
    // mt_events has no aggregate type; mt_streams.type has it (for Guid streams the id
    // has no readable prefix to derive one from).
    mapping.aggregateType = QStringLiteral("type");
    mapping.lookups = { { QStringLiteral("aggregateType"),
        { QStringLiteral("mt_streams"), QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("stream_id") } } };
    mapping.version = QStringLiteral("version");
    mapping.type = QStringLiteral("type");
    mapping.timestamp = QStringLiteral("timestamp");
    mapping.correlationId = QStringLiteral("correlation_id");
    mapping.causationId = QStringLiteral("causation_id");
    mapping.data = QStringLiteral("data");
    mapping.metadata = QStringLiteral("headers");
    mapping.timestampFormat = TimestampFormat::TimestampTz;
    mapping.skip = {
        { QStringLiteral("is_archived"), true, false },
        { QStringLiteral("tenant_id"), QStringLiteral("*DEFAULT*"), true },
    };
    return mapping;
}

// docs/mappings.md "Castore" cites the adapter's CREATE TABLE.
StoreMapping StoreMapping::castore()
{
    StoreMapping mapping;
    mapping.name = QStringLiteral("castore");
    mapping.table = QStringLiteral("event");
    mapping.position = QStringLiteral("id");
    mapping.eventId = QStringLiteral("id"); // Castore keeps no event id; the serial id is unique
    mapping.streamIdColumns = { QStringLiteral("aggregate_name"), QStringLiteral("aggregate_id") };
    mapping.aggregateType = QStringLiteral("aggregate_name");
    mapping.version = QStringLiteral("version");
    mapping.type = QStringLiteral("type");
    mapping.timestamp = QStringLiteral("timestamp");
    mapping.data = QStringLiteral("data");
    mapping.metadata = QStringLiteral("metadata");
    mapping.timestampFormat = TimestampFormat::TimestampTz;
    return mapping;
}

QStringList StoreMapping::presetNames()
{
    return { QStringLiteral("seed"), QStringLiteral("emmett"), QStringLiteral("marten"), QStringLiteral("castore") };
}

StoreMapping StoreMapping::preset(const QString& name, SqlDialect dialect)
{
    if (name == u"seed")
        return seed();
    if (name == u"emmett")
        return emmett(dialect);
    if (name == u"marten")
        return marten();
    if (name == u"castore")
        return castore();
    return {};
}

QString StoreMapping::timestampFormatName(TimestampFormat format)
{
    for (const FormatName& entry : kFormatNames) {
        if (entry.format == format)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("auto");
}

bool StoreMapping::timestampFormatFromName(const QString& name, TimestampFormat* format)
{
    for (const FormatName& entry : kFormatNames) {
        if (name == QLatin1String(entry.name)) {
            *format = entry.format;
            return true;
        }
    }
    return false;
}

QString StoreMapping::toJson() const
{
    QJsonObject columns;
    for (int i = 0; i < kFieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        const QString key = fieldKey(field);
        if (field == Field::StreamId && !streamIdColumns.isEmpty()) {
            columns.insert(key,
                QJsonObject { { QStringLiteral("columns"), QJsonArray::fromStringList(streamIdColumns) },
                    { QStringLiteral("separator"), streamIdSeparator } });
        } else if (lookups.contains(key)) {
            const FieldLookup lookup = lookups.value(key);
            columns.insert(key,
                QJsonObject { { QStringLiteral("lookup"),
                    QJsonObject { { QStringLiteral("table"), lookup.table },
                        { QStringLiteral("column"), lookup.column }, { QStringLiteral("key"), lookup.key },
                        { QStringLiteral("match"), lookup.match } } } });
        } else if (jsonPaths.contains(key)) {
            columns.insert(key,
                QJsonObject {
                    { QStringLiteral("column"), column(field) }, { QStringLiteral("path"), jsonPaths.value(key) } });
        } else {
            columns.insert(key, column(field));
        }
    }
    QJsonArray skipRules;
    for (const SkipRule& rule : skip) {
        skipRules.append(QJsonObject { { QStringLiteral("column"), rule.column },
            { rule.notEquals ? QStringLiteral("notEquals") : QStringLiteral("equals"), jsonValue(rule.value) } });
    }
    const QJsonValue snapshotValue = snapshots.isValid()
        ? QJsonValue(QJsonObject { { QStringLiteral("table"), snapshots.table },
            { QStringLiteral("streamId"), snapshots.streamId }, { QStringLiteral("version"), snapshots.version },
            { QStringLiteral("data"), snapshots.data }, { QStringLiteral("createdAt"), snapshots.createdAt } })
        : QJsonValue(QJsonValue::Null);
    const QJsonObject root {
        { QStringLiteral("mapping"), name },
        { QStringLiteral("table"), table },
        { QStringLiteral("position"), position },
        { QStringLiteral("timestampFormat"), timestampFormatName(timestampFormat) },
        { QStringLiteral("columns"), columns },
        { QStringLiteral("skip"), skipRules },
        { QStringLiteral("snapshots"), snapshotValue },
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace Chronoscope
