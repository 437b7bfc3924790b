// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Chronoscope {

/// The JSON paths a mapping may name inside a column: `$` followed by `.key`, `."any key"`
/// or `[index]` steps, e.g. `$.correlationId`, `$.headers."user-id"`, `$.tags[0]`.
/// Pure functions, thread-safe.
namespace JsonPath {

/// Whether `path` has that form; otherwise `why` says what is wrong and where.
bool isValid(const QString& path, QString* why = nullptr);
/// The steps of a valid path: keys unquoted, indexes as digits ("$.a[0]" → {"a", "0"}).
QStringList segments(const QString& path);
/// The path as SQLite's json_extract reads it (keys quoted where they need it).
QString normalized(const QString& path);

} // namespace JsonPath
} // namespace Chronoscope
