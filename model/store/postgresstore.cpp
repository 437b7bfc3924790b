// SPDX-License-Identifier: MIT
#include "postgresstore.h"

#include "lastrowidwatch.h"
#include "mappingdetector.h"
#include "mappingfile.h"
#include "mappingsql.h"
#include "postgresnotifywatch.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <cstring>
#include <limits>
#include <unordered_map>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::PostgresStore", text);
}

constexpr char kReadEventStatement[] = "chronoscope_read_event";
constexpr char kCopySignature[] = "PGCOPY\n\377\r\n"; // followed by a zero byte: 11 bytes
constexpr int kCopyHeaderSize = 11 + 4 + 4; // signature, flags, header extension length
// Stopping a COPY early: up to this many rows left are cheaper to read than a cancel.
constexpr qint64 kDrainRows = 100'000;

struct Cell
{
    const char* data = nullptr;
    int length = -1; ///< -1: NULL
};

RawValue rawValue(PostgresSchema::Wire wire, Cell cell)
{
    RawValue value;
    if (cell.length < 0)
        return value;
    switch (wire) {
    case PostgresSchema::Wire::Int8:
        if (cell.length == 8) {
            value.kind = RawValue::Kind::Integer;
            value.integer = Postgres::readInt64(cell.data);
        }
        break;
    case PostgresSchema::Wire::Float8:
        if (cell.length == 8) {
            value.kind = RawValue::Kind::Real;
            value.real = Postgres::readFloat64(cell.data);
        }
        break;
    case PostgresSchema::Wire::Text:
        value.kind = RawValue::Kind::Text;
        value.text = { cell.data, static_cast<std::size_t>(cell.length) };
        break;
    }
    return value;
}

std::string_view text(Cell cell)
{
    return cell.length < 0 ? std::string_view() : std::string_view(cell.data, static_cast<std::size_t>(cell.length));
}

QString string(Cell cell)
{
    return QString::fromUtf8(cell.data, cell.length < 0 ? 0 : cell.length);
}

// Fills `row` from cells in PostgresSchema's column order.
void fillRow(const PostgresSchema& schema, const Cell* cells, bool withPayload, RawEventRow& row)
{
    using S = PostgresSchema;
    const RawValue position = rawValue(S::Wire::Int8, cells[S::Position]);
    row.rowId = position.integer;
    row.eventId = text(cells[S::EventId]);
    row.streamId = text(cells[S::StreamId]);
    row.aggregateType = text(cells[S::AggregateType]);
    row.version = rawValue(schema.wire(S::Version), cells[S::Version]);
    row.type = text(cells[S::Type]);
    row.schemaVersion = rawValue(schema.wire(S::SchemaVersion), cells[S::SchemaVersion]);
    row.timestamp = rawValue(schema.wire(S::Timestamp), cells[S::Timestamp]);
    row.userId = text(cells[S::UserId]);
    row.correlationId = text(cells[S::CorrelationId]);
    row.causationId = text(cells[S::CausationId]);
    if (withPayload) {
        row.data = text(cells[S::Data]);
        row.metadata = text(cells[S::Metadata]);
    }
}

Cell resultCell(const PGresult* result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    return { PQgetvalue(result, row, column), PQgetlength(result, row, column) };
}

bool isConnectionLoss(const QString& sqlState)
{
    // 08: connection exception; 57P01-57P03: administrator, crash or startup shutdown.
    return sqlState.startsWith(u"08") || sqlState.startsWith(u"57P");
}

} // namespace

PostgresStore::~PostgresStore() = default;

StoreError PostgresStore::error(StoreErrorCode code, const QString& reason, const QString& detail) const
{
    return StoreError { code, m_source, reason, detail };
}

