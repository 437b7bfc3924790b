// SPDX-License-Identifier: MIT
#include "projectionchecks.h"

#include "diff/jsondiff.h"

#include <QCoreApplication>

#include <limits>

namespace Chronoscope {

namespace {

constexpr std::size_t kMaxPathsCompared = 50;
constexpr std::size_t kMaxErrorPositions = 20;
constexpr qsizetype kMaxValueText = 60;

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::ProjectionChecks", text);
}

// Pointers of the leaves that differ (added, removed or changed), in tree order.
void collectChangedPointers(const DiffNode& node, std::vector<std::string>& out)
{
    if (node.kind == DiffKind::Added || node.kind == DiffKind::Removed || node.kind == DiffKind::Changed) {
        out.push_back(node.pointer);
        return;
    }
    for (const DiffNode& child : node.children)
        collectChangedPointers(child, out);
}

// The value at `pointer`, or nullopt when there is none (or the pointer does not fit).
std::optional<Json> valueAt(const Json& document, const std::string& pointer)
{
    try {
        const Json::json_pointer path(pointer);
        if (!document.contains(path))
            return std::nullopt;
        return document.at(path);
    } catch (const Json::exception&) {
        return std::nullopt;
    }
}

QString shortText(const std::optional<Json>& value)
{
    if (!value)
        return QCoreApplication::translate("Chronoscope::ProjectionChecks", "(absent)");
    QString text = QString::fromStdString(value->dump(-1, ' ', false, Json::error_handler_t::replace));
    if (text.size() > kMaxValueText)
        text = text.left(kMaxValueText - 1) + u'…';
    return text;
}

} // namespace

struct ProjectionChecks::Definition
{
    ProjectionPtr projection;
    std::unique_ptr<Replayer> replayer;
    std::vector<quint32> streams;
    QString name; ///< display name
};

ProjectionChecks::ProjectionChecks(
    EventStore& store, IndexPtr index, const AuditOptions& options, FindingCollector& findings, AuditSummary& summary)
    : m_store(store)
    , m_index(std::move(index))
    , m_options(options)
    , m_findings(findings)
    , m_summary(summary)
{ }

ProjectionChecks::~ProjectionChecks() = default;

std::optional<AuditError> ProjectionChecks::loadDefinition(const QString& streamId, const QString& aggregateType)
{
    auto projection = loadProjection(*m_options.projection, m_options.projectionOptions, streamId, aggregateType);
    if (!projection) {
        if (!m_definitions.empty())
            return std::nullopt; // no definition of the script folds this kind of stream
        return AuditError { AuditError::Kind::Projection, std::nullopt, projection.error(),
            projection.error().toString() };
    }
    const QString name = (*projection)->info().displayName();
    for (const auto& definition : m_definitions) {
        if (definition->name == name)
            return std::nullopt;
    }
    auto definition = std::make_unique<Definition>();
    definition->projection = std::move(projection).value();
    definition->name = name;
    ReplayOptions replayOptions;
    replayOptions.keepGoing = true;
    replayOptions.checkpointBudgetBytes = 64LL * 1024 * 1024;
    definition->replayer = std::make_unique<Replayer>(m_store, m_index, *definition->projection, replayOptions);
    m_definitions.push_back(std::move(definition));
    return std::nullopt;
}

std::optional<AuditError> ProjectionChecks::load()
{
    if (m_options.projection->isMerge()) {
        ProjectionError error;
        error.kind = ProjectionError::Kind::Load;
        error.message = tr("the audit needs a JavaScript projection; merge folds every payload and handles every type");
        return AuditError { AuditError::Kind::Projection, std::nullopt, error, error.message };
    }
    // The script as a whole first: a broken file fails here, before any scanning.
    if (auto error = loadDefinition({}, {}))
        return error;
    const bool named = !m_options.projection->name.isEmpty();
    std::vector<char> triedType(m_index->aggregateTypes().size(), 0);
    for (quint32 stream = 0; stream < m_index->streams().size(); ++stream) {
        const QString streamId = m_index->streams().string(stream);
        const quint32 typeId = m_index->streamAggregateType(stream);
        const QString aggregateType = m_index->aggregateTypes().string(typeId);
        auto applies = [&] {
            for (const auto& definition : m_definitions) {
                if (definition->projection->appliesTo(streamId, aggregateType))
                    return definition.get();
            }
            return static_cast<Definition*>(nullptr);
        };
        Definition* definition = applies();
        if (!definition && !named && !triedType[typeId]) {
            // Another definition of the script may fold this kind of stream.
            triedType[typeId] = 1;
            if (auto error = loadDefinition(streamId, aggregateType))
                return error;
            definition = applies();
        }
        if (definition) {
            definition->streams.push_back(stream);
            m_eventsToReplay += static_cast<qint64>(m_index->streamPositions(stream).size());
        }
    }
    for (const auto& definition : m_definitions)
        m_summary.projections << definition->name;
    return std::nullopt;
}

