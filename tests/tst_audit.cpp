// SPDX-License-Identifier: MIT
// The audit (model/audit) on real SQLite files: one small fixture per finding code, the
// sample store with planted anomalies (every one found where the manifest says, nothing
// else), clean stores, malformed payloads of every kind, cancellation and the job.
#include "audit/auditjob.h"
#include "audit/auditor.h"
#include "audit/jsonchecker.h"
#include "index/indexbuilder.h"
#include "sample/samplegenerator.h"
#include "testutils.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using namespace Qt::StringLiterals;

namespace {

struct Audited
{
    StorePtr store;
    IndexPtr index;
};

Audited openIndexed(const QString& path)
{
    auto store = openStore(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    IndexBuilder builder(**store);
    auto index = builder.build();
    if (!index)
        qFatal("%s", qPrintable(index.error().message()));
    return { std::move(store).value(), *index };
}

QString projectionFile()
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA "/audit_projection.js");
}

AuditResult audit(const QString& path, const QString& projection = {})
{
    Audited audited = openIndexed(path);
    AuditOptions options;
    if (!projection.isEmpty())
        options.projection = ProjectionSpec::parse(projection);
    auto result = runAudit(*audited.store, audited.index, options);
    if (!result)
        qFatal("audit failed: %s", qPrintable(result.error().toString()));
    return *result;
}

/// "code@position" for every finding, in order.
QStringList describe(const Findings& findings)
{
    QStringList lines;
    for (const Finding& finding : findings)
        lines << finding.codeName() + u'@' + QString::number(finding.position);
    return lines;
}

const Finding* findCode(const Findings& findings, FindingCode code)
{
    for (const Finding& finding : findings) {
        if (finding.code == code)
            return &finding;
    }
    return nullptr;
}

nlohmann::json manifestOf(const QString& store)
{
    QFile file(store + u".anomalies.json");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no manifest beside %s", qPrintable(store));
    return nlohmann::json::parse(file.readAll().toStdString());
}

QString sampleProjection()
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js");
}

// Stops the audit once it has seen `after` events.
class CancellingObserver final : public AuditObserver
{
public:
    explicit CancellingObserver(qint64 after)
        : m_after(after)
    { }
    bool isCanceled() const override { return m_done >= m_after; }
    void progress(qint64 done, qint64) override { m_done = done; }

private:
    qint64 m_after;
    qint64 m_done = 0;
};

// A store without its own scanWithPayloads(): the audit then uses EventStore's default,
// which reads each payload by row id.
class PlainStore final : public EventStore
{
public:
    explicit PlainStore(StorePtr inner)
        : m_inner(std::move(inner))
    { }
    QString source() const override { return m_inner->source(); }
    QString identity() const override { return m_inner->identity(); }
    const StoreMapping& mapping() const override { return m_inner->mapping(); }
    Expected<qint64, StoreError> lastRowId() override { return m_inner->lastRowId(); }
    Expected<qint64, StoreError> scan(qint64 afterRowId, qint64 limit, RowSink& sink) override
    {
        return m_inner->scan(afterRowId, limit, sink);
    }
    Expected<Event, StoreError> readEvent(qint64 rowId) override { return m_inner->readEvent(rowId); }
    Expected<qint64, StoreError> rowIdOfEvent(std::string_view eventId) override
    {
        return m_inner->rowIdOfEvent(eventId);
    }
    bool hasSnapshots() const override { return m_inner->hasSnapshots(); }
    Expected<std::vector<StoredSnapshot>, StoreError> snapshots(const QString& streamId) override
    {
        return m_inner->snapshots(streamId);
    }
    Expected<std::unique_ptr<EventStore>, StoreError> clone() const override { return m_inner->clone(); }
    void interrupt() override { m_inner->interrupt(); }

private:
    StorePtr m_inner;
};

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void evidence();
    void malformedPayloadOffsets();
    void defaultPayloadScanFindsTheSame();
    void jsonChecker_data();
    void jsonChecker();
    void snapshotDriftPartsExactly();
    void anomaliesAreExactlyTheManifest_data();
    void anomaliesAreExactlyTheManifest();
    void cleanSampleStoreHasNoProblems();
    void findingJson();
    void brokenProjectionFailsBeforeScanning();
    void cancelStops();
    void storeChangedSinceIndexing();
    void jobDeliversBatchesAndFinishes();

private:
    QTemporaryDir m_dir;
};

