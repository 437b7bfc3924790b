// SPDX-License-Identifier: MIT
#include "storemapping.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Chronoscope {

StoreMapping StoreMapping::seed()
{
    StoreMapping mapping;
    mapping.name = QStringLiteral("seed");
    mapping.table = QStringLiteral("events");
    mapping.eventId = QStringLiteral("event_id");
    mapping.streamId = QStringLiteral("aggregate_id");
    mapping.aggregateType = QStringLiteral("aggregate_type");
    mapping.version = QStringLiteral("aggregate_version");
    mapping.type = QStringLiteral("event_type");
    mapping.schemaVersion = QStringLiteral("event_version");
    mapping.timestamp = QStringLiteral("event_timestamp");
    mapping.userId = QStringLiteral("user_id");
    mapping.correlationId = QStringLiteral("correlation_id");
    mapping.causationId = QStringLiteral("causation_id");
    mapping.data = QStringLiteral("event_data");
    mapping.metadata = QStringLiteral("metadata");
    return mapping;
}

QString StoreMapping::toJson() const
{
    const QJsonObject columns {
        { QStringLiteral("eventId"), eventId },
        { QStringLiteral("streamId"), streamId },
        { QStringLiteral("aggregateType"), aggregateType },
        { QStringLiteral("version"), version },
        { QStringLiteral("type"), type },
        { QStringLiteral("schemaVersion"), schemaVersion },
        { QStringLiteral("timestamp"), timestamp },
        { QStringLiteral("userId"), userId },
        { QStringLiteral("correlationId"), correlationId },
        { QStringLiteral("causationId"), causationId },
        { QStringLiteral("data"), data },
        { QStringLiteral("metadata"), metadata },
    };
    const QJsonObject root {
        { QStringLiteral("mapping"), name },
        { QStringLiteral("table"), table },
        { QStringLiteral("position"), QStringLiteral("rowid") },
        { QStringLiteral("columns"), columns },
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace Chronoscope
