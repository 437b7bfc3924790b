// SPDX-License-Identifier: MIT
// The hash table under the event-id, correlation and string lookups of the index.

#include "index/flathash.h"
#include "index/hash64.h"

#include <QTest>

#include <string>

using namespace Chronoscope;

namespace {

quint64 keyOf(quint32 i)
{
    const std::string text = "event-" + std::to_string(i);
    return hash64(text);
}

} // namespace

class TestFlatHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsWhatWasInserted();
    void growsAtThreeQuartersFull();
    void reserveSizesOnceForTheEntriesToCome();
    void reserveKeepsWhatIsThere();
    void sharedKeysAreConfirmedByTheCaller();
    void adoptChecksTheTable();
    void hugePageAdviceIsHarmless();
};

void TestFlatHash::findsWhatWasInserted()
{
    FlatHashMap map;
    QVERIFY(!map.find(keyOf(1)));
    map.prefetch(keyOf(1)); // on an empty table: nothing to load, nothing to crash
    for (quint32 i = 0; i < 10000; ++i)
        map.insert(keyOf(i), i);
    QCOMPARE(map.size(), std::size_t(10000));
    for (quint32 i = 0; i < 10000; ++i) {
        map.prefetch(keyOf(i));
        QCOMPARE(map.find(keyOf(i)), std::optional<quint32>(i));
    }
    for (quint32 i = 10000; i < 11000; ++i)
        QVERIFY(!map.find(keyOf(i)));
    // Zero is the empty-slot marker; a key of zero is still found.
    map.insert(0, 42);
    QCOMPARE(map.find(0), std::optional<quint32>(42));
}

void TestFlatHash::growsAtThreeQuartersFull()
{
    FlatHashMap map;
    map.insert(keyOf(0), 0);
    QCOMPARE(map.capacity(), std::size_t(64));
    for (quint32 i = 1; i < 48; ++i)
        map.insert(keyOf(i), i);
    QCOMPARE(map.capacity(), std::size_t(64)); // 48 of 64: full, not over
    map.insert(keyOf(48), 48);
    QCOMPARE(map.capacity(), std::size_t(128));
    for (quint32 i = 0; i <= 48; ++i)
        QCOMPARE(map.find(keyOf(i)), std::optional<quint32>(i));
}

void TestFlatHash::reserveSizesOnceForTheEntriesToCome()
{
    FlatHashMap map;
    map.reserve(100000);
    const std::size_t capacity = map.capacity();
    QCOMPARE(capacity, std::size_t(1) << 18); // the smallest power of two that holds 100,000 at 3/4
    QCOMPARE(map.size(), std::size_t(0));
    for (quint32 i = 0; i < 100000; ++i)
        map.insert(keyOf(i), i);
    QCOMPARE(map.capacity(), capacity); // no rehash on the way
    QCOMPARE(map.find(keyOf(99999)), std::optional<quint32>(99999));
    map.reserve(10); // never shrinks
    QCOMPARE(map.capacity(), capacity);
}

void TestFlatHash::reserveKeepsWhatIsThere()
{
    FlatHashMap map;
    for (quint32 i = 0; i < 1000; ++i)
        map.insert(keyOf(i), i);
    map.reserve(50000);
    QVERIFY(map.capacity() >= 50000 * 4 / 3);
    QCOMPARE(map.size(), std::size_t(1000));
    for (quint32 i = 0; i < 1000; ++i)
        QCOMPARE(map.find(keyOf(i)), std::optional<quint32>(i));
}

void TestFlatHash::sharedKeysAreConfirmedByTheCaller()
{
    // StringPool's use: several values under one key, the predicate picks the right one.
    FlatHashMap map;
    map.insert(7, 1);
    map.insert(7, 2);
    map.insert(7, 3);
    QCOMPARE(map.find(7), std::optional<quint32>(1));
    QCOMPARE(map.find(7, [](quint32 value) { return value == 3; }), std::optional<quint32>(3));
    QVERIFY(!map.find(7, [](quint32 value) { return value == 4; }));
}

void TestFlatHash::adoptChecksTheTable()
{
    FlatHashMap map;
    // Half full, as caches written before the 3/4 limit are: still accepted.
    std::vector<quint64> keys(64, 0);
    std::vector<quint32> values(64, 0);
    for (std::size_t i = 0; i < 32; ++i) {
        keys[i] = 1000 + i;
        values[i] = static_cast<quint32>(i);
    }
    QVERIFY(map.adopt(keys, values, 32));
    QCOMPARE(map.size(), std::size_t(32));
    // Over three quarters, not a power of two, or arrays of different lengths: refused.
    QVERIFY(!map.adopt(keys, values, 49));
    QCOMPARE(map.size(), std::size_t(0));
    QVERIFY(!map.adopt(std::vector<quint64>(48, 0), std::vector<quint32>(48, 0), 0));
    QVERIFY(!map.adopt(std::vector<quint64>(64, 0), std::vector<quint32>(32, 0), 0));
}

void TestFlatHash::hugePageAdviceIsHarmless()
{
    // Advice on ranges that hold no whole 2 MiB page, on null, and on a big block that is
    // then written and read back: the contents are the program's either way.
    adviseHugePages(nullptr, 1 << 30);
    std::vector<quint64> small(100, 7);
    adviseHugePages(small);
    QCOMPARE(small.at(99), quint64(7));
    std::vector<quint64> big;
    big.reserve(3 << 20);
    adviseHugePages(big);
    big.assign(3 << 20, 0);
    for (std::size_t i = 0; i < big.size(); i += 4096)
        big[i] = i;
    for (std::size_t i = 0; i < big.size(); i += 4096)
        QCOMPARE(big[i], quint64(i));
}

QTEST_APPLESS_MAIN(TestFlatHash)
#include "tst_flathash.moc"
