// SPDX-License-Identifier: MIT
// The headless commands, run as a user runs them: the real binary in a real process.

#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

Run chronoscope(const QStringList& arguments, const QString& cacheDirectory = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!cacheDirectory.isEmpty())
        environment.insert(QStringLiteral("CHRONOSCOPE_CACHE_DIR"), cacheDirectory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("chronoscope %s did not finish", qPrintable(arguments.join(u' ')));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sampleWritesAStore();
    void infoText();
    void infoJsonEqualsSql();
    void eventsJsonLines();
    void eventsFilters();
    void eventsCsvAndTable();
    void badInput_data();
    void badInput();
    void stateEqualsTheStoredSnapshot();
    void diffPatchTurnsOneVersionIntoTheNext();
    void diffOfTwoProjectionsShowsTheBug();
    void blameJson();
    void snapshotDriftShowsInDiff();
    void projectionErrors_data();
    void projectionErrors();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    QString m_store;
};

void TestCommandLine::initTestCase()
{
    m_store = m_dir.filePath(QStringLiteral("cli.db"));
    const Run run = chronoscope({ QStringLiteral("sample"), QStringLiteral("--out"), m_store,
        QStringLiteral("--events"), QStringLiteral("5000"), QStringLiteral("--streams"), QStringLiteral("60"),
        QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--anomalies") });
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
}

void TestCommandLine::sampleWritesAStore()
{
    QVERIFY(QFileInfo::exists(m_store));
    QVERIFY(QFileInfo::exists(m_store + QStringLiteral(".anomalies.json")));
    QCOMPARE(query(m_store, "SELECT count(*) FROM events").constFirst(), QStringLiteral("5000"));
    // Refuses to overwrite.
    const Run again = chronoscope({ QStringLiteral("sample"), QStringLiteral("--out"), m_store });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.startsWith(QStringLiteral("chronoscope sample: ") + m_store), qPrintable(again.err));
}

void TestCommandLine::infoText()
{
    const Run run = chronoscope({ QStringLiteral("info"), m_store }, m_cache.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Events:           5,000\n")));
    QVERIFY(run.out.contains(QStringLiteral("Mapping:          seed (table events)\n")));
    QVERIFY(run.out.contains(QStringLiteral("Problems:         0\n")));
}

void TestCommandLine::infoJsonEqualsSql()
{
    const Run run = chronoscope({ QStringLiteral("info"), m_store, QStringLiteral("--json") }, m_cache.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(info.value(u"events").toInteger(), 5000);
    QCOMPARE(QString::number(info.value(u"streams").toInteger()),
        query(m_store, "SELECT count(DISTINCT aggregate_id) FROM events").constFirst());
    QCOMPARE(QString::number(info.value(u"users").toInteger()),
        query(m_store, "SELECT count(DISTINCT coalesce(user_id, '')) FROM events").constFirst());
    QCOMPARE(info.value(u"firstTimestamp").toString(),
        query(m_store, "SELECT min(event_timestamp) FROM events").constFirst());
    QCOMPARE(info.value(u"mapping").toObject().value(u"mapping").toString(), QStringLiteral("seed"));
    const QJsonObject types = info.value(u"eventTypeCounts").toObject();
    for (const QString& row : query(m_store, "SELECT event_type, count(*) FROM events GROUP BY event_type"))
        QCOMPARE(QString::number(types.value(row.section(u'|', 0, 0)).toInteger()), row.section(u'|', 1));
    QCOMPARE(info.value(u"problems").toArray().size(), 0);
}

void TestCommandLine::eventsJsonLines()
{
    const QString stream = query(m_store,
        "SELECT aggregate_id FROM events GROUP BY aggregate_id "
        "ORDER BY count(*) DESC LIMIT 1")
                               .constFirst();
    const Run run = chronoscope({ QStringLiteral("events"), m_store, QStringLiteral("--stream"), stream,
                                    QStringLiteral("--format"), QStringLiteral("jsonl") },
        m_cache.path());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    const QStringList sql = query(m_store,
        QStringLiteral("SELECT rowid - 1, event_id, aggregate_version, event_type, "
                       "event_timestamp FROM events WHERE aggregate_id = '%1' ORDER BY rowid")
            .arg(stream)
            .toUtf8());
    QCOMPARE(lines.size(), sql.size());
    const QStringList keys { u"position"_s, u"eventId"_s, u"streamId"_s, u"aggregateType"_s, u"version"_s, u"type"_s,
        u"schemaVersion"_s, u"timestamp"_s, u"userId"_s, u"correlationId"_s, u"causationId"_s, u"data"_s,
        u"metadata"_s };
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject event = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
        for (const QString& key : keys)
            QVERIFY2(event.contains(key), qPrintable(key));
        const QStringList expected = sql.at(i).split(u'|');
        QCOMPARE(QString::number(event.value(u"position").toInteger()), expected.at(0));
        QCOMPARE(event.value(u"eventId").toString(), expected.at(1));
        QCOMPARE(QString::number(event.value(u"version").toInteger()), expected.at(2));
        QCOMPARE(event.value(u"type").toString(), expected.at(3));
        QCOMPARE(event.value(u"timestamp").toString(), expected.at(4));
        QCOMPARE(event.value(u"streamId").toString(), stream);
    }
}

void TestCommandLine::eventsFilters()
{
    const QString type = query(m_store, "SELECT event_type FROM events LIMIT 1").constFirst();
    const QString from = query(m_store, "SELECT event_timestamp FROM events WHERE rowid = 1000").constFirst();
    const QString to = query(m_store, "SELECT event_timestamp FROM events WHERE rowid = 3000").constFirst();
    const Run run
        = chronoscope({ QStringLiteral("events"), m_store, QStringLiteral("--type"), type, QStringLiteral("--from"),
                          from, QStringLiteral("--to"), to, QStringLiteral("--format"), QStringLiteral("jsonl") },
            m_cache.path());
    QCOMPARE(run.exitCode, 0);
    const QString expected = query(m_store,
        QStringLiteral("SELECT count(*) FROM events WHERE event_type = '%1' AND "
                       "event_timestamp >= '%2' AND event_timestamp <= '%3'")
            .arg(type, from, to)
            .toUtf8())
                                 .constFirst();
    QCOMPARE(QString::number(run.out.count(u'\n')), expected);

    const Run limited = chronoscope({ QStringLiteral("events"), m_store, QStringLiteral("--limit"), QStringLiteral("7"),
                                        QStringLiteral("--format"), QStringLiteral("jsonl") },
        m_cache.path());
    QCOMPARE(limited.out.count(u'\n'), 7);
}

void TestCommandLine::eventsCsvAndTable()
{
    const Run csv = chronoscope({ QStringLiteral("events"), m_store, QStringLiteral("--limit"), QStringLiteral("3"),
                                    QStringLiteral("--format"), QStringLiteral("csv") },
        m_cache.path());
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("position,timestamp,streamId")));
    QVERIFY(lines.at(1).startsWith(
        QStringLiteral("0,") + query(m_store, "SELECT event_timestamp FROM events WHERE rowid = 1").constFirst()));

    const Run table = chronoscope(
        { QStringLiteral("events"), m_store, QStringLiteral("--limit"), QStringLiteral("2") }, m_cache.path());
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(u'\n'), 3);
    QVERIFY(table.out.startsWith(QStringLiteral(" POSITION  TIME (UTC)")));
}

