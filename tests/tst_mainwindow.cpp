// SPDX-License-Identifier: MIT
// The first window: opens a store, fills the table while indexing, reports failures inline.

#include "eventtableview.h"
#include "index/indexjob.h"
#include "index/timestampparser.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/jsontreemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "stateinspector.h"
#include "streamsview.h"
#include "testutils.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

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
    void investigateAFamily();
    void opensStraightAtAStreamAndTime();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QSettings().clear();
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

namespace {

QString sampleProjection()
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js");
}

QString stateText(const JsonTreeModel* model, const QString& pointer)
{
    return model->indexForPointer(pointer).siblingAtColumn(JsonTreeModel::Value).data().toString();
}

void grabInBothThemes(QWidget* window, const QString& name)
{
    saveGrab(window, name + QStringLiteral("-light"));
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    QCoreApplication::sendPostedEvents(); // palette changes reach widgets as posted events
    saveGrab(window, name + QStringLiteral("-dark"));
    QApplication::setPalette(light);
    QCoreApplication::sendPostedEvents();
}

} // namespace

void TestMainWindow::investigateAFamily()
{
    const QString path = sampleStore(m_dir, 40000, 300, 5, false, QStringLiteral("investigate.db"));
    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    window.openStore(path);
    window.setProjection(sampleProjection());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    // Find the family by typing its id, as a support engineer would.
    const QString family = QStringLiteral("family-000002");
    QLineEdit* filter = window.streamsView()->filterEdit();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, family);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(window.inspector()->streamId(), family);
    const qint64 events
        = query(path, QStringLiteral("SELECT count(*) FROM events WHERE aggregate_id = '%1'").arg(family).toUtf8())
              .constFirst()
              .toLongLong();
    QCOMPARE(window.eventModel()->rowCount(), events);

    // The state at the last event, as the projection builds it.
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
    QTRY_COMPARE(
        stateText(window.inspector()->stateModel(), QStringLiteral("/familyId")), QStringLiteral("\"%1\"").arg(family));
    QCOMPARE(window.inspector()->count(), events);

    // Scrub back with the keyboard: Home, then Right twice.
    QSlider* slider = window.inspector()->slider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QTest::keyClick(slider, Qt::Key_Right);
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(window.inspector()->count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(answered.constLast().at(1).value<StateAnswer>().state.count, 2, 20000);
    const StateAnswer second = answered.constLast().at(1).value<StateAnswer>();
    QCOMPARE(second.state.version, 2);
    QVERIFY(second.event.isValid());
    // "What this event changed" marks at least one path.
    const JsonTreeModel* changes = window.inspector()->changeModel();
    bool marked = false;
    for (int row = 0; row < changes->rowCount(); ++row)
        marked |= changes->index(row, 0).data(JsonTreeModel::DiffKindRole).toInt() != int(DiffKind::Unchanged);
    QVERIFY(marked);

    // Clicking an event in the table moves the playhead to it.
    QTableView* table = window.eventTable();
    const QRect fifth = table->visualRect(table->model()->index(4, EventTableModel::Type));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, fifth.center());
    QCOMPARE(window.inspector()->count(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(answered.constLast().at(1).value<StateAnswer>().state.count, 5, 20000);
    grabInBothThemes(&window, QStringLiteral("investigate-family"));
    window.inspector()->findChild<QTabWidget*>()->setCurrentIndex(1);
    grabInBothThemes(window.inspector(), QStringLiteral("inspector-changes"));

    // "Which event changed the balance?": select the field and press Enter for its history.
    window.inspector()->findChild<QTabWidget*>()->setCurrentIndex(0);
    QTreeView* stateView = window.inspector()->stateView();
    const QModelIndex balance = window.inspector()->stateModel()->indexForPointer(QStringLiteral("/balanceDueCents"));
    QVERIFY(balance.isValid());
    QSignalSpy history(window.replayService(), &ReplayService::fieldHistoryAvailable);
    const QPoint cell = stateView->visualRect(balance).center();
    QSignalSpy asked(window.inspector(), &StateInspector::historyRequested);
    QTest::mouseClick(stateView->viewport(), Qt::LeftButton, {}, cell);
    QCOMPARE(stateView->currentIndex().row(), balance.row());
    QTest::keyClick(stateView, Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().at(0).toString(), QStringLiteral("/balanceDueCents"));
    QTRY_COMPARE_WITH_TIMEOUT(history.size(), 1, 20000);
    QTreeWidget* list = window.inspector()->historyView();
    QVERIFY(list->isVisible());
    const auto fieldChanges = history.constFirst().at(2).value<std::vector<FieldChange>>();
    QCOMPARE(list->topLevelItemCount(), int(fieldChanges.size()));
    QVERIFY(fieldChanges.size() >= 2);
    // Each change's "before" is the previous one's "after", and the list is in version order.
    for (std::size_t i = 1; i < fieldChanges.size(); ++i) {
        QCOMPARE(fieldChanges[i].before, fieldChanges[i - 1].after);
        QVERIFY(fieldChanges[i].version > fieldChanges[i - 1].version);
    }
    // Activating a row moves the playhead to that event.
    list->setCurrentItem(list->topLevelItem(1));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window.inspector()->count(), fieldChanges[1].version);
    saveGrab(window.inspector(), QStringLiteral("inspector-field-history"));
}

void TestMainWindow::opensStraightAtAStreamAndTime()
{
    const QString path = sampleStore(m_dir, 20000, 200, 6, false, QStringLiteral("openat.db"));
    const QString family = QStringLiteral("family-000003");
    const QStringList third = query(path,
        QStringLiteral("SELECT event_timestamp FROM events WHERE aggregate_id = '%1' "
                       "ORDER BY rowid LIMIT 1 OFFSET 2")
            .arg(family)
            .toUtf8());
    MainWindow window;
    window.setCacheDirectory({});
    window.show();
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    window.openStore(path);
    window.setProjection(sampleProjection());
    window.openAt(family, TimestampParser::parseText(third.constFirst().toStdString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        !answered.isEmpty() && answered.constLast().at(1).value<StateAnswer>().state.count == 3, 30000);
    QCOMPARE(window.inspector()->streamId(), family);
    QCOMPARE(window.inspector()->count(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