void TestAudit::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("withProjection");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("clean") << u"audit_clean.sql"_s << false << none;
    QTest::newRow("clean, with projection") << u"audit_clean.sql"_s << true << none;
    QTest::newRow("version_gap") << u"audit_version_gap.sql"_s << false
                                 << QStringList { u"version_gap@2"_s, u"version_gap@3"_s };
    QTest::newRow("duplicate_version") << u"audit_duplicate_version.sql"_s << false
                                       << QStringList { u"duplicate_version@2"_s };
    QTest::newRow("version_out_of_order") << u"audit_version_out_of_order.sql"_s << false
                                          << QStringList { u"version_gap@1"_s, u"version_out_of_order@2"_s };
    QTest::newRow("duplicate_event_id") << u"audit_duplicate_event_id.sql"_s << false
                                        << QStringList { u"duplicate_event_id@2"_s };
    QTest::newRow("timestamp_backwards") << u"audit_timestamp_backwards.sql"_s << false
                                         << QStringList { u"timestamp_backwards@2"_s };
    QTest::newRow("dangling_causation") << u"audit_dangling_causation.sql"_s << false
                                        << QStringList { u"dangling_causation@4"_s, u"dangling_causation@5"_s };
    QTest::newRow("causation_names_commands")
        << u"audit_causation_names_commands.sql"_s << false << QStringList { u"causation_names_commands@-1"_s };
    QTest::newRow("correlation_without_root")
        << u"audit_correlation_without_root.sql"_s << false << QStringList { u"correlation_without_root@1"_s };
    QTest::newRow("malformed_payload") << u"audit_malformed_payload.sql"_s << false
                                       << QStringList { u"malformed_payload@0"_s, u"malformed_payload@1"_s,
                                              u"malformed_payload@2"_s, u"malformed_payload@3"_s,
                                              u"malformed_payload@6"_s };
    QTest::newRow("malformed_metadata") << u"audit_malformed_metadata.sql"_s << false
                                        << QStringList { u"malformed_metadata@1"_s };
    QTest::newRow("missing_compensated_event")
        << u"audit_missing_compensated_event.sql"_s << false
        << QStringList { u"missing_compensated_event@2"_s, u"missing_compensated_event@3"_s };
    QTest::newRow("unparseable_timestamp")
        << u"audit_unparseable_timestamp.sql"_s << false << QStringList { u"unparseable_timestamp@1"_s };
    QTest::newRow("index problems") << u"audit_index_problems.sql"_s << false
                                    << QStringList { u"missing_timestamp@1"_s, u"missing_stream_id@2"_s,
                                           u"bad_version@3"_s };
    QTest::newRow("too_many_event_types")
        << u"audit_too_many_event_types.sql"_s << false
        << QStringList { u"too_many_event_types@65535"_s, u"too_many_event_types@65536"_s };
    QTest::newRow("unhandled_event_type")
        << u"audit_unhandled_event_type.sql"_s << true << QStringList { u"unhandled_event_type@1"_s };
    QTest::newRow("unhandled_event_type needs a projection") << u"audit_unhandled_event_type.sql"_s << false << none;
    QTest::newRow("projection_error") << u"audit_projection_error.sql"_s << true
                                      << QStringList { u"projection_error@1"_s };
    QTest::newRow("snapshot_drift") << u"audit_snapshot_drift.sql"_s << true << QStringList { u"snapshot_drift@4"_s };
    QTest::newRow("malformed_snapshot") << u"audit_malformed_snapshot.sql"_s << true
                                        << QStringList { u"malformed_snapshot@1"_s };
}

void TestAudit::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(bool, withProjection);
    QFETCH(QStringList, expected);
    const QString path = storeFromSqlFile(m_dir, fixture, QString::fromLatin1(QTest::currentDataTag()) + u".db");
    const AuditResult result = audit(path, withProjection ? projectionFile() : QString());
    QCOMPARE(describe(result.findings), expected);
    for (const Finding& finding : result.findings) {
        QCOMPARE(finding.severity, severityOf(finding.code));
        QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.codeName()));
        if (!finding.isStoreWide()) {
            QVERIFY2(!finding.eventId.isEmpty(), qPrintable(finding.codeName()));
            QVERIFY(finding.time != kInvalidTime || finding.code == FindingCode::UnparseableTimestamp
                || finding.code == FindingCode::MissingTimestamp);
        }
    }
    QCOMPARE(result.summary.findings(), qint64(expected.size()));
}

