// SPDX-License-Identifier: MIT
// The case file: every field survives a save and a reopen, two writers never corrupt it, a
// damaged file is set aside (kept) and a fresh case works, an unwritable store folder
// falls back to the data directory, a newer version's file is not destroyed. And state
// search: the first version where an expression about the state holds, checked against
// every state of the stream.

#include "case/casefile.h"
#include "index/indexbuilder.h"
#include "replay/jsprojection.h"
#include "replay/replayer.h"
#include "replay/replayservice.h"
#include "replay/statepredicate.h"
#include "testutils.h"

#include <QProcess>

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

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run chronoscope(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

const QString kFamilyProjection = QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#family");
const QString kOverdue = QStringLiteral("state.overdue === true");

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
    void resolvesAnchorsAfterReindexing();

    // State search.
    void findsTheFirstOverdueVersion();
    void findsFromAPlayheadOn();
    void noVersionMatches();
    void expressionErrors_data();
    void expressionErrors();
    void replayServiceSearchesOnTheWorker();
    void commandLineFindState();

private:
    /// The sample store (made once) and its family streams that go overdue, with the
    /// version where that first happens by brute force: every state of the stream replayed
    /// and looked at.
    QTemporaryDir m_sampleDir;
    QString m_sample;
    IndexPtr m_index;
    StorePtr m_store;
    QMap<QString, qint64> m_firstOverdueCount; ///< stream → events applied when overdue first holds
};

void TestCaseFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample = sampleStore(m_sampleDir, 4000, 40);
    auto store = openStore(m_sample);
    QVERIFY(store);
    m_store = std::move(store).value();
    auto index = IndexBuilder(*m_store).build();
    QVERIFY(index);
    m_index = *index;
    // Families with an overdue notice, by SQL.
    const QStringList overdue = query(m_sample,
        "SELECT aggregate_id, MIN(aggregate_version) FROM events WHERE event_type = 'PaymentOverdue' "
        "GROUP BY aggregate_id ORDER BY aggregate_id LIMIT 3");
    QVERIFY2(!overdue.isEmpty(), "the sample has overdue families");
    ProjectionOptions options;
    auto projection = loadProjection(ProjectionSpec::parse(kFamilyProjection), options);
    QVERIFY(projection);
    Replayer replayer(*m_store, m_index, **projection);
    for (const QString& row : overdue) {
        const QString stream = row.section(u'|', 0, 0);
        const qint64 firstNotice = row.section(u'|', 1, 1).toLongLong();
        const quint32 id = m_index->streams().find(stream).value();
        const auto total = static_cast<qint64>(m_index->streamPositions(id).size());
        for (qint64 count = 0; count <= total; ++count) {
            auto state = replayer.stateAfter(id, count);
            QVERIFY(state);
            const auto json = nlohmann::json::parse(state->json.toStdString());
            if (json.value("overdue", false)) {
                m_firstOverdueCount[stream] = count;
                // What docs/sample-store.md says: PaymentOverdue sets overdue.
                QCOMPARE(state->version, firstNotice);
                break;
            }
        }
        QVERIFY2(m_firstOverdueCount.contains(stream), qPrintable(stream));
    }
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

void TestCaseFile::resolvesAnchorsAfterReindexing()
{
    QTemporaryDir dir;
    const QString store = fakeStore(dir);
    const QString stream = m_firstOverdueCount.firstKey();
    const quint32 id = m_index->streams().find(stream).value();
    const qint32 third = m_index->streamPositions(id)[2];
    CaseFile file;
    file.open(store);
    // Marked when the store was indexed with rows the index now skips: the position moved.
    file.toggleBookmark(EventAnchor { third + 5, {}, stream, m_index->version(third) }, QStringLiteral("moved"));
    file.addNote(EventAnchor { third, {}, stream, m_index->version(third) }, QStringLiteral("in place"));
    file.addNote(EventAnchor { 3, {}, QStringLiteral("family-999999"), 1 }, QStringLiteral("gone"));
    QCOMPARE(file.resolve(*m_index), 1);
    QCOMPARE(file.bookmarks().at(0).event.position, qint64(third));
    QCOMPARE(file.notes().at(0).event.position, qint64(third));
    QCOMPARE(file.notes().at(1).event.position, qint64(3)); // kept as it was, reported
    file.setEventId(third, QStringLiteral("the-id"));
    QCOMPARE(file.bookmarks().at(0).event.eventId, QStringLiteral("the-id"));
    QCOMPARE(file.notes().at(0).event.eventId, QStringLiteral("the-id"));
}

