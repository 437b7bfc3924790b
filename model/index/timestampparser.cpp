// SPDX-License-Identifier: MIT
#include "timestampparser.h"

#include <cmath>
#include <limits>

namespace Chronoscope::TimestampParser {

namespace {

constexpr qint64 kUsPerSecond = 1'000'000;
constexpr qint64 kUsPerMinute = 60 * kUsPerSecond;
constexpr qint64 kUsPerDay = 86'400 * kUsPerSecond;

// The magnitude rule of parseEpoch, shared by the integer, double and text forms.
constexpr qint64 kSecondsLimit = 100'000'000'000; // 1e11
constexpr qint64 kMillisecondsLimit = 100'000'000'000'000; // 1e14
constexpr qint64 kMicrosecondsLimit = 100'000'000'000'000'000; // 1e17

// Unsigned, so one comparison rejects characters on both sides of '0'…'9'.
inline unsigned digitValue(char c)
{
    return static_cast<unsigned>(static_cast<unsigned char>(c)) - '0';
}

// Reads exactly `count` digits; the caller has checked they are inside the text.
inline bool readDigits(const char* p, int count, unsigned& value)
{
    unsigned result = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned digit = digitValue(p[i]);
        if (digit > 9)
            return false;
        result = result * 10 + digit;
    }
    value = result;
    return true;
}

inline bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

constexpr bool isLeapYear(unsigned year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

constexpr unsigned daysInMonth(unsigned year, unsigned month)
{
    constexpr unsigned char kDays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

struct CivilDate
{
    qint64 year;
    unsigned month;
    unsigned day;
};

// Inverse of daysFromCivil (same source); valid for every day count a TimeUs can reach.
constexpr CivilDate civilFromDays(qint64 days)
{
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146'097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 = March, so leap days come last
    const unsigned day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const unsigned month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    return { static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// `text` is trimmed and at least `YYYY-` long; every index is checked against its size
// before it is read, as the view need not be NUL-terminated.
TimeUs parseIso(std::string_view text)
{
    const char* p = text.data();
    const size_t size = text.size();
    unsigned year = 0;
    unsigned month = 0;
    unsigned day = 0;
    if (size < 10 || !readDigits(p, 4, year) || p[4] != '-' || !readDigits(p + 5, 2, month) || p[7] != '-'
        || !readDigits(p + 8, 2, day))
        return kInvalidTime;
    if (year == 0 || month == 0 || month > 12 || day == 0 || day > daysInMonth(year, month))
        return kInvalidTime;
    const qint64 days = daysFromCivil(static_cast<int>(year), month, day);
    if (size == 10)
        return days * kUsPerDay;

    unsigned hour = 0;
    unsigned minute = 0;
    if (size < 16 || (p[10] != 'T' && p[10] != 't' && p[10] != ' ') || !readDigits(p + 11, 2, hour) || p[13] != ':'
        || !readDigits(p + 14, 2, minute))
        return kInvalidTime;

    size_t i = 16;
    unsigned second = 0;
    qint64 fraction = 0; // microseconds
    bool fractionIsZero = true; // including the truncated digits, for 24:00:00
    if (i < size && p[i] == ':') {
        if (size < 19 || !readDigits(p + 17, 2, second))
            return kInvalidTime;
        i = 19;
        if (i < size && (p[i] == '.' || p[i] == ',')) {
            const size_t first = ++i;
            for (; i < size; ++i) {
                const unsigned digit = digitValue(p[i]);
                if (digit > 9)
                    break;
                if (i - first < 6)
                    fraction = fraction * 10 + digit;
                fractionIsZero = fractionIsZero && digit == 0;
            }
            const size_t count = i - first;
            if (count == 0 || count > 9)
                return kInvalidTime;
            for (size_t scale = count; scale < 6; ++scale)
                fraction *= 10;
        }
    }

    qint64 offsetMinutes = 0;
    if (i < size) {
        const char sign = p[i];
        const char* zone = p + i + 1;
        const size_t zoneSize = size - i - 1;
        if (sign == 'Z' || sign == 'z') {
            if (zoneSize != 0)
                return kInvalidTime;
        } else if (sign == '+' || sign == '-') {
            unsigned offsetHour = 0;
            unsigned offsetMinute = 0;
            if (zoneSize < 2 || !readDigits(zone, 2, offsetHour))
                return kInvalidTime;
            const bool minutesOk = zoneSize == 2 || (zoneSize == 4 && readDigits(zone + 2, 2, offsetMinute))
                || (zoneSize == 5 && zone[2] == ':' && readDigits(zone + 3, 2, offsetMinute));
            if (!minutesOk || offsetMinute > 59 || offsetHour * 60 + offsetMinute > 18 * 60)
                return kInvalidTime;
            offsetMinutes = offsetHour * 60 + offsetMinute;
            if (sign == '-')
                offsetMinutes = -offsetMinutes;
        } else {
            return kInvalidTime;
        }
    }

    if (minute > 59 || second > 60)
        return kInvalidTime;
    // ISO 8601's end of day, which PostgreSQL also writes: the next day's midnight.
    if (hour == 24 ? (minute != 0 || second != 0 || !fractionIsZero) : hour > 23)
        return kInvalidTime;
    // A leap second becomes the last microsecond before the next minute: the order of events
    // is kept and the date stays the one written, with no leap-second table to consult.
    const bool leapSecond = second == 60;
    if (leapSecond) {
        second = 59;
        fraction = kUsPerSecond - 1;
    }

    const TimeUs time = days * kUsPerDay + ((hour * 60 + minute) * 60 + second) * kUsPerSecond + fraction
        - offsetMinutes * kUsPerMinute;
    // Leap seconds are only ever inserted at 23:59:60 UTC; any other :60 is a bad field.
    if (leapSecond) {
        const qint64 timeOfDay = ((time % kUsPerDay) + kUsPerDay) % kUsPerDay;
        if (timeOfDay != kUsPerDay - 1)
            return kInvalidTime;
    }
    return time;
}

// `text` is trimmed and not empty. Parsed with integers only, so `1700000000.123456` is exact;
// sub-microsecond digits are floored away like ISO fraction digits, which for negative numbers
// means one µs earlier.
TimeUs parseEpochText(std::string_view text)
{
    const char* p = text.data();
    const size_t size = text.size();
    size_t i = 0;
    const bool negative = p[0] == '-';
    if (p[0] == '-' || p[0] == '+')
        i = 1;

    const size_t firstDigit = i;
    quint64 magnitude = 0;
    for (; i < size; ++i) {
        const unsigned digit = digitValue(p[i]);
        if (digit > 9)
            break;
        if (magnitude > (std::numeric_limits<quint64>::max() - digit) / 10)
            return kInvalidTime;
        magnitude = magnitude * 10 + digit;
    }
    if (i == firstDigit)
        return kInvalidTime;
    // The same domain as parseEpoch(qint64).
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    if (magnitude > limit)
        return kInvalidTime;

    quint64 fraction = 0; // the first six fraction digits, in millionths of a unit
    bool droppedDigits = false; // any nonzero digit below that
    if (i < size && p[i] == '.') {
        const size_t first = ++i;
        for (; i < size; ++i) {
            const unsigned digit = digitValue(p[i]);
            if (digit > 9)
                break;
            if (i - first < 6)
                fraction = fraction * 10 + digit;
            else
                droppedDigits = droppedDigits || digit != 0;
        }
        if (i == first)
            return kInvalidTime;
        for (size_t scale = i - first; scale < 6; ++scale)
            fraction *= 10;
    }
    if (i != size)
        return kInvalidTime;

    quint64 us = 0;
    if (magnitude < quint64(kSecondsLimit)) {
        us = magnitude * quint64(kUsPerSecond) + fraction;
    } else if (magnitude < quint64(kMillisecondsLimit)) {
        us = magnitude * 1000 + fraction / 1000;
        droppedDigits = droppedDigits || fraction % 1000 != 0;
    } else if (magnitude < quint64(kMicrosecondsLimit)) {
        us = magnitude;
        droppedDigits = droppedDigits || fraction != 0;
    } else {
        us = magnitude / 1000;
        droppedDigits = droppedDigits || magnitude % 1000 != 0 || fraction != 0;
    }
    if (!negative)
        return static_cast<TimeUs>(us);
    return -static_cast<TimeUs>(us) - (droppedDigits ? 1 : 0);
}

char* writeDigits(char* out, unsigned value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + count;
}

} // namespace

TimeUs parseText(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    if (text.empty())
        return kInvalidTime;
    // A sign can only lead an epoch number, so a '-' after four characters means a date.
    if (text.size() > 4 && text[4] == '-')
        return parseIso(text);
    return parseEpochText(text);
}

TimeUs parseEpoch(qint64 value)
{
    if (value > -kSecondsLimit && value < kSecondsLimit)
        return value * kUsPerSecond;
    if (value > -kMillisecondsLimit && value < kMillisecondsLimit)
        return value * 1000;
    if (value > -kMicrosecondsLimit && value < kMicrosecondsLimit)
        return value;
    // Floored, not truncated toward zero: the microsecond that contains the instant.
    const qint64 us = value / 1000;
    return value % 1000 < 0 ? us - 1 : us;
}

TimeUs parseEpoch(double value)
{
    // Written so that NaN fails as well: every comparison with NaN is false.
    if (!(value >= -0x1p63 && value < 0x1p63))
        return kInvalidTime;
    const double magnitude = std::fabs(value);
    double us = value;
    if (magnitude < double(kSecondsLimit))
        us = value * double(kUsPerSecond);
    else if (magnitude < double(kMillisecondsLimit))
        us = value * 1000;
    else if (magnitude >= double(kMicrosecondsLimit))
        us = value / 1000;
    // Nearest, not floored: 0.123456 has no exact binary form and may sit just below.
    return std::llround(us);
}

QString toIso(TimeUs time)
{
    if (time == kInvalidTime)
        return {};
    qint64 days = time / kUsPerDay;
    qint64 timeOfDay = time % kUsPerDay;
    if (timeOfDay < 0) {
        timeOfDay += kUsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    const auto seconds = static_cast<unsigned>(timeOfDay / kUsPerSecond);

    // Room for a sign, the six-digit years of the TimeUs extremes and the rest.
    char buffer[40];
    char* out = buffer;
    if (date.year >= 0 && date.year <= 9999) {
        out = writeDigits(out, static_cast<unsigned>(date.year), 4);
    } else {
        // ISO 8601's expanded form; parseText does not read it back.
        *out++ = date.year < 0 ? '-' : '+';
        const auto year = static_cast<unsigned>(date.year < 0 ? -date.year : date.year);
        int width = 4;
        for (unsigned rest = year / 10'000; rest != 0; rest /= 10)
            ++width;
        out = writeDigits(out, year, width);
    }
    *out++ = '-';
    out = writeDigits(out, date.month, 2);
    *out++ = '-';
    out = writeDigits(out, date.day, 2);
    *out++ = 'T';
    out = writeDigits(out, seconds / 3600, 2);
    *out++ = ':';
    out = writeDigits(out, seconds / 60 % 60, 2);
    *out++ = ':';
    out = writeDigits(out, seconds % 60, 2);
    *out++ = '.';
    out = writeDigits(out, static_cast<unsigned>(timeOfDay % kUsPerSecond), 6);
    *out++ = 'Z';
    return QString::fromLatin1(buffer, out - buffer);
}

qint64 daysFromCivil(int year, unsigned month, unsigned day)
{
    // Counted from March, so the leap day is the last day of the (shifted) year.
    const qint64 shiftedYear = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(shiftedYear - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146'097 + qint64(dayOfEra) - 719'468;
}

} // namespace Chronoscope::TimestampParser
