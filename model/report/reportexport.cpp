// SPDX-License-Identifier: MIT
#include "reportexport.h"

#include <QSaveFile>

namespace Chronoscope {

namespace {

constexpr int kBuildShare = 700;

/// buildReport() on the worker's own store connection, its progress scaled into [0, share].
template<typename Promise>
std::optional<Report> build(Promise& promise, const QString& storeSpec, const IndexPtr& index,
    const ReportRequest& request, int share, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<Report> {
        if (error && !promise.isCanceled())
            *error = message;
        return std::nullopt;
    };
    if (!index)
        return fail(QStringLiteral("%1: the store is not indexed yet").arg(storeSpec));
    auto store = openStore(storeSpec);
    if (!store)
        return fail(store.error().message());
    auto report = buildReport(**store, index, request, [&](qint64 done, qint64 total) {
        if ((done & 63) == 0)
            promise.setProgressValue(static_cast<int>(total > 0 ? share * done / total : 0));
        return !promise.isCanceled();
    });
    if (!report)
        return fail(report.error().message);
    promise.setProgressValue(share);
    return std::move(report).value();
}

} // namespace

void exportReport(QPromise<ReportExportResult>& promise, const ReportExportRequest& request, QString* error)
{
    promise.setProgressRange(0, kReportProgressRange);
    auto report = build(promise, request.storeSpec, request.index, request.report, kBuildShare, error);
    if (!report)
        return;
    QByteArray bytes;
    if (request.format == ReportFormat::Pdf) {
        auto pdf = writeReportPdf(*report, request.pdf, [&](qint64 done, qint64 total) {
            promise.setProgressValue(
                kBuildShare + static_cast<int>(total > 0 ? (kReportProgressRange - kBuildShare) * done / total : 0));
            return !promise.isCanceled();
        });
        if (!pdf) {
            if (error && !promise.isCanceled())
                *error = QStringLiteral("%1: %2").arg(request.outputPath, pdf.error());
            return;
        }
        bytes = std::move(pdf).value();
    } else {
        bytes = writeReport(*report, request.format);
    }
    if (promise.isCanceled())
        return;
    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot be written: %2").arg(request.outputPath, file.errorString());
        return;
    }
    promise.setProgressValue(kReportProgressRange);
    promise.addResult(ReportExportResult { static_cast<qint64>(report->history.size()), report->digest });
}

void buildReportJob(QPromise<Report>& promise, const QString& storeSpec, const IndexPtr& index,
    const ReportRequest& request, QString* error)
{
    promise.setProgressRange(0, kReportProgressRange);
    auto report = build(promise, storeSpec, index, request, kReportProgressRange, error);
    if (report)
        promise.addResult(std::move(*report));
}

} // namespace Chronoscope
