// SPDX-License-Identifier: MIT
#include "sqlitestore.h"

#include "sqlitedataversionwatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <array>

#include <fcntl.h>
#include <unistd.h>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::SqliteStore", text);
}

constexpr std::array<char, 16> kSqliteMagic
    = { 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0' };
constexpr int kHeaderSize = 100;
constexpr int kWalFormat = 2; // header bytes 18 and 19: 1 = rollback journal, 2 = WAL
constexpr int kBusyTimeoutMs = 2000;

// Columns a seed-like table must have; the others are optional and read as NULL.
struct RequiredColumn
{
    QString StoreMapping::*field;
    const char* name;
};

StoreErrorCode codeFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return StoreErrorCode::NotADatabase;
    case SQLITE_CORRUPT:
        return StoreErrorCode::Corrupt;
    case SQLITE_INTERRUPT:
        return StoreErrorCode::Cancelled;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StoreErrorCode::Unreadable;
    default:
        return StoreErrorCode::QueryFailed;
    }
}

QString reasonFor(StoreErrorCode code)
{
    switch (code) {
    case StoreErrorCode::NotADatabase:
        return tr("is not an SQLite database");
    case StoreErrorCode::Corrupt:
        return tr("is corrupt (the database disk image is malformed)");
    case StoreErrorCode::Cancelled:
        return tr("reading was cancelled");
    case StoreErrorCode::Unreadable:
        return tr("cannot be opened for reading");
    default:
        return tr("a query failed");
    }
}

RawValue rawValue(sqlite3_stmt* statement, int column)
{
    RawValue value;
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        value.kind = RawValue::Kind::Integer;
        value.integer = sqlite3_column_int64(statement, column);
        break;
    case SQLITE_FLOAT:
        value.kind = RawValue::Kind::Real;
        value.real = sqlite3_column_double(statement, column);
        break;
    case SQLITE_NULL:
        break;
    default:
        value.kind = RawValue::Kind::Text;
        value.text = Sqlite::columnText(statement, column);
        break;
    }
    return value;
}

} // namespace

const char* sqliteLibraryVersion()
{
    return sqlite3_libversion();
}

SqliteStore::~SqliteStore() = default;

StoreError SqliteStore::error(StoreErrorCode code, const QString& reason) const
{
    return StoreError { code, m_path, reason, {} };
}

StoreError SqliteStore::sqliteError(const QString& what) const
{
    const int code = sqlite3_extended_errcode(m_db.get());
    const StoreErrorCode mapped = codeFor(code);
    QString reason = reasonFor(mapped);
    if (mapped == StoreErrorCode::QueryFailed && !what.isEmpty())
        reason = what;
    return StoreError { mapped, m_path, reason, Sqlite::errorMessage(m_db.get()) };
}

Expected<std::unique_ptr<SqliteStore>, StoreError> SqliteStore::open(const QString& path)
{
    std::unique_ptr<SqliteStore> store(new SqliteStore);
    store->m_path = path;
    auto fail = [&](StoreErrorCode code, const QString& reason) { return store->error(code, reason); };

    // Cheap checks first: each gives a precise reason before SQLite says something vaguer.
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(StoreErrorCode::FileMissing, tr("no store given"));
    if (!info.exists())
        return fail(StoreErrorCode::FileMissing, tr("does not exist"));
    if (info.isDir())
        return fail(StoreErrorCode::NotAFile, tr("is a directory, not an SQLite file"));
    if (!info.isFile())
        return fail(StoreErrorCode::NotAFile, tr("is not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(StoreErrorCode::Unreadable, tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray header = file.read(kHeaderSize);
    file.close();
    if (header.isEmpty())
        return fail(StoreErrorCode::NotADatabase, tr("is empty (0 bytes), not an SQLite database"));
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kSqliteMagic.data(), kSqliteMagic.size())))
        return fail(StoreErrorCode::NotADatabase, tr("is not an SQLite database (no SQLite header)"));

    store->m_canonicalPath = info.canonicalFilePath();
    const bool wal = header.at(18) == kWalFormat || header.at(19) == kWalFormat;
    if (wal) {
        // SQLite needs -wal and -shm beside a WAL store, even to read it. Where they are
        // absent (no writer has it open) and cannot be created, read it as immutable.
        const bool sideFilesExist
            = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
        // faccessat with AT_EACCESS asks with the effective user, as SQLite will create them.
        const QByteArray folder = QFile::encodeName(info.absolutePath());
        const bool folderWritable = faccessat(AT_FDCWD, folder.constData(), W_OK, AT_EACCESS) == 0;
        store->m_immutable = !sideFilesExist && !folderWritable;
    }

    QUrl url = QUrl::fromLocalFile(store->m_canonicalPath);
    url.setQuery(store->m_immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
    const QByteArray uri = url.toString(QUrl::FullyEncoded).toUtf8();
    store->m_uri = uri;
    sqlite3* db = nullptr;
    const int rc
        = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    store->m_db.reset(db);
    if (rc != SQLITE_OK)
        return store->sqliteError(tr("cannot be opened"));
    sqlite3_extended_result_codes(db, 1);
    // A writer commits to a rollback-journal store under an exclusive lock: wait for it
    // rather than fail the read (live follow reads while the application writes).
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    // A second lock on the door: even a bug of ours cannot modify the store.
    sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);

    if (auto problem = store->detectMapping())
        return *problem;
    return store;
}

