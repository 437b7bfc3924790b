// SPDX-License-Identifier: MIT
#pragma once

#include "eventindex.h"
#include "flathash.h"
#include "store/eventstore.h"

#include <optional>

namespace Chronoscope {

/// The on-disk copy of an index, so reopening a store of ten million events takes a
/// moment instead of a rebuild (DESIGN.md "Index"). One file per store and mapping under
/// the cache directory, named by a hash of the store's identity and mapping.
///
/// A cache is used only when it proves to belong to the store as it is now: the first and
/// the last cached rows must still read back with the same digest, and the file must pass
/// its own checksum and bounds checks. Anything else is discarded and rebuilt, never
/// trusted. Stores are append-only, so rows after the last cached one are indexed anew.
/// Written atomically (QSaveFile): a crash leaves the old cache or none.
class IndexCache
{
public:
    explicit IndexCache(QString directory);

    struct Contents
    {
        IndexColumns columns;
        FlatHashMap correlations; ///< hash64(correlation id) → first position
    };

    QString pathFor(const EventStore& store) const;
    std::optional<Contents> load(EventStore& store, QString* whyNot) const;
    bool save(EventStore& store, const IndexColumns& columns, const FlatHashMap& correlations, QString* whyNot) const;

    /// A digest of every indexed field of the row `rowId`, or nullopt if it is gone.
    static std::optional<quint64> rowDigest(EventStore& store, qint64 rowId);

private:
    QString m_directory;
};

} // namespace Chronoscope
