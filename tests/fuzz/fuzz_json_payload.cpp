// SPDX-License-Identifier: MIT
// Fuzzes the paths a stored payload or metadata text takes: the audit's JsonChecker
// (simdjson, then nlohmann for the offset) with its top-level field lookup, the event
// export line, the table's one-line preview and the Merge projection folding it.
#include "audit/jsonchecker.h"
#include "export/eventexport.h"
#include "itemmodels/eventdetailsloader.h"
#include "replay/mergeprojection.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace Chronoscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    static JsonChecker checker; // reused as the audit reuses it, one per thread
    const auto problem = checker.check(text);
    if (problem) {
        if (problem->offset < -1 || problem->offset > static_cast<qint64>(size) || problem->reason.isEmpty())
            std::abort(); // a problem names where (within the text) and why
    } else {
        (void)checker.topLevelString("original_event_id");
        (void)checker.topLevelString("originalEventId");
    }

    Event event;
    event.position = 0;
    event.eventId = QStringLiteral("e1");
    event.streamId = QStringLiteral("fuzz-1");
    event.version = 1;
    event.type = QStringLiteral("Fuzzed");
    event.timestamp = 0;
    event.data = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    event.metadata = event.data;
    for (const auto format : { EventExportFormat::JsonLines, EventExportFormat::Csv }) {
        const QByteArray line = eventExportLine(event, 0, format);
        if (line.isEmpty() || !line.endsWith('\n'))
            std::abort();
    }
    (void)EventDetailsLoader::preview(event.data);

    MergeProjection merge;
    if (merge.reset(std::nullopt))
        std::abort();
    (void)merge.apply({ event, event });
    (void)merge.state();
    return 0;
}
