// SPDX-License-Identifier: MIT
#include "storescan.h"

#include "index/hash64.h"
#include "index/timestampparser.h"

#include <QCoreApplication>

#include <algorithm>

namespace Chronoscope {

namespace {

constexpr qint64 kProgressEveryRows = 4096;
// A version lower than the highest so far is looked for this far back in its stream.
constexpr qint32 kDuplicateSearchEvents = 4096;
constexpr quint8 kHasRoot = 1;
constexpr quint8 kHasDangling = 2;
constexpr qsizetype kExcerptBytes = 24;

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::StoreScan", text);
}

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

// Up to kExcerptBytes either side of `offset`, as text (invalid UTF-8 shows as U+FFFD).
QString excerpt(std::string_view payload, qint64 offset)
{
    const auto size = static_cast<qint64>(payload.size());
    const qint64 at = offset < 0 ? 0 : std::min(offset, size);
    const qint64 from = std::max<qint64>(0, at - kExcerptBytes);
    const qint64 to = std::min(size, at + kExcerptBytes);
    return text(payload.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)));
}

} // namespace

StoreScan::StoreScan(EventStore& store, const EventIndex& index, const AuditOptions& options,
    FindingCollector& findings, AuditSummary& summary)
    : m_store(store)
    , m_index(index)
    , m_options(options)
    , m_findings(findings)
    , m_summary(summary)
{ }

Finding StoreScan::make(FindingCode code, qint64 position, const QString& message, std::string_view eventId) const
{
    Finding finding = m_findings.make(code, position, message);
    finding.eventId = text(eventId);
    return finding;
}

Expected<Event, StoreError> StoreScan::readEvent(qint64 position)
{
    return m_store.readEvent(m_index.rowId(position));
}

std::optional<AuditError> StoreScan::run(const Progress& progress)
{
    m_progress = progress;
    const qint64 size = m_index.size();
    if (size == 0)
        return std::nullopt;
    m_streams.assign(m_index.streams().size(), StreamState {});
    m_ids.reserve(static_cast<std::size_t>(size));
    m_groups.assign(static_cast<std::size_t>(size), 0);

    // One streamed query where each page would cost a pass over the table (EventStore::prefersOneScan).
    const qint64 chunk = m_store.prefersOneScan() ? -1 : std::max<qint64>(1, m_options.chunkRows);
    qint64 after = m_index.rowId(0) - 1;
    while (m_next < size) {
        const auto read = m_options.checkPayloads ? m_store.scanWithPayloads(after, chunk, *this)
                                                  : m_store.scan(after, chunk, *this);
        if (!read)
            return AuditError { AuditError::Kind::Store, read.error(), std::nullopt, read.error().message() };
        if (m_cancelled)
            return AuditError { AuditError::Kind::Cancelled, std::nullopt, std::nullopt,
                tr("the audit was cancelled") };
        if (m_changedAtRow >= 0 || chunk < 0 || *read < chunk)
            break;
        after = m_index.rowId(m_next - 1);
    }
    if (m_changedAtRow >= 0 || m_next < size) {
        return AuditError { AuditError::Kind::StoreChanged, std::nullopt, std::nullopt,
            tr("%1: the store changed since it was indexed (row %2 is not where the index has it); index it again")
                .arg(m_store.source())
                .arg(m_changedAtRow >= 0 ? m_changedAtRow : m_index.rowId(m_next)) };
    }
    m_summary.events = m_next;
    if (m_progress && !m_progress(m_next))
        return AuditError { AuditError::Kind::Cancelled, std::nullopt, std::nullopt, tr("the audit was cancelled") };
    return finish();
}

bool StoreScan::row(const RawEventRow& row)
{
    const qint64 position = m_next;
    if (position >= m_index.size())
        return false; // appended after indexing: not part of this audit
    if (row.rowId != m_index.rowId(position)) {
        m_changedAtRow = row.rowId;
        return false;
    }
    ++m_next;

    checkIndexProblems(position, row.eventId);
    checkVersion(position, row.eventId);
    checkTime(position, row.eventId);
    noteCausation(position);
    m_ids.push_back({ hash64(row.eventId), static_cast<qint32>(position) });
    if (m_options.checkPayloads)
        checkPayloads(position, row);

    ++m_streams[m_index.stream(position)].seen;
    if (m_next % kProgressEveryRows == 0 && m_progress && !m_progress(m_next)) {
        m_cancelled = true;
        return false;
    }
    return true;
}

