// SPDX-License-Identifier: MIT
// The index cache is reused when the store is unchanged, extended when it grew, and
// rebuilt, never trusted, when it does not match.

#include "index/indexbuilder.h"
#include "index/indexcache.h"
#include "testutils.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

struct Built
{
    IndexPtr index;
    IndexStats stats;
};

Built build(const QString& path, const QString& cacheDirectory)
{
    auto store = openStore(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().message()));
    IndexOptions options;
    options.cacheDirectory = cacheDirectory;
    IndexBuilder builder(**store, options);
    auto index = builder.build();
    if (!index)
        qFatal("%s", qPrintable(index.error().message()));
    return { *index, builder.stats() };
}

// Two indexes are equal when every column and every string agrees.
void compareIndexes(const EventIndex& a, const EventIndex& b)
{
    QCOMPARE(a.size(), b.size());
    const IndexColumns& x = a.columns();
    const IndexColumns& y = b.columns();
    QVERIFY(x.timestamps == y.timestamps);
    QVERIFY(x.streams == y.streams);
    QVERIFY(x.versions == y.versions);
    QVERIFY(x.types == y.types);
    QVERIFY(x.schemaVersions == y.schemaVersions);
    QVERIFY(x.users == y.users);
    QVERIFY(x.correlations == y.correlations);
    QVERIFY(x.causations == y.causations);
    QVERIFY(x.streamNames.blob() == y.streamNames.blob());
    QVERIFY(x.typeNames.blob() == y.typeNames.blob());
    QVERIFY(x.userNames.blob() == y.userNames.blob());
    QVERIFY(x.aggregateTypeNames.blob() == y.aggregateTypeNames.blob());
    QVERIFY(x.streamAggregateTypes == y.streamAggregateTypes);
    QCOMPARE(x.problems.size(), y.problems.size());
}

} // namespace

class TestIndexCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reusedWhenUnchanged();
    void extendedAfterAppend();
    void rebuiltWhenStoreReplacedBySameSize();
    void rebuiltWhenCacheDamaged_data();
    void rebuiltWhenCacheDamaged();
    void unwritableCacheIsNotFatal();
};

void TestIndexCache::reusedWhenUnchanged()
{
    QTemporaryDir dir;
    QTemporaryDir cache;
    const QString path = sampleStore(dir, 20000, 150, 3, true);
    const Built first = build(path, cache.path());
    QVERIFY(!first.stats.cacheUsed);
    QVERIFY2(first.stats.cacheWritten, qPrintable(first.stats.cacheNote));

    const Built second = build(path, cache.path());
    QVERIFY2(second.stats.cacheUsed, qPrintable(second.stats.cacheNote));
    QCOMPARE(second.stats.scanned, 0);
    QCOMPARE(second.stats.fromCache, 20000);
    QVERIFY(!second.stats.cacheWritten); // nothing new: no rewrite
    compareIndexes(*first.index, *second.index);
    // Lookups work on a cached index (the string pools rebuilt their tables).
    QVERIFY(second.index->streams().find(second.index->streams().view(7)) == 7u);
}

void TestIndexCache::extendedAfterAppend()
{
    QTemporaryDir dir;
    QTemporaryDir cache;
    const QString path = sampleStore(dir, 10000, 100, 4);
    build(path, cache.path());

    // Another application appends: a new stream, an event caused by an old one (found
    // through the store), one caused by a new one, and one naming a cause that is absent.
    const QString oldEvent = query(path, "SELECT event_id FROM events WHERE rowid = 17").constFirst();
    const QString oldCorrelation = query(path, "SELECT correlation_id FROM events WHERE rowid = 17").constFirst();
    execWritable(path,
        QStringLiteral(
            "INSERT INTO events VALUES "
            "('new-1','FamilyEnrolled',1,'family-new','Family',1,'{}','2025-01-01T00:00:00Z','user-9','%1','%2'),"
            "('new-2','ChildAdded',1,'family-new','Family',2,'{}','2025-01-01T00:00:01Z','user-9','fresh','new-1'),"
            "('new-3','ChildAdded',1,'family-new','Family',3,'{}','2025-01-01T00:00:02Z','user-9','fresh','gone');")
            .arg(oldCorrelation, oldEvent)
            .toUtf8());

    const Built extended = build(path, cache.path());
    QVERIFY2(extended.stats.cacheUsed, qPrintable(extended.stats.cacheNote));
    QCOMPARE(extended.stats.fromCache, 10000);
    QCOMPARE(extended.stats.scanned, 3);
    QVERIFY(extended.stats.cacheWritten);
    QCOMPARE(extended.index->causation(10000), 16);
    QCOMPARE(extended.index->causation(10001), 10000);
    QCOMPARE(extended.index->causation(10002), kDanglingCausation);
    QCOMPARE(extended.index->correlationRoot(10000), extended.index->correlationRoot(16));
    QCOMPARE(extended.index->correlationRoot(10002), 10001);

    const Built fresh = build(path, QString());
    compareIndexes(*extended.index, *fresh.index);

    const Built again = build(path, cache.path());
    QVERIFY(again.stats.cacheUsed);
    QCOMPARE(again.stats.scanned, 0);
}

