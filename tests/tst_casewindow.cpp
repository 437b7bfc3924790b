// SPDX-License-Identifier: MIT
// The case file in the window, as a user meets it: bookmark two events with notes by
// keys, quit, reopen the store in a new window and find them (issue #10's acceptance);
// a damaged case file is reported in the message bar and set aside; "Find first version
// where…" moves the playhead to the version found by brute force.

#include "bookmarksview.h"
#include "casecontroller.h"
#include "eventtableview.h"
#include "index/indexjob.h"
#include "itemmodels/bookmarksmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "replay/jsprojection.h"
#include "replay/replayer.h"
#include "stateinspector.h"
#include "statesearchbar.h"
#include "testutils.h"
#include "timelineview.h"

#include <algorithm>

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <nlohmann/json.hpp>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

const QString kFamilyProjection = QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js#family");

/// Answers the next modal dialog (Add Note) by typing `text` and pressing Enter, as a user would.
/// Looks again every 10 ms until the dialog is up (no self-owning closure: LeakSanitizer).
void answerNextDialog(const QString& text, int delayMs = 0)
{
    QTimer::singleShot(delayMs, [text] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextDialog(text, 10);
            return;
        }
        auto* edit = dialog->findChild<QLineEdit*>();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

struct Window
{
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();

    explicit Window(const QString& store, const std::function<void(MainWindow*)>& beforeOpening = {})
    {
        window->setCacheDirectory({});
        window->resize(1300, 800);
        window->show();
        activate();
        if (beforeOpening)
            beforeOpening(window.get());
        QSignalSpy finished(window->indexJob(), &IndexJob::indexFinished);
        window->openStore(store);
        if (!finished.wait(30000))
            qWarning("the window did not open the store");
    }
    /// Keys go to the active window: after a dialog closes, the offscreen platform does not
    /// give activation back by itself.
    void activate() const
    {
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window is not active");
    }
    EventTableView* table() const { return window->eventTable(); }
    CaseController* caseController() const { return window->caseController(); }
    /// Selects the event at table row `row` by clicking it.
    void clickRow(int row) const
    {
        activate();
        table()->scrollTo(table()->model()->index(row, EventTableModel::Type));
        const QRect cell = table()->visualRect(table()->model()->index(row, EventTableModel::Type));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    }
};

} // namespace

class TestCaseWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bookmarksTwoEventsWithNotesQuitsAndFindsThemAgain();
    void damagedCaseFileIsReportedAndSetAside();
    void findsTheFirstVersionWhereTheStateHolds();

private:
    QTemporaryDir m_dir;
};

void TestCaseWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