void TestCaseFile::findsTheFirstOverdueVersion()
{
    ProjectionOptions options;
    for (auto it = m_firstOverdueCount.begin(); it != m_firstOverdueCount.end(); ++it) {
        auto projection = loadProjection(ProjectionSpec::parse(kFamilyProjection), options);
        QVERIFY(projection);
        Replayer replayer(*m_store, m_index, **projection);
        auto predicate = StatePredicate::compile(kOverdue);
        QVERIFY(predicate);
        auto found = replayer.findFirst(it.key(), **predicate);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
        QVERIFY(found->has_value());
        QCOMPARE((*found)->count, it.value());
        QCOMPARE((*found)->streamId, it.key());
        QVERIFY((*found)->json.contains("\"overdue\":true"));
        // The replayer is usable afterwards and agrees with itself.
        auto before = replayer.stateAfter(m_index->streams().find(it.key()).value(), it.value() - 1);
        QVERIFY(before && !before->json.contains("\"overdue\":true"));
    }
}

void TestCaseFile::findsFromAPlayheadOn()
{
    const QString stream = m_firstOverdueCount.firstKey();
    const qint64 first = m_firstOverdueCount.first();
    auto projection = loadProjection(ProjectionSpec::parse(kFamilyProjection), {});
    QVERIFY(projection);
    Replayer replayer(*m_store, m_index, **projection);
    // "Find next": from the match on, the state still holds there; one later, the next
    // state where it holds (by brute force).
    auto predicate = StatePredicate::compile(kOverdue);
    QVERIFY(predicate);
    auto same = replayer.findFirst(stream, **predicate, first);
    QVERIFY(same && same->has_value());
    QCOMPARE((*same)->count, first);
    const quint32 id = m_index->streams().find(stream).value();
    const auto total = static_cast<qint64>(m_index->streamPositions(id).size());
    qint64 expected = -1;
    for (qint64 count = first + 1; count <= total && expected < 0; ++count) {
        auto state = replayer.stateAfter(id, count);
        QVERIFY(state);
        if (nlohmann::json::parse(state->json.toStdString()).value("overdue", false))
            expected = count;
    }
    auto next = replayer.findFirst(stream, **predicate, first + 1);
    QVERIFY(next);
    QCOMPARE(next->has_value() ? (*next)->count : -1, expected);
}

void TestCaseFile::noVersionMatches()
{
    auto projection = loadProjection(ProjectionSpec::parse(kFamilyProjection), {});
    QVERIFY(projection);
    Replayer replayer(*m_store, m_index, **projection);
    auto predicate = StatePredicate::compile(QStringLiteral("state.status == \"no such status\""));
    QVERIFY(predicate);
    auto found = replayer.findFirst(m_firstOverdueCount.firstKey(), **predicate);
    QVERIFY(found);
    QVERIFY(!found->has_value());
}

void TestCaseFile::expressionErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("atCompile");
    QTest::addRow("syntax") << QStringLiteral("state.status ==") << QStringLiteral("SyntaxError") << true;
    QTest::addRow("empty") << QStringLiteral("  ") << QStringLiteral("the expression is empty") << true;
    QTest::addRow("statement, not expression")
        << QStringLiteral("); while (true) {} (") << QStringLiteral("SyntaxError") << true;
    QTest::addRow("unknown name") << QStringLiteral("stat.overdue") << QStringLiteral("ReferenceError") << false;
    QTest::addRow("runaway") << QStringLiteral("(() => { while (true) {} })()")
                             << QStringLiteral("ran longer than 300 ms") << false;
}

