// SPDX-License-Identifier: MIT
// The first window: opens a store, fills the table while indexing, reports failures inline.

#include "appsettings.h"
#include "codeeditor.h"
#include "diffview.h"
#include "eventtableview.h"
#include "findingsview.h"
#include "graphview.h"
#include "index/indexjob.h"
#include "index/timestampparser.h"
#include "itemmodels/eventtablemodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/jsontreemodel.h"
#include "itemmodels/streamsmodel.h"
#include "jsontreeview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "palettes.h"
#include "preferencesdialog.h"
#include "projectiondock.h"
#include "projectioneditor.h"
#include "stateinspector.h"
#include "store/storespec.h"
#include "streamsview.h"
#include "testutils.h"
#include "timelinestack.h"
#include "timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

using namespace Chronoscope;
using namespace Qt::StringLiterals;
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
    void compareStates();
    void searchInsideTheState();
    void editAProjectionWhatIfAndErrors();
    void answersTheSupportQuestion();
    void stepsByEventTypeAndCloses();
    void timelineRangeFiltersTheTable();
    void showsTheStoresFindings();
    void speaksEnglishPlurals();
    void showsWhatACheckoutSetOff();
    void preferencesApply();
    void opensStraightAtAStreamAndTime();
    void opensALibrarysStoreWithoutAMapping();

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
    QTRY_VERIFY_WITH_TIMEOUT(!window.indexJob()->isRunning(), 10000);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(finished.size(), 0);
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
    const QPalette dark = Palettes::dark();
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
    QSignalSpy graphed(window.graphView(), &GraphView::graphFinished);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, fifth.center());
    QCOMPARE(window.inspector()->count(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(answered.constLast().at(1).value<StateAnswer>().state.count, 5, 20000);
    // The causation graph follows the selection: it is drawn around the event at the playhead.
    const qint64 fifthPosition = answered.constLast().at(1).value<StateAnswer>().state.position;
    // Under load a graph asked for before the click may finish after it: wait for the one
    // around the fifth event rather than for the first graph to finish.
    QTRY_VERIFY_WITH_TIMEOUT(!graphed.isEmpty(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window.graphView()->focusEvent(), fifthPosition, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.graphView()->isBusy(), 30000);
    grabInBothThemes(&window, QStringLiteral("investigate-family"));
    window.inspector()->tabs()->setCurrentIndex(1);
    grabInBothThemes(window.inspector(), QStringLiteral("inspector-changes"));

    // "Which event changed the balance?": select the field and press Enter for its history.
    window.inspector()->tabs()->setCurrentIndex(0);
    JsonTreeView* stateView = window.inspector()->stateView();
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

namespace {

bool hasMark(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(JsonTreeModel::DiffKindRole).toInt() != int(DiffKind::Unchanged) || hasMark(model, index))
            return true;
    }
    return false;
}

/// Chooses `mode` in the diff view's combo box with the keyboard, as a user would.
void chooseMode(DiffView* diff, DiffView::Mode mode)
{
    QComboBox* box = diff->modeBox();
    box->setFocus();
    const int target = box->findData(int(mode));
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
}

} // namespace

void TestMainWindow::compareStates()
{
    const QString path = sampleStore(m_dir, 40000, 300, 5, false, QStringLiteral("compare.db"));
    // A family with a stored snapshot, so all four modes have something to compare.
    const QStringList rows = query(path,
        "SELECT aggregate_id, aggregate_version FROM snapshots WHERE aggregate_type = 'Family' "
        "ORDER BY aggregate_version LIMIT 1");
    QCOMPARE(rows.size(), 1);
    const QStringList snapshot = rows.constFirst().split(u'|');
    const QString family = snapshot.at(0);
    const qint64 snapshotVersion = snapshot.at(1).toLongLong();
    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1600, 1000);
    window.show();
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    QSignalSpy compared(window.replayService(), &ReplayService::compareAvailable);
    window.openStore(path);
    window.setProjection(sampleProjection());
    window.openAt(family);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);

    StateInspector* inspector = window.inspector();
    DiffView* diff = inspector->diffView();
    inspector->tabs()->setCurrentWidget(diff);
    inspector->setCount(snapshotVersion + 3);
    QTRY_COMPARE_WITH_TIMEOUT(answered.constLast().at(1).value<StateAnswer>().state.count, snapshotVersion + 3, 20000);
    QVERIFY(diff->summaryLabel()->text().contains(QStringLiteral("changed")));

    // Any two versions: the playhead against three events earlier.
    chooseMode(diff, DiffView::Mode::Version);
    QSpinBox* other = diff->findChild<QSpinBox*>();
    QVERIFY(other->isVisible());
    other->setFocus();
    other->selectAll();
    QTest::keyClicks(other, QString::number(snapshotVersion));
    QTest::keyClick(other, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        !compared.isEmpty() && compared.constLast().at(1).value<CompareAnswer>().left.count == snapshotVersion, 20000);
    CompareAnswer answer = compared.constLast().at(1).value<CompareAnswer>();
    QCOMPARE(answer.mode, DiffView::Mode::Version);
    QCOMPARE(answer.right.count, snapshotVersion + 3);
    QVERIFY(hasMark(diff->unifiedModel()));

    // Side by side: both trees have the same rows, one showing old values, the other new ones.
    QToolButton* sideBySide = nullptr;
    for (QToolButton* button : diff->findChildren<QToolButton*>()) {
        if (button->accessibleName() == u"Side by side")
            sideBySide = button;
    }
    QVERIFY(sideBySide);
    QTest::mouseClick(sideBySide, Qt::LeftButton);
    QVERIFY(diff->isSideBySide());
    QVERIFY(diff->newView()->isVisible());
    QCOMPARE(diff->oldView()->model()->rowCount(), diff->newView()->model()->rowCount());
    grabInBothThemes(inspector, QStringLiteral("diff-versions-side-by-side"));
    diff->setSideBySide(false);

    // Stored snapshot against the replay: a clean store has none of the drift.
    compared.clear();
    chooseMode(diff, DiffView::Mode::StoredSnapshot);
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 20000);
    answer = compared.constLast().at(1).value<CompareAnswer>();
    QCOMPARE(answer.left.version, snapshotVersion);
    QCOMPARE(answer.right.version, snapshotVersion);
    QVERIFY(answer.diff && !answer.diff->hasChanges());
    QVERIFY2(diff->summaryLabel()->text().startsWith(QStringLiteral("No differences")),
        qPrintable(diff->summaryLabel()->text()));

    // Projection A against B: the KurrentDB form folds exactly like sample.js; the merge
    // projection keeps no `status`, which the sample projection derives.
    compared.clear();
    chooseMode(diff, DiffView::Mode::Projection);
    diff->setOtherProjection(
        QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/kurrent/family.js"), QStringLiteral("family.js"));
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 20000);
    QVERIFY(!compared.constLast().at(1).value<CompareAnswer>().diff->hasChanges());
    compared.clear();
    diff->setOtherProjection(QStringLiteral("merge"), QStringLiteral("merge"));
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 20000);
    const QModelIndex status = diff->unifiedModel()->indexForPointer(QStringLiteral("/status"));
    QVERIFY(status.isValid());
    QCOMPARE(status.data(JsonTreeModel::DiffKindRole).toInt(), int(DiffKind::Removed));
    grabInBothThemes(inspector, QStringLiteral("diff-projections"));

    // Back to "what this event changed": the inspector's own answer fills it again.
    chooseMode(diff, DiffView::Mode::PreviousEvent);
    QVERIFY2(diff->summaryLabel()->text().contains(QStringLiteral("before this event")),
        qPrintable(diff->summaryLabel()->text()));
    inspector->setCount(2);
    QTRY_COMPARE_WITH_TIMEOUT(answered.constLast().at(1).value<StateAnswer>().state.count, 2, 20000);
    QVERIFY(hasMark(diff->unifiedModel()));
}

