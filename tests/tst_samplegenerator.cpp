// SPDX-License-Identifier: MIT
// `chronoscope sample`: the stores it writes are checked the way a user would, with SQL on
// the real SQLite file, and with a C++ fold of the events written here, independently of
// the generator, against every stored snapshot.
#include "sample/samplegenerator.h"
#include "testutils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace Chronoscope;
using namespace Qt::Literals::StringLiterals;

namespace {

using Row = std::vector<std::optional<std::string>>;
using Finding = std::pair<std::string, qint64>; ///< code, position
using Findings = std::set<Finding>;

/// A thin sqlite3 connection for assertions: every value comes back as text (or nullopt).
class Db
{
public:
    explicit Db(const QString& path, bool writable = false)
    {
        sqlite3* raw = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
            writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, nullptr);
        m_db.reset(raw);
    }

    std::vector<Row> query(const std::string& sql, const std::vector<std::string>& params = {}) const
    {
        std::vector<Row> rows;
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_db.get(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
            QTest::qFail(sqlite3_errmsg(m_db.get()), __FILE__, __LINE__);
            return rows;
        }
        const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
        for (size_t i = 0; i < params.size(); ++i)
            sqlite3_bind_text(raw, int(i + 1), params[i].c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(raw) == SQLITE_ROW) {
            Row row;
            for (int c = 0; c < sqlite3_column_count(raw); ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, c));
                row.push_back(text ? std::optional<std::string>(text) : std::nullopt);
            }
            rows.push_back(std::move(row));
        }
        return rows;
    }

    std::string text(const std::string& sql, const std::vector<std::string>& params = {}) const
    {
        const std::vector<Row> rows = query(sql, params);
        return rows.empty() || rows[0].empty() || !rows[0][0] ? std::string("<null>") : *rows[0][0];
    }

    qint64 number(const std::string& sql, const std::vector<std::string>& params = {}) const
    {
        return std::stoll(text(sql, params));
    }

    void exec(const std::string& sql, const std::vector<std::string>& params = {}) { query(sql, params); }

private:
    struct Closer
    {
        void operator()(sqlite3* db) const { sqlite3_close(db); }
    };
    std::unique_ptr<sqlite3, Closer> m_db;
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

const std::set<std::string> kKnownTypes = { "FamilyEnrolled", "ChildAdded", "PaymentDue", "PaymentOverdue",
    "PaymentReceived", "PortalLocked", "PortalRestored", "FamilyWithdrawn", "WithdrawalReversed", "AccountOpened",
    "MoneyDeposited", "MoneyWithdrawn", "CartCreated", "ItemAdded", "ItemRemoved", "CartCheckedOut", "OrderPlaced",
    "PaymentProcessed", "OrderShipped", "InventoryReserved" };

qint64 cents(const nlohmann::json& amount)
{
    return std::llround(amount.get<double>() * 100.0);
}

/// The documented projections of docs/sample-store.md, written again here from the text.
void fold(nlohmann::ordered_json& state, const std::string& type, const nlohmann::json& data)
{
    if (type == "FamilyEnrolled") {
        state = nlohmann::ordered_json();
        state["familyId"] = data["familyId"];
        state["familyName"] = data["familyName"];
        state["status"] = "active";
        state["children"] = nlohmann::ordered_json::array();
        state["balanceDueCents"] = 0;
        state["overdue"] = false;
        state["portalLocked"] = false;
    } else if (type == "ChildAdded") {
        nlohmann::ordered_json child;
        child["name"] = data["name"];
        child["birthDate"] = data["birthDate"];
        state["children"].push_back(child);
    } else if (type == "PaymentDue") {
        state["balanceDueCents"] = state["balanceDueCents"].get<qint64>() + cents(data["amount"]);
    } else if (type == "PaymentOverdue") {
        state["overdue"] = true;
    } else if (type == "PaymentReceived") {
        const qint64 due = state["balanceDueCents"].get<qint64>() - cents(data["amount"]);
        state["balanceDueCents"] = due;
        state["overdue"] = state["overdue"].get<bool>() && due > 0;
    } else if (type == "PortalLocked" || type == "PortalRestored") {
        state["portalLocked"] = type == "PortalLocked";
    } else if (type == "FamilyWithdrawn" || type == "WithdrawalReversed") {
        state["status"] = type == "FamilyWithdrawn" ? "withdrawn" : "active";
    } else if (type == "AccountOpened") {
        state = nlohmann::ordered_json();
        state["accountId"] = data["accountId"];
        state["owner"] = data["owner"];
        state["currency"] = data.value("currency", "EUR");
        state["balanceCents"] = 0;
        state["transactionCount"] = 0;
    } else if (type == "MoneyDeposited" || type == "MoneyWithdrawn") {
        const qint64 amount = cents(data["amount"]);
        state["balanceCents"] = state["balanceCents"].get<qint64>() + (type == "MoneyDeposited" ? amount : -amount);
        state["transactionCount"] = state["transactionCount"].get<qint64>() + 1;
    } else if (type == "InventoryReserved") {
        if (state.is_null()) {
            state["sku"] = data["sku"];
            state["reserved"] = 0;
            state["reservations"] = 0;
        }
        state["reserved"] = state["reserved"].get<qint64>() + data["quantity"].get<qint64>();
        state["reservations"] = state["reservations"].get<qint64>() + 1;
    }
}

