// SPDX-License-Identifier: MIT
#include "causationstyle.h"

#include <QHash>

namespace Chronoscope {

namespace {

constexpr int kWindows = 4;

} // namespace

CausationProfile detectCausationStyle(
    const EventIndex& index, const ReverseLinks& links, EventStore* store, int sampleSize)
{
    CausationProfile profile;
    profile.withCausation = links.withCausation();
    profile.dangling = links.dangling();
    if (!store || profile.dangling * 2 <= profile.withCausation || profile.dangling < 2)
        return profile;

    // The events of one command are written together, so sample runs of consecutive
    // dangling events at a few places instead of single events spread thin.
    const qint64 perWindow = std::max(2, sampleSize / kWindows);
    for (int window = 0; window < kWindows; ++window) {
        QHash<QString, int> seen;
        qint64 taken = 0;
        for (qint64 p = index.size() * window / kWindows; p < index.size() && taken < perWindow; ++p) {
            if (index.causation(p) != kDanglingCausation)
                continue;
            auto event = store->readEvent(index.rowId(p));
            if (!event)
                break;
            ++seen[event->causationId];
            ++taken;
        }
        profile.sampled += taken;
        for (const int count : std::as_const(seen)) {
            if (count > 1)
                profile.shared += count;
        }
    }
    if (profile.sampled > 0 && profile.shared * 3 >= profile.sampled)
        profile.style = CausationStyle::CommandIds;
    return profile;
}

} // namespace Chronoscope
