// SPDX-License-Identifier: MIT
#include "timeticks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace Chronoscope {

namespace {

using Unit = AxisTicks::Unit;

constexpr qint64 kMs = 1000;
constexpr qint64 kSecond = 1000 * kMs;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Step
{
    Unit unit;
    int count;
    int labelChars; ///< the longest minor label of this step
};

constexpr std::array kSteps {
    Step { Unit::Microsecond, 1, 7 },
    Step { Unit::Microsecond, 2, 7 },
    Step { Unit::Microsecond, 5, 7 },
    Step { Unit::Microsecond, 10, 7 },
    Step { Unit::Microsecond, 20, 7 },
    Step { Unit::Microsecond, 50, 7 },
    Step { Unit::Microsecond, 100, 7 },
    Step { Unit::Microsecond, 200, 7 },
    Step { Unit::Microsecond, 500, 7 },
    Step { Unit::Millisecond, 1, 4 },
    Step { Unit::Millisecond, 2, 4 },
    Step { Unit::Millisecond, 5, 4 },
    Step { Unit::Millisecond, 10, 4 },
    Step { Unit::Millisecond, 20, 4 },
    Step { Unit::Millisecond, 50, 4 },
    Step { Unit::Millisecond, 100, 4 },
    Step { Unit::Millisecond, 200, 4 },
    Step { Unit::Millisecond, 500, 4 },
    Step { Unit::Second, 1, 8 },
    Step { Unit::Second, 2, 8 },
    Step { Unit::Second, 5, 8 },
    Step { Unit::Second, 10, 8 },
    Step { Unit::Second, 15, 8 },
    Step { Unit::Second, 30, 8 },
    Step { Unit::Minute, 1, 5 },
    Step { Unit::Minute, 2, 5 },
    Step { Unit::Minute, 5, 5 },
    Step { Unit::Minute, 10, 5 },
    Step { Unit::Minute, 15, 5 },
    Step { Unit::Minute, 30, 5 },
    Step { Unit::Hour, 1, 5 },
    Step { Unit::Hour, 2, 5 },
    Step { Unit::Hour, 3, 5 },
    Step { Unit::Hour, 6, 5 },
    Step { Unit::Hour, 12, 6 },
    Step { Unit::Day, 1, 6 },
    Step { Unit::Day, 2, 6 },
    Step { Unit::Day, 5, 6 },
    Step { Unit::Day, 10, 6 },
    Step { Unit::Month, 1, 4 },
    Step { Unit::Month, 2, 4 },
    Step { Unit::Month, 3, 4 },
    Step { Unit::Month, 6, 4 },
    Step { Unit::Year, 1, 4 },
    Step { Unit::Year, 2, 4 },
    Step { Unit::Year, 5, 4 },
    Step { Unit::Year, 10, 4 },
    Step { Unit::Year, 20, 4 },
    Step { Unit::Year, 50, 4 },
    Step { Unit::Year, 100, 4 },
    Step { Unit::Year, 200, 5 },
    Step { Unit::Year, 500, 5 },
    Step { Unit::Year, 1000, 5 },
};

double unitLength(Unit unit)
{
    switch (unit) {
    case Unit::Microsecond:
        return 1;
    case Unit::Millisecond:
        return double(kMs);
    case Unit::Second:
        return double(kSecond);
    case Unit::Minute:
        return double(kMinute);
    case Unit::Hour:
        return double(kHour);
    case Unit::Day:
        return double(kDay);
    case Unit::Month:
        return 30.436875 * double(kDay);
    case Unit::Year:
        return 365.2425 * double(kDay);
    case Unit::Count:
        return 1;
    }
    return 1;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

QDateTime dateTimeOf(TimeUs time, Qt::TimeSpec spec)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(time, kMs), spec);
}

TimeUs timeOf(QDate date, Qt::TimeSpec spec)
{
    return QDateTime(date, QTime(0, 0), spec).toMSecsSinceEpoch() * kMs;
}

qint64 offsetUs(TimeUs time, Qt::TimeSpec spec)
{
    return spec == Qt::UTC ? 0 : qint64(dateTimeOf(time, spec).offsetFromUtc()) * kSecond;
}

