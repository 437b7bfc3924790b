// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"

#include <QPromise>
#include <QString>

namespace Chronoscope {

/// The machine formats of `chronoscope events` and File > Export Events….
enum class EventExportFormat
{
    Csv, ///< one header line, then one row per event; the payload as its JSON text
    JsonLines, ///< one JSON object per line with the fields of "The event"
};

/// The CSV header line (with its newline).
QByteArray eventExportHeader(EventExportFormat format);

/// One event as a line of `format` (with its newline). In JSON Lines a payload that is not
/// valid JSON comes as `"data": null` with `dataError` and `dataRaw`, so a consumer never
/// breaks on it. `position` is the event's place in the store.
QByteArray eventExportLine(const Event& event, qint64 position, EventExportFormat format);

/// What File > Export Events… writes: every event, or one stream's, between two times.
struct EventExportRequest
{
    QString storeSpec;
    IndexPtr index;
    qint64 stream = -1; ///< -1: all events
    TimeUs from = std::numeric_limits<TimeUs>::min();
    TimeUs to = std::numeric_limits<TimeUs>::max();
    EventExportFormat format = EventExportFormat::Csv;
    QString outputPath;
};

/// Writes the request's events to its output file, atomically (QSaveFile: a cancelled or
/// failed export leaves no partial file and an existing file untouched). For a worker:
/// progress goes to `promise` (events done of total), cancellation is checked per event
/// batch, and the result is the number of events written. A failure throws nothing: the
/// promise gets no result and `error` says why, naming the file.
void exportEvents(QPromise<qint64>& promise, const EventExportRequest& request, QString* error);

} // namespace Chronoscope
