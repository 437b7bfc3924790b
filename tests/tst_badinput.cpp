// SPDX-License-Identifier: MIT
// The bad-input corpus (issue #11): damaged files and hostile contents, each through the
// command line (`chronoscope info/events/state/verify/graph`, the real binary) and through
// the model. Every case ends in a clear message that names the file and the reason, or in a
// correct result; never a crash or a hang.

#include "audit/auditor.h"
#include "diff/jsondiff.h"
#include "export/eventexport.h"
#include "graph/graphbuilder.h"
#include "graph/reverselinks.h"
#include "index/indexbuilder.h"
#include "replay/mergeprojection.h"
#include "replay/replayer.h"
#include "store/eventstore.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run chronoscope(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments + QStringList { u"--no-cache"_s });
    // A guard against hangs, not a timing assertion: the slowest case takes seconds.
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return { -2, {}, u"did not finish within 5 minutes"_s };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandLine_data();
    void commandLine();
    void damagedFilesInTheModel_data();
    void damagedFilesInTheModel();
    void invalidUtf8InTheModel();
    void sparseRowIdsInTheModel();
    void numberOverflowInTheModel();
    void deepNestingInTheModel();
    void cyclicCausationInTheModel();
    void sameTimestampInTheModel();
    void hugePayloadInTheModel();

private:
    QString store(const QString& name);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_stores;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// The fixture named `name`: a damaged file copied from tests/data/badinput, or a store made
// from tests/data/badinput_NAME.sql on first use (the big ones are generated, not committed).
QString TestBadInput::store(const QString& name)
{
    if (m_stores.contains(name))
        return m_stores.value(name);
    QString path;
    const QString damaged = QStringLiteral(CHRONOSCOPE_TEST_DATA "/badinput/") + name + u".db"_s;
    if (QFileInfo::exists(damaged)) {
        path = m_dir.filePath(name + u".db"_s);
        if (!QFile::copy(damaged, path))
            qFatal("cannot copy %s", qPrintable(damaged));
    } else {
        path = storeFromSqlFile(m_dir, u"badinput_"_s + name + u".sql"_s, name + u".db"_s);
    }
    m_stores.insert(name, path);
    return path;
}

