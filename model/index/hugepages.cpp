// SPDX-License-Identifier: MIT
#include "hugepages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace Chronoscope {

void adviseHugePages(const void* data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    // Below this, the few pages saved are not worth a system call.
    if (!data || bytes < 2 * kHugePage)
        return;
    const auto address = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = (address + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = (address + bytes) & ~(kHugePage - 1);
    // The memory is ours (a heap block); the advice changes only how its pages are backed.
    // A failure (THP compiled out, EINVAL on an old kernel) leaves ordinary pages.
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

} // namespace Chronoscope