QString pad(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

QString label(TimeUs time, Qt::TimeSpec spec, const Step& step, bool major)
{
    const QDateTime dt = dateTimeOf(time, spec);
    const QLocale locale;
    const qint64 micros = time - floorDiv(time, kMs) * kMs;
    switch (step.unit) {
    case Unit::Microsecond:
        if (major)
            return dt.toString(QStringLiteral("HH:mm:ss.zzz"));
        return QLatin1Char('.') + pad(qint64(dt.time().msec()) * kMs + micros, 6);
    case Unit::Millisecond:
        if (major)
            return dt.toString(QStringLiteral("HH:mm:ss"));
        return QLatin1Char('.') + pad(dt.time().msec(), 3);
    case Unit::Second:
        return dt.toString(QStringLiteral("HH:mm:ss"));
    case Unit::Minute:
    case Unit::Hour:
        if (major)
            return QString::number(dt.date().day()) + QLatin1Char(' ')
                + locale.monthName(dt.date().month(), QLocale::ShortFormat);
        return dt.toString(QStringLiteral("HH:mm"));
    case Unit::Day:
        if (major)
            return locale.monthName(dt.date().month(), QLocale::ShortFormat) + QLatin1Char(' ')
                + QString::number(dt.date().year());
        return QString::number(dt.date().day()) + QLatin1Char(' ')
            + locale.monthName(dt.date().month(), QLocale::ShortFormat);
    case Unit::Month:
        if (major)
            return QString::number(dt.date().year());
        return locale.monthName(dt.date().month(), QLocale::ShortFormat);
    case Unit::Year:
    case Unit::Count:
        return QString::number(dt.date().year());
    }
    return {};
}

// Sub-day steps: multiples of the step in local (wall-clock) time, re-aligned when the
// UTC offset changes (daylight saving), so "14:00" is 14:00 on both sides of a switch.
std::vector<TimeUs> clockTicks(qint64 stepUs, AxisRange range, Qt::TimeSpec spec)
{
    std::vector<TimeUs> times;
    qint64 offset = offsetUs(range.from, spec);
    TimeUs t = floorDiv(range.from + offset, stepUs) * stepUs - offset;
    while (t < range.to && times.size() < 1000) {
        const qint64 here = offsetUs(t, spec);
        if (here != offset) {
            offset = here;
            TimeUs aligned = floorDiv(t + offset, stepUs) * stepUs - offset;
            if (!times.empty() && aligned <= times.back())
                aligned += stepUs;
            t = aligned;
            if (t >= range.to)
                break;
        }
        if (t >= range.from)
            times.push_back(t);
        t += stepUs;
    }
    return times;
}

std::vector<TimeUs> calendarTicks(const Step& step, AxisRange range, Qt::TimeSpec spec)
{
    std::vector<TimeUs> times;
    QDate date = dateTimeOf(range.from, spec).date();
    if (step.unit == Unit::Year)
        date = QDate(date.year() - (date.year() % step.count + step.count) % step.count, 1, 1);
    else if (step.unit == Unit::Month)
        date = QDate(date.year(), 1 + (date.month() - 1) / step.count * step.count, 1);
    while (times.size() < 1000) {
        if (step.unit == Unit::Day && (date.day() - 1) % step.count != 0) {
            date = date.addDays(1);
            continue;
        }
        // A step of several days skips the stub at a month's end (29, 30, 31 with a step of 5… 10).
        if (step.unit == Unit::Day && step.count > 1 && date.day() + step.count / 2 > date.daysInMonth()) {
            date = date.addDays(date.daysInMonth() - date.day() + 1);
            continue;
        }
        const TimeUs t = timeOf(date, spec);
        if (t >= range.to)
            break;
        if (t >= range.from)
            times.push_back(t);
        if (step.unit == Unit::Day)
            date = date.addDays(1);
        else if (step.unit == Unit::Month)
            date = date.addMonths(step.count);
        else
            date = date.addYears(step.count);
    }
    return times;
}

bool isMajor(TimeUs time, Qt::TimeSpec spec, const Step& step)
{
    const QDateTime dt = dateTimeOf(time, spec);
    const QTime clock = dt.time();
    switch (step.unit) {
    case Unit::Microsecond:
        return time % kMs == 0;
    case Unit::Millisecond:
        return clock.msec() == 0;
    case Unit::Second:
        return clock.second() == 0 && clock.msec() == 0;
    case Unit::Minute:
    case Unit::Hour:
        return clock == QTime(0, 0);
    case Unit::Day:
        return dt.date().day() == 1;
    case Unit::Month:
        return dt.date().month() == 1;
    case Unit::Year:
        return dt.date().year() % (step.count < 10 ? 10 : step.count * 10) == 0;
    case Unit::Count:
        break;
    }
    return false;
}

QString contextFor(const Step& step, AxisRange range, Qt::TimeSpec spec)
{
    Unit coarser = Unit::Year;
    switch (step.unit) {
    case Unit::Microsecond:
    case Unit::Millisecond:
        coarser = Unit::Second;
        break;
    case Unit::Second:
        coarser = Unit::Minute;
        break;
    case Unit::Minute:
    case Unit::Hour:
        coarser = Unit::Day;
        break;
    default:
        return zoneName(range.from, spec);
    }
    return formatTime(range.from, spec, coarser) + QLatin1Char(' ') + zoneName(range.from, spec);
}

} // namespace

double AxisTicks::nominalStep() const
{
    return unitLength(unit) * count;
}

