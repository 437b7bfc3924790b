// SPDX-License-Identifier: MIT
#include "finding.h"

#include "index/timestampparser.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Chronoscope {

namespace {

struct CodeInfo
{
    const char* name;
    Severity severity;
    const char* title;
};

// In FindingCode order. Severities are documented in docs/findings.md.
constexpr std::array<CodeInfo, kFindingCodeCount> kCodes { {
    { "version_gap", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Version gap") },
    { "duplicate_version", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Duplicate version") },
    { "version_out_of_order", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Version out of order") },
    { "duplicate_event_id", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Duplicate event id") },
    { "timestamp_backwards", Severity::Warning, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Timestamp goes back") },
    { "unparseable_timestamp", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Unparseable timestamp") },
    { "missing_timestamp", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Missing timestamp") },
    { "missing_stream_id", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Missing stream id") },
    { "bad_version", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Bad version") },
    { "too_many_event_types", Severity::Warning, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Too many event types") },
    { "dangling_causation", Severity::Warning, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Dangling causation") },
    { "causation_names_commands", Severity::Note,
        QT_TRANSLATE_NOOP("Chronoscope::Finding", "Causation ids name commands") },
    { "correlation_without_root", Severity::Warning,
        QT_TRANSLATE_NOOP("Chronoscope::Finding", "Correlation without root") },
    { "malformed_payload", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Malformed payload") },
    { "malformed_metadata", Severity::Warning, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Malformed metadata") },
    { "missing_compensated_event", Severity::Warning,
        QT_TRANSLATE_NOOP("Chronoscope::Finding", "Compensated event missing") },
    { "unhandled_event_type", Severity::Warning, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Event type not handled") },
    { "projection_error", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Projection error") },
    { "snapshot_drift", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Snapshot drift") },
    { "malformed_snapshot", Severity::Error, QT_TRANSLATE_NOOP("Chronoscope::Finding", "Malformed snapshot") },
} };

const CodeInfo& info(FindingCode code)
{
    return kCodes[static_cast<std::size_t>(code)];
}

} // namespace

QString findingCodeName(FindingCode code)
{
    return QLatin1String(info(code).name);
}

std::optional<FindingCode> findingCodeFromName(QStringView name)
{
    for (int i = 0; i < kFindingCodeCount; ++i) {
        if (name == QLatin1String(kCodes[static_cast<std::size_t>(i)].name))
            return static_cast<FindingCode>(i);
    }
    return std::nullopt;
}

Severity severityOf(FindingCode code)
{
    return info(code).severity;
}

QString findingTitle(FindingCode code)
{
    return QCoreApplication::translate("Chronoscope::Finding", info(code).title);
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Note:
        return QStringLiteral("note");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

nlohmann::ordered_json Finding::toJson() const
{
    auto text = [](const QString& value) {
        return value.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(value.toStdString());
    };
    nlohmann::ordered_json json;
    json["code"] = codeName().toStdString();
    json["severity"] = severityName(severity).toStdString();
    json["streamId"] = text(streamId);
    json["version"] = version >= 0 ? nlohmann::ordered_json(version) : nlohmann::ordered_json();
    json["position"] = position >= 0 ? nlohmann::ordered_json(position) : nlohmann::ordered_json();
    json["eventId"] = text(eventId);
    json["timestamp"] = time == kInvalidTime ? nlohmann::ordered_json()
                                             : nlohmann::ordered_json(TimestampParser::toIso(time).toStdString());
    json["message"] = message.toStdString();
    if (!evidence.is_null())
        json["evidence"] = evidence;
    return json;
}

void sortFindings(Findings& findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.position != b.position)
            return a.position < b.position;
        return a.code < b.code;
    });
}

} // namespace Chronoscope