bool ProjectionChecks::stillWanted(qint64 done)
{
    if (m_cancelled)
        return false;
    if (m_progress && !m_progress(std::min(m_eventsToReplay, m_replayedBefore + done)))
        m_cancelled = true;
    return !m_cancelled;
}

std::optional<AuditError> ProjectionChecks::run(const Progress& progress)
{
    m_progress = progress;
    for (const auto& definition : m_definitions) {
        reportUnhandledTypes(*definition);
        if (!definition->projection->info().perStream) {
            if (auto error = replayStoreWide(*definition))
                return error;
            continue;
        }
        for (quint32 stream : definition->streams) {
            if (auto error = replayStream(*definition, stream))
                return error;
            m_replayedBefore += static_cast<qint64>(m_index->streamPositions(stream).size());
            ++m_summary.streamsReplayed;
            if (!stillWanted(0))
                return AuditError { AuditError::Kind::Cancelled, std::nullopt, std::nullopt,
                    tr("the audit was cancelled") };
        }
    }
    m_summary.eventsReplayed = m_replayedBefore;
    reportErrors();
    m_findings.flush();
    return std::nullopt;
}

void ProjectionChecks::reportUnhandledTypes(const Definition& definition)
{
    const std::size_t typeCount = m_index->types().size();
    std::vector<qint8> handled(typeCount, -1);
    std::vector<qint64> first(typeCount, std::numeric_limits<qint64>::max());
    std::vector<qint64> count(typeCount, 0);
    for (quint32 stream : definition.streams) {
        for (qint32 position : m_index->streamPositions(stream)) {
            const quint16 type = m_index->type(position);
            if (handled[type] < 0)
                handled[type] = definition.projection->handles(m_index->types().string(type)) ? 1 : 0;
            if (handled[type] == 0) {
                first[type] = std::min<qint64>(first[type], position);
                ++count[type];
            }
        }
    }
    for (std::size_t type = 0; type < typeCount; ++type) {
        if (count[type] == 0)
            continue;
        const QString typeName = m_index->types().string(static_cast<quint32>(type));
        Finding finding = m_findings.make(FindingCode::UnhandledEventType, first[type],
            tr("projection %1 has no handler for %2 events (%3 in the streams it folds); it leaves the state as it was")
                .arg(definition.name, typeName)
                .arg(count[type]));
        finding.evidence = { { "projection", definition.name.toStdString() }, { "type", typeName.toStdString() },
            { "events", count[type] } };
        m_findings.add(std::move(finding));
    }
}

std::optional<AuditError> ProjectionChecks::replayFailure(
    const ReplayError& error, const Definition& definition, qint64 position)
{
    if (m_cancelled)
        return AuditError { AuditError::Kind::Cancelled, std::nullopt, std::nullopt, tr("the audit was cancelled") };
    if (error.store)
        return AuditError { AuditError::Kind::Store, error.store, std::nullopt, error.store->message() };
    if (error.projection) {
        ProjectionError projectionError = *error.projection;
        if (projectionError.position < 0)
            projectionError.position = position;
        keepErrors(definition, { projectionError });
        return std::nullopt;
    }
    return AuditError { AuditError::Kind::Store, std::nullopt, std::nullopt, error.toString() };
}

