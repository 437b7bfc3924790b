// SPDX-License-Identifier: MIT
// The case file: every field survives a save and a reopen, two writers never corrupt it, a
// damaged file is set aside (kept) and a fresh case works, an unwritable store folder
// falls back to the data directory, a newer version's file is not destroyed. And state
// search: the first version where an expression about the state holds, checked against
// every state of the stream.

#include "case/casefile.h"
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <latch>

#include <sys/stat.h>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

/// A store-like file: the case file only needs the store to exist.
QString fakeStore(const QTemporaryDir& dir, const QString& name = QStringLiteral("store.db"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("SQLite format 3\0", 16) != 16)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

EventAnchor anchor(qint64 position, const QString& stream, qint64 version)
{
    return EventAnchor { position, QStringLiteral("evt-%1").arg(position), stream, version };
}

/// Every field set to something other than its default.
CaseData everyField()
{
    CaseData data;
    data.bookmarks << Bookmark { anchor(12, QStringLiteral("family-000001"), 3), QStringLiteral("first overdue"),
        QStringLiteral("#d04020"), 1'700'000'000'123'456 };
    data.bookmarks << Bookmark { anchor(40, QStringLiteral("account-000002"), 7), QStringLiteral("ünïcode \"quoted\""),
        QStringLiteral("#2060c0"), 1'700'000'100'000'000 };
    data.notes << EventNote { anchor(12, QStringLiteral("family-000001"), 3), QStringLiteral("line one\nline two"),
        QStringLiteral("alice"), 1'700'000'200'000'001 };
    data.notes << EventNote { anchor(99, QStringLiteral("cart-000003"), 1), QStringLiteral("why was this retried?"),
        QStringLiteral("bob"), 1'700'000'300'000'000 };
    data.timeReference = TimeReference { anchor(40, QStringLiteral("account-000002"), 7), 1'700'000'050'000'000 };
    data.timeMode = QStringLiteral("relative");
    data.savedFilters << SavedFilter { QStringLiteral("big payments"), QStringLiteral("data.amount > 400") }
                      << SavedFilter { QStringLiteral("eu"), QStringLiteral("metadata.tenant == \"eu\"") };
    data.filterHistory << QStringLiteral("type == PaymentOverdue") << QStringLiteral("stream ~ \"family_12*\"");
    data.activeProjection = QStringLiteral("/p/sample.js#family");
    data.otherProjection = QStringLiteral("/p/family-v2.js");
    data.inspectedStream = QStringLiteral("family-000001");
    data.inspectedCount = 17;
    return data;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestCaseFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripsEveryField();
    void noFileForAnUntouchedCase();
    void autosavesAfterAChange();
    void concurrentWritersLeaveOneCompleteFile();
    void damagedFileIsSetAside_data();
    void damagedFileIsSetAside();
    void unwritableFolderFallsBackToDataDirectory();
    void newerVersionIsNotDestroyed();
    void filtersAndHistory();
    void importMergesOrReplaces();
};

void TestCaseFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseFile::roundTripsEveryField()
{
    QTemporaryDir dir;
    QTemporaryDir data;
    const QString store = fakeStore(dir);
    const FileFingerprint before = fingerprint(store);
    {
        CaseFile file;
        file.setDataDirectory(data.path());
        QVERIFY(file.open(store).isEmpty());
        file.setData(everyField());
        QString error;
        QVERIFY2(file.saveNow(&error), qPrintable(error));
        QCOMPARE(file.path(), store + QStringLiteral(".chronoscope-case.json"));
    }
    CaseFile reopened;
    reopened.setDataDirectory(data.path());
    QVERIFY(reopened.open(store).isEmpty());
    QVERIFY(reopened.data() == everyField());
    QCOMPARE(reopened.bookmarks().at(1).label, QStringLiteral("ünïcode \"quoted\""));
    QCOMPARE(reopened.notes().at(0).author, QStringLiteral("alice"));
    QCOMPARE(reopened.data().timeReference->time, 1'700'000'050'000'000);
    // The store is untouched; only the case file appeared beside it.
    QCOMPARE(fingerprint(store), before);
    QCOMPARE(
        siblings(store), QStringList({ QStringLiteral("store.db"), QStringLiteral("store.db.chronoscope-case.json") }));
    const QJsonObject json = QJsonDocument::fromJson(readAll(reopened.path())).object();
    QCOMPARE(json.value(u"format").toString(), QStringLiteral("chronoscope-case"));
    QCOMPARE(json.value(u"version").toInt(), CaseFormat::kVersion);
}

void TestCaseFile::noFileForAnUntouchedCase()
{
    QTemporaryDir dir;
    const QString store = fakeStore(dir);
    {
        CaseFile file;
        file.open(store);
        file.setInspected(QString(), -1);
        QVERIFY(file.saveNow());
    }
    QCOMPARE(siblings(store), QStringList({ QStringLiteral("store.db") }));
}

void TestCaseFile::autosavesAfterAChange()
{
    QTemporaryDir dir;
    const QString store = fakeStore(dir);
    CaseFile file;
    file.setAutosaveDelay(20);
    file.open(store);
    QSignalSpy saved(&file, &CaseFile::saveFinished);
    file.toggleBookmark(anchor(5, QStringLiteral("family-000001"), 2), QStringLiteral("here"));
    file.addNote(anchor(5, QStringLiteral("family-000001"), 2), QStringLiteral("a note"));
    QTRY_COMPARE(saved.count(), 1); // two changes, one debounced save
    QCOMPARE(saved.at(0).at(0).toString(), file.path());
    QVERIFY(!file.hasUnsavedChanges());
    CaseFile other;
    other.open(store);
    QCOMPARE(other.bookmarks().size(), 1);
    QCOMPARE(other.notesAt(5).size(), 1);
    QCOMPARE(other.notes().at(0).author, CaseFile::systemUserName());
}

void TestCaseFile::concurrentWritersLeaveOneCompleteFile()
{
    QTemporaryDir dir;
    const QString store = fakeStore(dir);
    // Two windows (each its own CaseFile, as two processes would be) save over and over at once.
    std::latch opened(2); // both open before either saves, as two windows on one store
    auto writer = [store, &opened](const QString& who) -> QString {
        CaseFile file;
        file.setAuthor(who);
        file.open(store);
        opened.arrive_and_wait();
        CaseData last;
        for (int i = 0; i < 150; ++i) {
            file.addNote(anchor(i, QStringLiteral("family-000001"), i + 1), who + QString::number(i));
            QString error;
            if (!file.saveNow(&error))
                return QStringLiteral("error: ") + error;
        }
        return QString::fromUtf8(QJsonDocument(CaseFormat::toJson(file.data())).toJson());
    };
    QFuture<QString> a = QtConcurrent::run(writer, QStringLiteral("a"));
    QFuture<QString> b = QtConcurrent::run(writer, QStringLiteral("b"));
    const QString finalA = a.result();
    const QString finalB = b.result();
    QVERIFY2(!finalA.startsWith(u"error"), qPrintable(finalA));
    QVERIFY2(!finalB.startsWith(u"error"), qPrintable(finalB));
    // One complete file, equal to one writer's last state (last writer wins), no temporary files left.
    QString error;
    const auto onDisk = CaseFile::readFile(CaseFile::besidePath(store), &error);
    QVERIFY2(onDisk, qPrintable(error));
    const QString disk = QString::fromUtf8(QJsonDocument(CaseFormat::toJson(*onDisk)).toJson());
    QVERIFY(disk == finalA || disk == finalB);
    QCOMPARE(onDisk->notes.size(), 150);
    QCOMPARE(
        siblings(store), QStringList({ QStringLiteral("store.db"), QStringLiteral("store.db.chronoscope-case.json") }));
}

void TestCaseFile::damagedFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::addRow("not JSON") << QByteArray("{\"format\": \"chronoscope-case\", \"version\": 1, \"bookmarks\": [")
                              << QStringLiteral("not valid JSON at byte");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::addRow("another format") << QByteArray("{\"format\": \"wireshark\", \"version\": 1}")
                                    << QStringLiteral("'format' is not");
    QTest::addRow("version is text") << QByteArray("{\"format\": \"chronoscope-case\", \"version\": \"one\"}")
                                     << QStringLiteral("'version' is not a version number");
    QTest::addRow("version zero") << QByteArray("{\"format\": \"chronoscope-case\", \"version\": 0}")
                                  << QStringLiteral("'version' is not a version number");
    QTest::addRow("bookmarks not a list")
        << QByteArray("{\"format\": \"chronoscope-case\", \"version\": 1, \"bookmarks\": {}}")
        << QStringLiteral("bookmarks: is not a list");
    QTest::addRow("position is text") << QByteArray("{\"format\": \"chronoscope-case\", \"version\": 1, \"bookmarks\": "
                                                    "[{\"event\": {\"position\": \"12\"}, \"label\": \"x\"}]}")
                                      << QStringLiteral("bookmarks[0]: 'position' is not a whole number");
    QTest::addRow("note without text") << QByteArray("{\"format\": \"chronoscope-case\", \"version\": 1, \"notes\": "
                                                     "[{\"event\": {\"position\": 3}}]}")
                                       << QStringLiteral("notes[0]: 'text' is missing");
    QTest::addRow("bad time") << QByteArray("{\"format\": \"chronoscope-case\", \"version\": 1, \"notes\": "
                                            "[{\"event\": {\"position\": 3}, \"text\": \"t\", \"time\": \"noon\"}]}")
                              << QStringLiteral("notes[0]: 'time' is not a time: noon");
}

void TestCaseFile::damagedFileIsSetAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString store = fakeStore(dir);
    const QString casePath = CaseFile::besidePath(store);
    writeFile(casePath, content);

    CaseFile file;
    const QStringList warnings = file.open(store);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.at(0).contains(casePath), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(0).contains(reason), qPrintable(warnings.at(0)));
    QVERIFY(file.data().isEmpty());
    // Kept aside, byte for byte, under a name the warning gives.
    const QStringList aside
        = QDir(dir.path()).entryList({ QStringLiteral("store.db.chronoscope-case.json.damaged-*") }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(warnings.at(0).contains(aside.at(0)), qPrintable(warnings.at(0)));
    QCOMPARE(readAll(dir.filePath(aside.at(0))), content);
    QVERIFY(!QFileInfo::exists(casePath));

    // A fresh case works and is found again.
    file.toggleBookmark(anchor(1, QStringLiteral("family-000001"), 1), QStringLiteral("fresh"));
    QVERIFY(file.saveNow());
    CaseFile reopened;
    QVERIFY(reopened.open(store).isEmpty());
    QCOMPARE(reopened.bookmarks().size(), 1);
    QCOMPARE(reopened.bookmarks().at(0).label, QStringLiteral("fresh"));
    QCOMPARE(readAll(dir.filePath(aside.at(0))), content);
}

void TestCaseFile::unwritableFolderFallsBackToDataDirectory()
{
    QTemporaryDir dir;
    QTemporaryDir data;
    QVERIFY(QDir().mkdir(dir.filePath(QStringLiteral("readonly"))));
    const QString store = dir.filePath(QStringLiteral("readonly/store.db"));
    writeFile(store, "SQLite format 3");
    // Folders nobody can write in but the data directory; a real user's permissions apply.
    QVERIFY(chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    QVERIFY(chmod(QFile::encodeName(dir.filePath(QStringLiteral("readonly"))).constData(), 0555) == 0);
    QVERIFY(chmod(QFile::encodeName(data.path()).constData(), 0777) == 0);
    QString savedTo;
    {
        UnprivilegedScope unprivileged;
        if (!unprivileged.isActive() && geteuid() == 0)
            QSKIP("cannot drop root privileges");
        CaseFile file;
        file.setDataDirectory(data.path());
        QVERIFY(file.open(store).isEmpty());
        file.toggleBookmark(anchor(7, QStringLiteral("family-000001"), 2), QStringLiteral("read-only store"));
        QString error;
        QVERIFY2(file.saveNow(&error), qPrintable(error));
        savedTo = file.path();
        CaseFile reopened;
        reopened.setDataDirectory(data.path());
        QVERIFY(reopened.open(store).isEmpty());
        QCOMPARE(reopened.path(), savedTo);
        QCOMPARE(reopened.bookmarks().size(), 1);
        QCOMPARE(reopened.bookmarks().at(0).label, QStringLiteral("read-only store"));
    }
    QCOMPARE(savedTo, CaseFile::dataPath(store, data.path()));
    QVERIFY(savedTo.startsWith(data.path()));
    QVERIFY(savedTo.endsWith(u".chronoscope-case.json"));
    QVERIFY(QFileInfo::exists(savedTo));
    QCOMPARE(siblings(store), QStringList({ QStringLiteral("store.db") }));
    // Another store of the same name elsewhere gets another file.
    QVERIFY(CaseFile::dataPath(fakeStore(data), data.path()) != savedTo);
    chmod(QFile::encodeName(dir.filePath(QStringLiteral("readonly"))).constData(), 0755);
}

void TestCaseFile::newerVersionIsNotDestroyed()
{
    QTemporaryDir dir;
    const QString store = fakeStore(dir);
    const QString casePath = CaseFile::besidePath(store);
    const QByteArray original = R"({
  "format": "chronoscope-case", "version": 7,
  "bookmarks": [
    {"event": {"position": 3, "eventId": "e3", "streamId": "family-000001", "version": 2}, "label": "kept", "color": "#ff0000"},
    {"event": {"position": "three"}, "label": "a shape this version does not know"}
  ],
  "workspaces": [{"name": "from the future"}]
})";
    writeFile(casePath, original);
    CaseFile file;
    const QStringList warnings = file.open(store);
    QVERIFY(!warnings.isEmpty());
    QVERIFY2(warnings.at(0).contains(u"newer") && warnings.at(0).contains(casePath), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.join(u'\n').contains(u"bookmarks[1]"), qPrintable(warnings.join(u'\n')));
    // What could be read is there.
    QCOMPARE(file.bookmarks().size(), 1);
    QCOMPARE(file.bookmarks().at(0).label, QStringLiteral("kept"));
    QCOMPARE(readAll(casePath), original); // opening alone changes nothing

    file.addNote(file.bookmarks().at(0).event, QStringLiteral("added by an older Chronoscope"));
    QVERIFY(file.saveNow());
    // The original is kept byte for byte; the new file carries the unknown field on.
    QCOMPARE(readAll(casePath + QStringLiteral(".v7.json")), original);
    const QJsonObject saved = QJsonDocument::fromJson(readAll(casePath)).object();
    QCOMPARE(saved.value(u"workspaces").toArray().at(0).toObject().value(u"name").toString(),
        QStringLiteral("from the future"));
    QCOMPARE(saved.value(u"notes").toArray().size(), 1);
    // A second save does not replace the copy of the original.
    file.addNote(file.bookmarks().at(0).event, QStringLiteral("second"));
    QVERIFY(file.saveNow());
    QCOMPARE(readAll(casePath + QStringLiteral(".v7.json")), original);
}

void TestCaseFile::filtersAndHistory()
{
    QTemporaryDir dir;
    const QString store = fakeStore(dir);
    CaseFile file;
    file.open(store);
    QSignalSpy changed(&file, &CaseFile::changed);
    file.saveFilter(QStringLiteral("big"), QStringLiteral("data.amount > 400"));
    file.saveFilter(QStringLiteral("eu"), QStringLiteral("metadata.tenant == \"eu\""));
    file.saveFilter(QStringLiteral("big"), QStringLiteral("data.amount > 500")); // replaces
    QCOMPARE(file.savedFilters().size(), 2);
    QCOMPARE(file.savedFilters().at(0).expression, QStringLiteral("data.amount > 500"));
    file.removeFilter(QStringLiteral("eu"));
    QCOMPARE(file.savedFilters().size(), 1);
    for (int i = 0; i < CaseFile::kHistoryLimit + 10; ++i)
        file.addToFilterHistory(QStringLiteral("version > %1").arg(i));
    file.addToFilterHistory(QStringLiteral("version > 50")); // again: moves to the front, once
    QCOMPARE(file.filterHistory().size(), CaseFile::kHistoryLimit);
    QCOMPARE(file.filterHistory().constFirst(), QStringLiteral("version > 50"));
    QCOMPARE(file.filterHistory().count(QStringLiteral("version > 50")), 1);
    QCOMPARE(file.filterHistory().at(1), QStringLiteral("version > %1").arg(CaseFile::kHistoryLimit + 9));
    QVERIFY(changed.count() > 0);
    QVERIFY(file.saveNow());
    CaseFile reopened;
    reopened.open(store);
    QCOMPARE(reopened.filterHistory(), file.filterHistory());
    QCOMPARE(reopened.savedFilters(), file.savedFilters());
}

void TestCaseFile::importMergesOrReplaces()
{
    QTemporaryDir dir;
    const QString store = fakeStore(dir);
    CaseFile mine;
    mine.open(store);
    mine.toggleBookmark(anchor(12, QStringLiteral("family-000001"), 3), QStringLiteral("mine"));
    mine.saveFilter(QStringLiteral("big payments"), QStringLiteral("mine"));
    const QString exported = dir.filePath(QStringLiteral("colleague.chronoscope-case.json"));
    {
        QTemporaryDir other;
        CaseFile colleague;
        colleague.open(fakeStore(other));
        colleague.setData(everyField());
        QString error;
        QVERIFY2(colleague.exportTo(exported, &error), qPrintable(error));
    }
    QString error;
    const auto imported = CaseFile::readFile(exported, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(*imported == everyField());

    mine.merge(*imported);
    // The same event (by id) is bookmarked once, with my label; the other is added.
    QCOMPARE(mine.bookmarks().size(), 2);
    QCOMPARE(mine.bookmarks().at(0).label, QStringLiteral("mine"));
    QCOMPARE(mine.notes().size(), 2);
    QCOMPARE(mine.savedFilters().size(), 2);
    QCOMPARE(mine.savedFilters().at(0).expression, QStringLiteral("mine"));
    QVERIFY(mine.data().timeReference.has_value());

    mine.setData(*imported);
    QVERIFY(mine.data() == everyField());

    QVERIFY(!CaseFile::readFile(store, &error));
    QVERIFY2(error.contains(store) && error.contains(u"not a Chronoscope case file"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