Expected<std::unique_ptr<PostgresStore>, StoreError> PostgresStore::open(const QString& spec)
{
    std::unique_ptr<PostgresStore> store(new PostgresStore);
    store->m_spec = spec;
    auto info = PostgresConnInfo::parse(spec);
    if (!info)
        return StoreError { StoreErrorCode::NotADatabase, PostgresConnInfo::withoutPassword(spec), info.error(), {} };
    store->m_info = *info;
    store->m_source = info->displayUrl();

    if (auto problem = store->connect())
        return *problem;
    auto mapping = store->resolveMapping();
    if (!mapping)
        return mapping.error();
    auto schema = PostgresSchema::inspect(store->m_connection.get(), *mapping, info->positionColumn());
    if (!schema) {
        StoreError failure = schema.error();
        failure.source = store->m_source;
        return failure;
    }
    store->m_schema = std::move(schema).value();

    // The first read of the table: permission problems show here, with the table's name.
    Postgres::Result any = store->exec(store->m_schema->anyRowSql());
    if (PQresultStatus(any.get()) != PGRES_TUPLES_OK)
        return store->queryError(any.get(), tr("cannot read table '%1'").arg(mapping->table));
    if (PQntuples(any.get()) == 0) {
        return store->error(StoreErrorCode::Empty,
            mapping->skip.isEmpty()
                ? tr("contains no events (table '%1' is empty)").arg(mapping->table)
                : tr("contains no events (table '%1' has no rows the mapping's skip rules keep)").arg(mapping->table));
    }
    return store;
}

Expected<StoreMapping, StoreError> PostgresStore::resolveMapping() const
{
    auto withSource = [this](StoreError failure) {
        failure.source = m_source;
        return failure;
    };
    auto catalogue = PostgresSchema::readCatalogue(m_connection.get());
    if (!catalogue)
        return withSource(catalogue.error());
    const QString table = m_info.table();
    if (m_info.mappingName().isEmpty()) {
        auto detected = table.isEmpty() ? MappingDetector::detect(*catalogue, SqlDialect::PostgreSql)
                                        : MappingDetector::detectTable(*catalogue, table, SqlDialect::PostgreSql);
        if (!detected)
            return withSource(detected.error());
        return detected;
    }
    auto given = MappingFile::resolve(m_info.mappingName(), SqlDialect::PostgreSql);
    if (!given)
        return given.error(); // names the mapping file, not the store
    StoreMapping mapping = std::move(given).value();
    const bool unchangedPreset = mapping == StoreMapping::preset(mapping.name, SqlDialect::PostgreSql);
    if (!table.isEmpty())
        mapping.table = table;
    if (unchangedPreset) {
        // A preset names optional columns (Marten's headers, Emmett's archive flag) a store
        // may not have; as when detected, those read as empty.
        auto fitted = MappingDetector::fit(std::move(mapping), *catalogue);
        if (!fitted)
            return withSource(fitted.error());
        return fitted;
    }
    if (auto problem = MappingDetector::validate(mapping, *catalogue))
        return withSource(*problem);
    return mapping;
}