void TestMainWindow::searchInsideTheState()
{
    const QString path = sampleStore(m_dir, 20000, 200, 7, false, QStringLiteral("search.db"));
    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.show();
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    window.openStore(path);
    window.setProjection(sampleProjection());
    window.openAt(QStringLiteral("family-000001"));
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 30000);

    // Ctrl+F inside the inspector searches the state, not the streams.
    StateInspector* inspector = window.inspector();
    inspector->stateView()->setFocus();
    QTest::keyClick(inspector->stateView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(inspector->searchField()->hasFocus());
    QTest::keyClicks(inspector->searchField(), QStringLiteral("balancedue"));
    QTest::keyClick(inspector->searchField(), Qt::Key_Return);
    QCOMPARE(inspector->stateView()->currentIndex().data(JsonTreeModel::JsonPointerRole).toString(),
        QStringLiteral("/balanceDueCents"));
    // A value matches too, and Enter again wraps around to the same single match.
    inspector->searchField()->clear();
    QTest::keyClicks(inspector->searchField(), QStringLiteral("family-000001"));
    QTest::keyClick(inspector->searchField(), Qt::Key_Return);
    QCOMPARE(inspector->stateView()->currentIndex().data(JsonTreeModel::JsonPointerRole).toString(),
        QStringLiteral("/familyId"));
    QTest::keyClick(inspector->searchField(), Qt::Key_Return);
    QCOMPARE(inspector->stateView()->currentIndex().data(JsonTreeModel::JsonPointerRole).toString(),
        QStringLiteral("/familyId"));
    QVERIFY(!inspector->findInState(QStringLiteral("no such text anywhere")));
}

