// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QTemporaryDir;
class QWidget;

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
