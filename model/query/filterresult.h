// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

namespace Chronoscope {

/// The events a filter matched: their positions ascending, and the same as a bitset over
/// every position of the index it ran on (for "is this one in?" while painting). Immutable
/// once published; any thread may read it.
struct FilterResult
{
    std::vector<qint32> positions;
    std::vector<quint64> bits;
    qint64 indexSize = 0; ///< positions of the index the filter ran on
    qint64 storeRows = 0; ///< rows whose payload or ids were read from the store

    bool contains(qint64 position) const
    {
        return position >= 0 && position < indexSize
            && (bits[static_cast<std::size_t>(position >> 6)] >> (position & 63) & 1) != 0;
    }
};

using FilterResultPtr = std::shared_ptr<const FilterResult>;

} // namespace Chronoscope
