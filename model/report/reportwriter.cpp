// SPDX-License-Identifier: MIT
#include "reportwriter.h"

#include "index/timestampparser.h"

#include <QCryptographicHash>

namespace Chronoscope {

namespace {

constexpr const char* kIntegrityFormat = "chronoscope-report-integrity";
constexpr const char* kCsvMarker = "# chronoscope-integrity: ";
constexpr const char* kHtmlOpen = "<script type=\"application/json\" id=\"chronoscope-integrity\">";
constexpr const char* kPdfOpen = "<chronoscope:integrity>";
constexpr const char* kPdfClose = "</chronoscope:integrity>";

std::string iso(TimeUs time)
{
    return TimestampParser::toIso(time).toStdString();
}

Json timeJson(TimeUs time)
{
    return time == kInvalidTime ? Json() : Json(iso(time));
}

std::string dump(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string display(const std::optional<Json>& value)
{
    return reportDisplayValue(value);
}

Json integrityJson(const Report& report)
{
    Json events = Json::array();
    for (const ReportEvent& event : report.history)
        events.push_back({ { "eventId", event.eventId.toStdString() }, { "sha256", event.sha256.toStdString() } });
    return { { "format", kIntegrityFormat }, { "version", 1 }, { "algorithm", "sha256" },
        { "digest", report.digest.toStdString() }, { "events", events } };
}

Json changeJson(const ReportChange& change)
{
    Json item { { "pointer", change.pointer } };
    item["before"] = change.before ? *change.before : Json();
    item["after"] = change.after ? *change.after : Json();
    item["existedBefore"] = change.before.has_value();
    item["existsAfter"] = change.after.has_value();
    return item;
}

void flatten(const Json& value, const std::string& pointer, std::vector<std::pair<std::string, std::string>>& out)
{
    if ((value.is_object() || value.is_array()) && !value.empty()) {
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                std::string child = pointer;
                appendPointerToken(child, it.key());
                flatten(it.value(), child, out);
            }
        } else {
            for (std::size_t i = 0; i < value.size(); ++i)
                flatten(value[i], pointer + '/' + std::to_string(i), out);
        }
        return;
    }
    out.emplace_back(pointer.empty() ? std::string("(root)") : pointer, display(value));
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string html(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string html(const QString& text)
{
    return html(text.toStdString());
}

std::string asOfText(const Report& report)
{
    return report.asOfVersion ? "version " + std::to_string(*report.asOfVersion) : iso(report.asOfTime);
}

QByteArray writeCsv(const Report& report)
{
    std::string out = "position,timestamp,streamId,version,type,userId,eventId,pointer,before,after\n";
    for (const ReportEvent& event : report.history) {
        const std::string prefix = std::to_string(event.position) + ','
            + csvField(event.time == kInvalidTime ? event.rawTime.toStdString() : iso(event.time)) + ','
            + csvField(event.streamId.toStdString()) + ',' + std::to_string(event.version) + ','
            + csvField(event.type.toStdString()) + ',' + csvField(event.userId.toStdString()) + ','
            + csvField(event.eventId.toStdString()) + ',';
        if (event.changes.empty())
            out += prefix + ",,\n";
        for (const ReportChange& change : event.changes) {
            out += prefix + csvField(change.pointer) + ',' + csvField(change.before ? dump(*change.before) : "") + ','
                + csvField(change.after ? dump(*change.after) : "") + '\n';
        }
    }
    out += kCsvMarker + dump(integrityJson(report)) + '\n';
    return QByteArray::fromStdString(out);
}

QByteArray writeHtml(const Report& report)
{
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html(report.title)
        + "</title>\n<style>\n"
          "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#1b1b1b;"
          "font-size:14px}\n"
          "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}\n"
          "table{border-collapse:collapse;margin:.5em 0;width:100%}\n"
          "th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}\n"
          "th{background:#f0f0f0}tr:nth-child(even) td{background:#fafafa}\n"
          "td.mono,code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em;word-break:break-all}\n"
          "dl.meta{display:grid;grid-template-columns:max-content auto;gap:2px 1em}dl.meta dt{font-weight:600}\n"
          "dl.meta dd{margin:0}.absent{color:#888;font-style:italic}\n"
          ".sev-error{color:#b00020;font-weight:600}.sev-warning{color:#a15c00}\n"
          "footer{margin-top:2em;border-top:1px solid #ccc;padding-top:.5em;font-size:.9em;color:#444}\n"
          "</style>\n</head>\n<body>\n";
    out += "<h1>" + html(report.title) + "</h1>\n<dl class=\"meta\">\n";
    auto meta = [&](const std::string& label, const std::string& value) {
        out += "<dt>" + label + "</dt><dd>" + value + "</dd>\n";
    };
    meta("Selection", html(ReportSelection::kindName(report.selection.kind)) + " " + html(report.selection.id));
    meta("As of", html(asOfText(report)));
    meta("Generated", html(iso(report.generatedAt)));
    meta("Store", html(report.storePath));
    meta("Store SHA-256", "<code>" + html(report.storeSha256.toStdString()) + "</code>");
    for (const ReportProjection& projection : report.projections) {
        meta("Projection",
            html(projection.name)
                + (projection.sourceSha256.isEmpty()
                        ? std::string()
                        : " (source SHA-256 <code>" + html(projection.sourceSha256.toStdString()) + "</code>)"));
    }
    meta("Events included", std::to_string(report.history.size()));
    if (!report.redacted.isEmpty()) {
        meta("Redacted",
            html(report.redacted.join(QStringLiteral(", "))) + " (salt SHA-256 <code>"
                + html(report.saltSha256.toStdString()) + "</code>)");
    }
    out += "</dl>\n";

    out += "<h2>State</h2>\n";
    for (const ReportState& state : report.states) {
        out += "<h3>" + html(state.streamId) + " <small>(" + std::to_string(state.events) + " events, version "
            + std::to_string(state.version) + ", "
            + html(state.time == kInvalidTime ? std::string("-") : iso(state.time)) + ", " + html(state.projection)
            + ")</small></h3>\n";
        out += "<table class=\"state\">\n<thead><tr><th>Field</th><th>Value</th></tr></thead>\n<tbody>\n";
        std::vector<std::pair<std::string, std::string>> fields;
        flatten(state.state, std::string(), fields);
        for (const auto& [pointer, value] : fields)
            out += "<tr><td class=\"mono\">" + html(pointer) + "</td><td>" + html(value) + "</td></tr>\n";
        out += "</tbody>\n</table>\n";
    }

    out += "<h2>History</h2>\n<table class=\"history\">\n<thead><tr><th>Time (UTC)</th><th>Stream</th>"
           "<th>Version</th><th>Type</th><th>User</th><th>Changed</th><th>Before</th><th>After</th></tr></thead>\n"
           "<tbody>\n";
    for (const ReportEvent& event : report.history) {
        const std::size_t rows = std::max<std::size_t>(1, event.changes.size());
        const std::string span = rows > 1 ? " rowspan=\"" + std::to_string(rows) + "\"" : std::string();
        out += "<tr><td" + span + ">" + html(event.time == kInvalidTime ? event.rawTime.toStdString() : iso(event.time))
            + "</td><td" + span + ">" + html(event.streamId) + "</td><td" + span + ">" + std::to_string(event.version)
            + "</td><td" + span + ">" + html(event.type) + "</td><td" + span + ">" + html(event.userId) + "</td>";
        if (event.changes.empty())
            out += "<td colspan=\"3\" class=\"absent\">no change</td></tr>\n";
        for (std::size_t i = 0; i < event.changes.size(); ++i) {
            const ReportChange& change = event.changes[i];
            if (i > 0)
                out += "<tr>";
            auto cell = [&](const std::optional<Json>& value) {
                return value ? "<td>" + html(display(value)) + "</td>"
                             : std::string("<td class=\"absent\">(absent)</td>");
            };
            out += "<td class=\"mono\">" + html(change.pointer.empty() ? std::string("(root)") : change.pointer)
                + "</td>" + cell(change.before) + cell(change.after) + "</tr>\n";
        }
    }
    out += "</tbody>\n</table>\n";

    out += "<h2>Findings</h2>\n";
    if (!report.findingsIncluded) {
        out += "<p class=\"absent\">Not checked for this report.</p>\n";
    } else if (report.findings.isEmpty()) {
        out += "<p>No findings about the included events.</p>\n";
    } else {
        out += "<table class=\"findings\">\n<thead><tr><th>Severity</th><th>Code</th><th>Stream</th><th>Version</th>"
               "<th>Message</th></tr></thead>\n<tbody>\n";
        for (const Finding& finding : report.findings) {
            const std::string severity = severityName(finding.severity).toStdString();
            out += "<tr><td class=\"sev-" + severity + "\">" + severity + "</td><td>" + html(finding.codeName())
                + "</td><td>" + html(finding.streamId) + "</td><td>" + std::to_string(finding.version) + "</td><td>"
                + html(finding.message) + "</td></tr>\n";
        }
        out += "</tbody>\n</table>\n";
    }

    out += "<footer>Integrity digest (SHA-256 over the " + std::to_string(report.history.size())
        + " included events, docs/report-digest.md): <code>" + html(report.digest.toStdString())
        + "</code><br>Verify with <code>chronoscope verify-report REPORT STORE</code>.</footer>\n";
    // "</" cannot appear in a script element; "<\/" is the same JSON string.
    std::string block = dump(integrityJson(report));
    for (std::size_t at = block.find("</"); at != std::string::npos; at = block.find("</", at + 3))
        block.replace(at, 2, "<\\/");
    out += std::string(kHtmlOpen) + block + "</script>\n</body>\n</html>\n";
    return QByteArray::fromStdString(out);
}

Expected<ReportIntegrity, QString> integrityFromJson(const Json& block)
{
    if (!block.is_object() || block.value("format", std::string()) != kIntegrityFormat || !block.contains("digest")
        || !block["digest"].is_string() || !block.contains("events") || !block["events"].is_array()) {
        return QStringLiteral("the integrity block is incomplete (needs format, digest and events)");
    }
    ReportIntegrity integrity;
    integrity.digest = QByteArray::fromStdString(block["digest"].get<std::string>());
    for (const Json& entry : block["events"]) {
        if (!entry.is_object() || !entry.contains("eventId") || !entry["eventId"].is_string()
            || !entry.contains("sha256") || !entry["sha256"].is_string())
            return QStringLiteral("an entry of the integrity block's events lacks eventId or sha256");
        integrity.events.push_back({ QString::fromStdString(entry["eventId"].get<std::string>()),
            QByteArray::fromStdString(entry["sha256"].get<std::string>()) });
    }
    return integrity;
}

} // namespace

std::string reportDisplayValue(const std::optional<Json>& value)
{
    if (!value)
        return "(absent)";
    return value->is_string() ? value->get<std::string>() : dump(*value);
}

std::vector<std::pair<std::string, std::string>> reportStateFields(const Json& state)
{
    std::vector<std::pair<std::string, std::string>> fields;
    flatten(state, std::string(), fields);
    return fields;
}

std::optional<ReportFormat> reportFormatFromName(QStringView name)
{
    if (name == u"html")
        return ReportFormat::Html;
    if (name == u"json")
        return ReportFormat::Json;
    if (name == u"csv")
        return ReportFormat::Csv;
    if (name == u"pdf")
        return ReportFormat::Pdf;
    return std::nullopt;
}

Json reportToJson(const Report& report)
{
    Json root;
    root["format"] = "chronoscope-report";
    root["version"] = 1;
    root["title"] = report.title.toStdString();
    root["store"] = { { "path", report.storePath.toStdString() }, { "sha256", report.storeSha256.toStdString() } };
    root["selection"] = { { "kind", ReportSelection::kindName(report.selection.kind).toStdString() },
        { "id", report.selection.id.toStdString() } };
    Json asOf = Json::object();
    if (report.asOfVersion)
        asOf["version"] = *report.asOfVersion;
    else
        asOf["time"] = iso(report.asOfTime);
    root["asOf"] = asOf;
    root["generatedAt"] = timeJson(report.generatedAt);
    Json projections = Json::array();
    for (const ReportProjection& projection : report.projections) {
        projections.push_back({ { "name", projection.name.toStdString() }, { "file", projection.file.toStdString() },
            { "sourceSha256", projection.sourceSha256.toStdString() } });
    }
    root["projections"] = projections;
    Json states = Json::array();
    for (const ReportState& state : report.states) {
        states.push_back(
            { { "streamId", state.streamId.toStdString() }, { "aggregateType", state.aggregateType.toStdString() },
                { "events", state.events }, { "version", state.version }, { "timestamp", timeJson(state.time) },
                { "projection", state.projection.toStdString() }, { "state", state.state } });
    }
    root["states"] = states;
    Json history = Json::array();
    for (const ReportEvent& event : report.history) {
        Json changes = Json::array();
        for (const ReportChange& change : event.changes)
            changes.push_back(changeJson(change));
        Json row { { "position", event.position }, { "eventId", event.eventId.toStdString() },
            { "streamId", event.streamId.toStdString() }, { "version", event.version },
            { "type", event.type.toStdString() }, { "userId", event.userId.toStdString() },
            { "timestamp", event.time == kInvalidTime ? Json(event.rawTime.toStdString()) : Json(iso(event.time)) },
            { "changes", changes } };
        history.push_back(std::move(row));
    }
    root["history"] = history;
    if (report.findingsIncluded) {
        Json findings = Json::array();
        for (const Finding& finding : report.findings) {
            Json item = finding.toJson();
            // Evidence can quote payload values; a redacted report keeps none.
            if (!report.redacted.isEmpty())
                item.erase("evidence");
            findings.push_back(std::move(item));
        }
        root["findings"] = findings;
    } else {
        root["findings"] = nullptr;
    }
    Json redaction = nullptr;
    if (!report.redacted.isEmpty()) {
        Json pointers = Json::array();
        for (const QString& pointer : report.redacted)
            pointers.push_back(pointer.toStdString());
        redaction = { { "pointers", pointers }, { "saltSha256", report.saltSha256.toStdString() } };
    }
    root["redaction"] = redaction;
    root["integrity"] = integrityJson(report);
    return root;
}

QByteArray writeReport(const Report& report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return QByteArray::fromStdString(reportToJson(report).dump(2, ' ', false, Json::error_handler_t::replace))
            + '\n';
    case ReportFormat::Csv:
        return writeCsv(report);
    case ReportFormat::Html:
        return writeHtml(report);
    case ReportFormat::Pdf:
        break;
    }
    return {};
}

Expected<ReportIntegrity, QString> readReportIntegrity(const QByteArray& bytes)
{
    const Json whole = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (!whole.is_discarded()) {
        if (!whole.is_object() || !whole.contains("integrity"))
            return QStringLiteral("a JSON document without an \"integrity\" member is not a Chronoscope report");
        return integrityFromJson(whole["integrity"]);
    }
    QByteArray block;
    if (bytes.startsWith("%PDF-")) {
        auto fromPdf = integrityBlockFromPdf(bytes);
        if (!fromPdf)
            return fromPdf.error();
        block = *fromPdf;
    } else if (const qsizetype at = bytes.indexOf(kHtmlOpen); at >= 0) {
        const qsizetype start = at + qsizetype(qstrlen(kHtmlOpen));
        const qsizetype end = bytes.indexOf("</script>", start);
        if (end < 0)
            return QStringLiteral("the HTML integrity block is not closed");
        block = bytes.mid(start, end - start);
    } else if (const qsizetype at = bytes.lastIndexOf(kCsvMarker); at >= 0) {
        const qsizetype start = at + qsizetype(qstrlen(kCsvMarker));
        const qsizetype end = bytes.indexOf('\n', start);
        block = bytes.mid(start, end < 0 ? -1 : end - start);
    } else {
        return QStringLiteral(
            "not a Chronoscope report (no JSON report, HTML integrity block, CSV integrity line or PDF metadata)");
    }
    const Json parsed = Json::parse(block.constData(), block.constData() + block.size(), nullptr, false);
    if (parsed.is_discarded())
        return QStringLiteral("the integrity block is not valid JSON");
    return integrityFromJson(parsed);
}

QByteArray pdfIntegrityElement(const QByteArray& integrityBlock)
{
    return kPdfOpen + QString::fromUtf8(integrityBlock).toHtmlEscaped().toUtf8() + kPdfClose;
}

Expected<QByteArray, QString> integrityBlockFromPdf(const QByteArray& pdf)
{
    const qsizetype open = pdf.indexOf(kPdfOpen);
    if (open < 0)
        return QStringLiteral("a PDF without Chronoscope's integrity metadata (was it written by chronoscope report?)");
    const qsizetype start = open + qsizetype(qstrlen(kPdfOpen));
    const qsizetype end = pdf.indexOf(kPdfClose, start);
    if (end < 0)
        return QStringLiteral("the PDF's integrity metadata is not closed");
    QByteArray block = pdf.mid(start, end - start);
    // toHtmlEscaped() wrote exactly these four.
    block.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    return block;
}

Expected<ReportVerification, StoreError> verifyReport(EventStore& store, const ReportIntegrity& integrity)
{
    ReportVerification result;
    QList<QByteArray> lines;
    for (const ReportIntegrity::Entry& entry : integrity.events) {
        auto rowId = store.rowIdOfEvent(entry.eventId.toStdString());
        if (!rowId)
            return rowId.error();
        if (*rowId < 0) {
            result.firstDifferingEvent = entry.eventId;
            result.reason = QStringLiteral("event %1 is no longer in the store").arg(entry.eventId);
            return result;
        }
        auto event = store.readEvent(*rowId);
        if (!event)
            return event.error();
        const QByteArray line = canonicalEventLine(*event);
        const QByteArray hash = QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
        ++result.events;
        if (hash != entry.sha256 && result.firstDifferingEvent.isEmpty()) {
            result.firstDifferingEvent = entry.eventId;
            result.reason = QStringLiteral("event %1 (%2 v%3) differs from the one reported")
                                .arg(entry.eventId, event->streamId)
                                .arg(event->version);
        }
        lines.append(line);
    }
    result.digest = reportDigest(lines);
    if (result.firstDifferingEvent.isEmpty() && result.digest != integrity.digest)
        result.reason = QStringLiteral("the recomputed digest %1 differs from the reported %2")
                            .arg(QString::fromLatin1(result.digest), QString::fromLatin1(integrity.digest));
    result.matches = result.firstDifferingEvent.isEmpty() && result.digest == integrity.digest;
    return result;
}

} // namespace Chronoscope
