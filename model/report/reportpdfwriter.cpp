// SPDX-License-Identifier: MIT
#include "reportpdfwriter.h"

#include "index/timestampparser.h"
#include "pdfpageflow.h"
#include "reportwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace Chronoscope {

namespace {

/// fonts-dejavu-core's files: loaded by path so that the PDF never depends on what
/// fontconfig would pick on this machine.
constexpr const char* kFontDirectory = "/usr/share/fonts/truetype/dejavu/";
/// Values longer than this are shortened in the PDF (report.json, attached, has them whole).
constexpr qsizetype kMaxValueLength = 240;
constexpr std::size_t kMaxChangeLines = 40;
constexpr int kResolution = 300;

struct LoadedFonts
{
    PdfPageFlow::Fonts fonts;
    QString error;
};

const LoadedFonts& dejaVu()
{
    // Thread-safe once; QFontDatabase serialises its own access.
    static const LoadedFonts loaded = [] {
        LoadedFonts result;
        auto load = [&](const char* file) {
            const QString path = QString::fromLatin1(kFontDirectory) + QString::fromLatin1(file);
            if (!QFileInfo(path).isFile()) {
                result.error = QStringLiteral("%1: no such font file (install fonts-dejavu-core)").arg(path);
                return QString();
            }
            const int id = QFontDatabase::addApplicationFont(path);
            const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
            if (families.isEmpty()) {
                result.error = QStringLiteral("%1: the font could not be loaded").arg(path);
                return QString();
            }
            return families.constFirst();
        };
        result.fonts.sans = load("DejaVuSans.ttf");
        result.fonts.sansBold = load("DejaVuSans-Bold.ttf");
        result.fonts.mono = load("DejaVuSansMono.ttf");
        return result;
    }();
    return loaded;
}

QString iso(TimeUs time)
{
    return time == kInvalidTime ? QStringLiteral("-") : TimestampParser::toIso(time);
}

QString asOfText(const Report& report)
{
    return report.asOfVersion ? QStringLiteral("version %1").arg(*report.asOfVersion) : iso(report.asOfTime);
}

QString shortened(const std::string& text)
{
    QString value = QString::fromStdString(text);
    if (value.size() <= kMaxValueLength)
        return value;
    return value.left(kMaxValueLength) + QStringLiteral("… (%1 characters in all)").arg(value.size());
}

QString pointerText(const std::string& pointer)
{
    return pointer.empty() ? QStringLiteral("(root)") : QString::fromStdString(pointer);
}

QString changesText(const ReportEvent& event)
{
    QStringList lines;
    for (std::size_t i = 0; i < event.changes.size() && i < kMaxChangeLines; ++i) {
        const ReportChange& change = event.changes[i];
        lines.append(pointerText(change.pointer) + QStringLiteral(": ") + shortened(reportDisplayValue(change.before))
            + QStringLiteral(" → ") + shortened(reportDisplayValue(change.after)));
    }
    if (event.changes.size() > kMaxChangeLines)
        lines.append(QStringLiteral("… and %1 more changes (see the attached report.json)")
                         .arg(event.changes.size() - kMaxChangeLines));
    return lines.join(u'\n');
}

QString kindTitle(ReportSelection::Kind kind)
{
    switch (kind) {
    case ReportSelection::Kind::Stream:
        return QStringLiteral("Stream");
    case ReportSelection::Kind::Correlation:
        return QStringLiteral("Correlation");
    case ReportSelection::Kind::AggregateType:
        return QStringLiteral("Aggregate type");
    }
    return {};
}

QByteArray xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

/// The XMP packet: Dublin Core title, the generation time as every date, and the
/// integrity block verify-report reads (XML-escaped JSON, one line).
QByteArray xmpPacket(const Report& report, const QByteArray& integrity, const QString& creator)
{
    const QByteArray date = TimestampParser::toIso(report.generatedAt).toLatin1();
    QByteArray xmp;
    xmp += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
           " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
           " xmlns:chronoscope=\"urn:chronoscope:report:1\">\n";
    xmp += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(report.title)
        + "</rdf:li></rdf:Alt></dc:title>\n";
    xmp += "<dc:format>application/pdf</dc:format>\n";
    xmp += "<xmp:CreatorTool>" + xmlEscaped(creator) + "</xmp:CreatorTool>\n";
    if (report.generatedAt != kInvalidTime) {
        xmp += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date
            + "</xmp:ModifyDate>\n<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
    }
    xmp += "<pdf:Keywords>chronoscope-report sha256:" + report.digest + "</pdf:Keywords>\n";
    xmp += "<chronoscope:digest>" + report.digest + "</chronoscope:digest>\n";
    xmp += pdfIntegrityElement(integrity) + "\n";
    xmp += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return xmp;
}

/// QPdfWriter (Qt 6.4) stamps the Info dictionary with the local clock and has no API to
/// set it: the stamp is replaced, in place and at the same length (the cross-reference
/// offsets stay valid), by the generation time in UTC.
void stampCreationDate(QByteArray& pdf, TimeUs generatedAt)
{
    if (generatedAt == kInvalidTime)
        return;
    const QByteArray key = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(key);
    if (at < 0)
        return;
    const qsizetype start = at + key.size();
    const qsizetype end = pdf.indexOf(')', start);
    if (end < 0)
        return;
    const qsizetype length = end - start;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(generatedAt / 1000, Qt::UTC);
    QByteArray stamp = time.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
    // Qt writes "+HH'mm'" after a non-UTC local time; "Z00'00'" is the same length.
    if (stamp.size() < length)
        stamp += QByteArray("00'00'").left(length - stamp.size());
    if (stamp.size() == length)
        pdf.replace(start, length, stamp);
}

void titleBlock(PdfPageFlow& flow, const Report& report)
{
    flow.paragraph(QStringLiteral("POINT-IN-TIME REPORT"), 7.5, PdfCell::Style::Muted);
    flow.heading(report.title, 17);
    flow.space(1);
    PdfTable table;
    table.widths = { 0.22, 0.78 };
    table.zebra = false;
    flow.beginTable(table);
    auto row = [&](const QString& label, const QString& value, PdfCell::Style style = PdfCell::Style::Normal) {
        flow.addRow({ { label, PdfCell::Style::Bold, {} }, { value, style, {} } });
    };
    row(QStringLiteral("Selection"), kindTitle(report.selection.kind) + QStringLiteral(" ") + report.selection.id);
    row(QStringLiteral("As of"),
        report.asOfVersion ? QStringLiteral("Version %1 of each stream").arg(*report.asOfVersion)
                           : iso(report.asOfTime) + QStringLiteral(" (events at or before this time)"));
    row(QStringLiteral("Generated"), iso(report.generatedAt));
    row(QStringLiteral("Store"), report.storePath, PdfCell::Style::Mono);
    row(QStringLiteral("Store SHA-256"),
        report.storeSha256.isEmpty() ? QStringLiteral("(not a file)") : QString::fromLatin1(report.storeSha256),
        PdfCell::Style::Mono);
    for (const ReportProjection& projection : report.projections) {
        row(QStringLiteral("Projection"), projection.name);
        if (!projection.sourceSha256.isEmpty())
            row(QStringLiteral("Projection source SHA-256"), QString::fromLatin1(projection.sourceSha256),
                PdfCell::Style::Mono);
    }
    row(QStringLiteral("Events included"), QString::number(report.history.size()));
    if (!report.redacted.isEmpty()) {
        row(QStringLiteral("Redacted"), report.redacted.join(QStringLiteral(", ")), PdfCell::Style::Mono);
        row(QStringLiteral("Salt SHA-256"), QString::fromLatin1(report.saltSha256), PdfCell::Style::Mono);
    }
    row(QStringLiteral("Integrity digest"), QString::fromLatin1(report.digest), PdfCell::Style::Mono);
    flow.endTable();
}

void stateSection(PdfPageFlow& flow, const Report& report)
{
    flow.heading(QStringLiteral("State as of %1").arg(asOfText(report)));
    if (report.states.empty())
        flow.paragraph(QStringLiteral("No stream of the selection had begun by then."), 8.5, PdfCell::Style::Muted);
    for (const ReportState& state : report.states) {
        flow.heading(state.streamId, 10.5);
        flow.paragraph(QStringLiteral("%1 · %2 events folded · version %3 · last event %4 · projection %5")
                           .arg(state.aggregateType)
                           .arg(state.events)
                           .arg(state.version)
                           .arg(iso(state.time), state.projection),
            7.5, PdfCell::Style::Muted);
        PdfTable table;
        table.widths = { 0.36, 0.64 };
        table.header = { QStringLiteral("Field"), QStringLiteral("Value") };
        flow.beginTable(table);
        for (const auto& [pointer, value] : reportStateFields(state.state))
            flow.addRow({ { QString::fromStdString(pointer), PdfCell::Style::Mono, {} }, { shortened(value) } });
        flow.endTable();
    }
}

bool historySection(PdfPageFlow& flow, const Report& report, const ReportProgress& progress, qint64 total)
{
    flow.heading(QStringLiteral("History up to %1").arg(asOfText(report)));
    flow.paragraph(QStringLiteral("%1 events in store order; “What changed” lists each value of the state the event "
                                  "changed, as before → after.")
                       .arg(report.history.size()),
        7.5, PdfCell::Style::Muted);
    const bool oneStream = report.selection.kind == ReportSelection::Kind::Stream;
    PdfTable table;
    if (oneStream) {
        table.widths = { 0.255, 0.065, 0.19, 0.085, 0.405 };
        table.header = { QStringLiteral("Time (UTC)"), QStringLiteral("Ver."), QStringLiteral("Type"),
            QStringLiteral("User"), QStringLiteral("What changed") };
    } else {
        table.widths = { 0.245, 0.13, 0.065, 0.175, 0.08, 0.305 };
        table.header = { QStringLiteral("Time (UTC)"), QStringLiteral("Stream"), QStringLiteral("Ver."),
            QStringLiteral("Type"), QStringLiteral("User"), QStringLiteral("What changed") };
    }
    flow.beginTable(table);
    qint64 done = 0;
    for (const ReportEvent& event : report.history) {
        if (progress && done % 256 == 0 && !progress(done, total))
            return false;
        ++done;
        std::vector<PdfCell> cells;
        cells.push_back({ event.time == kInvalidTime ? event.rawTime : iso(event.time) });
        if (!oneStream)
            cells.push_back({ event.streamId });
        cells.push_back({ QString::number(event.version) });
        cells.push_back({ event.type });
        cells.push_back({ event.userId });
        if (event.changes.empty())
            cells.push_back({ QStringLiteral("no change"), PdfCell::Style::Muted, {} });
        else
            cells.push_back({ changesText(event) });
        flow.addRow(cells);
    }
    flow.endTable();
    return true;
}

void findingsSection(PdfPageFlow& flow, const Report& report)
{
    flow.heading(QStringLiteral("Findings about the included events"));
    if (!report.findingsIncluded) {
        flow.paragraph(QStringLiteral("Not checked for this report."), 8.5, PdfCell::Style::Muted);
        return;
    }
    if (report.findings.isEmpty()) {
        flow.paragraph(QStringLiteral("The store audit found nothing about the included events."));
        return;
    }
    PdfTable table;
    table.widths = { 0.1, 0.2, 0.16, 0.06, 0.48 };
    table.header = { QStringLiteral("Severity"), QStringLiteral("Code"), QStringLiteral("Stream"),
        QStringLiteral("Ver."), QStringLiteral("Finding") };
    flow.beginTable(table);
    for (const Finding& finding : report.findings) {
        const QColor color = finding.severity == Severity::Error ? QColor(0xb0, 0x00, 0x20)
            : finding.severity == Severity::Warning              ? QColor(0x9a, 0x56, 0x00)
                                                                 : QColor();
        flow.addRow({ { severityName(finding.severity), PdfCell::Style::Bold, color },
            { finding.codeName(), PdfCell::Style::Mono, {} }, { finding.streamId },
            { QString::number(finding.version) }, { finding.message } });
    }
    flow.endTable();
}

void verificationSection(PdfPageFlow& flow, const Report& report)
{
    flow.heading(QStringLiteral("Verifying this report"));
    flow.paragraph(QStringLiteral("The integrity digest in the footer of every page is the SHA-256 over the canonical "
                                  "form of exactly the %1 events in the history (eventId, streamId, version, type, "
                                  "timestamp and data; docs/report-digest.md defines it, so it can be recomputed "
                                  "without Chronoscope). This file carries the digest and each event's hash in its "
                                  "XMP metadata and the machine-readable report as the attachment report.json.")
                       .arg(report.history.size()));
    flow.paragraph(QStringLiteral("To check the report against the store:"));
    flow.paragraph(QStringLiteral("chronoscope verify-report REPORT.pdf STORE"), 8, PdfCell::Style::Mono);
    flow.paragraph(QStringLiteral("It prints “match” with the digest, or names the first event that differs or is "
                                  "gone."));
}

} // namespace