void TestBadInput::commandLine_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("arguments"); // STORE stands for the fixture's file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // on stdout for exit 0 and 1, on stderr (with the path) for 2

    // Damaged files: every command that reads a store says which file and why, exit 2.
    const struct
    {
        const char* fixture;
        const char* reason;
    } damaged[] = {
        { "truncated", "is corrupt (the database disk image is malformed)" },
        { "wrong_page_size", "is not an SQLite database" },
        { "random_after_header", "is corrupt (the database disk image is malformed)" },
    };
    const QList<QStringList> readers {
        { u"info"_s, u"STORE"_s },
        { u"events"_s, u"STORE"_s, u"--format"_s, u"jsonl"_s },
        { u"state"_s, u"STORE"_s, u"--stream"_s, u"family-1"_s },
        { u"verify"_s, u"STORE"_s },
        { u"graph"_s, u"STORE"_s, u"--position"_s, u"0"_s },
    };
    for (const auto& file : damaged) {
        for (const QStringList& command : readers) {
            QTest::addRow("%s: %s", file.fixture, qPrintable(command.constFirst()))
                << QString::fromLatin1(file.fixture) << command << 2 << QString::fromLatin1(file.reason);
        }
    }

    // Invalid UTF-8: read, shown with U+FFFD where it cannot be kept, and reported by verify.
    QTest::newRow("invalid utf-8: info") << u"invalid_utf8"_s << QStringList { u"info"_s, u"STORE"_s } << 0
                                         << u"Events:           4"_s;
    QTest::newRow("invalid utf-8: events jsonl")
        << u"invalid_utf8"_s << QStringList { u"events"_s, u"STORE"_s, u"--format"_s, u"jsonl"_s } << 0
        << u"\"dataError\":"_s;
    QTest::newRow("invalid utf-8: state")
        << u"invalid_utf8"_s << QStringList { u"state"_s, u"STORE"_s, u"--stream"_s, u"utf-1"_s } << 0
        << u"\"name\": \"Ada\""_s;
    QTest::newRow("invalid utf-8: verify")
        << u"invalid_utf8"_s << QStringList { u"verify"_s, u"STORE"_s } << 1 << u"malformed_payload"_s;
    QTest::newRow("invalid utf-8: graph")
        << u"invalid_utf8"_s << QStringList { u"graph"_s, u"STORE"_s, u"--event"_s, u"u-3"_s } << 0 << u"digraph"_s;

    // Row ids far apart (found by fuzz_sqlite_store): indexed, not reserved for.
    QTest::newRow("sparse row ids: info")
        << u"sparse_rowids"_s << QStringList { u"info"_s, u"STORE"_s } << 0 << u"Events:           3"_s;
    QTest::newRow("sparse row ids: state")
        << u"sparse_rowids"_s << QStringList { u"state"_s, u"STORE"_s, u"--stream"_s, u"sparse-1"_s } << 0
        << u"\"n\": 3"_s;
    QTest::newRow("sparse row ids: graph")
        << u"sparse_rowids"_s
        << QStringList { u"graph"_s, u"STORE"_s, u"--event"_s, u"s-3"_s, u"--format"_s, u"json"_s } << 0
        << u"\"s-1\""_s;

    // Numbers beyond a double (found by fuzz_json_payload): shown as unreadable, never a crash.
    QTest::newRow("number overflow: events jsonl")
        << u"number_overflow"_s << QStringList { u"events"_s, u"STORE"_s, u"--format"_s, u"jsonl"_s } << 0
        << u"number overflow parsing '1e400'"_s;
    QTest::newRow("number overflow: events csv")
        << u"number_overflow"_s << QStringList { u"events"_s, u"STORE"_s, u"--format"_s, u"csv"_s } << 0
        << u"{\"\"value\"\":1e400}"_s;
    QTest::newRow("number overflow: state")
        << u"number_overflow"_s << QStringList { u"state"_s, u"STORE"_s, u"--stream"_s, u"huge-number-1"_s } << 0
        << u"\"value\": 1"_s;
    QTest::newRow("number overflow: verify")
        << u"number_overflow"_s << QStringList { u"verify"_s, u"STORE"_s } << 1 << u"malformed_payload"_s;

    // 10,000-deep nesting: checked to 1,024 levels by the audit, never a stack overflow.
    QTest::newRow("deep nesting: info") << u"deep_nesting"_s << QStringList { u"info"_s, u"STORE"_s } << 0
                                        << u"Events:           3"_s;
    QTest::newRow("deep nesting: events jsonl")
        << u"deep_nesting"_s << QStringList { u"events"_s, u"STORE"_s, u"--format"_s, u"jsonl"_s } << 0
        << u"\"eventId\":\"n-3\""_s;
    QTest::newRow("deep nesting: state") << u"deep_nesting"_s
                                         << QStringList { u"state"_s, u"STORE"_s, u"--stream"_s, u"deep-1"_s } << 0
                                         << u"\"depth\": 0"_s;
    QTest::newRow("deep nesting: diff") << u"deep_nesting"_s
                                        << QStringList { u"diff"_s, u"STORE"_s, u"--stream"_s, u"deep-1"_s, u"--from"_s,
                                               u"1"_s, u"--to"_s, u"3"_s }
                                        << 0 << u"\"op\""_s;
    QTest::newRow("deep nesting: verify")
        << u"deep_nesting"_s << QStringList { u"verify"_s, u"STORE"_s } << 1 << u"nested deeper than 1024 levels"_s;
    QTest::newRow("deep nesting: graph") << u"deep_nesting"_s
                                         << QStringList { u"graph"_s, u"STORE"_s, u"--event"_s, u"n-3"_s } << 0
                                         << u"digraph"_s;

    // Cyclic causation: the graph ends, with every event of the correlation once.
    QTest::newRow("cyclic causation: graph")
        << u"cyclic_causation"_s
        << QStringList { u"graph"_s, u"STORE"_s, u"--event"_s, u"c-1"_s, u"--format"_s, u"json"_s } << 0
        << u"\"c-6\""_s;
    QTest::newRow("cyclic causation: graph of the self-caused")
        << u"cyclic_causation"_s << QStringList { u"graph"_s, u"STORE"_s, u"--event"_s, u"c-3"_s } << 0 << u"digraph"_s;
    QTest::newRow("cyclic causation: graph of the ring")
        << u"cyclic_causation"_s << QStringList { u"graph"_s, u"STORE"_s, u"--correlation"_s, u"corr-1"_s } << 0
        << u"digraph"_s;
    QTest::newRow("cyclic causation: verify")
        << u"cyclic_causation"_s << QStringList { u"verify"_s, u"STORE"_s } << 1 << u"dangling_causation"_s;
    QTest::newRow("cyclic causation: state")
        << u"cyclic_causation"_s << QStringList { u"state"_s, u"STORE"_s, u"--stream"_s, u"loop-3"_s } << 0
        << u"\"n\": 6"_s;

    // A million events with one timestamp: a time picks the last of them.
    QTest::newRow("same timestamp: info")
        << u"same_timestamp"_s << QStringList { u"info"_s, u"STORE"_s } << 0 << u"Events:           1,000,001"_s;
    QTest::newRow("same timestamp: state at that time")
        << u"same_timestamp"_s
        << QStringList { u"state"_s, u"STORE"_s, u"--stream"_s, u"burst-1"_s, u"--at"_s, u"2024-03-01T12:00:00Z"_s }
        << 0 << u"\"i\": 1000000"_s;
    QTest::newRow("same timestamp: events in that microsecond")
        << u"same_timestamp"_s
        << QStringList { u"events"_s, u"STORE"_s, u"--from"_s, u"2024-03-01T12:00:00Z"_s, u"--to"_s,
               u"2024-03-01T12:00:00Z"_s, u"--format"_s, u"csv"_s, u"--limit"_s, u"3"_s }
        << 0 << u"2,2024-03-01T12:00:00.000000Z,burst-1,Burst,3,Imported"_s;
    QTest::newRow("same timestamp: verify")
        << u"same_timestamp"_s << QStringList { u"verify"_s, u"STORE"_s } << 0 << u"0 errors, 0 warnings"_s;

    // A 100 MB payload: read, parsed and checked like any other.
    QTest::newRow("100 MB payload: info")
        << u"huge_payload"_s << QStringList { u"info"_s, u"STORE"_s } << 0 << u"Events:           3"_s;
    QTest::newRow("100 MB payload: state")
        << u"huge_payload"_s << QStringList { u"state"_s, u"STORE"_s, u"--stream"_s, u"huge-1"_s } << 0
        << u"\"size\": \"small again\""_s;
    QTest::newRow("100 MB payload: verify")
        << u"huge_payload"_s << QStringList { u"verify"_s, u"STORE"_s } << 0 << u"0 errors, 0 warnings"_s;
    QTest::newRow("100 MB payload: graph")
        << u"huge_payload"_s << QStringList { u"graph"_s, u"STORE"_s, u"--event"_s, u"h-3"_s } << 0 << u"digraph"_s;
}

