// SPDX-License-Identifier: MIT
#include "postgrestestserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Chronoscope::TestUtils {

namespace {

// A port nobody listens on now. Another process may take it before the server binds it;
// start() then tries another.
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString serverBinDir()
{
    const QByteArray fromEnvironment = qgetenv("CHRONOSCOPE_PG_BINDIR");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QStringLiteral(CHRONOSCOPE_PG_BINDIR);
}

} // namespace

PostgresTestServer::PostgresTestServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/chronoscope-pg-XXXXXX"))
    , m_binDir(serverBinDir())
{ }

PostgresTestServer::~PostgresTestServer()
{
    if (m_running) {
        QString output;
        run(m_binDir + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                QStringLiteral("stop") },
            &output);
    }
}

bool PostgresTestServer::run(const QString& program, const QStringList& arguments, QString* output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                + arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(120'000);
    *output = QString::fromLocal8Bit(process.readAll());
    if (process.error() == QProcess::FailedToStart)
        *output = QStringLiteral("cannot run %1: %2")
                      .arg(m_asPostgresUser ? QStringLiteral("runuser") : program, process.errorString());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString PostgresTestServer::serverLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(4000)) : QString();
}

bool PostgresTestServer::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    if (!QFile::exists(m_binDir + QStringLiteral("/initdb"))) {
        *error = QStringLiteral("PostgreSQL server programs not found in '%1' (install the Debian package "
                                "'postgresql', see packaging/debian-build-deps.txt, or set CHRONOSCOPE_PG_BINDIR)")
                     .arg(m_binDir);
        return false;
    }
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_socketDir = m_dir.path();
    if (::geteuid() == 0) {
        // initdb refuses root; the server runs as the postgres system user in a folder it owns.
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres) {
            *error = QStringLiteral("running as root, but there is no 'postgres' system user to run the server as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
            return false;
        }
        m_asPostgresUser = true;
    }

    const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(superuserPassword().toUtf8() + '\n') < 0) {
            *error = QStringLiteral("cannot write %1").arg(passwordFile);
            return false;
        }
        if (m_asPostgresUser) {
            const passwd* postgres = ::getpwnam("postgres");
            if (::chown(QFile::encodeName(passwordFile).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                *error = QStringLiteral("cannot hand %1 to the postgres user").arg(passwordFile);
                return false;
            }
        }
    }
    QString output;
    if (!run(m_binDir + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-local=trust"),
                QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
            &output)) {
        *error = QStringLiteral("initdb failed: %1").arg(output);
        return false;
    }

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off "
                                               "-c shared_buffers=128MB -c max_connections=40")
                                    .arg(m_port)
                                    .arg(m_socketDir);
        if (run(m_binDir + QStringLiteral("/pg_ctl"),
                { QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                    QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                    QStringLiteral("start") },
                &output)) {
            m_running = true;
            return true;
        }
        if (!serverLog().contains(u"could not bind") && !serverLog().contains(u"in use"))
            break;
    }
    *error = QStringLiteral("pg_ctl start failed: %1\n%2").arg(output, serverLog());
    return false;
}

QString PostgresTestServer::url(const QString& database, const QString& user, const QString& password) const
{
    QString url = QStringLiteral("postgresql://") + QString::fromUtf8(QUrl::toPercentEncoding(user));
    if (!password.isEmpty())
        url += u':' + QString::fromUtf8(QUrl::toPercentEncoding(password));
    return url + QStringLiteral("@127.0.0.1:%1/").arg(m_port) + database;
}

Postgres::Connection PostgresTestServer::connect(const QString& database) const
{
    const QByteArray host = m_socketDir.toUtf8();
    const QByteArray port = QByteArray::number(m_port);
    const QByteArray name = database.toUtf8();
    const char* keywords[] = { "host", "port", "user", "dbname", "application_name", nullptr };
    const char* values[]
        = { host.constData(), port.constData(), "postgres", name.constData(), "chronoscope-test", nullptr };
    return Postgres::Connection(PQconnectdbParams(keywords, values, 0));
}

bool PostgresTestServer::exec(const QString& database, const QByteArray& sql, QString* error) const
{
    Postgres::Connection connection = connect(database);
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        if (error)
            *error = Postgres::errorMessage(connection.get());
        return false;
    }
    Postgres::Result result(PQexec(connection.get(), sql.constData()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (error)
            *error = Postgres::resultMessage(result.get());
        return false;
    }
    return true;
}

QString PostgresTestServer::value(const QString& database, const QByteArray& sql) const
{
    Postgres::Connection connection = connect(database);
    Postgres::Result result(PQexec(connection.get(), sql.constData()));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) < 1 || PQnfields(result.get()) < 1)
        return {};
    return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
}

} // namespace Chronoscope::TestUtils
