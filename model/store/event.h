// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <limits>

namespace Chronoscope {

/// A moment in UTC, microseconds since the Unix epoch.
using TimeUs = qint64;

/// Marks a timestamp the store holds but that could not be parsed (or is missing).
inline constexpr TimeUs kInvalidTime = std::numeric_limits<qint64>::min();

/// One event of any store, mapped onto the fields of DESIGN.md "The event".
/// A plain value: cheap to copy thanks to Qt's implicitly shared strings.
struct Event
{
    qint64 position = -1; ///< 0..N-1 in the index, in store order
    QString eventId;
    QString streamId;
    QString aggregateType;
    qint64 version = 0; ///< 1-based as stored
    QString type;
    int schemaVersion = 1;
    TimeUs timestamp = kInvalidTime;
    QString rawTimestamp; ///< the stored text (or number), for display when it does not parse
    QString userId;
    QString correlationId;
    QString causationId;
    QByteArray data; ///< JSON payload as stored (UTF-8), possibly malformed
    QByteArray metadata; ///< JSON metadata as stored, may be empty

    bool isValid() const { return position >= 0; }
};

} // namespace Chronoscope
