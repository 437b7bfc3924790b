// SPDX-License-Identifier: MIT
#include "postgresschema.h"

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

QByteArray quoteIdentifier(PGconn* connection, const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    char* quoted = PQescapeIdentifier(connection, utf8.constData(), static_cast<size_t>(utf8.size()));
    const QByteArray result(quoted);
    PQfreemem(quoted);
    return result;
}

} // namespace

Expected<PostgresSchema, StoreError> PostgresSchema::inspect(
    PGconn* connection, const StoreMapping& mapping, const QString& positionColumn)
{
    PostgresSchema schema;
    schema.m_mapping = mapping;

    // to_regclass resolves the name as a query would (search_path, quoting), and is null,
    // not an error, when there is no such table.
    Postgres::Result table = query(connection,
        "SELECT c.oid::regclass::text, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.oid = to_regclass($1)",
        mapping.table.toUtf8());
    if (PQresultStatus(table.get()) != PGRES_TUPLES_OK)
        return queryError(connection, table.get(), tr("cannot read the schema"));
    if (PQntuples(table.get()) == 0) {
        Postgres::Result list(PQexec(connection,
            "SELECT CASE WHEN table_schema = current_schema() THEN table_name ELSE table_schema || '.' || table_name "
            "END FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
            "ORDER BY 1 LIMIT 20"));
        QStringList found;
        for (int i = 0; PQresultStatus(list.get()) == PGRES_TUPLES_OK && i < PQntuples(list.get()); ++i)
            found << QString::fromUtf8(PQgetvalue(list.get(), i, 0));
        const QString what = found.isEmpty() ? tr("no tables at all") : tr("found: %1").arg(found.join(u", "));
        return StoreError { StoreErrorCode::NoEventsTable, {}, tr("has no '%1' table (%2)").arg(mapping.table, what),
            {} };
    }
    schema.m_table = PQgetvalue(table.get(), 0, 0);
    const QString schemaName = QString::fromUtf8(PQgetvalue(table.get(), 0, 1));

    Postgres::Result columnList = query(connection,
        "SELECT a.attname, t.typname, t.typcategory FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        mapping.table.toUtf8());
    if (PQresultStatus(columnList.get()) != PGRES_TUPLES_OK)
        return queryError(connection, columnList.get(), tr("cannot read the columns of '%1'").arg(mapping.table));
    std::map<QString, ColumnInfo> columns;
    for (int i = 0; i < PQntuples(columnList.get()); ++i) {
        columns[QString::fromUtf8(PQgetvalue(columnList.get(), i, 0))]
            = { QString::fromUtf8(PQgetvalue(columnList.get(), i, 1)), PQgetvalue(columnList.get(), i, 2)[0] };
    }

    // The same required columns as an SQLite store; the others are optional.
    QStringList missing;
    for (QString StoreMapping::*field : { &StoreMapping::eventId, &StoreMapping::streamId, &StoreMapping::version,
             &StoreMapping::type, &StoreMapping::timestamp, &StoreMapping::data }) {
        if ((mapping.*field).isEmpty() || !columns.count(mapping.*field))
            missing << (mapping.*field);
    }
    if (!missing.isEmpty()) {
        missing.removeAll(QString());
        return StoreError { StoreErrorCode::MissingColumns, {},
            tr("table '%1' lacks the required column(s) %2").arg(mapping.table, missing.join(u", ")), {} };
    }
    for (QString StoreMapping::*field :
        { &StoreMapping::aggregateType, &StoreMapping::schemaVersion, &StoreMapping::userId,
            &StoreMapping::correlationId, &StoreMapping::causationId, &StoreMapping::metadata }) {
        if (!columns.count(schema.m_mapping.*field))
            (schema.m_mapping.*field).clear();
    }

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
    } else {
        for (const char* candidate : { "position", "global_position", "seq_id", "id" }) {
            const auto found = columns.find(QLatin1String(candidate));
            if (found != columns.end() && isInteger(found->second)) {
                schema.m_positionName = found->first;
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

    const QString* names[NumColumns] = { &schema.m_positionName, &schema.m_mapping.eventId, &schema.m_mapping.streamId,
        &schema.m_mapping.aggregateType, &schema.m_mapping.version, &schema.m_mapping.type,
        &schema.m_mapping.schemaVersion, &schema.m_mapping.timestamp, &schema.m_mapping.userId,
        &schema.m_mapping.correlationId, &schema.m_mapping.causationId, &schema.m_mapping.data,
        &schema.m_mapping.metadata, &schema.m_mapping.timestamp };
    for (int c = 0; c < NumColumns; ++c) {
        const QString& name = *names[c];
        if (name.isEmpty()) {
            schema.m_expressions[c] = "NULL::text";
            schema.m_wires[c] = Wire::Text;
            continue;
        }
        const ColumnInfo& info = columns.at(name);
        const QByteArray quoted = quoteIdentifier(connection, name);
        // Ids, names and payloads are text to the index whatever the table's type (uuid,
        // integer, jsonb …); only the version numbers and the timestamp keep their kind.
        const bool textField = c != Position && c != Version && c != SchemaVersion && c != Timestamp;
        if (c == RawTimestamp || textField) {
            schema.m_expressions[c] = quoted + "::text";
            schema.m_wires[c] = Wire::Text;
        } else if (isInteger(info)) {
            schema.m_expressions[c] = quoted + "::int8";
            schema.m_wires[c] = Wire::Int8;
        } else if (info.category == 'N') {
            schema.m_expressions[c] = quoted + "::float8";
            schema.m_wires[c] = Wire::Float8;
        } else if (info.type == u"timestamptz") {
            schema.m_expressions[c] = "to_char(" + quoted + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
            schema.m_wires[c] = Wire::Text;
        } else if (info.type == u"timestamp" || info.type == u"date") {
            // No zone stored: read as UTC, as DESIGN.md says for zone-less text.
            schema.m_expressions[c] = "to_char(" + quoted + "::timestamp, 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
            schema.m_wires[c] = Wire::Text;
        } else {
            schema.m_expressions[c] = quoted + "::text";
            schema.m_wires[c] = Wire::Text;
        }
    }
    schema.m_expressions[Position] = quoteIdentifier(connection, schema.m_positionName);
    schema.m_eventIdIsText = columns.at(schema.m_mapping.eventId).category == 'S';
    schema.m_eventIdColumn = quoteIdentifier(connection, schema.m_mapping.eventId);

    // The seed schema's snapshots live beside the events, in the same schema.
    Postgres::Result snapshots = query(connection,
        "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = $1 AND c.relname = 'snapshots' AND c.relkind IN ('r', 'v', 'p', 'm')",
        schemaName.toUtf8());
    if (PQresultStatus(snapshots.get()) == PGRES_TUPLES_OK && PQntuples(snapshots.get()) == 1)
        schema.m_snapshotsTable = PQgetvalue(snapshots.get(), 0, 0);
    else
        schema.m_mapping.snapshots = {}; // as MappingDetector says of an SQLite store without one
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
        + QByteArray::number(afterPosition) + " ORDER BY " + position + " LIMIT "
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
    return "SELECT 1 FROM " + m_table + " LIMIT 1";
}

QByteArray PostgresSchema::readEventSql() const
{
    QByteArray list = selectList(true) + ", " + m_expressions[RawTimestamp];
    return "SELECT " + list + " FROM " + m_table + " WHERE " + m_expressions[Position] + " = $1::int8";
}

QByteArray PostgresSchema::readEventsSql() const
{
    QByteArray list = selectList(true) + ", " + m_expressions[RawTimestamp];
    return "SELECT " + list + " FROM " + m_table + " WHERE " + m_expressions[Position] + " = ANY($1::int8[]) ORDER BY "
        + m_expressions[Position];
}

QByteArray PostgresSchema::findEventSql() const
{
    // Compared in the column's own type where it is text, so its index serves the lookup.
    const QByteArray condition = m_eventIdColumn + (m_eventIdIsText ? " = $1" : "::text = $1");
    return "SELECT " + m_expressions[Position] + " FROM " + m_table + " WHERE " + condition + " ORDER BY "
        + m_expressions[Position] + " LIMIT 1";
}

QByteArray PostgresSchema::snapshotsSql() const
{
    return "SELECT aggregate_version::int8, snapshot_data::text, created_date::text FROM " + m_snapshotsTable
        + " WHERE aggregate_id = $1 ORDER BY aggregate_version";
}

} // namespace Chronoscope