AxisTicks timeTicks(const TimelineGeometry& geometry, Qt::TimeSpec spec, double charWidth)
{
    AxisTicks result;
    const double unitsPerPixel = geometry.unitsPerPixel();
    const Step* chosen = &kSteps.back();
    for (const Step& step : kSteps) {
        if (unitLength(step.unit) * step.count / unitsPerPixel >= (step.labelChars + 3) * charWidth) {
            chosen = &step;
            break;
        }
    }
    result.unit = chosen->unit;
    result.count = chosen->count;
    const AxisRange range = geometry.range();
    const std::vector<TimeUs> times = chosen->unit <= Unit::Hour
        ? clockTicks(qint64(unitLength(chosen->unit)) * chosen->count, range, spec)
        : calendarTicks(*chosen, range, spec);
    result.ticks.reserve(times.size());
    for (const TimeUs t : times) {
        const bool major = isMajor(t, spec, *chosen);
        result.ticks.push_back({ t, label(t, spec, *chosen, major), major });
    }
    result.context = contextFor(*chosen, range, spec);
    return result;
}

AxisTicks positionTicks(const TimelineGeometry& geometry, double charWidth)
{
    AxisTicks result;
    const QLocale locale;
    const double unitsPerPixel = geometry.unitsPerPixel();
    const int chars = int(locale.toString(std::max<qint64>(1, geometry.end())).size()) + 3;
    qint64 step = 1;
    for (qint64 power = 1; power < qint64(1e17); power *= 10) {
        const qint64 candidates[] = { power, 2 * power, 5 * power };
        const auto found = std::find_if(std::begin(candidates), std::end(candidates),
            [&](qint64 s) { return double(s) / unitsPerPixel >= chars * charWidth; });
        if (found != std::end(candidates)) {
            step = *found;
            break;
        }
    }
    result.count = int(std::min<qint64>(step, std::numeric_limits<int>::max()));
    const AxisRange range = geometry.range();
    for (qint64 p = std::max<qint64>(0, floorDiv(range.from + step - 1, step) * step); p < range.to; p += step) {
        const bool major = p % (step * 10) == 0;
        result.ticks.push_back({ p, locale.toString(p), major });
        if (result.ticks.size() >= 1000)
            break;
    }
    result.context = QCoreApplication::translate("Chronoscope::AxisTicks", "position");
    return result;
}

QString formatTime(TimeUs time, Qt::TimeSpec spec, AxisTicks::Unit unit)
{
    if (time == kInvalidTime)
        return {};
    const QDateTime dt = dateTimeOf(time, spec);
    switch (unit) {
    case Unit::Year:
        return dt.toString(QStringLiteral("yyyy"));
    case Unit::Month:
        return dt.toString(QStringLiteral("yyyy-MM"));
    case Unit::Day:
        return dt.toString(QStringLiteral("yyyy-MM-dd"));
    case Unit::Hour:
    case Unit::Minute:
        return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Unit::Second:
        return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Unit::Millisecond:
        return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case Unit::Microsecond:
    case Unit::Count:
        break;
    }
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + pad(time - floorDiv(time, kMs) * kMs, 3);
}

QString zoneName(TimeUs time, Qt::TimeSpec spec)
{
    if (spec == Qt::UTC)
        return QStringLiteral("UTC");
    const qint64 offset = offsetUs(time, spec) / kMinute;
    if (offset == 0)
        return QStringLiteral("UTC");
    const qint64 magnitude = std::abs(offset);
    return QStringLiteral("UTC") + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) + pad(magnitude / 60, 2)
        + QLatin1Char(':') + pad(magnitude % 60, 2);
}

QString formatDuration(qint64 us)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("Chronoscope::AxisTicks", text); };
    const QLocale locale;
    const qint64 magnitude = std::abs(us);
    const QString sign = us < 0 ? QStringLiteral("-") : QString();
    auto decimal = [&](double value, const char* unit) -> QString {
        return sign + locale.toString(value, 'f', value < 10 ? 2 : value < 100 ? 1 : 0) + QLatin1Char(' ') + tr(unit);
    };
    if (magnitude < kMs)
        return sign + QString::number(magnitude) + QLatin1Char(' ')
            + QCoreApplication::translate("Chronoscope::AxisTicks", "µs");
    if (magnitude < kSecond)
        return decimal(double(magnitude) / kMs, QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "ms"));
    if (magnitude < kMinute)
        return decimal(double(magnitude) / kSecond, QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "s"));
    auto pair = [&](qint64 big, const char* bigUnit, qint64 small, const char* smallUnit) -> QString {
        QString text = sign + QString::number(big) + QLatin1Char(' ') + tr(bigUnit);
        if (small > 0)
            text += QLatin1Char(' ') + QString::number(small) + QLatin1Char(' ') + tr(smallUnit);
        return text;
    };
    if (magnitude < kHour)
        return pair(magnitude / kMinute, QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "min"),
            magnitude % kMinute / kSecond, QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "s"));
    if (magnitude < kDay)
        return pair(magnitude / kHour, QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "h"), magnitude % kHour / kMinute,
            QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "min"));
    if (magnitude < 365 * kDay)
        return pair(magnitude / kDay, QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "d"), magnitude % kDay / kHour,
            QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "h"));
    return decimal(double(magnitude) / (365.2425 * double(kDay)), QT_TRANSLATE_NOOP("Chronoscope::AxisTicks", "years"));
}

} // namespace Chronoscope
