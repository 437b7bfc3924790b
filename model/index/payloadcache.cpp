// SPDX-License-Identifier: MIT
#include "payloadcache.h"

#include <QCoreApplication>

namespace Chronoscope {

namespace {

qint64 costOf(const Event& event)
{
    constexpr qint64 overhead = 256; // the Event itself and its small strings
    return overhead + event.data.size() + event.metadata.size();
}

} // namespace

PayloadCache::PayloadCache(EventStore& store, IndexPtr index, qint64 budgetBytes)
    : m_store(store)
    , m_index(std::move(index))
    , m_cache(budgetBytes)
{ }

Expected<Event, StoreError> PayloadCache::event(qint64 position)
{
    if (!m_index || position < 0 || position >= m_index->size()) {
        return StoreError { StoreErrorCode::QueryFailed, m_store.source(),
            QCoreApplication::translate("Chronoscope::PayloadCache", "has no event at position %1").arg(position), {} };
    }
    if (const Event* cached = m_cache.object(position)) {
        ++m_hits;
        return *cached;
    }
    ++m_misses;
    auto read = m_store.readEvent(m_index->rowId(position));
    if (!read)
        return read.error();
    Event event = std::move(read).value();
    event.position = position;
    // A payload larger than the budget is returned but not kept (QCache would refuse it).
    const qint64 cost = costOf(event);
    if (cost <= m_cache.maxCost())
        m_cache.insert(position, new Event(event), cost);
    return event;
}

} // namespace Chronoscope
