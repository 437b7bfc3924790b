// SPDX-License-Identifier: MIT
#include "testutils.h"

#include "sample/samplegenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

namespace Chronoscope::TestUtils {

namespace {

constexpr uid_t kNobody = 65534;

sqlite3* openWritable(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        qFatal("cannot open %s: %s", qPrintable(path), sqlite3_errmsg(db));
    }
    return db;
}

} // namespace

QString storeFromSql(const QTemporaryDir& dir, const QByteArray& sql, const QString& fileName)
{
    const QString path = dir.filePath(fileName);
    execWritable(path, sql);
    return path;
}

QString storeFromSqlFile(const QTemporaryDir& dir, const QString& dataFile, const QString& fileName)
{
    QFile file(QStringLiteral(CHRONOSCOPE_TEST_DATA) + u'/' + dataFile);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    const QString name = fileName.isEmpty() ? QFileInfo(dataFile).completeBaseName() + QStringLiteral(".db") : fileName;
    return storeFromSql(dir, file.readAll(), name);
}

QString sampleStore(
    const QTemporaryDir& dir, qint64 events, qint64 streams, quint64 seed, bool anomalies, const QString& fileName)
{
    SampleOptions options;
    options.outputPath = dir.filePath(fileName);
    options.events = events;
    options.streams = streams;
    options.seed = seed;
    options.anomalies = anomalies;
    const auto result = SampleGenerator::generate(options);
    if (!result.ok)
        qFatal("sample generation failed: %s", qPrintable(result.error));
    return options.outputPath;
}

void execWritable(const QString& path, const QByteArray& sql)
{
    sqlite3* db = openWritable(path);
    char* message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        sqlite3_close(db);
        qFatal("SQL failed on %s: %s", qPrintable(path), qPrintable(text));
    }
    sqlite3_close(db);
}

StoreWriter::StoreWriter(const QString& path, bool wal)
    : m_db(openWritable(path))
{
    if (wal)
        exec("PRAGMA journal_mode=WAL;");
}

StoreWriter::~StoreWriter()
{
    sqlite3_close(m_db);
}

void StoreWriter::exec(const QByteArray& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        qFatal("SQL failed: %s", qPrintable(text));
    }
}

void StoreWriter::append(const QString& eventId, const QString& type, const QString& streamId, qint64 version,
    const QString& timestamp, const QByteArray& data)
{
    sqlite3_stmt* statement = nullptr;
    const char* sql = "INSERT INTO events (event_id, event_type, aggregate_id, aggregate_version, event_data, "
                      "event_timestamp, aggregate_type, event_version, user_id) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, 'user-live')";
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("cannot prepare an append: %s", sqlite3_errmsg(m_db));
    // "sensor-1" → "Sensor", as the sample store names its aggregate types.
    QString aggregateType = streamId.section(u'-', 0, 0);
    if (!aggregateType.isEmpty())
        aggregateType[0] = aggregateType[0].toUpper();
    const QByteArray texts[] = { eventId.toUtf8(), type.toUtf8(), streamId.toUtf8() };
    const QByteArray typeText = aggregateType.toUtf8();
    sqlite3_bind_text(statement, 7, typeText.constData(), static_cast<int>(typeText.size()), SQLITE_TRANSIENT);
    for (int i = 0; i < 3; ++i)
        sqlite3_bind_text(statement, i + 1, texts[i].constData(), static_cast<int>(texts[i].size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(statement, 4, version);
    sqlite3_bind_text(statement, 5, data.constData(), static_cast<int>(data.size()), SQLITE_TRANSIENT);
    const QByteArray time = timestamp.toUtf8();
    sqlite3_bind_text(statement, 6, time.constData(), static_cast<int>(time.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        qFatal("append failed: %s", sqlite3_errmsg(m_db));
}

QStringList query(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        qFatal("bad test query %s: %s", sql.constData(), sqlite3_errmsg(db));
    QStringList rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(statement); ++i)
            columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, i)));
        rows << columns.join(u'|');
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

FileFingerprint fingerprint(const QString& path)
{
    FileFingerprint print;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return print;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    print.sha256 = hash.result().toHex();
    print.size = file.size();
    print.modified = QFileInfo(path).lastModified();
    return print;
}

QStringList siblings(const QString& path)
{
    return QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

UnprivilegedScope::UnprivilegedScope()
{
    if (geteuid() == 0) {
        // seteuid keeps the saved uid 0, so the destructor can come back.
        m_active = setegid(kNobody) == 0 && seteuid(kNobody) == 0;
    }
}

UnprivilegedScope::~UnprivilegedScope()
{
    if (m_active) {
        if (seteuid(0) != 0 || setegid(0) != 0)
            qFatal("cannot return to root");
    }
}

QString saveGrab(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("CHRONOSCOPE_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qWarning("cannot save %s", qPrintable(path));
    return path;
}

} // namespace Chronoscope::TestUtils
