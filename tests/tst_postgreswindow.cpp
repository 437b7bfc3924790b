// SPDX-License-Identifier: MIT
// The window on PostgreSQL stores, on a server this test starts itself: a store written by
// a library (Emmett) opens without a mapping, its streams appear, a stream is scrubbed and
// events another connection appends arrive; a server that was down is one Reconnect away.

#include "index/indexjob.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/streamsmodel.h"
#include "livefollowcontrol.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "postgrestestserver.h"
#include "stateinspector.h"
#include "streamsview.h"
#include "testutils.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

class TestPostgresWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void libraryStoreOpensScrubsAndFollows();
    void reconnectsWhenTheServerIsBack();

private:
    PostgresTestServer m_server;
    QTemporaryDir m_dir;
};

void TestPostgresWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error)); // never skips: CI has the server
}

void TestPostgresWindow::libraryStoreOpensScrubsAndFollows()
{
    QFile sql(QStringLiteral(CHRONOSCOPE_TEST_DATA "/emmett_postgres_store.sql"));
    QVERIFY(sql.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY2(m_server.exec(QStringLiteral("postgres"), "CREATE DATABASE emmett", &error), qPrintable(error));
    QVERIFY2(m_server.exec(QStringLiteral("emmett"), sql.readAll(), &error), qPrintable(error));
    const QString stream = m_server.value(QStringLiteral("emmett"),
        "SELECT stream_id FROM emt_messages WHERE NOT is_archived AND partition = 'emt:default' AND message_kind = 'E' "
        "GROUP BY stream_id ORDER BY count(*) DESC, stream_id LIMIT 1");
    const qint64 versions = m_server
                                .value(QStringLiteral("emmett"),
                                    QStringLiteral("SELECT max(stream_position) FROM emt_messages WHERE stream_id = "
                                                   "'%1' AND NOT is_archived AND message_kind = 'E'")
                                        .arg(stream)
                                        .toUtf8())
                                .toLongLong();
    const qint64 streams = m_server
                               .value(QStringLiteral("emmett"),
                                   "SELECT count(DISTINCT stream_id) FROM emt_messages WHERE NOT is_archived AND "
                                   "partition = 'emt:default' AND message_kind = 'E'")
                               .toLongLong();
    QVERIFY2(versions >= 3 && streams >= 2, qPrintable(stream));

    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.liveFollow()->follower()->setInterval(50);
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    const QString url = m_server.url(QStringLiteral("emmett"));
    window.openStore(url);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!window.windowTitle().contains(PostgresTestServer::superuserPassword()));
    QCOMPARE(window.streamsView()->model()->visibleStreamCount(), streams);

    // Find the stream by typing its id, then scrub to its first event.
    QLineEdit* filter = window.streamsView()->filterEdit();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, stream);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(window.inspector()->streamId(), stream);
    QTRY_COMPARE(window.inspector()->count(), versions);
    QSlider* slider = window.inspector()->slider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home); // before the first event
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(window.inspector()->count(), 1);
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(window.inspector()->count(), versions);

    // Another connection appends to the stream as Emmett would; it arrives, and the
    // inspector, sitting on the latest version, moves on to it.
    QTRY_VERIFY(window.liveFollow()->isFollowing());
    const qint64 rowsBefore = window.eventModel()->rowCount();
    QVERIFY2(m_server.exec(QStringLiteral("emmett"),
                 QStringLiteral("INSERT INTO emt_messages (stream_id, stream_position, partition, message_kind, "
                                "message_data, message_metadata, message_schema_version, message_type, message_id, "
                                "is_archived, global_position, transaction_id, created) "
                                "SELECT stream_id, stream_position + 1, partition, 'E', '{\"liveMark\": 1}', "
                                "'{\"correlationId\": \"live\"}', message_schema_version, 'LiveNoted', "
                                "gen_random_uuid()::text, FALSE, nextval('emt_global_message_position'), "
                                "pg_current_xact_id(), now() FROM emt_messages WHERE stream_id = '%1' AND "
                                "stream_position = %2 AND NOT is_archived")
                     .arg(stream)
                     .arg(versions)
                     .toUtf8(),
                 &error),
        qPrintable(error));
    QTRY_COMPARE(window.eventModel()->rowCount(), rowsBefore + 1);
    QTRY_COMPARE(window.inspector()->count(), versions + 1);
    saveGrab(&window, QStringLiteral("postgres-emmett-live"));
}

void TestPostgresWindow::reconnectsWhenTheServerIsBack()
{
    const QString sample = sampleStore(m_dir, 2000, 20, 5);
    QString error;
    QVERIFY2(m_server.loadSeedStore(sample, QStringLiteral("shop"), &error), qPrintable(error));
    QVERIFY2(m_server.stop(&error), qPrintable(error));
    auto restart = qScopeGuard([this] {
        QString ignored;
        if (!m_server.isRunning())
            m_server.restart(&ignored);
    });

    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(window.indexJob(), &IndexJob::indexFailed);
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    window.openStore(m_server.url(QStringLiteral("shop")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);

    // The bar names the server and offers to try again; the password is nowhere.
    MessageBar* bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(
                 QStringLiteral("cannot connect to the PostgreSQL server at 127.0.0.1 port %1").arg(m_server.port())),
        qPrintable(bar->text()));
    QVERIFY(!bar->text().contains(PostgresTestServer::superuserPassword()));
    QToolButton* reconnect = nullptr;
    for (QToolButton* button : bar->findChildren<QToolButton*>()) {
        if (button->text() == u"Reconnect" && button->isVisible())
            reconnect = button;
    }
    QVERIFY(reconnect);
    saveGrab(&window, QStringLiteral("postgres-server-down"));

    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QTest::mouseClick(reconnect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(window.eventModel()->rowCount(), 2000);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestPostgresWindow)
#include "tst_postgreswindow.moc"
