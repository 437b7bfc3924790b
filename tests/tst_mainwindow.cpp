// SPDX-License-Identifier: MIT
// The first window: opens a store, fills the table while indexing, reports failures inline.

#include "index/indexjob.h"
#include "itemmodels/eventtablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "testutils.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensAStoreAndShowsItsEvents();
    void showsWhyAStoreCannotBeOpened();
    void cancelStopsIndexing();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

void TestMainWindow::opensAStoreAndShowsItsEvents()
{
    const QString path = sampleStore(m_dir, 30000, 200, 2);
    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1100, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    window.openStore(path);
    QVERIFY(window.findChild<QProgressBar*>()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    QCOMPARE(window.eventModel()->rowCount(), 30000);
    QVERIFY(!window.findChild<QProgressBar*>()->isVisible());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("sample.db")));
    const QString status = window.statusBar()->findChild<QLabel*>()->text();
    QVERIFY2(status.startsWith(QStringLiteral("30,000 events in")), qPrintable(status));
    QVERIFY(!window.messageBar()->isVisible());

    // The table shows the store's first event in its first row.
    auto* table = window.findChild<QTableView*>();
    const QString firstType = query(path, "SELECT event_type FROM events WHERE rowid = 1").constFirst();
    QCOMPARE(table->model()->index(0, EventTableModel::Type).data().toString(), firstType);
    QVERIFY(table->columnWidth(EventTableModel::Time)
        > table->fontMetrics().horizontalAdvance(QStringLiteral("2024-01-01T00:00:00")));

    // Click the third row, then jump to the last event with the keyboard, as a user would.
    const QRect third = table->visualRect(table->model()->index(2, EventTableModel::Type));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, third.center());
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 29999);
    QVERIFY(table->viewport()->rect().contains(table->visualRect(table->currentIndex()).center()));
    saveGrab(&window, QStringLiteral("mainwindow-sample"));
}

void TestMainWindow::showsWhyAStoreCannotBeOpened()
{
    MainWindow window;
    window.setCacheDirectory({});
    window.resize(900, 400);
    window.show();
    QSignalSpy failed(window.indexJob(), &IndexJob::indexFailed);
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    window.openStore(missing);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
    QCOMPARE(window.messageBar()->text(), missing + QStringLiteral(": does not exist"));
    QCOMPARE(window.eventModel()->rowCount(), 0);
    saveGrab(&window, QStringLiteral("mainwindow-error"));
}

void TestMainWindow::cancelStopsIndexing()
{
    const QString path = sampleStore(m_dir, 200000, 500, 3, false, QStringLiteral("big.db"));
    MainWindow window;
    window.setCacheDirectory({});
    window.show();
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    window.openStore(path);
    auto* cancel = window.statusBar()->findChild<QToolButton*>();
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QVERIFY(!cancel->isVisible());
    QVERIFY(!window.findChild<QProgressBar*>()->isVisible());
    QVERIFY(window.statusBar()->findChild<QLabel*>()->text().startsWith(QStringLiteral("Indexing cancelled")));
    // The worker stops soon, and whatever it sends late is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 10000);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(finished.size(), 0);
    QVERIFY(!window.indexJob()->isRunning());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