std::optional<AuditError> ProjectionChecks::replayStream(Definition& definition, quint32 stream)
{
    const QString streamId = m_index->streams().string(stream);
    const auto positions = m_index->streamPositions(stream);
    Replayer& replayer = *definition.replayer;
    const Replayer::Progress progress = [this](qint64 done, qint64) { return stillWanted(done); };

    std::vector<StoredSnapshot> snapshots;
    if (m_options.compareSnapshots && m_store.hasSnapshots()) {
        auto stored = m_store.snapshots(streamId);
        if (!stored)
            return AuditError { AuditError::Kind::Store, stored.error(), std::nullopt, stored.error().message() };
        snapshots = std::move(stored).value();
    }
    qint64 agreedCount = 0;
    for (StoredSnapshot& stored : snapshots) {
        auto replayed = replayer.state(streamId, stored.version, progress);
        if (!replayed)
            return replayFailure(replayed.error(), definition, positions.front());
        if (auto error = compareSnapshot(definition, stream, { std::move(stored), *replayed }, &agreedCount))
            return error;
    }
    auto end = replayer.state(streamId, std::numeric_limits<qint64>::max(), progress);
    if (!end)
        return replayFailure(end.error(), definition, positions.front());
    keepErrors(definition, end->skipped);
    return std::nullopt;
}

std::optional<AuditError> ProjectionChecks::replayStoreWide(Definition& definition)
{
    if (m_index->isEmpty())
        return std::nullopt;
    const Replayer::Progress progress = [this](qint64 done, qint64) { return stillWanted(done); };
    auto end = definition.replayer->stateAtPosition(m_index->size() - 1, progress);
    if (!end)
        return replayFailure(end.error(), definition, 0);
    keepErrors(definition, end->skipped);
    m_replayedBefore += end->count;
    return std::nullopt;
}

std::optional<AuditError> ProjectionChecks::compareSnapshot(
    Definition& definition, quint32 stream, const Snapshot& snapshot, qint64* agreedCount)
{
    const StoredSnapshot& stored = snapshot.stored;
    const StateResult& replayed = snapshot.replayed;
    const std::string_view storedText(stored.data.constData(), static_cast<std::size_t>(stored.data.size()));
    const qint64 position = replayed.position >= 0 ? replayed.position : m_index->streamPositions(stream).front();
    if (const auto problem = m_json.check(storedText)) {
        Finding finding = m_findings.make(FindingCode::MalformedSnapshot, position,
            tr("the stored snapshot at version %1 is not valid JSON at byte %2: %3")
                .arg(stored.version)
                .arg(problem->offset)
                .arg(problem->reason));
        finding.evidence = { { "snapshotVersion", stored.version }, { "offset", problem->offset },
            { "reason", problem->reason.toStdString() } };
        m_findings.add(std::move(finding));
        return std::nullopt;
    }
    const Json storedJson = Json::parse(storedText, nullptr, false);
    const Json replayedJson = Json::parse(replayed.json.toStdString(), nullptr, false);
    DiffOptions options;
    options.keepUnchanged = false;
    const DiffNode diff = diffJson(replayedJson, storedJson, options);
    ++m_summary.snapshotsCompared;
    if (!diff.hasChanges()) {
        *agreedCount = replayed.count;
        return std::nullopt;
    }

    std::vector<std::string> pointers;
    collectChangedPointers(diff, pointers);
    if (pointers.size() > kMaxPathsCompared)
        pointers.resize(kMaxPathsCompared);
    const qint64 from = std::max(*agreedCount, replayed.count - std::max<qint64>(0, m_options.driftSearchEvents));
    bool exact = false;
    auto parting = partingCount(definition, stream, from, replayed.count, storedJson, pointers, &exact);
    if (!parting)
        return replayFailure(parting.error(), definition, position);

    Json storedValues = Json::object();
    Json replayedValues = Json::object();
    for (const std::string& pointer : pointers) {
        storedValues[pointer] = valueAt(storedJson, pointer).value_or(nullptr);
        replayedValues[pointer] = valueAt(replayedJson, pointer).value_or(nullptr);
    }
    const QString firstPath = QString::fromStdString(pointers.front());
    QString where = firstPath;
    if (pointers.size() > 1)
        where = tr("%1 and %2 more paths").arg(firstPath).arg(pointers.size() - 1);
    Finding finding = m_findings.make(FindingCode::SnapshotDrift, position,
        tr("the stored snapshot at version %1 differs from the replay by %2 at %3 (stored %4, replayed %5)")
            .arg(stored.version)
            .arg(definition.name, where, shortText(valueAt(storedJson, pointers.front())),
                shortText(valueAt(replayedJson, pointers.front()))));
    Json evidence;
    evidence["snapshotVersion"] = stored.version;
    evidence["projection"] = definition.name.toStdString();
    evidence["paths"] = pointers;
    evidence["stored"] = storedValues;
    evidence["replayed"] = replayedValues;
    evidence["diff"] = toJsonPatch(diff);
    const auto positions = m_index->streamPositions(stream);
    const qint32 agreedVersion
        = *agreedCount > 0 ? m_index->version(positions[static_cast<std::size_t>(*agreedCount - 1)]) : 0;
    if (*parting > 0) {
        const qint32 partsAfter = positions[static_cast<std::size_t>(*parting - 1)];
        evidence["partsAfter"]
            = { { "position", partsAfter }, { "version", m_index->version(partsAfter) }, { "exact", exact } };
        finding.message += exact
            ? tr("; they part after the event at version %1").arg(m_index->version(partsAfter))
            : tr("; no replayed state since version %1 holds the stored values, so they part after one of the "
                 "events from version %2 on")
                  .arg(agreedVersion)
                  .arg(m_index->version(partsAfter));
    } else {
        evidence["partsAfter"] = nullptr;
    }
    evidence["agreedAtVersion"] = agreedVersion;
    finding.evidence = std::move(evidence);
    m_findings.add(std::move(finding));
    return std::nullopt;
}

