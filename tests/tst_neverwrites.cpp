// SPDX-License-Identifier: MIT
// Never writes, proven (issue #11): every command-line command and the window's main paths
// run on a store whose file is 0444 in a 0555 folder, and afterwards the store, its folder
// listing and every file in it (a WAL store's -wal/-shm included) have the same bytes and
// mtime: a rollback-journal store, a WAL store closed cleanly, and a WAL store with the stale
// -wal/-shm a read-only reader left. CI runs as root, which ignores permissions, so the bytes are the
// proof, not the permission errors.

#include "diffview.h"
#include "index/indexjob.h"
#include "mainwindow.h"
#include "stateinspector.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kReadOnlyFile
    = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther; // 0444
constexpr QFileDevice::Permissions kReadOnlyFolder
    = kReadOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther; // 0555
constexpr QFileDevice::Permissions kWritableFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString projection(const QString& name)
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/") + name;
}

/// Everything in a folder that a write would change: names, and per file bytes, size, mtime.
struct FolderState
{
    QDateTime folderModified;
    QStringList names;
    QList<FileFingerprint> files;
    bool operator==(const FolderState&) const = default;
};

FolderState folderState(const QString& folder)
{
    FolderState state;
    state.folderModified = QFileInfo(folder).lastModified();
    const QDir dir(folder);
    state.names = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : std::as_const(state.names))
        state.files << fingerprint(dir.filePath(name));
    return state;
}

QString describe(const FolderState& state)
{
    QStringList lines;
    for (qsizetype i = 0; i < state.names.size(); ++i) {
        lines << u"%1 %2 bytes sha256 %3 mtime %4"_s.arg(state.names.at(i))
                     .arg(state.files.at(i).size)
                     .arg(QString::fromLatin1(state.files.at(i).sha256.left(12)),
                         state.files.at(i).modified.toString(Qt::ISODateWithMs));
    }
    return lines.join(u"; ");
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run chronoscope(const QStringList& arguments, const QString& cacheDirectory)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CHRONOSCOPE_CACHE_DIR"_s, cacheDirectory);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CHRONOSCOPE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("chronoscope %s did not finish", qPrintable(arguments.join(u' ')));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestNeverWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commandLine_data();
    void commandLine();
    void mainWindow_data();
    void mainWindow();

private:
    QString storeOfKind(const QString& kind) const;

    QTemporaryDir m_dir;
    QString m_rollback; ///< a rollback-journal store (the generator's)
    QString m_wal; ///< the same store in WAL mode, closed cleanly (no -wal/-shm)
    QString m_stale; ///< the WAL store with the -wal/-shm a read-only reader left
    QString m_out; ///< a writable folder for reports and exports
    QString m_family;
    QString m_eventId;
    QString m_correlation;
    qint64 m_snapshotVersion = 0;
};

