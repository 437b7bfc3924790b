// SPDX-License-Identifier: MIT
#include "auditor.h"

#include "projectionchecks.h"
#include "storescan.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Chronoscope {

namespace {

// Collects every batch, for runAudit().
class CollectingObserver final : public AuditObserver
{
public:
    void findingsAvailable(const Findings& batch) override { findings += batch; }
    Findings findings;
};

} // namespace

QString AuditError::toString() const
{
    if (store)
        return store->message();
    if (projection)
        return projection->toString();
    return message;
}

Auditor::Auditor(EventStore& store, IndexPtr index, AuditOptions options)
    : m_store(store)
    , m_index(std::move(index))
    , m_options(std::move(options))
{ }

Auditor::~Auditor() = default;

Expected<AuditSummary, AuditError> Auditor::run(AuditObserver* observer)
{
    QElapsedTimer timer;
    timer.start();
    AuditSummary summary;
    FindingCollector findings(m_store, *m_index, observer, m_options.findingsPerBatch);

    // The projection loads first, so a broken script fails before a long scan.
    std::unique_ptr<ProjectionChecks> projectionChecks;
    if (m_options.projection) {
        projectionChecks = std::make_unique<ProjectionChecks>(m_store, m_index, m_options, findings, summary);
        if (auto error = projectionChecks->load())
            return *error;
    }
    const qint64 total = m_index->size() + (projectionChecks ? projectionChecks->eventsToReplay() : 0);
    auto report = [observer, total](qint64 done) {
        if (!observer)
            return true;
        observer->progress(done, total);
        return !observer->isCanceled();
    };
    report(0);

    StoreScan scan(m_store, *m_index, m_options, findings, summary);
    if (auto error = scan.run(report))
        return *error;
    summary.scanSeconds = timer.nsecsElapsed() / 1e9;

    if (projectionChecks) {
        QElapsedTimer projectionTimer;
        projectionTimer.start();
        const qint64 scanned = m_index->size();
        if (auto error = projectionChecks->run([&](qint64 replayed) { return report(scanned + replayed); }))
            return *error;
        summary.projectionSeconds = projectionTimer.nsecsElapsed() / 1e9;
    }
    findings.flush();
    report(total);
    summary.bySeverity = findings.bySeverity();
    summary.seconds = timer.nsecsElapsed() / 1e9;
    return summary;
}

Expected<AuditResult, AuditError> runAudit(EventStore& store, IndexPtr index, const AuditOptions& options)
{
    CollectingObserver observer;
    Auditor auditor(store, std::move(index), options);
    auto summary = auditor.run(&observer);
    if (!summary)
        return summary.error();
    AuditResult result { *summary, std::move(observer.findings) };
    sortFindings(result.findings);
    return result;
}

} // namespace Chronoscope
