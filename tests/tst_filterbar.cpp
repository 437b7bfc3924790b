// SPDX-License-Identifier: MIT
// The filter bar in the window: typed with real keys, it narrows the table (checked
// against SQL), the timeline and the streams dock; errors show inline with the column.
#include "appsettings.h"
#include "case/casefile.h"
#include "casecontroller.h"
#include "eventtableview.h"
#include "filterbar.h"
#include "index/indexjob.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/streamsmodel.h"
#include "mainwindow.h"
#include "query/filterlibrary.h"
#include "streamsview.h"
#include "testutils.h"
#include "timelineview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

QStringList tableRows(const EventTableModel& model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << QString::number(model.positionAt(row));
    return rows;
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void typedFilterNarrowsTheWindow();
    void errorsShowInlineWithTheColumn();
    void completesTypesAndFields();
    void historyAndSavedFiltersAreRemembered();
    void savedFiltersTravelWithTheCaseFile();
    void cancelKeepsThePreviousResult();

private:
    void openWindow(MainWindow& window);
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    QString m_store;
};

void TestFilterBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    m_store = sampleStore(m_dir, 8000, 120, 3);
}

void TestFilterBar::init()
{
    QSettings().clear();
}

void TestFilterBar::openWindow(MainWindow& window)
{
    window.setCacheDirectory(m_cache.path());
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    window.openStore(m_store);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(window.eventModel()->rowCount(), 8000);
}

void TestFilterBar::typedFilterNarrowsTheWindow()
{
    MainWindow window;
    openWindow(window);
    FilterBar* bar = window.filterBar();
    QSignalSpy applied(bar, &FilterBar::filterChanged);

    // Ctrl+Shift+F from the table puts the cursor in the bar.
    window.eventTable()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(bar->lineEdit()->hasFocus());
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("data.amountDue > 400 and type == PaymentOverdue"));
    if (bar->findChild<QCompleter*>()->popup()->isVisible())
        QTest::keyClick(bar->findChild<QCompleter*>()->popup(), Qt::Key_Escape);
    QVERIFY(!bar->errorLabel()->isVisible());
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);

    const QStringList expected = query(m_store,
        "SELECT rowid - 1 FROM events WHERE event_type = 'PaymentOverdue' "
        "AND json_extract(event_data, '$.amountDue') > 400 ORDER BY rowid");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(tableRows(*window.eventModel()), expected);
    QCOMPARE(bar->summaryLabel()->text(), QStringLiteral("%1 of 8,000").arg(expected.size()));
    // The timeline dims what did not match; the streams dock keeps the streams with a match.
    QVERIFY(window.timeline()->filterResult());
    QVERIFY(window.timeline()->filterResult()->contains(expected.constFirst().toLongLong()));
    const QStringList streams = query(m_store,
        "SELECT count(DISTINCT aggregate_id) FROM events WHERE event_type = 'PaymentOverdue' "
        "AND json_extract(event_data, '$.amountDue') > 400");
    QCOMPARE(window.streamsView()->model()->visibleStreamCount(), streams.constFirst().toLongLong());
    saveGrab(&window, QStringLiteral("filterbar-window"));

    // With a stream selected the table shows that stream's matches only.
    window.eventModel()->setStreamFilter(window.eventModel()->eventIndex()->stream(expected.constFirst().toLongLong()));
    QVERIFY(window.eventModel()->rowCount() >= 1);
    QVERIFY(window.eventModel()->rowCount() < expected.size() || streams.constFirst() == u"1");
    window.eventModel()->setStreamFilter(-1);

    // An empty line and Enter shows every event again.
    bar->lineEdit()->selectAll();
    QTest::keyClick(bar->lineEdit(), Qt::Key_Backspace);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(applied.size(), 2);
    QCOMPARE(window.eventModel()->rowCount(), 8000);
    QVERIFY(!window.timeline()->filterResult());
}

void TestFilterBar::errorsShowInlineWithTheColumn()
{
    MainWindow window;
    openWindow(window);
    FilterBar* bar = window.filterBar();
    QSignalSpy applied(bar, &FilterBar::filterChanged);
    bar->focusFilter();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("data.amount >"));
    QVERIFY(bar->errorLabel()->isVisible());
    const QString error = bar->errorLabel()->text();
    QVERIFY2(error.contains(QStringLiteral("column 14: expected a value after &#x27;&gt;&#x27;"))
            || error.contains(QStringLiteral("column 14: expected a value after '&gt;'")),
        qPrintable(error));
    // The caret sits under column 14: thirteen spaces, then ^.
    QVERIFY2(error.contains(QString(13, u' ') + u'^'), qPrintable(error));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(window.eventModel()->rowCount(), 8000);
    saveGrab(bar, QStringLiteral("filterbar-error"));

    QTest::keyClicks(bar->lineEdit(), QStringLiteral(" 400"));
    QVERIFY(!bar->errorLabel()->isVisible());
}

