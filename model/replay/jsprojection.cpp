// SPDX-License-Identifier: MIT
#include "jsprojection.h"

#include "index/timestampparser.h"
#include "mergeprojection.h"
#include "scriptwatchdog.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace Chronoscope {

namespace {

const char kRuntime[] =
#include "jsruntime.js.inc"
    ;

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::JsProjection", text);
}

ProjectionError loadError(const QString& file, const QString& message)
{
    ProjectionError error;
    error.kind = ProjectionError::Kind::Load;
    error.file = file;
    error.message = message;
    return error;
}

// A JavaScript exception as a ProjectionError with file, line and stack.
ProjectionError scriptError(const QJSValue& value, const QString& file, ProjectionError::Kind kind)
{
    ProjectionError error;
    error.kind = kind;
    error.file = file;
    error.message = value.toString();
    if (value.isError()) {
        error.line = value.property(QStringLiteral("lineNumber")).toInt();
        const QJSValue column = value.property(QStringLiteral("columnNumber"));
        if (column.isNumber())
            error.column = column.toInt();
        error.stack = value.property(QStringLiteral("stack")).toString();
    }
    return error;
}

void appendJsonString(QByteArray& out, const QString& text)
{
    out += QByteArray::fromStdString(nlohmann::json(text.toStdString()).dump());
}

void appendNullableString(QByteArray& out, const QString& text)
{
    if (text.isEmpty())
        out += "null";
    else
        appendJsonString(out, text);
}

// Embeds a payload as it is when it is valid JSON (checked by simdjson, far faster than a
// parse into a tree) and as null otherwise, so one malformed payload cannot break a batch.
void appendPayload(QByteArray& out, const QByteArray& payload, simdjson::dom::parser& parser)
{
    if (payload.isEmpty() || parser.parse(payload.constData(), static_cast<std::size_t>(payload.size())).error())
        out += "null";
    else
        out += payload;
}

QByteArray encodeBatch(const std::vector<Event>& events)
{
    simdjson::dom::parser parser;
    QByteArray out;
    out.reserve(static_cast<qsizetype>(events.size()) * 512);
    out += '[';
    for (const Event& e : events) {
        if (out.size() > 1)
            out += ',';
        out += "{\"position\":" + QByteArray::number(e.position) + ",\"eventId\":";
        appendJsonString(out, e.eventId);
        out += ",\"streamId\":";
        appendJsonString(out, e.streamId);
        out += ",\"aggregateType\":";
        appendJsonString(out, e.aggregateType);
        out += ",\"version\":" + QByteArray::number(e.version) + ",\"type\":";
        appendJsonString(out, e.type);
        out += ",\"schemaVersion\":" + QByteArray::number(e.schemaVersion) + ",\"timestamp\":";
        appendNullableString(out, TimestampParser::toIso(e.timestamp));
        out += ",\"userId\":";
        appendNullableString(out, e.userId);
        out += ",\"correlationId\":";
        appendNullableString(out, e.correlationId);
        out += ",\"causationId\":";
        appendNullableString(out, e.causationId);
        out += ",\"data\":";
        appendPayload(out, e.data, parser);
        out += ",\"metadata\":";
        appendPayload(out, e.metadata, parser);
        out += '}';
    }
    out += ']';
    return out;
}

} // namespace

ProjectionSpec ProjectionSpec::parse(const QString& text)
{
    ProjectionSpec spec;
    const qsizetype hash = text.lastIndexOf(u'#');
    spec.file = hash < 0 ? text : text.left(hash);
    spec.name = hash < 0 ? QString() : text.mid(hash + 1);
    return spec;
}

JsProjection::JsProjection() = default;

JsProjection::~JsProjection()
{
    m_watchdog.reset(); // before the engine it watches
}

