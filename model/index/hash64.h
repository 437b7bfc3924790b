// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <string_view>

namespace Chronoscope {

/// A fast, well-mixed 64-bit hash (multiply-fold construction, several GB/s). Not
/// cryptographic: it keys interning tables and checks cache files, where a collision
/// costs correctness only with probability ~n²/2^65 (about 3e-6 at ten million keys).
/// Stable across runs and machines of the same endianness, so it may be persisted.
quint64 hash64(const void* data, std::size_t length, quint64 seed = 0);

inline quint64 hash64(std::string_view text, quint64 seed = 0)
{
    return hash64(text.data(), text.size(), seed);
}

} // namespace Chronoscope
