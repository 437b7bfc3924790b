// SPDX-License-Identifier: MIT
// The window from the keyboard and for screen readers: Tab reaches every pane, every
// control has an accessible name, the timeline and graph announce their selection,
// Help > Keyboard Shortcuts lists every action's keys, and the high-contrast theme and a
// large font render without clipping.

#include "appsettings.h"
#include "eventtableview.h"
#include "findingsview.h"
#include "graphcanvas.h"
#include "graphview.h"
#include "index/indexjob.h"
#include "itemmodels/eventtablemodel.h"
#include "mainwindow.h"
#include "palettes.h"
#include "panenavigator.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "stateinspector.h"
#include "streamsview.h"
#include "testutils.h"
#include "themes.h"
#include "timelineview.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;
using namespace Qt::StringLiterals;

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tabReachesEveryPane();
    void everyControlHasAName();
    void timelineAnnouncesTheSelection();
    void timelineRangeFromTheKeyboard();
    void graphIsOperableFromTheKeyboard();
    void altDigitsAndF6MoveBetweenPanes();
    void shortcutsListEveryAction();
    void highContrastAndLargeFont();

private:
    /// A window on the sample store, indexed, with a family stream open and audited.
    void openSample(MainWindow& window);
    QTemporaryDir m_dir;
    QString m_store;
};

namespace {

QString projection()
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js");
}

// Which pane a widget belongs to, by the pane widgets' accessible names.
QString paneOf(QWidget* widget, const QList<QWidget*>& panes)
{
    for (QWidget* pane : panes) {
        if (widget == pane || pane->isAncestorOf(widget))
            return pane->accessibleName();
    }
    return {};
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// A scroll area's viewport and a spin box's line edit speak through their owner.
QWidget* speakerOf(QWidget* widget)
{
    QWidget* parent = widget->parentWidget();
    if (auto* area = qobject_cast<QAbstractScrollArea*>(parent); area && area->viewport() == widget)
        return area;
    if (parent && (parent->focusProxy() == widget || qobject_cast<QAbstractSpinBox*>(parent)))
        return parent;
    return widget;
}

} // namespace

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    m_store = sampleStore(m_dir, 20000, 120, 4);
}

void TestAccessibility::openSample(MainWindow& window)
{
    window.setCacheDirectory({});
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    QSignalSpy audited(window.auditJob(), &AuditJob::auditFinished);
    QSignalSpy graphed(window.graphView(), &GraphView::graphFinished);
    window.openStore(m_store);
    window.setProjection(projection());
    window.openAt(QStringLiteral("family-000002"));
    QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty() && !audited.isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!graphed.isEmpty() && !window.graphView()->isBusy(), 30000);
}

void TestAccessibility::tabReachesEveryPane()
{
    MainWindow window;
    openSample(window);
    const QList<QWidget*> panes { window.timeline(), window.eventTable(), window.streamsView(), window.inspector(),
        window.findingsView(), window.graphView() };

    // From the window's first focusable widget, Tab as a user would until focus comes back.
    QWidget* first = window.nextInFocusChain();
    while (first != &window && !((first->focusPolicy() & Qt::TabFocus) && first->isVisible() && first->isEnabled()))
        first = first->nextInFocusChain();
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);
    QSet<QString> reached;
    QTabBar* dockTabs = nullptr;
    auto walk = [&] {
        QWidget* start = QApplication::focusWidget();
        for (int step = 0; step < 400; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            reached.insert(paneOf(focus, panes));
            if (auto* bar = qobject_cast<QTabBar*>(focus); bar && bar->parentWidget() == &window) {
                for (int tab = 0; tab < bar->count(); ++tab) {
                    if (bar->tabText(tab) == u"Findings")
                        dockTabs = bar;
                }
            }
            if (focus == start)
                return;
        }
        QFAIL("Tab never came back to where it started");
    };
    walk();
    // The graph and findings share a tabbed dock: Tab reaches its tab bar, the arrow keys
    // switch to Findings, and Tab goes on into it.
    QVERIFY2(dockTabs, "Tab does not reach the tabs of the bottom docks");
    dockTabs->setFocus(Qt::TabFocusReason);
    while (dockTabs->tabText(dockTabs->currentIndex()) != u"Findings")
        QTest::keyClick(dockTabs, Qt::Key_Right);
    QTRY_VERIFY(window.findingsView()->isVisible());
    walk();
    for (QWidget* pane : panes)
        QVERIFY2(reached.contains(pane->accessibleName()), qPrintable(pane->accessibleName()));
}

void TestAccessibility::everyControlHasAName()
{
    MainWindow window;
    openSample(window);
    const QList<QWidget*> panes { window.timeline(), window.eventTable(), window.streamsView(), window.inspector(),
        window.findingsView(), window.graphView() };
    for (QWidget* pane : panes)
        QVERIFY2(!pane->accessibleName().isEmpty(), pane->metaObject()->className());
    // Whatever takes focus tells a screen reader what it is (its own name, its text or a
    // buddy label).
    QStringList unnamed;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (accessibleName(speakerOf(widget)).trimmed().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u'/' + widget->objectName() + u" in "
                    + paneOf(widget,
                        { window.timeline(), window.eventTable(), window.streamsView(), window.inspector(),
                            window.findingsView(), window.graphView() });
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    AppSettings settings;
    PreferencesDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus))
            QVERIFY2(!accessibleName(speakerOf(widget)).isEmpty() || !widget->property("text").toString().isEmpty(),
                qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u"/"_s
                    + widget->property("text").toString()));
    }
}

