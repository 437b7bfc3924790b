// SPDX-License-Identifier: MIT
// Fuzzes TimestampParser, the index's hot path for every stored timestamp. Beyond "no crash,
// no UB" it checks what the header promises: a parsed text formats back (toIso) to a text
// that parses to the same microsecond (years 0001 to 9999 UTC), and every qint64 epoch maps
// to a valid time.
#include "index/timestampparser.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

using namespace Chronoscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const TimeUs parsed = TimestampParser::parseText(text);
    if (parsed != kInvalidTime) {
        const QByteArray iso = TimestampParser::toIso(parsed).toLatin1();
        if (iso.isEmpty())
            std::abort();
        // The round trip parseText → toIso → parseText is exact for the years toIso writes in
        // the basic form, 0001 to 9999 UTC (an offset can carry a time just beyond them).
        const bool basicYear = iso.size() > 4 && iso.at(4) == '-' && !iso.startsWith("0000");
        if (basicYear && TimestampParser::parseText(std::string_view(iso.constData(), iso.size())) != parsed)
            std::abort();
    }
    if (size >= sizeof(qint64)) {
        qint64 integer = 0;
        std::memcpy(&integer, data, sizeof integer);
        const TimeUs fromInteger = TimestampParser::parseEpoch(integer);
        if (fromInteger == kInvalidTime || TimestampParser::toIso(fromInteger).isEmpty())
            std::abort(); // "every qint64 maps to a valid time"
        double real = 0;
        std::memcpy(&real, data, sizeof real);
        const TimeUs fromReal = TimestampParser::parseEpoch(real);
        if (fromReal != kInvalidTime)
            (void)TimestampParser::toIso(fromReal);
    }
    return 0;
}