Expected<qint64, ReplayError> ProjectionChecks::partingCount(Definition& definition, quint32 stream, qint64 fromCount,
    qint64 toCount, const Json& stored, const std::vector<std::string>& pointers, bool* exact)
{
    std::vector<std::optional<Json>> wanted;
    for (const std::string& pointer : pointers)
        wanted.push_back(valueAt(stored, pointer));
    const Replayer::Progress progress = [this](qint64, qint64) { return stillWanted(0); };
    qint64 lastAgreement = -1;
    for (qint64 count = fromCount; count < toCount; ++count) {
        auto state = definition.replayer->stateAfter(stream, count, progress);
        if (!state)
            return state.error();
        const Json json = Json::parse(state->json.toStdString(), nullptr, false);
        bool agrees = true;
        for (std::size_t i = 0; i < pointers.size() && agrees; ++i)
            agrees = valueAt(json, pointers[i]) == wanted[i];
        if (agrees)
            lastAgreement = count;
    }
    *exact = lastAgreement >= 0;
    if (fromCount >= toCount)
        return toCount;
    // The event after the last agreeing state; without one, the first event of the window.
    return lastAgreement >= 0 ? lastAgreement + 1 : fromCount + 1;
}

void ProjectionChecks::keepErrors(const Definition& definition, const std::vector<ProjectionError>& errors)
{
    for (const ProjectionError& error : errors) {
        ErrorKey key { definition.name, error.file, error.line, error.column };
        auto [it, inserted] = m_errors.try_emplace(key);
        ErrorGroup& group = it->second;
        if (inserted) {
            group.first = error;
            group.projection = definition.name;
            m_errorOrder.push_back(key);
        }
        ++group.count;
        if (group.positions.size() < kMaxErrorPositions)
            group.positions.push_back(error.position);
        if (error.position < group.first.position)
            group.first = error;
    }
}

void ProjectionChecks::reportErrors()
{
    for (const auto& key : m_errorOrder) {
        const ErrorGroup& group = m_errors.at(key);
        const ProjectionError& error = group.first;
        QString message = error.toString();
        if (group.count > 1)
            message += tr(" (and %1 more events)").arg(group.count - 1);
        Finding finding = m_findings.make(FindingCode::ProjectionError, error.position, message);
        Json evidence;
        evidence["projection"] = group.projection.toStdString();
        evidence["file"] = error.file.toStdString();
        evidence["line"] = error.line;
        evidence["column"] = error.column;
        evidence["error"] = error.message.toStdString();
        evidence["events"] = group.count;
        evidence["positions"] = group.positions;
        if (!error.stack.isEmpty())
            evidence["stack"] = error.stack.toStdString();
        finding.evidence = std::move(evidence);
        m_findings.add(std::move(finding));
    }
}

} // namespace Chronoscope