void TestCaseFile::expressionErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QFETCH(bool, atCompile);
    ProjectionOptions options;
    options.timeLimitMs = 300;
    auto predicate = StatePredicate::compile(expression, options);
    if (atCompile) {
        QVERIFY(!predicate);
        QVERIFY2(predicate.error().toString().contains(message), qPrintable(predicate.error().toString()));
        return;
    }
    QVERIFY(predicate);
    auto projection = loadProjection(ProjectionSpec::parse(kFamilyProjection), options);
    QVERIFY(projection);
    Replayer replayer(*m_store, m_index, **projection);
    auto found = replayer.findFirst(m_firstOverdueCount.firstKey(), **predicate);
    QVERIFY(!found);
    const QString text = found.error().toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(expression), qPrintable(text));
    QVERIFY2(text.contains(u"after 0 events"), qPrintable(text));
}

void TestCaseFile::replayServiceSearchesOnTheWorker()
{
    ReplayService service;
    QSignalSpy ready(&service, &ReplayService::sourceReady);
    service.setSource(m_sample, m_index, ProjectionSpec::parse(kFamilyProjection));
    QTRY_COMPARE(ready.count(), 1);
    QSignalSpy finished(&service, &ReplayService::findStateFinished);
    QSignalSpy failed(&service, &ReplayService::findStateFailed);
    const QString stream = m_firstOverdueCount.lastKey();
    // A newer search supersedes an older one: only its answer arrives.
    service.requestFindState(stream, QStringLiteral("state.status == \"no such status\""));
    const quint64 request = service.requestFindState(stream, kOverdue);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.at(0).at(0).toULongLong(), request);
    const auto answer = finished.at(0).at(1).value<FindStateAnswer>();
    QVERIFY(answer.found);
    QCOMPARE(answer.state.count, m_firstOverdueCount.last());
    QCOMPARE(answer.expression, kOverdue);

    service.requestFindState(stream, QStringLiteral("state.overdue ==="));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(1).value<ReplayError>().toString().contains(u"SyntaxError"));
}

void TestCaseFile::commandLineFindState()
{
    const QString stream = m_firstOverdueCount.firstKey();
    const qint64 count = m_firstOverdueCount.first();
    const qint32 position = m_index->streamPositions(m_index->streams().find(stream).value())[count - 1];
    Run run = chronoscope({ QStringLiteral("find-state"), m_sample, QStringLiteral("--stream"), stream,
        QStringLiteral("--where"), kOverdue, QStringLiteral("--projection"), kFamilyProjection,
        QStringLiteral("--json"), QStringLiteral("--no-cache") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto json = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(json["found"].get<bool>(), true);
    QCOMPARE(json["count"].get<qint64>(), count);
    QCOMPARE(json["position"].get<qint64>(), qint64(position));
    QCOMPARE(json["version"].get<qint64>(), qint64(m_index->version(position)));
    QCOMPARE(QString::fromStdString(json["type"].get<std::string>()), QStringLiteral("PaymentOverdue"));
    QCOMPARE(json["state"]["overdue"].get<bool>(), true);

    run = chronoscope(
        { QStringLiteral("find-state"), m_sample, QStringLiteral("--stream"), stream, QStringLiteral("--where"),
            kOverdue, QStringLiteral("--projection"), kFamilyProjection, QStringLiteral("--no-cache") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("%1: version %2 ").arg(stream).arg(m_index->version(position))),
        qPrintable(run.out));

    run = chronoscope({ QStringLiteral("find-state"), m_sample, QStringLiteral("--stream"), stream,
        QStringLiteral("--where"), QStringLiteral("state.overdue =="), QStringLiteral("--no-cache") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"chronoscope find-state: ") && run.err.contains(u"SyntaxError"), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);

    run = chronoscope({ QStringLiteral("find-state"), m_sample, QStringLiteral("--stream"), stream,
        QStringLiteral("--where"), QStringLiteral("state.status == 'nope'"), QStringLiteral("--projection"),
        kFamilyProjection, QStringLiteral("--no-cache") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"no version where"), qPrintable(run.out));

    run = chronoscope({ QStringLiteral("find-state"), m_sample, QStringLiteral("--stream"), stream });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"needs --where"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
