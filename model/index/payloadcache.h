// SPDX-License-Identifier: MIT
#pragma once

#include "eventindex.h"
#include "store/eventstore.h"

#include <QCache>

namespace Chronoscope {

/// Reads whole events (payload and metadata included) by position, keeping recently read
/// ones in a byte-bounded LRU: scrolling back and forth over a table does not hit the store
/// again. Owns nothing but borrows a store connection, so like it, one instance per thread.
class PayloadCache
{
public:
    static constexpr qint64 kDefaultBudgetBytes = 64 * 1024 * 1024;

    PayloadCache(EventStore& store, IndexPtr index, qint64 budgetBytes = kDefaultBudgetBytes);

    /// The event at `position`, indexed fields from the index, the rest from the store.
    Expected<Event, StoreError> event(qint64 position);

    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }
    qint64 bytesHeld() const { return m_cache.totalCost(); }

private:
    EventStore& m_store;
    IndexPtr m_index;
    QCache<qint64, Event> m_cache;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace Chronoscope
