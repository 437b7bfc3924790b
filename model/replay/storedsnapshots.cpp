// SPDX-License-Identifier: MIT
#include "storedsnapshots.h"

#include <QCoreApplication>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::StoredSnapshots", text);
}

} // namespace

StoredSnapshots::StoredSnapshots(EventStore& store, IndexPtr index)
    : m_store(store)
    , m_index(std::move(index))
{ }

ProjectionInfo StoredSnapshots::info()
{
    ProjectionInfo info;
    info.kind = ProjectionInfo::Kind::StoredSnapshots;
    info.name = QStringLiteral("snapshots");
    return info;
}

Expected<StateResult, ReplayError> StoredSnapshots::state(const QString& streamId, qint64 version)
{
    const std::optional<quint32> stream = m_index->streams().find(streamId);
    if (!stream)
        return ReplayError::request(tr("%1: no stream '%2'").arg(m_store.source(), streamId));
    if (!m_store.hasSnapshots())
        return ReplayError::request(tr("%1: the store keeps no snapshots").arg(m_store.source()));
    auto snapshots = m_store.snapshots(streamId);
    if (!snapshots) {
        ReplayError error;
        error.store = snapshots.error();
        return error;
    }
    const StoredSnapshot* chosen = nullptr;
    for (const StoredSnapshot& snapshot : *snapshots) {
        if (snapshot.version <= version)
            chosen = &snapshot;
    }
    if (!chosen) {
        return ReplayError::request(
            tr("stream '%1' has no stored snapshot at or before version %2").arg(streamId).arg(version));
    }
    StateResult result;
    result.json = chosen->data;
    result.streamId = streamId;
    result.version = chosen->version;
    result.projection = info();
    // The event at the snapshot's version, so the result says exactly which point it is.
    const auto positions = m_index->streamPositions(*stream);
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (m_index->version(positions[i]) == chosen->version) {
            result.count = static_cast<qint64>(i) + 1;
            result.position = positions[i];
            result.time = m_index->timestamp(positions[i]);
        }
    }
    return result;
}

} // namespace Chronoscope
