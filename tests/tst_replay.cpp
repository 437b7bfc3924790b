// SPDX-License-Identifier: MIT
// Projections fold events into the states the user's own code would build; errors are
// reported, never fatal; checkpointed answers equal a full replay.

#include "index/indexbuilder.h"
#include "index/timestampparser.h"
#include "replay/jsprojection.h"
#include "replay/mergeprojection.h"
#include "replay/replayer.h"
#include "replay/replayservice.h"
#include "testutils.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using Json = nlohmann::ordered_json;

namespace {

QString projectionFile(const QString& name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA) + QStringLiteral("/projections/") + name;
}

struct Fixture
{
    QTemporaryDir dir;
    StorePtr store;
    IndexPtr index;

    explicit Fixture(const QString& sqlFile)
    {
        auto opened = openStore(storeFromSqlFile(dir, sqlFile));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message()));
        store = std::move(opened).value();
        index = *IndexBuilder(*store).build();
    }
};

ProjectionPtr load(
    const QString& spec, const QString& stream = {}, const QString& aggregateType = {}, int limitMs = 2000)
{
    ProjectionOptions options;
    options.timeLimitMs = limitMs;
    auto projection = loadProjection(ProjectionSpec::parse(spec), options, stream, aggregateType);
    if (!projection)
        qFatal("%s", qPrintable(projection.error().toString()));
    return std::move(projection).value();
}

// Json values are compared by QVERIFY: QCOMPARE's toString() machinery trips over
// nlohmann's converting templates.
#define COMPARE_JSON(actual, expected)                                                                                 \
    do {                                                                                                               \
        const Json a_ = (actual);                                                                                      \
        const Json e_ = (expected);                                                                                    \
        QVERIFY2(a_ == e_,                                                                                             \
            qPrintable(QStringLiteral("actual %1, expected %2")                                                        \
                           .arg(QString::fromStdString(a_.dump()), QString::fromStdString(e_.dump()))));               \
    } while (false)

Json parsed(const QByteArray& json)
{
    return Json::parse(json.toStdString());
}

QString sampleProjection()
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#account");
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergeProjection();
    void nativeProjectionReturnsAndUpcasts();
    void kurrentFormAgrees();
    void picksTheProjectionForTheStream();
    void stateAtTime();
    void storeWideProjection();
    void errors_data();
    void errors();
    void runawayScriptIsInterrupted();
    void hugePayloadIsSurvived();
    void checkpointsEqualFullReplay();
    void steppingForwardReplaysOneEvent();
    void blameListsTheEventsThatChangedAField();
    void resultNamesTheProjection();
    void serviceDeliversOnlyTheLatestRequest();
    void keepGoingSkipsFailingEvents();
    void upcastEventShowsWhatHandlersSee();
    void serviceReportsBadSources();
};

void TestReplay::mergeProjection()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    MergeProjection merge;
    Replayer replayer(*f.store, f.index, merge);
    auto state = replayer.state(QStringLiteral("account-2"), 3);
    QVERIFY(state);
    // Objects merge key by key, arrays replace, null is kept.
    COMPARE_JSON(
        parsed(state->json), Json::parse(R"({"owner":"Bob","limits":{"daily":null,"weekly":500},"tags":["gold"]})"));
    auto last = replayer.state(QStringLiteral("account-2"), 4);
    QVERIFY(last);
    COMPARE_JSON(parsed(last->json)["$unmerged"], Json::parse("[8]")); // the malformed payload, by position
    COMPARE_JSON(parsed(replayer.state(QStringLiteral("account-2"), 0)->json), Json::object());
}

