// SPDX-License-Identifier: MIT
#include "index/indexbuilder.h"
#include "index/timestampparser.h"
#include "itemmodels/streamsmodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

IndexPtr buildIndex(const QString& path)
{
    auto store = openStore(path);
    if (!store)
        qFatal("cannot open %s", qPrintable(path));
    auto index = IndexBuilder(**store).build();
    if (!index)
        qFatal("cannot index %s", qPrintable(path));
    return *index;
}

struct SyntheticEvent
{
    const char* stream;
    const char* aggregateType;
    TimeUs time;
};

/// An index made directly from columns, for ids no sample store has.
IndexPtr syntheticIndex(std::initializer_list<SyntheticEvent> events)
{
    IndexColumns c;
    const quint16 type = static_cast<quint16>(c.typeNames.intern("Happened"));
    const quint32 user = c.userNames.intern("");
    for (const SyntheticEvent& event : events) {
        const quint32 known = c.streamNames.size();
        const quint32 stream = c.streamNames.intern(event.stream);
        if (stream == known)
            c.streamAggregateTypes.push_back(c.aggregateTypeNames.intern(event.aggregateType));
        c.timestamps.push_back(event.time);
        c.streams.push_back(stream);
        c.versions.push_back(static_cast<qint32>(c.versions.size()));
        c.types.push_back(type);
        c.schemaVersions.push_back(1);
        c.users.push_back(user);
        c.correlations.push_back(-1);
        c.causations.push_back(kNoCausation);
    }
    return std::make_shared<const EventIndex>(std::move(c));
}

/// "id|events|first µs|last µs" for every stream row, in display order.
QStringList streamRows(const StreamsModel& model)
{
    QStringList rows;
    for (int t = 0; t < model.rowCount(); ++t) {
        const QModelIndex type = model.index(t, 0);
        for (int r = 0; r < model.rowCount(type); ++r) {
            const QModelIndex row = model.index(r, 0, type);
            rows << row.data(StreamsModel::StreamIdRole).toString() % u'|'
                    % QString::number(row.data(StreamsModel::EventCountRole).toLongLong()) % u'|'
                    % QString::number(row.data(StreamsModel::FirstTimeRole).toLongLong()) % u'|'
                    % QString::number(row.data(StreamsModel::LastTimeRole).toLongLong());
        }
    }
    return rows;
}

QStringList shownIds(const StreamsModel& model)
{
    QStringList ids;
    for (const QString& row : streamRows(model))
        ids << row.section(u'|', 0, 0);
    return ids;
}

QString typeRowText(const QString& type, qint64 streams)
{
    return type % u" (" % QLocale().toString(streams) % u')';
}

const QByteArray kPerStreamSql = "SELECT e.aggregate_id, COUNT(*), "
                                 "(SELECT f.event_timestamp FROM events f WHERE f.aggregate_id = e.aggregate_id "
                                 "ORDER BY f.rowid LIMIT 1), "
                                 "(SELECT l.event_timestamp FROM events l WHERE l.aggregate_id = e.aggregate_id "
                                 "ORDER BY l.rowid DESC LIMIT 1) "
                                 "FROM events e GROUP BY e.aggregate_id";

} // namespace

class TestStreamsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyModel();
    void countsAndTimesMatchSql();
    void filter();
    void filterKeptAcrossSnapshots();
    void indexOfStreamRoundTrip();
    void naturalOrder();
    void nonAsciiFilterAsQString();
    void randomIdsAgainstBruteForce();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestStreamsModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Anomalies put a timestamp backwards in one stream: First/Last follow store order.
    m_store = sampleStore(m_dir, 3000, 200, 7, true);
}

void TestStreamsModel::emptyModel()
{
    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(StreamsModel::NumColumns));
    QVERIFY(!model.firstMatch().isValid());
    QVERIFY(!model.indexOfStream(0).isValid());
    model.setFilter(QStringLiteral("x"));
    QCOMPARE(model.filter(), QStringLiteral("x"));
    QCOMPARE(model.rowCount(), 0);
    model.setIndex(syntheticIndex({}));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 0);
    model.setIndex(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.headerData(StreamsModel::First, Qt::Horizontal).toString(), QStringLiteral("First (UTC)"));
    QCOMPARE(model.headerData(StreamsModel::Badges, Qt::Horizontal).toString(), QStringLiteral("Findings"));
}

