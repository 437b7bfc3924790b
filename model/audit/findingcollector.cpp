// SPDX-License-Identifier: MIT
#include "findingcollector.h"

namespace Chronoscope {

FindingCollector::FindingCollector(EventStore& store, const EventIndex& index, AuditObserver* observer, int batchSize)
    : m_store(store)
    , m_index(index)
    , m_observer(observer)
    , m_batchSize(std::max(1, batchSize))
{ }

Finding FindingCollector::make(FindingCode code, qint64 position, const QString& message) const
{
    Finding finding;
    finding.code = code;
    finding.severity = severityOf(code);
    finding.position = position;
    finding.message = message;
    if (position >= 0 && position < m_index.size()) {
        finding.streamId = m_index.streams().string(m_index.stream(position));
        const qint32 version = m_index.version(position);
        finding.version = version >= 0 ? version : -1;
        finding.time = m_index.timestamp(position);
    }
    return finding;
}

void FindingCollector::add(Finding finding)
{
    if (finding.eventId.isEmpty() && finding.position >= 0 && finding.position < m_index.size()) {
        const auto event = m_store.readEvent(m_index.rowId(finding.position));
        if (event)
            finding.eventId = event->eventId;
    }
    ++m_bySeverity[static_cast<std::size_t>(finding.severity)];
    m_pending.append(std::move(finding));
    if (m_pending.size() >= m_batchSize)
        flush();
}

void FindingCollector::flush()
{
    if (m_pending.isEmpty())
        return;
    if (m_observer)
        m_observer->findingsAvailable(m_pending);
    m_pending.clear();
}

} // namespace Chronoscope
