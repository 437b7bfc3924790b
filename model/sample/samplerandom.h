// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <bit>

namespace Chronoscope::Sample {

/// xoshiro256** seeded through splitmix64, with our own integer range mapping. The standard
/// distributions are implementation-defined, so using them would make a sample store differ
/// between standard libraries; everything here is plain 64-bit integer arithmetic.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64& word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = std::rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = std::rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n), n > 0 (Lemire's multiply-shift with rejection: unbiased).
    quint64 below(quint64 n)
    {
        __extension__ typedef unsigned __int128 Wide;
        Wide product = Wide(next()) * n;
        auto low = quint64(product);
        if (low < n) {
            const quint64 threshold = (0 - n) % n;
            while (low < threshold) {
                product = Wide(next()) * n;
                low = quint64(product);
            }
        }
        return quint64(product >> 64);
    }

    /// Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low) + 1)); }

    /// True with probability perMille / 1000.
    bool chance(quint32 perMille) { return below(1000) < perMille; }

    /// An index in [0, n) with P(i) roughly proportional to 1/(i+1) (Zipf, s = 1): a uniformly
    /// chosen octave [2^e - 1, 2^(e+1) - 1), then a uniform index inside it. Integer only.
    quint64 skewed(quint64 n)
    {
        if (n <= 1)
            return 0;
        const auto octaves = quint64(std::bit_width(n));
        const quint64 octave = below(octaves);
        const quint64 low = (quint64(1) << octave) - 1;
        const quint64 high = qMin((quint64(2) << octave) - 1, n);
        return low + below(high - low);
    }

private:
    quint64 m_state[4];
};

} // namespace Chronoscope::Sample
