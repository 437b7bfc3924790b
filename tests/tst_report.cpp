// SPDX-License-Identifier: MIT
// Point-in-time reports (issue #8): `chronoscope report` in JSON, CSV and HTML, and
// `chronoscope verify-report`, on a real sample store.

#include "index/indexbuilder.h"
#include "index/timestampparser.h"
#include "report/reportwriter.h"
#include "testutils.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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

QString projectionSpec()
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#family");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Json parse(const QByteArray& bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

std::string htmlEscaped(const std::string& text)
{
    QString escaped = QString::fromStdString(text).toHtmlEscaped();
    return escaped.toStdString();
}

std::string display(const Json& value)
{
    return value.is_string() ? value.get<std::string>() : value.dump();
}

void leaves(const Json& value, const std::string& pointer, std::vector<std::pair<std::string, std::string>>& out)
{
    if ((value.is_object() || value.is_array()) && !value.empty()) {
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it)
                leaves(it.value(), pointer + '/' + it.key(), out);
        } else {
            for (std::size_t i = 0; i < value.size(); ++i)
                leaves(value[i], pointer + '/' + std::to_string(i), out);
        }
        return;
    }
    out.emplace_back(pointer, display(value));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonMatchesStateAndEvents();
    void htmlHoldsTheSameValues();
    void sameInputsSameBytes();
    void verifyMatchesUntouchedCopy_data();
    void verifyMatchesUntouchedCopy();
    void verifyNamesTamperedEvent();
    void verifyNamesDeletedEvent();
    void digestFollowsTheDocument();
    void redactionHidesValueEverywhere();
    void correlationAndAggregateType();
    void badInput_data();
    void badInput();

private:
    Run chronoscope(const QStringList& arguments);
    QString report(const QString& format, const QStringList& extra = {}, const QString& name = {});

    QTemporaryDir m_dir;
    QString m_store;
    QString m_stream;
    QString m_asOf;
    QStringList m_includedIds;
};

Run TestReport::chronoscope(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CHRONOSCOPE_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("chronoscope %s did not finish", qPrintable(arguments.join(u' ')));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

/// Writes a report of m_stream as of m_asOf and returns its path.
QString TestReport::report(const QString& format, const QStringList& extra, const QString& name)
{
    const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("report.") + format : name);
    const Run run = chronoscope(
        QStringList { QStringLiteral("report"), m_store, QStringLiteral("--stream"), m_stream, QStringLiteral("--at"),
            m_asOf, QStringLiteral("--format"), format, QStringLiteral("-o"), path, QStringLiteral("--projection"),
            projectionSpec(), QStringLiteral("--generated-at"), QStringLiteral("2025-01-01T00:00:00Z") }
        + extra);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.exitCode == 0 ? path : QString();
}

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = sampleStore(m_dir, 4000, 40);
    auto store = openStore(m_store);
    QVERIFY(store);
    auto built = IndexBuilder(**store).build();
    QVERIFY(built);
    const IndexPtr index = *built;
    // The family with most events, as of the time of its middle event.
    std::optional<quint32> best;
    for (quint32 stream = 0; stream < index->streams().size(); ++stream) {
        if (index->aggregateTypes().string(index->streamAggregateType(stream)) != u"Family")
            continue;
        if (!best || index->streamPositions(stream).size() > index->streamPositions(*best).size())
            best = stream;
    }
    QVERIFY(best);
    const auto positions = index->streamPositions(*best);
    QVERIFY2(positions.size() >= 4, "the sample family has too few events");
    m_stream = index->streams().string(*best);
    const std::size_t middle = positions.size() / 2;
    m_asOf = TimestampParser::toIso(index->timestamp(positions[middle]));
    for (std::size_t i = 0;
         i < positions.size() && index->timestamp(positions[i]) <= index->timestamp(positions[middle]); ++i) {
        auto event = (*store)->readEvent(index->rowId(positions[i]));
        QVERIFY(event);
        m_includedIds.append(event->eventId);
    }
    QVERIFY(m_includedIds.size() < static_cast<qsizetype>(positions.size()));
}