void TestReplay::nativeProjectionReturnsAndUpcasts()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr projection = load(projectionFile(QStringLiteral("accounts.js#account")));
    Replayer replayer(*f.store, f.index, *projection);
    auto state = replayer.state(QStringLiteral("account-1"), 3);
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
    COMPARE_JSON(parsed(state->json),
        Json::parse(R"({"opened":true,"balance":12.5,"currencies":["EUR","USD"],"owner":"Ada","by":"user-1"})"));
    QCOMPARE(state->version, 3);
    QCOMPARE(state->position, 4);
    COMPARE_JSON(parsed(replayer.state(QStringLiteral("account-1"), 1)->json),
        Json::parse(R"({"opened":true,"balance":0,"currencies":[],"owner":"Ada","by":"user-1"})"));
    QVERIFY(projection->handles(QStringLiteral("MoneyDeposited")));
    QVERIFY(!projection->handles(QStringLiteral("LimitChanged")));
}

void TestReplay::kurrentFormAgrees()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr native = load(projectionFile(QStringLiteral("accounts.js#account")));
    ProjectionPtr kurrent = load(projectionFile(QStringLiteral("kurrent_accounts.js")));
    QCOMPARE(kurrent->info().name, QStringLiteral("kurrent_accounts"));
    QCOMPARE(kurrent->info().notes, QStringList { QStringLiteral("outputState() is ignored") });
    QVERIFY(kurrent->appliesTo(QStringLiteral("account-1"), QStringLiteral("BankAccount")));
    QVERIFY(!kurrent->appliesTo(QStringLiteral("family-1"), QStringLiteral("Family")));
    Replayer a(*f.store, f.index, *native);
    Replayer b(*f.store, f.index, *kurrent);
    for (qint64 version = 0; version <= 3; ++version)
        COMPARE_JSON(parsed(a.state(QStringLiteral("account-1"), version)->json),
            parsed(b.state(QStringLiteral("account-1"), version)->json));
}

void TestReplay::picksTheProjectionForTheStream()
{
    ProjectionPtr family
        = load(projectionFile(QStringLiteral("accounts.js")), QStringLiteral("family-1"), QStringLiteral("Family"));
    QCOMPARE(family->info().name, QStringLiteral("family"));
    auto none = loadProjection(ProjectionSpec::parse(projectionFile(QStringLiteral("accounts.js"))), {},
        QStringLiteral("cart-1"), QStringLiteral("Cart"));
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(
                 QStringLiteral("none of its projections (account, family) applies to stream 'cart-1'")),
        qPrintable(none.error().message));
    auto unnamed = loadProjection(ProjectionSpec::parse(projectionFile(QStringLiteral("accounts.js#nope"))), {});
    QVERIFY(!unnamed);
    QVERIFY(unnamed.error().message.endsWith(QStringLiteral("has no projection 'nope'; it defines: account, family")));
}

void TestReplay::stateAtTime()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr projection = load(projectionFile(QStringLiteral("accounts.js#account")));
    Replayer replayer(*f.store, f.index, *projection);
    auto before = replayer.stateAt(QStringLiteral("account-1"), TimestampParser::parseText("2024-01-02T09:59:59Z"));
    QCOMPARE(before->version, 1);
    auto exact = replayer.stateAt(QStringLiteral("account-1"), TimestampParser::parseText("2024-01-02T10:00:00Z"));
    QCOMPARE(exact->version, 2);
    COMPARE_JSON(parsed(exact->json)["balance"], Json(10));
    auto beforeAll = replayer.stateAt(QStringLiteral("account-1"), TimestampParser::parseText("2023-12-31T00:00:00Z"));
    QCOMPARE(beforeAll->count, 0);
    QCOMPARE(beforeAll->version, 0);
}

void TestReplay::storeWideProjection()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr projection = load(projectionFile(QStringLiteral("all_types.js")));
    QVERIFY(!projection->info().perStream);
    Replayer replayer(*f.store, f.index, *projection);
    auto state = replayer.stateAtPosition(4);
    QVERIFY(state);
    COMPARE_JSON(parsed(state->json), Json::parse(R"({"events":5,"streams":{"account-1":3,"family-1":2}})"));
    auto perStream = replayer.state(QStringLiteral("account-1"), 2);
    QVERIFY(!perStream);
    QVERIFY(perStream.error().message.contains(QStringLiteral("keeps one state for the whole store")));
}