void TestNeverWrites::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString source = sampleStore(m_dir, 3000, 30, 4, true, u"source.db"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"rollback"_s));
    QVERIFY(QDir(m_dir.path()).mkpath(u"wal"_s));
    QVERIFY(QDir(m_dir.path()).mkpath(u"stale"_s));
    QVERIFY(QDir(m_dir.path()).mkpath(u"out"_s));
    m_rollback = m_dir.filePath(u"rollback/store.db"_s);
    m_wal = m_dir.filePath(u"wal/store.db"_s);
    m_stale = m_dir.filePath(u"stale/store.db"_s);
    m_out = m_dir.filePath(u"out"_s);
    QVERIFY(QFile::copy(source, m_rollback));
    QVERIFY(QFile::copy(source, m_wal));
    execWritable(m_wal, "PRAGMA journal_mode=WAL;");
    QCOMPARE(siblings(m_wal), QStringList { u"store.db"_s }); // closed cleanly: no -wal, no -shm
    QFile header(m_wal);
    QVERIFY(header.open(QIODevice::ReadOnly));
    QCOMPARE(header.read(20).mid(18), QByteArray("\x02\x02", 2)); // file format 2: WAL

    // A WAL store with the -wal and -shm a read-only reader leaves behind (as sqlite3 -readonly
    // does): a later reader would rebuild the index in that -shm.
    QVERIFY(QFile::copy(m_wal, m_stale));
    {
        sqlite3* reader = nullptr;
        const QByteArray uri = QByteArray("file:") + QFile::encodeName(m_stale) + QByteArray("?mode=ro");
        QCOMPARE(sqlite3_open_v2(uri.constData(), &reader, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(reader, "SELECT count(*) FROM events", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(reader);
    }
    QCOMPARE(siblings(m_stale), (QStringList { u"store.db"_s, u"store.db-shm"_s, u"store.db-wal"_s }));

    const QStringList snapshot = query(source,
        "SELECT aggregate_id, aggregate_version FROM snapshots WHERE aggregate_type = 'Family' "
        "ORDER BY aggregate_version LIMIT 1")
                                     .value(0)
                                     .split(u'|');
    QCOMPARE(snapshot.size(), 2);
    m_family = snapshot.at(0);
    m_snapshotVersion = snapshot.at(1).toLongLong();
    const QStringList event = query(source,
        ("SELECT event_id, correlation_id FROM events WHERE aggregate_id = '" + m_family.toUtf8()
            + "' AND correlation_id IS NOT NULL ORDER BY aggregate_version LIMIT 1"))
                                  .value(0)
                                  .split(u'|');
    QCOMPARE(event.size(), 2);
    m_eventId = event.at(0);
    m_correlation = event.at(1);

    for (const QString& store : { m_rollback, m_wal, m_stale }) {
        QVERIFY(QFile::setPermissions(store, kReadOnlyFile));
        QVERIFY(QFile::setPermissions(QFileInfo(store).absolutePath(), kReadOnlyFolder));
    }
}

void TestNeverWrites::cleanupTestCase()
{
    for (const QString& store : { m_rollback, m_wal, m_stale })
        QFile::setPermissions(QFileInfo(store).absolutePath(), kWritableFolder);
}

void TestNeverWrites::commandLine_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments"); // STORE stands for the store, OUT/ for the writable folder
    QTest::addColumn<QList<int>>("exitCodes");

    const QString sample = projection(u"sample.js"_s);
    const QString version = QString::number(m_snapshotVersion);
    struct Command
    {
        const char* name;
        QStringList arguments;
        QList<int> exitCodes = { 0 };
    };
    const QList<Command> commands {
        { "info", { u"info"_s, u"STORE"_s } },
        { "info --json --no-cache", { u"info"_s, u"STORE"_s, u"--json"_s, u"--no-cache"_s } },
        { "events jsonl", { u"events"_s, u"STORE"_s, u"--format"_s, u"jsonl"_s } },
        { "events csv of a stream", { u"events"_s, u"STORE"_s, u"--stream"_s, m_family, u"--format"_s, u"csv"_s } },
        { "events table in a range",
            { u"events"_s, u"STORE"_s, u"--from"_s, u"2020-01-01"_s, u"--to"_s, u"2030-01-01"_s, u"--limit"_s,
                u"50"_s } },
        { "state merge", { u"state"_s, u"STORE"_s, u"--stream"_s, m_family } },
        { "state sample.js at a time",
            { u"state"_s, u"STORE"_s, u"--stream"_s, m_family, u"--at"_s, u"2030-01-01"_s, u"--projection"_s,
                sample } },
        { "state snapshots",
            { u"state"_s, u"STORE"_s, u"--stream"_s, m_family, u"--version"_s, version, u"--projection"_s,
                u"snapshots"_s } },
        { "diff versions",
            { u"diff"_s, u"STORE"_s, u"--stream"_s, m_family, u"--from"_s, u"1"_s, u"--to"_s, u"3"_s, u"--projection"_s,
                sample } },
        { "diff snapshot drift",
            { u"diff"_s, u"STORE"_s, u"--stream"_s, m_family, u"--version"_s, version, u"--projection"_s,
                u"snapshots"_s, u"--vs"_s, sample, u"--format"_s, u"tree"_s } },
        { "blame", { u"blame"_s, u"STORE"_s, u"--stream"_s, m_family, u"--path"_s, u"/status"_s, u"--json"_s } },
        { "graph dot", { u"graph"_s, u"STORE"_s, u"--event"_s, m_eventId } },
        { "graph svg", { u"graph"_s, u"STORE"_s, u"--correlation"_s, m_correlation, u"--format"_s, u"svg"_s } },
        { "graph json", { u"graph"_s, u"STORE"_s, u"--position"_s, u"0"_s, u"--format"_s, u"json"_s } },
        { "verify", { u"verify"_s, u"STORE"_s }, { 1 } }, // the anomalies sample has findings
        { "verify json with a projection",
            { u"verify"_s, u"STORE"_s, u"--projection"_s, sample, u"--format"_s, u"json"_s }, { 1 } },
        { "report html",
            { u"report"_s, u"STORE"_s, u"--stream"_s, m_family, u"--at"_s, u"2030-01-01"_s, u"--format"_s, u"html"_s,
                u"-o"_s, u"OUT/report.html"_s } },
        { "report json, then verify-report",
            { u"report"_s, u"STORE"_s, u"--correlation"_s, m_correlation, u"--version"_s, u"1"_s, u"--format"_s,
                u"json"_s, u"-o"_s, u"OUT/report.json"_s } },
        { "verify-report", { u"verify-report"_s, u"OUT/report.json"_s, u"STORE"_s } },
        { "sample elsewhere", { u"sample"_s, u"--out"_s, u"OUT/other.db"_s, u"--events"_s, u"100"_s } },
    };
    for (const char* kind : { "rollback", "wal", "stale" }) {
        for (const Command& command : commands) {
            QTest::addRow("%s: %s", kind, command.name)
                << QString::fromLatin1(kind) << command.arguments << command.exitCodes;
        }
    }
}

void TestNeverWrites::commandLine()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QList<int>, exitCodes);
    const QString store = storeOfKind(kind);
    const QString folder = QFileInfo(store).absolutePath();
    QString output;
    for (QString& argument : arguments) {
        if (argument == u"STORE") {
            argument = store;
        } else if (argument.startsWith(u"OUT/")) {
            argument = m_out + argument.mid(3) + u'-' + kind;
            output = argument;
        }
    }
    const QTemporaryDir cache;
    const FolderState before = folderState(folder);
    // Twice: the first run writes the index cache (elsewhere), the second reads it back.
    for (int run = 0; run < 2; ++run) {
        if (arguments.constFirst() == u"sample")
            QFile::remove(output); // sample refuses to overwrite
        const Run result = chronoscope(arguments, cache.path());
        QVERIFY2(
            exitCodes.contains(result.exitCode), qPrintable(u"exit %1: %2"_s.arg(result.exitCode).arg(result.err)));
        const FolderState after = folderState(folder);
        QVERIFY2(after == before, qPrintable(u"before: %1\nafter:  %2"_s.arg(describe(before), describe(after))));
    }
}