void TestCaseWindow::bookmarksTwoEventsWithNotesQuitsAndFindsThemAgain()
{
    QTemporaryDir dir;
    const QString store = sampleStore(dir, 3000, 30, 11);
    const FileFingerprint storeBefore = fingerprint(store);
    qint64 first = -1;
    qint64 second = -1;
    {
        Window w(store);
        QCOMPARE(w.window->eventModel()->rowCount(), 3000);
        w.clickRow(120);
        first = w.window->eventModel()->positionAt(120);
        QTest::keyClick(w.table(), Qt::Key_B, Qt::ControlModifier);
        answerNextDialog(QStringLiteral("payment looks doubled"));
        QTest::keyClick(w.table(), Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE(w.caseController()->caseFile()->notes().size(), 1);

        w.clickRow(2100);
        second = w.window->eventModel()->positionAt(2100);
        QTest::keyClick(w.table(), Qt::Key_B, Qt::ControlModifier);
        answerNextDialog(QStringLiteral("reversed the next day"));
        QTest::keyClick(w.table(), Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE(w.caseController()->caseFile()->notes().size(), 2);

        CaseFile* caseFile = w.caseController()->caseFile();
        QCOMPARE(caseFile->bookmarks().size(), 2);
        QCOMPARE(caseFile->bookmarkAt(first), 0);
        QCOMPARE(caseFile->notesAt(second).size(), 1);
        QCOMPARE(caseFile->notes().at(0).author, CaseFile::systemUserName());
        // The event ids are read from the store in the background.
        QTRY_VERIFY(!caseFile->bookmarks().at(0).event.eventId.isEmpty()
            && !caseFile->bookmarks().at(1).event.eventId.isEmpty());
        QTRY_VERIFY(std::all_of(caseFile->notes().begin(), caseFile->notes().end(),
            [](const EventNote& note) { return !note.event.eventId.isEmpty(); }));
        const QString firstId = query(store,
            QByteArray("SELECT event_id FROM events WHERE rowid = ")
                + QByteArray::number(w.window->eventModel()->eventIndex()->rowId(first)))
                                    .constFirst();
        QCOMPARE(caseFile->bookmarks().at(0).event.eventId, firstId);

        // F2 in the Bookmarks dock renames the first one.
        BookmarksView* view = w.caseController()->bookmarksView();
        w.caseController()->dock()->show();
        w.activate();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(view->model()->index(0, BookmarksModel::Event));
        QTest::keyClick(view, Qt::Key_F2);
        // The editor F2 opened on the current cell (not any line edit the view may hold).
        QTRY_VERIFY(
            view->viewport()->findChild<QLineEdit*>() && view->viewport()->findChild<QLineEdit*>()->isVisible());
        auto* editor = view->viewport()->findChild<QLineEdit*>();
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("doubled payment"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(caseFile->bookmarks().at(0).label, QStringLiteral("doubled payment"));

        // Marked on the timeline too.
        QList<qint64> marked;
        for (const TimelineMarker& marker : w.window->timeline()->markers()) {
            if (marker.kind == TimelineMarker::Kind::Bookmark)
                marked << marker.position;
        }
        std::sort(marked.begin(), marked.end());
        QCOMPARE(marked, QList<qint64>({ first, second }));
        w.window->close(); // quits: the case is saved on close
    }
    QVERIFY(QFileInfo::exists(CaseFile::besidePath(store)));
    QCOMPARE(fingerprint(store), storeBefore);

    Window w(store);
    CaseFile* caseFile = w.caseController()->caseFile();
    QCOMPARE(caseFile->bookmarks().size(), 2);
    BookmarksView* view = w.caseController()->bookmarksView();
    QAbstractItemModel* model = view->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, BookmarksModel::Label).data().toString(), QStringLiteral("doubled payment"));
    QVERIFY(model->index(0, BookmarksModel::Notes).data().toString().startsWith(u"payment looks doubled — "));
    QVERIFY(model->index(1, BookmarksModel::Notes).data().toString().startsWith(u"reversed the next day — "));
    const QString type = w.window->eventModel()->index(2100, EventTableModel::Type).data().toString();
    QVERIFY2(model->index(1, BookmarksModel::Event).data().toString().endsWith(type),
        qPrintable(model->index(1, BookmarksModel::Event).data().toString()));
    QList<qint64> marked;
    for (const TimelineMarker& marker : w.window->timeline()->markers()) {
        if (marker.kind == TimelineMarker::Kind::Bookmark)
            marked << marker.position;
    }
    std::sort(marked.begin(), marked.end());
    QCOMPARE(marked, QList<qint64>({ first, second }));

    // Enter on the second bookmark goes to its event.
    w.caseController()->dock()->show();
    w.caseController()->dock()->raise();
    view->setFocus();
    view->setCurrentIndex(model->index(1, BookmarksModel::Label));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(w.window->eventModel()->positionAt(w.table()->currentIndex().row()), second);
    QTRY_COMPARE(w.window->timeline()->currentEvent(), second);

    saveGrab(w.caseController()->dock(), QStringLiteral("case-bookmarks-dock"));
    saveGrab(w.window->timeline(), QStringLiteral("case-timeline-bookmarks"));
    // The table (now showing the second bookmark's stream) marks it in the Position column.
    w.table()->scrollTo(w.table()->currentIndex(), QAbstractItemView::PositionAtCenter);
    w.table()->horizontalScrollBar()->setValue(0);
    const QRect cell = w.table()->visualRect(w.table()->currentIndex().siblingAtColumn(EventTableModel::Position));
    const QImage table = w.table()->viewport()->grab().toImage();
    bool flagColoured = false; // the pennant in the bookmark's colour at the cell's left
    QVERIFY(table.rect().contains(cell));
    for (int x = cell.left(); x < cell.left() + 14; ++x) {
        for (int y = cell.top(); y <= cell.bottom(); ++y)
            flagColoured |= table.pixelColor(x, y) == QColor(caseFile->bookmarks().at(1).color);
    }
    QVERIFY(flagColoured);
    saveGrab(w.table(), QStringLiteral("case-table-marks"));
    saveGrab(w.window.get(), QStringLiteral("case-window"));
}

void TestCaseWindow::damagedCaseFileIsReportedAndSetAside()
{
    QTemporaryDir dir;
    const QString store = sampleStore(dir, 500, 10, 3);
    QFile damaged(CaseFile::besidePath(store));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": \"chronoscope-case\", \"version\": 1, \"bookmarks\": [{]");
    damaged.close();
    std::unique_ptr<QSignalSpy> ready;
    Window w(store, [&ready](MainWindow* window) {
        ready = std::make_unique<QSignalSpy>(window->replayService(), &ReplayService::sourceReady);
    });
    // Still up after the replay worker is ready (which hides the bar's other messages).
    QTRY_VERIFY(ready->count() > 0);
    QVERIFY(w.window->messageBar()->isVisible());
    QCOMPARE(w.window->messageBar()->kind(), MessageBar::Kind::Warning);
    const QString text = w.window->messageBar()->text();
    QVERIFY2(text.contains(u"damaged") && text.contains(u"not valid JSON"), qPrintable(text));
    const QStringList aside = QDir(dir.path()).entryList({ QStringLiteral("*.damaged-*") }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(text.contains(aside.constFirst()), qPrintable(text));
    // The window works: a bookmark goes into a fresh case file.
    w.clickRow(10);
    QTest::keyClick(w.table(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(w.caseController()->caseFile()->bookmarks().size(), 1);
    saveGrab(w.window.get(), QStringLiteral("case-damaged-warning"));
}

void TestCaseWindow::findsTheFirstVersionWhereTheStateHolds()
{
    QTemporaryDir dir;
    const QString store = sampleStore(dir, 3000, 30, 11);
    const QStringList overdue
        = query(store, "SELECT aggregate_id FROM events WHERE event_type = 'PaymentOverdue' ORDER BY rowid LIMIT 1");
    QVERIFY(!overdue.isEmpty());
    const QString stream = overdue.constFirst();
    Window w(store);
    w.window->setProjection(kFamilyProjection);
    w.window->openAt(stream); // as from the command line; shown once indexed
    const IndexPtr index = w.window->eventModel()->eventIndex();
    // Brute force: every state of the stream, the first with overdue set.
    auto opened = openStore(store);
    QVERIFY(opened);
    auto projection = loadProjection(ProjectionSpec::parse(kFamilyProjection), {});
    QVERIFY(projection);
    Replayer replayer(**opened, index, **projection);
    const quint32 id = index->streams().find(stream).value();
    qint64 expected = -1;
    for (qint64 count = 0; expected < 0 && count <= qint64(index->streamPositions(id).size()); ++count) {
        if (nlohmann::json::parse(replayer.stateAfter(id, count)->json.toStdString()).value("overdue", false))
            expected = count;
    }
    QVERIFY(expected > 0);

    StateInspector* inspector = w.window->inspector();
    w.window->goToEvent(index->streamPositions(id)[0]);
    QTRY_COMPARE(inspector->streamId(), stream);
    QTRY_COMPARE(inspector->count(), 1);
    // Ctrl+Shift+G, type, Enter.
    QTest::keyClick(w.window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    StateSearchBar* bar = inspector->stateSearch();
    QTRY_VERIFY(bar->expressionField()->hasFocus());
    QTest::keyClicks(bar->expressionField(), QStringLiteral("state.overdue === true"));
    QTest::keyClick(bar->expressionField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(inspector->count(), expected, 20000);
    QTRY_VERIFY(!bar->isBusy());
    QVERIFY2(bar->resultText().contains(u"PaymentOverdue"), qPrintable(bar->resultText()));
    saveGrab(inspector, QStringLiteral("case-state-search"));

    // A mistake in the expression shows its message.
    bar->expressionField()->selectAll();
    QTest::keyClicks(bar->expressionField(), QStringLiteral("state.overdue =="));
    QTest::keyClick(bar->expressionField(), Qt::Key_Return);
    QTRY_VERIFY(bar->resultText().contains(u"SyntaxError"));
    QCOMPARE(inspector->count(), expected);
    saveGrab(inspector, QStringLiteral("case-state-search-error"));
}

QTEST_MAIN(TestCaseWindow)
#include "tst_casewindow.moc"
