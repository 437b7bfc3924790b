// SPDX-License-Identifier: MIT
#pragma once

#include "store/postgreshandles.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Chronoscope::TestUtils {

/// A private PostgreSQL server for one test or benchmark process: initdb and pg_ctl (from
/// the Debian `postgresql` package) in a temporary directory, listening on a free loopback
/// port and on a Unix socket in that directory, stopped (immediate mode) and deleted by the
/// destructor, so a failing test still stops it. Each process has its own, so ctest -j runs
/// them side by side.
///
/// initdb refuses to run as root: as root, the server runs as the `postgres` system user
/// (runuser) in a directory that user owns. The superuser `postgres` has the password
/// superuserPassword() over TCP and trust over the socket.
///
/// GUI-thread (test) object; not thread-safe.
class PostgresTestServer
{
public:
    PostgresTestServer();
    ~PostgresTestServer();
    PostgresTestServer(const PostgresTestServer&) = delete;
    PostgresTestServer& operator=(const PostgresTestServer&) = delete;

    /// Starts the server; on failure returns false with the reason (and the server log) in `error`.
    bool start(QString* error);
    bool isRunning() const { return m_running; }
    /// Stops the server (fast mode: sessions are ended), keeping its data, for tests of a
    /// server going away; restart() starts it again on the same port.
    bool stop(QString* error);
    bool restart(QString* error);
    int port() const { return m_port; }
    static QString superuserPassword() { return QStringLiteral("s3cret-Superuser"); }

    /// `postgresql://user:password@127.0.0.1:port/database` (password omitted when empty).
    QString url(const QString& database, const QString& user = QStringLiteral("postgres"),
        const QString& password = superuserPassword()) const;

    /// A superuser connection over the Unix socket (the test's own, writable one).
    Postgres::Connection connect(const QString& database = QStringLiteral("postgres")) const;
    /// Runs `sql` on `database` as the superuser; false with libpq's message in `error`.
    bool exec(const QString& database, const QByteArray& sql, QString* error = nullptr) const;
    /// The single value `sql` returns (first row, first column), or a null QString.
    QString value(const QString& database, const QByteArray& sql) const;

    /// Creates `database` with the seed tables (events with a `position` column holding the
    /// SQLite rowid, snapshots) and copies every row of the SQLite seed store into it (COPY).
    bool loadSeedStore(const QString& sqlitePath, const QString& database, QString* error) const;

private:
    bool run(const QString& program, const QStringList& arguments, QString* output) const;
    bool startServer(QString* output) const;
    QString serverLog() const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_dataDir;
    QString m_socketDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace Chronoscope::TestUtils
