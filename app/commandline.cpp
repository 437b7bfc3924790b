// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "auditcommands.h"
#include "commandlinesupport.h"
#include "export/eventexport.h"
#include "graphcommands.h"
#include "index/timestampparser.h"
#include "mappingcommands.h"
#include "query/filterevaluator.h"
#include "query/filterparser.h"
#include "replaycommands.h"
#include "reportcommands.h"
#include "sample/samplegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <unistd.h>

namespace Chronoscope::CommandLine {

namespace {

using namespace Support;

QString usage()
{
    return tr("Usage: chronoscope [STORE]                 open the GUI (on STORE)\n"
              "       chronoscope info STORE [--json]     counts, time span, mapping, problems\n"
              "       chronoscope events STORE [--stream ID] [--type T] [--from TIME] [--to TIME]\n"
              "                              [--filter EXPR] [--limit N] [--format table|jsonl|csv]\n"
              "       chronoscope sample --out FILE [--events N] [--streams M] [--seed S] [--anomalies]\n"
              "       chronoscope state STORE --stream ID [--version N | --at TIME] [--projection FILE[#NAME]]\n"
              "       chronoscope diff STORE --stream ID --from V1 --to V2 [--projection SPEC] [--format patch|tree]\n"
              "       chronoscope diff STORE --stream ID --version N --projection A --vs B [--format patch|tree]\n"
              "       chronoscope blame STORE --stream ID --path /json/pointer [--projection SPEC] [--json]\n"
              "       chronoscope find-state STORE --stream ID --where EXPR [--from N] [--projection SPEC] [--json]\n"
              "       chronoscope graph STORE (--event ID | --position N | --correlation ID) [--format dot|json|svg]\n"
              "                             [--limit N] [--direction TB|LR]\n"
              "       chronoscope verify STORE [--projection FILE[#NAME]] [--format text|json]\n"
              "       chronoscope report STORE (--stream ID | --correlation ID | --aggregate-type T)\n"
              "                              (--at TIME | --version N) --format pdf|html|json|csv -o FILE\n"
              "                              [--page-size a4|letter] [--projection FILE[#NAME]] [--generated-at TIME]\n"
              "                              [--redact /p,/q --salt S] [--title TEXT] [--no-findings]\n"
              "       chronoscope verify-report REPORT STORE\n"
              "       chronoscope mapping STORE            print the mapping STORE is read with, as a file\n"
              "Exit codes: 0 success, 1 verify found errors or warnings (verify-report: mismatch),\n"
              "            2 bad input, 3 the projection failed (its file:line and the event).\n"
              "Options for STORE commands: --no-cache (do not read or write the index cache)\n"
              "                            --mapping PRESET|FILE (seed, emmett, marten, castore or a\n"
              "                            mapping file, see docs/mappings.md; default: detected)\n"
              "Environment: CHRONOSCOPE_CACHE_DIR overrides where index caches live.\n");
}

int runInfo(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({ json, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    const auto spec = storeArgument(parser, QStringLiteral("info"), err);
    if (!spec)
        return kExitBadInput;
    const auto opened = openAndIndex(*spec, !parser.isSet(noCacheOption()), err);
    if (!opened)
        return kExitBadInput;
    const EventIndex& index = *opened->index;

    Json problems = Json::array();
    for (const IndexProblem& problem : index.problems()) {
        problems.push_back({ { "position", problem.position }, { "kind", utf8(IndexProblem::kindName(problem.kind)) },
            { "raw", utf8(problem.raw) }, { "description", utf8(problem.description()) } });
    }
    Json types = Json::object();
    for (quint32 type = 0; type < index.types().size(); ++type)
        types[std::string(index.types().view(type))] = index.typeCounts()[type];
    std::vector<qint64> perAggregateType(index.aggregateTypes().size(), 0);
    for (quint32 stream = 0; stream < index.streams().size(); ++stream)
        ++perAggregateType[index.streamAggregateType(stream)];
    Json aggregateTypes = Json::object();
    for (quint32 type = 0; type < index.aggregateTypes().size(); ++type)
        aggregateTypes[std::string(index.aggregateTypes().view(type))] = perAggregateType[type];

    Json root;
    root["store"] = utf8(opened->store->source());
    root["mapping"] = Json::parse(opened->store->mapping().toJson().toStdString());
    root["events"] = index.size();
    root["streams"] = index.streams().size();
    root["eventTypes"] = index.types().size();
    root["aggregateTypes"] = index.aggregateTypes().size();
    root["users"] = index.users().size();
    root["firstTimestamp"] = utf8(TimestampParser::toIso(index.firstTime()));
    root["lastTimestamp"] = utf8(TimestampParser::toIso(index.lastTime()));
    root["eventTypeCounts"] = types;
    root["streamsPerAggregateType"] = aggregateTypes;
    root["problems"] = problems;

    if (parser.isSet(json)) {
        out << QString::fromStdString(root.dump(2)) << Qt::endl;
        return kExitOk;
    }
    auto line = [&](const QString& label, const QString& value) { out << label.leftJustified(18) << value << '\n'; };
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // "5,000", whatever the user's locale
    line(tr("Store:"), opened->store->source());
    line(tr("Mapping:"), tr("%1 (table %2)").arg(opened->store->mapping().name, opened->store->mapping().table));
    line(tr("Events:"), c.toString(index.size()));
    line(tr("Streams:"), c.toString(index.streams().size()));
    line(tr("Aggregate types:"), c.toString(index.aggregateTypes().size()));
    line(tr("Event types:"), c.toString(index.types().size()));
    line(tr("Users:"), c.toString(index.users().size()));
    line(tr("First event:"), TimestampParser::toIso(index.firstTime()));
    line(tr("Last event:"), TimestampParser::toIso(index.lastTime()));
    line(tr("Problems:"), c.toString(static_cast<qint64>(index.problems().size())));
    for (const IndexProblem& problem : index.problems())
        out << "  " << tr("position %1: %2").arg(problem.position).arg(problem.description()) << '\n';
    out.flush();
    return kExitOk;
}

int runEvents(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption stream(
        QStringLiteral("stream"), QStringLiteral("Only this stream."), QStringLiteral("ID"));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("Only this event type."), QStringLiteral("T"));
    const QCommandLineOption from(
        QStringLiteral("from"), QStringLiteral("Events at or after TIME."), QStringLiteral("TIME"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Events at or before TIME."), QStringLiteral("TIME"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N events."), QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table, jsonl or csv."),
        QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption filter(QStringLiteral("filter"),
        QStringLiteral("Only events matching EXPR (docs/filter-language.md)."), QStringLiteral("EXPR"));
    parser.addOptions({ stream, type, from, to, filter, limit, format, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    const auto spec = storeArgument(parser, QStringLiteral("events"), err);
    if (!spec)
        return kExitBadInput;
    FilterNodePtr filterNode;
    if (parser.isSet(filter)) {
        const auto parsed = FilterParser::parse(parser.value(filter));
        if (!parsed) {
            err << "chronoscope events: --filter: " << parsed.error().toString() << Qt::endl;
            return kExitBadInput;
        }
        filterNode = *parsed;
    }

    const QString formatName = parser.value(format);
    if (formatName != u"table" && formatName != u"jsonl" && formatName != u"csv") {
        err << "chronoscope events: " << tr("--format '%1' is not one of table, jsonl, csv").arg(formatName)
            << Qt::endl;
        return kExitBadInput;
    }
    auto timeOption = [&](const QCommandLineOption& option, TimeUs fallback) -> std::optional<TimeUs> {
        if (!parser.isSet(option))
            return fallback;
        const QString text = parser.value(option);
        const TimeUs time = TimestampParser::parseText(text.toStdString());
        if (time == kInvalidTime) {
            err << "chronoscope events: "
                << tr("--%1 '%2' is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)")
                       .arg(option.names().constFirst(), text)
                << Qt::endl;
            return std::nullopt;
        }
        return time;
    };
    const auto fromTime = timeOption(from, std::numeric_limits<TimeUs>::min());
    const auto toTime = timeOption(to, std::numeric_limits<TimeUs>::max());
    if (!fromTime || !toTime)
        return kExitBadInput;
    qint64 maxEvents = std::numeric_limits<qint64>::max();
    if (parser.isSet(limit)) {
        bool ok = false;
        maxEvents = parser.value(limit).toLongLong(&ok);
        if (!ok || maxEvents < 0) {
            err << "chronoscope events: " << tr("--limit '%1' is not a whole number ≥ 0").arg(parser.value(limit))
                << Qt::endl;
            return kExitBadInput;
        }
    }

    auto opened = openAndIndex(*spec, !parser.isSet(noCacheOption()), err);
    if (!opened)
        return kExitBadInput;
    const EventIndex& index = *opened->index;

    std::optional<quint32> streamId;
    if (parser.isSet(stream)) {
        streamId = index.streams().find(parser.value(stream));
        if (!streamId) {
            err << "chronoscope events: " << tr("%1: no stream '%2'").arg(*spec, parser.value(stream)) << Qt::endl;
            return kExitBadInput;
        }
    }
    std::optional<quint32> typeId;
    if (parser.isSet(type)) {
        typeId = index.types().find(parser.value(type));
        if (!typeId) {
            err << "chronoscope events: " << tr("%1: no event type '%2'").arg(*spec, parser.value(type)) << Qt::endl;
            return kExitBadInput;
        }
    }

    FilterResultPtr matched;
    if (filterNode) {
        FilterOptions options;
        options.now = QDateTime::currentMSecsSinceEpoch() * 1000;
        auto evaluated = FilterEvaluator::evaluate(*filterNode, index, opened->store.get(), options);
        if (!evaluated) {
            err << "chronoscope events: " << evaluated.error().message() << Qt::endl;
            return kExitBadInput;
        }
        matched = *evaluated;
    }

    const bool table = formatName == u"table";
    const EventExportFormat exportFormat = formatName == u"csv" ? EventExportFormat::Csv : EventExportFormat::JsonLines;
    if (table) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(tr("POSITION"), 9)
                   .arg(tr("TIME (UTC)"), -27)
                   .arg(tr("STREAM"), -24)
                   .arg(tr("VERSION"), 7)
                   .arg(tr("TYPE"), -24)
                   .arg(tr("USER"));
    } else {
        out << QString::fromUtf8(eventExportHeader(exportFormat));
    }

    qint64 written = 0;
    auto emitEvent = [&](qint64 position) -> bool {
        const TimeUs time = index.timestamp(position);
        if (time < *fromTime || time > *toTime)
            return true;
        if (typeId && index.type(position) != *typeId)
            return true;
        if (matched && !matched->contains(position))
            return true;
        if (written >= maxEvents)
            return false;
        ++written;
        if (table) {
            const Event event = index.event(position);
            out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(position, 9)
                       .arg(TimestampParser::toIso(time), -27)
                       .arg(event.streamId, -24)
                       .arg(event.version, 7)
                       .arg(event.type, -24)
                       .arg(event.userId);
            return true;
        }
        auto read = opened->store->readEvent(index.rowId(position));
        if (!read) {
            err << "chronoscope events: " << read.error().message() << Qt::endl;
            return false;
        }
        out << QString::fromUtf8(eventExportLine(*read, position, exportFormat));
        return true;
    };

    if (matched && !streamId) {
        // The filter's positions, not every event: a narrow filter prints without a full pass.
        for (qint32 position : matched->positions) {
            if (!emitEvent(position))
                break;
        }
    } else if (streamId) {
        for (qint32 position : index.streamPositions(*streamId)) {
            if (!emitEvent(position))
                break;
        }
    } else {
        for (qint64 position = 0; position < index.size(); ++position) {
            if (!emitEvent(position))
                break;
        }
    }
    out.flush();
    return kExitOk;
}

int runSample(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        QStringLiteral("out"), QStringLiteral("The store to create."), QStringLiteral("FILE"));
    const QCommandLineOption events(
        QStringLiteral("events"), QStringLiteral("Number of events."), QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption streams(
        QStringLiteral("streams"), QStringLiteral("Number of streams."), QStringLiteral("M"), QStringLiteral("2000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption anomalies(QStringLiteral("anomalies"), QStringLiteral("Inject known defects."));
    parser.addOptions({ output, events, streams, seed, anomalies });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    if (parser.isSet(mappingOption())) {
        err << "chronoscope sample: " << tr("writes the seed schema; --mapping does not apply") << Qt::endl;
        return kExitBadInput;
    }
    if (!parser.isSet(output)) {
        err << "chronoscope sample: " << tr("needs --out FILE") << Qt::endl;
        return kExitBadInput;
    }
    SampleOptions options;
    options.outputPath = parser.value(output);
    options.anomalies = parser.isSet(anomalies);
    auto number = [&](const QCommandLineOption& option, qint64 minimum, auto* target) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < minimum) {
            err << "chronoscope sample: "
                << tr("--%1 '%2' is not a whole number ≥ %3")
                       .arg(option.names().constFirst(), parser.value(option))
                       .arg(minimum)
                << Qt::endl;
            return false;
        }
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(value);
        return true;
    };
    if (!number(events, 1, &options.events) || !number(streams, 1, &options.streams) || !number(seed, 0, &options.seed))
        return kExitBadInput;

    const bool terminal = isatty(STDERR_FILENO) != 0;
    const auto result = SampleGenerator::generate(options, [&](qint64 written) {
        if (terminal)
            err << "\r" << tr("Writing %1 of %2 events…").arg(written).arg(options.events) << Qt::flush;
        return true;
    });
    if (terminal)
        err << "\r\033[K" << Qt::flush;
    if (!result.ok) {
        err << "chronoscope sample: " << result.error << Qt::endl;
        return kExitBadInput;
    }
    out << tr("Wrote %1 events in %2 streams to %3")
               .arg(result.eventsWritten)
               .arg(result.streamsWritten)
               .arg(options.outputPath)
        << '\n';
    if (!result.manifestPath.isEmpty())
        out << tr("Anomalies listed in %1").arg(result.manifestPath) << '\n';
    out.flush();
    return kExitOk;
}

} // namespace

bool isCommand(const QStringList& arguments)
{
    static const QStringList commands { QStringLiteral("info"), QStringLiteral("events"), QStringLiteral("sample"),
        QStringLiteral("state"), QStringLiteral("diff"), QStringLiteral("blame"), QStringLiteral("graph"),
        QStringLiteral("find-state"), QStringLiteral("verify"), QStringLiteral("report"),
        QStringLiteral("verify-report"), QStringLiteral("mapping"), QStringLiteral("help"), QStringLiteral("--help"),
        QStringLiteral("-h"), QStringLiteral("--version") };
    return !arguments.isEmpty() && commands.contains(arguments.constFirst());
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = arguments.value(0);
    // QCommandLineParser expects the program name first.
    const QStringList forParser = QStringList { QStringLiteral("chronoscope") } + arguments;
    if (command == u"info")
        return runInfo(forParser, out, err);
    if (command == u"events")
        return runEvents(forParser, out, err);
    if (command == u"sample")
        return runSample(forParser, out, err);
    if (command == u"state")
        return runState(forParser, out, err);
    if (command == u"diff")
        return runDiff(forParser, out, err);
    if (command == u"blame")
        return runBlame(forParser, out, err);
    if (command == u"find-state")
        return runFindState(forParser, out, err);
    if (command == u"graph")
        return runGraph(forParser, out, err);
    if (command == u"verify")
        return runVerify(forParser, out, err);
    if (command == u"report")
        return runReport(forParser, out, err);
    if (command == u"verify-report")
        return runVerifyReport(forParser, out, err);
    if (command == u"mapping")
        return runMapping(forParser, out, err);
    if (command == u"--version") {
        out << "chronoscope " << QCoreApplication::applicationVersion() << Qt::endl;
        return kExitOk;
    }
    if (command == u"help" || command == u"--help" || command == u"-h") {
        out << usage() << Qt::flush;
        return kExitOk;
    }
    err << "chronoscope: " << tr("unknown command '%1'").arg(command) << '\n' << usage() << Qt::flush;
    return kExitBadInput;
}

} // namespace Chronoscope::CommandLine
