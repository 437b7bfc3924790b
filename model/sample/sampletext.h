// SPDX-License-Identifier: MIT
#pragma once

#include "sample/samplerandom.h"

#include <array>
#include <string>
#include <string_view>

namespace Chronoscope::Sample {

/// A UUID in its 36-character text form; not NUL-terminated, bound to SQLite by length.
using UuidText = std::array<char, 36>;

/// A random version-4 UUID (122 random bits from the generator's own PRNG).
UuidText randomUuid(Random& random);

inline std::string_view view(const UuidText& uuid)
{
    return { uuid.data(), uuid.size() };
}

/// Microseconds since 1970-01-01T00:00:00Z.
using Micros = qint64;
constexpr Micros kMicrosPerSecond = 1000000;
constexpr Micros kMicrosPerDay = 86400 * kMicrosPerSecond;

/// Days since 1970-01-01 of a proleptic Gregorian date and back (Howard Hinnant's algorithms).
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int& year, int& month, int& day);

/// Formats `YYYY-MM-DDTHH:MM:SS.ffffffZ` (27 characters). Timestamps arrive almost sorted, so
/// the date part is cached per day: formatting costs a few divisions per event.
class TimestampFormatter
{
public:
    std::string_view format(Micros time);

private:
    qint64 m_day = -1;
    std::array<char, 27> m_text {};
};

/// Appends `YYYY-MM-DD`.
void appendDate(std::string& out, qint64 days);

/// Appends a decimal number, zero-padded to `width` digits.
void appendNumber(std::string& out, qint64 value, int width = 0);

/// Appends integer cents as a JSON number with exactly two decimals (`1234.50`).
void appendMoney(std::string& out, qint64 cents);

/// Hand-made compact JSON object writer for event payloads: the hot path writes ten million
/// of them, and building a DOM per event would cost more than the SQLite insert.
class JsonWriter
{
public:
    explicit JsonWriter(std::string& out)
        : m_out(out)
    { }

    JsonWriter& begin();
    JsonWriter& end();
    JsonWriter& beginArray(std::string_view key);
    JsonWriter& endArray();
    JsonWriter& beginObject(); ///< an object inside an array
    JsonWriter& string(std::string_view key, std::string_view value);
    JsonWriter& number(std::string_view key, qint64 value);
    JsonWriter& money(std::string_view key, qint64 cents);
    JsonWriter& date(std::string_view key, qint64 days);
    /// Starts a string value whose text the caller appends to `out()`; close with closeString().
    JsonWriter& openString(std::string_view key);
    JsonWriter& closeString();
    std::string& out() { return m_out; }

private:
    void key(std::string_view key);
    void escaped(std::string_view text);

    std::string& m_out;
    bool m_first = true;
};

/// Fixed vocabularies the payloads draw from: small, ASCII, no characters needing escapes.
namespace Vocabulary {
std::string_view surname(quint32 index);
std::string_view firstName(quint32 index);
quint32 surnameCount();
quint32 firstNameCount();

/// The product catalogue: a SKU's name and unit price are functions of its index, so an
/// ItemAdded for the same SKU always carries the same price.
quint32 productCount();
void appendSku(std::string& out, quint32 product);
void appendProductName(std::string& out, quint32 product);
qint64 productPriceCents(quint32 product);

std::string_view currency(quint32 index); ///< 0 is EUR
quint32 currencyCount();
} // namespace Vocabulary

} // namespace Chronoscope::Sample