Expected<std::unique_ptr<JsProjection>, ProjectionError> JsProjection::load(const QString& file, const QString& name,
    const ProjectionOptions& options, const QString& streamId, const QString& aggregateType)
{
    QFile script(file);
    if (!QFileInfo::exists(file))
        return loadError(file, tr("%1: does not exist").arg(file));
    if (!script.open(QIODevice::ReadOnly))
        return loadError(file, tr("%1: cannot be read: %2").arg(file, script.errorString()));
    return loadSource(file, script.readAll(), name, options, streamId, aggregateType);
}

Expected<std::unique_ptr<JsProjection>, ProjectionError> JsProjection::loadSource(const QString& file,
    const QByteArray& source, const QString& name, const ProjectionOptions& options, const QString& streamId,
    const QString& aggregateType)
{
    std::unique_ptr<JsProjection> projection(new JsProjection);
    projection->m_options = options;
    projection->m_engine = std::make_unique<QJSEngine>();
    projection->m_engine->installExtensions(QJSEngine::ConsoleExtension);
    projection->m_watchdog = std::make_unique<ScriptWatchdog>(projection->m_engine.get());
    QJSEngine& engine = *projection->m_engine;

    const QJSValue runtime = engine.evaluate(QString::fromUtf8(kRuntime), QStringLiteral("chronoscope-runtime.js"));
    if (runtime.isError())
        return scriptError(runtime, QStringLiteral("chronoscope-runtime.js"), ProjectionError::Kind::Load);

    projection->m_watchdog->arm(options.timeLimitMs);
    QStringList trace; // frames as "function:line:column:file"; the error object has no column
    const QJSValue evaluated = engine.evaluate(QString::fromUtf8(source), file, 1, &trace);
    const bool timedOut = projection->m_watchdog->disarm();
    engine.setInterrupted(false);
    if (timedOut)
        return loadError(file, tr("%1: loading the script took longer than %2 ms").arg(file).arg(options.timeLimitMs));
    if (evaluated.isError()) {
        const bool syntax = evaluated.errorType() == QJSValue::SyntaxError;
        ProjectionError error
            = scriptError(evaluated, file, syntax ? ProjectionError::Kind::Syntax : ProjectionError::Kind::Exception);
        if (!trace.isEmpty()) {
            const QStringList frame = trace.constFirst().split(u':');
            if (frame.size() >= 3 && frame.at(1).toInt() == error.line)
                error.column = frame.at(2).toInt();
        }
        return error;
    }

    QString definitionsText;
    if (auto error = projection->call("definitions", {}, &definitionsText))
        return *error;
    const auto definitions = nlohmann::json::parse(definitionsText.toStdString(), nullptr, false);
    if (!definitions.is_array() || definitions.empty())
        return loadError(
            file, tr("%1: defines no projection (call projection({...}) or fromAll()/fromCategory()…)").arg(file));

    const QString baseName = QFileInfo(file).completeBaseName();
    QStringList names;
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        const auto& d = definitions[i];
        QString defName = d["name"].is_string() ? QString::fromStdString(d["name"].get<std::string>()) : QString();
        if (defName.isEmpty())
            defName = i == 0 ? baseName : baseName + u'#' + QString::number(i + 1);
        names << defName;
    }

    auto applies = [&](std::size_t i) {
        const auto& d = definitions[i];
        JsProjection probe;
        probe.m_info.aggregateType = QString::fromStdString(d["aggregateType"].get<std::string>());
        probe.m_category = QString::fromStdString(d["category"].get<std::string>());
        if (d["streams"].is_array()) {
            for (const auto& s : d["streams"])
                probe.m_streams << QString::fromStdString(s.get<std::string>());
        }
        return probe.appliesTo(streamId, aggregateType);
    };
    qsizetype chosen = -1;
    if (!name.isEmpty()) {
        chosen = names.indexOf(name);
        if (chosen < 0)
            return loadError(file, tr("%1 has no projection '%2'; it defines: %3").arg(file, name, names.join(u", ")));
    } else if (names.size() == 1) {
        chosen = 0;
    } else if (!streamId.isEmpty()) {
        for (std::size_t i = 0; i < definitions.size() && chosen < 0; ++i) {
            if (applies(i))
                chosen = static_cast<qsizetype>(i);
        }
        if (chosen < 0)
            return loadError(file,
                tr("%1: none of its projections (%2) applies to stream '%3'").arg(file, names.join(u", "), streamId));
    } else {
        chosen = 0; // no stream to choose for: the first (callers reload per stream)
    }

    const auto& d = definitions[static_cast<std::size_t>(chosen)];
    ProjectionInfo& info = projection->m_info;
    info.kind = ProjectionInfo::Kind::JavaScript;
    info.name = names.at(chosen);
    info.file = QFileInfo(file).absoluteFilePath();
    info.sourceSha256 = QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex();
    info.aggregateType = QString::fromStdString(d["aggregateType"].get<std::string>());
    info.perStream = d["perStream"].get<bool>();
    projection->m_category = QString::fromStdString(d["category"].get<std::string>());
    if (d["streams"].is_array()) {
        for (const auto& s : d["streams"])
            projection->m_streams << QString::fromStdString(s.get<std::string>());
    }
    for (const auto& handled : d["handled"]) {
        const QString type = QString::fromStdString(handled.get<std::string>());
        if (type == u"$any")
            projection->m_handlesAny = true;
        else
            projection->m_handledTypes.insert(type);
    }
    engine.globalObject()
        .property(QStringLiteral("__chronoscope"))
        .property(QStringLiteral("select"))
        .call({ QJSValue(static_cast<int>(chosen)) });
    QString notes;
    projection->call("notes", {}, &notes);
    for (const auto& note : nlohmann::json::parse(notes.toStdString(), nullptr, false))
        info.notes << QString::fromStdString(note.get<std::string>());
    if (auto error = projection->reset(std::nullopt))
        return *error;
    return projection;
}

