// SPDX-License-Identifier: MIT
// PDF reports (issue #8): `chronoscope report --format pdf` read back with poppler-utils
// (pdftotext, pdfinfo, pdffonts, pdftoppm) as an auditor's tools would, and verified with
// `chronoscope verify-report`.

#include "index/indexbuilder.h"
#include "index/timestampparser.h"
#include "report/reportpdfwriter.h"
#include "report/reportwriter.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using Json = nlohmann::ordered_json;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTool(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        qFatal("%s %s did not finish", qPrintable(program), qPrintable(arguments.join(u' ')));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Text without any whitespace: a value pdftotext wrapped over two lines still matches.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

/// The text of each page (pdftotext separates pages by form feeds).
QStringList pageTexts(const QString& pdf)
{
    const Run run = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (run.exitCode != 0)
        return {};
    QStringList pages = run.out.split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString pdfInfo(const QString& pdf)
{
    return runTool(QStringLiteral("pdfinfo"), { pdf }).out;
}

int pageCount(const QString& pdf)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString artifacts()
{
    const QString folder = qEnvironmentVariable("CHRONOSCOPE_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    return folder;
}

/// Renders page `page` of `pdf` to ARTIFACTS/NAME.png at 60 dpi and returns the image.
QImage renderPage(const QString& pdf, int page, const QString& name)
{
    const QString base = QDir(artifacts()).filePath(name);
    const Run run = runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
            QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf,
            base });
    if (run.exitCode != 0)
        return {};
    return QImage(base + QStringLiteral(".png"));
}

QString display(const Json& value)
{
    return QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textHoldsStateHistoryAndDigest();
    void verifyReportReadsThePdf();
    void sameInputsSameBytes();
    void pageSizesAndEmbeddedFonts();
    void longStreamPaginates();
    void writerRefusesAndCancels();

private:
    Run chronoscope(const QStringList& arguments);
    QString report(const QString& store, const QString& stream, const QStringList& extra, const QString& name);

    QTemporaryDir m_dir;
    QString m_store;
    QString m_stream;
    QString m_asOf;
    QString m_pdf;
    Json m_json;
};

Run TestReportPdf::chronoscope(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CHRONOSCOPE_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
    return runTool(QStringLiteral(CHRONOSCOPE_BINARY), arguments, environment);
}

QString TestReportPdf::report(
    const QString& store, const QString& stream, const QStringList& extra, const QString& name)
{
    const QString path = m_dir.filePath(name);
    const Run run = chronoscope(
        QStringList { QStringLiteral("report"), store, QStringLiteral("--stream"), stream, QStringLiteral("-o"), path,
            QStringLiteral("--generated-at"), QStringLiteral("2025-01-01T09:30:00Z") }
        + extra);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.exitCode == 0 ? path : QString();
}

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char* tool : { "pdftotext", "pdfinfo", "pdffonts", "pdftoppm" }) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            "poppler-utils is missing (packaging/debian-build-deps.txt)");
    }
    m_store = sampleStore(m_dir, 3000, 30);
    auto store = openStore(m_store);
    QVERIFY(store);
    auto built = IndexBuilder(**store).build();
    QVERIFY(built);
    const IndexPtr index = *built;
    std::optional<quint32> best;
    for (quint32 stream = 0; stream < index->streams().size(); ++stream) {
        if (index->aggregateTypes().string(index->streamAggregateType(stream)) != u"Family")
            continue;
        if (!best || index->streamPositions(stream).size() > index->streamPositions(*best).size())
            best = stream;
    }
    QVERIFY(best);
    m_stream = index->streams().string(*best);
    const auto positions = index->streamPositions(*best);
    QVERIFY(positions.size() >= 6);
    m_asOf = TimestampParser::toIso(index->timestamp(positions[positions.size() * 2 / 3]));

    const QStringList common { QStringLiteral("--at"), m_asOf, QStringLiteral("--projection"),
        QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#family") };
    m_pdf = report(m_store, m_stream, common + QStringList { QStringLiteral("--format"), QStringLiteral("pdf") },
        QStringLiteral("family.pdf"));
    QVERIFY(!m_pdf.isEmpty());
    const QString json = report(m_store, m_stream,
        common + QStringList { QStringLiteral("--format"), QStringLiteral("json") }, QStringLiteral("family.json"));
    QVERIFY(!json.isEmpty());
    const QByteArray bytes = readAll(json);
    m_json = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    QVERIFY(readAll(m_pdf).startsWith("%PDF-"));
}

