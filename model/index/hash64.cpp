// SPDX-License-Identifier: MIT
#include "hash64.h"

#include <cstring>

namespace Chronoscope {

namespace {

constexpr quint64 kPrime0 = 0xa0761d6478bd642fULL;
constexpr quint64 kPrime1 = 0xe7037ed1a0b428dbULL;
constexpr quint64 kPrime2 = 0x8ebc6af09c88c6e3ULL;

// Multiplies into 128 bits and folds the halves: every input bit reaches every output bit.
__extension__ using Uint128 = unsigned __int128; // GCC and Clang; -Wpedantic wants the marker

inline quint64 fold(quint64 a, quint64 b)
{
    const Uint128 product = static_cast<Uint128>(a) * b;
    return static_cast<quint64>(product) ^ static_cast<quint64>(product >> 64);
}

inline quint64 load64(const unsigned char* p)
{
    quint64 value;
    std::memcpy(&value, p, sizeof value);
    return value;
}

inline quint64 loadTail(const unsigned char* p, std::size_t length)
{
    quint64 value = 0;
    std::memcpy(&value, p, length);
    return value;
}

} // namespace

quint64 hash64(const void* data, std::size_t length, quint64 seed)
{
    const auto* p = static_cast<const unsigned char*>(data);
    quint64 state = seed ^ fold(seed ^ kPrime0, length ^ kPrime1);
    std::size_t left = length;
    while (left >= 16) {
        state = fold(load64(p) ^ kPrime1, load64(p + 8) ^ state);
        p += 16;
        left -= 16;
    }
    quint64 a = 0;
    quint64 b = 0;
    if (left > 8) {
        a = load64(p);
        b = loadTail(p + 8, left - 8);
    } else if (left > 0) {
        a = loadTail(p, left);
    }
    state = fold(a ^ kPrime1, b ^ state ^ kPrime2);
    return fold(state ^ kPrime0, length ^ kPrime2);
}

} // namespace Chronoscope