void StoreScan::checkIndexProblems(qint64 position, std::string_view eventId)
{
    const auto& problems = m_index.problems();
    for (; m_nextProblem < problems.size() && problems[m_nextProblem].position <= position; ++m_nextProblem) {
        const IndexProblem& problem = problems[m_nextProblem];
        if (problem.position != position)
            continue;
        FindingCode code = FindingCode::UnparseableTimestamp;
        switch (problem.kind) {
        case IndexProblem::Kind::UnparseableTimestamp:
            code = FindingCode::UnparseableTimestamp;
            break;
        case IndexProblem::Kind::MissingTimestamp:
            code = FindingCode::MissingTimestamp;
            break;
        case IndexProblem::Kind::MissingStreamId:
            code = FindingCode::MissingStreamId;
            break;
        case IndexProblem::Kind::BadVersion:
            code = FindingCode::BadVersion;
            break;
        case IndexProblem::Kind::TooManyEventTypes:
            code = FindingCode::TooManyEventTypes;
            break;
        }
        Finding finding = make(code, position, problem.description(), eventId);
        if (!problem.raw.isEmpty())
            finding.evidence = { { "raw", problem.raw.toStdString() } };
        m_findings.add(std::move(finding));
    }
}

void StoreScan::checkVersion(qint64 position, std::string_view eventId)
{
    const quint32 stream = m_index.stream(position);
    StreamState& state = m_streams[stream];
    const qint32 version = m_index.version(position);
    if (version < 0)
        return; // bad_version, reported from the index problems
    auto streamId = [&] { return m_index.streams().string(stream); };
    auto missing = [&](qint32 from, qint32 to) {
        return from == to ? tr("version %1 was never written").arg(from)
                          : tr("versions %1 to %2 were never written").arg(from).arg(to);
    };

    if (state.seen == 0) {
        if (version > 1) {
            Finding finding = make(FindingCode::VersionGap, position,
                tr("%1 starts at version %2; %3").arg(streamId()).arg(version).arg(missing(1, version - 1)), eventId);
            finding.evidence = { { "previousVersion", nullptr }, { "missingFrom", 1 }, { "missingTo", version - 1 } };
            m_findings.add(std::move(finding));
        }
    } else if (version > state.maxVersion) {
        if (version > state.maxVersion + 1) {
            Finding finding = make(FindingCode::VersionGap, position,
                tr("%1 jumps from version %2 to %3; %4")
                    .arg(streamId())
                    .arg(state.maxVersion)
                    .arg(version)
                    .arg(missing(state.maxVersion + 1, version - 1)),
                eventId);
            finding.evidence = { { "previousVersion", state.maxVersion }, { "missingFrom", state.maxVersion + 1 },
                { "missingTo", version - 1 } };
            m_findings.add(std::move(finding));
        }
    } else {
        // Not above the highest so far: a duplicate when an earlier event has this version.
        qint32 first = version == state.lastVersion ? state.lastPosition : -1;
        const auto positions = m_index.streamPositions(stream);
        for (qint32 i = state.seen - 1; first < 0 && i >= 0 && i >= state.seen - kDuplicateSearchEvents; --i) {
            if (m_index.version(positions[static_cast<std::size_t>(i)]) == version)
                first = positions[static_cast<std::size_t>(i)];
        }
        Finding finding;
        if (first >= 0) {
            finding = make(FindingCode::DuplicateVersion, position,
                tr("%1 has version %2 twice; the first is at position %3").arg(streamId()).arg(version).arg(first),
                eventId);
            finding.evidence = { { "firstPosition", first } };
        } else {
            finding = make(FindingCode::VersionOutOfOrder, position,
                tr("%1 goes back from version %2 to %3").arg(streamId()).arg(state.lastVersion).arg(version), eventId);
            finding.evidence = { { "previousVersion", state.lastVersion }, { "highestVersion", state.maxVersion } };
        }
        m_findings.add(std::move(finding));
    }
    state.lastVersion = version;
    state.lastPosition = static_cast<qint32>(position);
    state.maxVersion = std::max(state.maxVersion, version);
}

void StoreScan::checkTime(qint64 position, std::string_view eventId)
{
    StreamState& state = m_streams[m_index.stream(position)];
    const TimeUs time = m_index.timestamp(position);
    if (time == kInvalidTime)
        return;
    if (state.lastTime != kInvalidTime && time < state.lastTime) {
        const double secondsBack = static_cast<double>(state.lastTime - time) / 1e6;
        Finding finding = make(FindingCode::TimestampBackwards, position,
            tr("%1 goes back in time by %2 s: this event is dated %3, the one before it %4")
                .arg(m_index.streams().string(m_index.stream(position)))
                .arg(secondsBack, 0, 'f', 3)
                .arg(TimestampParser::toIso(time), TimestampParser::toIso(state.lastTime)),
            eventId);
        finding.evidence = { { "previousPosition", state.lastTimePosition },
            { "previousTimestamp", TimestampParser::toIso(state.lastTime).toStdString() },
            { "secondsBack", secondsBack } };
        m_findings.add(std::move(finding));
    }
    state.lastTime = time;
    state.lastTimePosition = static_cast<qint32>(position);
}

