// SPDX-License-Identifier: MIT
#include "postgresschema.h"

#include "mappingsql.h"
#include "postgreshandles.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::PostgresSchema", text);
}

struct ColumnInfo
{
    QString type; ///< pg_type.typname: int8, text, timestamptz, uuid, jsonb …
    char category = 'X'; ///< pg_type.typcategory: N numeric, S string, D date/time …
};

Postgres::Result query(PGconn* connection, const char* sql, const QByteArray& parameter)
{
    const char* values[] = { parameter.constData() };
    return Postgres::Result(PQexecParams(connection, sql, 1, nullptr, values, nullptr, nullptr, 0));
}

StoreError queryError(PGconn* connection, const PGresult* result, const QString& what)
{
    const QString state = Postgres::sqlState(result);
    StoreErrorCode code = StoreErrorCode::QueryFailed;
    QString reason = what;
    if (PQstatus(connection) == CONNECTION_BAD) {
        code = StoreErrorCode::ConnectionLost;
        reason = tr("the connection to the server was lost while reading the schema");
    } else if (state == u"42501") {
        code = StoreErrorCode::Unreadable;
        reason = tr("permission denied: %1").arg(what);
    }
    return StoreError { code, {}, reason,
        result ? Postgres::resultMessage(result) : Postgres::errorMessage(connection) };
}

bool isInteger(const ColumnInfo& column)
{
    return column.type == u"int2" || column.type == u"int4" || column.type == u"int8";
}

} // namespace

Expected<StoreSchema, StoreError> PostgresSchema::readCatalogue(PGconn* connection)
{
    // Tables ('r'), views, materialized views, foreign and partitioned tables ('p'), but not
    // partitions: Emmett's emt_messages has one per partition and archive state.
    Postgres::Result list(PQexec(connection,
        "SELECT CASE WHEN n.nspname = ANY (current_schemas(false)) THEN c.relname::text "
        "ELSE n.nspname || '.' || c.relname END, a.attname::text "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p') AND NOT c.relispartition "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
        "ORDER BY 1, a.attnum"));
    if (PQresultStatus(list.get()) != PGRES_TUPLES_OK)
        return queryError(connection, list.get(), tr("cannot read the schema"));
    StoreSchema schema;
    for (int i = 0; i < PQntuples(list.get()); ++i)
        schema.columns[QString::fromUtf8(PQgetvalue(list.get(), i, 0))]
            << QString::fromUtf8(PQgetvalue(list.get(), i, 1));
    return schema;
}

