// SPDX-License-Identifier: MIT
// Live follow in the real window: another connection appends and the table grows without a
// reset, the timeline's range and the streams dock follow, the inspector moves on when it
// sits on a stream's latest version and stays put otherwise; pause holds updates back and
// says how many wait, resume catches up; the audit is redone over the grown store.

#include "audit/auditjob.h"
#include "eventtableview.h"
#include "index/indexjob.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/jsontreemodel.h"
#include "itemmodels/streamsmodel.h"
#include "livefollowcontrol.h"
#include "mainwindow.h"
#include "stateinspector.h"
#include "streamsview.h"
#include "testutils.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

QString stateText(const JsonTreeModel* model, const QString& pointer)
{
    return model->indexForPointer(pointer).siblingAtColumn(JsonTreeModel::Value).data().toString();
}

qint64 streamEvents(const MainWindow& window, const QString& streamId)
{
    const StreamsModel* model = window.streamsView()->model();
    const auto stream = model->eventIndex()->streams().find(streamId);
    if (!stream)
        return -1;
    return model->indexOfStream(*stream).data(StreamsModel::EventCountRole).toLongLong();
}

} // namespace

class TestLiveFollowWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsAppendsInEveryView();
    void saysWhyAStoreCannotBeFollowed();

private:
    QTranslator m_plurals;
};

void TestLiveFollowWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    // The English plural forms, as the application installs them ("1 new event", "2 new events").
    QVERIFY(m_plurals.load(QStringLiteral(CHRONOSCOPE_QM_DIR "/chronoscope_en.qm")));
    QApplication::installTranslator(&m_plurals);
}