void TestStreamsModel::countsAndTimesMatchSql()
{
    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const IndexPtr index = buildIndex(m_store);
    model.setIndex(index);

    // Per aggregate type: streams and events.
    QStringList types;
    for (int t = 0; t < model.rowCount(); ++t) {
        const QModelIndex row = model.index(t, StreamsModel::Stream);
        const QString type = row.data(StreamsModel::AggregateTypeRole).toString();
        const int streams = model.rowCount(row);
        QCOMPARE(row.data().toString(), typeRowText(type, streams));
        QCOMPARE(row.data(StreamsModel::StreamNumberRole).toLongLong(), -1);
        QVERIFY(!row.data(StreamsModel::StreamIdRole).isValid());
        const qint64 events = row.data(StreamsModel::EventCountRole).toLongLong();
        QCOMPARE(model.index(t, StreamsModel::Events).data().toLongLong(), events);
        QVERIFY(model.index(t, StreamsModel::Badges).data().isNull());
        types << type % u'|' % QString::number(streams) % u'|' % QString::number(events);
    }
    QStringList sqlTypes = query(
        m_store, "SELECT aggregate_type, COUNT(DISTINCT aggregate_id), COUNT(*) FROM events GROUP BY aggregate_type");
    QCOMPARE(types.size(), 5); // Family, BankAccount, Cart, Order, Inventory
    QStringList sortedTypes = types;
    sortedTypes.sort();
    sqlTypes.sort();
    QCOMPARE(sortedTypes, sqlTypes);

    // Per stream: events, first and last time by store order.
    QSet<QString> sqlStreams;
    QMap<QString, QStringList> sqlById;
    for (const QString& line : query(m_store, kPerStreamSql)) {
        const QStringList cells = line.split(u'|');
        sqlById.insert(cells.at(0), cells);
    }
    qint64 rows = 0;
    bool sawBackwards = false;
    for (int t = 0; t < model.rowCount(); ++t) {
        const QModelIndex typeRow = model.index(t, 0);
        qint64 sum = 0;
        TimeUs first = kInvalidTime;
        TimeUs last = kInvalidTime;
        QString previous;
        for (int r = 0; r < model.rowCount(typeRow); ++r, ++rows) {
            const QModelIndex row = model.index(r, StreamsModel::Stream, typeRow);
            const QString id = row.data().toString();
            QCOMPARE(row.data(StreamsModel::StreamIdRole).toString(), id);
            QCOMPARE(row.data(StreamsModel::AggregateTypeRole), typeRow.data(StreamsModel::AggregateTypeRole));
            QVERIFY2(sqlById.contains(id), qPrintable(id));
            const QStringList& sql = sqlById[id];
            const qint64 count = row.data(StreamsModel::EventCountRole).toLongLong();
            QCOMPARE(QString::number(count), sql.at(1));
            QCOMPARE(model.index(r, StreamsModel::Events, typeRow).data().toLongLong(), count);
            const TimeUs firstTime = TimestampParser::parseText(sql.at(2).toStdString());
            const TimeUs lastTime = TimestampParser::parseText(sql.at(3).toStdString());
            QVERIFY(firstTime != kInvalidTime && lastTime != kInvalidTime);
            sawBackwards = sawBackwards || firstTime > lastTime;
            QCOMPARE(row.data(StreamsModel::FirstTimeRole).toLongLong(), firstTime);
            QCOMPARE(row.data(StreamsModel::LastTimeRole).toLongLong(), lastTime);
            QCOMPARE(model.index(r, StreamsModel::First, typeRow).data().toString(), TimestampParser::toIso(firstTime));
            QCOMPARE(model.index(r, StreamsModel::Last, typeRow).data().toString(), TimestampParser::toIso(lastTime));
            QCOMPARE(
                model.index(r, StreamsModel::Last, typeRow).data(StreamsModel::LastTimeRole).toLongLong(), lastTime);
            sqlStreams.insert(id);
            if (r > 0)
                QVERIFY2(StreamsModel::naturalCompare(previous.toStdString(), id.toStdString()) < 0, qPrintable(id));
            previous = id;
            sum += count;
            first = first == kInvalidTime ? firstTime : std::min(first, firstTime);
            last = last == kInvalidTime ? lastTime : std::max(last, lastTime);
        }
        QCOMPARE(typeRow.data(StreamsModel::EventCountRole).toLongLong(), sum);
        QCOMPARE(typeRow.data(StreamsModel::FirstTimeRole).toLongLong(), first);
        QCOMPARE(typeRow.data(StreamsModel::LastTimeRole).toLongLong(), last);
        QCOMPARE(model.index(t, StreamsModel::Last).data().toString(), TimestampParser::toIso(last));
    }
    QCOMPARE(rows, qint64(sqlById.size()));
    QCOMPARE(rows, model.visibleStreamCount());
    QCOMPARE(sqlStreams.size(), sqlById.size());
    Q_UNUSED(sawBackwards) // depends on where the generator puts the defect; not required
}