void StoreScan::noteCausation(qint64 position)
{
    const qint32 cause = m_index.causation(position);
    if (cause != kNoCausation)
        ++m_withCausation;
    if (cause == kDanglingCausation)
        m_dangling.push_back(static_cast<qint32>(position));
    const qint32 root = m_index.correlationRoot(position);
    if (root >= 0) {
        m_groups[static_cast<std::size_t>(root)]
            |= (cause == kNoCausation ? kHasRoot : 0) | (cause == kDanglingCausation ? kHasDangling : 0);
    }
}

void StoreScan::checkPayloads(qint64 position, const RawEventRow& row)
{
    if (!row.data.empty()) {
        ++m_summary.payloadsChecked;
        m_summary.payloadBytes += static_cast<qint64>(row.data.size());
        if (const auto problem = m_json.check(row.data)) {
            reportMalformed(FindingCode::MalformedPayload, position, row.eventId, row.data, *problem);
        } else {
            auto original = m_json.topLevelString("original_event_id");
            if (!original)
                original = m_json.topLevelString("originalEventId");
            if (original)
                m_compensations.push_back({ static_cast<qint32>(position), hash64(*original), text(*original) });
        }
    }
    if (!row.metadata.empty()) {
        ++m_summary.payloadsChecked;
        m_summary.payloadBytes += static_cast<qint64>(row.metadata.size());
        if (const auto problem = m_json.check(row.metadata))
            reportMalformed(FindingCode::MalformedMetadata, position, row.eventId, row.metadata, *problem);
    }
}

void StoreScan::reportMalformed(
    FindingCode code, qint64 position, std::string_view eventId, std::string_view payload, const JsonProblem& problem)
{
    const QString what = code == FindingCode::MalformedPayload ? tr("payload") : tr("metadata");
    const QString message = problem.offset >= 0 ? tr("the %1 is not valid JSON at byte %2 of %3: %4")
                                                      .arg(what)
                                                      .arg(problem.offset)
                                                      .arg(payload.size())
                                                      .arg(problem.reason)
                                                : tr("the %1 is not valid JSON: %2").arg(what, problem.reason);
    Finding finding = make(code, position, message, eventId);
    finding.evidence = { { "offset", problem.offset >= 0 ? nlohmann::ordered_json(problem.offset) : nullptr },
        { "bytes", payload.size() }, { "reason", problem.reason.toStdString() },
        { "excerpt", excerpt(payload, problem.offset).toStdString() } };
    m_findings.add(std::move(finding));
}

std::optional<AuditError> StoreScan::finish()
{
    std::sort(m_ids.begin(), m_ids.end(), [](const IdEntry& a, const IdEntry& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.position < b.position;
    });
    if (auto error = reportDuplicateIds())
        return error;
    if (auto error = reportDanglingCausation())
        return error;
    if (auto error = reportCorrelationsWithoutRoot())
        return error;
    reportMissingCompensatedEvents();
    m_findings.flush();
    return std::nullopt;
}

std::vector<qint32> StoreScan::positionsOfId(quint64 hash) const
{
    std::vector<qint32> positions;
    auto it = std::lower_bound(
        m_ids.begin(), m_ids.end(), hash, [](const IdEntry& entry, quint64 key) { return entry.hash < key; });
    for (; it != m_ids.end() && it->hash == hash; ++it)
        positions.push_back(it->position);
    return positions;
}

