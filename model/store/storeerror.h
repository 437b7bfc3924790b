// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Chronoscope {

enum class StoreErrorCode
{
    FileMissing,
    NotAFile,
    Unreadable,
    NotADatabase,
    Corrupt,
    NoEventsTable,
    MissingColumns,
    Empty,
    QueryFailed,
    Cancelled,
    CacheInvalid,
    // Database servers (PostgreSQL): the GUI offers to reconnect for the first and last.
    ServerUnreachable,
    AuthenticationFailed,
    ConnectionLost,
    BadMapping, ///< a mapping file or preset name that cannot be used
    CannotFollow, ///< live follow is not possible for this store (EventStore::watch())
};

/// What went wrong with a store, structured so the GUI can show details and the command
/// line can print one line. `source` names the file or URI, `reason` says why in words a
/// support engineer understands, `detail` keeps the engine's own message (sqlite3_errmsg).
struct StoreError
{
    StoreErrorCode code = StoreErrorCode::QueryFailed;
    QString source;
    QString reason;
    QString detail;

    /// "FILE: reason (detail)", the one line the command line prints.
    QString message() const;
};

} // namespace Chronoscope
