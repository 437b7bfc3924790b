// SPDX-License-Identifier: MIT
#include "sqlitestore.h"

#include "mappingdetector.h"
#include "sqlitedataversionwatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <array>

#include <fcntl.h>
#include <sys/stat.h>
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
        return QCoreApplication::translate("Chronoscope::SqliteStore", "is not an SQLite database");
    case StoreErrorCode::Corrupt:
        return QCoreApplication::translate(
            "Chronoscope::SqliteStore", "is corrupt (the database disk image is malformed)");
    case StoreErrorCode::Cancelled:
        return QCoreApplication::translate("Chronoscope::SqliteStore", "reading was cancelled");
    case StoreErrorCode::Unreadable:
        return QCoreApplication::translate("Chronoscope::SqliteStore", "cannot be opened for reading");
    default:
        return QCoreApplication::translate("Chronoscope::SqliteStore", "a query failed");
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

Expected<std::unique_ptr<SqliteStore>, StoreError> SqliteStore::open(
    const QString& path, const std::optional<StoreMapping>& mapping)
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
        // SQLite needs -wal and -shm beside a WAL store, even to read it, and creates them
        // when they are absent (no writer has it open). Where it must not, read the store as
        // immutable instead: when the folder is not writable, and when the store belongs to
        // another user, whose application could not open side files we created. Root passes
        // every access check, so for root a folder without write bits counts as read-only:
        // otherwise root left root-owned -wal and -shm in a 0555 folder (issue #11).
        const bool sideFilesExist
            = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
        // faccessat with AT_EACCESS asks with the effective user, as SQLite will create them.
        const QByteArray folder = QFile::encodeName(info.absolutePath());
        struct stat folderStatus;
        struct stat storeStatus;
        const bool folderWritable = faccessat(AT_FDCWD, folder.constData(), W_OK, AT_EACCESS) == 0
            && ::stat(folder.constData(), &folderStatus) == 0 && (folderStatus.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH));
        const bool ownStore
            = ::stat(QFile::encodeName(path).constData(), &storeStatus) == 0 && storeStatus.st_uid == geteuid();
        store->m_immutable = !sideFilesExist && (!folderWritable || !ownStore);
    }

    QUrl url = QUrl::fromLocalFile(store->m_canonicalPath);
    QString query = store->m_immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro");
    // A reader of a WAL store writes to its -shm (read marks, or rebuilding an index a
    // crashed or read-only connection left stale). readonly_shm maps it read-only and keeps
    // a private copy of the index instead, so nothing beside the store changes (issue #11).
    // But a read-only -shm mapping keeps the store's own application from writing (SQLITE_
    // READONLY on its next commit: tst_livefollowwindow), so it is only for stores nobody may
    // write to, whose permission bits say so; a live store gets SQLite's normal protocol.
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (wal && !store->m_immutable && QFileInfo::exists(path + QStringLiteral("-shm"))
        && !(QFileInfo(path).permissions() & writeBits))
        query += QStringLiteral("&readonly_shm=1");
    url.setQuery(query);
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

    if (auto problem = store->chooseMapping(mapping))
        return *problem;
    return store;
}