std::optional<StoreError> SqliteStore::detectMapping()
{
    // Listing the schema is the first real read: it tells a database from an impostor.
    QStringList tables;
    {
        Sqlite::Statement list = Sqlite::prepare(
            m_db.get(), "SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name");
        if (!list)
            return sqliteError(tr("cannot read the schema"));
        int rc;
        while ((rc = sqlite3_step(list.get())) == SQLITE_ROW)
            tables << Sqlite::columnString(list.get(), 0);
        if (rc != SQLITE_DONE)
            return sqliteError(tr("cannot read the schema"));
    }

    StoreMapping mapping = StoreMapping::seed();
    if (!tables.contains(mapping.table)) {
        const QString found = tables.isEmpty() ? tr("no tables at all") : tr("found: %1").arg(tables.join(u", "));
        return error(StoreErrorCode::NoEventsTable, tr("has no '%1' table (%2)").arg(mapping.table, found));
    }

    QStringList columns;
    {
        const QByteArray sql = "PRAGMA table_info(" + mapping.table.toUtf8() + ')';
        Sqlite::Statement info = Sqlite::prepare(m_db.get(), sql.toStdString());
        if (!info)
            return sqliteError(tr("cannot read the columns of '%1'").arg(mapping.table));
        while (sqlite3_step(info.get()) == SQLITE_ROW)
            columns << Sqlite::columnString(info.get(), 1);
    }

    static const RequiredColumn required[] = {
        { &StoreMapping::eventId, "event_id" },
        { &StoreMapping::streamId, "aggregate_id" },
        { &StoreMapping::version, "aggregate_version" },
        { &StoreMapping::type, "event_type" },
        { &StoreMapping::timestamp, "event_timestamp" },
        { &StoreMapping::data, "event_data" },
    };
    QStringList missing;
    for (const RequiredColumn& column : required) {
        if (!columns.contains(QLatin1String(column.name)))
            missing << QLatin1String(column.name);
    }
    if (!missing.isEmpty()) {
        return error(StoreErrorCode::MissingColumns,
            tr("table '%1' lacks the required column(s) %2").arg(mapping.table, missing.join(u", ")));
    }
    // Optional columns that are absent are read as NULL (aggregate type then comes from
    // the stream id's prefix).
    for (QString StoreMapping::*field :
        { &StoreMapping::aggregateType, &StoreMapping::schemaVersion, &StoreMapping::userId,
            &StoreMapping::correlationId, &StoreMapping::causationId, &StoreMapping::metadata }) {
        if (!columns.contains(mapping.*field))
            (mapping.*field).clear();
    }
    m_mapping = mapping;
    m_hasSnapshots = tables.contains(QStringLiteral("snapshots"));

    Sqlite::Statement any
        = Sqlite::prepare(m_db.get(), "SELECT rowid FROM " + m_mapping.table.toStdString() + " LIMIT 1");
    if (!any)
        return sqliteError(tr("table '%1' cannot be read by rowid").arg(m_mapping.table));
    const int rc = sqlite3_step(any.get());
    if (rc == SQLITE_DONE)
        return error(StoreErrorCode::Empty, tr("contains no events (table '%1' is empty)").arg(m_mapping.table));
    if (rc != SQLITE_ROW)
        return sqliteError(tr("cannot read table '%1'").arg(m_mapping.table));
    return std::nullopt;
}