std::optional<StoreError> PostgresStore::connect()
{
    {
        QMutexLocker locker(&m_cancelMutex);
        m_cancel.reset();
    }
    m_readEventPrepared = false;
    const auto parameters = m_info.connectParameters(kDefaultStatementTimeoutMs);
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_connection.reset(PQconnectdbParams(keywords.data(), values.data(), 0));
    if (!m_connection)
        return error(StoreErrorCode::QueryFailed, tr("cannot connect (out of memory)"));
    if (PQstatus(m_connection.get()) != CONNECTION_OK)
        return connectionError();
    // libpq prints server notices (and the FATAL of a terminated session) on stderr by
    // default; what matters reaches the user as a StoreError instead.
    PQsetNoticeProcessor(
        m_connection.get(), [](void*, const char*) {}, nullptr);

    // The session is read-only from its startup options; this says it once more in SQL,
    // then checks that the server agrees before anything else is sent.
    Postgres::Result readOnly(PQexec(m_connection.get(), "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    if (PQresultStatus(readOnly.get()) != PGRES_COMMAND_OK)
        return queryError(readOnly.get(), tr("cannot make the session read-only"));
    Postgres::Result show(PQexec(m_connection.get(), "SHOW transaction_read_only"));
    if (PQresultStatus(show.get()) != PGRES_TUPLES_OK || PQntuples(show.get()) != 1
        || std::strcmp(PQgetvalue(show.get(), 0, 0), "on") != 0) {
        return error(StoreErrorCode::QueryFailed, tr("the server did not make the session read-only; not reading"));
    }
    QMutexLocker locker(&m_cancelMutex);
    m_cancel.reset(PQgetCancel(m_connection.get()));
    return std::nullopt;
}

std::optional<StoreError> PostgresStore::ensureConnected()
{
    if (m_connection && PQstatus(m_connection.get()) == CONNECTION_OK)
        return std::nullopt;
    return connect();
}

StoreError PostgresStore::connectionError() const
{
    const QString message = Postgres::errorMessage(m_connection.get());
    const QString user = m_info.value("user");
    const QString host = m_info.value("host").isEmpty() ? QStringLiteral("localhost") : m_info.value("host");
    const QString port = m_info.value("port").isEmpty() ? QStringLiteral("5432") : m_info.value("port");
    auto has = [&](const char* text) { return message.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed")
        || has("password is required") || (has("role \"") && has("does not exist"))) {
        return error(StoreErrorCode::AuthenticationFailed,
            user.isEmpty() ? tr("authentication failed") : tr("authentication failed for user '%1'").arg(user),
            message);
    }
    if (has("database \"") && has("does not exist")) {
        return error(
            StoreErrorCode::FileMissing, tr("database '%1' does not exist").arg(m_info.value("dbname")), message);
    }
    if (has("could not connect") || has("connection refused") || has("timeout expired")
        || has("could not translate host name") || has("no such file or directory") || has("server closed")
        || has("the database system is")) {
        return error(StoreErrorCode::ServerUnreachable,
            tr("cannot connect to the PostgreSQL server at %1 port %2 (is it running and accepting connections?)")
                .arg(host, port),
            message);
    }
    return error(StoreErrorCode::QueryFailed, tr("cannot connect to the PostgreSQL server"), message);
}

StoreError PostgresStore::queryError(const PGresult* result, const QString& what) const
{
    const QString state = Postgres::sqlState(result);
    const QString detail = result && PQresultStatus(result) == PGRES_FATAL_ERROR
        ? Postgres::resultMessage(result)
        : Postgres::errorMessage(m_connection.get());
    if (PQstatus(m_connection.get()) == CONNECTION_BAD || isConnectionLoss(state))
        return error(StoreErrorCode::ConnectionLost, tr("the connection to the server was lost: %1").arg(what), detail);
    if (state == u"57014") {
        if (detail.contains(u"statement timeout"))
            return error(StoreErrorCode::QueryFailed,
                tr("a query took longer than the statement timeout: %1").arg(what), detail);
        return error(StoreErrorCode::Cancelled, tr("reading was cancelled"), detail);
    }
    if (state == u"42501")
        return error(StoreErrorCode::Unreadable, tr("permission denied: %1").arg(what), detail);
    if (state == u"42P01")
        return error(StoreErrorCode::NoEventsTable, tr("a table is missing: %1").arg(what), detail);
    if (state == u"42703")
        return error(StoreErrorCode::MissingColumns, tr("a column is missing: %1").arg(what), detail);
    return error(StoreErrorCode::QueryFailed, what, detail);
}

Postgres::Result PostgresStore::exec(const QByteArray& sql, std::initializer_list<QByteArray> parameters)
{
    std::vector<const char*> values;
    for (const QByteArray& parameter : parameters)
        values.push_back(parameter.constData());
    // Binary results: integers arrive as int8, text as its bytes, nothing to parse.
    return Postgres::Result(PQexecParams(m_connection.get(), sql.constData(), static_cast<int>(values.size()), nullptr,
        values.data(), nullptr, nullptr, 1));
}

Expected<qint64, StoreError> PostgresStore::lastRowId()
{
    if (auto problem = ensureConnected())
        return *problem;
    Postgres::Result result = exec(m_schema->lastPositionSql());
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1)
        return queryError(result.get(), tr("cannot find the last event"));
    return rawValue(PostgresSchema::Wire::Int8, resultCell(result.get(), 0, 0)).integer;
}

Expected<QString, StoreError> PostgresStore::setting(const QByteArray& name)
{
    if (auto problem = ensureConnected())
        return *problem;
    Postgres::Result result = exec("SELECT current_setting($1)", { name });
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1)
        return queryError(result.get(), tr("cannot read the setting %1").arg(QString::fromUtf8(name)));
    return string(resultCell(result.get(), 0, 0));
}

Expected<qint64, StoreError> PostgresStore::scan(qint64 afterRowId, qint64 limit, RowSink& sink)
{
    return copyRows(afterRowId, limit, sink, false);
}

