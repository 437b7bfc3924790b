// SPDX-License-Identifier: MIT
#pragma once

#include "store/event.h"
#include "timelinelanes.h"

#include <QList>
#include <QString>

namespace Chronoscope {

/// A bookmark or a finding shown on the timeline. Anchored to an event (position) or,
/// without one, to a time.
struct TimelineMarker
{
    enum class Kind : quint8
    {
        Bookmark,
        Finding,
    };
    qint64 position = -1; ///< the event it marks, or -1
    TimeUs time = kInvalidTime; ///< used when position is -1
    Kind kind = Kind::Bookmark;
    TimelineSeverity severity = TimelineSeverity::None; ///< findings
    QString label;

    bool isValid() const { return position >= 0 || time != kInvalidTime; }
};

} // namespace Chronoscope