/// An audit of the invariants a clean store satisfies. Each broken invariant is reported with
/// the code the anomalies manifest uses and the position of the offending event.
/// `truths` receives the folded state for each drifting snapshot.
Findings audit(const Db& db, std::map<std::pair<std::string, qint64>, std::string>* truths = nullptr)
{
    Findings findings;
    auto collect = [&](const char* code, const std::string& sql) {
        for (const Row& row : db.query(sql))
            findings.insert({ code, std::stoll(*row[0]) });
    };
    collect("version_gap",
        "SELECT p FROM (SELECT rowid - 1 AS p, aggregate_version AS v, LAG(aggregate_version) OVER (PARTITION BY "
        "aggregate_id ORDER BY aggregate_version, rowid) AS prev FROM events) WHERE (prev IS NULL AND v <> 1) OR v > "
        "prev + 1");
    collect("duplicate_version",
        "SELECT e.rowid - 1 FROM events e WHERE EXISTS (SELECT 1 FROM events f WHERE f.aggregate_id = e.aggregate_id "
        "AND f.aggregate_version = e.aggregate_version AND f.rowid < e.rowid)");
    collect("duplicate_event_id",
        "SELECT e.rowid - 1 FROM events e WHERE EXISTS (SELECT 1 FROM events f WHERE f.event_id = e.event_id AND "
        "f.rowid < e.rowid)");
    collect("timestamp_backwards",
        "SELECT p FROM (SELECT rowid - 1 AS p, event_timestamp AS t, LAG(event_timestamp) OVER (PARTITION BY "
        "aggregate_id ORDER BY aggregate_version, rowid) AS prev FROM events) WHERE t < prev");
    collect("dangling_causation",
        "SELECT rowid - 1 FROM events WHERE causation_id IS NOT NULL AND causation_id NOT IN (SELECT event_id FROM "
        "events)");
    collect("malformed_payload", "SELECT rowid - 1 FROM events WHERE NOT json_valid(event_data)");
    std::string known;
    for (const std::string& type : kKnownTypes)
        known += (known.empty() ? "'" : ",'") + type + "'";
    collect("unhandled_event_type", "SELECT rowid - 1 FROM events WHERE event_type NOT IN (" + known + ")");
    collect("missing_compensated_event",
        "SELECT rowid - 1 FROM events r WHERE event_type = 'WithdrawalReversed' AND NOT EXISTS (SELECT 1 FROM events "
        "w WHERE w.event_type = 'FamilyWithdrawn' AND w.aggregate_id = r.aggregate_id AND w.rowid < r.rowid AND "
        "w.event_id = json_extract(r.event_data, '$.original_event_id'))");
    // The first event of a command has no causation; every other one names an earlier event
    // of the same command.
    collect("correlation_structure",
        "SELECT rowid - 1 FROM (SELECT rowid, causation_id, correlation_id, MIN(rowid) OVER (PARTITION BY "
        "correlation_id) AS first FROM events) e WHERE (rowid = first AND causation_id IS NOT NULL) OR (rowid <> first "
        "AND NOT EXISTS (SELECT 1 FROM events c WHERE c.event_id = e.causation_id AND c.correlation_id = "
        "e.correlation_id AND c.rowid < e.rowid))");

    // Snapshots: one every 100 versions, each equal to the fold of its stream's events.
    std::map<std::pair<std::string, qint64>, std::string> snapshots;
    for (const Row& row : db.query("SELECT aggregate_id, aggregate_version, snapshot_data FROM snapshots"))
        snapshots[{ *row[0], std::stoll(*row[1]) }] = *row[2];
    std::string stream;
    nlohmann::ordered_json state;
    size_t compared = 0;
    for (const Row& row :
        db.query("SELECT aggregate_id, aggregate_version, event_type, event_data, rowid - 1 FROM "
                 "events WHERE aggregate_type IN ('Family', 'BankAccount', 'Inventory') ORDER BY aggregate_id, "
                 "aggregate_version, rowid")) {
        if (*row[0] != stream) {
            stream = *row[0];
            state = nlohmann::ordered_json();
        }
        const qint64 version = std::stoll(*row[1]);
        const auto data = nlohmann::json::parse(row[3].value_or(""), nullptr, false);
        if (!data.is_discarded())
            fold(state, *row[2], data);
        if (version % 100 != 0)
            continue;
        const auto snapshot = snapshots.find({ stream, version });
        if (snapshot == snapshots.end()) {
            findings.insert({ "snapshot_missing", std::stoll(*row[4]) });
            continue;
        }
        ++compared;
        if (snapshot->second != state.dump()) {
            findings.insert({ "snapshot_drift", std::stoll(*row[4]) });
            if (truths)
                (*truths)[snapshot->first] = state.dump();
        }
    }
    if (compared != snapshots.size())
        findings.insert({ "snapshot_orphan", -1 });
    return findings;
}