void TestReport::jsonMatchesStateAndEvents()
{
    const QString path = report(QStringLiteral("json"));
    QVERIFY(!path.isEmpty());
    const Json doc = parse(readAll(path));
    QVERIFY(!doc.is_discarded());
    QVERIFY(doc["format"] == "chronoscope-report");
    QCOMPARE(doc["selection"]["id"].get<std::string>(), m_stream.toStdString());
    QCOMPARE(doc["asOf"]["time"].get<std::string>(), m_asOf.toStdString());
    QVERIFY(doc["generatedAt"] == "2025-01-01T00:00:00.000000Z");
    QCOMPARE(doc["projections"].size(), std::size_t(1));
    QVERIFY(doc["projections"][0]["name"] == "sample.js#family");
    QCOMPARE(doc["projections"][0]["sourceSha256"].get<std::string>().size(), std::size_t(64));
    QCOMPARE(doc["store"]["sha256"].get<std::string>().size(), std::size_t(64));

    // The state is what `chronoscope state` says.
    const Run state = chronoscope({ QStringLiteral("state"), m_store, QStringLiteral("--stream"), m_stream,
        QStringLiteral("--at"), m_asOf, QStringLiteral("--projection"), projectionSpec() });
    QCOMPARE(state.exitCode, 0);
    QCOMPARE(doc["states"].size(), std::size_t(1));
    QVERIFY2(doc["states"][0]["state"] == parse(state.out.toUtf8()), qPrintable(state.out));

    // The history rows are the stream's events up to then, as `chronoscope events` lists them.
    const Run events = chronoscope({ QStringLiteral("events"), m_store, QStringLiteral("--stream"), m_stream,
        QStringLiteral("--to"), m_asOf, QStringLiteral("--format"), QStringLiteral("jsonl") });
    QCOMPARE(events.exitCode, 0);
    const QStringList lines = events.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(doc["history"].size(), static_cast<std::size_t>(lines.size()));
    QCOMPARE(doc["integrity"]["events"].size(), static_cast<std::size_t>(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Json event = parse(lines[i].toUtf8());
        const Json& row = doc["history"][static_cast<std::size_t>(i)];
        QVERIFY(row["eventId"] == event["eventId"]);
        QVERIFY(row["version"] == event["version"]);
        QVERIFY(row["type"] == event["type"]);
        QVERIFY(row["timestamp"] == event["timestamp"]);
        QCOMPARE(row["eventId"].get<std::string>(), m_includedIds[i].toStdString());
    }
    // Every leaf of the final state was last set by some change at it or above it.
    std::vector<std::pair<std::string, std::string>> fields;
    leaves(doc["states"][0]["state"], std::string(), fields);
    for (const auto& [pointer, value] : fields) {
        bool found = false;
        for (const Json& row : doc["history"]) {
            for (const Json& change : row["changes"]) {
                const std::string at = change["pointer"].get<std::string>();
                if (pointer == at || pointer.starts_with(at + '/'))
                    found = true;
            }
        }
        QVERIFY2(found || value == "null" || value == "false" || value == "0" || value == "new",
            ("no change explains " + pointer).c_str());
    }
}

void TestReport::htmlHoldsTheSameValues()
{
    const QString jsonPath = report(QStringLiteral("json"));
    const QString htmlPath = report(QStringLiteral("html"));
    QVERIFY(!jsonPath.isEmpty() && !htmlPath.isEmpty());
    const Json doc = parse(readAll(jsonPath));
    const std::string html = readAll(htmlPath).toStdString();
    QVERIFY(html.starts_with("<!DOCTYPE html>"));
    QVERIFY(html.find("<style>") != std::string::npos);
    QVERIFY(html.find("<link") == std::string::npos); // self-contained

    std::vector<std::pair<std::string, std::string>> fields;
    leaves(doc["states"][0]["state"], std::string(), fields);
    for (const auto& [pointer, value] : fields) {
        const std::string cell
            = "<td class=\"mono\">" + htmlEscaped(pointer) + "</td><td>" + htmlEscaped(value) + "</td>";
        QVERIFY2(html.find(cell) != std::string::npos, cell.c_str());
    }
    std::size_t from = html.find("<table class=\"history\">");
    QVERIFY(from != std::string::npos);
    for (const Json& row : doc["history"]) {
        const std::size_t rows = std::max<std::size_t>(1, row["changes"].size());
        const std::string span = rows > 1 ? " rowspan=\"" + std::to_string(rows) + "\"" : std::string();
        const std::string cells = "<tr><td" + span + ">" + row["timestamp"].get<std::string>() + "</td><td" + span + ">"
            + htmlEscaped(row["streamId"].get<std::string>()) + "</td><td" + span + ">"
            + std::to_string(row["version"].get<qint64>()) + "</td><td" + span + ">"
            + htmlEscaped(row["type"].get<std::string>()) + "</td>";
        const std::size_t at = html.find(cells, from);
        QVERIFY2(at != std::string::npos, cells.c_str());
        from = at + cells.size();
        for (const Json& change : row["changes"]) {
            const std::string changed
                = "<td class=\"mono\">" + htmlEscaped(change["pointer"].get<std::string>()) + "</td>";
            QVERIFY2(html.find(changed, from) != std::string::npos, changed.c_str());
        }
    }
    QVERIFY(html.find(doc["integrity"]["digest"].get<std::string>()) != std::string::npos);

    // The CSV has one row per change (or per event that changed nothing), then the integrity line.
    const QString csvPath = report(QStringLiteral("csv"));
    QVERIFY(!csvPath.isEmpty());
    const QList<QByteArray> csv = readAll(csvPath).split('\n');
    std::size_t expectedRows = 0;
    for (const Json& row : doc["history"])
        expectedRows += std::max<std::size_t>(1, row["changes"].size());
    QCOMPARE(csv.first(), QByteArray("position,timestamp,streamId,version,type,userId,eventId,pointer,before,after"));
    QCOMPARE(static_cast<std::size_t>(csv.size()), expectedRows + 3); // header, integrity line, final newline
    QVERIFY(csv.at(csv.size() - 2).startsWith("# chronoscope-integrity: {"));
    const std::string firstRow = csv.at(1).toStdString();
    const Json& first = doc["history"][0];
    QVERIFY2(firstRow.starts_with(std::to_string(first["position"].get<qint64>()) + ','
                 + first["timestamp"].get<std::string>() + ',' + first["streamId"].get<std::string>() + ','
                 + std::to_string(first["version"].get<qint64>()) + ',' + first["type"].get<std::string>()),
        firstRow.c_str());
    // The embedded block is what verify-report reads.
    const auto integrity = readReportIntegrity(QByteArray::fromStdString(html));
    QVERIFY(integrity);
    QCOMPARE(integrity->digest.toStdString(), doc["integrity"]["digest"].get<std::string>());
    QCOMPARE(static_cast<qsizetype>(integrity->events.size()), m_includedIds.size());
}

void TestReport::sameInputsSameBytes()
{
    for (const QString& format : { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html") }) {
        const QString first = report(format, {}, QStringLiteral("first.") + format);
        const QString second = report(format, { QStringLiteral("--no-cache") }, QStringLiteral("second.") + format);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QByteArray bytes = readAll(first);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(readAll(second), bytes);
    }
}

void TestReport::verifyMatchesUntouchedCopy_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestReport::verifyMatchesUntouchedCopy()
{
    QFETCH(QString, format);
    const QString path = report(format);
    QVERIFY(!path.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("copy-") + format + QStringLiteral(".db"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_store, copy));
    const Run run = chronoscope({ QStringLiteral("verify-report"), path, copy });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"match"), qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QString::number(m_includedIds.size()) + QStringLiteral(" events")));
}