void TestMainWindow::editAProjectionWhatIfAndErrors()
{
    const QString path = sampleStore(m_dir, 20000, 200, 8, false, QStringLiteral("edit.db"));
    // Edit a copy: Save must never touch the repository's sample.
    QTemporaryDir scripts;
    const QString script = scripts.filePath(QStringLiteral("sample.js"));
    QVERIFY(QFile::copy(sampleProjection(), script));
    const QByteArray original = fingerprint(script).sha256;
    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1600, 1000);
    window.show();
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    QSignalSpy failed(window.replayService(), &ReplayService::sourceFailed);
    window.openStore(path);
    window.setProjection(script + QStringLiteral("#family"));
    window.openAt(QStringLiteral("family-000001"));
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 30000);
    StateInspector* inspector = window.inspector();
    inspector->setCount(1);
    QTRY_COMPARE_WITH_TIMEOUT(answered.constLast().at(1).value<StateAnswer>().state.count, 1, 20000);
    QCOMPARE(stateText(inspector->stateModel(), QStringLiteral("/status")), QStringLiteral("\"active\""));

    window.editProjection();
    ProjectionDock* dock = window.projectionDock();
    QVERIFY(dock->isVisible());
    CodeEditor* editor = dock->editor()->editor();
    QTRY_VERIFY(editor->hasFocus());

    // What-if: type a new status into FamilyEnrolled and apply; the file stays as it was.
    QTextCursor cursor = editor->document()->find(QStringLiteral("status: \"active\""));
    QVERIFY(!cursor.isNull());
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, QStringLiteral("status: \"enrolled\""));
    QVERIFY(dock->editor()->isModified());
    answered.clear();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
    QTRY_COMPARE(stateText(inspector->stateModel(), QStringLiteral("/status")), QStringLiteral("\"enrolled\""));
    QVERIFY(dock->isWhatIfActive());
    QCOMPARE(fingerprint(script).sha256, original);

    // A syntax error: the error appears inline at its line, the state is kept.
    QTextCursor end = editor->textCursor();
    end.movePosition(QTextCursor::End);
    editor->setTextCursor(end);
    const int cleanEnd = end.position();
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("function broken( {"));
    const int brokenLine = editor->document()->blockCount();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QTRY_COMPARE(editor->diagnostics().size(), 1);
    QCOMPARE(editor->diagnostics().constFirst().line, brokenLine);
    QVERIFY(window.messageBar()->isVisible());
    grabInBothThemes(&window, QStringLiteral("projection-editor-error"));

    // Remove the error, save: the file now holds the edit and replays as saved.
    QTextCursor typed = editor->textCursor();
    typed.setPosition(cleanEnd);
    typed.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    editor->setTextCursor(typed);
    QTest::keyClick(editor, Qt::Key_Backspace);
    answered.clear();
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!dock->editor()->isModified());
    const QByteArray saved = fingerprint(script).sha256;
    QVERIFY(saved != original);
    QVERIFY(!dock->isWhatIfActive());
    // A new answer, replayed from the file as saved.
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
    QCOMPARE(answered.constLast().at(1).value<StateAnswer>().state.projection.sourceSha256, saved);
    QCOMPARE(stateText(inspector->stateModel(), QStringLiteral("/status")), QStringLiteral("\"enrolled\""));
    QVERIFY(window.projection().startsWith(script));
}

