// SPDX-License-Identifier: MIT
#include "replaycommands.h"

#include "commandlinesupport.h"
#include "diff/jsondiff.h"
#include "index/timestampparser.h"
#include "replay/jsprojection.h"
#include "replay/replayer.h"
#include "replay/statepredicate.h"
#include "replay/storedsnapshots.h"

namespace Chronoscope::CommandLine {

using namespace Support;

namespace {

const QCommandLineOption kStream(QStringLiteral("stream"), QStringLiteral("The stream."), QStringLiteral("ID"));
const QCommandLineOption kProjection(QStringLiteral("projection"),
    QStringLiteral("FILE[#NAME] of a JavaScript projection, or 'merge' (default)."), QStringLiteral("SPEC"),
    QStringLiteral("merge"));
const QCommandLineOption kKeepGoing(QStringLiteral("keep-going"),
    QStringLiteral("Skip events whose handler throws (listed on stderr) instead of stopping."));
const QCommandLineOption kTimeLimit(QStringLiteral("time-limit"),
    QStringLiteral("Interrupt a projection call after MS milliseconds (default 2000)."), QStringLiteral("MS"),
    QStringLiteral("2000"));

/// Where a state comes from: a projection replayed over the store, or the store's own
/// snapshots (`--projection snapshots`).
struct StateSource
{
    ProjectionPtr projection;
    std::unique_ptr<Replayer> replayer;
    std::unique_ptr<StoredSnapshots> snapshots;