bool JsProjection::appliesTo(const QString& streamId, const QString& aggregateType) const
{
    const QString prefix = QString::fromUtf8(aggregateTypeFromStreamId(streamId.toStdString()));
    if (!m_streams.isEmpty())
        return m_streams.contains(streamId);
    if (!m_category.isEmpty()) {
        return streamId.startsWith(m_category + u'-') || aggregateType.compare(m_category, Qt::CaseInsensitive) == 0;
    }
    if (!m_info.aggregateType.isEmpty()) {
        return aggregateType.compare(m_info.aggregateType, Qt::CaseInsensitive) == 0
            || prefix.compare(m_info.aggregateType, Qt::CaseInsensitive) == 0;
    }
    return true;
}

bool JsProjection::handles(const QString& type) const
{
    return m_handlesAny || m_handledTypes.contains(type);
}

std::optional<ProjectionError> JsProjection::call(
    const char* function, const QString& argument, QString* result, const std::vector<Event>* events)
{
    QJSValue runtime = m_engine->globalObject().property(QStringLiteral("__chronoscope"));
    QJSValue callee = runtime.property(QLatin1String(function));
    const QJSValueList arguments = argument.isNull() ? QJSValueList {} : QJSValueList { QJSValue(argument) };
    m_watchdog->arm(m_options.timeLimitMs);
    const QJSValue value = callee.callWithInstance(runtime, arguments);
    const bool timedOut = m_watchdog->disarm();
    m_engine->setInterrupted(false);

    if (!timedOut && !value.isError()) {
        if (result)
            *result = value.toString();
        return std::nullopt;
    }
    ProjectionError error;
    if (timedOut) {
        error.kind = ProjectionError::Kind::Timeout;
        error.file = m_info.file;
        error.message = tr("the projection ran longer than %1 ms and was interrupted").arg(m_options.timeLimitMs);
    } else {
        error = scriptError(value, m_info.file, ProjectionError::Kind::Exception);
    }
    const int index = runtime.property(QStringLiteral("index")).toInt();
    if (events && index >= 0 && index < static_cast<int>(events->size())) {
        const Event& event = (*events)[static_cast<std::size_t>(index)];
        error.position = event.position;
        error.streamId = event.streamId;
        error.version = event.version;
        error.eventType = event.type;
    }
    runtime.setProperty(QStringLiteral("index"), -1);
    return error;
}