void TestBadInput::commandLine()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString path = store(fixture);
    for (QString& argument : arguments) {
        if (argument == u"STORE")
            argument = path;
    }
    const Run run = chronoscope(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1, stderr: %2"_s.arg(run.exitCode).arg(run.err.left(2000))));
    if (exitCode == 2) {
        // One line, naming the file and the reason.
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    } else {
        const QString out = QString::fromUtf8(run.out.left(64 * 1024 * 1024));
        QVERIFY2(out.contains(expected), qPrintable(out.left(2000) + u"\nstderr: "_s + run.err.left(2000)));
    }
}

void TestBadInput::damagedFilesInTheModel_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << u"truncated"_s << u"is corrupt"_s;
    QTest::newRow("wrong page size") << u"wrong_page_size"_s << u"is not an SQLite database"_s;
    QTest::newRow("random bytes after a valid header") << u"random_after_header"_s << u"is corrupt"_s;
}

void TestBadInput::damagedFilesInTheModel()
{
    QFETCH(QString, fixture);
    QFETCH(QString, reason);
    const QString path = store(fixture);
    auto opened = openStore(path);
    std::optional<StoreError> error;
    if (!opened) {
        error = opened.error();
    } else {
        auto index = IndexBuilder(**opened).build();
        QVERIFY2(!index, "a damaged store must not index as if it were whole");
        error = index.error();
    }
    QCOMPARE(error->source, path);
    QVERIFY2(error->message().contains(reason), qPrintable(error->message()));
    QVERIFY2(error->message().startsWith(path + u": "_s), qPrintable(error->message()));
}

