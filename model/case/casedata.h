// SPDX-License-Identifier: MIT
#pragma once

#include "query/savedfilter.h"
#include "store/event.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace Chronoscope {

/// Which event something in a case file is about. The position is where the event was
/// when it was marked; the stream and version (and the event id, once read) find it again
/// when the store is indexed differently (another mapping, rows skipped), see CaseFile::resolve().
struct EventAnchor
{
    qint64 position = -1;
    QString eventId; ///< the store's id; may be empty until it has been read
    QString streamId;
    qint64 version = 0;

    bool isValid() const { return position >= 0; }
    bool operator==(const EventAnchor&) const = default;
};

/// A bookmarked event: a label and a colour ("#rrggbb") the user chose.
struct Bookmark
{
    EventAnchor event;
    QString label;
    QString color;
    TimeUs created = kInvalidTime;
    bool operator==(const Bookmark&) const = default;
};

/// A comment on an event, by whom and when.
struct EventNote
{
    EventAnchor event;
    QString text;
    QString author; ///< the OS user name of whoever wrote it
    TimeUs time = kInvalidTime;
    bool operator==(const EventNote&) const = default;
};

/// The event that times are shown relative to (Wireshark's "time reference").
struct TimeReference
{
    EventAnchor event;
    TimeUs time = kInvalidTime;
    bool operator==(const TimeReference&) const = default;
};

/// A named filter expression (the filter bar's saved filters).
/// Everything an investigation keeps (docs/case-file.md): a plain value, compared and
/// copied freely; CaseFile owns the live one and persists it.
struct CaseData
{
    QList<Bookmark> bookmarks;
    QList<EventNote> notes;
    std::optional<TimeReference> timeReference;
    QString timeMode; ///< the event table's time display: "utc", "local" or "relative"
    QList<SavedFilter> savedFilters;
    QStringList filterHistory; ///< most recent first
    QString activeProjection; ///< ProjectionSpec text ("merge", FILE[#NAME]); empty: not chosen
    QString otherProjection; ///< the diff's A/B other side
    QString inspectedStream;
    qint64 inspectedCount = -1; ///< events applied at the playhead; -1: not recorded

    bool isEmpty() const { return *this == CaseData {}; }
    bool operator==(const CaseData&) const = default;
};

/// The case file format (docs/case-file.md) to and from JSON. Thread-safe (pure functions).
namespace CaseFormat {

/// The version this build writes. Files with a higher one are read leniently and kept.
inline constexpr int kVersion = 1;
inline constexpr char kFormatName[] = "chronoscope-case";

QJsonObject toJson(const CaseData& data);

struct Parsed
{
    CaseData data;
    int version = 0;
    QStringList warnings; ///< what a newer file held that could not be read
};

/// Reads a case file's bytes. A file of this version (or older) must be well-formed:
/// any wrong type fails with a message naming the field. A newer version is read
/// leniently: what cannot be read is skipped with a warning.
std::optional<Parsed> parse(const QByteArray& bytes, QString* error);

} // namespace CaseFormat

} // namespace Chronoscope
