// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QByteArray>

namespace Chronoscope {

enum class ReportFormat
{
    Html, ///< self-contained page (inline CSS) with the integrity block in a <script> element
    Json, ///< docs/report-format.md
    Csv, ///< the history, one row per change, with the integrity block as a trailing comment
    Pdf, ///< paginated for print (reportpdfwriter.h); the integrity block in its XMP metadata
};

/// "html", "json", "csv", "pdf" ↔ ReportFormat.
std::optional<ReportFormat> reportFormatFromName(QStringView name);

/// The report as the JSON document of docs/report-format.md.
Json reportToJson(const Report& report);

/// The bytes of `report` in `format`. Pure function of the report: the same report gives
/// the same bytes. Not for Pdf (it can fail and takes options): use writeReportPdf().
QByteArray writeReport(const Report& report, ReportFormat format);

/// A value for people: strings without quotes, everything else as compact JSON; "(absent)".
std::string reportDisplayValue(const std::optional<Json>& value);
/// Every leaf of a state as (JSON pointer, display value), in document order; empty objects
/// and arrays are leaves, the root alone is "(root)".
std::vector<std::pair<std::string, std::string>> reportStateFields(const Json& state);

/// What verify-report needs: the digest and, in order, each included event's id and line hash.
struct ReportIntegrity
{
    QByteArray digest;
    struct Entry
    {
        QString eventId;
        QByteArray sha256;
    };
    std::vector<Entry> events;
};

/// The integrity block of a report in any of the four formats; an error text otherwise.
Expected<ReportIntegrity, QString> readReportIntegrity(const QByteArray& bytes);

/// The XMP element of a PDF report holding `integrityBlock` (JSON text), XML-escaped; and
/// the block read back from a PDF's bytes (an error sentence when it has none).
QByteArray pdfIntegrityElement(const QByteArray& integrityBlock);
Expected<QByteArray, QString> integrityBlockFromPdf(const QByteArray& pdf);

struct ReportVerification
{
    bool matches = false;
    qint64 events = 0; ///< events checked
    QByteArray digest; ///< recomputed from the store
    QString firstDifferingEvent; ///< on mismatch: the first event whose line differs or that is gone
    QString reason; ///< on mismatch, one sentence
};

/// Recomputes the digest of the listed events from `store` (read by event id).
Expected<ReportVerification, StoreError> verifyReport(EventStore& store, const ReportIntegrity& integrity);

} // namespace Chronoscope