// The README's question, with the keyboard only: "what did this family's record look like
// on 15 October, and which event changed its status?"
void TestMainWindow::answersTheSupportQuestion()
{
    const QString path = sampleStore(m_dir, 60000, 400, 9, false, QStringLiteral("story.db"));
    // A family withdrawn before the date, and the truth from SQL.
    const QString family = query(path,
        "SELECT aggregate_id FROM events WHERE event_type = 'FamilyWithdrawn' "
        "AND event_timestamp < '2024-10-15' ORDER BY rowid LIMIT 1")
                               .value(0);
    QVERIFY(!family.isEmpty());
    const QByteArray where = "aggregate_id = '" + family.toUtf8() + "' AND event_timestamp < '2024-10-15'";
    const qint64 applied = query(path, "SELECT count(*) FROM events WHERE " + where).value(0).toLongLong();
    const QStringList lastStatusEvent = query(path,
        "SELECT aggregate_version, event_type FROM events WHERE " + where
            + " AND event_type IN ('FamilyWithdrawn', 'WithdrawalReversed') ORDER BY aggregate_version DESC LIMIT 1")
                                            .value(0)
                                            .split(u'|');
    const QString expectedStatus = lastStatusEvent.value(1) == u"FamilyWithdrawn" ? QStringLiteral("\"withdrawn\"")
                                                                                  : QStringLiteral("\"active\"");

    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1600, 1000);
    window.show();
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    QSignalSpy history(window.replayService(), &ReplayService::fieldHistoryAvailable);
    window.openStore(path);
    window.setProjection(sampleProjection());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(window.streamsView()->filterEdit(), family);
    QTest::keyClick(window.streamsView()->filterEdit(), Qt::Key_Return);
    QTRY_COMPARE(window.inspector()->streamId(), family);

    auto* time = window.inspector()->findChild<QLineEdit*>(QString());
    for (QLineEdit* edit : window.inspector()->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == u"Go to time")
            time = edit;
    }
    QTest::mouseClick(time, Qt::LeftButton);
    QTest::keyClicks(time, QStringLiteral("2024-10-15"));
    QTest::keyClick(time, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window.inspector()->count(), applied, 20000);
    QTRY_COMPARE(stateText(window.inspector()->stateModel(), QStringLiteral("/status")), expectedStatus);
    // The table follows the playhead to the event applied last.
    QTRY_COMPARE(window.eventTable()->currentIndex().row(), int(applied - 1));

    JsonTreeView* stateView = window.inspector()->stateView();
    const QModelIndex status = window.inspector()->stateModel()->indexForPointer(QStringLiteral("/status"));
    QTest::mouseClick(stateView->viewport(), Qt::LeftButton, {}, stateView->visualRect(status).center());
    QTest::keyClick(stateView, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(history.size(), 1, 20000);
    // The last change at or before the playhead is the event SQL names.
    const auto changes = history.constFirst().at(2).value<std::vector<FieldChange>>();
    const FieldChange* last = nullptr;
    for (const FieldChange& change : changes) {
        if (change.version <= lastStatusEvent.value(0).toLongLong())
            last = &change;
    }
    QVERIFY(last);
    QCOMPARE(last->version, lastStatusEvent.value(0).toLongLong());
    QCOMPARE(last->type, lastStatusEvent.value(1));
    saveGrab(&window, QStringLiteral("support-question"));
}

