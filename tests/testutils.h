// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QTemporaryDir;
class QWidget;
struct sqlite3;

namespace Chronoscope::TestUtils {

/// Runs the SQL of tests/data/NAME (or `sql` text) into a new SQLite file in `dir`.
QString storeFromSqlFile(const QTemporaryDir& dir, const QString& dataFile, const QString& fileName = {});
QString storeFromSql(const QTemporaryDir& dir, const QByteArray& sql, const QString& fileName);

/// A sample store made by the real generator (what `chronoscope sample` writes).
QString sampleStore(const QTemporaryDir& dir, qint64 events, qint64 streams = 50, quint64 seed = 7,
    bool anomalies = false, const QString& fileName = QStringLiteral("sample.db"));

/// Executes SQL on a store from a separate, writable connection (simulating the
/// application that owns the store); fails the test on error.
void execWritable(const QString& path, const QByteArray& sql);

/// The application that owns a store, for live-follow tests: one writable connection kept
/// open while alive (in WAL mode when asked), as a real writer holds it.
class StoreWriter
{
public:
    StoreWriter(const QString& path, bool wal);
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;
    /// Runs `sql` (one transaction per statement unless it says otherwise); fails the test on error.
    void exec(const QByteArray& sql);
    /// Appends one seed-schema event and commits.
    void append(const QString& eventId, const QString& type, const QString& streamId, qint64 version,
        const QString& timestamp, const QByteArray& data = "{}");

private:
    sqlite3* m_db = nullptr;
};

/// Integer/text results of a query on a store, each row's columns joined by '|'.
QStringList query(const QString& path, const QByteArray& sql);

/// Everything a test needs to say "this file was not touched".
struct FileFingerprint
{
    QByteArray sha256;
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const FileFingerprint&) const = default;
};
FileFingerprint fingerprint(const QString& path);
/// File names in the folder of `path` (to see that no -wal/-shm/-journal appeared).
QStringList siblings(const QString& path);

/// Drops to an unprivileged effective user while alive when running as root, so that
/// permission checks (unreadable files, read-only folders) apply as for a real user.
class UnprivilegedScope
{
public:
    UnprivilegedScope();
    ~UnprivilegedScope();
    UnprivilegedScope(const UnprivilegedScope&) = delete;
    UnprivilegedScope& operator=(const UnprivilegedScope&) = delete;
    bool isActive() const { return m_active; }

private:
    bool m_active = false;
};

/// Saves a grab of `widget` as NAME.png under $CHRONOSCOPE_TEST_ARTIFACTS (if set) and
/// returns the image path.
QString saveGrab(QWidget* widget, const QString& name);

} // namespace Chronoscope::TestUtils