QString SqliteStore::selectList(bool withPayload) const
{
    auto column = [](const QString& name) { return name.isEmpty() ? QStringLiteral("NULL") : u'"' + name + u'"'; };
    QStringList list { QStringLiteral("rowid"), column(m_mapping.eventId), column(m_mapping.streamId),
        column(m_mapping.aggregateType), column(m_mapping.version), column(m_mapping.type),
        column(m_mapping.schemaVersion), column(m_mapping.timestamp), column(m_mapping.userId),
        column(m_mapping.correlationId), column(m_mapping.causationId) };
    if (withPayload)
        list << column(m_mapping.data) << column(m_mapping.metadata);
    return list.join(u", ");
}

Expected<qint64, StoreError> SqliteStore::lastRowId()
{
    Sqlite::Statement statement
        = Sqlite::prepare(m_db.get(), "SELECT max(rowid) FROM \"" + m_mapping.table.toStdString() + '"');
    if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW)
        return sqliteError(tr("cannot find the last event"));
    return sqlite3_column_int64(statement.get(), 0);
}

Expected<qint64, StoreError> SqliteStore::scan(qint64 afterRowId, qint64 limit, RowSink& sink)
{
    return scanRows(afterRowId, limit, sink, false);
}

Expected<qint64, StoreError> SqliteStore::scanWithPayloads(qint64 afterRowId, qint64 limit, RowSink& sink)
{
    return scanRows(afterRowId, limit, sink, true);
}

Expected<qint64, StoreError> SqliteStore::scanRows(qint64 afterRowId, qint64 limit, RowSink& sink, bool withPayload)
{
    const QString sql = QStringLiteral("SELECT ") + selectList(withPayload) + QStringLiteral(" FROM \"")
        + m_mapping.table + QStringLiteral("\" WHERE rowid > ?1 ORDER BY rowid LIMIT ?2");
    Sqlite::Statement statement = Sqlite::prepare(m_db.get(), sql.toUtf8().toStdString());
    if (!statement)
        return sqliteError(tr("cannot read the events"));
    sqlite3_bind_int64(statement.get(), 1, afterRowId);
    sqlite3_bind_int64(statement.get(), 2, limit);

    sqlite3_stmt* s = statement.get();
    qint64 delivered = 0;
    RawEventRow row;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        row.rowId = sqlite3_column_int64(s, 0);
        row.eventId = Sqlite::columnText(s, 1);
        row.streamId = Sqlite::columnText(s, 2);
        row.aggregateType = Sqlite::columnText(s, 3);
        row.version = rawValue(s, 4);
        row.type = Sqlite::columnText(s, 5);
        row.schemaVersion = rawValue(s, 6);
        row.timestamp = rawValue(s, 7);
        row.userId = Sqlite::columnText(s, 8);
        row.correlationId = Sqlite::columnText(s, 9);
        row.causationId = Sqlite::columnText(s, 10);
        if (withPayload) {
            row.data = Sqlite::columnText(s, 11);
            row.metadata = Sqlite::columnText(s, 12);
        }
        ++delivered;
        if (!sink.row(row))
            return delivered;
    }
    if (rc != SQLITE_DONE) {
        StoreError failure = sqliteError(tr("cannot read the events"));
        failure.reason += tr(" after row %1").arg(row.rowId);
        return failure;
    }
    return delivered;
}