void TestReport::verifyNamesTamperedEvent()
{
    const QString path = report(QStringLiteral("json"));
    QVERIFY(!path.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("tampered.db"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_store, copy));
    const QString victim = m_includedIds.at(1);
    const QStringList rows = query(copy, "SELECT event_data FROM events WHERE event_id = '" + victim.toUtf8() + "'");
    QCOMPARE(rows.size(), 1);
    QByteArray data = rows.constFirst().toUtf8();
    // One byte: the first digit goes up by one (or a letter inside the text changes).
    qsizetype at = -1;
    for (qsizetype i = 0; i < data.size() && at < 0; ++i) {
        if (data[i] >= '0' && data[i] <= '8')
            at = i;
    }
    if (at < 0)
        at = data.indexOf("\":\"") + 3;
    QVERIFY(at > 0);
    data[at] = static_cast<char>(data[at] + 1);
    execWritable(copy,
        "UPDATE events SET event_data = '" + data.replace('\'', "''") + "' WHERE event_id = '" + victim.toUtf8() + "'");
    const Run run = chronoscope({ QStringLiteral("verify-report"), path, copy });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(u"mismatch"), qPrintable(run.out));
    QVERIFY2(run.out.contains(victim), qPrintable(run.out));
    QVERIFY(!run.out.contains(m_includedIds.at(0)));
}

void TestReport::verifyNamesDeletedEvent()
{
    const QString path = report(QStringLiteral("csv"));
    QVERIFY(!path.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("deleted.db"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_store, copy));
    const QString victim = m_includedIds.at(2);
    execWritable(copy, "DELETE FROM events WHERE event_id = '" + victim.toUtf8() + "'");
    const Run run = chronoscope({ QStringLiteral("verify-report"), path, copy });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(victim) && run.out.contains(u"no longer in the store"), qPrintable(run.out));
}