void TestAccessibility::timelineAnnouncesTheSelection()
{
    MainWindow window;
    openSample(window);
    TimelineView* timeline = window.timeline();
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(timeline);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Chart);
    QCOMPARE(iface->text(QAccessible::Name), u"Timeline"_s);
    // Select the stream's fifth event in the table, as a user would: the timeline's value
    // names that event, and its description leads with it.
    const qint64 position = window.eventModel()->positionAt(4);
    const Event event = window.eventModel()->eventIndex()->event(position);
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    window.eventTable()->setCurrentIndex(window.eventModel()->index(4, EventTableModel::Type));
    QTRY_COMPARE(timeline->currentEvent(), position);
    const QString value = iface->text(QAccessible::Value);
    QVERIFY2(value.contains(event.type) && value.contains(event.streamId)
            && value.contains(u"version %1"_s.arg(event.version)),
        qPrintable(value));
    QVERIFY2(value.contains(u"Playhead at"_s), qPrintable(value));
    QVERIFY(iface->text(QAccessible::Description).startsWith(value));
    // A range selection is announced too.
    const QRect plot = timeline->plotRect();
    QTest::mousePress(timeline, Qt::LeftButton, Qt::ShiftModifier, plot.center() - QPoint(120, 0));
    QTest::mouseMove(timeline, plot.center() + QPoint(120, 0));
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::ShiftModifier, plot.center() + QPoint(120, 0));
    QVERIFY(timeline->selection());
    QVERIFY2(iface->text(QAccessible::Value).contains(u"Range selected from"_s),
        qPrintable(iface->text(QAccessible::Value)));
}

// No mouse: the playhead moves with Alt+→, [ and ] put the selection's ends there, F filters.
void TestAccessibility::timelineRangeFromTheKeyboard()
{
    MainWindow window;
    openSample(window);
    TimelineView* timeline = window.timeline();
    QSignalSpy answered(window.replayService(), &ReplayService::stateAvailable);
    QTest::keyClick(&window, Qt::Key_Home, Qt::AltModifier); // Go > First Event
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QTRY_VERIFY(timeline->playhead() != kInvalidTime && !answered.isEmpty());
    const TimeUs from = timeline->playhead();
    timeline->setFocus(Qt::TabFocusReason);
    QTest::keyClick(timeline, Qt::Key_BracketLeft);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QTRY_VERIFY(timeline->playhead() > from);
    const TimeUs to = timeline->playhead();
    timeline->setFocus(Qt::TabFocusReason);
    QTest::keyClick(timeline, Qt::Key_BracketRight);
    QVERIFY(timeline->selection());
    QCOMPARE(timeline->selection()->from, from);
    QCOMPARE(timeline->selection()->to, to);
    QVERIFY(
        QAccessible::queryAccessibleInterface(timeline)->text(QAccessible::Value).contains(u"Range selected from"_s));
    QTest::keyClick(timeline, Qt::Key_F);
    QVERIFY(timeline->rangeFilter());
    QCOMPARE(timeline->rangeFilter()->from, from);
}

void TestAccessibility::graphIsOperableFromTheKeyboard()
{
    MainWindow window;
    openSample(window);
    GraphView* graph = window.graphView();
    QVERIFY(graph->result().graph);
    GraphCanvas* canvas = graph->canvas();
    canvas->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(canvas->hasFocus());
    const qint64 before = graph->currentEvent();
    QTest::keyClick(canvas, Qt::Key_Right);
    const qint64 next = graph->currentEvent();
    QVERIFY(next >= 0);
    // Highlighting announces the event in the canvas's description.
    const Event event = window.eventModel()->eventIndex()->event(next);
    const QString description = QAccessible::queryAccessibleInterface(canvas)->text(QAccessible::Description);
    QVERIFY2(description.contains(event.type) && description.contains(event.streamId), qPrintable(description));
    // Enter selects it everywhere, as a click does.
    QSignalSpy activated(graph, &GraphView::eventActivated);
    QTest::keyClick(canvas, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().at(0).toLongLong(), next);
    // Left goes back to where Right came from.
    QTest::keyClick(canvas, Qt::Key_Left);
    if (before >= 0 && next != before)
        QCOMPARE(graph->currentEvent(), before);
}