QString describe(const Findings& findings)
{
    QStringList lines;
    for (const auto& [code, position] : findings)
        lines << qs(code) + u'@' + QString::number(position);
    return lines.join(u", ");
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class TestSampleGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"store-" + QString::number(++m_counter) + u".db"); }

    SampleGenerator::Result generate(
        const QString& path, qint64 events, qint64 streams, quint64 seed, bool anomalies = false)
    {
        SampleOptions options;
        options.outputPath = path;
        options.events = events;
        options.streams = streams;
        options.seed = seed;
        options.anomalies = anomalies;
        return SampleGenerator::generate(options);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void schema_data()
    {
        QTest::addColumn<bool>("anomalies");
        QTest::newRow("clean store") << false;
        QTest::newRow("anomalies store") << true;
    }

    void schema()
    {
        QFETCH(bool, anomalies);
        const QString path = freshPath();
        const auto result = generate(path, 5000, 200, 1, anomalies);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Db db(path);
        QCOMPARE(qs(db.text("PRAGMA integrity_check")), u"ok");
        QCOMPARE(qs(db.text("PRAGMA journal_mode")), u"delete");
        QCOMPARE(qs(db.text("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' "
                            "ORDER BY name)")),
            u"events,projection_checkpoints,snapshots");

        auto columns = [&](const char* table) {
            QStringList out;
            for (const Row& row : db.query(std::string("PRAGMA table_info(") + table + ")"))
                out << qs(
                    *row[1] + ' ' + *row[2] + (*row[3] == "1" ? " NOT NULL" : "") + (*row[5] != "0" ? " PK" : ""));
            return out.join(u", ");
        };
        QCOMPARE(columns("events"),
            QString((anomalies ? u"event_id TEXT NOT NULL"_s : u"event_id TEXT PK"_s)
                + u", event_type TEXT NOT NULL, event_version INT NOT NULL, aggregate_id TEXT NOT NULL, "
                  u"aggregate_type TEXT NOT NULL, aggregate_version INT NOT NULL, event_data TEXT, event_timestamp "
                  u"TEXT, user_id TEXT, correlation_id TEXT, causation_id TEXT"));
        QCOMPARE(columns("snapshots"),
            u"aggregate_id TEXT NOT NULL PK, aggregate_type TEXT NOT NULL, aggregate_version INT NOT NULL PK, "
            u"snapshot_data TEXT NOT NULL, created_date TEXT NOT NULL");
        QCOMPARE(columns("projection_checkpoints"),
            u"projection_name TEXT PK, last_position INTEGER NOT NULL, updated_at TEXT NOT NULL");

        // Uniqueness of events: constraints in a clean store, plain indexes with --anomalies.
        QStringList indexes;
        for (const Row& row : db.query("SELECT il.\"unique\", group_concat(ii.name, '+') FROM pragma_index_list("
                                       "'events') il, pragma_index_info(il.name) ii GROUP BY il.name ORDER BY 2"))
            indexes << qs(*row[1] + (*row[0] == "1" ? " unique" : " plain"));
        QCOMPARE(indexes.join(u", "),
            anomalies ? u"aggregate_id+aggregate_version plain, event_id plain"_s
                      : u"aggregate_id+aggregate_version unique, event_id unique"_s);
        if (!anomalies)
            QVERIFY(db.text("SELECT sql FROM sqlite_master WHERE name = 'events'")
                        .find("UNIQUE(aggregate_id, "
                              "aggregate_version)")
                != std::string::npos);
    }

    void rowsAndStreams_data()
    {
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("streams");
        QTest::newRow("one event") << qint64(1) << qint64(2000);
        QTest::newRow("37 events, streams capped") << qint64(37) << qint64(2000);
        QTest::newRow("5k events, 100 streams") << qint64(5000) << qint64(100);
        QTest::newRow("20k events, 2000 streams") << qint64(20000) << qint64(2000);
    }

    void rowsAndStreams()
    {
        QFETCH(qint64, events);
        QFETCH(qint64, streams);
        const QString path = freshPath();
        const auto result = generate(path, events, streams, 11);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.eventsWritten, events);
        QVERIFY(result.manifestPath.isEmpty());
        const Db db(path);
        QCOMPARE(db.number("SELECT count(*) FROM events"), events);
        QCOMPARE(db.number("SELECT min(rowid) FROM events"), 1);
        QCOMPARE(db.number("SELECT max(rowid) FROM events"), events);
        const qint64 distinct = db.number("SELECT count(DISTINCT aggregate_id) FROM events");
        QCOMPARE(result.streamsWritten, distinct);
        // streams is a target, capped so the average stream has at least 4 events.
        const qint64 target = qMax<qint64>(1, qMin(streams, events / 4));
        QVERIFY2(qAbs(distinct - target) <= target / 10 + 2, qPrintable(QString::number(distinct)));
        QCOMPARE(db.number("SELECT count(*) FROM projection_checkpoints"), 2);
        QCOMPARE(db.number("SELECT last_position FROM projection_checkpoints WHERE projection_name = "
                           "'family-summary'"),
            events - 1);
    }

    void deterministic()
    {
        const QString a = freshPath(), b = freshPath(), c = freshPath();
        QVERIFY(generate(a, 20000, 500, 99).ok);
        QVERIFY(generate(b, 20000, 500, 99).ok);
        QVERIFY(generate(c, 20000, 500, 100).ok);
        QCOMPARE(sha256(a), sha256(b));
        QVERIFY(sha256(a) != sha256(c));

        const QString d = freshPath(), e = freshPath();
        QVERIFY(generate(d, 5000, 300, 5, true).ok);
        QVERIFY(generate(e, 5000, 300, 5, true).ok);
        QCOMPARE(sha256(d), sha256(e));
        // The manifests differ only in the store's file name.
        auto manifest = [](const QString& store) {
            QFile file(store + u".anomalies.json");
            if (!file.open(QIODevice::ReadOnly))
                return nlohmann::json();
            auto json = nlohmann::json::parse(file.readAll().toStdString());
            json.erase("store");
            return json;
        };
        QVERIFY(!manifest(d).empty());
        QCOMPARE(qs(manifest(d).dump()), qs(manifest(e).dump()));
    }

    void cleanInvariants_data()
    {
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("streams");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("longStreams"); ///< families and accounts reach version 100
        QTest::newRow("40k events, 300 streams") << qint64(40000) << qint64(300) << quint64(7) << true;
        QTest::newRow("20k events, 2000 streams") << qint64(20000) << qint64(2000) << quint64(42) << false;
        QTest::newRow("600 events") << qint64(600) << qint64(2000) << quint64(3) << false;
    }

    void cleanInvariants()
    {
        QFETCH(qint64, events);
        QFETCH(qint64, streams);
        QFETCH(quint64, seed);
        QFETCH(bool, longStreams);
        const QString path = freshPath();
        const auto result = generate(path, events, streams, seed);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Db db(path);

        const Findings findings = audit(db);
        QVERIFY2(findings.empty(), qPrintable(describe(findings)));

        // Field formats.
        QCOMPARE(db.number("SELECT count(*) FROM events WHERE event_timestamp NOT GLOB '2024-[01][0-9]-[0-3][0-9]T[0-2]"
                           "[0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'"),
            0);
        QCOMPARE(db.number("SELECT count(*) FROM events WHERE length(event_id) <> 36 OR substr(event_id, 15, 1) <> '4' "
                           "OR event_id GLOB '*[^0-9a-f-]*' OR length(correlation_id) <> 36"),
            0);
        QCOMPARE(db.number("SELECT count(*) FROM events WHERE user_id <> 'system' AND user_id NOT GLOB "
                           "'user-[0-9][0-9][0-9]'"),
            0);
        QCOMPARE(
            db.number(
                "SELECT count(*) FROM events WHERE aggregate_id NOT GLOB (CASE aggregate_type WHEN 'Family' "
                "THEN 'family-' WHEN 'BankAccount' THEN 'account-' WHEN 'Cart' THEN 'cart-' WHEN 'Order' THEN "
                "'order-' WHEN 'Inventory' THEN 'inventory-SKU-' ELSE 'unknown' END || '[0-9][0-9][0-9][0-9][0-9]' "
                "|| CASE aggregate_type WHEN 'Inventory' THEN '' ELSE '[0-9]' END)"),
            0);
        QCOMPARE(db.number("SELECT count(*) FROM events WHERE json_type(event_data) <> 'object'"), 0);
        // Global time order equals insertion order.
        QCOMPARE(db.number("SELECT count(*) FROM (SELECT event_timestamp t, LAG(event_timestamp) OVER (ORDER BY rowid) "
                           "p FROM events) WHERE t < p"),
            0);
        // A reversal is a staff decision, its own command: nothing in the store caused it.
        QCOMPARE(
            db.number("SELECT count(*) FROM events WHERE event_type = 'WithdrawalReversed' AND causation_id IS NOT "
                      "NULL"),
            0);
        if (events < 10000)
            return;

        // Payload schema v2 (currency) only in the later part of the store.
        QVERIFY(db.number("SELECT count(*) FROM events WHERE event_type = 'MoneyDeposited' AND event_version = 1 AND "
                          "json_extract(event_data, '$.currency') IS NULL")
            > 0);
        QVERIFY(db.number("SELECT count(*) FROM events WHERE event_type = 'MoneyDeposited' AND event_version = 2 AND "
                          "json_extract(event_data, '$.currency') IS NOT NULL")
            > 0);
        QCOMPARE(db.number("SELECT count(*) FROM events WHERE event_type IN ('MoneyDeposited', 'MoneyWithdrawn') AND "
                           "(event_version = 2) <> (json_extract(event_data, '$.currency') IS NOT NULL)"),
            0);
        QVERIFY(db.number("SELECT max(rowid) FROM events WHERE event_version = 1 AND event_type = 'MoneyDeposited'")
            < db.number("SELECT min(rowid) FROM events WHERE event_version = 2"));

        // The checkout saga: one reservation per order line, caused by OrderPlaced; the
        // shipment, by system, caused by PaymentProcessed; all in the checkout's correlation.
        QVERIFY(db.number("SELECT count(*) FROM events WHERE event_type = 'InventoryReserved'") > 0);
        QCOMPARE(db.number("SELECT count(*) FROM events r LEFT JOIN events o ON o.event_id = r.causation_id AND "
                           "o.correlation_id = r.correlation_id WHERE r.event_type = 'InventoryReserved' AND "
                           "(o.event_type IS NOT 'OrderPlaced' OR json_extract(o.event_data, '$.orderId') <> "
                           "json_extract(r.event_data, '$.orderId') OR NOT EXISTS (SELECT 1 FROM "
                           "json_each(o.event_data, '$.items') i WHERE json_extract(i.value, '$.sku') = "
                           "json_extract(r.event_data, '$.sku') AND json_extract(i.value, '$.quantity') = "
                           "json_extract(r.event_data, '$.quantity')))"),
            0);
        QCOMPARE(db.number("SELECT count(*) FROM events o WHERE o.event_type = 'OrderPlaced' AND "
                           "json_array_length(o.event_data, '$.items') <> (SELECT count(*) FROM events r WHERE "
                           "r.causation_id = o.event_id AND r.event_type = 'InventoryReserved')"),
            0);
        QVERIFY(db.number("SELECT count(*) FROM events WHERE event_type = 'OrderShipped'") > 0);
        QCOMPARE(db.number("SELECT count(*) FROM events s LEFT JOIN events p ON p.event_id = s.causation_id AND "
                           "p.correlation_id = s.correlation_id AND p.aggregate_id = s.aggregate_id WHERE "
                           "s.event_type = 'OrderShipped' AND (s.user_id <> 'system' OR p.event_type IS NOT "
                           "'PaymentProcessed' OR julianday(s.event_timestamp) - julianday(p.event_timestamp) < 2.0 / "
                           "24)"),
            0);

        // Commands across aggregates: a checkout spans Cart, Order, BankAccount and Inventory.
        QVERIFY(db.number("SELECT count(*) FROM (SELECT correlation_id FROM events GROUP BY correlation_id HAVING "
                          "count(DISTINCT aggregate_type) >= 3)")
            > 0);
        QVERIFY(db.number("SELECT count(*) FROM (SELECT correlation_id FROM events GROUP BY correlation_id HAVING "
                          "group_concat(DISTINCT aggregate_type) IN ('Family,BankAccount', 'BankAccount,Family'))")
            > 0);
        QVERIFY(
            db.number("SELECT count(*) FROM events WHERE user_id = 'system' AND event_type = 'PaymentOverdue'") > 0);

        // Skewed streams: one-event streams exist, the busiest is far above the median.
        QVERIFY(db.number("SELECT count(*) FROM (SELECT aggregate_id FROM events GROUP BY 1 HAVING count(*) = 1)") > 0);
        const qint64 largest = db.number("SELECT max(c) FROM (SELECT count(*) c FROM events GROUP BY aggregate_id)");
        const qint64 median
            = db.number("SELECT c FROM (SELECT count(*) c FROM events GROUP BY aggregate_id) ORDER BY c "
                        "LIMIT 1 OFFSET (SELECT count(DISTINCT aggregate_id) / 2 FROM events)");
        QVERIFY2(largest >= 20 * median, qPrintable(QString::number(largest) + u" vs " + QString::number(median)));

        // Snapshots every 100 versions, dated like the event at that version.
        QVERIFY(db.number("SELECT count(*) FROM snapshots") > 0);
        QCOMPARE(db.number("SELECT count(*) FROM snapshots s LEFT JOIN events e ON e.aggregate_id = s.aggregate_id AND "
                           "e.aggregate_version = s.aggregate_version WHERE s.aggregate_version % 100 <> 0 OR "
                           "e.event_timestamp IS NOT s.created_date OR e.aggregate_type IS NOT s.aggregate_type"),
            0);
        QVERIFY(db.number("SELECT count(*) FROM snapshots WHERE aggregate_type = 'BankAccount'") > 0);
        if (!longStreams)
            return;
        QVERIFY(db.number("SELECT count(*) FROM snapshots WHERE aggregate_type = 'Family'") > 0);
        // Some withdrawals are reversed, each naming the withdrawal of its own stream.
        QVERIFY(db.number("SELECT count(*) FROM events WHERE event_type = 'WithdrawalReversed'") > 0);
    }

    void anomalies_data()
    {
        QTest::addColumn<qint64>("events");
        QTest::addColumn<qint64>("streams");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("minimum size") << qint64(2000) << qint64(2000) << quint64(1);
        QTest::newRow("20k events") << qint64(20000) << qint64(400) << quint64(8);
        QTest::newRow("50k events, many streams") << qint64(50000) << qint64(5000) << quint64(77);
    }

    void anomalies()
    {
        QFETCH(qint64, events);
        QFETCH(qint64, streams);
        QFETCH(quint64, seed);
        const QString path = freshPath();
        const auto result = generate(path, events, streams, seed, true);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.manifestPath, QString(path + u".anomalies.json"));
        QFile file(result.manifestPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto manifest = nlohmann::json::parse(file.readAll().toStdString());
        QCOMPARE(qs(manifest["store"].get<std::string>()), QFileInfo(path).fileName());
        QCOMPARE(manifest["seed"].get<quint64>(), seed);
        QCOMPARE(manifest["events"].get<qint64>(), events);

        Db db(path, true);
        QCOMPARE(db.number("SELECT count(*) FROM events"), events);
        const std::set<std::string> expectedCodes
            = { "version_gap", "duplicate_version", "duplicate_event_id", "timestamp_backwards", "dangling_causation",
                  "malformed_payload", "snapshot_drift", "unhandled_event_type", "missing_compensated_event" };
        std::multiset<std::string> codes;
        Findings expected;
        std::set<std::string> streamsWithDefects;
        for (const auto& entry : manifest["anomalies"]) {
            const std::string code = entry["code"];
            const qint64 position = entry["position"];
            const std::string stream = entry["streamId"];
            const qint64 version = entry["version"];
            const std::string eventId = entry["eventId"];
            const std::string p = std::to_string(position + 1); // rowid
            codes.insert(code);
            expected.insert({ code, position });
            streamsWithDefects.insert(stream);
            QVERIFY(!entry["detail"].get<std::string>().empty());
            QVERIFY2(position > 0 && position < events, code.c_str());
            // The manifest names the event at that position.
            QCOMPARE(qs(db.text("SELECT aggregate_id || ' ' || aggregate_version || ' ' || event_id FROM events WHERE "
                                "rowid = ?",
                         { p })),
                qs(stream + ' ' + std::to_string(version) + ' ' + eventId));
            // …and the defect really is there.
            const std::string v = std::to_string(version);
            if (code == "version_gap") {
                QCOMPARE(db.number("SELECT count(*) FROM events WHERE aggregate_id = ? AND aggregate_version = ?",
                             { stream, std::to_string(version - 1) }),
                    0);
                QCOMPARE(db.number("SELECT count(*) FROM events WHERE aggregate_id = ? AND aggregate_version = ?",
                             { stream, std::to_string(version - 2) }),
                    1);
                QCOMPARE(db.number("SELECT count(*) FROM events WHERE aggregate_id = ? AND aggregate_version > ?",
                             { stream, v }),
                    db.number("SELECT max(aggregate_version) FROM events WHERE aggregate_id = ?", { stream })
                        - version);
            } else if (code == "duplicate_version") {
                QCOMPARE(db.number("SELECT count(*) FROM events WHERE aggregate_id = ? AND aggregate_version = ? AND "
                                   "rowid < ?",
                             { stream, v, p }),
                    1);
            } else if (code == "duplicate_event_id") {
                QCOMPARE(db.number("SELECT count(*) FROM events WHERE event_id = ? AND rowid < ?", { eventId, p }), 1);
            } else if (code == "timestamp_backwards") {
                QVERIFY(db.text("SELECT event_timestamp FROM events WHERE rowid = ?", { p })
                    < db.text("SELECT event_timestamp FROM events WHERE aggregate_id = ? AND aggregate_version = ?",
                        { stream, std::to_string(version - 1) }));
            } else if (code == "dangling_causation") {
                const std::string cause = db.text("SELECT causation_id FROM events WHERE rowid = ?", { p });
                QVERIFY(cause != "<null>");
                QCOMPARE(db.number("SELECT count(*) FROM events WHERE event_id = ?", { cause }), 0);
            } else if (code == "malformed_payload") {
                QCOMPARE(db.number("SELECT json_valid(event_data) FROM events WHERE rowid = ?", { p }), 0);
            } else if (code == "snapshot_drift") {
                QCOMPARE(entry["snapshotVersion"].get<qint64>(), version);
                QCOMPARE(db.number("SELECT count(*) FROM snapshots WHERE aggregate_id = ? AND aggregate_version = ?",
                             { stream, v }),
                    1);
            } else if (code == "unhandled_event_type") {
                QCOMPARE(qs(db.text("SELECT event_type FROM events WHERE rowid = ?", { p })), u"FamilyNicknameSet");
            } else if (code == "missing_compensated_event") {
                QCOMPARE(qs(db.text("SELECT event_type FROM events WHERE rowid = ?", { p })), u"WithdrawalReversed");
                QCOMPARE(db.number("SELECT count(*) FROM events WHERE event_id = (SELECT json_extract(event_data, "
                                   "'$.original_event_id') FROM events WHERE rowid = ?)",
                             { p }),
                    0);
            }
        }
        QCOMPARE(std::set<std::string>(codes.begin(), codes.end()), expectedCodes);
        QCOMPARE(codes.size(), expectedCodes.size());
        QCOMPARE(streamsWithDefects.size(), expectedCodes.size()); // one defect per stream

        // Precision: the audit finds exactly the manifest, nothing else. The dangling causation
        // is also the only event whose command structure is broken.
        std::map<std::pair<std::string, qint64>, std::string> truths;
        Findings found = audit(db, &truths);
        Findings wanted = expected;
        for (const Finding& finding : expected) {
            if (finding.first == "dangling_causation")
                wanted.insert({ "correlation_structure", finding.second });
        }
        QVERIFY2(found == wanted, qPrintable(u"found " + describe(found) + u"\nwanted " + describe(wanted)));
        const qint64 backwards = std::find_if(expected.begin(), expected.end(), [](const Finding& f) {
            return f.first == "timestamp_backwards";
        })->second;
        QCOMPARE(db.number("SELECT group_concat(p) FROM (SELECT rowid - 1 p, event_timestamp t, LAG(event_timestamp) "
                           "OVER (ORDER BY rowid) prev FROM events) WHERE t < prev"),
            backwards);

        // Remove (or for the gap, fill) each defect: what remains is a clean store.
        for (const auto& entry : manifest["anomalies"]) {
            const std::string code = entry["code"];
            const std::string p = std::to_string(entry["position"].get<qint64>() + 1);
            const std::string stream = entry["streamId"];
            if (code == "version_gap") {
                // The event after the gap changes no state, so a copy of it is a neutral filler.
                db.exec(
                    "INSERT INTO events SELECT lower(hex(randomblob(16))), event_type, event_version, aggregate_id, "
                    "aggregate_type, aggregate_version - 1, event_data, event_timestamp, user_id, "
                    "lower(hex(randomblob(16))), NULL FROM events WHERE rowid = ?",
                    { p });
            } else if (code == "snapshot_drift") {
                const qint64 version = entry["snapshotVersion"];
                db.exec("UPDATE snapshots SET snapshot_data = ? WHERE aggregate_id = ? AND aggregate_version = ?",
                    { truths.at({ stream, version }), stream, std::to_string(version) });
            } else {
                db.exec("DELETE FROM events WHERE rowid = ?", { p });
            }
        }
        const Findings left = audit(db);
        QVERIFY2(left.empty(), qPrintable(describe(left)));
    }

    void refusesToOverwrite()
    {
        const QString path = freshPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        const auto result = generate(path, 1000, 100, 1);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path) && result.error.contains(u"already exists"), qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));

        // An existing manifest is never overwritten either, and the store is not created.
        const QString other = freshPath();
        {
            QFile manifest(other + u".anomalies.json");
            QVERIFY(manifest.open(QIODevice::WriteOnly));
        }
        const auto second = generate(other, 5000, 100, 1, true);
        QVERIFY(!second.ok);
        QVERIFY2(second.error.contains(u"anomalies.json: already exists"), qPrintable(second.error));
        QVERIFY(!QFile::exists(other));
    }

    void badTarget_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<qint64>("events");
        QTest::addColumn<bool>("anomalies");
        QTest::addColumn<QString>("reason");
        QTest::newRow("directory missing") << u"missing/dir/out.db"_s << qint64(100) << false << u"does not exist"_s;
        QTest::newRow("parent is a file") << u"plain.txt/out.db"_s << qint64(100) << false << u"not a directory"_s;
        QTest::newRow("read-only directory") << u"readonly/out.db"_s << qint64(100) << false << u"not writable"_s;
        QTest::newRow("no events") << u"empty.db"_s << qint64(0) << false << u"--events must be at least 1"_s;
        QTest::newRow("too small for anomalies")
            << u"small.db"_s << qint64(200) << true << u"--anomalies needs at least 2000 events (got 200)"_s;
    }

    void badTarget()
    {
        QFETCH(QString, relativePath);
        QFETCH(qint64, events);
        QFETCH(bool, anomalies);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        {
            QFile plain(dir.filePath(u"plain.txt"_s));
            QVERIFY(plain.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(u"readonly"_s));
        const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QFile::setPermissions(dir.path(), readAndEnter | QFileDevice::WriteOwner);
        QFile::setPermissions(dir.filePath(u"readonly"_s), readAndEnter);
        const QString path = dir.filePath(relativePath);
        // As root, permissions apply only once the effective user is an ordinary one.
        std::optional<TestUtils::UnprivilegedScope> unprivileged;
        if (relativePath.startsWith(u"readonly"))
            unprivileged.emplace();
        const auto result = generate(path, events, 10, 1, anomalies);
        unprivileged.reset();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(path + u": "), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(path) || QFileInfo(path).isDir());
        QFile::setPermissions(
            dir.filePath(u"readonly"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void cancel()
    {
        const QString path = freshPath();
        qint64 calls = 0;
        qint64 seen = 0;
        SampleOptions options;
        options.outputPath = path;
        options.events = 50000;
        const auto result = SampleGenerator::generate(options, [&](qint64 written) {
            ++calls;
            seen = written;
            return calls < 2;
        });
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path) && result.error.contains(u"cancelled"), qPrintable(result.error));
        QCOMPARE(calls, 2);
        QVERIFY(seen > 0 && seen < 50000);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