void TestStreamsModel::filter()
{
    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setIndex(buildIndex(m_store));
    const QStringList all = shownIds(model);
    QCOMPARE(all.size(), 200);
    const int typeCount = model.rowCount();

    const auto expected = [&](const QString& needle) {
        QStringList ids;
        for (const QString& id : all) {
            if (id.contains(needle, Qt::CaseInsensitive))
                ids << id;
        }
        return ids;
    };

    // Selective, across types and within one type; the shown order stays the full order.
    for (const QString& needle : { QStringLiteral("0001"), QStringLiteral("account"), QStringLiteral("-00004"),
             QStringLiteral("t-"), QStringLiteral("7"), QStringLiteral("r") }) {
        model.setFilter(needle);
        QCOMPARE(model.filter(), needle);
        const QStringList want = expected(needle);
        QVERIFY2(!want.isEmpty(), qPrintable(needle));
        QCOMPARE(shownIds(model), want);
        QCOMPARE(model.visibleStreamCount(), want.size());
        // Type rows without a match are gone; those left say how many of how many match.
        QSet<QString> typesWithMatches;
        for (const QString& id : want)
            typesWithMatches.insert(id.section(u'-', 0, 0));
        QCOMPARE(model.rowCount(), typesWithMatches.size());
        for (int t = 0; t < model.rowCount(); ++t) {
            const QModelIndex row = model.index(t, 0);
            QVERIFY(model.rowCount(row) > 0);
            QVERIFY(row.data().toString().contains(QLocale().toString(model.rowCount(row))));
        }
        QCOMPARE(model.firstMatch().data(StreamsModel::StreamIdRole).toString(), want.first());
        QCOMPARE(model.firstMatch(), model.index(0, 0, model.index(0, 0)));
    }

    // "account" keeps every BankAccount stream and only those: the type row reads as usual.
    const qint64 accounts
        = query(m_store, "SELECT COUNT(DISTINCT aggregate_id) FROM events WHERE aggregate_type = 'BankAccount'")
              .value(0)
              .toLongLong();
    QVERIFY(accounts > 10);
    model.setFilter(QStringLiteral("account"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), typeRowText(QStringLiteral("BankAccount"), accounts));
    // Some of them: "BankAccount (11 of 27)".
    model.setFilter(QStringLiteral("account-00001"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.rowCount(model.index(0, 0)) < accounts);
    QCOMPARE(model.index(0, 0).data().toString(),
        QStringLiteral("BankAccount (") % QLocale().toString(model.rowCount(model.index(0, 0))) % u" of "
            % QLocale().toString(accounts) % u')');

    // Case-insensitive.
    model.setFilter(QStringLiteral("ACCOUNT-0000"));
    QCOMPARE(shownIds(model), expected(QStringLiteral("account-0000")));
    model.setFilter(QStringLiteral("aCcOuNt-0000"));
    QCOMPARE(shownIds(model), expected(QStringLiteral("account-0000")));

    // No match: no rows at all.
    model.setFilter(QStringLiteral("no-such-stream"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.visibleStreamCount(), 0);
    QVERIFY(!model.firstMatch().isValid());
    QVERIFY(!model.indexOfStream(0).isValid());
    model.setFilter(QStringLiteral("account-0000011")); // longer than every id
    QCOMPARE(model.rowCount(), 0);

    // Clearing brings everything back.
    model.setFilter({});
    QCOMPARE(model.rowCount(), typeCount);
    QCOMPARE(shownIds(model), all);

    // The same text again is no reset.
    const qsizetype before = resets.size();
    model.setFilter(QStringLiteral("cart"));
    model.setFilter(QStringLiteral("cart"));
    QCOMPARE(resets.size(), before + 1);
}

void TestStreamsModel::filterKeptAcrossSnapshots()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 500, 40);
    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(buildIndex(path));
    model.setFilter(QStringLiteral("CART-"));
    const QStringList carts = shownIds(model);
    QVERIFY(!carts.isEmpty());
    QCOMPARE(model.rowCount(), 1);

    // The store grows: the next snapshot keeps the filter and shows the new matching stream.
    execWritable(path,
        "INSERT INTO events(event_id, event_type, event_version, aggregate_id, aggregate_type, aggregate_version, "
        "event_data, event_timestamp, user_id) VALUES "
        "('new-1', 'CartCreated', 1, 'cart-999999', 'Cart', 1, '{}', '2030-01-01T00:00:00Z', 'u'), "
        "('new-2', 'FamilyEnrolled', 1, 'family-999999', 'Family', 1, '{}', '2030-01-01T00:00:01Z', 'u')");
    model.setIndex(buildIndex(path));
    QCOMPARE(model.filter(), QStringLiteral("CART-"));
    QCOMPARE(shownIds(model), carts + QStringList { QStringLiteral("cart-999999") });
    const QModelIndex added
        = model.indexOfStream(model.eventIndex()->streams().find(QStringLiteral("cart-999999")).value());
    QCOMPARE(added.data(StreamsModel::FirstTimeRole).toLongLong(), TimestampParser::parseText("2030-01-01T00:00:00Z"));
    QVERIFY(
        !model.indexOfStream(model.eventIndex()->streams().find(QStringLiteral("family-999999")).value()).isValid());
}

