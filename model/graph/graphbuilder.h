// SPDX-License-Identifier: MIT
#pragma once

#include "eventgraph.h"
#include "reverselinks.h"
#include "store/eventstore.h"

#include <functional>

namespace Chronoscope {

inline constexpr qint64 kDefaultGraphLimit = 5000;

struct GraphOptions
{
    /// At most this many events are drawn; the rest become one "N more" node.
    qint64 limit = kDefaultGraphLimit;
    /// Payload fields naming the event a compensating event reverses.
    QStringList compensationFields { QStringLiteral("original_event_id"), QStringLiteral("originalEventId") };
};

/// Why a graph could not be built.
struct GraphError
{
    enum class Code : quint8
    {
        NoSuchEvent,
        Canceled,
    };
    Code code = Code::NoSuchEvent;
    QString message;
};

/// Builds the graph around the event at `position`: its causation lineage up to the root
/// (an event with no cause, or a missing cause or a command), everything the root caused
/// (ReverseLinks), and every event of its correlation group. When there are more than
/// `options.limit` events, the lineage and the focus's descendants are kept first, then the
/// rest of the tree, then the correlation members nearest the focus; the others are counted
/// by a More node and each kept event counts its left-out effects (hiddenCaused).
///
/// With a `store`, the drawn events are read (only those): their ids, the raw causation ids
/// of dangling ones (which `style` turns into command nodes or missing-cause stubs) and the
/// compensation fields of their payloads (the reversed event joins the graph). Read failures
/// become warnings. Runs on any thread; `store` must belong to the calling thread.
Expected<EventGraph, GraphError> buildEventGraph(const EventIndex& index, const ReverseLinks& links, EventStore* store,
    CausationStyle style, qint64 position, const GraphOptions& options = {},
    const std::function<bool()>& isCanceled = {});

} // namespace Chronoscope
