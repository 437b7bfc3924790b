// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace Chronoscope {

/// Where a PostgreSQL store is and how to connect to it, parsed from what the user typed:
/// a `postgresql://user@host:port/db?mapping=seed&table=events` URL (also `postgres://`)
/// or a libpq keyword string (`host=… dbname=… table=events`).
///
/// Chronoscope's own parameters (`mapping`, `table`, `position`) are taken out before the
/// rest goes to libpq. The password, if given, is kept only to connect (and reconnect from
/// clone()): it never appears in displayUrl(), messages, identities or settings. A plain
/// value, usable from any thread.
class PostgresConnInfo
{
public:
    /// True when `spec` names a PostgreSQL store rather than a file.
    static bool isPostgresSpec(const QString& spec);

    /// `spec` with any password removed (`user:secret@` → `user@`, `password=…` dropped),
    /// for recent-file lists, window titles and messages; other specs come back unchanged.
    static QString withoutPassword(const QString& spec);

    /// Parses `spec`; the error is a reason in words ("the URL … is malformed: …").
    static Expected<PostgresConnInfo, QString> parse(const QString& spec);

    /// `postgresql://user@host:port/db?table=…&mapping=…`, never with the password.
    QString displayUrl() const;

    QString mappingName() const { return m_mapping; } ///< empty: detect (today: seed)
    QString table() const { return m_table; } ///< empty: the mapping's table
    QString positionColumn() const { return m_position; } ///< empty: detect
    /// A libpq setting as given or defaulted by libpq (user, host, port, dbname …).
    QString value(const QByteArray& keyword) const;

    /// Keywords and values for PQconnectdbParams: the user's, plus a read-only session,
    /// a statement timeout, application_name=chronoscope, UTF-8 and a connect timeout.
    std::vector<std::pair<QByteArray, QByteArray>> connectParameters(int statementTimeoutMs) const;

private:
    std::vector<std::pair<QByteArray, QByteArray>> m_parameters; ///< as libpq parsed them
    QString m_mapping;
    QString m_table;
    QString m_position;
};

} // namespace Chronoscope
