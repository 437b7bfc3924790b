// SPDX-License-Identifier: MIT
#pragma once

#include "auditor.h"

namespace Chronoscope {

/// Gathers the findings of one audit run and hands them to the observer in batches, keeping
/// the per-severity counts. Internal to the audit; lives on the auditing thread.
class FindingCollector
{
public:
    /// `store` fills in the event id of findings made without one (a read per such finding).
    FindingCollector(EventStore& store, const EventIndex& index, AuditObserver* observer, int batchSize);

    /// A finding of `code` about the event at `position` (or the store, for -1), with the
    /// event's stream, version and time filled in from the index.
    Finding make(FindingCode code, qint64 position, const QString& message) const;
    void add(Finding finding);
    /// Hands over what is pending (at the end of a phase).
    void flush();

    const std::array<qint64, 3>& bySeverity() const { return m_bySeverity; }

private:
    EventStore& m_store;
    const EventIndex& m_index;
    AuditObserver* m_observer;
    int m_batchSize;
    Findings m_pending;
    std::array<qint64, 3> m_bySeverity {};
};

} // namespace Chronoscope