void TestMainWindow::stepsByEventTypeAndCloses()
{
    const QString path = sampleStore(m_dir, 20000, 200, 10, false, QStringLiteral("types.db"));
    const QString family = QStringLiteral("family-000001");
    // The versions of the family's PaymentReceived events, from SQL.
    const QStringList received = query(path,
        "SELECT aggregate_version FROM events WHERE aggregate_id = 'family-000001' "
        "AND event_type = 'PaymentReceived' ORDER BY aggregate_version LIMIT 2");
    QCOMPARE(received.size(), 2);
    MainWindow window;
    window.setCacheDirectory({});
    window.show();
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    window.openStore(path);
    window.openAt(family);
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 30000);
    window.inspector()->setCount(received.at(0).toLongLong());
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(window.inspector()->count(), received.at(1).toLongLong());
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(window.inspector()->count(), received.at(0).toLongLong());

    // File > Export Events writes the stream's events, as `chronoscope events` does.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("family.csv"));
    QSignalSpy exported(&window, &MainWindow::exportFinished);
    window.exportEvents(csv, EventExportFormat::Csv);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
    const qint64 events
        = query(path, "SELECT count(*) FROM events WHERE aggregate_id = 'family-000001'").value(0).toLongLong();
    QCOMPARE(exported.constFirst().at(1).toLongLong(), events);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), events + 2); // header, the events, and the empty rest after the last newline
    QVERIFY(lines.at(0).startsWith("position,timestamp,streamId"));
    QVERIFY(lines.at(1).contains(",family-000001,Family,1,FamilyEnrolled,"));

    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.eventModel()->rowCount(), 0);
    QVERIFY(window.inspector()->streamId().isEmpty());
}

void TestMainWindow::timelineRangeFiltersTheTable()
{
    const QString path = sampleStore(m_dir, 20000, 200, 11, false, QStringLiteral("range.db"));
    MainWindow window;
    window.setCacheDirectory({});
    window.resize(1600, 1000);
    window.show();
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    QSignalSpy pyramid(window.timeline(), &TimelineView::pyramidAvailable);
    window.openStore(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!pyramid.isEmpty(), 20000);
    const int all = window.eventModel()->rowCount();

    // Shift+drag over a third of the lanes, then F: the table keeps that time range only.
    TimelineView* timeline = window.timeline();
    const QRect plot = timeline->plotRect();
    const QPoint from(plot.left() + plot.width() / 3, plot.top() + 20);
    const QPoint to(plot.left() + 2 * plot.width() / 3, plot.top() + 20);
    QTest::mousePress(timeline, Qt::LeftButton, Qt::ShiftModifier, from);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(timeline, from + (to - from) * i / 6);
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::ShiftModifier, to);
    QTest::keyClick(timeline, Qt::Key_F);
    QVERIFY(timeline->rangeFilter());
    const TimeUs start = window.eventModel()->rangeFrom();
    const TimeUs end = window.eventModel()->rangeTo();
    QVERIFY(start != kInvalidTime && end > start);
    const qint64 inRange = query(path,
        QStringLiteral("SELECT count(*) FROM events WHERE event_timestamp >= '%1' AND event_timestamp <= '%2'")
            .arg(TimestampParser::toIso(start), TimestampParser::toIso(end))
            .toUtf8())
                               .value(0)
                               .toLongLong();
    QCOMPARE(window.eventModel()->rowCount(), inRange);
    QVERIFY(inRange > 0 && inRange < all);
    // The streams dock keeps the streams with an event in the range.
    const qint64 activeStreams = query(path,
        QStringLiteral("SELECT count(DISTINCT aggregate_id) FROM events WHERE event_timestamp >= '%1' "
                       "AND event_timestamp <= '%2'")
            .arg(TimestampParser::toIso(start), TimestampParser::toIso(end))
            .toUtf8())
                                     .value(0)
                                     .toLongLong();
    QCOMPARE(window.streamsView()->model()->visibleStreamCount(), activeStreams);
    grabInBothThemes(&window, QStringLiteral("timeline-range-filter"));

    // Undo brings every event back.
    const qint64 allStreams = window.eventModel()->eventIndex()->streams().size();
    timeline->stack()->undoFilterAction()->trigger();
    QCOMPARE(window.eventModel()->rowCount(), all);
    QCOMPARE(window.streamsView()->model()->visibleStreamCount(), allStreams);
}

