// SPDX-License-Identifier: MIT
#pragma once

#include "eventgraph.h"
#include "reverselinks.h"
#include "store/eventstore.h"

namespace Chronoscope {

/// What detectCausationStyle() saw, for logs and `chronoscope graph --format json`.
struct CausationProfile
{
    CausationStyle style = CausationStyle::EventIds;
    qint64 withCausation = 0; ///< events naming a cause
    qint64 dangling = 0; ///< of those, naming no indexed event
    qint64 sampled = 0; ///< dangling events whose raw causation id was read
    qint64 shared = 0; ///< of those, sharing their id with another sampled event
};

/// Decides per store whether causation ids name commands rather than events: most of them
/// dangle (name no event) and, in runs of consecutive dangling events read from the store,
/// at least a third share their id with another event. The index alone says how many
/// dangle; only the sample (at most `sampleSize` rows) is read. Without a store, or when
/// few ids dangle, the answer is EventIds. Call it off the GUI thread.
CausationProfile detectCausationStyle(
    const EventIndex& index, const ReverseLinks& links, EventStore* store, int sampleSize = 1000);

} // namespace Chronoscope
