// SPDX-License-Identifier: MIT
#include "timelinelanes.h"

#include <QCoreApplication>

namespace Chronoscope::TimelineLanes {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::TimelineLanes", text);
}

} // namespace

quint32 keyCount(const EventIndex& index, TimelineGrouping grouping)
{
    switch (grouping) {
    case TimelineGrouping::Stream:
        return index.streams().size();
    case TimelineGrouping::AggregateType:
        return index.aggregateTypes().size();
    case TimelineGrouping::EventType:
        return index.types().size();
    case TimelineGrouping::User:
        return index.users().size();
    }
    return 0;
}

QString name(const EventIndex& index, TimelineGrouping grouping, quint32 key)
{
    QString text;
    switch (grouping) {
    case TimelineGrouping::Stream:
        text = index.streams().string(key);
        break;
    case TimelineGrouping::AggregateType:
        text = index.aggregateTypes().string(key);
        break;
    case TimelineGrouping::EventType:
        text = index.types().string(key);
        break;
    case TimelineGrouping::User:
        text = index.users().string(key);
        if (text.isEmpty())
            return tr("(no user)");
        break;
    }
    return text.isEmpty() ? tr("(none)") : text;
}

QString groupingName(TimelineGrouping grouping)
{
    switch (grouping) {
    case TimelineGrouping::Stream:
        return tr("Stream");
    case TimelineGrouping::AggregateType:
        return tr("Aggregate type");
    case TimelineGrouping::EventType:
        return tr("Event type");
    case TimelineGrouping::User:
        return tr("User");
    }
    return {};
}

} // namespace Chronoscope::TimelineLanes
