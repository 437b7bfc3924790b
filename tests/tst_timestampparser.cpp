// SPDX-License-Identifier: MIT
#include "index/timestampparser.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <limits>

using namespace Chronoscope;

namespace {

// The expectation, computed by QDateTime rather than by the code under test.
qint64 expectedUs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int microsecond = 0,
    int offsetSeconds = 0)
{
    const QDateTime dateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::OffsetFromUTC, offsetSeconds);
    Q_ASSERT(dateTime.isValid());
    return dateTime.toMSecsSinceEpoch() * 1000 + microsecond;
}

TimeUs parse(const QByteArray& text)
{
    return TimestampParser::parseText(std::string_view(text.constData(), size_t(text.size())));
}

QByteArray twoDigits(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

} // namespace

class TestTimestampParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseText_data();
    void parseText();
    void parseTextStopsAtViewEnd();
    void parseEpochInteger_data();
    void parseEpochInteger();
    void parseEpochDouble_data();
    void parseEpochDouble();
    void toIso_data();
    void toIso();
    void roundTripRandomTimes();
    void randomOffsetsMatchQDateTime();
    void daysFromCivilMatchesQDate();
    void benchmarkParseIso();
};

void TestTimestampParser::parseText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");

    const qint64 invalid = kInvalidTime;
    const qint64 base = expectedUs(2024, 1, 15, 14, 0, 0);

    // Zones
    QTest::addRow("Z") << QByteArray("2024-01-15T14:00:00Z") << base;
    QTest::addRow("no zone is UTC") << QByteArray("2024-01-15T14:00:00") << base;
    QTest::addRow("lower-case t and z") << QByteArray("2024-01-15t14:00:00z") << base;
    QTest::addRow("+02:00") << QByteArray("2024-01-15T14:00:00+02:00") << expectedUs(2024, 1, 15, 14, 0, 0, 0, 7200);
    QTest::addRow("-05:30") << QByteArray("2024-01-15T14:00:00-05:30") << expectedUs(2024, 1, 15, 14, 0, 0, 0, -19800);
    QTest::addRow("+0530") << QByteArray("2024-01-15T14:00:00+0530") << expectedUs(2024, 1, 15, 14, 0, 0, 0, 19800);
    QTest::addRow("+01") << QByteArray("2024-01-15T14:00:00+01") << expectedUs(2024, 1, 15, 14, 0, 0, 0, 3600);
    QTest::addRow("-00:00 is UTC") << QByteArray("2024-01-15T14:00:00-00:00") << base;
    QTest::addRow("+18:00 is the widest offset")
        << QByteArray("2024-01-15T14:00:00+18:00") << expectedUs(2024, 1, 15, 14, 0, 0, 0, 18 * 3600);
    QTest::addRow("-18:00 is the widest offset")
        << QByteArray("2024-01-15T14:00:00-18:00") << expectedUs(2024, 1, 15, 14, 0, 0, 0, -18 * 3600);
    QTest::addRow("offset crosses midnight")
        << QByteArray("2024-01-01T01:00:00+02:00") << expectedUs(2023, 12, 31, 23, 0, 0);

    // Fractions
    QTest::addRow("1 fraction digit") << QByteArray("2024-01-15T14:00:00.5Z") << base + 500'000;
    QTest::addRow("3 fraction digits") << QByteArray("2024-01-15T14:00:00.123Z") << base + 123'000;
    QTest::addRow("6 fraction digits") << QByteArray("2024-01-15T14:00:00.123456Z") << base + 123'456;
    QTest::addRow("7 fraction digits truncated") << QByteArray("2024-01-15T14:00:00.1234567Z") << base + 123'456;
    QTest::addRow("9 fraction digits truncated") << QByteArray("2024-01-15T14:00:00.123456999Z") << base + 123'456;
    QTest::addRow("comma decimal separator") << QByteArray("2024-01-15T14:00:00,25Z") << base + 250'000;
    QTest::addRow("fraction with offset")
        << QByteArray("2024-01-15T14:00:00.000001+01:00") << expectedUs(2024, 1, 15, 14, 0, 0, 1, 3600);

    // Layouts
    QTest::addRow("space separator") << QByteArray("2024-01-15 14:00:00") << base;
    QTest::addRow("PostgreSQL timestamptz") << QByteArray("2024-01-15 14:00:00.123456+00") << base + 123'456;
    QTest::addRow("PostgreSQL with offset")
        << QByteArray("2024-01-15 14:00:00.5-08") << expectedUs(2024, 1, 15, 14, 0, 0, 500'000, -8 * 3600);
    QTest::addRow("date only") << QByteArray("2024-01-15") << expectedUs(2024, 1, 15);
    QTest::addRow("minutes only") << QByteArray("2024-01-15T14:07") << expectedUs(2024, 1, 15, 14, 7);
    QTest::addRow("minutes only with zone")
        << QByteArray("2024-01-15T14:07+01:00") << expectedUs(2024, 1, 15, 14, 7, 0, 0, 3600);
    QTest::addRow("surrounding whitespace") << QByteArray(" \t2024-01-15T14:00:00Z\r\n") << base;

    // Calendar
    QTest::addRow("leap day 2024-02-29") << QByteArray("2024-02-29T12:00:00Z") << expectedUs(2024, 2, 29, 12);
    QTest::addRow("leap day 2000-02-29") << QByteArray("2000-02-29") << expectedUs(2000, 2, 29);
    QTest::addRow("no leap day 2023-02-29") << QByteArray("2023-02-29T12:00:00Z") << invalid;
    QTest::addRow("no leap day 1900-02-29") << QByteArray("1900-02-29") << invalid;
    QTest::addRow("April 31") << QByteArray("2024-04-31") << invalid;
    QTest::addRow("month 13") << QByteArray("2024-13-01T00:00:00Z") << invalid;
    QTest::addRow("month 00") << QByteArray("2024-00-10") << invalid;
    QTest::addRow("day 00") << QByteArray("2024-01-00") << invalid;
    QTest::addRow("year 0001") << QByteArray("0001-01-01T00:00:00Z") << expectedUs(1, 1, 1);
    QTest::addRow("year 9999") << QByteArray("9999-12-31T23:59:59.999999Z")
                               << expectedUs(9999, 12, 31, 23, 59, 59, 999'999);
    QTest::addRow("year 0000") << QByteArray("0000-01-01") << invalid;
    QTest::addRow("before 1970") << QByteArray("1969-12-31T23:59:59.999999Z") << qint64(-1);

    // Time of day
    QTest::addRow("hour 25") << QByteArray("2024-01-15T25:00:00Z") << invalid;
    QTest::addRow("minute 60") << QByteArray("2024-01-15T14:60:00Z") << invalid;
    QTest::addRow("second 61") << QByteArray("2024-01-15T14:00:61Z") << invalid;
    QTest::addRow("24:00:00 is next midnight") << QByteArray("2024-12-31T24:00:00Z") << expectedUs(2025, 1, 1);
    QTest::addRow("24:00 is next midnight") << QByteArray("2024-02-28T24:00") << expectedUs(2024, 2, 29);
    QTest::addRow("24:00:00.000 is next midnight") << QByteArray("2024-01-15T24:00:00.000Z") << expectedUs(2024, 1, 16);
    QTest::addRow("24:00:01") << QByteArray("2024-01-15T24:00:01Z") << invalid;
    QTest::addRow("24:00:00.0000001") << QByteArray("2024-01-15T24:00:00.0000001Z") << invalid;
    QTest::addRow("24:30") << QByteArray("2024-01-15T24:30:00Z") << invalid;

    // Leap seconds (QDateTime has none, so the expectations are built from the second before)
    const qint64 lastUsOf2016 = expectedUs(2016, 12, 31, 23, 59, 59, 999'999);
    QTest::addRow("leap second 23:59:60Z") << QByteArray("2016-12-31T23:59:60Z") << lastUsOf2016;
    QTest::addRow("leap second with fraction") << QByteArray("2016-12-31T23:59:60.5Z") << lastUsOf2016;
    QTest::addRow("leap second in +01:00") << QByteArray("2017-01-01T00:59:60+01:00") << lastUsOf2016;
    QTest::addRow("leap second in -05:30") << QByteArray("2016-12-31T18:29:60-05:30") << lastUsOf2016;
    QTest::addRow("leap second without zone") << QByteArray("2016-12-31 23:59:60") << lastUsOf2016;
    QTest::addRow(":60 away from UTC midnight") << QByteArray("2024-01-15T14:37:60Z") << invalid;
    QTest::addRow(":60 at local midnight in +01:00") << QByteArray("2016-12-31T23:59:60+01:00") << invalid;

    // Bad offsets
    QTest::addRow("offset +18:01") << QByteArray("2024-01-15T14:00:00+18:01") << invalid;
    QTest::addRow("offset +19") << QByteArray("2024-01-15T14:00:00+19") << invalid;
    QTest::addRow("offset minute 60") << QByteArray("2024-01-15T14:00:00+05:60") << invalid;
    QTest::addRow("offset one digit") << QByteArray("2024-01-15T14:00:00+2") << invalid;
    QTest::addRow("offset three digits") << QByteArray("2024-01-15T14:00:00+020") << invalid;
    QTest::addRow("offset sign only") << QByteArray("2024-01-15T14:00:00+") << invalid;
    QTest::addRow("offset 02-00") << QByteArray("2024-01-15T14:00:00+02-00") << invalid;

    // Garbage
    QTest::addRow("empty") << QByteArray() << invalid;
    QTest::addRow("whitespace only") << QByteArray("  \t ") << invalid;
    QTest::addRow("yesterday") << QByteArray("yesterday") << invalid;
    QTest::addRow("trailing junk after Z") << QByteArray("2024-01-15T14:00:00Zjunk") << invalid;
    QTest::addRow("unpadded month and day") << QByteArray("2024-1-5") << invalid;
    QTest::addRow("slashes") << QByteArray("2024/01/15") << invalid;
    QTest::addRow("zone after date only") << QByteArray("2024-01-15Z") << invalid;
    QTest::addRow("separator without time") << QByteArray("2024-01-15T") << invalid;
    QTest::addRow("hour without minutes") << QByteArray("2024-01-15T14") << invalid;
    QTest::addRow("two spaces") << QByteArray("2024-01-15  14:00:00") << invalid;
    QTest::addRow("underscore separator") << QByteArray("2024-01-15_14:00:00") << invalid;
    QTest::addRow("dot without digits") << QByteArray("2024-01-15T14:00:00.Z") << invalid;
    QTest::addRow("10 fraction digits") << QByteArray("2024-01-15T14:00:00.1234567890Z") << invalid;
    QTest::addRow("fraction on minutes") << QByteArray("2024-01-15T14:00.5Z") << invalid;
    QTest::addRow("single-digit second") << QByteArray("2024-01-15T14:00:0Z") << invalid;
    QTest::addRow("five-digit year") << QByteArray("20240-01-15") << invalid;
    QTest::addRow("NUL inside") << QByteArray("2024-01-15\0T14:00:00Z", 21) << invalid;
    QTest::addRow("full-width digits") << QByteArray("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94") << invalid;

    // Epoch numbers as text; 1700000000 s is 2023-11-14T22:13:20Z
    const qint64 epoch1700 = expectedUs(2023, 11, 14, 22, 13, 20);
    QTest::addRow("epoch seconds") << QByteArray("1700000000") << epoch1700;
    QTest::addRow("epoch milliseconds") << QByteArray("1700000000123") << epoch1700 + 123'000;
    QTest::addRow("epoch microseconds") << QByteArray("1700000000123456") << epoch1700 + 123'456;
    QTest::addRow("epoch nanoseconds") << QByteArray("1700000000123456789") << epoch1700 + 123'456;
    QTest::addRow("epoch zero") << QByteArray("0") << qint64(0);
    QTest::addRow("epoch plus sign") << QByteArray("+42") << qint64(42'000'000);
    QTest::addRow("epoch negative seconds") << QByteArray("-5") << qint64(-5'000'000);
    QTest::addRow("epoch negative milliseconds") << QByteArray("-1700000000123") << -epoch1700 - 123'000;
    QTest::addRow("epoch negative nanoseconds floored") << QByteArray("-1700000000123456789") << -epoch1700 - 123'457;
    QTest::addRow("epoch fractional seconds") << QByteArray("1700000000.5") << epoch1700 + 500'000;
    QTest::addRow("epoch fractional seconds, 6 digits") << QByteArray("1700000000.123456") << epoch1700 + 123'456;
    QTest::addRow("epoch fractional seconds, 9 digits") << QByteArray("1700000000.123456789") << epoch1700 + 123'456;
    QTest::addRow("epoch fractional milliseconds") << QByteArray("1700000000123.456") << epoch1700 + 123'456;
    QTest::addRow("epoch fractional microseconds") << QByteArray("1700000000123456.9") << epoch1700 + 123'456;
    QTest::addRow("epoch negative fraction") << QByteArray("-1.5") << qint64(-1'500'000);
    QTest::addRow("epoch negative fraction floored") << QByteArray("-1.0000005") << qint64(-1'000'001);
    QTest::addRow("epoch with whitespace") << QByteArray(" 1700000000\n") << epoch1700;
    QTest::addRow("epoch last second value") << QByteArray("99999999999") << qint64(99'999'999'999'000'000);
    QTest::addRow("epoch first millisecond value") << QByteArray("100000000000") << qint64(100'000'000'000'000);
    QTest::addRow("epoch qint64 max") << QByteArray("9223372036854775807") << qint64(9'223'372'036'854'775);
    QTest::addRow("epoch qint64 min") << QByteArray("-9223372036854775808") << qint64(-9'223'372'036'854'776);
    QTest::addRow("epoch above qint64") << QByteArray("9223372036854775808") << invalid;
    QTest::addRow("epoch above quint64") << QByteArray("18446744073709551616") << invalid;
    QTest::addRow("epoch sign only") << QByteArray("-") << invalid;
    QTest::addRow("epoch leading dot") << QByteArray(".5") << invalid;
    QTest::addRow("epoch trailing dot") << QByteArray("5.") << invalid;
    QTest::addRow("epoch exponent") << QByteArray("1e9") << invalid;
    QTest::addRow("epoch comma fraction") << QByteArray("1700000000,5") << invalid;
    QTest::addRow("epoch inner space") << QByteArray("17 00") << invalid;
    QTest::addRow("epoch double sign") << QByteArray("--5") << invalid;
}

void TestTimestampParser::parseText()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);

    QCOMPARE(parse(text), expected);
}

void TestTimestampParser::parseTextStopsAtViewEnd()
{
    // Stores hand out views into larger buffers, not NUL-terminated strings.
    const QByteArray buffer("2024-01-15T14:00:00Zjunk");
    QCOMPARE(TimestampParser::parseText(std::string_view(buffer.constData(), 20)), expectedUs(2024, 1, 15, 14));
    QCOMPARE(TimestampParser::parseText(std::string_view(buffer.constData(), 16)), expectedUs(2024, 1, 15, 14));
    QCOMPARE(TimestampParser::parseText(std::string_view(buffer.constData(), 10)), expectedUs(2024, 1, 15));
    QCOMPARE(TimestampParser::parseText(std::string_view(buffer.constData(), 13)), kInvalidTime);
}

void TestTimestampParser::parseEpochInteger_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("expected");

    const qint64 epoch1700 = expectedUs(2023, 11, 14, 22, 13, 20);
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();

    QTest::addRow("zero") << qint64(0) << qint64(0);
    QTest::addRow("seconds") << qint64(1'700'000'000) << epoch1700;
    QTest::addRow("milliseconds") << qint64(1'700'000'000'123) << epoch1700 + 123'000;
    QTest::addRow("microseconds") << qint64(1'700'000'000'123'456) << epoch1700 + 123'456;
    QTest::addRow("nanoseconds") << qint64(1'700'000'000'123'456'789) << epoch1700 + 123'456;
    QTest::addRow("negative seconds") << qint64(-5) << qint64(-5'000'000);
    QTest::addRow("negative milliseconds") << qint64(-1'700'000'000'123) << -epoch1700 - 123'000;
    QTest::addRow("negative nanoseconds floored") << qint64(-1'700'000'000'123'456'789) << -epoch1700 - 123'457;
    QTest::addRow("negative whole nanoseconds") << qint64(-1'700'000'000'123'456'000) << -epoch1700 - 123'456;
    QTest::addRow("last seconds value") << qint64(99'999'999'999) << qint64(99'999'999'999'000'000);
    QTest::addRow("first milliseconds value") << qint64(100'000'000'000) << qint64(100'000'000'000'000);
    QTest::addRow("last negative seconds value") << qint64(-99'999'999'999) << qint64(-99'999'999'999'000'000);
    QTest::addRow("first negative milliseconds value") << qint64(-100'000'000'000) << qint64(-100'000'000'000'000);
    QTest::addRow("first microseconds value") << qint64(100'000'000'000'000) << qint64(100'000'000'000'000);
    QTest::addRow("first nanoseconds value") << qint64(100'000'000'000'000'000) << qint64(100'000'000'000'000);
    QTest::addRow("qint64 max") << max << qint64(9'223'372'036'854'775);
    QTest::addRow("qint64 min") << min << qint64(-9'223'372'036'854'776);
}

void TestTimestampParser::parseEpochInteger()
{
    QFETCH(qint64, value);
    QFETCH(qint64, expected);

    QCOMPARE(TimestampParser::parseEpoch(value), expected);
    // The text form follows the same rule.
    const QByteArray text = QByteArray::number(value);
    QCOMPARE(parse(text), expected);
}

void TestTimestampParser::parseEpochDouble_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("expected");

    const qint64 invalid = kInvalidTime;
    const qint64 epoch1700 = expectedUs(2023, 11, 14, 22, 13, 20);

    QTest::addRow("whole seconds") << 1'700'000'000.0 << epoch1700;
    QTest::addRow("half second") << 1'700'000'000.5 << epoch1700 + 500'000;
    QTest::addRow("six decimals") << 1'700'000'000.123456 << epoch1700 + 123'456;
    // 1.000001 * 1e6 is 1000000.9999999999 in binary.
    QTest::addRow("rounded, not truncated") << 1.000001 << qint64(1'000'001);
    QTest::addRow("negative rounded, not truncated") << -1.000001 << qint64(-1'000'001);
    QTest::addRow("negative fraction") << -0.5 << qint64(-500'000);
    QTest::addRow("negative fractional seconds") << -1'700'000'000.25 << -epoch1700 - 250'000;
    QTest::addRow("milliseconds") << 1'700'000'000'123.0 << epoch1700 + 123'000;
    QTest::addRow("fractional milliseconds") << 1'700'000'000'123.5 << epoch1700 + 123'500;
    QTest::addRow("microseconds") << 1'700'000'000'123'456.0 << epoch1700 + 123'456;
    QTest::addRow("nanoseconds") << 1.7e18 << qint64(1'700'000'000'000'000);
    QTest::addRow("NaN") << std::nan("") << invalid;
    QTest::addRow("infinity") << std::numeric_limits<double>::infinity() << invalid;
    QTest::addRow("minus infinity") << -std::numeric_limits<double>::infinity() << invalid;
    QTest::addRow("2^63") << 0x1p63 << invalid;
    QTest::addRow("-2^63") << -0x1p63 << qint64(-9'223'372'036'854'776);
    QTest::addRow("1e30") << 1e30 << invalid;
    QTest::addRow("-1e30") << -1e30 << invalid;
}

void TestTimestampParser::parseEpochDouble()
{
    QFETCH(double, value);
    QFETCH(qint64, expected);

    QCOMPARE(TimestampParser::parseEpoch(value), expected);
}

void TestTimestampParser::toIso_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");

    QTest::addRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000000Z");
    QTest::addRow("one microsecond before epoch") << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999999Z");
    QTest::addRow("one day before epoch") << qint64(-86'400'000'000) << QStringLiteral("1969-12-31T00:00:00.000000Z");
    QTest::addRow("microseconds") << expectedUs(2024, 1, 15, 14, 0, 0, 123'456)
                                  << QStringLiteral("2024-01-15T14:00:00.123456Z");
    QTest::addRow("leap day") << expectedUs(2024, 2, 29, 23, 59, 59) << QStringLiteral("2024-02-29T23:59:59.000000Z");
    QTest::addRow("1900 before epoch") << expectedUs(1900, 3, 1, 6, 7, 8, 9)
                                       << QStringLiteral("1900-03-01T06:07:08.000009Z");
    QTest::addRow("year 0001") << expectedUs(1, 1, 1) << QStringLiteral("0001-01-01T00:00:00.000000Z");
    QTest::addRow("year 9999") << expectedUs(9999, 12, 31, 23, 59, 59, 999'999)
                               << QStringLiteral("9999-12-31T23:59:59.999999Z");
    QTest::addRow("year 0000") << expectedUs(1, 1, 1) - 1 << QStringLiteral("0000-12-31T23:59:59.999999Z");
    QTest::addRow("year 10000") << expectedUs(9999, 12, 31, 23, 59, 59, 999'999) + 1
                                << QStringLiteral("+10000-01-01T00:00:00.000000Z");
    QTest::addRow("invalid") << qint64(kInvalidTime) << QString();
    // Literal constants: QDateTime's own range ends before these.
    QTest::addRow("qint64 max") << std::numeric_limits<qint64>::max()
                                << QStringLiteral("+294247-01-10T04:00:54.775807Z");
    QTest::addRow("qint64 min + 1") << std::numeric_limits<qint64>::min() + 1
                                    << QStringLiteral("-290308-12-21T19:59:05.224193Z");
}

void TestTimestampParser::toIso()
{
    QFETCH(qint64, time);
    QFETCH(QString, expected);

    QCOMPARE(TimestampParser::toIso(time), expected);
}

void TestTimestampParser::roundTripRandomTimes()
{
    // Fixed seed: a failure must reproduce.
    QRandomGenerator random(20240115);
    const qint64 first = expectedUs(1900, 1, 1);
    const qint64 last = expectedUs(2101, 1, 1);
    for (int i = 0; i < 100'000; ++i) {
        const qint64 time = random.bounded(first, last);
        const QString iso = TimestampParser::toIso(time);
        const QByteArray text = iso.toLatin1();
        QCOMPARE(parse(text), time);

        // The same text built by QDateTime, so toIso is not only checked against itself.
        const qint64 microsecond = ((time % 1'000'000) + 1'000'000) % 1'000'000;
        const QDateTime dateTime = QDateTime::fromMSecsSinceEpoch((time - microsecond) / 1000, Qt::UTC);
        const QString fromQt = dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'.'
            + QString::number(microsecond).rightJustified(6, u'0') + u'Z';
        QCOMPARE(iso, fromQt);
    }
}

void TestTimestampParser::randomOffsetsMatchQDateTime()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 20'000; ++i) {
        const int year = random.bounded(1900, 2101);
        const int month = random.bounded(1, 13);
        const int day = random.bounded(1, QDate(year, month, 1).daysInMonth() + 1);
        const int hour = random.bounded(24);
        const int minute = random.bounded(60);
        const int second = random.bounded(60);
        const int microsecond = random.bounded(1'000'000);
        const int offsetMinutes = random.bounded(-18 * 60, 18 * 60 + 1);
        const int absOffset = std::abs(offsetMinutes);

        const QByteArray text = QByteArray::number(year) + '-' + twoDigits(month) + '-' + twoDigits(day) + 'T'
            + twoDigits(hour) + ':' + twoDigits(minute) + ':' + twoDigits(second) + '.'
            + QByteArray::number(microsecond).rightJustified(6, '0') + (offsetMinutes < 0 ? '-' : '+')
            + twoDigits(absOffset / 60) + ':' + twoDigits(absOffset % 60);
        QCOMPARE(parse(text), expectedUs(year, month, day, hour, minute, second, microsecond, offsetMinutes * 60));
    }
}

void TestTimestampParser::daysFromCivilMatchesQDate()
{
    // Every day of the supported years, plus the proleptic years around them.
    constexpr qint64 kJulianDayOfUnixEpoch = 2'440'588;
    const QDate last(10'000, 12, 31);
    qint64 previous = TimestampParser::daysFromCivil(0, 12, 31);
    for (QDate date(1, 1, 1); date <= last; date = date.addDays(1)) {
        const qint64 days = TimestampParser::daysFromCivil(date.year(), unsigned(date.month()), unsigned(date.day()));
        if (days != date.toJulianDay() - kJulianDayOfUnixEpoch || days != previous + 1)
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
        previous = days;
    }
    QCOMPARE(TimestampParser::daysFromCivil(1970, 1, 1), qint64(0));
    // Large years go through qint64 arithmetic; 2^31 - 1 would overflow an int-based version.
    QCOMPARE(TimestampParser::daysFromCivil(std::numeric_limits<int>::max(), 12, 31)
            - TimestampParser::daysFromCivil(std::numeric_limits<int>::max() - 400, 12, 31),
        qint64(146'097));
}

void TestTimestampParser::benchmarkParseIso()
{
    const QByteArray text("2024-03-01T12:34:56.123456Z");
    const std::string_view view(text.constData(), size_t(text.size()));
    TimeUs time = kInvalidTime;
    QBENCHMARK
    {
        time = TimestampParser::parseText(view);
    }
    QCOMPARE(time, expectedUs(2024, 3, 1, 12, 34, 56, 123'456));
}

QTEST_GUILESS_MAIN(TestTimestampParser)

#include "tst_timestampparser.moc"