void TestAudit::evidence()
{
    {
        const auto result = audit(storeFromSqlFile(m_dir, u"audit_version_gap.sql"_s, u"gap.db"_s));
        const Finding& gap = result.findings.at(0);
        QCOMPARE(gap.streamId, u"ledger-1"_s);
        QCOMPARE(gap.version, 4);
        QCOMPARE(gap.eventId, u"e3"_s);
        QCOMPARE(gap.evidence["missingFrom"].get<int>(), 3);
        QCOMPARE(gap.evidence["missingTo"].get<int>(), 3);
        QCOMPARE(gap.message, u"ledger-1 jumps from version 2 to 4; version 3 was never written"_s);
    }
    {
        const auto result = audit(storeFromSqlFile(m_dir, u"audit_dangling_causation.sql"_s, u"dangling.db"_s));
        QCOMPARE(result.findings.at(0).evidence["causationId"].get<std::string>(), "nope");
        QVERIFY(!result.findings.at(0).evidence.contains("causePosition"));
        QCOMPARE(result.findings.at(1).evidence["causePosition"].get<int>(), 6);
    }
    {
        const auto result = audit(storeFromSqlFile(m_dir, u"audit_causation_names_commands.sql"_s, u"commands.db"_s));
        const Finding& note = result.findings.at(0);
        QCOMPARE(note.severity, Severity::Note);
        QCOMPARE(note.evidence["dangling"].get<int>(), 4);
        QCOMPARE(note.evidence["eventsWithCausation"].get<int>(), 4);
        QVERIFY(!result.summary.hasProblems());
    }
    {
        const auto result
            = audit(storeFromSqlFile(m_dir, u"audit_projection_error.sql"_s, u"throws.db"_s), projectionFile());
        const Finding* error = findCode(result.findings, FindingCode::ProjectionError);
        QVERIFY(error);
        QCOMPARE(error->evidence["line"].get<int>(), 13);
        QVERIFY(error->evidence["file"].get<std::string>().ends_with("audit_projection.js"));
        QCOMPARE(error->evidence["events"].get<int>(), 2);
        QCOMPARE(error->evidence["positions"].dump(), "[1,3]");
        QVERIFY2(error->message.contains(u"audit_projection.js:13"), qPrintable(error->message));
        QVERIFY2(error->message.contains(u"cannot explode boiler"), qPrintable(error->message));
        const Finding* unhandled = findCode(result.findings, FindingCode::UnhandledEventType);
        QVERIFY(!unhandled); // Explode has a handler; only Added and Explode occur
    }
    {
        const auto result
            = audit(storeFromSqlFile(m_dir, u"audit_unhandled_event_type.sql"_s, u"unhandled.db"_s), projectionFile());
        const Finding& unhandled = result.findings.at(0);
        QCOMPARE(unhandled.evidence["type"].get<std::string>(), "Renamed");
        QCOMPARE(unhandled.evidence["events"].get<int>(), 2);
        QCOMPARE(unhandled.evidence["projection"].get<std::string>(), "audit_projection.js#ledger");
    }
    {
        const auto result = audit(storeFromSqlFile(m_dir, u"audit_missing_compensated_event.sql"_s, u"comp.db"_s));
        QCOMPARE(result.findings.at(0).evidence["originalEventId"].get<std::string>(), "ghost");
        QCOMPARE(result.findings.at(1).evidence["originalEventId"].get<std::string>(), "ghost-2");
    }
}

void TestAudit::malformedPayloadOffsets()
{
    const auto result = audit(storeFromSqlFile(m_dir, u"audit_malformed_payload.sql"_s, u"offsets.db"_s));
    QCOMPARE(result.findings.size(), 5);
    auto offsetOf = [&](int i) { return result.findings.at(i).evidence["offset"].get<qint64>(); };
    auto bytesOf = [&](int i) { return result.findings.at(i).evidence["bytes"].get<qint64>(); };
    // Truncated: it ends where the value should start.
    QCOMPARE(offsetOf(0), 10);
    QCOMPARE(bytesOf(0), 10);
    // The Latin-1 é is byte 12; the reader notices at it or at the quote after it.
    QVERIFY2(offsetOf(1) == 12 || offsetOf(1) == 13, qPrintable(QString::number(offsetOf(1))));
    QVERIFY(result.findings.at(1).message.contains(u"UTF-8"));
    // Nesting: the 1025th bracket is where it becomes too deep.
    QCOMPARE(offsetOf(2), 1024);
    QCOMPARE(bytesOf(2), 200001);
    QVERIFY(result.findings.at(2).message.contains(u"nested deeper than 1024"));
    // 4 MB cut short: the end.
    QCOMPARE(bytesOf(3), 4000009);
    QCOMPARE(offsetOf(3), 4000009);
    // UTF-16: the NUL after the brace.
    QCOMPARE(offsetOf(4), 1);
    QCOMPARE(result.summary.payloadsChecked, 7); // the NULL payload is not a text
}