void TestReplay::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addRow("syntax error") << "syntax_error.js" << int(ProjectionError::Kind::Syntax)
                                  << "syntax_error.js:4:43: SyntaxError: Expected token `numeric literal'";
    QTest::addRow("exception") << "throws.js" << int(ProjectionError::Kind::Exception)
                               << "throws.js:5: TypeError: Cannot read property 'field' of undefined (event family-1 "
                                  "v2, position 3, ChildAdded)";
    QTest::addRow("deep recursion") << "recursion.js" << int(ProjectionError::Kind::Exception) << "RangeError";
    QTest::addRow("missing file") << "nowhere.js" << int(ProjectionError::Kind::Load) << "nowhere.js: does not exist";
}

void TestReplay::errors()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    Fixture f(QStringLiteral("replay_small.sql"));
    auto projection = loadProjection(ProjectionSpec::parse(projectionFile(file)), {});
    ProjectionError error;
    if (!projection) {
        error = projection.error();
    } else {
        Replayer replayer(*f.store, f.index, **projection);
        auto state = replayer.state(QStringLiteral("family-1"), 2);
        QVERIFY(!state);
        QVERIFY(state.error().projection);
        error = *state.error().projection;
    }
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.toString().contains(expected), qPrintable(error.toString()));
}

void TestReplay::runawayScriptIsInterrupted()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr projection = load(projectionFile(QStringLiteral("loops.js")), {}, {}, 300);
    Replayer replayer(*f.store, f.index, *projection);
    QElapsedTimer timer;
    timer.start();
    auto state = replayer.state(QStringLiteral("family-1"), 1);
    QVERIFY(!state);
    QCOMPARE(state.error().projection->kind, ProjectionError::Kind::Timeout);
    QVERIFY2(state.error().toString().contains(QStringLiteral("ran longer than 300 ms and was interrupted")),
        qPrintable(state.error().toString()));
    QCOMPARE(state.error().projection->position, 1);
    // The engine is usable again afterwards.
    ProjectionPtr counter = load(projectionFile(QStringLiteral("counter.js")));
    QVERIFY(Replayer(*f.store, f.index, *counter).state(QStringLiteral("family-1"), 2));
}

void TestReplay::hugePayloadIsSurvived()
{
    QTemporaryDir dir;
    QByteArray sql = "CREATE TABLE events(event_id TEXT PRIMARY KEY, event_type TEXT, aggregate_id TEXT, "
                     "aggregate_version INT, event_timestamp TEXT, event_data TEXT);"
                     "INSERT INTO events VALUES ('h1','Uploaded','doc-1',1,'2024-01-01T00:00:00Z','{\"blob\":\"";
    sql += QByteArray(10 * 1024 * 1024, 'x');
    sql += "\",\"size\":10485760}');";
    auto store = openStore(storeFromSql(dir, sql, QStringLiteral("huge.db")));
    QVERIFY(store);
    auto index = IndexBuilder(**store).build();
    ProjectionPtr counter = load(projectionFile(QStringLiteral("counter.js")));
    Replayer replayer(**store, *index, *counter);
    auto state = replayer.state(QStringLiteral("doc-1"), 1);
    QVERIFY(state);
    COMPARE_JSON(parsed(state->json)["last"]["data"]["size"], Json(10485760));
}

