// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"
#include "reportpdfwriter.h"
#include "reportwriter.h"

#include <QPromise>

namespace Chronoscope {

/// What File > Export Report… writes: one report of the store in one format.
struct ReportExportRequest
{
    QString storeSpec; ///< opened read-only on the worker (one connection per thread)
    IndexPtr index;
    ReportRequest report;
    ReportFormat format = ReportFormat::Pdf;
    ReportPdfOptions pdf;
    QString outputPath;
};

struct ReportExportResult
{
    qint64 events = 0; ///< history rows written
    QByteArray digest; ///< the integrity digest (hex)
};

/// Progress is reported in thousandths: building the report takes the first 700, writing
/// the rest.
constexpr int kReportProgressRange = 1000;

/// Builds the report and writes it to `outputPath` atomically (QSaveFile: a cancelled or
/// failed export leaves no file and an existing file untouched). For a worker
/// (QtConcurrent::run with a promise): progress goes to `promise`, cancellation is checked
/// per batch of events and per page. A failure gives no result and `error` says why.
void exportReport(QPromise<ReportExportResult>& promise, const ReportExportRequest& request, QString* error);

/// Builds the report only (for a preview), on a worker, with progress and cancellation as
/// exportReport(). A failure gives no result and `error` says why.
void buildReportJob(QPromise<Report>& promise, const QString& storeSpec, const IndexPtr& index,
    const ReportRequest& request, QString* error);

} // namespace Chronoscope