void TestStreamsModel::indexOfStreamRoundTrip()
{
    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const IndexPtr index = buildIndex(m_store);
    model.setIndex(index);
    const quint32 streams = index->streams().size();
    QCOMPARE(streams, 200U);

    for (const QString& filter : { QString(), QStringLiteral("FAMILY-00002"), QStringLiteral("1") }) {
        model.setFilter(filter);
        qint64 found = 0;
        for (quint32 s = 0; s < streams; ++s) {
            const QString id = index->streams().string(s);
            const QModelIndex cell = model.indexOfStream(s);
            QCOMPARE(cell.isValid(), id.contains(filter, Qt::CaseInsensitive));
            if (!cell.isValid())
                continue;
            ++found;
            QCOMPARE(cell.column(), int(StreamsModel::Stream));
            QCOMPARE(model.streamAt(cell), qint64(s));
            QCOMPARE(cell.data(StreamsModel::StreamNumberRole).toLongLong(), qint64(s));
            QCOMPARE(cell.data(StreamsModel::StreamIdRole).toString(), id);
            QCOMPARE(cell.data().toString(), id);
            QCOMPARE(cell.parent().data(StreamsModel::AggregateTypeRole).toString(),
                index->aggregateTypes().string(index->streamAggregateType(s)));
            QCOMPARE(model.index(cell.row(), cell.column(), cell.parent()), cell);
            QCOMPARE(cell.data(StreamsModel::EventCountRole).toLongLong(), qint64(index->streamPositions(s).size()));
        }
        QCOMPARE(found, model.visibleStreamCount());
    }
    QVERIFY(!model.indexOfStream(streams).isValid());
    QCOMPARE(model.streamAt(model.index(0, 0)), -1);
    QCOMPARE(model.streamAt({}), -1);
}