void TestReplay::checkpointsEqualFullReplay()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 6000, 20, 12);
    auto store = openStore(path);
    QVERIFY(store);
    IndexPtr index = *IndexBuilder(**store).build();
    // The largest stream, so checkpoints matter.
    quint32 biggest = 0;
    for (quint32 s = 0; s < index->streams().size(); ++s) {
        if (index->streamPositions(s).size() > index->streamPositions(biggest).size())
            biggest = s;
    }
    const QString streamId = index->streams().string(biggest);
    const auto n = static_cast<qint64>(index->streamPositions(biggest).size());
    QVERIFY(n > 200);

    ProjectionPtr checkpointed = load(projectionFile(QStringLiteral("counter.js")));
    ReplayOptions options;
    options.checkpointEvery = 16;
    Replayer replayer(**store, index, *checkpointed, options);
    QRandomGenerator random(42);
    for (int i = 0; i < 40; ++i) {
        const qint64 count = random.bounded(n + 1);
        auto fast = replayer.stateAfter(biggest, count);
        QVERIFY(fast);
        QVERIFY(fast->replayed <= 16 || i == 0 || fast->replayed <= count);
        // A fresh projection and replayer fold everything from the start.
        ProjectionPtr full = load(projectionFile(QStringLiteral("counter.js")));
        ReplayOptions noCheckpoints;
        noCheckpoints.checkpointEvery = n + 1;
        auto slow = Replayer(**store, index, *full, noCheckpoints).stateAfter(biggest, count);
        QVERIFY(slow);
        QCOMPARE(slow->replayed, count);
        QCOMPARE(fast->json, slow->json);
        COMPARE_JSON(parsed(fast->json)["count"], Json(count));
    }
    // The same at random moments, between the stream's first and last event.
    const auto positions = index->streamPositions(biggest);
    const TimeUs first = index->timestamp(positions.front());
    const TimeUs last = index->timestamp(positions.back());
    for (int i = 0; i < 20; ++i) {
        const TimeUs time = first + static_cast<TimeUs>(random.bounded(static_cast<double>(last - first + 1)));
        auto fast = replayer.stateAt(streamId, time);
        ProjectionPtr full = load(projectionFile(QStringLiteral("counter.js")));
        ReplayOptions noCheckpoints;
        noCheckpoints.checkpointEvery = n + 1;
        auto slow = Replayer(**store, index, *full, noCheckpoints).stateAt(streamId, time);
        QVERIFY(fast && slow);
        QCOMPARE(fast->count, slow->count);
        QCOMPARE(fast->json, slow->json);
        QVERIFY(fast->time <= time);
        if (fast->count < n)
            QVERIFY(index->timestamp(positions[static_cast<std::size_t>(fast->count)]) > time);
    }
    QVERIFY(replayer.checkpointCount() > 1);
    QVERIFY(replayer.checkpointBytes() > 0);
}

void TestReplay::steppingForwardReplaysOneEvent()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr projection = load(projectionFile(QStringLiteral("counter.js")));
    Replayer replayer(*f.store, f.index, *projection);
    QCOMPARE(replayer.state(QStringLiteral("account-2"), 2)->replayed, 2);
    QCOMPARE(replayer.state(QStringLiteral("account-2"), 3)->replayed, 1);
    QCOMPARE(replayer.state(QStringLiteral("account-2"), 4)->replayed, 1);
}

void TestReplay::blameListsTheEventsThatChangedAField()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    MergeProjection merge;
    Replayer replayer(*f.store, f.index, merge);
    auto changes = replayer.blame(QStringLiteral("account-2"), QStringLiteral("/limits/daily"));
    QVERIFY(changes);
    QCOMPARE(changes->size(), std::size_t(2));
    QCOMPARE((*changes)[0].version, 1);
    QCOMPARE((*changes)[0].existedBefore, false);
    QCOMPARE((*changes)[0].after, QByteArray("100"));
    QCOMPARE((*changes)[1].version, 3);
    QCOMPARE((*changes)[1].before, QByteArray("100"));
    QCOMPARE((*changes)[1].after, QByteArray("null"));
    QCOMPARE((*changes)[1].userId, QStringLiteral("user-5"));
    auto bad = replayer.blame(QStringLiteral("account-2"), QStringLiteral("limits"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("is not a JSON pointer")));
}

