// SPDX-License-Identifier: MIT
#include "sqlitedataversionwatch.h"

#include <QCoreApplication>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::SqliteDataVersionWatch", text);
}

} // namespace

StoreError SqliteDataVersionWatch::failure(const QString& reason) const
{
    return StoreError { StoreErrorCode::CannotFollow, m_source, reason,
        m_db ? Sqlite::errorMessage(m_db.get()) : QString() };
}

Expected<StoreWatchPtr, StoreError> SqliteDataVersionWatch::open(const QByteArray& uri, const QString& source)
{
    std::unique_ptr<SqliteDataVersionWatch> watch(new SqliteDataVersionWatch);
    watch->m_source = source;
    sqlite3* db = nullptr;
    const int rc
        = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    watch->m_db.reset(db);
    if (rc != SQLITE_OK)
        return watch->failure(tr("cannot open a connection to watch for new events"));
    sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    // Reading the version takes a shared lock, which waits while a writer commits.
    sqlite3_busy_timeout(db, 1000);
    watch->m_version = Sqlite::prepare(db, "PRAGMA data_version");
    if (!watch->m_version)
        return watch->failure(tr("cannot read the data version to watch for new events"));
    return StoreWatchPtr(std::move(watch));
}

Expected<bool, StoreError> SqliteDataVersionWatch::changed()
{
    sqlite3_stmt* s = m_version.get();
    const int rc = sqlite3_step(s);
    const qint64 version = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    // Reset at once: a statement left open would hold a read transaction, and a WAL reader
    // holding one keeps seeing the old snapshot.
    sqlite3_reset(s);
    if (rc != SQLITE_ROW) {
        StoreError error = failure(tr("cannot read the data version"));
        error.code = StoreErrorCode::QueryFailed;
        return error;
    }
    const bool changed = m_lastVersion < 0 || version != m_lastVersion;
    m_lastVersion = version;
    return changed;
}

QString SqliteDataVersionWatch::method() const
{
    return tr("SQLite data version");
}

} // namespace Chronoscope
