// SPDX-License-Identifier: MIT
#include "panenavigator.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTabBar>

namespace Chronoscope {

namespace {

QDockWidget* dockOf(QWidget* widget)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            return dock;
    }
    return nullptr;
}

bool takesTabFocus(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled() && widget->isVisible();
}

// The widget Tab would reach first inside `pane` (the pane itself when it takes focus).
QWidget* firstFocusable(QWidget* pane)
{
    if (QWidget* proxy = pane->focusProxy(); proxy && takesTabFocus(proxy))
        return proxy;
    if (takesTabFocus(pane))
        return pane;
    for (QWidget* w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && takesTabFocus(w))
            return w;
    }
    return nullptr;
}

} // namespace

PaneNavigator::PaneNavigator(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("Go to &Pane"), window))
{
    QAction* next = m_menu->addAction(tr("&Next Pane"), this, [this] { cycle(1); });
    next->setShortcut(QKeySequence(Qt::Key_F6));
    QAction* previous = m_menu->addAction(tr("P&revious Pane"), this, [this] { cycle(-1); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_menu->addSeparator();
    // Shortcuts of menu actions only work while the action is in a widget of the window.
    window->addActions({ next, previous });
    // The tabs of tabified docks (graph, findings, projection) take Tab focus, so Tab and
    // then Left/Right switch between them; QMainWindow makes these bars as docks move.
    for (QTabBar* bar : window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
        bar->setFocusPolicy(Qt::TabFocus);
    window->installEventFilter(this);
}

bool PaneNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::ChildPolished) {
        if (auto* bar = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(event)->child()))
            bar->setFocusPolicy(Qt::TabFocus);
    }
    return QObject::eventFilter(watched, event);
}

void PaneNavigator::addPane(QWidget* pane)
{
    QWidget* content = pane;
    if (auto* dock = qobject_cast<QDockWidget*>(pane); dock && dock->widget())
        content = dock->widget();
    const int index = static_cast<int>(m_panes.size());
    m_panes << content;
    QString name = content->accessibleName();
    if (name.isEmpty())
        name = dockOf(content) ? dockOf(content)->windowTitle() : content->windowTitle();
    QAction* action = m_menu->addAction(name, this, [this, index] { focusPane(index); });
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)));
    m_window->addAction(action);
}

int PaneNavigator::currentPane() const
{
    const QWidget* focus = QApplication::focusWidget();
    for (int i = 0; i < m_panes.size(); ++i) {
        if (focus && (focus == m_panes[i] || m_panes[i]->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

void PaneNavigator::focusPane(int pane)
{
    if (pane < 0 || pane >= m_panes.size())
        return;
    QWidget* content = m_panes[pane];
    if (QDockWidget* dock = dockOf(content)) {
        dock->show();
        dock->raise();
    }
    if (QWidget* target = firstFocusable(content))
        target->setFocus(Qt::ShortcutFocusReason);
}

void PaneNavigator::cycle(int direction)
{
    const int count = static_cast<int>(m_panes.size());
    if (count == 0)
        return;
    int pane = currentPane();
    for (int step = 0; step < count; ++step) {
        pane = ((pane < 0 && direction < 0 ? 0 : pane) + direction + count) % count;
        // Closed docks are skipped (Alt+N still opens them); a tabbed-away one is raised.
        QDockWidget* dock = dockOf(m_panes[pane]);
        if (dock ? dock->toggleViewAction()->isChecked() : m_panes[pane]->isVisible()) {
            focusPane(pane);
            if (currentPane() == pane)
                return;
        }
    }
}

} // namespace Chronoscope