void TestReportPdf::textHoldsStateHistoryAndDigest()
{
    const QStringList pages = pageTexts(m_pdf);
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.size(), pageCount(m_pdf));
    const QString all = pages.join(u'\n');
    const QString flat = squeezed(all);

    // The title block.
    QVERIFY2(all.contains(QStringLiteral("Stream ") + m_stream + QStringLiteral(" as of ") + m_asOf), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("2025-01-01T09:30:00.000000Z")));
    QVERIFY(flat.contains(QString::fromStdString(m_json["store"]["sha256"].get<std::string>())));
    QVERIFY(all.contains(QStringLiteral("sample.js#family")));
    QVERIFY(flat.contains(QString::fromStdString(m_json["projections"][0]["sourceSha256"].get<std::string>())));

    // Every field of the state with its value.
    for (const auto& [pointer, value] : reportStateFields(m_json["states"][0]["state"])) {
        const QString row = squeezed(QString::fromStdString(pointer) + QString::fromStdString(value));
        QVERIFY2(flat.contains(row), qPrintable(row));
    }

    // Every history row in order: time, version, type, user, then what it changed.
    qsizetype from = 0;
    for (const Json& row : m_json["history"]) {
        const QString cells = squeezed(
            display(row["timestamp"]) + display(row["version"]) + display(row["type"]) + display(row["userId"]));
        const qsizetype at = flat.indexOf(cells, from);
        QVERIFY2(at >= 0, qPrintable(cells));
        from = at + cells.size();
        for (const Json& change : row["changes"]) {
            const QString pointer = squeezed(QString::fromStdString(change["pointer"].get<std::string>()));
            QVERIFY2(flat.indexOf(pointer, from) >= 0, qPrintable(pointer));
        }
    }

    // Every page: the digest and "Page N of M" in its footer; later pages repeat the title.
    const QString digest = QString::fromStdString(m_json["integrity"]["digest"].get<std::string>());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages[i].contains(digest), qPrintable(QStringLiteral("page %1").arg(i + 1)));
        QVERIFY(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
    QVERIFY(all.contains(QStringLiteral("Findings about the included events")));
    QVERIFY(all.contains(QStringLiteral("chronoscope verify-report")));
    renderPage(m_pdf, 1, QStringLiteral("report-family-page1"));
}

void TestReportPdf::verifyReportReadsThePdf()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_store, copy));
    Run run = chronoscope({ QStringLiteral("verify-report"), m_pdf, copy });
    QCOMPARE(run.exitCode, 0);
    const QString digest = QString::fromStdString(m_json["integrity"]["digest"].get<std::string>());
    QCOMPARE(
        run.out.trimmed(), QStringLiteral("match: %1 events, digest %2").arg(m_json["history"].size()).arg(digest));

    // One byte of an included event's payload changed: the PDF no longer matches, and the
    // reason names that event.
    const QString victim = QString::fromStdString(m_json["history"][2]["eventId"].get<std::string>());
    const QStringList rows = query(copy, "SELECT event_data FROM events WHERE event_id = '" + victim.toUtf8() + "'");
    QCOMPARE(rows.size(), 1);
    QByteArray data = rows.constFirst().toUtf8();
    const qsizetype at = data.indexOf("\":\"") + 3;
    QVERIFY(at > 3);
    data[at] = data[at] == 'x' ? 'y' : 'x';
    execWritable(copy,
        "UPDATE events SET event_data = '" + data.replace('\'', "''") + "' WHERE event_id = '" + victim.toUtf8() + "'");
    run = chronoscope({ QStringLiteral("verify-report"), m_pdf, copy });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(u"mismatch") && run.out.contains(victim), qPrintable(run.out));

    // The attached report.json is the JSON report, byte for byte.
    const QString attached = m_dir.filePath(QStringLiteral("attached.json"));
    const Run detach = runTool(QStringLiteral("pdfdetach"),
        { QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), attached, m_pdf });
    QCOMPARE(detach.exitCode, 0);
    QCOMPARE(readAll(attached), readAll(m_dir.filePath(QStringLiteral("family.json"))));
}

void TestReportPdf::sameInputsSameBytes()
{
    const QStringList extra { QStringLiteral("--at"), m_asOf, QStringLiteral("--projection"),
        QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#family"), QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--no-cache") };
    const QString again = report(m_store, m_stream, extra, QStringLiteral("again.pdf"));
    QVERIFY(!again.isEmpty());
    QCOMPARE(readAll(again), readAll(m_pdf));
    // The dates inside are the generation time, not the clock.
    const QString info = pdfInfo(m_pdf);
    QVERIFY2(info.contains(QStringLiteral("CreationDate:")) && info.contains(QStringLiteral("2025")), qPrintable(info));
    const Run meta = runTool(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), m_pdf });
    QVERIFY(meta.out.contains(QStringLiteral("<xmp:CreateDate>2025-01-01T09:30:00.000000Z</xmp:CreateDate>")));
}

