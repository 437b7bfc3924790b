// SPDX-License-Identifier: MIT
#include "report.h"

#include "audit/auditor.h"
#include "index/timestampparser.h"
#include "replay/replayer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <set>

namespace Chronoscope {

namespace {

/// Sorted-key JSON for everything that is hashed: the digest and redacted values.
using SortedJson = nlohmann::json;

std::string canonicalDump(const SortedJson& value)
{
    return value.dump(-1, ' ', false, SortedJson::error_handler_t::replace);
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// Finds the first row of a correlation by scanning the store (the index keeps no ids).

void collectChanges(const DiffNode& node, std::vector<ReportChange>& out)
{
    switch (node.kind) {
    case DiffKind::Unchanged:
        return;
    case DiffKind::Added:
        out.push_back({ node.pointer, std::nullopt, node.newValue });
        return;
    case DiffKind::Removed:
        out.push_back({ node.pointer, node.oldValue, std::nullopt });
        return;
    case DiffKind::Changed:
        out.push_back({ node.pointer, node.oldValue, node.newValue });
        return;
    case DiffKind::Modified:
        for (const DiffNode& child : node.children)
            collectChanges(child, out);
        return;
    }
}

Json parseState(const QByteArray& text)
{
    Json parsed = Json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    return parsed.is_discarded() ? Json(text.toStdString()) : parsed;
}

QString asOfText(const ReportRequest& request)
{
    return request.asOfVersion ? QStringLiteral("version %1").arg(*request.asOfVersion)
                               : TimestampParser::toIso(request.asOfTime);
}

/// One projection and its replayer; a script without #NAME gets one per aggregate type.
struct Folder
{
    ProjectionPtr projection;
    std::unique_ptr<Replayer> replayer;
};

} // namespace

QString ReportSelection::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Stream:
        return QStringLiteral("stream");
    case Kind::Correlation:
        return QStringLiteral("correlation");
    case Kind::AggregateType:
        return QStringLiteral("aggregateType");
    }
    return {};
}

QByteArray canonicalEventLine(const Event& event)
{
    SortedJson line;
    line["eventId"] = event.eventId.toStdString();
    line["streamId"] = event.streamId.toStdString();
    line["version"] = event.version;
    line["type"] = event.type.toStdString();
    if (event.timestamp != kInvalidTime)
        line["timestamp"] = TimestampParser::toIso(event.timestamp).toStdString();
    else if (!event.rawTimestamp.isEmpty())
        line["timestamp"] = event.rawTimestamp.toStdString();
    else
        line["timestamp"] = nullptr;
    SortedJson data
        = SortedJson::parse(event.data.constData(), event.data.constData() + event.data.size(), nullptr, false);
    line["data"] = data.is_discarded() ? SortedJson(event.data.toStdString()) : std::move(data);
    return QByteArray::fromStdString(canonicalDump(line));
}

QByteArray reportDigest(const QList<QByteArray>& lines)
{
    return sha256Hex(lines.join('\n'));
}