void TestIndexCache::rebuiltWhenStoreReplacedBySameSize()
{
    QTemporaryDir dir;
    QTemporaryDir cache;
    const QString path = sampleStore(dir, 8000, 80, 5);
    build(path, cache.path());
    const qint64 size = QFileInfo(path).size();

    // Replace the file by a store of the same size whose first event differs.
    const QString other = sampleStore(dir, 8000, 80, 5, false, QStringLiteral("other.db"));
    execWritable(other, "UPDATE events SET user_id = 'user-XYZ' WHERE rowid = 1");
    QCOMPARE(QFileInfo(other).size(), size);
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(other, path));

    const Built rebuilt = build(path, cache.path());
    QVERIFY(!rebuilt.stats.cacheUsed);
    QVERIFY2(rebuilt.stats.cacheNote.contains(QStringLiteral("not the one that was cached")),
        qPrintable(rebuilt.stats.cacheNote));
    QCOMPARE(rebuilt.stats.scanned, 8000);
    QCOMPARE(rebuilt.index->users().string(rebuilt.index->user(0)), QStringLiteral("user-XYZ"));
}

void TestIndexCache::rebuiltWhenCacheDamaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("note");
    QTest::addRow("truncated") << "truncate"
                               << "truncated or damaged";
    QTest::addRow("flipped byte") << "flip"
                                  << "truncated or damaged";
    QTest::addRow("wrong magic") << "magic"
                                 << "not a cache of this version";
    QTest::addRow("empty file") << "empty"
                                << "truncated";
}

void TestIndexCache::rebuiltWhenCacheDamaged()
{
    QFETCH(QString, damage);
    QFETCH(QString, note);
    QTemporaryDir dir;
    QTemporaryDir cache;
    const QString path = sampleStore(dir, 5000, 50, 6);
    const Built original = build(path, cache.path());

    auto store = openStore(path);
    QVERIFY(store);
    QFile file(IndexCache(cache.path()).pathFor(**store));
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damage == u"truncate") {
        file.resize(file.size() / 2);
    } else if (damage == u"flip") {
        file.seek(file.size() / 3);
        char byte = 0;
        file.getChar(&byte);
        file.seek(file.size() / 3);
        file.putChar(static_cast<char>(byte ^ 0x10));
    } else if (damage == u"magic") {
        file.write("NOTACACHE");
    } else {
        file.resize(0);
    }
    file.close();

    const Built rebuilt = build(path, cache.path());
    QVERIFY(!rebuilt.stats.cacheUsed);
    QVERIFY2(rebuilt.stats.cacheNote.contains(note), qPrintable(rebuilt.stats.cacheNote));
    QVERIFY(rebuilt.stats.cacheWritten);
    compareIndexes(*original.index, *rebuilt.index);
}

void TestIndexCache::unwritableCacheIsNotFatal()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 2000, 20, 8);
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Built built = build(path, blocker.fileName() + QStringLiteral("/cache"));
    QCOMPARE(built.index->size(), 2000);
    QVERIFY(!built.stats.cacheWritten);
    QVERIFY2(built.stats.cacheNote.contains(QStringLiteral("cannot create the cache directory")),
        qPrintable(built.stats.cacheNote));
}

QTEST_GUILESS_MAIN(TestIndexCache)
#include "tst_indexcache.moc"
