// SPDX-License-Identifier: MIT
#include "reportcommands.h"

#include "commandlinesupport.h"
#include "index/timestampparser.h"
#include "report/reportpdfwriter.h"
#include "report/reportwriter.h"
#include "store/storespec.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Chronoscope::CommandLine {

using namespace Support;

namespace {

int fail(QTextStream& err, const QString& command, const QString& message, int code = kExitBadInput)
{
    err << "chronoscope " << command << ": " << message << Qt::endl;
    return code;
}

} // namespace

int runReport(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption stream(
        QStringLiteral("stream"), QStringLiteral("Report on this stream."), QStringLiteral("ID"));
    const QCommandLineOption correlation(QStringLiteral("correlation"),
        QStringLiteral("Report on the events of this correlation."), QStringLiteral("ID"));
    const QCommandLineOption aggregateType(QStringLiteral("aggregate-type"),
        QStringLiteral("Report on every stream of this aggregate type."), QStringLiteral("T"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("As of TIME (ISO-8601)."), QStringLiteral("TIME"));
    const QCommandLineOption version(
        QStringLiteral("version"), QStringLiteral("As of version N (per stream)."), QStringLiteral("N"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("pdf, html, json or csv."), QStringLiteral("FORMAT"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
        QStringLiteral("The PDF's paper: a4 (default) or letter."), QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The report file to write."), QStringLiteral("FILE"));
    const QCommandLineOption projection(QStringLiteral("projection"),
        QStringLiteral("FILE[#NAME] of a JavaScript projection, or 'merge' (default)."), QStringLiteral("SPEC"),
        QStringLiteral("merge"));
    const QCommandLineOption generatedAt(QStringLiteral("generated-at"),
        QStringLiteral("The generation time written into the report (default: now)."), QStringLiteral("TIME"));
    const QCommandLineOption redact(QStringLiteral("redact"),
        QStringLiteral("Comma-separated JSON pointers whose values are replaced by salted hashes."),
        QStringLiteral("POINTERS"));
    const QCommandLineOption salt(
        QStringLiteral("salt"), QStringLiteral("The salt for --redact."), QStringLiteral("S"));
    const QCommandLineOption title(
        QStringLiteral("title"), QStringLiteral("The report's title."), QStringLiteral("TEXT"));
    const QCommandLineOption noFindings(QStringLiteral("no-findings"),
        QStringLiteral("Do not audit the store for findings about the included events."));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit"),
        QStringLiteral("Interrupt a projection call after MS milliseconds (default 2000)."), QStringLiteral("MS"),
        QStringLiteral("2000"));
    parser.addOptions({ stream, correlation, aggregateType, at, version, format, pageSize, output, projection,
        generatedAt, redact, salt, title, noFindings, timeLimit, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    const auto spec = storeArgument(parser, command, err);
    if (!spec)
        return kExitBadInput;

    ReportRequest request;
    const int selections
        = int(parser.isSet(stream)) + int(parser.isSet(correlation)) + int(parser.isSet(aggregateType));
    if (selections != 1)
        return fail(err, command, tr("needs one of --stream ID, --correlation ID or --aggregate-type T"));
    if (parser.isSet(stream))
        request.selection = { ReportSelection::Kind::Stream, parser.value(stream) };
    else if (parser.isSet(correlation))
        request.selection = { ReportSelection::Kind::Correlation, parser.value(correlation) };
    else
        request.selection = { ReportSelection::Kind::AggregateType, parser.value(aggregateType) };
    if (request.selection.id.isEmpty())
        return fail(err, command, tr("the selection's id is empty"));

    if (parser.isSet(at) == parser.isSet(version))
        return fail(err, command, tr("needs one of --at TIME or --version N"));
    auto timeOption = [&](const QCommandLineOption& option) {
        const TimeUs time = TimestampParser::parseText(parser.value(option).toStdString());
        if (time == kInvalidTime) {
            fail(err, command,
                tr("--%1 '%2' is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)")
                    .arg(option.names().constFirst(), parser.value(option)));
        }
        return time;
    };
    if (parser.isSet(at)) {
        request.asOfTime = timeOption(at);
        if (request.asOfTime == kInvalidTime)
            return kExitBadInput;
    } else {
        bool ok = false;
        const qint64 wanted = parser.value(version).toLongLong(&ok);
        if (!ok || wanted < 0)
            return fail(
                err, command, tr("--version '%1' is not a version (a whole number ≥ 0)").arg(parser.value(version)));
        request.asOfVersion = wanted;
    }
    if (!parser.isSet(format))
        return fail(err, command, tr("needs --format pdf|html|json|csv"));
    const auto reportFormat = reportFormatFromName(parser.value(format));
    if (!reportFormat)
        return fail(err, command, tr("--format '%1' is not one of pdf, html, json, csv").arg(parser.value(format)));
    ReportPdfOptions pdfOptions;
    if (const auto size = reportPageSizeFromName(parser.value(pageSize)))
        pdfOptions.pageSize = *size;
    else
        return fail(err, command, tr("--page-size '%1' is not a4 or letter").arg(parser.value(pageSize)));
    if (parser.isSet(pageSize) && *reportFormat != ReportFormat::Pdf)
        return fail(err, command, tr("--page-size is only used with --format pdf"));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return fail(err, command, tr("needs -o FILE"));
    if (parser.isSet(generatedAt)) {
        request.generatedAt = timeOption(generatedAt);
        if (request.generatedAt == kInvalidTime)
            return kExitBadInput;
    } else {
        request.generatedAt = QDateTime::currentDateTimeUtc().toSecsSinceEpoch() * 1000000;
    }
    if (parser.isSet(redact)) {
        for (const QString& pointer : parser.value(redact).split(u',', Qt::SkipEmptyParts)) {
            if (!pointer.startsWith(u'/'))
                return fail(err, command, tr("--redact: '%1' is not a JSON pointer (it starts with '/')").arg(pointer));
            request.redact.append(pointer);
        }
        if (request.redact.isEmpty())
            return fail(err, command, tr("--redact needs at least one JSON pointer"));
        if (!parser.isSet(salt) || parser.value(salt).isEmpty())
            return fail(err, command, tr("--redact needs --salt S (without it the hashes could be guessed)"));
        request.salt = parser.value(salt).toUtf8();
    } else if (parser.isSet(salt)) {
        return fail(err, command, tr("--salt is only used with --redact"));
    }
    bool ok = false;
    request.projectionOptions.timeLimitMs = parser.value(timeLimit).toInt(&ok);
    if (!ok || request.projectionOptions.timeLimitMs <= 0)
        return fail(err, command, tr("--time-limit '%1' is not a number of milliseconds").arg(parser.value(timeLimit)));
    request.projection = ProjectionSpec::parse(parser.value(projection));
    request.title = parser.value(title);
    request.includeFindings = !parser.isSet(noFindings);

    auto opened = openAndIndex(*spec, !parser.isSet(noCacheOption()), err);
    if (!opened)
        return kExitBadInput;
    auto report = buildReport(*opened->store, opened->index, request);
    if (!report) {
        return fail(err, command, report.error().message,
            report.error().kind == ReportError::Kind::Projection ? kExitProjectionError : kExitBadInput);
    }

    QByteArray bytes;
    if (*reportFormat == ReportFormat::Pdf) {
        auto pdf = writeReportPdf(*report, pdfOptions);
        if (!pdf)
            return fail(err, command, tr("%1: %2").arg(parser.value(output), pdf.error()));
        bytes = std::move(pdf).value();
    } else {
        bytes = writeReport(*report, *reportFormat);
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return fail(err, command, tr("%1: cannot write (%2)").arg(parser.value(output), file.errorString()));
    out << tr("Wrote %1: %2 events, digest %3")
               .arg(parser.value(output))
               .arg(report->history.size())
               .arg(QString::fromLatin1(report->digest))
        << Qt::endl;
    return kExitOk;
}

bool needsGuiApplication(const QStringList& arguments)
{
    if (arguments.value(0) != u"report")
        return false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--format=pdf" || (arguments.at(i) == u"--format" && arguments.value(i + 1) == u"pdf"))
            return true;
    }
    return false;
}

int runVerifyReport(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("verify-report");
    QCommandLineParser parser;
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return fail(err, command, tr("needs a REPORT and a STORE"));
    const QString reportPath = positional.at(1);
    QFile file(reportPath);
    if (!QFileInfo(reportPath).isFile())
        return fail(err, command, tr("%1: no such file").arg(reportPath));
    if (!file.open(QIODevice::ReadOnly))
        return fail(err, command, tr("%1: cannot read (%2)").arg(reportPath, file.errorString()));
    const auto integrity = readReportIntegrity(file.readAll());
    if (!integrity)
        return fail(err, command, tr("%1: %2").arg(reportPath, integrity.error()));
    auto store = openStore(StoreSpec::compose(positional.at(2), parser.value(mappingOption())));
    if (!store)
        return fail(err, command, store.error().message());
    const auto result = verifyReport(**store, *integrity);
    if (!result)
        return fail(err, command, result.error().message());
    if (!result->matches) {
        out << tr("mismatch: %1").arg(result->reason) << Qt::endl;
        return kExitFindings;
    }
    out << tr("match: %1 events, digest %2").arg(result->events).arg(QString::fromLatin1(result->digest)) << Qt::endl;
    return kExitOk;
}

} // namespace Chronoscope::CommandLine
