// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace Chronoscope {

/// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes) with
/// transparent huge pages, when they are first touched. An index of ten million events
/// fills a gigabyte of fresh memory; in 4 KiB pages that is a quarter of a million page
/// faults, which cost the PostgreSQL index build a third of its time (docs/postgresql.md).
/// Only advice: a no-op for small ranges, on other systems, and where THP is off.
void adviseHugePages(const void* data, std::size_t bytes);

/// The same for a vector's whole capacity; call it right after reserving, before filling.
template<typename T> void adviseHugePages(const std::vector<T>& vector)
{
    adviseHugePages(vector.data(), vector.capacity() * sizeof(T));
}

} // namespace Chronoscope
