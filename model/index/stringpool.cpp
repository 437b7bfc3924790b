// SPDX-License-Identifier: MIT
#include "stringpool.h"

#include "hash64.h"

namespace Chronoscope {

quint32 StringPool::intern(std::string_view text)
{
    if (m_hasLast && view(m_lastId) == text)
        return m_lastId;
    const quint64 key = hash64(text);
    auto same = [&](quint32 id) { return view(id) == text; };
    std::optional<quint32> id = m_lookup.find(key, same);
    if (!id) {
        id = size();
        m_blob.append(text);
        m_offsets.push_back(m_blob.size());
        m_lookup.insert(key, *id);
    }
    m_lastId = *id;
    m_hasLast = true;
    return *id;
}

std::optional<quint32> StringPool::find(std::string_view text) const
{
    return m_lookup.find(hash64(text), [&](quint32 id) { return view(id) == text; });
}

std::size_t StringPool::memoryUsage() const
{
    return m_blob.capacity() + m_offsets.capacity() * sizeof(quint64) + m_lookup.memoryUsage();
}

bool StringPool::assign(std::string blob, std::vector<quint64> offsets)
{
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != blob.size())
        return false;
    for (std::size_t i = 1; i < offsets.size(); ++i) {
        if (offsets[i] < offsets[i - 1])
            return false;
    }
    m_blob = std::move(blob);
    m_offsets = std::move(offsets);
    m_lookup.clear();
    m_hasLast = false;
    for (quint32 id = 0; id < size(); ++id)
        m_lookup.insert(hash64(view(id)), id);
    return true;
}

} // namespace Chronoscope
