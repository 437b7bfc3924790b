// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QByteArray>

namespace Chronoscope {

enum class ReportPageSize
{
    A4,
    Letter,
};

/// "a4", "letter" ↔ ReportPageSize.
std::optional<ReportPageSize> reportPageSizeFromName(QStringView name);

struct ReportPdfOptions
{
    ReportPageSize pageSize = ReportPageSize::A4;
};

/// The report as a PDF for people (docs/report-format.md "PDF"): a title block (selection,
/// as-of point, generation time, store and its SHA-256, projections and their source SHA-256,
/// redaction), each state as a field/value table, the history (time, version, type, user,
/// what changed) with its header row repeated on every page, the findings, and on every page
/// a footer with the integrity digest and "Page N of M". DejaVu Sans and Sans Mono are loaded
/// from fonts-dejavu-core and embedded, so the output does not depend on the machine's fonts.
///
/// The integrity block (what verify-report reads) is in the XMP metadata, whose dates are
/// the generation time, and so is the Info dictionary's CreationDate; the JSON report is
/// attached as report.json. The same report gives the same bytes.
///
/// Runs on any one thread but needs a QGuiApplication (fonts); without one, or without the
/// font files, it returns an error naming the reason. `progress` gets steps done of total;
/// returning false cancels (the error is "cancelled").
Expected<QByteArray, QString> writeReportPdf(
    const Report& report, const ReportPdfOptions& options = {}, const ReportProgress& progress = {});

} // namespace Chronoscope
