// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timeticks.h" // formatDuration()

#include "eventgraph.h"

namespace Chronoscope {

/// The longest-lasting chain of the focus's causation tree: from its root (the first event,
/// or a command or missing cause, timed by its first event) to the leaf reached last. As
/// each step lasts from cause to effect, a path lasts from its root to its leaf, so it is
/// the path to the latest leaf. Answers "where did the time go in this saga".
struct CriticalPath
{
    std::vector<int> nodes; ///< root … leaf (graph node numbers)
    TimeUs duration = 0; ///< leaf time − root time, µs
    int slowestStep = -1; ///< i: the step nodes[i] → nodes[i+1] took longest
    TimeUs slowestDuration = 0;

    bool isValid() const { return nodes.size() >= 2; }
    /// Whether the step from → to is on the path.
    bool hasStep(int from, int to) const;
    bool hasNode(int node) const;
};

/// Follows causation, command and missing-cause edges (not compensation). Nodes without a
/// valid time are never leaves. An invalid path when the focus has no effects and no cause.
CriticalPath criticalPath(const EventGraph& graph);

} // namespace Chronoscope