void TestCommandLine::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(u"nope.db"_s);
    QTest::addRow("missing store") << QStringList { u"info"_s, missing }
                                   << u"chronoscope: "_s + missing + u": does not exist"_s;
    QTest::addRow("directory") << QStringList { u"events"_s, m_dir.path() }
                               << u"chronoscope: "_s + m_dir.path() + u": is a directory, not an SQLite file"_s;
    QTest::addRow("no store") << QStringList { u"info"_s } << u"chronoscope info: needs a STORE (an SQLite file)"_s;
    QTest::addRow("unknown stream") << QStringList { u"events"_s, m_store, u"--stream"_s, u"family-none"_s }
                                    << u"chronoscope events: "_s + m_store + u": no stream 'family-none'"_s;
    QTest::addRow("bad time") << QStringList {
        u"events"_s, m_store, u"--from"_s, u"tuesday"_s
    } << u"chronoscope events: --from 'tuesday' is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)"_s;
    QTest::addRow("bad format") << QStringList { u"events"_s, m_store, u"--format"_s, u"xml"_s }
                                << u"chronoscope events: --format 'xml' is not one of table, jsonl, csv"_s;
    QTest::addRow("unknown option") << QStringList { u"info"_s, m_store, u"--colour"_s }
                                    << u"chronoscope: Unknown option 'colour'."_s;
}

