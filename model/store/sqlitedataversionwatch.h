// SPDX-License-Identifier: MIT
#pragma once

#include "sqlitehandles.h"
#include "storewatch.h"

#include <QByteArray>

namespace Chronoscope {

/// SQLite's own change counter as a watch: `PRAGMA data_version` on a dedicated read-only
/// connection changes whenever another connection (any process) commits to the file, in
/// rollback-journal and WAL mode alike. It reads one page header (or the WAL index), so
/// polling it four times a second costs next to nothing, however large the store.
class SqliteDataVersionWatch final : public StoreWatch
{
public:
    /// Opens `uri` (an SQLite `file:` URI with mode=ro) read-only; `source` names the store in errors.
    static Expected<StoreWatchPtr, StoreError> open(const QByteArray& uri, const QString& source);

    Expected<bool, StoreError> changed() override;
    QString method() const override;

private:
    SqliteDataVersionWatch() = default;
    StoreError failure(const QString& reason) const;

    QString m_source;
    Sqlite::Database m_db;
    Sqlite::Statement m_version;
    qint64 m_lastVersion = -1; ///< -1 before the first call
};

} // namespace Chronoscope
