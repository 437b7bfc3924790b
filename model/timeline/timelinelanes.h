// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"

#include <QString>

namespace Chronoscope {

/// What one timeline lane holds.
enum class TimelineGrouping : quint8
{
    Stream,
    AggregateType,
    EventType,
    User,
};

/// How bad the worst finding at an event is; higher is worse. Findings set these per
/// position (DensityPyramid keeps the worst per bucket); views pick the colours.
enum class TimelineSeverity : quint8
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
};

namespace TimelineLanes {

/// The lane key of the event at `position`: a stream, aggregate type, event type or user id.
inline quint32 keyOf(const EventIndex& index, TimelineGrouping grouping, qint64 position)
{
    switch (grouping) {
    case TimelineGrouping::Stream:
        return index.stream(position);
    case TimelineGrouping::AggregateType:
        return index.streamAggregateType(index.stream(position));
    case TimelineGrouping::EventType:
        return index.type(position);
    case TimelineGrouping::User:
        return index.user(position);
    }
    return 0;
}

/// How many keys the grouping has in `index` (lane keys are 0..keyCount-1).
quint32 keyCount(const EventIndex& index, TimelineGrouping grouping);

/// The lane's name for people: the stream id, type name, user (or "(no user)").
QString name(const EventIndex& index, TimelineGrouping grouping, quint32 key);

/// "Stream", "Aggregate type", "Event type", "User" (translated).
QString groupingName(TimelineGrouping grouping);

} // namespace TimelineLanes

} // namespace Chronoscope