std::string redactedValue(const Json& value, const QByteArray& salt)
{
    const SortedJson sorted = SortedJson::parse(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    return "redacted:" + sha256Hex(salt + QByteArray::fromStdString(canonicalDump(sorted))).toStdString();
}

void redactJson(Json& value, const std::string& base, const QStringList& pointers, const QByteArray& salt)
{
    for (const QString& pointerText : pointers) {
        const std::string pointer = pointerText.toStdString();
        if (pointer.empty() || pointer == base || base.starts_with(pointer + '/')) {
            value = redactedValue(value, salt);
            return;
        }
        if (!pointer.starts_with(base + '/'))
            continue;
        try {
            const Json::json_pointer relative(pointer.substr(base.size()));
            if (value.contains(relative))
                value[relative] = redactedValue(value[relative], salt);
        } catch (const Json::exception&) {
            // An index token into an object, or a malformed pointer: nothing there to hide.
        }
    }
}

Expected<Report, ReportError> buildReport(
    EventStore& store, IndexPtr index, const ReportRequest& request, const ReportProgress& progress)
{
    auto requestError = [](const QString& message) { return ReportError { ReportError::Kind::Request, message }; };
    if (!request.isValid())
        return requestError(QStringLiteral("a report needs a selection and one as-of point (a time or a version)"));
    for (const QString& pointer : request.redact) {
        if (!pointer.isEmpty() && !pointer.startsWith(u'/'))
            return requestError(QStringLiteral("'%1' is not a JSON pointer (it must start with '/')").arg(pointer));
    }
    const EventIndex& idx = *index;

    // The streams of the selection, and for a correlation the root of its group.
    std::vector<quint32> streams;
    qint32 correlationRoot = -1;
    switch (request.selection.kind) {
    case ReportSelection::Kind::Stream: {
        const auto stream = idx.streams().find(request.selection.id);
        if (!stream)
            return requestError(QStringLiteral("%1: no stream '%2'").arg(store.source(), request.selection.id));
        streams.push_back(*stream);
        break;
    }
    case ReportSelection::Kind::AggregateType: {
        const auto type = idx.aggregateTypes().find(request.selection.id);
        if (type) {
            for (quint32 stream = 0; stream < idx.streams().size(); ++stream) {
                if (idx.streamAggregateType(stream) == *type)
                    streams.push_back(stream);
            }
        }
        if (streams.empty()) {
            return requestError(
                QStringLiteral("%1: no streams of aggregate type '%2'").arg(store.source(), request.selection.id));
        }
        break;
    }
    case ReportSelection::Kind::Correlation: {
        const auto scanned = firstRowOfCorrelation(store, request.selection.id);
        if (!scanned)
            return ReportError { ReportError::Kind::Store, scanned.error().message() };
        const qint64 position = *scanned < 0 ? -1 : idx.positionOfRowId(*scanned);
        if (position < 0) {
            return requestError(
                QStringLiteral("%1: no event with correlation '%2'").arg(store.source(), request.selection.id));
        }
        correlationRoot = idx.correlationRoot(position);
        std::set<quint32> touched;
        for (qint64 p = correlationRoot; p < idx.size(); ++p) {
            if (idx.correlationRoot(p) == correlationRoot)
                touched.insert(idx.stream(p));
        }
        streams.assign(touched.begin(), touched.end());
        break;
    }
    }

    // Per stream, how many of its events the as-of point takes: up to the last one at or
    // before it, as Replayer::stateAt() and state() count.
    auto inRange = [&](qint64 position) {
        if (request.asOfVersion)
            return idx.version(position) <= *request.asOfVersion;
        const TimeUs time = idx.timestamp(position);
        return time != kInvalidTime && time <= request.asOfTime;
    };
    std::map<quint32, qint64> counts;
    std::vector<qint64> included;
    for (quint32 stream : streams) {
        const auto positions = idx.streamPositions(stream);
        qint64 count = 0;
        for (qint64 i = 0; i < static_cast<qint64>(positions.size()); ++i) {
            if (inRange(positions[static_cast<std::size_t>(i)]))
                count = i + 1;
        }
        counts[stream] = count;
        for (qint64 i = 0; i < count; ++i) {
            const qint32 position = positions[static_cast<std::size_t>(i)];
            if (correlationRoot < 0 || idx.correlationRoot(position) == correlationRoot)
                included.push_back(position);
        }
    }
    std::sort(included.begin(), included.end());

    Report report;
    report.selection = request.selection;
    report.asOfTime = request.asOfTime;
    report.asOfVersion = request.asOfVersion;
    report.generatedAt = request.generatedAt;
    report.storePath = store.identity();
    report.storeSha256 = fileSha256(store.identity());
    report.title = !request.title.isEmpty()
        ? request.title
        : QStringLiteral("%1 %2 as of %3")
              .arg(request.selection.kind == ReportSelection::Kind::Stream           ? QStringLiteral("Stream")
                      : request.selection.kind == ReportSelection::Kind::Correlation ? QStringLiteral("Correlation")
                                                                                     : QStringLiteral("Aggregate type"),
                  request.selection.id, asOfText(request));
    report.redacted = request.redact;
    if (!request.redact.isEmpty())
        report.saltSha256 = sha256Hex(request.salt);

    // Projections: one for a named definition or merge, else one per aggregate type.
    const bool onePerType = !request.projection.isMerge() && request.projection.name.isEmpty();
    std::map<QString, Folder> folders;
    auto folderFor = [&](quint32 stream) -> Expected<Folder*, ReportError> {
        const QString aggregateType = idx.aggregateTypes().string(idx.streamAggregateType(stream));
        const QString key = onePerType ? aggregateType : QString();
        auto found = folders.find(key);
        if (found != folders.end())
            return &found->second;
        auto projection = loadProjection(
            request.projection, request.projectionOptions, idx.streams().string(stream), aggregateType);
        if (!projection)
            return ReportError { ReportError::Kind::Projection, projection.error().toString() };
        Folder folder;
        folder.projection = std::move(projection).value();
        folder.replayer = std::make_unique<Replayer>(store, index, *folder.projection);
        const ProjectionInfo& info = folder.projection->info();
        report.projections.push_back({ info.displayName(), info.file, info.sourceSha256 });
        return &folders.emplace(key, std::move(folder)).first->second;
    };
    auto stateAfter = [&](quint32 stream, qint64 count) -> Expected<StateResult, ReportError> {
        auto folder = folderFor(stream);
        if (!folder)
            return folder.error();
        auto state = (*folder)->replayer->stateAfter(stream, count);
        if (!state) {
            const ReplayError& error = state.error();
            return ReportError { error.projection ? ReportError::Kind::Projection
                    : error.store                 ? ReportError::Kind::Store
                                                  : ReportError::Kind::Request,
                error.toString() };
        }
        return std::move(state).value();
    };

    // The history: each included event with what it changed in its stream's state.
    std::map<quint32, std::pair<qint64, Json>> lastState; // stream → (count, state)
    QList<QByteArray> lines;
    const qint64 total = static_cast<qint64>(included.size());
    for (qint64 done = 0; done < total; ++done) {
        if (progress && !progress(done, total))
            return requestError(QStringLiteral("cancelled"));
        const qint64 position = included[static_cast<std::size_t>(done)];
        const quint32 stream = idx.stream(position);
        const auto positions = idx.streamPositions(stream);
        const qint64 i
            = std::lower_bound(positions.begin(), positions.end(), static_cast<qint32>(position)) - positions.begin();

        auto read = store.readEvent(idx.rowId(position));
        if (!read)
            return ReportError { ReportError::Kind::Store, read.error().message() };
        const Event& event = *read;
        if (correlationRoot >= 0 && event.correlationId != request.selection.id)
            continue; // the index groups correlations by hash; a collision is not a member

        Json before;
        auto cached = lastState.find(stream);
        if (cached != lastState.end() && cached->second.first == i) {
            before = std::move(cached->second.second);
        } else {
            auto state = stateAfter(stream, i);
            if (!state)
                return state.error();
            before = parseState(state->json);
        }
        auto afterState = stateAfter(stream, i + 1);
        if (!afterState)
            return afterState.error();
        Json after = parseState(afterState->json);

        DiffOptions diffOptions;
        diffOptions.keepUnchanged = false;
        ReportEvent row;
        row.position = position;
        row.eventId = event.eventId;
        row.streamId = event.streamId;
        row.version = event.version;
        row.type = event.type;
        row.userId = event.userId;
        row.time = event.timestamp;
        if (event.timestamp == kInvalidTime)
            row.rawTime = event.rawTimestamp;
        collectChanges(diffJson(before, after, diffOptions), row.changes);
        for (ReportChange& change : row.changes) {
            if (change.before)
                redactJson(*change.before, change.pointer, request.redact, request.salt);
            if (change.after)
                redactJson(*change.after, change.pointer, request.redact, request.salt);
        }
        const QByteArray line = canonicalEventLine(event);
        row.sha256 = sha256Hex(line);
        lines.append(line);
        report.history.push_back(std::move(row));
        lastState[stream] = { i + 1, std::move(after) };
    }
    report.digest = reportDigest(lines);

    // The states at the as-of point; streams not yet begun then are left out of a type's report.
    for (quint32 stream : streams) {
        const qint64 count = counts[stream];
        if (count == 0 && request.selection.kind != ReportSelection::Kind::Stream)
            continue;
        auto state = stateAfter(stream, count);
        if (!state)
            return state.error();
        ReportState entry;
        entry.streamId = idx.streams().string(stream);
        entry.aggregateType = idx.aggregateTypes().string(idx.streamAggregateType(stream));
        entry.events = count;
        entry.version = state->version;
        entry.time = state->time;
        entry.projection = state->projection.displayName();
        entry.state = parseState(state->json);
        redactJson(entry.state, std::string(), request.redact, request.salt);
        report.states.push_back(std::move(entry));
    }

    if (request.includeFindings) {
        AuditOptions options;
        auto audit = runAudit(store, index, options);
        if (!audit)
            return ReportError { ReportError::Kind::Audit, audit.error().toString() };
        const std::set<qint64> positions(included.begin(), included.end());
        for (const Finding& finding : audit->findings) {
            if (positions.contains(finding.position))
                report.findings.append(finding);
        }
        report.findingsIncluded = true;
    }
    return report;
}

} // namespace Chronoscope