/// docs/report-digest.md, recomputed from the SQL rows without the report code.
void TestReport::digestFollowsTheDocument()
{
    const QString path = report(QStringLiteral("json"));
    QVERIFY(!path.isEmpty());
    const Json doc = parse(readAll(path));
    QByteArray joined;
    for (const QString& id : std::as_const(m_includedIds)) {
        auto column = [&](const char* name) {
            const QStringList rows
                = query(m_store, QByteArray("SELECT ") + name + " FROM events WHERE event_id = '" + id.toUtf8() + "'");
            return rows.value(0).toStdString();
        };
        nlohmann::json line; // sorted keys
        line["eventId"] = column("event_id");
        line["streamId"] = column("aggregate_id");
        line["version"] = std::stoll(column("aggregate_version"));
        line["type"] = column("event_type");
        line["timestamp"] = column("event_timestamp"); // the sample store writes the canonical form
        line["data"] = nlohmann::json::parse(column("event_data"));
        if (!joined.isEmpty())
            joined += '\n';
        joined += QByteArray::fromStdString(line.dump());
    }
    QCOMPARE(QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex().toStdString(),
        doc["integrity"]["digest"].get<std::string>());
}

void TestReport::redactionHidesValueEverywhere()
{
    const QString plain = report(QStringLiteral("json"));
    QVERIFY(!plain.isEmpty());
    const Json doc = parse(readAll(plain));
    const std::string familyName = doc["states"][0]["state"]["familyName"].get<std::string>();
    QVERIFY(!familyName.empty());
    QVERIFY(readAll(plain).contains(QByteArray::fromStdString(familyName)));

    // The children carry the family name too: hide both.
    const QStringList redact { QStringLiteral("--redact"), QStringLiteral("/familyName,/children"),
        QStringLiteral("--salt"), QStringLiteral("pepper") };
    for (const QString& format : { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html") }) {
        const QString path = report(format, redact, QStringLiteral("redacted.") + format);
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.contains(QByteArray::fromStdString(familyName)), qPrintable(format));
        QVERIFY(bytes.contains("redacted:"));
        QVERIFY(!bytes.contains("pepper"));
        const Run run = chronoscope({ QStringLiteral("verify-report"), path, m_store });
        QCOMPARE(run.exitCode, 0);
        // The digest is over the unredacted events: it is the same as the plain report's.
        QVERIFY(run.out.contains(QString::fromStdString(doc["integrity"]["digest"].get<std::string>())));
    }
    const Json redacted = parse(readAll(m_dir.filePath(QStringLiteral("redacted.json"))));
    const std::string value = redacted["states"][0]["state"]["familyName"].get<std::string>();
    QCOMPARE(value.size(), std::string("redacted:").size() + 64);
    QCOMPARE(value, redactedValue(Json(familyName), "pepper"));
    QCOMPARE(redacted["redaction"]["saltSha256"].get<std::string>(),
        QCryptographicHash::hash("pepper", QCryptographicHash::Sha256).toHex().toStdString());
}

