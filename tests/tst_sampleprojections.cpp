// SPDX-License-Identifier: MIT
// The sample projections in resources/projections reproduce the states the sample
// store's own system wrote (its snapshots), in both forms, and agree with a fold written
// here in C++; family-v2.js carries the bug it documents.

#include "index/indexbuilder.h"
#include "replay/jsprojection.h"
#include "replay/replayer.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using Json = nlohmann::ordered_json;

namespace {

QString sampleProjection(const QString& relative)
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/") + relative;
}

ProjectionPtr load(const QString& spec)
{
    auto projection = loadProjection(ProjectionSpec::parse(spec), {});
    if (!projection)
        qFatal("%s", qPrintable(projection.error().toString()));
    return std::move(projection).value();
}

qint64 cents(double amount)
{
    return std::llround(amount * 100);
}

} // namespace

class TestSampleProjections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void snapshotsAreReproduced_data();
    void snapshotsAreReproduced();
    void bothFormsAgreeAtEveryVersion_data();
    void bothFormsAgreeAtEveryVersion();
    void accountsEqualAFoldInCpp();
    void familyV2PartsFromV1();

private:
    QTemporaryDir m_dir;
    QString m_path;
    StorePtr m_store;
    IndexPtr m_index;
    // Many carts, so the busiest products' inventory streams pass version 100.
    QString m_cartsPath;
    StorePtr m_cartsStore;
    IndexPtr m_cartsIndex;
};

void TestSampleProjections::initTestCase()
{
    m_path = sampleStore(m_dir, 12000, 60, 21);
    auto store = openStore(m_path);
    QVERIFY(store);
    m_store = std::move(store).value();
    m_index = *IndexBuilder(*m_store).build();

    m_cartsPath = sampleStore(m_dir, 50000, 5000, 21, false, QStringLiteral("carts.db"));
    auto carts = openStore(m_cartsPath);
    QVERIFY(carts);
    m_cartsStore = std::move(carts).value();
    m_cartsIndex = *IndexBuilder(*m_cartsStore).build();
}

void TestSampleProjections::snapshotsAreReproduced_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("aggregateType");
    QTest::addRow("native family") << "sample.js#family"
                                   << "Family";
    QTest::addRow("native account") << "sample.js#account"
                                    << "BankAccount";
    QTest::addRow("kurrent family") << "kurrent/family.js"
                                    << "Family";
    QTest::addRow("kurrent account") << "kurrent/account.js"
                                     << "BankAccount";
    QTest::addRow("native inventory") << "sample.js#inventory"
                                      << "Inventory";
    QTest::addRow("kurrent inventory") << "kurrent/inventory.js"
                                       << "Inventory";
}

void TestSampleProjections::snapshotsAreReproduced()
{
    QFETCH(QString, spec);
    QFETCH(QString, aggregateType);
    const bool carts = aggregateType == u"Inventory";
    ProjectionPtr projection = load(sampleProjection(spec));
    Replayer replayer(carts ? *m_cartsStore : *m_store, carts ? m_cartsIndex : m_index, *projection);
    const QStringList snapshots = query(carts ? m_cartsPath : m_path,
        QStringLiteral("SELECT aggregate_id, aggregate_version, snapshot_data "
                       "FROM snapshots WHERE aggregate_type = '%1' "
                       "ORDER BY aggregate_id, aggregate_version")
            .arg(aggregateType)
            .toUtf8());
    QVERIFY(snapshots.size() >= 3);
    for (const QString& row : snapshots) {
        const QString stream = row.section(u'|', 0, 0);
        const qint64 version = row.section(u'|', 1, 1).toLongLong();
        const QString expected = row.section(u'|', 2);
        auto state = replayer.state(stream, version);
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(QString::fromUtf8(state->json), expected);
    }
}

void TestSampleProjections::bothFormsAgreeAtEveryVersion_data()
{
    QTest::addColumn<QString>("native");
    QTest::addColumn<QString>("kurrent");
    QTest::addColumn<QString>("aggregateType");
    QTest::addRow("family") << "sample.js#family"
                            << "kurrent/family.js"
                            << "Family";
    QTest::addRow("account") << "sample.js#account"
                             << "kurrent/account.js"
                             << "BankAccount";
    QTest::addRow("cart") << "sample.js#cart"
                          << "kurrent/cart.js"
                          << "Cart";
    QTest::addRow("order") << "sample.js#order"
                           << "kurrent/order.js"
                           << "Order";
    QTest::addRow("inventory") << "sample.js#inventory"
                               << "kurrent/inventory.js"
                               << "Inventory";
}

