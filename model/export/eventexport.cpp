// SPDX-License-Identifier: MIT
#include "eventexport.h"

#include "index/timestampparser.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace Chronoscope {

namespace {

using Json = nlohmann::json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QByteArray csvField(const QString& value)
{
    QByteArray text = value.toUtf8();
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    text.replace('"', "\"\"");
    return '"' + text + '"';
}

// The payload as JSON when it parses; otherwise null plus the raw text and the reason.
// Json::exception, not only parse_error: a number beyond double (`1e400`) throws
// out_of_range, which used to end `chronoscope events` in std::terminate (found by
// fuzz_json_payload, issue #11).
void putPayload(Json& line, const char* key, const QByteArray& payload)
{
    if (payload.isEmpty()) {
        line[key] = nullptr;
        return;
    }
    try {
        line[key] = Json::parse(payload.constData(), payload.constData() + payload.size());
    } catch (const Json::exception& error) {
        line[key] = nullptr;
        line[std::string(key) + "Error"] = error.what();
        line[std::string(key) + "Raw"] = payload.toStdString();
    }
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope", text);
}

} // namespace

QByteArray eventExportHeader(EventExportFormat format)
{
    if (format != EventExportFormat::Csv)
        return {};
    return "position,timestamp,streamId,aggregateType,version,type,schemaVersion,userId,correlationId,"
           "causationId,eventId,data\n";
}

QByteArray eventExportLine(const Event& event, qint64 position, EventExportFormat format)
{
    const QString iso = event.timestamp == kInvalidTime ? event.rawTimestamp : TimestampParser::toIso(event.timestamp);
    if (format == EventExportFormat::Csv) {
        const QStringList fields { QString::number(position), iso, event.streamId, event.aggregateType,
            QString::number(event.version), event.type, QString::number(event.schemaVersion), event.userId,
            event.correlationId, event.causationId, event.eventId, QString::fromUtf8(event.data) };
        QByteArray line;
        for (const QString& field : fields) {
            if (!line.isEmpty())
                line += ',';
            line += csvField(field);
        }
        return line + '\n';
    }
    auto nullable = [](const QString& text) { return text.isEmpty() ? Json(nullptr) : Json(utf8(text)); };
    Json line;
    line["position"] = position;
    line["eventId"] = utf8(event.eventId);
    line["streamId"] = utf8(event.streamId);
    line["aggregateType"] = utf8(event.aggregateType);
    line["version"] = event.version;
    line["type"] = utf8(event.type);
    line["schemaVersion"] = event.schemaVersion;
    line["timestamp"] = utf8(iso);
    line["userId"] = nullable(event.userId);
    line["correlationId"] = nullable(event.correlationId);
    line["causationId"] = nullable(event.causationId);
    putPayload(line, "data", event.data);
    putPayload(line, "metadata", event.metadata);
    return QByteArray::fromStdString(line.dump(-1, ' ', false, Json::error_handler_t::replace)) + '\n';
}

void exportEvents(QPromise<qint64>& promise, const EventExportRequest& request, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
    };
    if (!request.index) {
        fail(tr("%1: no index to export from").arg(request.storeSpec));
        return;
    }
    auto store = openStore(request.storeSpec);
    if (!store) {
        fail(store.error().message());
        return;
    }
    const EventIndex& index = *request.index;
    std::vector<qint64> positions;
    auto wanted = [&](qint64 position) {
        const TimeUs time = index.timestamp(position);
        return time == kInvalidTime || (time >= request.from && time <= request.to);
    };
    if (request.stream >= 0) {
        for (const qint32 position : index.streamPositions(static_cast<quint32>(request.stream))) {
            if (wanted(position))
                positions.push_back(position);
        }
    } else {
        for (qint64 position = 0; position < index.size(); ++position) {
            if (wanted(position))
                positions.push_back(position);
        }
    }
    const auto total = static_cast<int>(std::min<std::size_t>(positions.size(), std::numeric_limits<int>::max()));
    promise.setProgressRange(0, total);

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("%1: cannot be written: %2").arg(request.outputPath, file.errorString()));
        return;
    }
    file.write(eventExportHeader(request.format));
    qint64 written = 0;
    for (const qint64 position : positions) {
        if ((written & 1023) == 0) {
            if (promise.isCanceled()) {
                file.cancelWriting();
                return;
            }
            promise.setProgressValue(static_cast<int>(std::min<qint64>(written, total)));
        }
        auto event = (*store)->readEvent(index.rowId(position));
        if (!event) {
            file.cancelWriting();
            fail(event.error().message());
            return;
        }
        if (file.write(eventExportLine(*event, position, request.format)) < 0)
            break;
        ++written;
    }
    if (!file.commit()) {
        fail(tr("%1: cannot be written: %2").arg(request.outputPath, file.errorString()));
        return;
    }
    promise.setProgressValue(total);
    promise.addResult(written);
}

} // namespace Chronoscope