void TestLiveFollowWindow::followsAppendsInEveryView()
{
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 4000, 30, 11);
    StoreWriter writer(path, true); // the application that owns the store keeps it open
    const QString stream = query(path, "SELECT aggregate_id FROM events ORDER BY rowid DESC LIMIT 1").constFirst();
    const qint64 version = query(path,
        QStringLiteral("SELECT max(aggregate_version) FROM events WHERE aggregate_id = '%1'").arg(stream).toUtf8())
                               .constFirst()
                               .toLongLong();
    qint64 nextVersion = version + 1;
    auto appendToStream = [&](const QString& id, int mark) {
        writer.append(id, QStringLiteral("LiveNoted"), stream, nextVersion++,
            QStringLiteral("2031-05-01T10:00:%1Z").arg(mark, 2, 10, QLatin1Char('0')),
            QStringLiteral("{\"liveMark\":%1}").arg(mark).toUtf8());
    };

    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LiveFollowControl* follow = window.liveFollow();
    follow->follower()->setInterval(50);
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    QSignalSpy audited(window.auditJob(), &AuditJob::auditFinished);
    window.openStore(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    // Following starts by itself, as the toggle in the View menu and the status bar say.
    QTRY_VERIFY(follow->isAvailable());
    QVERIFY(follow->isFollowing());
    QAction* toggle = follow->toggleAction();
    QVERIFY(toggle->isEnabled() && toggle->isChecked());
    bool inViewMenu = false;
    for (QAction* menu : window.menuBar()->actions())
        inViewMenu
            = inViewMenu || (menu->menu()->actions().contains(toggle) && menu->text() == QStringLiteral("&View"));
    QVERIFY(inViewMenu);
    QVERIFY(window.findChild<QToolBar*>(QStringLiteral("mainToolbar"))->actions().contains(toggle));
    QCOMPARE(follow->stateLabel()->text(), QStringLiteral("Following — 0 new events"));
    QVERIFY(follow->stateLabel()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(audited.size(), 1, 30000);

    // The user sits on row 10 of the table; another process appends a new stream's event
    // and one of an existing stream.
    EventTableView* table = window.eventTable();
    EventTableModel* model = window.eventModel();
    QCOMPARE(model->rowCount(), 4000);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(10, EventTableModel::Type)).center());
    QCOMPARE(table->currentIndex().row(), 10);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    const qint64 streamsBefore = window.streamsView()->model()->visibleStreamCount();
    const qint64 boundsBefore = window.timeline()->geometry().bounds.to;
    writer.append(QStringLiteral("live-1"), QStringLiteral("SensorInstalled"), QStringLiteral("sensor-1"), 1,
        QStringLiteral("2031-05-01T09:59:00Z"));
    appendToStream(QStringLiteral("live-2"), 2);

    QTRY_COMPARE(model->rowCount(), 4002);
    QCOMPARE(resets.size(), 0); // rows inserted, not a reset: selection and scroll stay
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(inserted.constFirst().at(1).toInt(), 4000);
    QCOMPARE(table->currentIndex().row(), 10);
    QCOMPARE(model->index(4001, EventTableModel::Type).data().toString(), QStringLiteral("LiveNoted"));
    QCOMPARE(window.streamsView()->model()->visibleStreamCount(), streamsBefore + 1);
    QCOMPARE(streamEvents(window, QStringLiteral("sensor-1")), 1);
    QCOMPARE(streamEvents(window, stream), version + 1);
    const TimeUs live2 = window.eventModel()->eventIndex()->timestamp(4001);
    QTRY_VERIFY(window.timeline()->geometry().bounds.to > boundsBefore);
    QVERIFY(window.timeline()->geometry().bounds.to > live2);
    QVERIFY(window.timeline()->visibleTimeRange().to > live2); // fitted to all: the new events show
    QCOMPARE(follow->stateLabel()->text(), QStringLiteral("Following — 2 new events"));
    // The audit is redone over the grown store, not left stale.
    QTRY_COMPARE_WITH_TIMEOUT(audited.size(), 2, 30000);
    QCOMPARE(audited.constLast().at(0).value<AuditSummary>().events, 4002);

    // The inspector on the stream's latest version follows the next event.
    QLineEdit* filter = window.streamsView()->filterEdit();
    QTest::keyClicks(filter, stream);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(window.inspector()->streamId(), stream);
    QTRY_COMPARE(window.inspector()->count(), version + 1);
    QTRY_COMPARE(stateText(window.inspector()->stateModel(), QStringLiteral("/liveMark")), QStringLiteral("2"));
    appendToStream(QStringLiteral("live-3"), 3);
    QTRY_COMPARE(window.inspector()->count(), version + 2);
    QTRY_COMPARE(stateText(window.inspector()->stateModel(), QStringLiteral("/liveMark")), QStringLiteral("3"));
    QCOMPARE(window.inspector()->slider()->maximum(), version + 2);
    QCOMPARE(model->rowCount(), version + 2); // the table shows the inspected stream
    saveGrab(&window, QStringLiteral("livefollow-following"));

    // Moved back in history, it stays where the user put it; only its range grows.
    window.inspector()->setCount(version);
    QTRY_COMPARE(stateText(window.inspector()->stateModel(), QStringLiteral("/liveMark")), QString());
    appendToStream(QStringLiteral("live-4"), 4);
    QTRY_COMPARE(window.inspector()->slider()->maximum(), version + 3);
    QCOMPARE(window.inspector()->count(), version);
    QCOMPARE(stateText(window.inspector()->stateModel(), QStringLiteral("/liveMark")), QString());
    QString status;
    for (const QLabel* label : window.inspector()->findChildren<QLabel*>()) {
        if (label->text().startsWith(QStringLiteral("After event")))
            status = label->text();
    }
    QVERIFY2(
        status.startsWith(QStringLiteral("After event %1 of %2 ").arg(version).arg(version + 3)), qPrintable(status));

    // Pause (Ctrl+Shift+L): appends wait, and the status bar says how many.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!toggle->isChecked());
    QTRY_COMPARE(follow->stateLabel()->text(), QStringLiteral("Paused"));
    QToolButton* followButton = nullptr;
    for (QToolButton* candidate : window.statusBar()->findChildren<QToolButton*>()) {
        if (candidate->text() == QStringLiteral("Follow"))
            followButton = candidate;
    }
    QVERIFY(followButton);
    QVERIFY(followButton->isVisible());
    const int rowsPaused = model->rowCount();
    appendToStream(QStringLiteral("live-5"), 5);
    appendToStream(QStringLiteral("live-6"), 6);
    QTRY_COMPARE(follow->stateLabel()->text(), QStringLiteral("Paused — 2 new events waiting"));
    QCOMPARE(model->rowCount(), rowsPaused);
    QCOMPARE(window.inspector()->slider()->maximum(), version + 3);
    saveGrab(&window, QStringLiteral("livefollow-paused"));
    const FileFingerprint beforeCatchUp = fingerprint(path);

    // Follow again with the status bar button: it catches up at once.
    QTest::mouseClick(followButton, Qt::LeftButton);
    QVERIFY(toggle->isChecked());
    QTRY_COMPARE(model->rowCount(), rowsPaused + 2);
    QCOMPARE(window.inspector()->slider()->maximum(), version + 5);
    QCOMPARE(window.inspector()->count(), version);
    QCOMPARE(follow->stateLabel()->text(), QStringLiteral("Following — 6 new events"));
    QCOMPARE(followButton->text(), QStringLiteral("Pause"));
    // Reading what was appended wrote nothing.
    QCOMPARE(fingerprint(path), beforeCatchUp);

    // Closing the store stops following.
    window.closeStore();
    QVERIFY(!follow->isAvailable());
    QVERIFY(!toggle->isEnabled());
}

void TestLiveFollowWindow::saysWhyAStoreCannotBeFollowed()
{
    // A WAL store without its -wal and -shm, in a folder we cannot write to: read as
    // immutable, which never sees appends.
    QTemporaryDir dir;
    const QString path = sampleStore(dir, 500, 5, 2);
    execWritable(path, "PRAGMA journal_mode=WAL;");
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    const auto restore = qScopeGuard(
        [&] { QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    auto unprivileged = std::make_unique<UnprivilegedScope>();
    MainWindow window;
    window.setCacheDirectory({});
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    window.openStore(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    LiveFollowControl* follow = window.liveFollow();
    QTRY_COMPARE(follow->stateLabel()->text(), QStringLiteral("Live follow unavailable"));
    QVERIFY(follow->stateLabel()->isVisible());
    const QString why = follow->stateLabel()->toolTip();
    QVERIFY2(
        why.contains(QStringLiteral("immutable")) && why.contains(QStringLiteral("appended events")), qPrintable(why));
    QCOMPARE(window.statusBar()->currentMessage(), why); // said where it is read, not only on hover
    QVERIFY(!follow->toggleAction()->isEnabled());
    QVERIFY(!follow->isFollowing());
    QCOMPARE(window.eventModel()->rowCount(), 500); // the store itself is shown as usual
    unprivileged.reset(); // the grab goes where only we may write
    saveGrab(&window, QStringLiteral("livefollow-unavailable"));
}

QTEST_MAIN(TestLiveFollowWindow)
#include "tst_livefollowwindow.moc"