void TestNeverWrites::mainWindow_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("rollback") << u"rollback"_s;
    QTest::newRow("wal") << u"wal"_s;
    QTest::newRow("wal with stale -wal and -shm") << u"stale"_s;
}

QString TestNeverWrites::storeOfKind(const QString& kind) const
{
    return kind == u"wal" ? m_wal : kind == u"stale" ? m_stale : m_rollback;
}

void TestNeverWrites::mainWindow()
{
    QFETCH(QString, kind);
    const QString store = storeOfKind(kind);
    const QString folder = QFileInfo(store).absolutePath();
    const FolderState before = folderState(folder);
    const QTemporaryDir cache;
    {
        MainWindow window;
        window.setCacheDirectory(cache.path());
        window.resize(1400, 900);
        window.show();
        QSignalSpy indexed(window.indexJob(), &IndexJob::indexFinished);
        QSignalSpy audited(window.auditJob(), &AuditJob::auditFinished);
        QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
        QSignalSpy compared(window.replayService(), &ReplayService::compareAvailable);
        QSignalSpy exported(&window, &MainWindow::exportFinished);

        // Open and index; the audit runs in the background with the sample projection.
        // openAt() selects the stream once indexing is final, as `chronoscope STORE --stream`.
        window.openStore(store);
        window.setProjection(projection(u"sample.js"_s));
        window.openAt(m_family);
        QTRY_COMPARE_WITH_TIMEOUT(indexed.size(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!audited.isEmpty(), 120000);

        // The stream is selected; scrub through it.
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 30000);
        StateInspector* inspector = window.inspector();
        for (qint64 count : { qint64(1), m_snapshotVersion, qint64(2), m_snapshotVersion + 1 }) {
            inspector->setCount(count);
            QTRY_COMPARE_WITH_TIMEOUT(answered.constLast().at(1).value<StateAnswer>().state.count, count, 30000);
        }

        // Diff: the stored snapshot against the replay (reads the snapshots table).
        inspector->tabs()->setCurrentWidget(inspector->diffView());
        inspector->setCount(m_snapshotVersion);
        QTRY_COMPARE_WITH_TIMEOUT(
            answered.constLast().at(1).value<StateAnswer>().state.count, m_snapshotVersion, 30000);
        compared.clear();
        inspector->diffView()->setMode(DiffView::Mode::StoredSnapshot);
        QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 30000);

        // Export the stream's events to another folder.
        const QString exportPath = m_out + u"/gui-"_s + kind + u".jsonl"_s;
        window.exportEvents(exportPath, EventExportFormat::JsonLines);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
        QVERIFY(exported.constFirst().at(1).toLongLong() > 0);
        QVERIFY(QFileInfo(exportPath).size() > 0);
        saveGrab(&window, u"neverwrites-"_s + kind);
        window.closeStore();
    }
    const FolderState after = folderState(folder);
    QVERIFY2(after == before, qPrintable(u"before: %1\nafter:  %2"_s.arg(describe(before), describe(after))));
}

QTEST_MAIN(TestNeverWrites)
#include "tst_neverwrites.moc"