void TestMainWindow::showsTheStoresFindings()
{
    const QString path = sampleStore(m_dir, 5000, 60, 3, true, QStringLiteral("anomalies.db"));
    QFile manifestFile(path + QStringLiteral(".anomalies.json"));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const auto manifest = nlohmann::json::parse(manifestFile.readAll().toStdString());
    MainWindow window;
    window.setCacheDirectory({});
    window.resize(1600, 1000);
    window.show();
    QSignalSpy audited(window.auditJob(), &AuditJob::auditFinished);
    window.openStore(path);
    window.setProjection(sampleProjection());
    QTRY_VERIFY_WITH_TIMEOUT(!audited.isEmpty(), 60000);

    // Every planted defect is in the Findings dock at its position, and its stream has a badge.
    const FindingsModel* findings = window.findingsView()->model();
    QSet<QString> shown;
    for (int group = 0; group < findings->rowCount(); ++group) {
        const QModelIndex parent = findings->index(group, 0);
        for (int row = 0; row < findings->rowCount(parent); ++row) {
            const Finding finding = findings->index(row, 0, parent).data(FindingsModel::FindingRole).value<Finding>();
            shown.insert(finding.codeName() + u'@' + QString::number(finding.position));
        }
    }
    const StreamsModel* streams = window.streamsView()->model();
    for (const auto& planted : manifest["anomalies"]) {
        const QString code = QString::fromStdString(planted["code"].get<std::string>());
        const qint64 position = planted["position"].get<qint64>();
        QVERIFY2(shown.contains(code + u'@' + QString::number(position)), qPrintable(code));
        const QString streamId = QString::fromStdString(planted["streamId"].get<std::string>());
        const auto stream = window.eventModel()->eventIndex()->streams().find(streamId);
        QVERIFY(stream);
        const QModelIndex cell = streams->indexOfStream(*stream).siblingAtColumn(StreamsModel::Badges);
        QVERIFY2(!cell.data().toString().isEmpty(), qPrintable(streamId));
        QVERIFY(cell.data(StreamsModel::BadgeSeverityRole).toInt() > 0);
    }
    // The status bar's summary is a link to the dock.
    QLabel* summary = nullptr;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->accessibleName() == u"Audit summary")
            summary = label;
    }
    QVERIFY(summary && summary->text().contains(QStringLiteral("href")));
    Q_EMIT summary->linkActivated(QStringLiteral("findings"));
    QTRY_VERIFY(window.findingsView()->isVisible());
    window.streamsView()->findChild<QTreeView*>()->expandAll();
    grabInBothThemes(&window, QStringLiteral("findings"));
}

void TestMainWindow::speaksEnglishPlurals()
{
    QTranslator plurals;
    QVERIFY(plurals.load(QStringLiteral(CHRONOSCOPE_QM_DIR "/chronoscope_en.qm")));
    QApplication::installTranslator(&plurals);
    const auto removeTranslator = qScopeGuard([&] { QApplication::removeTranslator(&plurals); });
    QCOMPARE(
        QCoreApplication::translate("Chronoscope::GraphView", "%n event(s)", nullptr, 1), QStringLiteral("1 event"));
    QCOMPARE(
        QCoreApplication::translate("Chronoscope::GraphView", "%n event(s)", nullptr, 7), QStringLiteral("7 events"));
    QCOMPARE(QCoreApplication::translate("Chronoscope::StreamsModel", "%n error(s)", nullptr, 2),
        QStringLiteral("2 errors"));
}