void TestFilterBar::completesTypesAndFields()
{
    MainWindow window;
    openWindow(window);
    FilterBar* bar = window.filterBar();
    auto* completer = bar->findChild<QCompleter*>();
    bar->focusFilter();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("type == PaymentO"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), QStringLiteral("PaymentOverdue"));
    saveGrab(&window, QStringLiteral("filterbar-completion"));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(bar->lineEdit()->text(), QStringLiteral("type == PaymentOverdue "));

    bar->lineEdit()->clear();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("aggr"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), QStringLiteral("aggregateType"));
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
    bar->lineEdit()->clear();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("stream == family-00000"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(completer->currentCompletion().startsWith(QStringLiteral("family-00000")));
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
}

void TestFilterBar::historyAndSavedFiltersAreRemembered()
{
    {
        MainWindow window;
        openWindow(window);
        FilterBar* bar = window.filterBar();
        QSignalSpy applied(bar, &FilterBar::filterChanged);
        bar->applyText(QStringLiteral("type == PaymentDue"));
        QTRY_COMPARE(applied.size(), 1);
        bar->applyText(QStringLiteral("user == system"));
        QTRY_COMPARE(applied.size(), 2);
        window.filterLibrary()->save(
            QStringLiteral("overdue over 400"), QStringLiteral("type == PaymentOverdue and data.amountDue > 400"));

        bar->lineEdit()->clear();
        bar->lineEdit()->setFocus();
        QTest::keyClick(bar->lineEdit(), Qt::Key_Up);
        QCOMPARE(bar->lineEdit()->text(), QStringLiteral("user == system"));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Up);
        QCOMPARE(bar->lineEdit()->text(), QStringLiteral("type == PaymentDue"));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Down);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Down);
        QCOMPARE(bar->lineEdit()->text(), QString());
    }
    // A new window (the next run) reads both back from the settings; the store's case file
    // adds what earlier tests typed on this store after them.
    MainWindow window;
    openWindow(window);
    QCOMPARE(window.filterLibrary()->history().mid(0, 2),
        QStringList({ QStringLiteral("user == system"), QStringLiteral("type == PaymentDue") }));
    QVERIFY(window.caseController()->caseFile()->filterHistory().contains(QStringLiteral("user == system")));
    QCOMPARE(window.filterLibrary()->savedText(QStringLiteral("overdue over 400")),
        QStringLiteral("type == PaymentOverdue and data.amountDue > 400"));
    // The Saved menu applies it.
    QMenu* menu = window.filterBar()->savedButton()->menu();
    QAction* saved = nullptr;
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->text() == u"overdue over 400")
            saved = action;
    }
    QVERIFY(saved);
    QSignalSpy applied(window.filterBar(), &FilterBar::filterChanged);
    saved->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
    QCOMPARE(tableRows(*window.eventModel()),
        query(m_store,
            "SELECT rowid - 1 FROM events WHERE event_type = 'PaymentOverdue' "
            "AND json_extract(event_data, '$.amountDue') > 400 ORDER BY rowid"));
}

void TestFilterBar::savedFiltersTravelWithTheCaseFile()
{
    {
        MainWindow window;
        openWindow(window);
        window.filterLibrary()->save(QStringLiteral("big dues"), QStringLiteral("data.amountDue > 450"));
        QTRY_VERIFY(window.caseController()->caseFile()->savedFilters().contains(
            SavedFilter { QStringLiteral("big dues"), QStringLiteral("data.amountDue > 450") }));
    }
    // A colleague's machine: no settings of ours, only the case file beside the store.
    QSettings().clear();
    MainWindow window;
    openWindow(window);
    QCOMPARE(window.filterLibrary()->savedText(QStringLiteral("big dues")), QStringLiteral("data.amountDue > 450"));
}

void TestFilterBar::cancelKeepsThePreviousResult()
{
    MainWindow window;
    openWindow(window);
    FilterBar* bar = window.filterBar();
    QSignalSpy applied(bar, &FilterBar::filterChanged);
    bar->applyText(QStringLiteral("type == PaymentDue"));
    QTRY_COMPARE(applied.size(), 1);
    const int rows = window.eventModel()->rowCount();

    // A payload filter shows progress and Cancel; cancelled before its answer is delivered,
    // it never replaces the table.
    bar->applyText(QStringLiteral("data.amount > 10"));
    QToolButton* cancelButton = nullptr;
    const QList<QToolButton*> buttons = bar->findChildren<QToolButton*>();
    for (QToolButton* button : buttons) {
        if (button->text() == u"Cancel")
            cancelButton = button;
    }
    QVERIFY(cancelButton && cancelButton->isVisible());
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QVERIFY(!cancelButton->isVisible());
    QCOMPARE(bar->summaryLabel()->text(), QStringLiteral("Cancelled"));
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(window.eventModel()->rowCount(), rows);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