Expected<qint64, StoreError> PostgresStore::scanWithPayloads(qint64 afterRowId, qint64 limit, RowSink& sink)
{
    return copyRows(afterRowId, limit, sink, true);
}

Expected<qint64, StoreError> PostgresStore::copyRows(qint64 afterRowId, qint64 limit, RowSink& sink, bool withPayload)
{
    if (auto problem = ensureConnected())
        return *problem;
    PGconn* connection = m_connection.get();
    Postgres::Result started(PQexec(connection, m_schema->copySql(afterRowId, limit, withPayload).constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_OUT)
        return queryError(started.get(), tr("cannot read the events after position %1").arg(afterRowId));
    started.reset();

    const int fields = withPayload ? PostgresSchema::Metadata + 1 : PostgresSchema::CausationId + 1;
    Cell cells[PostgresSchema::NumColumns];
    RawEventRow row;
    qint64 delivered = 0;
    qint64 lastPosition = afterRowId;
    bool headerRead = false;
    auto lost = [&](const PGresult* result) {
        StoreError failure = queryError(result,
            tr("reading stopped after position %1 (%2 events read in this query)").arg(lastPosition).arg(delivered));
        return failure;
    };
    while (true) {
        char* raw = nullptr;
        const int size = PQgetCopyData(connection, &raw, 0);
        if (size == -1)
            break;
        if (size < 0) {
            StoreError failure = lost(nullptr);
            while (Postgres::Result more { PQgetResult(connection) }) { }
            return failure;
        }
        const Postgres::CopyBuffer buffer(raw);
        const char* p = raw;
        const char* end = raw + size;
        if (!headerRead) {
            // The binary header arrives with (or as) the first message.
            if (size >= kCopyHeaderSize && std::memcmp(p, kCopySignature, 11) == 0)
                p += kCopyHeaderSize + Postgres::readInt32(p + 15);
            headerRead = true;
            if (p >= end)
                continue;
        }
        if (end - p < 2)
            continue;
        const qint16 count = Postgres::readInt16(p);
        p += 2;
        if (count == -1)
            continue; // the trailer
        if (count != fields) {
            stopCopy(true);
            return error(StoreErrorCode::QueryFailed, tr("the server sent rows of an unexpected shape"));
        }
        for (int c = 0; c < fields; ++c) {
            const qint32 length = end - p >= 4 ? Postgres::readInt32(p) : std::numeric_limits<qint32>::max();
            p += 4;
            if (length > end - p) {
                stopCopy(true);
                return error(StoreErrorCode::QueryFailed, tr("the server sent a truncated row"));
            }
            cells[c] = { p, length };
            p += std::max<qint32>(length, 0);
        }
        fillRow(*m_schema, cells, withPayload, row);
        lastPosition = row.rowId;
        ++delivered;
        if (!sink.row(row)) {
            stopCopy(limit < 0 || limit - delivered > kDrainRows);
            return delivered;
        }
    }
    Postgres::Result finished(PQgetResult(connection));
    const bool ok = PQresultStatus(finished.get()) == PGRES_COMMAND_OK;
    std::optional<StoreError> failure;
    if (!ok)
        failure = lost(finished.get());
    finished.reset();
    while (Postgres::Result more { PQgetResult(connection) }) { }
    if (failure)
        return *failure;
    return delivered;
}

void PostgresStore::stopCopy(bool cancel)
{
    PGconn* connection = m_connection.get();
    if (cancel)
        interrupt();
    char* raw = nullptr;
    int size;
    while ((size = PQgetCopyData(connection, &raw, 0)) >= 0) {
        PQfreemem(raw);
        raw = nullptr;
    }
    // The COPY's own result (an error when it was cancelled), then the end.
    while (Postgres::Result more { PQgetResult(connection) }) { }
}

Expected<Event, StoreError> PostgresStore::readEvent(qint64 rowId)
{
    if (auto problem = ensureConnected())
        return *problem;
    if (!m_readEventPrepared) {
        Postgres::Result prepared(
            PQprepare(m_connection.get(), kReadEventStatement, m_schema->readEventSql().constData(), 1, nullptr));
        if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
            return queryError(prepared.get(), tr("cannot read events"));
        m_readEventPrepared = true;
    }
    const QByteArray position = QByteArray::number(rowId);
    const char* values[] = { position.constData() };
    Postgres::Result result(PQexecPrepared(m_connection.get(), kReadEventStatement, 1, values, nullptr, nullptr, 1));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return queryError(result.get(), tr("cannot read the event at position %1").arg(rowId));
    if (PQntuples(result.get()) == 0)
        return error(StoreErrorCode::QueryFailed, tr("has no event at position %1").arg(rowId));

    return eventAt(result.get(), 0);
}

Expected<std::vector<Event>, StoreError> PostgresStore::readEvents(std::span<const qint64> rowIds)
{
    std::vector<Event> events;
    if (rowIds.empty())
        return events;
    if (auto problem = ensureConnected())
        return *problem;
    QByteArray array = "{";
    for (qint64 rowId : rowIds)
        array += QByteArray::number(rowId) + ',';
    array.back() = '}';
    Postgres::Result result = exec(m_schema->readEventsSql(), { array });
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return queryError(result.get(), tr("cannot read %1 events from position %2").arg(rowIds.size()).arg(rowIds[0]));
    // Rows come by position; the caller's order is usually the same, but need not be.
    std::unordered_map<qint64, int> rowOf;
    rowOf.reserve(static_cast<std::size_t>(PQntuples(result.get())));
    for (int i = 0; i < PQntuples(result.get()); ++i)
        rowOf.emplace(rawValue(PostgresSchema::Wire::Int8, resultCell(result.get(), i, 0)).integer, i);
    events.reserve(rowIds.size());
    for (qint64 rowId : rowIds) {
        const auto found = rowOf.find(rowId);
        if (found == rowOf.end())
            return error(StoreErrorCode::QueryFailed, tr("has no event at position %1").arg(rowId));
        events.push_back(eventAt(result.get(), found->second));
    }
    return events;
}

Event PostgresStore::eventAt(const PGresult* result, int index) const
{
    Cell cells[PostgresSchema::NumColumns];
    for (int c = 0; c < PostgresSchema::NumColumns; ++c)
        cells[c] = resultCell(result, index, c);
    RawEventRow row;
    fillRow(*m_schema, cells, true, row);
    auto toString
        = [](std::string_view view) { return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size())); };
    auto integer = [](const RawValue& value, qint64 fallback) {
        if (value.kind == RawValue::Kind::Integer)
            return value.integer;
        if (value.kind == RawValue::Kind::Real)
            return static_cast<qint64>(value.real);
        if (value.kind == RawValue::Kind::Text)
            return QByteArray(value.text.data(), static_cast<qsizetype>(value.text.size())).toLongLong();
        return fallback;
    };
    Event event;
    event.eventId = toString(row.eventId);
    event.streamId = toString(row.streamId);
    // Derived from the stream id where the store has none (Marten's nullable mt_streams.type),
    // as the index derives it.
    event.aggregateType = toString(m_schema->mapping().aggregateType.isEmpty() || row.aggregateType.empty()
            ? aggregateTypeFromStreamId(row.streamId)
            : row.aggregateType);
    event.version = integer(row.version, 0);
    event.type = toString(row.type);
    event.schemaVersion = static_cast<int>(integer(row.schemaVersion, 1));
    event.rawTimestamp = string(cells[PostgresSchema::RawTimestamp]);
    event.timestamp = parseTimestamp(row.timestamp, m_schema->mapping().timestampFormat);
    event.userId = toString(row.userId);
    event.correlationId = toString(row.correlationId);
    event.causationId = toString(row.causationId);
    event.data = QByteArray(row.data.data(), static_cast<qsizetype>(row.data.size()));
    event.metadata = QByteArray(row.metadata.data(), static_cast<qsizetype>(row.metadata.size()));
    return event;
}

