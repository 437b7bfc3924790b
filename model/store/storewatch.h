// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"
#include "storeerror.h"

#include <memory>

namespace Chronoscope {

/// Tells, cheaply and repeatedly, whether another process may have appended to a store
/// (live follow, docs/live-follow.md). Owns its own read-only connection, so it can poll
/// on the follower's thread while other connections read; use it from one thread at a time.
///
/// "May have changed" is enough: the follower then reads the rows after its last indexed
/// one, and a false alarm costs one empty query.
class StoreWatch
{
public:
    virtual ~StoreWatch() = default;
    /// True when the store may hold rows it did not have at the previous call (the first
    /// call answers true, so rows appended before the watch began are read too).
    virtual Expected<bool, StoreError> changed() = 0;
    /// How this watch notices changes, for the status bar and logs ("data_version", "polling").
    virtual QString method() const = 0;
};

using StoreWatchPtr = std::unique_ptr<StoreWatch>;

} // namespace Chronoscope
