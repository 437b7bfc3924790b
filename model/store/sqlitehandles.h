// SPDX-License-Identifier: MIT
#pragma once

#include <sqlite3.h>

#include <QString>

#include <memory>
#include <string_view>

namespace Chronoscope::Sqlite {

struct DatabaseCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

using Database = std::unique_ptr<sqlite3, DatabaseCloser>;
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

/// Prepares `sql` on `db`; a null statement means failure (see sqlite3_errmsg).
inline Statement prepare(sqlite3* db, std::string_view sql)
{
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
    return Statement(statement);
}

inline std::string_view columnText(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    if (!text)
        return {};
    return { text, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)) };
}

inline QString columnString(sqlite3_stmt* statement, int column)
{
    const std::string_view text = columnText(statement, column);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline QString errorMessage(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace Chronoscope::Sqlite