Expected<qint64, StoreError> PostgresStore::rowIdOfEvent(std::string_view eventId)
{
    if (auto problem = ensureConnected())
        return *problem;
    Postgres::Result result
        = exec(m_schema->findEventSql(), { QByteArray(eventId.data(), static_cast<qsizetype>(eventId.size())) });
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return queryError(result.get(), tr("cannot look up events by id"));
    if (PQntuples(result.get()) == 0)
        return qint64(-1);
    return rawValue(PostgresSchema::Wire::Int8, resultCell(result.get(), 0, 0)).integer;
}

Expected<std::vector<StoredSnapshot>, StoreError> PostgresStore::snapshots(const QString& streamId)
{
    std::vector<StoredSnapshot> list;
    if (!m_schema->hasSnapshots())
        return list;
    if (auto problem = ensureConnected())
        return *problem;
    Postgres::Result result = exec(m_schema->snapshotsSql(), { streamId.toUtf8() });
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return queryError(result.get(),
            tr("cannot read the snapshots table (it needs aggregate_id, aggregate_version, snapshot_data and "
               "created_date)"));
    for (int i = 0; i < PQntuples(result.get()); ++i) {
        const Cell data = resultCell(result.get(), i, 1);
        list.push_back({ rawValue(PostgresSchema::Wire::Int8, resultCell(result.get(), i, 0)).integer,
            QByteArray(data.data, std::max(data.length, 0)), string(resultCell(result.get(), i, 2)) });
    }
    return list;
}

