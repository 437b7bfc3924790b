// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace Chronoscope {

/// The index's links read the other way round (DESIGN.md "Graph"): the index keeps, per
/// event, the position of its cause and of its correlation group's first event; this keeps
/// the events each event caused (CSR: offsets per position into one array) and the members
/// of each correlation group (positions sorted by group, found by binary search).
///
/// Built in O(N) by two counting sorts, once per index, off the GUI thread; immutable and
/// shareable afterwards. About 12 bytes per event (see docs/graph.md for measurements).
class ReverseLinks
{
public:
    /// Builds the links of `index`; returns null when `isCanceled` says so (checked per batch).
    static std::shared_ptr<const ReverseLinks> build(
        const EventIndex& index, const std::function<bool()>& isCanceled = {});

    /// Events covered (the size of the index it was built from).
    qint64 size() const { return static_cast<qint64>(m_causedOffsets.size()) - 1; }

    /// The events `position` caused, ascending.
    std::span<const qint32> caused(qint64 position) const
    {
        const auto at = static_cast<std::size_t>(position);
        return { m_caused.data() + m_causedOffsets[at], m_causedOffsets[at + 1] - m_causedOffsets[at] };
    }

    /// The members of `position`'s correlation group, ascending; empty when it has none.
    /// `index` must be the index the links were built from.
    std::span<const qint32> correlationMembers(const EventIndex& index, qint64 position) const;

    /// Events that name a cause, and those whose cause no indexed event has.
    qint64 withCausation() const { return m_withCausation; }
    qint64 dangling() const { return m_dangling; }

    std::size_t memoryUsage() const;

private:
    std::vector<quint32> m_causedOffsets; ///< size N+1
    std::vector<qint32> m_caused;
    std::vector<qint32> m_members; ///< positions with a correlation, by (group root, position)
    qint64 m_withCausation = 0;
    qint64 m_dangling = 0;
};

using ReverseLinksPtr = std::shared_ptr<const ReverseLinks>;

} // namespace Chronoscope
