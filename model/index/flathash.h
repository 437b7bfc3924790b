// SPDX-License-Identifier: MIT
#pragma once

#include "hugepages.h"

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

namespace Chronoscope {

/// An open-addressing table from 64-bit keys (usually hash64 of a string) to 32-bit
/// values: two flat arrays, linear probing, at most three quarters full. Several entries
/// may share a key; find() takes a predicate that confirms a candidate value (or accepts
/// the first).
/// Its arrays can be written to and read from a file as they are (see IndexCache).
class FlatHashMap
{
public:
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_keys.size(); }
    std::size_t memoryUsage() const { return m_keys.capacity() * sizeof(quint64) + m_values.capacity() * 4; }

    template<typename Accept> std::optional<quint32> find(quint64 key, Accept accept) const
    {
        if (m_keys.empty())
            return std::nullopt;
        key = normalized(key);
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t slot = key & mask;; slot = (slot + 1) & mask) {
            if (m_keys[slot] == kEmpty)
                return std::nullopt;
            if (m_keys[slot] == key && accept(m_values[slot]))
                return m_values[slot];
        }
    }

    std::optional<quint32> find(quint64 key) const
    {
        return find(key, [](quint32) { return true; });
    }

    /// Adds an entry without looking for an existing one with the same key.
    void insert(quint64 key, quint32 value)
    {
        if (!fits(m_size + 1, m_keys.size()))
            rehash(std::max<std::size_t>(64, m_keys.size() * 2));
        place(normalized(key), value);
        ++m_size;
    }

    /// Makes room for `entries` entries in all, so that inserting up to that many does not
    /// rehash: one table of the final size instead of a chain of doublings (an index of ten
    /// million events once touched twice the memory of its tables while they grew).
    void reserve(std::size_t entries)
    {
        std::size_t capacity = std::max<std::size_t>(64, m_keys.size());
        while (!fits(entries, capacity))
            capacity *= 2;
        if (capacity > m_keys.size())
            rehash(capacity);
    }

    /// Starts loading the slot where a find() or insert() of `key` begins, so that a caller
    /// going through many keys can overlap the cache misses of a big table.
    void prefetch(quint64 key) const
    {
        if (m_keys.empty())
            return;
        const std::size_t slot = normalized(key) & (m_keys.size() - 1);
        __builtin_prefetch(m_keys.data() + slot);
        __builtin_prefetch(m_values.data() + slot);
    }

    /// Empties the table and gives its memory back.
    void clear()
    {
        // Swapping with empty vectors frees; `= {}` would keep the capacity.
        std::vector<quint64>().swap(m_keys);
        std::vector<quint32>().swap(m_values);
        m_size = 0;
    }

    const std::vector<quint64>& keys() const { return m_keys; }
    const std::vector<quint32>& values() const { return m_values; }

    /// Adopts arrays read back from a file; false (and empty) if they are not a valid table.
    bool adopt(std::vector<quint64> keys, std::vector<quint32> values, std::size_t size)
    {
        const bool powerOfTwo = (keys.size() & (keys.size() - 1)) == 0;
        if (keys.size() != values.size() || !powerOfTwo || !fits(size, keys.size())) {
            clear();
            return false;
        }
        m_keys = std::move(keys);
        m_values = std::move(values);
        m_size = size;
        return true;
    }

private:
    static constexpr quint64 kEmpty = 0;
    static quint64 normalized(quint64 key) { return key == kEmpty ? 1 : key; }
    /// The load limit: linear probing with 64-bit keys (eight to a cache line) stays short
    /// up to three quarters full; at half, ten million entries would take 2^25 slots.
    static bool fits(std::size_t entries, std::size_t capacity) { return entries * 4 <= capacity * 3; }

    void place(quint64 key, quint32 value)
    {
        const std::size_t mask = m_keys.size() - 1;
        std::size_t slot = key & mask;
        while (m_keys[slot] != kEmpty)
            slot = (slot + 1) & mask;
        m_keys[slot] = key;
        m_values[slot] = value;
    }

    void rehash(std::size_t capacity)
    {
        std::vector<quint64> oldKeys;
        std::vector<quint32> oldValues;
        oldKeys.swap(m_keys);
        oldValues.swap(m_values);
        m_keys.reserve(capacity);
        m_values.reserve(capacity);
        adviseHugePages(m_keys);
        adviseHugePages(m_values);
        m_keys.resize(capacity, kEmpty);
        m_values.resize(capacity);
        for (std::size_t i = 0; i < oldKeys.size(); ++i) {
            if (oldKeys[i] != kEmpty)
                place(oldKeys[i], oldValues[i]);
        }
    }

    std::vector<quint64> m_keys;
    std::vector<quint32> m_values;
    std::size_t m_size = 0;
};

} // namespace Chronoscope