void TestCommandLine::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = chronoscope(arguments, m_cache.path());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.section(u'\n', 0, 0), message);
}

namespace {

QString sampleProjection(const char* name)
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/") + QLatin1String(name);
}

} // namespace

void TestCommandLine::stateEqualsTheStoredSnapshot()
{
    // A snapshot the anomalies did not tamper with.
    const QJsonObject manifest = QJsonDocument::fromJson([&] {
        QFile file(m_store + u".anomalies.json"_s);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }())
                                     .object();
    QString drifted;
    for (const QJsonValue& anomaly : manifest.value(u"anomalies").toArray()) {
        if (anomaly.toObject().value(u"code").toString() == u"snapshot_drift")
            drifted = anomaly.toObject().value(u"streamId").toString();
    }
    const QStringList snapshot = query(m_store,
        QStringLiteral("SELECT aggregate_id, aggregate_version, snapshot_data FROM "
                       "snapshots WHERE aggregate_type = 'Family' AND "
                       "aggregate_id <> '%1' LIMIT 1")
            .arg(drifted)
            .toUtf8())
                                     .constFirst()
                                     .split(u'|');
    const Run run = chronoscope({ u"state"_s, m_store, u"--stream"_s, snapshot.at(0), u"--version"_s, snapshot.at(1),
                                    u"--projection"_s, sampleProjection("sample.js") },
        m_cache.path());
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromStdString(nlohmann::ordered_json::parse(run.out.toStdString()).dump()),
        snapshot.mid(2).join(u'|'));
}

void TestCommandLine::diffPatchTurnsOneVersionIntoTheNext()
{
    const QString stream = u"family-000002"_s;
    auto state = [&](const QString& version) {
        const Run run = chronoscope({ u"state"_s, m_store, u"--stream"_s, stream, u"--version"_s, version,
                                        u"--projection"_s, sampleProjection("sample.js") },
            m_cache.path());
        return nlohmann::ordered_json::parse(run.out.toStdString());
    };
    const Run diff = chronoscope({ u"diff"_s, m_store, u"--stream"_s, stream, u"--from"_s, u"3"_s, u"--to"_s, u"9"_s,
                                     u"--projection"_s, sampleProjection("sample.js") },
        m_cache.path());
    QCOMPARE(diff.exitCode, 0);
    const auto patch = nlohmann::ordered_json::parse(diff.out.toStdString());
    QVERIFY(patch.is_array() && !patch.empty());
    QVERIFY(state(u"3"_s).patch(patch) == state(u"9"_s));
}

void TestCommandLine::diffOfTwoProjectionsShowsTheBug()
{
    // family-v2.js keeps "overdue" after a payment clears the balance: somewhere in the
    // families' histories the two projections must disagree on exactly that field.
    bool found = false;
    for (const QString& stream : query(m_store,
             "SELECT DISTINCT aggregate_id FROM events WHERE aggregate_type = "
             "'Family' ORDER BY aggregate_id LIMIT 12")) {
        const Run run = chronoscope({ u"diff"_s, m_store, u"--stream"_s, stream, u"--version"_s, u"40"_s,
                                        u"--projection"_s, sampleProjection("sample.js#family"), u"--vs"_s,
                                        sampleProjection("family-v2.js"), u"--format"_s, u"tree"_s },
            m_cache.path());
        QCOMPARE(run.exitCode, 0);
        if (run.out.contains(u"~ /overdue: false → true"_s)) {
            found = true;
            break;
        }
    }
    QVERIFY(found);
}