void TestBadInput::invalidUtf8InTheModel()
{
    auto opened = openStore(store(u"invalid_utf8"_s));
    QVERIFY(opened);
    auto index = IndexBuilder(**opened).build();
    QVERIFY(index);
    QCOMPARE((*index)->size(), 4);
    QVERIFY((*index)->problems().empty());
    // The stream id with a byte FF is its own stream, shown with U+FFFD.
    QCOMPARE((*index)->streams().size(), 2u);
    QCOMPARE((*index)->streams().string((*index)->stream(3)), u"utf-\uFFFD"_s);

    auto audit = runAudit(**opened, *index);
    QVERIFY(audit);
    QStringList malformed;
    for (const Finding& finding : audit->findings)
        malformed << u"%1@%2"_s.arg(finding.codeName()).arg(finding.position);
    QVERIFY2(malformed.contains(u"malformed_payload@1"_s), qPrintable(malformed.join(u", ")));
    QVERIFY2(malformed.contains(u"malformed_payload@2"_s), qPrintable(malformed.join(u", ")));

    MergeProjection merge;
    Replayer replayer(**opened, *index, merge);
    auto state = replayer.state(u"utf-1"_s, 3);
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
    const Json json = Json::parse(state->json.toStdString());
    QCOMPARE(QString::fromStdString(json.value("name", std::string())),
        u"Ada"_s); // the unreadable payloads are noted, not merged
    QVERIFY(json.contains("$unmerged"));
}

void TestBadInput::sparseRowIdsInTheModel()
{
    // Regression (fuzz_sqlite_store): the build reserved lastRowId - firstRowId rows.
    auto opened = openStore(store(u"sparse_rowids"_s));
    QVERIFY(opened);
    auto index = IndexBuilder(**opened).build();
    QVERIFY2(index, qPrintable(index ? QString() : index.error().message()));
    QCOMPARE((*index)->size(), 3);
    QCOMPARE((*index)->rowId(2), Q_INT64_C(9223372036854775000));
    QCOMPARE((*index)->causation(2), 1); // s-3 caused by s-2
    QVERIFY((*index)->memoryUsage() < 64 * 1024 * 1024);
}

void TestBadInput::numberOverflowInTheModel()
{
    // Regression (fuzz_json_payload): out_of_range escaped eventExportLine.
    Event event;
    event.eventId = u"o-2"_s;
    event.streamId = u"huge-number-1"_s;
    event.timestamp = 0;
    event.data = "{\"value\":1e400}";
    event.metadata = "[-1e400]";
    const QByteArray line = eventExportLine(event, 1, EventExportFormat::JsonLines);
    const auto json = nlohmann::json::parse(line.toStdString());
    QVERIFY(json["data"].is_null());
    QCOMPARE(QString::fromStdString(json["dataRaw"].get<std::string>()), u"{\"value\":1e400}"_s);
    QVERIFY2(json["dataError"].get<std::string>().find("number overflow") != std::string::npos, line.constData());
    QVERIFY(json["metadata"].is_null());
    QVERIFY(json.contains("metadataError"));
}

