// SPDX-License-Identifier: MIT
#include "auditcommands.h"

#include "audit/auditor.h"
#include "commandlinesupport.h"
#include "index/timestampparser.h"

#include <unistd.h>

namespace Chronoscope::CommandLine {

using namespace Support;

namespace {

// Says how far the audit is when a person is watching, and nothing in scripts.
class TerminalAuditProgress final : public AuditObserver
{
public:
    explicit TerminalAuditProgress(QTextStream& err)
        : m_err(err)
        , m_enabled(isatty(STDERR_FILENO) != 0)
    { }
    ~TerminalAuditProgress() override
    {
        if (m_enabled && m_shown)
            m_err << "\r\033[K" << Qt::flush;
    }
    void progress(qint64 done, qint64 total) override
    {
        if (!m_enabled || total < 200000 || (done - m_last < total / 100 && done != total))
            return;
        m_last = done;
        m_shown = true;
        m_err
            << "\r"
            << QCoreApplication::translate("Chronoscope::CommandLine", "Checking %1 of %2 events…").arg(done).arg(total)
            << Qt::flush;
    }
    void findingsAvailable(const Findings& batch) override { findings += batch; }

    Findings findings;

private:
    QTextStream& m_err;
    bool m_enabled;
    bool m_shown = false;
    qint64 m_last = 0;
};

int fail(QTextStream& err, const QString& message, int code = kExitBadInput)
{
    err << "chronoscope verify: " << message << Qt::endl;
    return code;
}

void printText(const Findings& findings, const AuditSummary& summary, QTextStream& out)
{
    for (const Finding& finding : findings) {
        const QString where = finding.isStoreWide()
            ? tr("store")
            : tr("position %1  %2 v%3").arg(finding.position).arg(finding.streamId).arg(finding.version);
        out << severityName(finding.severity).leftJustified(8) << finding.codeName().leftJustified(26) << where << "  "
            << finding.message << '\n';
    }
    out << tr("%1 errors, %2 warnings, %3 notes in %4 events (%5 s)")
               .arg(summary.count(Severity::Error))
               .arg(summary.count(Severity::Warning))
               .arg(summary.count(Severity::Note))
               .arg(summary.events)
               .arg(summary.seconds, 0, 'f', 2)
        << '\n';
    out.flush();
}

} // namespace

int runVerify(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption projection(QStringLiteral("projection"),
        QStringLiteral("FILE[#NAME] of a JavaScript projection: also check unhandled types, errors, snapshot drift."),
        QStringLiteral("SPEC"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit"),
        QStringLiteral("Interrupt a projection call after MS milliseconds (default 2000)."), QStringLiteral("MS"),
        QStringLiteral("2000"));
    parser.addOptions({ projection, format, timeLimit, noCacheOption() });
    if (!parse(parser, arguments, err))
        return kExitBadInput;
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json")
        return fail(err, tr("--format '%1' is not one of text, json").arg(formatName));
    bool ok = false;
    const int limit = parser.value(timeLimit).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(err, tr("--time-limit '%1' is not a number of milliseconds").arg(parser.value(timeLimit)));
    const auto spec = storeArgument(parser, QStringLiteral("verify"), err);
    if (!spec)
        return kExitBadInput;

    AuditOptions options;
    if (parser.isSet(projection)) {
        options.projection = ProjectionSpec::parse(parser.value(projection));
        if (options.projection->isMerge())
            return fail(err, tr("--projection needs a JavaScript file; merge handles every event type"));
    }
    options.projectionOptions.timeLimitMs = limit;

    auto opened = openAndIndex(*spec, !parser.isSet(noCacheOption()), err);
    if (!opened)
        return kExitBadInput;
    TerminalAuditProgress observer(err);
    Auditor auditor(*opened->store, opened->index, options);
    const auto summary = auditor.run(&observer);
    if (!summary) {
        const AuditError& error = summary.error();
        const bool scriptFailed = error.projection && error.projection->kind != ProjectionError::Kind::Load;
        return fail(err, error.toString(), scriptFailed ? kExitProjectionError : kExitBadInput);
    }
    Findings findings = std::move(observer.findings);
    sortFindings(findings);

    if (formatName == u"json") {
        Json list = Json::array();
        for (const Finding& finding : findings)
            list.push_back(finding.toJson());
        out << QString::fromStdString(list.dump(2, ' ', false, Json::error_handler_t::replace)) << Qt::endl;
    } else {
        printText(findings, *summary, out);
    }
    return summary->hasProblems() ? kExitFindings : kExitOk;
}

} // namespace Chronoscope::CommandLine
