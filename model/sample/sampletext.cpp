// SPDX-License-Identifier: MIT
#include "sample/sampletext.h"

#include <charconv>

namespace Chronoscope::Sample {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void writeDigits(char* out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

UuidText randomUuid(Random& random)
{
    quint64 high = random.next();
    quint64 low = random.next();
    high = (high & ~quint64(0xf000)) | 0x4000; // version 4
    low = (low & ~(quint64(0xc) << 60)) | (quint64(0x8) << 60); // RFC 4122 variant
    UuidText text;
    int at = 0;
    auto put = [&](quint64 word, int nibbles, int shift) {
        for (int i = 0; i < nibbles; ++i)
            text[at++] = kHex[(word >> (shift - 4 * i)) & 0xf];
    };
    put(high, 8, 60);
    text[at++] = '-';
    put(high, 4, 28);
    text[at++] = '-';
    put(high, 4, 12);
    text[at++] = '-';
    put(low, 4, 60);
    text[at++] = '-';
    put(low, 12, 44);
    return text;
}

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int& year, int& month, int& day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2));
}

std::string_view TimestampFormatter::format(Micros time)
{
    const qint64 day = time >= 0 ? time / kMicrosPerDay : (time - kMicrosPerDay + 1) / kMicrosPerDay;
    if (day != m_day) {
        m_day = day;
        int year, month, dayOfMonth;
        civilFromDays(day, year, month, dayOfMonth);
        writeDigits(m_text.data(), year, 4);
        m_text[4] = '-';
        writeDigits(m_text.data() + 5, month, 2);
        m_text[7] = '-';
        writeDigits(m_text.data() + 8, dayOfMonth, 2);
        m_text[10] = 'T';
        m_text[13] = ':';
        m_text[16] = ':';
        m_text[19] = '.';
        m_text[26] = 'Z';
    }
    const qint64 ofDay = time - day * kMicrosPerDay;
    const qint64 seconds = ofDay / kMicrosPerSecond;
    writeDigits(m_text.data() + 11, seconds / 3600, 2);
    writeDigits(m_text.data() + 14, seconds / 60 % 60, 2);
    writeDigits(m_text.data() + 17, seconds % 60, 2);
    writeDigits(m_text.data() + 20, ofDay % kMicrosPerSecond, 6);
    return { m_text.data(), m_text.size() };
}

void appendDate(std::string& out, qint64 days)
{
    int year, month, day;
    civilFromDays(days, year, month, day);
    char text[10];
    writeDigits(text, year, 4);
    text[4] = '-';
    writeDigits(text + 5, month, 2);
    text[7] = '-';
    writeDigits(text + 8, day, 2);
    out.append(text, sizeof text);
}

void appendNumber(std::string& out, qint64 value, int width)
{
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, value);
    for (auto length = int(result.ptr - text); length < width; ++length)
        out.push_back('0');
    out.append(text, result.ptr);
}

void appendMoney(std::string& out, qint64 cents)
{
    if (cents < 0) {
        out.push_back('-');
        cents = -cents;
    }
    appendNumber(out, cents / 100);
    out.push_back('.');
    appendNumber(out, cents % 100, 2);
}

