// SPDX-License-Identifier: MIT
// `chronoscope verify`, run as a user runs it: the real binary in a real process, on stores
// written by `chronoscope sample` and on SQL fixtures.

#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Chronoscope::TestUtils;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Index caches go into the test's folder, never the user's.
QString s_cacheDirectory;

Run chronoscope(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CHRONOSCOPE_CACHE_DIR"), s_cacheDirectory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("chronoscope %s did not finish", qPrintable(arguments.join(u' ')));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString sampleProjection()
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js");
}

} // namespace

class TestAuditCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void anomaliesJsonIsTheManifest();
    void anomaliesText();
    void cleanStoreExitsZero();
    void notesAloneExitZero();
    void badInput_data();
    void badInput();
    void usageMentionsVerify();

private:
    QTemporaryDir m_dir;
    QString m_anomalies;
    QString m_clean;
};

void TestAuditCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    s_cacheDirectory = m_dir.filePath(u"cache"_s);
    m_anomalies = m_dir.filePath(u"anomalies.db"_s);
    m_clean = m_dir.filePath(u"clean.db"_s);
    for (const auto& [path, anomalies] : { std::pair { m_anomalies, true }, std::pair { m_clean, false } }) {
        QStringList arguments { u"sample"_s, u"--out"_s, path, u"--events"_s, u"20000"_s, u"--streams"_s, u"400"_s,
            u"--seed"_s, u"8"_s };
        if (anomalies)
            arguments << u"--anomalies"_s;
        const Run run = chronoscope(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void TestAuditCommandLine::anomaliesJsonIsTheManifest()
{
    const Run run = chronoscope(
        { u"verify"_s, m_anomalies, u"--projection"_s, sampleProjection(), u"--format"_s, u"json"_s, u"--no-cache"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QString());
    const auto findings = nlohmann::json::parse(run.out.toStdString());
    QFile file(m_anomalies + u".anomalies.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto manifest = nlohmann::json::parse(file.readAll().toStdString());

    QVERIFY(findings.is_array());
    QCOMPARE(findings.size(), manifest["anomalies"].size());
    // Both are sorted by position.
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& finding = findings[i];
        const auto& entry = manifest["anomalies"][i];
        QCOMPARE(finding["code"].dump(), entry["code"].dump());
        QCOMPARE(finding["position"].dump(), entry["position"].dump());
        QCOMPARE(finding["streamId"].dump(), entry["streamId"].dump());
        QCOMPARE(finding["version"].dump(), entry["version"].dump());
        QCOMPARE(finding["eventId"].dump(), entry["eventId"].dump());
        QVERIFY(finding["severity"] == "error" || finding["severity"] == "warning");
        QVERIFY(finding["timestamp"].get<std::string>().ends_with("Z"));
        QVERIFY(!finding["message"].get<std::string>().empty());
    }
}

void TestAuditCommandLine::anomaliesText()
{
    // Without a projection: everything but unhandled_event_type and snapshot_drift.
    const Run run = chronoscope({ u"verify"_s, m_anomalies, u"--no-cache"_s });
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7 + 1);
    QVERIFY2(lines.at(0).startsWith(u"error   version_gap               position "), qPrintable(lines.at(0)));
    QVERIFY2(lines.last().startsWith(u"4 errors, 3 warnings, 0 notes in 20000 events"), qPrintable(lines.last()));
}

void TestAuditCommandLine::cleanStoreExitsZero()
{
    const Run run = chronoscope({ u"verify"_s, m_clean, u"--projection"_s, sampleProjection() });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"0 errors, 0 warnings, 0 notes in 20000 events"), qPrintable(run.out));
    const Run json = chronoscope({ u"verify"_s, m_clean, u"--format"_s, u"json"_s });
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out.trimmed(), u"[]"_s);
}

void TestAuditCommandLine::notesAloneExitZero()
{
    const QString store = storeFromSqlFile(m_dir, u"audit_causation_names_commands.sql"_s, u"commands.db"_s);
    const Run run = chronoscope({ u"verify"_s, store, u"--format"_s, u"json"_s, u"--no-cache"_s });
    QCOMPARE(run.exitCode, 0);
    const auto findings = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(findings.size(), 1u);
    QCOMPARE(findings[0]["code"].get<std::string>(), std::string("causation_names_commands"));
    QCOMPARE(findings[0]["severity"].get<std::string>(), std::string("note"));
    QVERIFY(findings[0]["position"].is_null());
}

void TestAuditCommandLine::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString missing = QDir::tempPath() + u"/chronoscope-no-such-store.db"_s;
    QTest::newRow("no store") << QStringList { u"verify"_s } << 2 << u"verify: needs a STORE"_s;
    QTest::newRow("missing store") << QStringList { u"verify"_s, missing } << 2 << missing + u": does not exist"_s;
    QTest::newRow("bad format") << QStringList { u"verify"_s, u"STORE"_s, u"--format"_s, u"xml"_s } << 2
                                << u"--format 'xml' is not one of text, json"_s;
    QTest::newRow("bad time limit") << QStringList { u"verify"_s, u"STORE"_s, u"--time-limit"_s, u"soon"_s } << 2
                                    << u"--time-limit 'soon' is not a number"_s;
    QTest::newRow("merge") << QStringList { u"verify"_s, u"STORE"_s, u"--projection"_s, u"merge"_s } << 2
                           << u"--projection needs a JavaScript file"_s;
    QTest::newRow("missing projection") << QStringList { u"verify"_s, u"STORE"_s, u"--projection"_s,
        u"/nonexistent/p.js"_s } << 2 << u"/nonexistent/p.js: does not exist"_s;
    QTest::newRow("unknown definition") << QStringList { u"verify"_s, u"STORE"_s, u"--projection"_s,
        sampleProjection() + u"#nope"_s }
                                        << 2 << u"has no projection 'nope'"_s;
    QTest::newRow("syntax error") << QStringList { u"verify"_s, u"STORE"_s, u"--projection"_s,
        QStringLiteral(CHRONOSCOPE_TEST_DATA "/projections/syntax_error.js") }
                                  << 3 << u"syntax_error.js:"_s;
}

void TestAuditCommandLine::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"STORE"_s, m_clean);
    const Run run = chronoscope(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestAuditCommandLine::usageMentionsVerify()
{
    const Run run = chronoscope({ u"help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"chronoscope verify STORE [--projection FILE[#NAME]] [--format text|json]"));
}

QTEST_GUILESS_MAIN(TestAuditCommandLine)
#include "tst_audit_commandline.moc"