    Expected<StateResult, ReplayError> state(const QString& streamId, qint64 version)
    {
        return snapshots ? snapshots->state(streamId, version) : replayer->state(streamId, version);
    }
};

int fail(QTextStream& err, const QString& command, const QString& message, int code = kExitBadInput)
{
    err << "chronoscope " << command << ": " << message << Qt::endl;
    return code;
}

int replayFailure(QTextStream& err, const QString& command, const ReplayError& error)
{
    return fail(err, command, error.toString(), error.projection ? kExitProjectionError : kExitBadInput);
}

/// Opens and indexes STORE and checks --stream and --time-limit; prints why not otherwise.
std::optional<OpenedStore> openForReplay(const QCommandLineParser& parser, const QString& command, QTextStream& err)
{
    const auto spec = storeArgument(parser, command, err);
    if (!spec)
        return std::nullopt;
    if (!parser.isSet(kStream)) {
        fail(err, command, tr("needs --stream ID"));
        return std::nullopt;
    }
    bool ok = false;
    if (parser.value(kTimeLimit).toInt(&ok) <= 0 || !ok) {
        fail(err, command, tr("--time-limit '%1' is not a number of milliseconds").arg(parser.value(kTimeLimit)));
        return std::nullopt;
    }
    auto opened = openAndIndex(*spec, !parser.isSet(noCacheOption()), err);
    if (!opened)
        return std::nullopt;
    if (!opened->index->streams().find(parser.value(kStream))) {
        fail(err, command, tr("%1: no stream '%2'").arg(*spec, parser.value(kStream)));
        return std::nullopt;
    }
    return opened;
}

/// The projection `projectionSpec` ready to answer for --stream; sets *exitCode on failure.
std::optional<StateSource> makeSource(OpenedStore& opened, const QCommandLineParser& parser, const QString& command,
    const QString& projectionSpec, QTextStream& err, int* exitCode)
{
    StateSource source;
    if (projectionSpec == u"snapshots") {
        source.snapshots = std::make_unique<StoredSnapshots>(*opened.store, opened.index);
        return source;
    }
    const QString streamId = parser.value(kStream);
    const quint32 stream = opened.index->streams().find(streamId).value();
    const QString aggregateType = opened.index->aggregateTypes().string(opened.index->streamAggregateType(stream));
    ProjectionOptions options;
    options.timeLimitMs = parser.value(kTimeLimit).toInt();
    auto projection = loadProjection(ProjectionSpec::parse(projectionSpec), options, streamId, aggregateType);
    if (!projection) {
        *exitCode = projection.error().kind == ProjectionError::Kind::Load ? kExitBadInput : kExitProjectionError;
        fail(err, command, projection.error().toString(), *exitCode);
        return std::nullopt;
    }
    source.projection = std::move(projection).value();
    ReplayOptions replayOptions;
    replayOptions.keepGoing = parser.isSet(kKeepGoing);
    source.replayer = std::make_unique<Replayer>(*opened.store, opened.index, *source.projection, replayOptions);
    return source;
}

/// A store opened for --stream with the --projection source ready.
struct Session
{
    OpenedStore opened;
    StateSource source;
};

std::unique_ptr<Session> openSession(
    const QCommandLineParser& parser, const QString& command, QTextStream& err, int* exitCode)
{
    *exitCode = kExitBadInput;
    auto opened = openForReplay(parser, command, err);
    if (!opened)
        return nullptr;
    auto session = std::make_unique<Session>();
    session->opened = std::move(*opened);
    auto source = makeSource(session->opened, parser, command, parser.value(kProjection), err, exitCode);
    if (!source)
        return nullptr;
    session->source = std::move(*source);
    return session;
}

std::optional<qint64> versionOption(
    const QCommandLineParser& parser, const QCommandLineOption& option, const QString& command, QTextStream& err)
{
    bool ok = false;
    const qint64 version = parser.value(option).toLongLong(&ok);
    if (!ok || version < 0) {
        fail(err, command,
            tr("--%1 '%2' is not a version (a whole number ≥ 0)")
                .arg(option.names().constFirst(), parser.value(option)));
        return std::nullopt;
    }
    return version;
}

QString prettyJson(const QByteArray& json)
{
    const auto parsed = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    return QString::fromStdString(parsed.is_discarded() ? json.toStdString() : parsed.dump(2));
}

} // namespace

int runState(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("state");
    QCommandLineParser parser;
    const QCommandLineOption version(
        QStringLiteral("version"), QStringLiteral("State after version N."), QStringLiteral("N"));
    const QCommandLineOption at(
        QStringLiteral("at"), QStringLiteral("State as of TIME (ISO-8601)."), QStringLiteral("TIME"));
    parser.addOptions({ kStream, version, at, kProjection, kTimeLimit, kKeepGoing, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    if (parser.isSet(version) && parser.isSet(at))
        return fail(err, command, tr("give --version or --at, not both"));
    std::optional<qint64> wanted;
    if (parser.isSet(version) && !(wanted = versionOption(parser, version, command, err)))
        return kExitBadInput;
    TimeUs time = kInvalidTime;
    if (parser.isSet(at)) {
        time = TimestampParser::parseText(parser.value(at).toStdString());
        if (time == kInvalidTime) {
            return fail(err, command,
                tr("--at '%1' is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)").arg(parser.value(at)));
        }
    }

    int exitCode = kExitBadInput;
    auto session = openSession(parser, command, err, &exitCode);
    if (!session)
        return exitCode;
    StateSource* source = &session->source;
    if (time != kInvalidTime && source->snapshots)
        return fail(err, command, tr("--at needs a projection; stored snapshots are asked for by --version"));
    const QString streamId = parser.value(kStream);
    auto state = time != kInvalidTime ? source->replayer->stateAt(streamId, time)
                                      : source->state(streamId, wanted.value_or(std::numeric_limits<qint64>::max()));
    if (!state)
        return replayFailure(err, command, state.error());
    for (const ProjectionError& skipped : state->skipped)
        err << "chronoscope state: " << tr("skipped: %1").arg(skipped.toString()) << Qt::endl;
    out << prettyJson(state->json) << Qt::endl;
    return kExitOk;
}

int runBlame(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("blame");
    QCommandLineParser parser;
    const QCommandLineOption path(
        QStringLiteral("path"), QStringLiteral("JSON pointer into the state."), QStringLiteral("POINTER"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ kStream, path, json, kProjection, kTimeLimit, kKeepGoing, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    if (!parser.isSet(path))
        return fail(err, command, tr("needs --path /json/pointer"));
    int exitCode = kExitBadInput;
    auto session = openSession(parser, command, err, &exitCode);
    if (!session)
        return exitCode;
    StateSource* source = &session->source;
    if (source->snapshots)
        return fail(err, command, tr("blame needs a projection to replay, not stored snapshots"));
    auto changes = source->replayer->blame(parser.value(kStream), parser.value(path));
    if (!changes)
        return replayFailure(err, command, changes.error());

    if (parser.isSet(json)) {
        Json list = Json::array();
        for (const FieldChange& change : *changes) {
            auto value
                = [](const QByteArray& text, bool exists) { return exists ? Json::parse(text.toStdString()) : Json(); };
            list.push_back({ { "position", change.position }, { "version", change.version },
                { "timestamp", utf8(TimestampParser::toIso(change.time)) }, { "userId", utf8(change.userId) },
                { "type", utf8(change.type) }, { "before", value(change.before, change.existedBefore) },
                { "after", value(change.after, change.existsAfter) }, { "existedBefore", change.existedBefore },
                { "existsAfter", change.existsAfter } });
        }
        out << QString::fromStdString(list.dump(2)) << Qt::endl;
        return kExitOk;
    }
    for (const FieldChange& change : *changes) {
        out << QStringLiteral("v%1  %2  %3  %4  %5 → %6\n")
                   .arg(change.version)
                   .arg(TimestampParser::toIso(change.time), change.type,
                       change.userId.isEmpty() ? QStringLiteral("-") : change.userId)
                   .arg(change.existedBefore ? QString::fromUtf8(change.before) : QStringLiteral("(absent)"),
                       change.existsAfter ? QString::fromUtf8(change.after) : QStringLiteral("(absent)"));
    }
    out.flush();
    return kExitOk;
}

int runFindState(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("find-state");
    QCommandLineParser parser;
    const QCommandLineOption where(QStringLiteral("where"),
        QStringLiteral("JavaScript expression about `state` (e.g. state.status == \"withdrawn\")."),
        QStringLiteral("EXPR"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("Start after this many events (default 0: the initial state counts)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ kStream, where, from, json, kProjection, kTimeLimit, kKeepGoing, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    if (!parser.isSet(where))
        return fail(err, command, tr("needs --where EXPR (e.g. --where 'state.status == \"withdrawn\"')"));
    const auto fromCount = versionOption(parser, from, command, err);
    if (!fromCount)
        return kExitBadInput;
    ProjectionOptions options;
    options.timeLimitMs = std::max(1, parser.value(kTimeLimit).toInt());
    // A mistake in the expression is reported before the store is indexed.
    auto predicate = StatePredicate::compile(parser.value(where), options);
    if (!predicate)
        return fail(err, command, predicate.error().toString());
    int exitCode = kExitBadInput;
    auto session = openSession(parser, command, err, &exitCode);
    if (!session)
        return exitCode;
    if (session->source.snapshots)
        return fail(err, command, tr("find-state needs a projection to replay, not stored snapshots"));
    const QString streamId = parser.value(kStream);
    auto found = session->source.replayer->findFirst(streamId, **predicate, *fromCount);
    if (!found) {
        const bool inExpression = found.error().projection && found.error().projection->file == u"expression";
        return inExpression ? fail(err, command, found.error().toString()) : replayFailure(err, command, found.error());
    }
    const IndexPtr& index = session->opened.index;
    if (parser.isSet(json)) {
        Json answer = { { "streamId", utf8(streamId) }, { "expression", utf8(parser.value(where)) },
            { "found", found->has_value() } };
        if (const auto& state = *found) {
            answer["version"] = state->version;
            answer["count"] = state->count;
            answer["position"] = state->position;
            answer["timestamp"] = state->position >= 0 ? Json(utf8(TimestampParser::toIso(state->time))) : Json();
            answer["type"]
                = state->position >= 0 ? Json(utf8(index->types().string(index->type(state->position)))) : Json();
            answer["projection"] = utf8(state->projection.displayName());
            answer["state"] = Json::parse(state->json.toStdString(), nullptr, false);
        }
        out << QString::fromStdString(answer.dump(2)) << Qt::endl;
        return found->has_value() ? kExitOk : kExitFindings;
    }
    if (!found->has_value()) {
        out << tr("%1: no version where %2").arg(streamId, parser.value(where)) << Qt::endl;
        return kExitFindings;
    }
    const StateResult& state = **found;
    if (state.position < 0) {
        out << tr("%1: the initial state (version 0) already satisfies %2").arg(streamId, parser.value(where))
            << Qt::endl;
        return kExitOk;
    }
    out << tr("%1: version %2 (event %3, position %4, %5 at %6)")
               .arg(streamId)
               .arg(state.version)
               .arg(state.count)
               .arg(state.position)
               .arg(index->types().string(index->type(state.position)), TimestampParser::toIso(state.time))
        << Qt::endl;
    return kExitOk;
}

int runDiff(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("diff");
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Older version."), QStringLiteral("V1"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Newer version."), QStringLiteral("V2"));
    const QCommandLineOption version(
        QStringLiteral("version"), QStringLiteral("Version for --vs."), QStringLiteral("N"));
    const QCommandLineOption vs(
        QStringLiteral("vs"), QStringLiteral("Second projection to compare with."), QStringLiteral("SPEC"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("patch (RFC 6902, default) or tree."),
        QStringLiteral("FORMAT"), QStringLiteral("patch"));
    parser.addOptions({ kStream, from, to, version, vs, format, kProjection, kTimeLimit, kKeepGoing, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    const QString formatName = parser.value(format);
    if (formatName != u"patch" && formatName != u"tree")
        return fail(err, command, tr("--format '%1' is not one of patch, tree").arg(formatName));
    const bool twoProjections = parser.isSet(vs);
    if (twoProjections ? !parser.isSet(version) : !(parser.isSet(from) && parser.isSet(to)))
        return fail(err, command, tr("give --from V1 --to V2, or --version N --projection A --vs B"));

    int exitCode = kExitBadInput;
    auto session = openSession(parser, command, err, &exitCode);
    if (!session)
        return exitCode;
    StateSource* source = &session->source;
    const QString streamId = parser.value(kStream);

    Expected<StateResult, ReplayError> before = ReplayError {};
    Expected<StateResult, ReplayError> after = ReplayError {};
    if (twoProjections) {
        const auto at = versionOption(parser, version, command, err);
        if (!at)
            return kExitBadInput;
        auto other = makeSource(session->opened, parser, command, parser.value(vs), err, &exitCode);
        if (!other)
            return exitCode;
        before = source->state(streamId, *at);
        // Against stored snapshots, compare at the snapshot's own version.
        after = other->state(streamId, before && source->snapshots ? before->version : *at);
    } else {
        const auto v1 = versionOption(parser, from, command, err);
        const auto v2 = v1 ? versionOption(parser, to, command, err) : std::nullopt;
        if (!v1 || !v2)
            return kExitBadInput;
        before = source->state(streamId, *v1);
        after = source->state(streamId, *v2);
    }
    if (!before)
        return replayFailure(err, command, before.error());
    if (!after)
        return replayFailure(err, command, after.error());

    const DiffNode diff = diffJson(Json::parse(before->json.toStdString()), Json::parse(after->json.toStdString()));
    if (formatName == u"tree") {
        for (const QString& line : describeDiff(diff))
            out << line << '\n';
        out.flush();
    } else {
        out << QString::fromStdString(toJsonPatch(diff).dump(2)) << Qt::endl;
    }
    return kExitOk;
}

} // namespace Chronoscope::CommandLine