void TestStreamsModel::naturalOrder()
{
    QVERIFY(StreamsModel::naturalCompare("a-2", "a-10") < 0);
    QVERIFY(StreamsModel::naturalCompare("a-10", "a-2") > 0);
    QVERIFY(StreamsModel::naturalCompare("a-000002", "a-000010") < 0);
    QVERIFY(StreamsModel::naturalCompare("a-01", "a-1") != 0); // distinct strings never tie
    QVERIFY(StreamsModel::naturalCompare("a-01", "a-2") < 0);
    QVERIFY(StreamsModel::naturalCompare("Item-10", "item-11") < 0); // letters ignore case
    QVERIFY(StreamsModel::naturalCompare("item-10", "Item-11") < 0);
    QVERIFY(StreamsModel::naturalCompare("a", "a-1") < 0);
    QVERIFY(StreamsModel::naturalCompare("x", "x") == 0);
    QVERIFY(StreamsModel::naturalCompare("", "a") < 0);

    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(syntheticIndex({
        { "order-10", "Order", 1'000'000 },
        { "order-9", "Order", 2'000'000 },
        { "Order-11", "Order", 3'000'000 },
        { "order-9", "Order", kInvalidTime },
        { "cart-1", "cart", 5'000'000 },
        { "Basket-3", "Basket", kInvalidTime },
        { "", "", 7'000'000 },
    }));
    QCOMPARE(shownIds(model),
        QStringList({ QString(), QStringLiteral("Basket-3"), QStringLiteral("cart-1"), QStringLiteral("order-9"),
            QStringLiteral("order-10"), QStringLiteral("Order-11") }));
    QCOMPARE(model.index(0, 0).data().toString(), typeRowText(QStringLiteral("(no type)"), 1));
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), QStringLiteral("(no stream id)"));
    // An unparseable time is kInvalidTime in the roles and empty on screen; sums skip it.
    const QModelIndex basket = model.index(0, 0, model.index(1, 0));
    QCOMPARE(basket.data(StreamsModel::FirstTimeRole).toLongLong(), kInvalidTime);
    QCOMPARE(model.index(0, StreamsModel::First, model.index(1, 0)).data().toString(), QString());
    const QModelIndex order9 = model.index(0, 0, model.index(3, 0));
    QCOMPARE(order9.data(StreamsModel::EventCountRole).toLongLong(), 2);
    QCOMPARE(order9.data(StreamsModel::FirstTimeRole).toLongLong(), 2'000'000);
    QCOMPARE(order9.data(StreamsModel::LastTimeRole).toLongLong(), kInvalidTime);
    QCOMPARE(model.index(3, 0).data(StreamsModel::EventCountRole).toLongLong(), 4);
    QCOMPARE(model.index(3, 0).data(StreamsModel::FirstTimeRole).toLongLong(), 1'000'000);
    QCOMPARE(model.index(3, 0).data(StreamsModel::LastTimeRole).toLongLong(), 3'000'000);
    QCOMPARE(model.index(3, StreamsModel::First).data().toString(), TimestampParser::toIso(1'000'000));
}

void TestStreamsModel::nonAsciiFilterAsQString()
{
    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const IndexPtr index = syntheticIndex({
        { "\xc3\x84rger-2", "Complaint", 1 }, // Ärger-2
        { "\xc3\xa4rger-10", "Complaint", 2 }, // ärger-10
        { "stra\xc3\x9f"
          "e-1",
            "Street", 3 }, // straße-1
        { "temp-\xe2\x84\xaa"
          "1",
            "Sensor", 4 }, // temp-K1 with KELVIN SIGN, which folds to 'k'
        { "temp-k2", "Sensor", 5 }, { "plain-ascii", "Sensor", 6 }, { "\xf0\x9f\x93\xa6-box", "Parcel", 7 }, // 📦-box
    });
    model.setIndex(index);
    QStringList ids;
    for (quint32 s = 0; s < index->streams().size(); ++s)
        ids << index->streams().string(s);

    for (const QString& needle : { QStringLiteral("\u00e4"), QStringLiteral("\u00c4RGER"), QStringLiteral("rger"),
             QStringLiteral("k"), QStringLiteral("K1"), QStringLiteral("\u212a"), QStringLiteral("\u00df"),
             QStringLiteral("SS"), QStringLiteral("-1"), QStringLiteral("e"), QStringLiteral("\U0001F4E6"),
             QStringLiteral("box"), QStringLiteral("PLAIN-ASCII"), QStringLiteral("\u00e9") }) {
        model.setFilter(needle);
        QSet<QString> want;
        for (const QString& id : ids) {
            if (id.contains(needle, Qt::CaseInsensitive))
                want.insert(id);
        }
        const QStringList shown = shownIds(model);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()), want);
    }
    model.setFilter(QStringLiteral("k"));
    QCOMPARE(model.visibleStreamCount(), 2); // temp-K1 (Kelvin sign) and temp-k2
}