std::optional<AuditError> StoreScan::reportDuplicateIds()
{
    for (std::size_t i = 1; i < m_ids.size(); ++i) {
        if (m_ids[i].hash != m_ids[i - 1].hash)
            continue;
        // Equal hashes: read both ids to tell a duplicate from a (very unlikely) collision.
        std::size_t first = i - 1;
        while (first > 0 && m_ids[first - 1].hash == m_ids[i].hash)
            --first;
        const auto later = readEvent(m_ids[i].position);
        if (!later)
            return AuditError { AuditError::Kind::Store, later.error(), std::nullopt, later.error().message() };
        for (std::size_t j = first; j < i; ++j) {
            const auto earlier = readEvent(m_ids[j].position);
            if (!earlier)
                return AuditError { AuditError::Kind::Store, earlier.error(), std::nullopt, earlier.error().message() };
            if (earlier->eventId != later->eventId)
                continue;
            Finding finding = m_findings.make(FindingCode::DuplicateEventId, m_ids[i].position,
                tr("event id %1 is used twice; the first event with it is at position %2 (%3 version %4)")
                    .arg(later->eventId)
                    .arg(m_ids[j].position)
                    .arg(earlier->streamId)
                    .arg(earlier->version));
            finding.eventId = later->eventId;
            finding.evidence = { { "firstPosition", m_ids[j].position } };
            m_findings.add(std::move(finding));
            break;
        }
    }
    return std::nullopt;
}

std::optional<AuditError> StoreScan::reportDanglingCausation()
{
    if (m_dangling.empty())
        return std::nullopt;

    // Stores like Emmett's put the command's id in causation: then most causes name no event,
    // and that is a property of the store, said once, not a defect of each event.
    const auto dangling = static_cast<qint64>(m_dangling.size());
    if (dangling * 2 > m_withCausation) {
        const auto example = readEvent(m_dangling.front());
        if (!example)
            return AuditError { AuditError::Kind::Store, example.error(), std::nullopt, example.error().message() };
        Finding finding = m_findings.make(FindingCode::CausationNamesCommands, -1,
            tr("%1 of the %2 causation ids name no event of the store: they name commands (or events kept "
               "elsewhere), so causation is not checked event by event")
                .arg(dangling)
                .arg(m_withCausation));
        finding.evidence = { { "eventsWithCausation", m_withCausation }, { "dangling", dangling },
            { "examplePosition", m_dangling.front() }, { "exampleCausationId", example->causationId.toStdString() } };
        m_findings.add(std::move(finding));
        return std::nullopt;
    }
    for (const qint32 position : m_dangling) {
        const auto event = readEvent(position);
        if (!event)
            return AuditError { AuditError::Kind::Store, event.error(), std::nullopt, event.error().message() };
        const std::vector<qint32> named = positionsOfId(hash64(event->causationId.toStdString()));
        Finding finding;
        if (!named.empty()) {
            finding = m_findings.make(FindingCode::DanglingCausation, position,
                tr("the causation id %1 names the event at position %2, which comes after this one")
                    .arg(event->causationId)
                    .arg(named.front()));
            finding.evidence
                = { { "causationId", event->causationId.toStdString() }, { "causePosition", named.front() } };
        } else {
            finding = m_findings.make(FindingCode::DanglingCausation, position,
                tr("the causation id %1 names no event of the store").arg(event->causationId));
            finding.evidence = { { "causationId", event->causationId.toStdString() } };
        }
        finding.eventId = event->eventId;
        m_findings.add(std::move(finding));
    }
    return std::nullopt;
}

std::optional<AuditError> StoreScan::reportCorrelationsWithoutRoot()
{
    // A group's root is an event without a cause. A group with a dangling cause is already
    // explained by dangling_causation (or by causation_names_commands).
    for (qint64 root = 0; root < m_index.size(); ++root) {
        if (m_index.correlationRoot(root) != root || m_groups[static_cast<std::size_t>(root)] != 0)
            continue;
        const auto event = readEvent(root);
        if (!event)
            return AuditError { AuditError::Kind::Store, event.error(), std::nullopt, event.error().message() };
        const qint32 cause = m_index.causation(root);
        Finding finding = m_findings.make(FindingCode::CorrelationWithoutRoot, root,
            tr("correlation %1 has no root: every event in it names a cause, the first one the event at position "
               "%2 of another correlation")
                .arg(event->correlationId)
                .arg(cause));
        finding.eventId = event->eventId;
        finding.evidence = { { "correlationId", event->correlationId.toStdString() }, { "causePosition", cause } };
        m_findings.add(std::move(finding));
    }
    return std::nullopt;
}

void StoreScan::reportMissingCompensatedEvents()
{
    for (const Reference& reference : m_compensations) {
        if (!positionsOfId(reference.hash).empty())
            continue;
        Finding finding = m_findings.make(FindingCode::MissingCompensatedEvent, reference.position,
            tr("this compensating event names original event %1, which is not in the store").arg(reference.id));
        const auto event = readEvent(reference.position);
        if (event)
            finding.eventId = event->eventId;
        finding.evidence = { { "originalEventId", reference.id.toStdString() } };
        m_findings.add(std::move(finding));
    }
}

} // namespace Chronoscope