Expected<PostgresSchema, StoreError> PostgresSchema::inspect(
    PGconn* connection, const StoreMapping& mapping, const QString& positionColumn)
{
    using Field = StoreMapping::Field;
    PostgresSchema schema;
    schema.m_mapping = mapping;
    const QByteArray quotedTable = MappingSql::quoted(mapping.table).toUtf8();

    Postgres::Result columnList = query(connection,
        "SELECT a.attname, t.typname, t.typcategory FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        quotedTable);
    if (PQresultStatus(columnList.get()) != PGRES_TUPLES_OK)
        return queryError(connection, columnList.get(), tr("cannot read the columns of '%1'").arg(mapping.table));
    std::map<QString, ColumnInfo> columns;
    for (int i = 0; i < PQntuples(columnList.get()); ++i) {
        columns[QString::fromUtf8(PQgetvalue(columnList.get(), i, 0))]
            = { QString::fromUtf8(PQgetvalue(columnList.get(), i, 1)), PQgetvalue(columnList.get(), i, 2)[0] };
    }
    if (columns.empty()) {
        return StoreError { StoreErrorCode::NoEventsTable, {},
            tr("has no table '%1' the session can read").arg(mapping.table), {} };
    }

    auto integerColumn = [&](const QString& name) {
        const auto found = columns.find(name);
        return found != columns.end() && isInteger(found->second);
    };
    if (!positionColumn.isEmpty()) {
        const auto found = columns.find(positionColumn);
        if (found == columns.end() || !isInteger(found->second)) {
            return StoreError { StoreErrorCode::MissingColumns, {},
                found == columns.end() ? tr("table '%1' has no position column '%2'").arg(mapping.table, positionColumn)
                                       : tr("position column '%1' of table '%2' is not an integer column (it is %3)")
                                             .arg(positionColumn, mapping.table, found->second.type),
                {} };
        }
        schema.m_positionName = positionColumn;
    } else if (mapping.position.compare(u"rowid", Qt::CaseInsensitive) != 0 && !mapping.position.isEmpty()) {
        if (!integerColumn(mapping.position)) {
            return StoreError { StoreErrorCode::MissingColumns, {},
                tr("position column '%1' of table '%2' is not an integer column (named by the mapping's "
                   "\"position\")")
                    .arg(mapping.position, mapping.table),
                {} };
        }
        schema.m_positionName = mapping.position;
    } else {
        for (const char* candidate : { "position", "global_position", "seq_id", "id" }) {
            if (integerColumn(QLatin1String(candidate))) {
                schema.m_positionName = QLatin1String(candidate);
                break;
            }
        }
        if (schema.m_positionName.isEmpty()) {
            return StoreError { StoreErrorCode::MissingColumns, {},
                tr("table '%1' has no position column: events are read in the order of an integer column named "
                   "position, global_position, seq_id or id (name another with ?position=COLUMN)")
                    .arg(mapping.table),
                {} };
        }
    }
    schema.m_mapping.position = schema.m_positionName;

    // A btree whose first key is the position (pg_index lists partitioned indexes too).
    const QByteArray indexed = "SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                               "AND a.attnum = i.indkey[0] WHERE i.indrelid = to_regclass($1) AND a.attname = '"
        + QByteArray(schema.m_positionName.toUtf8()).replace('\'', "''") + "')";
    Postgres::Result index = query(connection, indexed.constData(), quotedTable);
    if (PQresultStatus(index.get()) == PGRES_TUPLES_OK && PQntuples(index.get()) == 1)
        schema.m_positionIndexed = PQgetvalue(index.get(), 0, 0)[0] == 't';

    // A date/time column says what it holds; an epoch format in the mapping cannot apply.
    const auto timestampColumn = columns.find(mapping.timestamp);
    const bool plainTimestamp
        = mapping.jsonPath(Field::Timestamp).isEmpty() && !mapping.lookup(Field::Timestamp).isValid();
    if (plainTimestamp && timestampColumn != columns.end() && timestampColumn->second.category == 'D')
        schema.m_mapping.timestampFormat = TimestampFormat::TimestampTz;

    const MappingSql sql(schema.m_mapping, SqlDialect::PostgreSql);
    constexpr Field kFields[NumColumns] = { Field::EventId /* unused: Position */, Field::EventId, Field::StreamId,
        Field::AggregateType, Field::Version, Field::Type, Field::SchemaVersion, Field::Timestamp, Field::UserId,
        Field::CorrelationId, Field::CausationId, Field::Data, Field::Metadata, Field::Timestamp };
    for (int c = Position + 1; c < NumColumns; ++c) {
        const Field field = kFields[c];
        // Ids, names and payloads are text to the index whatever the table's type (uuid,
        // integer, jsonb …); only the version numbers and the timestamp keep their kind.
        const bool textField = c != Version && c != SchemaVersion && c != Timestamp;
        const bool plain = field != Field::StreamId || schema.m_mapping.streamIdColumns.isEmpty();
        const QString& name = schema.m_mapping.column(field);
        const auto info = columns.find(name);
        if (!schema.m_mapping.hasField(field)) {
            schema.m_expressions[c] = "NULL::text";
            schema.m_wires[c] = Wire::Text;
        } else if (!plain || info == columns.end() || !schema.m_mapping.jsonPath(field).isEmpty()
            || schema.m_mapping.lookup(field).isValid()) {
            // A JSON path (#>> gives text), composed columns or a lookup: read as text.
            schema.m_expressions[c] = "(" + sql.fieldExpression(field).toUtf8() + ")::text";
            schema.m_wires[c] = Wire::Text;
        } else {
            const QByteArray quoted = MappingSql::quoted(name).toUtf8();
            const ColumnInfo& type = info->second;
            if (c == RawTimestamp || textField) {
                schema.m_expressions[c] = quoted + "::text";
                schema.m_wires[c] = Wire::Text;
            } else if (isInteger(type)) {
                schema.m_expressions[c] = quoted + "::int8";
                schema.m_wires[c] = Wire::Int8;
            } else if (type.category == 'N') {
                schema.m_expressions[c] = quoted + "::float8";
                schema.m_wires[c] = Wire::Float8;
            } else if (type.type == u"timestamptz") {
                schema.m_expressions[c]
                    = "to_char(" + quoted + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
                schema.m_wires[c] = Wire::Text;
            } else if (type.type == u"timestamp" || type.type == u"date") {
                // No zone stored: read as UTC, as DESIGN.md says for zone-less text.
                schema.m_expressions[c] = "to_char(" + quoted + "::timestamp, 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
                schema.m_wires[c] = Wire::Text;
            } else {
                schema.m_expressions[c] = quoted + "::text";
                schema.m_wires[c] = Wire::Text;
            }
        }
    }
    schema.m_expressions[Position] = MappingSql::quoted(schema.m_positionName).toUtf8();
    schema.m_wires[Position] = Wire::Int8;
    schema.m_table = quotedTable;
    schema.m_skip = sql.skipCondition().toUtf8();

    // Compared in the column's own type where it is text, so its index serves the lookup.
    const auto eventId = columns.find(schema.m_mapping.eventId);
    if (eventId != columns.end() && schema.m_mapping.jsonPath(Field::EventId).isEmpty()
        && !schema.m_mapping.lookup(Field::EventId).isValid()) {
        schema.m_eventIdCondition
            = MappingSql::quoted(eventId->first).toUtf8() + (eventId->second.category == 'S' ? " = $1" : "::text = $1");
    } else {
        schema.m_eventIdCondition = schema.m_expressions[EventId] + " = $1";
    }

    const SnapshotMapping& s = schema.m_mapping.snapshots;
    if (s.isValid()) {
        auto column = [](const QString& name, const char* cast) {
            return name.isEmpty() ? QByteArray("NULL") : MappingSql::quoted(name).toUtf8() + cast;
        };
        schema.m_snapshotsSql = "SELECT " + column(s.version, "::int8") + ", " + column(s.data, "::text") + ", "
            + column(s.createdAt, "::text") + " FROM " + MappingSql::quoted(s.table).toUtf8() + " WHERE "
            + column(s.streamId, "::text") + " = $1 ORDER BY 1";
    }
    return schema;
}

QByteArray PostgresSchema::selectList(bool withPayload) const
{
    QByteArray list;
    const int count = withPayload ? Metadata + 1 : CausationId + 1;
    for (int c = 0; c < count; ++c) {
        if (c > 0)
            list += ", ";
        list += m_expressions[c];
    }
    return list;
}

QByteArray PostgresSchema::selectSql(qint64 afterPosition, qint64 limit, bool withPayload) const
{
    const QByteArray& position = m_expressions[Position];
    return "SELECT " + selectList(withPayload) + " FROM " + m_table + " WHERE " + position + " > "
        + QByteArray::number(afterPosition) + m_skip + " ORDER BY 1 LIMIT "
        + (limit < 0 ? QByteArray("ALL") : QByteArray::number(limit));
}

QByteArray PostgresSchema::copySql(qint64 afterPosition, qint64 limit, bool withPayload) const
{
    // COPY takes no parameters: the numbers are formatted here, nothing else is inlined.
    return "COPY (" + selectSql(afterPosition, limit, withPayload) + ") TO STDOUT (FORMAT binary)";
}

QByteArray PostgresSchema::lastPositionSql() const
{
    return "SELECT coalesce(max(" + m_expressions[Position] + "), 0)::int8 FROM " + m_table;
}

QByteArray PostgresSchema::anyRowSql() const
{
    return "SELECT 1 FROM " + m_table + (m_skip.isEmpty() ? QByteArray() : " WHERE TRUE" + m_skip) + " LIMIT 1";
}

QByteArray PostgresSchema::readEventSql() const
{
    QByteArray list = selectList(true) + ", " + m_expressions[RawTimestamp];
    return "SELECT " + list + " FROM " + m_table + " WHERE " + m_expressions[Position] + " = $1::int8";
}

QByteArray PostgresSchema::readEventsSql() const
{
    QByteArray list = selectList(true) + ", " + m_expressions[RawTimestamp];
    return "SELECT " + list + " FROM " + m_table + " WHERE " + m_expressions[Position]
        + " = ANY($1::int8[]) ORDER BY 1";
}

QByteArray PostgresSchema::findEventSql() const
{
    return "SELECT " + m_expressions[Position] + " FROM " + m_table + " WHERE " + m_eventIdCondition + m_skip
        + " ORDER BY 1 LIMIT 1";
}

QByteArray PostgresSchema::snapshotsSql() const
{
    return m_snapshotsSql;
}

} // namespace Chronoscope