void TestStreamsModel::randomIdsAgainstBruteForce()
{
    // Short ids from a small alphabet, so that needles hit often, straddle neighbouring ids in
    // the pool and end ids; digit runs (some over 255 digits) and prefixes shared by a whole
    // type exercise the sort keys.
    QRandomGenerator random(2024);
    const char alphabet[] = "aB-019z";
    std::vector<std::string> ids;
    std::vector<std::string> types;
    for (int i = 0; i < 3000; ++i) {
        std::string id;
        const int length = int(random.bounded(9U));
        for (int k = 0; k < length; ++k)
            id += alphabet[random.bounded(7U)];
        std::string type = std::string(1, "PQR"[random.bounded(3U)]);
        if (i % 7 == 0) {
            id.insert(0, "same-01"); // the whole S type shares "same-01", which ends in a digit run
            type = "S";
        }
        if (i % 500 == 0)
            id += std::string(256 + random.bounded(3U), '7') + (i % 1000 == 0 ? "x" : "y");
        ids.push_back(id);
        types.push_back(type);
    }
    IndexColumns c;
    c.typeNames.intern("Happened");
    c.userNames.intern("");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const quint32 known = c.streamNames.size();
        const quint32 stream = c.streamNames.intern(ids[i]);
        if (stream == known)
            c.streamAggregateTypes.push_back(c.aggregateTypeNames.intern(types[i]));
        c.timestamps.push_back(qint64(i));
        c.streams.push_back(stream);
        c.versions.push_back(1);
        c.types.push_back(0);
        c.schemaVersions.push_back(1);
        c.users.push_back(0);
        c.correlations.push_back(-1);
        c.causations.push_back(kNoCausation);
    }
    const auto index = std::make_shared<const EventIndex>(std::move(c));
    const StringPool& names = index->streams();

    StreamsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(index);

    // Order: per type (by name), ids as a plain sort with naturalCompare puts them.
    std::vector<quint32> expectedOrder(names.size());
    std::iota(expectedOrder.begin(), expectedOrder.end(), 0U);
    std::sort(expectedOrder.begin(), expectedOrder.end(), [&](quint32 a, quint32 b) {
        const std::string_view ta = index->aggregateTypes().view(index->streamAggregateType(a));
        const std::string_view tb = index->aggregateTypes().view(index->streamAggregateType(b));
        if (ta != tb)
            return ta < tb;
        return StreamsModel::naturalCompare(names.view(a), names.view(b)) < 0;
    });
    QStringList expectedIds;
    for (quint32 s : expectedOrder)
        expectedIds << names.string(s);
    QCOMPARE(shownIds(model), expectedIds);

    QStringList all;
    for (quint32 s = 0; s < names.size(); ++s)
        all << names.string(s);
    for (int round = 0; round < 300; ++round) {
        QString needle;
        const int length = 1 + int(random.bounded(5U));
        for (int k = 0; k < length; ++k)
            needle += QChar(u"aAbB-019zZ7xY"[random.bounded(13U)]);
        if (round % 50 == 0)
            needle = QString(3 + int(random.bounded(300U)), u'7');
        model.setFilter(needle);
        QSet<QString> want;
        for (const QString& id : all) {
            if (id.contains(needle, Qt::CaseInsensitive))
                want.insert(id);
        }
        const QStringList shown = shownIds(model);
        QCOMPARE(shown.size(), want.size());
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()), want);
        for (quint32 s = 0; s < names.size(); s += 13)
            QCOMPARE(model.streamAt(model.indexOfStream(s)), want.contains(all.at(int(s))) ? qint64(s) : -1);
    }
}

QTEST_GUILESS_MAIN(TestStreamsModel)
#include "tst_streamsmodel.moc"