void TestSampleProjections::bothFormsAgreeAtEveryVersion()
{
    QFETCH(QString, native);
    QFETCH(QString, kurrent);
    QFETCH(QString, aggregateType);
    ProjectionPtr a = load(sampleProjection(native));
    ProjectionPtr b = load(sampleProjection(kurrent));
    Replayer left(*m_store, m_index, *a);
    Replayer right(*m_store, m_index, *b);
    qint64 compared = 0;
    for (quint32 s = 0; s < m_index->streams().size(); ++s) {
        if (m_index->aggregateTypes().string(m_index->streamAggregateType(s)) != aggregateType)
            continue;
        const auto n = static_cast<qint64>(m_index->streamPositions(s).size());
        for (qint64 count = 1; count <= n; ++count) {
            const auto x = left.stateAfter(s, count);
            const auto y = right.stateAfter(s, count);
            QVERIFY2(x, qPrintable(x ? QString() : x.error().toString()));
            QVERIFY2(y, qPrintable(y ? QString() : y.error().toString()));
            QCOMPARE(y->json, x->json);
            ++compared;
        }
    }
    QVERIFY(compared >= 3); // even orders, the rarest, have three events each
}

void TestSampleProjections::accountsEqualAFoldInCpp()
{
    ProjectionPtr projection = load(sampleProjection(QStringLiteral("sample.js#account")));
    Replayer replayer(*m_store, m_index, *projection);
    const QStringList accounts
        = query(m_path, "SELECT DISTINCT aggregate_id FROM events WHERE aggregate_type = 'BankAccount' LIMIT 8");
    for (const QString& account : accounts) {
        Json state;
        qint64 version = 0;
        const QStringList events = query(m_path,
            QStringLiteral("SELECT event_type, event_data FROM events WHERE "
                           "aggregate_id = '%1' ORDER BY rowid")
                .arg(account)
                .toUtf8());
        for (const QString& row : events) {
            const QString type = row.section(u'|', 0, 0);
            const Json data = Json::parse(row.section(u'|', 1).toStdString());
            if (type == u"AccountOpened") {
                state = Json { { "accountId", data["accountId"] }, { "owner", data["owner"] },
                    { "currency", data.value("currency", "EUR") }, { "balanceCents", 0 }, { "transactionCount", 0 } };
            } else if (type == u"MoneyDeposited" || type == u"MoneyWithdrawn") {
                const qint64 amount = cents(data["amount"].get<double>());
                state["balanceCents"]
                    = state["balanceCents"].get<qint64>() + (type == u"MoneyDeposited" ? amount : -amount);
                state["transactionCount"] = state["transactionCount"].get<qint64>() + 1;
            }
            ++version;
            if (version % 37 == 0 || version == events.size()) {
                auto replayed = replayer.state(account, version);
                QVERIFY(replayed);
                QCOMPARE(QString::fromUtf8(replayed->json), QString::fromStdString(state.dump()));
            }
        }
    }
}

void TestSampleProjections::familyV2PartsFromV1()
{
    ProjectionPtr v1 = load(sampleProjection(QStringLiteral("sample.js#family")));
    ProjectionPtr v2 = load(sampleProjection(QStringLiteral("family-v2.js")));
    Replayer a(*m_store, m_index, *v1);
    Replayer b(*m_store, m_index, *v2);
    int differing = 0;
    for (quint32 s = 0; s < m_index->streams().size(); ++s) {
        if (!v1->appliesTo(
                m_index->streams().string(s), m_index->aggregateTypes().string(m_index->streamAggregateType(s))))
            continue;
        const auto n = static_cast<qint64>(m_index->streamPositions(s).size());
        differing += a.stateAfter(s, n)->json != b.stateAfter(s, n)->json;
    }
    QVERIFY2(differing > 0, "family-v2.js should disagree with sample.js#family somewhere");
}

QTEST_GUILESS_MAIN(TestSampleProjections)
#include "tst_sampleprojections.moc"