void TestAudit::defaultPayloadScanFindsTheSame()
{
    for (const QString& fixture : { u"audit_malformed_payload.sql"_s, u"audit_missing_compensated_event.sql"_s }) {
        const QString path = storeFromSqlFile(m_dir, fixture, u"plain-"_s + fixture + u".db"_s);
        const AuditResult direct = audit(path);
        Audited audited = openIndexed(path);
        PlainStore plain(std::move(audited.store));
        auto viaDefault = runAudit(plain, audited.index);
        QVERIFY(viaDefault);
        QCOMPARE(describe(viaDefault->findings), describe(direct.findings));
        QVERIFY(!direct.findings.isEmpty());
        QCOMPARE(viaDefault->summary.payloadBytes, direct.summary.payloadBytes);
    }
}

void TestAudit::jsonChecker_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("object") << QByteArray(R"({"a":[1,2,{"b":null}]})") << true << qint64(-1);
    QTest::newRow("scalar") << QByteArray("42") << true << qint64(-1);
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false << qint64(7);
    QTest::newRow("trailing garbage") << QByteArray("{} x") << false << qint64(3);
    QTest::newRow("empty") << QByteArray("") << false << qint64(0);
    QTest::newRow("number overflow") << QByteArray("[1e400]") << false << qint64(5);
    QTest::newRow("1024 deep is fine") << QByteArray(1024, '[') + QByteArray(1024, ']') << true << qint64(-1);
    QTest::newRow("1025 deep") << QByteArray(1025, '[') + QByteArray(1025, ']') << false << qint64(1024);
    QTest::newRow("brackets in strings do not count")
        << QByteArray(R"([")") + QByteArray(5000, '[') + QByteArray(R"("])") << true << qint64(-1);
}

void TestAudit::jsonChecker()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, offset);
    JsonChecker checker;
    const auto problem = checker.check(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    QCOMPARE(!problem.has_value(), valid);
    if (problem) {
        QCOMPARE(problem->offset, offset);
        QVERIFY(!problem->reason.isEmpty());
    }
    // The checker is reusable after any outcome.
    QVERIFY(!checker.check(R"({"original_event_id":"x"})"));
    QCOMPARE(checker.topLevelString("original_event_id").value_or(""), std::string_view("x"));
    QVERIFY(!checker.topLevelString("missing"));
}

void TestAudit::snapshotDriftPartsExactly()
{
    const auto result = audit(storeFromSqlFile(m_dir, u"audit_snapshot_drift.sql"_s, u"drift.db"_s), projectionFile());
    QCOMPARE(result.findings.size(), 1);
    const Finding& drift = result.findings.at(0);
    QCOMPARE(drift.streamId, u"ledger-1"_s);
    QCOMPARE(drift.version, 5);
    QCOMPARE(drift.eventId, u"e5"_s);
    const auto& evidence = drift.evidence;
    QCOMPARE(evidence["snapshotVersion"].get<int>(), 5);
    QCOMPARE(evidence["paths"].dump(), R"(["/count","/total"])");
    QCOMPARE(evidence["stored"]["/total"].get<int>(), 10);
    QCOMPARE(evidence["replayed"]["/total"].get<int>(), 15);
    QCOMPARE(evidence["partsAfter"]["version"].get<int>(), 5);
    QCOMPARE(evidence["partsAfter"]["position"].get<int>(), 4);
    QCOMPARE(evidence["partsAfter"]["exact"].get<bool>(), true);
    QCOMPARE(evidence["agreedAtVersion"].get<int>(), 2);
    // The RFC 6902 diff turns the replay into the stored snapshot.
    auto replayed = nlohmann::ordered_json { { "count", 5 }, { "total", 15 } };
    QCOMPARE(replayed.patch(evidence["diff"]).dump(), R"({"count":4,"total":10})");
    QCOMPARE(result.summary.snapshotsCompared, 3);
    QVERIFY2(drift.message.contains(u"they part after the event at version 5"), qPrintable(drift.message));
}