Expected<std::unique_ptr<EventStore>, StoreError> PostgresStore::clone() const
{
    auto other = open(m_spec);
    if (!other)
        return other.error();
    return std::unique_ptr<EventStore>(std::move(other).value());
}

Expected<StoreWatchPtr, StoreError> PostgresStore::watch() const
{
    auto other = open(m_spec);
    if (!other)
        return other.error();
    std::unique_ptr<PostgresStore> connection = std::move(other).value();
    const auto installed = connection->hasNotifyTrigger();
    if (!installed)
        return installed.error();
    if (!*installed)
        return StoreWatchPtr(std::make_unique<LastRowIdWatch>(std::move(connection)));
    if (auto problem = connection->listen())
        return *problem;
    return StoreWatchPtr(std::make_unique<PostgresNotifyWatch>(std::move(connection)));
}

Expected<bool, StoreError> PostgresStore::hasNotifyTrigger()
{
    if (auto problem = ensureConnected())
        return *problem;
    Postgres::Result result = exec("SELECT n.nspname || '.' || c.relname, EXISTS (SELECT 1 FROM pg_trigger t "
                                   "WHERE t.tgrelid = c.oid AND t.tgname = 'chronoscope_notify_append' AND "
                                   "t.tgenabled <> 'D') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.oid = to_regclass($1)",
        { MappingSql::quoted(m_schema->mapping().table).toUtf8() });
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return queryError(result.get(), tr("cannot look for the live-follow trigger"));
    if (PQntuples(result.get()) != 1)
        return false;
    m_qualifiedTable = QByteArray(PQgetvalue(result.get(), 0, 0), PQgetlength(result.get(), 0, 0));
    // A bool in a binary result is one byte.
    return PQgetlength(result.get(), 0, 1) == 1 && PQgetvalue(result.get(), 0, 1)[0] == 1;
}

std::optional<StoreError> PostgresStore::listen()
{
    if (auto problem = ensureConnected())
        return problem;
    const QByteArray sql = QByteArray("LISTEN ") + PostgresNotifyWatch::kChannel;
    Postgres::Result result(PQexec(m_connection.get(), sql.constData()));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return queryError(result.get(), tr("cannot listen for notifications"));
    return std::nullopt;
}

Expected<bool, StoreError> PostgresStore::takeNotifications()
{
    PGconn* connection = m_connection.get();
    if (!connection || PQstatus(connection) != CONNECTION_OK || PQconsumeInput(connection) == 0) {
        // Reopen once; what was appended meanwhile is read because the answer is "changed".
        if (auto problem = connect())
            return *problem;
        if (auto problem = listen())
            return *problem;
        return true;
    }
    bool named = false;
    while (PGnotify* notification = PQnotifies(connection)) {
        named = named || m_qualifiedTable.isEmpty() || m_qualifiedTable == notification->extra;
        PQfreemem(notification);
    }
    return named;
}

void PostgresStore::interrupt()
{
    // PQcancel is documented as safe to call from another thread (and from signal handlers).
    QMutexLocker locker(&m_cancelMutex);
    if (!m_cancel)
        return;
    char message[256];
    PQcancel(m_cancel.get(), message, sizeof message);
}

} // namespace Chronoscope