JsonWriter& JsonWriter::begin()
{
    m_out.push_back('{');
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::end()
{
    m_out.push_back('}');
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::beginArray(std::string_view name)
{
    key(name);
    m_out.push_back('[');
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out.push_back(']');
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::beginObject()
{
    if (!m_first)
        m_out.push_back(',');
    return begin();
}

JsonWriter& JsonWriter::string(std::string_view name, std::string_view value)
{
    key(name);
    m_out.push_back('"');
    escaped(value);
    m_out.push_back('"');
    return *this;
}

JsonWriter& JsonWriter::number(std::string_view name, qint64 value)
{
    key(name);
    appendNumber(m_out, value);
    return *this;
}

JsonWriter& JsonWriter::money(std::string_view name, qint64 cents)
{
    key(name);
    appendMoney(m_out, cents);
    return *this;
}

JsonWriter& JsonWriter::date(std::string_view name, qint64 days)
{
    key(name);
    m_out.push_back('"');
    appendDate(m_out, days);
    m_out.push_back('"');
    return *this;
}

JsonWriter& JsonWriter::openString(std::string_view name)
{
    key(name);
    m_out.push_back('"');
    return *this;
}

JsonWriter& JsonWriter::closeString()
{
    m_out.push_back('"');
    return *this;
}

void JsonWriter::key(std::string_view name)
{
    if (!m_first)
        m_out.push_back(',');
    m_first = false;
    m_out.push_back('"');
    m_out.append(name);
    m_out.append("\":", 2);
}

void JsonWriter::escaped(std::string_view text)
{
    // The vocabularies are plain ASCII; escaping stays here so a future word with a quote
    // cannot silently produce a malformed payload in a clean store.
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            m_out.push_back('\\');
            m_out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            m_out.append("\\u00", 4);
            m_out.push_back(kHex[(c >> 4) & 0xf]);
            m_out.push_back(kHex[c & 0xf]);
        } else {
            m_out.push_back(c);
        }
    }
}

namespace Vocabulary {

namespace {

constexpr std::string_view kSurnames[] = { "Okafor", "Lindqvist", "Moreau", "Nakamura", "Fischer", "Costa", "Kowalski",
    "Haddad", "Murphy", "Rossi", "Jansen", "Novak", "Silva", "Andersen", "Dubois", "Tanaka", "Schmidt", "Garcia",
    "Petrov", "Nguyen", "Byrne", "Larsen", "Mensah", "Ortiz", "Weber", "Khan", "Horvat", "Laurent", "Yilmaz", "Santos",
    "Bauer", "Ivanova", "Mbeki", "Sato", "Keller", "Fontaine", "Popescu", "Ahmed", "Berg", "Romano", "Walsh",
    "Virtanen", "Hoffmann", "Oliveira", "Kim", "Papadopoulos", "Brennan", "Eriksen" };

constexpr std::string_view kFirstNames[] = { "Amara", "Leo", "Mila", "Noah", "Ines", "Elias", "Zoe", "Omar", "Freya",
    "Luca", "Hana", "Jonas", "Aisha", "Mateo", "Nora", "Kenji", "Lina", "Felix", "Sofia", "Arjun", "Clara", "Tomas",
    "Yara", "Emil", "Maya", "Idris", "Alba", "Oskar", "Leila", "Hugo", "Rosa", "Sami" };

constexpr std::string_view kAdjectives[] = { "Blue", "Compact", "Recycled", "Wireless", "Classic", "Organic", "Travel",
    "Deluxe", "Mini", "Bamboo", "Steel", "Kids" };

constexpr std::string_view kNouns[] = { "Notebook", "USB-C cable", "Water bottle", "Backpack", "Desk lamp",
    "Headphones", "Lunch box", "Pencil case", "Calculator", "Umbrella", "Sketchbook", "Charger", "Mug", "Scarf",
    "Ruler set", "Puzzle", "Football", "Paint set", "Thermos", "Keyboard" };

constexpr std::string_view kCurrencies[] = { "EUR", "GBP", "CHF", "USD" };

constexpr quint32 kAdjectiveCount = std::size(kAdjectives);
constexpr quint32 kNounCount = std::size(kNouns);

} // namespace

std::string_view surname(quint32 index)
{
    return kSurnames[index % std::size(kSurnames)];
}
std::string_view firstName(quint32 index)
{
    return kFirstNames[index % std::size(kFirstNames)];
}
quint32 surnameCount()
{
    return std::size(kSurnames);
}
quint32 firstNameCount()
{
    return std::size(kFirstNames);
}

quint32 productCount()
{
    return kAdjectiveCount * kNounCount;
}

void appendSku(std::string& out, quint32 product)
{
    out.append("SKU-", 4);
    appendNumber(out, 10000 + qint64(product) * 7, 5);
}

void appendProductName(std::string& out, quint32 product)
{
    out.append(kAdjectives[product % kAdjectiveCount]);
    out.push_back(' ');
    out.append(kNouns[product / kAdjectiveCount % kNounCount]);
}

qint64 productPriceCents(quint32 product)
{
    // A fixed hash of the index: prices look arbitrary (3.00 … 149.99) but never change.
    const quint64 mixed = (quint64(product) + 1) * 0x9e3779b97f4a7c15ULL;
    const qint64 euros = 3 + qint64((mixed >> 40) % 147);
    constexpr qint64 kCents[] = { 0, 49, 50, 95, 99 };
    return euros * 100 + kCents[(mixed >> 20) % std::size(kCents)];
}

std::string_view currency(quint32 index)
{
    return kCurrencies[index % std::size(kCurrencies)];
}
quint32 currencyCount()
{
    return std::size(kCurrencies);
}

} // namespace Vocabulary

} // namespace Chronoscope::Sample