void TestCommandLine::blameJson()
{
    const Run run
        = chronoscope({ u"blame"_s, m_store, u"--stream"_s, u"family-000002"_s, u"--path"_s, u"/balanceDueCents"_s,
                          u"--projection"_s, sampleProjection("sample.js"), u"--json"_s },
            m_cache.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonArray changes = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(!changes.isEmpty());
    // Each change's "before" is the previous change's "after".
    for (qsizetype i = 1; i < changes.size(); ++i)
        QCOMPARE(changes.at(i).toObject().value(u"before"), changes.at(i - 1).toObject().value(u"after"));
    const QString firstType = changes.at(0).toObject().value(u"type").toString();
    QVERIFY2(firstType == u"FamilyEnrolled" || firstType == u"PaymentDue", qPrintable(firstType));
}

void TestCommandLine::snapshotDriftShowsInDiff()
{
    QFile file(m_store + u".anomalies.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject drift;
    for (const QJsonValue& anomaly : QJsonDocument::fromJson(file.readAll()).object().value(u"anomalies").toArray()) {
        if (anomaly.toObject().value(u"code").toString() == u"snapshot_drift")
            drift = anomaly.toObject();
    }
    const QString stream = drift.value(u"streamId").toString();
    const qint64 version = drift.value(u"snapshotVersion").toInteger();
    auto diff = [&](qint64 at) {
        return chronoscope({ u"diff"_s, m_store, u"--stream"_s, stream, u"--version"_s, QString::number(at),
                               u"--projection"_s, u"snapshots"_s, u"--vs"_s, sampleProjection("sample.js") },
            m_cache.path());
    };
    const Run drifted = diff(version);
    QCOMPARE(drifted.exitCode, 0);
    const auto patch = nlohmann::ordered_json::parse(drifted.out.toStdString());
    QCOMPARE(int(patch.size()), 1);
    QCOMPARE(QString::fromStdString(patch[0]["path"].get<std::string>()), u"/balanceCents"_s);
    // The snapshot before it agrees with the replay.
    const Run clean = diff(version - 100);
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.out.trimmed(), u"[]"_s);
}

void TestCommandLine::projectionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString data = QStringLiteral(CHRONOSCOPE_TEST_DATA "/projections/");
    QTest::addRow("syntax error") << QStringList { u"state"_s, m_store, u"--stream"_s, u"family-000002"_s,
        u"--projection"_s, data + u"syntax_error.js"_s }
                                  << 3 << u"chronoscope state: syntax_error.js:4:"_s;
    QTest::addRow("throws") << QStringList { u"state"_s, m_store, u"--stream"_s, u"family-000002"_s, u"--projection"_s,
        data + u"throws.js"_s }
                            << 3 << u"chronoscope state: throws.js:5: TypeError"_s;
    QTest::addRow("runaway") << QStringList { u"state"_s, m_store, u"--stream"_s, u"family-000002"_s, u"--projection"_s,
        data + u"loops.js"_s, u"--time-limit"_s, u"200"_s }
                             << 3 << u"chronoscope state: loops.js: the projection ran longer than 200 ms"_s;
    QTest::addRow("missing projection") << QStringList { u"state"_s, m_store, u"--stream"_s, u"family-000002"_s,
        u"--projection"_s, data + u"nope.js"_s }
                                        << 2 << u"chronoscope state: "_s + data + u"nope.js: does not exist"_s;
    QTest::addRow("unknown stream") << QStringList { u"state"_s, m_store, u"--stream"_s, u"family-x"_s } << 2
                                    << u"chronoscope state: "_s + m_store + u": no stream 'family-x'"_s;
    QTest::addRow("version and time") << QStringList { u"state"_s, m_store, u"--stream"_s, u"family-000002"_s,
        u"--version"_s, u"2"_s, u"--at"_s, u"2024-01-01"_s }
                                      << 2 << u"chronoscope state: give --version or --at, not both"_s;
    QTest::addRow("bad pointer") << QStringList { u"blame"_s, m_store, u"--stream"_s, u"family-000002"_s, u"--path"_s,
        u"status"_s } << 2 << u"chronoscope blame: 'status' is not a JSON pointer (use /field/0/child)"_s;
}

void TestCommandLine::projectionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = chronoscope(arguments, m_cache.path());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