std::optional<StoreError> SqliteStore::chooseMapping(const std::optional<StoreMapping>& given)
{
    // Listing the schema is the first real read: it tells a database from an impostor.
    StoreSchema schema;
    {
        Sqlite::Statement list = Sqlite::prepare(
            m_db.get(), "SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name");
        if (!list)
            return sqliteError(tr("cannot read the schema"));
        int rc;
        while ((rc = sqlite3_step(list.get())) == SQLITE_ROW)
            schema.columns.insert(Sqlite::columnString(list.get(), 0), {});
        if (rc != SQLITE_DONE)
            return sqliteError(tr("cannot read the schema"));
    }
    for (auto it = schema.columns.begin(); it != schema.columns.end(); ++it) {
        const QByteArray sql = "PRAGMA table_info(" + MappingSql::quoted(it.key()).toUtf8() + ')';
        Sqlite::Statement info = Sqlite::prepare(m_db.get(), sql.toStdString());
        if (!info)
            return sqliteError(tr("cannot read the columns of '%1'").arg(it.key()));
        while (sqlite3_step(info.get()) == SQLITE_ROW)
            it.value() << Sqlite::columnString(info.get(), 1);
    }

    if (given && *given == StoreMapping::preset(given->name, SqlDialect::Sqlite)) {
        // A preset as it is (`--mapping marten`) names optional columns a store may lack
        // (Marten's headers); as when detected, those read as empty.
        auto fitted = MappingDetector::fit(*given, schema);
        if (!fitted)
            return error(fitted.error().code, fitted.error().reason);
        m_mapping = *fitted;
        m_mappingGiven = true;
    } else if (given) {
        if (auto problem = MappingDetector::validate(*given, schema))
            return error(problem->code, problem->reason);
        m_mapping = *given;
        m_mappingGiven = true;
    } else {
        auto detected = MappingDetector::detect(schema, SqlDialect::Sqlite);
        if (!detected)
            return error(detected.error().code, detected.error().reason);
        m_mapping = *detected;
    }
    m_sql = MappingSql(m_mapping, SqlDialect::Sqlite);
    m_hasSnapshots = m_mapping.snapshots.isValid() && schema.hasTable(m_mapping.snapshots.table);

    // Preparing the scan checks every expression (JSON paths, lookups) before any row is read.
    Sqlite::Statement scan = Sqlite::prepare(m_db.get(), m_sql.scanQuery(true).toUtf8().toStdString());
    if (!scan)
        return sqliteError(tr("cannot read table '%1' with this mapping").arg(m_mapping.table));
    Sqlite::Statement any = Sqlite::prepare(m_db.get(), m_sql.anyRowQuery().toUtf8().toStdString());
    if (!any)
        return sqliteError(tr("table '%1' cannot be read by %2").arg(m_mapping.table, m_mapping.position));
    const int rc = sqlite3_step(any.get());
    if (rc == SQLITE_DONE) {
        return error(StoreErrorCode::Empty,
            m_mapping.skip.isEmpty()
                ? tr("contains no events (table '%1' is empty)").arg(m_mapping.table)
                : tr("contains no events (table '%1' has no rows the mapping keeps)").arg(m_mapping.table));
    }
    if (rc != SQLITE_ROW)
        return sqliteError(tr("cannot read table '%1'").arg(m_mapping.table));
    return std::nullopt;
}

Expected<qint64, StoreError> SqliteStore::lastRowId()
{
    Sqlite::Statement statement = Sqlite::prepare(m_db.get(), m_sql.lastPositionQuery().toUtf8().toStdString());
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
    Sqlite::Statement statement = Sqlite::prepare(m_db.get(), m_sql.scanQuery(withPayload).toUtf8().toStdString());
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
        m_readEvent = Sqlite::prepare(m_db.get(), m_sql.readEventQuery().toUtf8().toStdString());
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
    if (m_mapping.aggregateType.isEmpty() || event.aggregateType.isEmpty()) { // as the index derives it
        const std::string_view derived = aggregateTypeFromStreamId(Sqlite::columnText(s, 2));
        event.aggregateType = QString::fromUtf8(derived.data(), static_cast<qsizetype>(derived.size()));
    }
    event.version = integer(4, 0);
    event.type = Sqlite::columnString(s, 5);
    event.schemaVersion = static_cast<int>(integer(6, 1));
    event.rawTimestamp = Sqlite::columnString(s, 7);
    event.timestamp = parseTimestamp(rawValue(s, 7), m_mapping.timestampFormat);
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
        if (!m_mapping.hasField(StoreMapping::Field::EventId))
            return qint64(-1);
        m_findEvent = Sqlite::prepare(m_db.get(), m_sql.findEventQuery().toUtf8().toStdString());
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
    Sqlite::Statement statement = Sqlite::prepare(m_db.get(), m_sql.snapshotsQuery().toUtf8().toStdString());
    if (!statement) {
        const SnapshotMapping& s = m_mapping.snapshots;
        return sqliteError(tr("cannot read the %1 table (it needs %2, %3, %4 and %5)")
                               .arg(s.table, s.streamId, s.version, s.data, s.createdAt));
    }
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
    auto other = open(m_path, m_mappingGiven ? std::optional<StoreMapping>(m_mapping) : std::nullopt);
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