void TestBadInput::deepNestingInTheModel()
{
    auto opened = openStore(store(u"deep_nesting"_s));
    QVERIFY(opened);
    auto index = IndexBuilder(**opened).build();
    QVERIFY(index);
    auto audit = runAudit(**opened, *index);
    QVERIFY(audit);
    int deep = 0;
    for (const Finding& finding : audit->findings) {
        if (finding.codeName() == u"malformed_payload" && finding.message.contains(u"nested deeper than 1024 levels"))
            ++deep;
    }
    QCOMPARE(deep, 2);

    MergeProjection merge;
    Replayer replayer(**opened, *index, merge);
    auto before = replayer.state(u"deep-1"_s, 1);
    auto after = replayer.state(u"deep-1"_s, 3);
    QVERIFY(before && after);
    const Json a = Json::parse(before->json.toStdString());
    const Json b = Json::parse(after->json.toStdString());
    const DiffNode diff = diffJson(a, b);
    QVERIFY(diff.hasChanges());
    // As JSON data: the patch appends added keys at the end of their object.
    QVERIFY(nlohmann::json::parse(a.patch(toJsonPatch(diff)).dump()) == nlohmann::json::parse(b.dump()));
}

void TestBadInput::cyclicCausationInTheModel()
{
    auto opened = openStore(store(u"cyclic_causation"_s));
    QVERIFY(opened);
    auto index = IndexBuilder(**opened).build();
    QVERIFY(index);
    const ReverseLinksPtr links = ReverseLinks::build(**index);
    for (qint64 position = 0; position < (*index)->size(); ++position) {
        auto graph = buildEventGraph(**index, *links, opened->get(), CausationStyle::EventIds, position);
        QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().message));
        QCOMPARE(graph->totalEvents, qint64(6)); // the whole correlation, each event once
        QSet<qint64> positions;
        for (const GraphNode& node : graph->nodes) {
            if (node.kind != GraphNode::Kind::Event)
                continue;
            QVERIFY2(!positions.contains(node.position), "an event drawn twice");
            positions.insert(node.position);
        }
        QCOMPARE(positions.size(), 6);
    }
}

void TestBadInput::sameTimestampInTheModel()
{
    auto opened = openStore(store(u"same_timestamp"_s));
    QVERIFY(opened);
    auto index = IndexBuilder(**opened).build();
    QVERIFY(index);
    QCOMPARE((*index)->size(), 1000001);
    MergeProjection merge;
    Replayer replayer(**opened, *index, merge);
    auto state = replayer.stateAt(u"burst-1"_s, (*index)->timestamp(0));
    QVERIFY(state);
    QCOMPARE(state->count, 1000000); // every event at that microsecond
    QCOMPARE(Json::parse(state->json.toStdString()).value("i", 0), 1000000);
}

void TestBadInput::hugePayloadInTheModel()
{
    auto opened = openStore(store(u"huge_payload"_s));
    QVERIFY(opened);
    auto index = IndexBuilder(**opened).build();
    QVERIFY(index);
    auto event = (*opened)->readEvent((*index)->rowId(1));
    QVERIFY(event);
    QCOMPARE(event->data.size(), 100000011);
    auto audit = runAudit(**opened, *index);
    QVERIFY(audit);
    QStringList codes;
    for (const Finding& finding : audit->findings)
        codes << finding.codeName() + u": "_s + finding.message;
    QVERIFY2(codes.isEmpty(), qPrintable(codes.join(u"; ")));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