void TestAudit::anomaliesAreExactlyTheManifest_data()
{
    QTest::addColumn<qint64>("events");
    QTest::addColumn<qint64>("streams");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("20000 events, seed 8") << qint64(20000) << qint64(400) << quint64(8);
    QTest::newRow("5000 events, seed 3") << qint64(5000) << qint64(120) << quint64(3);
}

void TestAudit::anomaliesAreExactlyTheManifest()
{
    QFETCH(qint64, events);
    QFETCH(qint64, streams);
    QFETCH(quint64, seed);
    const QString path = sampleStore(m_dir, events, streams, seed, true, u"anomalies-%1.db"_s.arg(seed));
    const nlohmann::json manifest = manifestOf(path);
    const AuditResult result = audit(path, sampleProjection());

    QStringList expected;
    for (const auto& entry : manifest["anomalies"])
        expected << QString::fromStdString(entry["code"].get<std::string>()) + u'@'
                + QString::number(entry["position"].get<qint64>());
    QStringList reported;
    for (const Finding& finding : result.findings) {
        if (finding.severity != Severity::Note)
            reported << finding.codeName() + u'@' + QString::number(finding.position);
    }
    expected.sort();
    reported.sort();
    QCOMPARE(reported, expected); // precision and recall both 100 %
    QCOMPARE(expected.size(), 9);

    // Each finding names the manifest's event.
    for (const auto& entry : manifest["anomalies"]) {
        const auto code = findingCodeFromName(QString::fromStdString(entry["code"].get<std::string>()));
        QVERIFY(code);
        const Finding* finding = findCode(result.findings, *code);
        QVERIFY(finding);
        QCOMPARE(finding->streamId, QString::fromStdString(entry["streamId"].get<std::string>()));
        QCOMPARE(finding->version, entry["version"].get<qint64>());
        QCOMPARE(finding->eventId, QString::fromStdString(entry["eventId"].get<std::string>()));
        if (entry.contains("snapshotVersion"))
            QCOMPARE(finding->evidence["snapshotVersion"].get<qint64>(), entry["snapshotVersion"].get<qint64>());
    }
    const Finding* drift = findCode(result.findings, FindingCode::SnapshotDrift);
    QCOMPARE(drift->evidence["paths"].size(), 1u);
    QVERIFY(result.summary.snapshotsCompared > 0);
    QCOMPARE(result.summary.events, events);
}

void TestAudit::cleanSampleStoreHasNoProblems()
{
    const QString path = sampleStore(m_dir, 20000, 400, 8, false, u"clean-sample.db"_s);
    const AuditResult withProjection = audit(path, sampleProjection());
    QCOMPARE(describe(withProjection.findings), QStringList());
    QVERIFY(withProjection.summary.snapshotsCompared > 50);
    QCOMPARE(withProjection.summary.projections.size(), 5); // family, account, cart, order, inventory
    QCOMPARE(withProjection.summary.eventsReplayed, qint64(20000));
    const AuditResult withoutProjection = audit(path);
    QCOMPARE(describe(withoutProjection.findings), QStringList());
    QCOMPARE(withoutProjection.summary.eventsReplayed, qint64(0));

    // Many checkouts: the busiest products' inventory streams have snapshots too.
    const QString carts = sampleStore(m_dir, 50000, 5000, 21, false, u"clean-carts.db"_s);
    QVERIFY(query(carts, "SELECT count(*) FROM snapshots WHERE aggregate_type = 'Inventory'").value(0).toInt() > 0);
    const AuditResult cartsAudit = audit(carts, sampleProjection());
    QCOMPARE(describe(cartsAudit.findings), QStringList());
}

void TestAudit::findingJson()
{
    const auto result = audit(storeFromSqlFile(m_dir, u"audit_version_gap.sql"_s, u"json.db"_s));
    const nlohmann::ordered_json json = result.findings.at(0).toJson();
    QCOMPARE(QString::fromStdString(json.dump()),
        uR"({"code":"version_gap","severity":"error","streamId":"ledger-1","version":4,"position":2,)"
        uR"("eventId":"e3","timestamp":"2024-01-01T10:00:02.000000Z","message":"ledger-1 jumps from version 2 to 4; )"
        uR"(version 3 was never written","evidence":{"previousVersion":2,"missingFrom":3,"missingTo":3}})"_s);
    for (int i = 0; i < kFindingCodeCount; ++i) {
        const auto code = static_cast<FindingCode>(i);
        QCOMPARE(findingCodeFromName(findingCodeName(code)), code);
        QVERIFY(!findingTitle(code).isEmpty());
    }
}