void TestReportPdf::pageSizesAndEmbeddedFonts()
{
    QVERIFY2(pdfInfo(m_pdf).contains(QStringLiteral("(A4)")), qPrintable(pdfInfo(m_pdf)));
    const QString letter = report(m_store, m_stream,
        { QStringLiteral("--version"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--page-size"), QStringLiteral("letter") },
        QStringLiteral("letter.pdf"));
    QVERIFY(!letter.isEmpty());
    QVERIFY2(pdfInfo(letter).contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(pdfInfo(letter)));
    QVERIFY(pageTexts(letter).join(u'\n').contains(QStringLiteral("Version 3 of each stream")));

    // pdffonts: NAME TYPE ENCODING EMB SUB UNI OBJECT; every font embedded (as a subset, though
    // Qt does not prefix the base name) with a Unicode map, all of them DejaVu.
    const Run fonts = runTool(QStringLiteral("pdffonts"), { m_pdf });
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(lines.size() >= 3);
    for (const QString& line : lines) {
        QVERIFY2(line.contains(QStringLiteral("DejaVu")), qPrintable(line));
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+yes\\s+"))), qPrintable(line));
    }
    const Run bad = chronoscope(
        { QStringLiteral("report"), m_store, QStringLiteral("--stream"), m_stream, QStringLiteral("--version"),
            QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--page-size"),
            QStringLiteral("a3"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf")) });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--page-size 'a3' is not a4 or letter")), qPrintable(bad.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

/// A stream of 10,000 events: many pages, the history header on each, the last row present.
void TestReportPdf::longStreamPaginates()
{
    QByteArray sql = "CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, event_version INT, "
                     "aggregate_id TEXT, aggregate_type TEXT, aggregate_version INT, event_data TEXT, "
                     "event_timestamp TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT, "
                     "UNIQUE(aggregate_id, aggregate_version));\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                     "INSERT INTO events SELECT printf('ev-%05d', i), "
                     "CASE WHEN i = 1 THEN 'AccountOpened' WHEN i % 7 = 0 THEN 'MoneyWithdrawn' "
                     "ELSE 'MoneyDeposited' END, 1, 'account-big', 'BankAccount', i, "
                     "json_object('balance', i * 10, 'lastAmount', i % 97, 'memo', 'entry ' || i), "
                     "strftime('%Y-%m-%dT%H:%M:%S', '2024-01-01', '+' || (i * 7) || ' minutes') || '.000000Z', "
                     "'user-' || (i % 5), 'c-' || i, NULL FROM n;\n";
    const QString store = storeFromSql(m_dir, sql, QStringLiteral("long.db"));
    const QString pdf = report(store, QStringLiteral("account-big"),
        { QStringLiteral("--version"), QStringLiteral("10000"), QStringLiteral("--format"), QStringLiteral("pdf") },
        QStringLiteral("long.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pageCount(pdf);
    QVERIFY2(pages > 100, qPrintable(QString::number(pages)));
    const QStringList texts = pageTexts(pdf);
    QCOMPARE(texts.size(), pages);

    int historyPages = 0;
    for (int i = 0; i < pages; ++i) {
        const QString& text = texts[i];
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
        if (i > 0)
            QVERIFY(text.contains(QStringLiteral("Stream account-big as of version 10000")));
        if (text.contains(QStringLiteral("MoneyDeposited"))) {
            ++historyPages;
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Time \\(UTC\\)\\s+Ver\\.\\s+Type\\s+User\\s+"
                                                                     "What changed"))),
                qPrintable(QStringLiteral("page %1 has no header row").arg(i + 1)));
        }
    }
    QVERIFY(historyPages >= pages - 2);
    // The last row: version 10000 at 2024-01-01 + 70,000 minutes, with its balance.
    const QString tail = squeezed(texts.mid(pages - 2).join(u'\n'));
    QVERIFY2(tail.contains(squeezed(QStringLiteral("2024-02-18T14:40:00.000000Z 10000 MoneyDeposited user-0"))),
        qPrintable(tail.left(2000)));
    QVERIFY(tail.contains(QStringLiteral("/balance:99990→100000")));
    QVERIFY(squeezed(texts.join(u'\n')).contains(QStringLiteral("/memo:entry9999→entry10000")));

    // What an auditor sees: the first, a middle and the last page.
    for (const auto& [page, name] : { std::pair { 1, QStringLiteral("report-long-first") },
             std::pair { pages / 2, QStringLiteral("report-long-middle") },
             std::pair { pages, QStringLiteral("report-long-last") } }) {
        const QImage image = renderPage(pdf, page, name);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > image.width()); // portrait
    }
}

void TestReportPdf::writerRefusesAndCancels()
{
    // In-process: the writer's progress can cancel it; verify-report's reader refuses a
    // PDF that is not a report.
    auto store = openStore(m_store);
    QVERIFY(store);
    auto built = IndexBuilder(**store).build();
    QVERIFY(built);
    ReportRequest request;
    request.selection = { ReportSelection::Kind::Stream, m_stream };
    request.asOfVersion = 1000;
    request.generatedAt = 0;
    request.includeFindings = false;
    auto report = buildReport(**store, *built, request);
    QVERIFY(report);
    qint64 calls = 0;
    auto cancelled = writeReportPdf(*report, {}, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error(), QStringLiteral("cancelled"));
    auto written = writeReportPdf(*report);
    QVERIFY(written);
    QVERIFY(readReportIntegrity(*written));
    QByteArray stripped = *written;
    stripped.replace("chronoscope:integrity", "chronoscope:something");
    const auto refused = readReportIntegrity(stripped);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("integrity metadata")), qPrintable(refused.error()));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