void TestAccessibility::altDigitsAndF6MoveBetweenPanes()
{
    MainWindow window;
    openSample(window);
    auto* panes = window.findChild<PaneNavigator*>();
    QVERIFY(panes);
    QCOMPARE(panes->paneCount(), 7);
    window.timeline()->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(window.timeline()->hasFocus());
    // Alt+6: the Findings dock comes to the front (it sits behind the graph) with focus.
    QTest::keyClick(&window, Qt::Key_6, Qt::AltModifier);
    QTRY_VERIFY(window.findingsView()->isVisible());
    QVERIFY(window.findingsView()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    QVERIFY(window.streamsView()->isAncestorOf(QApplication::focusWidget()));
    // F6 goes on to the inspector, Shift+F6 back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(window.inspector()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(window.streamsView()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), window.timeline());
}

void TestAccessibility::shortcutsListEveryAction()
{
    MainWindow window;
    window.show();
    ShortcutsDialog dialog(&window);
    QTreeWidget* list = dialog.list();
    QStringList listed;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        listed << list->topLevelItem(row)->text(1);
    // Every action of the window with a shortcut is listed with its keys.
    int withShortcut = 0;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(listed.begin(), listed.end(), [&](const QString& k) { return k.contains(keys); }),
            qPrintable(action->text() + u' ' + keys));
    }
    QCOMPARE(list->topLevelItemCount(), withShortcut);
    // Some of each kind: menus, the timeline's own keys, pane navigation.
    auto rowOf = [&](const QString& name) {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(0) == name)
                return list->topLevelItem(row);
        }
        return static_cast<QTreeWidgetItem*>(nullptr);
    };
    QVERIFY(rowOf(u"Open Store…"_s) && rowOf(u"Open Store…"_s)->text(2) == u"File"_s);
    QVERIFY(rowOf(u"Filter to Selection"_s));
    QVERIFY(rowOf(u"Next Pane"_s) && rowOf(u"Next Pane"_s)->text(1) == u"F6"_s);
    // Typing filters by name or key.
    QTest::keyClicks(dialog.filterEdit(), u"zoom"_s);
    QVERIFY(dialog.visibleCount() > 0 && dialog.visibleCount() < list->topLevelItemCount());
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = list->topLevelItem(row);
        if (!item->isHidden())
            QVERIFY(item->text(0).contains(u"zoom"_s, Qt::CaseInsensitive)
                || item->text(2).contains(u"zoom"_s, Qt::CaseInsensitive));
    }
    dialog.filterEdit()->clear();
    QCOMPARE(dialog.visibleCount(), list->topLevelItemCount());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveGrab(&dialog, u"shortcuts"_s);
}

// As a user would: Preferences > Theme High contrast and Font size 16 pt on an open window.
void TestAccessibility::highContrastAndLargeFont()
{
    const QFont before = QApplication::font();
    const QPalette palette = QApplication::palette();
    auto restore = qScopeGuard([&] {
        QSettings().clear();
        QApplication::setFont(before);
        QApplication::setPalette(palette);
        Themes::apply(Themes::Theme::System);
    });
    MainWindow window;
    openSample(window);
    AppSettings settings;
    PreferencesDialog dialog(settings);
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(u"high-contrast"_s));
    dialog.fontSizeBox()->setValue(16);
    dialog.save();
    QCOMPARE(AppSettings().fontPointSize(), 16);
    window.applyPreferences();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(QApplication::font().pointSize(), 16);
    saveGrab(&window, u"high-contrast-16pt"_s);
    QCOMPARE(window.eventTable()->font().pointSize(), 16);
    // High contrast: white text on black, the selection yellow.
    QCOMPARE(window.eventTable()->palette().color(QPalette::Base), QColor(Qt::black));
    QCOMPARE(window.eventTable()->palette().color(QPalette::Text), QColor(Qt::white));
    QCOMPARE(window.eventTable()->palette().color(QPalette::Highlight), QColor(Qt::yellow));
    // The custom-painted timeline follows: mostly black, not the light theme's white.
    const QImage grab = window.timeline()->grab().toImage().scaled(64, 32);
    qint64 lightness = 0;
    for (int y = 0; y < grab.height(); ++y) {
        for (int x = 0; x < grab.width(); ++x)
            lightness += grab.pixelColor(x, y).lightness();
    }
    QVERIFY2(lightness / (grab.width() * grab.height()) < 90, qPrintable(QString::number(lightness)));
    // Large font: labels and buttons are not cut off, rows and lanes fit their text.
    QStringList clipped;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && !label->wordWrap() && !label->text().isEmpty()
            && label->width() < label->minimumSizeHint().width())
            clipped << u"label '%1'"_s.arg(label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget);
            button && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
            clipped << u"button '%1'"_s.arg(button->text());
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    const QFontMetrics metrics(window.eventTable()->font());
    QVERIFY(window.eventTable()->verticalHeader()->defaultSectionSize() >= metrics.height());
    const int timeWidth = window.eventTable()->columnWidth(EventTableModel::Time);
    QVERIFY(
        timeWidth > metrics.horizontalAdvance(window.eventModel()->index(0, EventTableModel::Time).data().toString()));
    // Large text wraps in the inspector instead of widening its dock over the Streams dock.
    QVERIFY2(window.streamsView()->width() >= 250, qPrintable(QString::number(window.streamsView()->width())));
    saveGrab(&window, u"high-contrast-16pt"_s);
    PreferencesDialog shown(settings);
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    saveGrab(&shown, u"preferences-high-contrast-16pt"_s);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
