// SPDX-License-Identifier: MIT
#include "reverselinks.h"

#include <algorithm>

namespace Chronoscope {

namespace {

constexpr qint64 kCancelCheckEvery = 1 << 20;

bool canceled(const std::function<bool()>& isCanceled, qint64 done)
{
    return isCanceled && done % kCancelCheckEvery == 0 && isCanceled();
}

} // namespace

std::shared_ptr<const ReverseLinks> ReverseLinks::build(
    const EventIndex& index, const std::function<bool()>& isCanceled)
{
    auto links = std::make_shared<ReverseLinks>();
    const std::vector<qint32>& causations = index.columns().causations;
    const std::vector<qint32>& correlations = index.columns().correlations;
    const auto n = static_cast<std::size_t>(index.size());

    // Counting sort by cause: count, prefix-sum into offsets, then place in position order so
    // each event's caused list comes out ascending.
    links->m_causedOffsets.assign(n + 1, 0);
    for (std::size_t p = 0; p < n; ++p) {
        const qint32 cause = causations[p];
        if (cause != kNoCausation)
            ++links->m_withCausation;
        if (cause == kDanglingCausation)
            ++links->m_dangling;
        if (cause >= 0)
            ++links->m_causedOffsets[static_cast<std::size_t>(cause) + 1];
        if (canceled(isCanceled, static_cast<qint64>(p)))
            return nullptr;
    }
    for (std::size_t p = 0; p < n; ++p)
        links->m_causedOffsets[p + 1] += links->m_causedOffsets[p];
    links->m_caused.resize(links->m_causedOffsets[n]);
    {
        std::vector<quint32> next(links->m_causedOffsets.begin(), links->m_causedOffsets.end() - 1);
        for (std::size_t p = 0; p < n; ++p) {
            if (causations[p] >= 0)
                links->m_caused[next[static_cast<std::size_t>(causations[p])]++] = static_cast<qint32>(p);
            if (canceled(isCanceled, static_cast<qint64>(p)))
                return nullptr;
        }
    }

    // The same sort by correlation root, without keeping the offsets: groups are looked up
    // once per graph, so a binary search saves 4 bytes per event.
    {
        std::vector<quint32> start(n + 1, 0);
        for (std::size_t p = 0; p < n; ++p) {
            if (correlations[p] >= 0)
                ++start[static_cast<std::size_t>(correlations[p]) + 1];
        }
        for (std::size_t p = 0; p < n; ++p)
            start[p + 1] += start[p];
        links->m_members.resize(start[n]);
        for (std::size_t p = 0; p < n; ++p) {
            if (correlations[p] >= 0)
                links->m_members[start[static_cast<std::size_t>(correlations[p])]++] = static_cast<qint32>(p);
            if (canceled(isCanceled, static_cast<qint64>(p)))
                return nullptr;
        }
    }
    return links;
}

std::span<const qint32> ReverseLinks::correlationMembers(const EventIndex& index, qint64 position) const
{
    const qint32 root = index.correlationRoot(position);
    if (root < 0)
        return {};
    const auto rootOf = [&index](qint32 member) { return index.correlationRoot(member); };
    const auto first = std::lower_bound(m_members.begin(), m_members.end(), root,
        [&](qint32 member, qint32 wanted) { return rootOf(member) < wanted; });
    const auto last = std::upper_bound(
        first, m_members.end(), root, [&](qint32 wanted, qint32 member) { return wanted < rootOf(member); });
    return { m_members.data() + (first - m_members.begin()), static_cast<std::size_t>(last - first) };
}

std::size_t ReverseLinks::memoryUsage() const
{
    return m_causedOffsets.capacity() * sizeof(quint32) + m_caused.capacity() * sizeof(qint32)
        + m_members.capacity() * sizeof(qint32);
}

} // namespace Chronoscope