std::optional<ProjectionError> JsProjection::reset(const std::optional<QByteArray>& savedState)
{
    QJSValue runtime = m_engine->globalObject().property(QStringLiteral("__chronoscope"));
    const QJSValue argument = savedState ? QJSValue(QString::fromUtf8(*savedState)) : QJSValue(QJSValue::NullValue);
    m_watchdog->arm(m_options.timeLimitMs);
    const QJSValue value = runtime.property(QStringLiteral("reset")).callWithInstance(runtime, { argument });
    const bool timedOut = m_watchdog->disarm();
    m_engine->setInterrupted(false);
    if (timedOut) {
        return ProjectionError { ProjectionError::Kind::Timeout, m_info.file, -1, -1,
            tr("init() ran longer than %1 ms and was interrupted").arg(m_options.timeLimitMs), {}, -1, {}, -1, {} };
    }
    if (value.isError())
        return scriptError(value, m_info.file, ProjectionError::Kind::Exception);
    return std::nullopt;
}

std::optional<ProjectionError> JsProjection::apply(const std::vector<Event>& events)
{
    if (events.empty())
        return std::nullopt;
    // Kept so that errors skipped with keepGoing can name their events.
    m_lastBatch = events;
    return call("apply", QString::fromUtf8(encodeBatch(events)), nullptr, &events);
}

QByteArray JsProjection::state()
{
    QString text;
    if (call("state", {}, &text))
        return QByteArrayLiteral("null");
    return text.toUtf8();
}

void JsProjection::setKeepGoing(bool keepGoing)
{
    m_engine->globalObject()
        .property(QStringLiteral("__chronoscope"))
        .setProperty(QStringLiteral("keepGoing"), keepGoing);
}

std::vector<ProjectionError> JsProjection::takeSkippedErrors()
{
    std::vector<ProjectionError> errors;
    QString text;
    if (call("takeSkipped", {}, &text) || m_lastBatch.empty())
        return errors;
    for (const auto& skipped : nlohmann::json::parse(text.toStdString(), nullptr, false)) {
        ProjectionError error;
        error.kind = ProjectionError::Kind::Exception;
        error.file = m_info.file;
        error.message = QString::fromStdString(skipped.value("message", std::string()));
        error.line = skipped.value("line", -1);
        error.stack = QString::fromStdString(skipped.value("stack", std::string()));
        const auto index = skipped.value("index", std::size_t(0));
        if (index < m_lastBatch.size()) {
            const Event& event = m_lastBatch[index];
            error.position = event.position;
            error.streamId = event.streamId;
            error.version = event.version;
            error.eventType = event.type;
        }
        errors.push_back(std::move(error));
    }
    return errors;
}

std::optional<QByteArray> JsProjection::upcastEvent(const Event& event)
{
    QString text;
    if (call("upcastText", QString::fromUtf8(encodeBatch({ event })), &text))
        return std::nullopt;
    return text.toUtf8();
}

Expected<ProjectionPtr, ProjectionError> loadProjection(
    const ProjectionSpec& spec, const ProjectionOptions& options, const QString& streamId, const QString& aggregateType)
{
    if (spec.isMerge())
        return ProjectionPtr(std::make_unique<MergeProjection>());
    auto loaded = spec.source
        ? JsProjection::loadSource(spec.file, *spec.source, spec.name, options, streamId, aggregateType)
        : JsProjection::load(spec.file, spec.name, options, streamId, aggregateType);
    if (!loaded)
        return loaded.error();
    return ProjectionPtr(std::move(loaded).value());
}

} // namespace Chronoscope