void TestAudit::brokenProjectionFailsBeforeScanning()
{
    Audited audited = openIndexed(storeFromSqlFile(m_dir, u"audit_clean.sql"_s, u"broken.db"_s));
    for (const QString& spec : QStringList { QStringLiteral(CHRONOSCOPE_TEST_DATA "/projections/syntax_error.js"),
             QStringLiteral(CHRONOSCOPE_TEST_DATA "/no-such.js"), projectionFile() + u"#nope"_s, u"merge"_s }) {
        AuditOptions options;
        options.projection = ProjectionSpec::parse(spec);
        CancellingObserver never(std::numeric_limits<qint64>::max());
        const auto result = Auditor(*audited.store, audited.index, options).run(&never);
        QVERIFY2(!result, qPrintable(spec));
        QCOMPARE(result.error().kind, AuditError::Kind::Projection);
        QVERIFY(!result.error().toString().isEmpty());
    }
}

void TestAudit::cancelStops()
{
    const QString path = sampleStore(m_dir, 20000, 400, 5, false, u"cancel.db"_s);
    Audited audited = openIndexed(path);
    AuditOptions options;
    options.chunkRows = 1000;
    CancellingObserver observer(4096);
    const auto result = Auditor(*audited.store, audited.index, options).run(&observer);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, AuditError::Kind::Cancelled);

    // And in the projection phase.
    options.projection = ProjectionSpec::parse(sampleProjection());
    CancellingObserver late(20000 + 100);
    const auto replaying = Auditor(*audited.store, audited.index, options).run(&late);
    QVERIFY(!replaying);
    QCOMPARE(replaying.error().kind, AuditError::Kind::Cancelled);
}

void TestAudit::storeChangedSinceIndexing()
{
    const QString path = storeFromSqlFile(m_dir, u"audit_clean.sql"_s, u"changed.db"_s);
    Audited audited = openIndexed(path);
    // Appended events are outside the audit; a deleted one means the index is stale.
    execWritable(path,
        "INSERT INTO events VALUES ('e9','Added',1,'ledger-9','Ledger',1,'{}','2024-01-02T00:00:00Z',"
        "'u1',NULL,NULL)");
    auto appended = runAudit(*audited.store, audited.index);
    QVERIFY(appended);
    QCOMPARE(appended->summary.events, audited.index->size());
    execWritable(path, "DELETE FROM events WHERE event_id = 'e3'");
    auto deleted = runAudit(*audited.store, audited.index);
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().kind, AuditError::Kind::StoreChanged);
    QVERIFY2(deleted.error().toString().contains(u"index it again"), qPrintable(deleted.error().toString()));
}

void TestAudit::jobDeliversBatchesAndFinishes()
{
    const QString path = sampleStore(m_dir, 20000, 400, 8, true, u"job.db"_s);
    Audited audited = openIndexed(path);
    AuditJob job;
    QSignalSpy batches(&job, &AuditJob::findingsAvailable);
    QSignalSpy finished(&job, &AuditJob::auditFinished);
    QSignalSpy failed(&job, &AuditJob::auditFailed);
    QSignalSpy progress(&job, &AuditJob::progressChanged);
    AuditOptions options;
    options.findingsPerBatch = 2;
    options.projection = ProjectionSpec::parse(sampleProjection());
    job.start(path, audited.index, options);
    QVERIFY(job.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!job.isRunning());
    QVERIFY(batches.size() >= 5); // 9 findings in batches of at most 2
    qint64 total = 0;
    for (const auto& arguments : batches) {
        const auto batch = arguments.at(0).value<Findings>();
        QVERIFY(batch.size() <= 2);
        total += batch.size();
    }
    QCOMPARE(total, 9);
    const auto summary = finished.at(0).at(0).value<AuditSummary>();
    QCOMPARE(summary.findings(), 9);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());

    // A newer start supersedes: only its result arrives.
    QSignalSpy failedAgain(&job, &AuditJob::auditFailed);
    job.start(path, audited.index, options);
    job.start(m_dir.filePath(u"missing.db"_s), audited.index, options);
    QTRY_COMPARE_WITH_TIMEOUT(failedAgain.size(), 1, 60000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failedAgain.at(0).at(0).value<AuditError>().kind, AuditError::Kind::Store);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