Expected<Event, StoreError> SqliteStore::readEvent(qint64 rowId)
{
    if (!m_readEvent) {
        const QString sql = QStringLiteral("SELECT ") + selectList(true) + QStringLiteral(" FROM \"") + m_mapping.table
            + QStringLiteral("\" WHERE rowid = ?1");
        m_readEvent = Sqlite::prepare(m_db.get(), sql.toUtf8().toStdString());
        if (!m_readEvent)
            return sqliteError(tr("cannot read events"));
    }
    sqlite3_stmt* s = m_readEvent.get();
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, rowId);
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE)
        return error(StoreErrorCode::QueryFailed, tr("has no event at row %1").arg(rowId));
    if (rc != SQLITE_ROW)
        return sqliteError(tr("cannot read the event at row %1").arg(rowId));

    auto integer = [s](int column, qint64 fallback) {
        return sqlite3_column_type(s, column) == SQLITE_NULL ? fallback : sqlite3_column_int64(s, column);
    };
    auto bytes = [s](int column) {
        const std::string_view text = Sqlite::columnText(s, column);
        return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
    };
    Event event;
    event.eventId = Sqlite::columnString(s, 1);
    event.streamId = Sqlite::columnString(s, 2);
    event.aggregateType = Sqlite::columnString(s, 3);
    if (m_mapping.aggregateType.isEmpty()) {
        const std::string_view derived = aggregateTypeFromStreamId(Sqlite::columnText(s, 2));
        event.aggregateType = QString::fromUtf8(derived.data(), static_cast<qsizetype>(derived.size()));
    }
    event.version = integer(4, 0);
    event.type = Sqlite::columnString(s, 5);
    event.schemaVersion = static_cast<int>(integer(6, 1));
    event.rawTimestamp = Sqlite::columnString(s, 7);
    event.timestamp = parseTimestamp(rawValue(s, 7));
    event.userId = Sqlite::columnString(s, 8);
    event.correlationId = Sqlite::columnString(s, 9);
    event.causationId = Sqlite::columnString(s, 10);
    event.data = bytes(11);
    event.metadata = bytes(12);
    sqlite3_reset(s);
    return event;
}

Expected<qint64, StoreError> SqliteStore::rowIdOfEvent(std::string_view eventId)
{
    if (!m_findEvent) {
        const std::string sql = "SELECT rowid FROM \"" + m_mapping.table.toStdString() + "\" WHERE \""
            + m_mapping.eventId.toStdString() + "\" = ?1 ORDER BY rowid LIMIT 1";
        m_findEvent = Sqlite::prepare(m_db.get(), sql);
        if (!m_findEvent)
            return sqliteError(tr("cannot look up events by id"));
    }
    sqlite3_stmt* s = m_findEvent.get();
    sqlite3_reset(s);
    sqlite3_bind_text(s, 1, eventId.data(), static_cast<int>(eventId.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(s);
    const qint64 rowId = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqliteError(tr("cannot look up events by id"));
    return rowId;
}

Expected<std::vector<StoredSnapshot>, StoreError> SqliteStore::snapshots(const QString& streamId)
{
    std::vector<StoredSnapshot> list;
    if (!m_hasSnapshots)
        return list;
    Sqlite::Statement statement = Sqlite::prepare(m_db.get(),
        "SELECT aggregate_version, snapshot_data, created_date FROM snapshots "
        "WHERE aggregate_id = ?1 ORDER BY aggregate_version");
    if (!statement)
        return sqliteError(tr("cannot read the snapshots table (it needs aggregate_id, aggregate_version, "
                              "snapshot_data and created_date)"));
    const QByteArray id = streamId.toUtf8();
    sqlite3_bind_text(statement.get(), 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const std::string_view data = Sqlite::columnText(statement.get(), 1);
        list.push_back({ sqlite3_column_int64(statement.get(), 0),
            QByteArray(data.data(), static_cast<qsizetype>(data.size())), Sqlite::columnString(statement.get(), 2) });
    }
    if (rc != SQLITE_DONE)
        return sqliteError(tr("cannot read the snapshots"));
    return list;
}

Expected<std::unique_ptr<EventStore>, StoreError> SqliteStore::clone() const
{
    auto other = open(m_path);
    if (!other)
        return other.error();
    return std::unique_ptr<EventStore>(std::move(other).value());
}

Expected<StoreWatchPtr, StoreError> SqliteStore::watch() const
{
    if (m_immutable) {
        // immutable=1 tells SQLite the file cannot change, so it never looks again.
        return error(StoreErrorCode::CannotFollow,
            tr("is read as immutable, so SQLite would not see appended events (a WAL store without its -wal "
               "and -shm files, in a folder Chronoscope cannot write to, is read that way). Reopen it while the "
               "writing application has it open"));
    }
    return SqliteDataVersionWatch::open(m_uri, m_path);
}

void SqliteStore::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db.get());
}

} // namespace Chronoscope