void TestReport::correlationAndAggregateType()
{
    const QString typePath = m_dir.filePath(QStringLiteral("type.json"));
    Run run = chronoscope({ QStringLiteral("report"), m_store, QStringLiteral("--aggregate-type"),
        QStringLiteral("Family"), QStringLiteral("--at"), m_asOf, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("-o"), typePath, QStringLiteral("--projection"), projectionSpec(),
        QStringLiteral("--generated-at"), QStringLiteral("2025-01-01T00:00:00Z"), QStringLiteral("--no-findings") });
    QCOMPARE(run.exitCode, 0);
    Json doc = parse(readAll(typePath));
    QVERIFY(doc["states"].size() > 1);
    QVERIFY(doc["findings"].is_null());
    for (const Json& row : doc["history"])
        QVERIFY(row["timestamp"].get<std::string>() <= m_asOf.toStdString());
    QCOMPARE(chronoscope({ QStringLiteral("verify-report"), typePath, m_store }).exitCode, 0);

    const QStringList correlations = query(m_store,
        "SELECT correlation_id FROM events WHERE correlation_id IS NOT NULL AND correlation_id != '' "
        "GROUP BY correlation_id ORDER BY count(*) DESC, correlation_id LIMIT 1");
    QCOMPARE(correlations.size(), 1);
    const QString correlationPath = m_dir.filePath(QStringLiteral("correlation.html"));
    run = chronoscope({ QStringLiteral("report"), m_store, QStringLiteral("--correlation"), correlations.constFirst(),
        QStringLiteral("--version"), QStringLiteral("1000000"), QStringLiteral("--format"), QStringLiteral("html"),
        QStringLiteral("-o"), correlationPath, QStringLiteral("--generated-at"),
        QStringLiteral("2025-01-01T00:00:00Z") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto integrity = readReportIntegrity(readAll(correlationPath));
    QVERIFY(integrity);
    const QStringList members = query(
        m_store, "SELECT count(*) FROM events WHERE correlation_id = '" + correlations.constFirst().toUtf8() + "'");
    QCOMPARE(static_cast<qsizetype>(integrity->events.size()), members.constFirst().toLongLong());
    QCOMPARE(chronoscope({ QStringLiteral("verify-report"), correlationPath, m_store }).exitCode, 0);
}

void TestReport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/tmp/never-written.json");
    const QStringList tail { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out };
    QTest::newRow("missing store") << (QStringList { QStringLiteral("report"), QStringLiteral("/nonexistent/x.db"),
                                           QStringLiteral("--stream"), QStringLiteral("s"), QStringLiteral("--version"),
                                           QStringLiteral("1") }
        + tail) << QStringLiteral("/nonexistent/x.db");
    QTest::newRow("no selection") << (QStringList { QStringLiteral("report"), QStringLiteral("STORE"),
                                          QStringLiteral("--version"), QStringLiteral("1") }
        + tail) << QStringLiteral("needs one of --stream");
    QTest::newRow("two as-of points") << (QStringList { QStringLiteral("report"), QStringLiteral("STORE"),
                                              QStringLiteral("--stream"), QStringLiteral("STREAM"),
                                              QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--at"),
                                              QStringLiteral("2024-01-01") }
        + tail) << QStringLiteral("--at TIME or --version N");
    QTest::newRow("bad time") << (QStringList { QStringLiteral("report"), QStringLiteral("STORE"),
                                      QStringLiteral("--stream"), QStringLiteral("STREAM"), QStringLiteral("--at"),
                                      QStringLiteral("yesterday") }
        + tail) << QStringLiteral("'yesterday' is not a time");
    QTest::newRow("bad format") << QStringList { QStringLiteral("report"), QStringLiteral("STORE"),
        QStringLiteral("--stream"), QStringLiteral("STREAM"), QStringLiteral("--version"), QStringLiteral("1"),
        QStringLiteral("--format"), QStringLiteral("pdf2"), QStringLiteral("-o"), out }
                                << QStringLiteral("'pdf2' is not one of pdf, html, json, csv");
    QTest::newRow("unknown stream") << (QStringList { QStringLiteral("report"), QStringLiteral("STORE"),
                                            QStringLiteral("--stream"), QStringLiteral("nobody-1"),
                                            QStringLiteral("--version"), QStringLiteral("1") }
        + tail) << QStringLiteral("no stream 'nobody-1'");
    QTest::newRow("redact without salt") << (QStringList { QStringLiteral("report"), QStringLiteral("STORE"),
                                                 QStringLiteral("--stream"), QStringLiteral("STREAM"),
                                                 QStringLiteral("--version"), QStringLiteral("1"),
                                                 QStringLiteral("--redact"), QStringLiteral("/familyName") }
        + tail) << QStringLiteral("--redact needs --salt");
    QTest::newRow("redact not a pointer")
        << (QStringList { QStringLiteral("report"), QStringLiteral("STORE"), QStringLiteral("--stream"),
                QStringLiteral("STREAM"), QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--redact"),
                QStringLiteral("familyName"), QStringLiteral("--salt"), QStringLiteral("x") }
               + tail)
        << QStringLiteral("'familyName' is not a JSON pointer");
    QTest::newRow("verify: missing report") << QStringList { QStringLiteral("verify-report"),
        QStringLiteral("/nonexistent/r.json"), QStringLiteral("STORE") }
                                            << QStringLiteral("/nonexistent/r.json");
    QTest::newRow("verify: not a report") << QStringList { QStringLiteral("verify-report"), QStringLiteral("STORE"),
        QStringLiteral("STORE") } << QStringLiteral("not a Chronoscope report");
    QTest::newRow("verify: one argument") << QStringList { QStringLiteral("verify-report"), QStringLiteral("STORE") }
                                          << QStringLiteral("needs a REPORT and a STORE");
}

void TestReport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("STORE"), m_store);
    arguments.replaceInStrings(QStringLiteral("STREAM"), m_stream);
    const Run run = chronoscope(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.json")));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
