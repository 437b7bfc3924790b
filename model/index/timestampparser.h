// SPDX-License-Identifier: MIT
#pragma once

#include "store/event.h"

#include <string_view>

namespace Chronoscope {

/// Parses the timestamps stores write into UTC microseconds. Hot path of index building:
/// no allocation, no locale, no QDateTime. Thread-safe (pure functions).
///
/// Accepted text forms (leading/trailing ASCII whitespace ignored):
/// - ISO-8601 / RFC 3339: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `…:SS`, `…:SS.f` with 1 to 9
///   fractional digits after `.` or `,` (beyond microseconds truncated), `T`, `t` or a single
///   space between date and time, zone `Z`/`z`, `±HH:MM`, `±HHMM`, `±HH` (at most ±18:00,
///   `-00:00` is UTC), or none (taken as UTC); no zone after a date alone. Also PostgreSQL's
///   `YYYY-MM-DD HH:MM:SS.ffffff+00`. Years 0001 to 9999, days checked against the month.
///   `24:00` / `24:00:00` (zero fraction) is the next day's midnight, as ISO 8601 and
///   PostgreSQL have it. A leap second `:60` is accepted only where it lands on 23:59:60 UTC
///   and reads as 23:59:59.999999, keeping order and date without a leap-second table.
/// - Epoch numbers as text (optional sign, digits, optional `.` fraction) in qint64 range,
///   unit as in parseEpoch; parsed exactly, sub-microsecond digits floored.
/// Anything else (out-of-range fields, trailing garbage, empty) returns kInvalidTime.
namespace TimestampParser {

TimeUs parseText(std::string_view text);

/// An epoch number whose unit is guessed from its magnitude: |v| < 1e11 seconds (until the
/// year 5138), < 1e14 milliseconds, < 1e17 microseconds, otherwise nanoseconds (floored to
/// the containing microsecond). Every qint64 maps to a valid time.
TimeUs parseEpoch(qint64 value);
/// As above, fractions allowed in every unit and rounded to the nearest microsecond (binary
/// doubles hold `.123456` only approximately). NaN, infinities and |v| >= 2^63 give kInvalidTime.
TimeUs parseEpoch(double value);

/// Formats as ISO-8601 UTC with microseconds, `2024-01-15T14:00:00.000000Z`, which parseText
/// reads back exactly for years 0001 to 9999; years beyond 0000–9999 get ISO's expanded,
/// signed form (`+294247-…`). kInvalidTime gives an empty string.
QString toIso(TimeUs time);

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm), negative
/// before. Any int year; month and day are not validated (the caller does that).
qint64 daysFromCivil(int year, unsigned month, unsigned day);

} // namespace TimestampParser
} // namespace Chronoscope