std::optional<ReportPageSize> reportPageSizeFromName(QStringView name)
{
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0)
        return ReportPageSize::A4;
    if (name.compare(u"letter", Qt::CaseInsensitive) == 0)
        return ReportPageSize::Letter;
    return std::nullopt;
}

Expected<QByteArray, QString> writeReportPdf(
    const Report& report, const ReportPdfOptions& options, const ReportProgress& progress)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return QStringLiteral("writing a PDF needs the GUI libraries' fonts (a QGuiApplication)");
    const LoadedFonts& fonts = dejaVu();
    if (!fonts.error.isEmpty())
        return fonts.error;

    const Json document = reportToJson(report);
    const QByteArray json
        = QByteArray::fromStdString(document.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
    const QByteArray integrity
        = QByteArray::fromStdString(document["integrity"].dump(-1, ' ', false, Json::error_handler_t::replace));
    const QString version = QCoreApplication::applicationVersion();
    const QString creator
        = version.isEmpty() ? QStringLiteral("Chronoscope") : QStringLiteral("Chronoscope ") + version;

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(options.pageSize == ReportPageSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(report.title);
        writer.setCreator(creator);
        writer.setDocumentXmpMetadata(xmpPacket(report, integrity, creator));
        writer.addFileAttachment(QStringLiteral("report.json"), json, QStringLiteral("application/json"));

        // Laying out takes one step per history row, painting the other half.
        const qint64 rows = static_cast<qint64>(report.history.size());
        const qint64 total = 2 * rows + 1;
        PdfPageFlow flow(writer, fonts.fonts);
        titleBlock(flow, report);
        stateSection(flow, report);
        if (!historySection(flow, report, progress, total))
            return QStringLiteral("cancelled");
        findingsSection(flow, report);
        verificationSection(flow, report);

        PdfPageFlow::PageFurniture furniture;
        furniture.headerLeft = report.title;
        furniture.headerRight = QStringLiteral("As of ") + asOfText(report);
        furniture.footerLeftLabel = QStringLiteral("Integrity digest (SHA-256):");
        furniture.footerLeft = QString::fromLatin1(report.digest);
        furniture.footerSecond = QStringLiteral("Generated %1 by %2 · %3 events · verify: chronoscope verify-report "
                                                "REPORT STORE")
                                     .arg(iso(report.generatedAt), creator)
                                     .arg(report.history.size());
        QPainter painter;
        if (!painter.begin(&writer))
            return QStringLiteral("the PDF could not be started");
        const bool painted = flow.paint(painter, furniture, [&](int page, int pages) {
            return !progress || progress(rows + 1 + rows * page / std::max(1, pages), total);
        });
        painter.end();
        if (!painted)
            return QStringLiteral("cancelled");
    }
    stampCreationDate(bytes, report.generatedAt);
    return bytes;
}

} // namespace Chronoscope