void TestReplay::resultNamesTheProjection()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr projection = load(projectionFile(QStringLiteral("accounts.js#account")));
    QFile source(projectionFile(QStringLiteral("accounts.js")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray sha = QCryptographicHash::hash(source.readAll(), QCryptographicHash::Sha256).toHex();
    auto state = Replayer(*f.store, f.index, *projection).state(QStringLiteral("account-1"), 2);
    QCOMPARE(state->projection.sourceSha256, sha);
    QCOMPARE(state->projection.displayName(), QStringLiteral("accounts.js#account"));
}

void TestReplay::serviceDeliversOnlyTheLatestRequest()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 8000, 20, 13);
    auto store = openStore(path);
    IndexPtr index = *IndexBuilder(**store).build();
    const QString stream = QStringLiteral("account-000001");
    const auto n = static_cast<qint64>(index->streamPositions(index->streams().find(stream).value()).size());

    ReplayService service;
    QSignalSpy ready(&service, &ReplayService::sourceReady);
    QSignalSpy available(&service, &ReplayService::stateAvailable);
    QSignalSpy failed(&service, &ReplayService::stateFailed);
    service.setSource(path, index, ProjectionSpec::parse(sampleProjection()));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);

    // Scrubbing: fifty requests in a burst, as a dragged slider sends them.
    quint64 last = 0;
    for (qint64 i = 1; i <= 50; ++i)
        last = service.requestState(stream, n * i / 50);
    QTRY_COMPARE_WITH_TIMEOUT(available.size(), 1, 30000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(available.constFirst().at(0).toULongLong(), last);
    const auto answer = available.constFirst().at(1).value<StateAnswer>();
    const StateResult& result = answer.state;
    QCOMPARE(result.count, n);
    // The answer carries the applied event and what it changed.
    QCOMPARE(answer.event.position, result.position);
    QVERIFY(!answer.event.data.isEmpty());
    QVERIFY(answer.change && answer.change->hasChanges());
    QVERIFY(answer.json && answer.json->contains("balanceCents"));
    QVERIFY(service.computedRequests() < 50);

    ProjectionPtr projection = load(sampleProjection());
    COMPARE_JSON(parsed(result.json), parsed(Replayer(**store, index, *projection).state(stream, n)->json));
}

void TestReplay::keepGoingSkipsFailingEvents()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr projection = load(projectionFile(QStringLiteral("throws.js")));
    ReplayOptions options;
    options.keepGoing = true;
    Replayer replayer(*f.store, f.index, *projection, options);
    auto state = replayer.state(QStringLiteral("family-1"), 2);
    QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
    QCOMPARE(state->count, 2);
    QCOMPARE(state->skipped.size(), std::size_t(1));
    QCOMPARE(state->skipped.front().position, 3);
    QCOMPARE(state->skipped.front().line, 5);
    QVERIFY(state->skipped.front().toString().contains(QStringLiteral("TypeError")));
    // Served again from the live state or a checkpoint, the skipped event is still reported.
    QCOMPARE(replayer.state(QStringLiteral("family-1"), 2)->skipped.size(), std::size_t(1));
    QCOMPARE(replayer.state(QStringLiteral("family-1"), 1)->skipped.size(), std::size_t(0));
}

void TestReplay::upcastEventShowsWhatHandlersSee()
{
    Fixture f(QStringLiteral("replay_small.sql"));
    ProjectionPtr projection = load(projectionFile(QStringLiteral("accounts.js#account")));
    auto raw = f.store->readEvent(3);
    QVERIFY(raw);
    raw->position = 2;
    const auto upcast = projection->upcastEvent(*raw);
    QVERIFY(upcast);
    const Json event = parsed(*upcast);
    COMPARE_JSON(event["data"], Json::parse(R"({"amount":10,"currency":"EUR"})"));
    COMPARE_JSON(event["schemaVersion"], Json(2));
    COMPARE_JSON(event["position"], Json(2));
    MergeProjection merge;
    QVERIFY(!merge.upcastEvent(*raw));
}

void TestReplay::serviceReportsBadSources()
{
    QTemporaryDir dir;
    ReplayService service;
    QSignalSpy failed(&service, &ReplayService::sourceFailed);
    service.setSource(dir.filePath(QStringLiteral("gone.db")), {}, ProjectionSpec::parse(QStringLiteral("merge")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const auto error = failed.constFirst().at(0).value<ReplayError>();
    QVERIFY(error.store);
    QVERIFY2(error.toString().endsWith(QStringLiteral("gone.db: does not exist")), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