// Issue #6's question: select a checkout and see the payment, inventory and shipping events it
// caused in other aggregates, and which step took longest.
void TestMainWindow::showsWhatACheckoutSetOff()
{
    const QString path = sampleStore(m_dir, 40000, 300, 12, false, QStringLiteral("saga.db"));
    const QStringList checkout = query(path,
        "SELECT c.aggregate_id, c.aggregate_version FROM events c JOIN events s ON s.correlation_id = c.correlation_id "
        "AND s.event_type = 'OrderShipped' WHERE c.event_type = 'CartCheckedOut' ORDER BY c.rowid LIMIT 1")
                                     .value(0)
                                     .split(u'|');
    QCOMPARE(checkout.size(), 2);
    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1600, 1000);
    window.show();
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    QSignalSpy graphed(window.graphView(), &GraphView::graphFinished);
    window.openStore(path);
    window.setProjection(sampleProjection());
    window.openAt(checkout.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 30000);
    window.inspector()->setCount(checkout.at(1).toLongLong());
    QTRY_VERIFY_WITH_TIMEOUT(!graphed.isEmpty() && window.graphView()->result().graph
            && window.graphView()->focusEvent() == answered.constLast().at(1).value<StateAnswer>().state.position,
        30000);

    QSet<QString> types;
    QSet<QString> aggregates;
    for (const GraphNode& node : window.graphView()->result().graph->nodes) {
        types.insert(node.type);
        aggregates.insert(node.aggregateType);
    }
    for (const QString& type : { u"CartCheckedOut"_s, u"OrderPlaced"_s, u"PaymentProcessed"_s, u"MoneyWithdrawn"_s,
             u"InventoryReserved"_s, u"OrderShipped"_s })
        QVERIFY2(types.contains(type), qPrintable(type));
    for (const QString& aggregate : { u"Cart"_s, u"Order"_s, u"BankAccount"_s, u"Inventory"_s })
        QVERIFY2(aggregates.contains(aggregate), qPrintable(aggregate));
    // The status line names the slowest step: the wait for shipping.
    QVERIFY2(
        window.graphView()->statusText().contains(u"OrderShipped"_s), qPrintable(window.graphView()->statusText()));
    grabInBothThemes(&window, QStringLiteral("checkout-saga"));
}

void TestMainWindow::preferencesApply()
{
    MainWindow window;
    AppSettings settings;
    PreferencesDialog dialog(settings);
    // Local time, a smaller checkpoint budget, a longer time limit: saved as typed settings.
    dialog.timeBox()->setCurrentIndex(dialog.timeBox()->findData(true));
    dialog.budgetBox()->setValue(64);
    dialog.timeLimitBox()->setValue(5000);
    dialog.save();
    QVERIFY(AppSettings().localTime());
    QCOMPARE(AppSettings().checkpointBudgetMiB(), 64);
    QCOMPARE(AppSettings().projectionTimeLimitMs(), 5000);
    // Out-of-range values stored by hand are clamped when read.
    AppSettings().setCheckpointBudgetMiB(1);
    QCOMPARE(AppSettings().checkpointBudgetMiB(), 16);

    window.applyPreferences();
    QCOMPARE(window.eventModel()->timeMode(), EventTableModel::TimeMode::Local);
    QCOMPARE(window.eventModel()->headerData(EventTableModel::Time, Qt::Horizontal).toString(), u"Time (local)"_s);
    AppSettings().setLocalTime(false);
    window.applyPreferences();
    QCOMPARE(window.eventModel()->timeMode(), EventTableModel::TimeMode::Utc);
    saveGrab(&dialog, QStringLiteral("preferences"));
    QSettings().clear(); // the next tests start from the defaults
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
void TestMainWindow::opensALibrarysStoreWithoutAMapping()
{
    // A store Emmett itself wrote: the mapping is detected, the streams are Emmett's.
    const QString path = storeFromSqlFile(m_dir, QStringLiteral("emmett_sqlite_store.sql"));
    QTemporaryDir cache;
    MainWindow window;
    window.setCacheDirectory(cache.path());
    window.resize(1100, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.indexJob(), &IndexJob::indexFinished);
    window.openStore(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!window.messageBar()->isVisible());
    QCOMPARE(window.eventModel()->rowCount(), 7);
    QCOMPARE(window.streamsView()->model()->visibleStreamCount(), 3);
    auto* table = window.findChild<QTableView*>();
    QCOMPARE(table->model()->index(0, EventTableModel::Type).data().toString(), QStringLiteral("AccountOpened"));
    QCOMPARE(table->model()->index(0, EventTableModel::Stream).data().toString(), QStringLiteral("bank_account-1"));
    saveGrab(&window, QStringLiteral("mainwindow-emmett-store"));

    // The same store read with a mapping spec (as `--mapping` passes it): the title names the file.
    window.openStore(StoreSpec::compose(path, QStringLiteral("emmett")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("emmett_sqlite_store.db")));
    QCOMPARE(window.eventModel()->rowCount(), 7);
}

#include "tst_mainwindow.moc"
