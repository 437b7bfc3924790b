// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace Chronoscope {

/// View > Go to Pane: Alt+1…Alt+9 put the keyboard focus into one pane (showing and raising
/// its dock first), F6 and Shift+F6 cycle through the panes as in many IDEs. A pane is a
/// view of the window (the timeline, the table, a dock's content). GUI thread.
class PaneNavigator : public QObject
{
    Q_OBJECT
public:
    explicit PaneNavigator(QMainWindow* window);

    /// Adds a pane, named by its accessible name (or a dock's title); the first nine get
    /// Alt+1…Alt+9 in the order they are added.
    void addPane(QWidget* pane);
    QMenu* menu() const { return m_menu; }
    int paneCount() const { return static_cast<int>(m_panes.size()); }
    /// The pane holding the keyboard focus, or -1.
    int currentPane() const;
    /// Shows the pane's dock and focuses its first focusable widget.
    void focusPane(int pane);
    /// F6 (+1) and Shift+F6 (-1): the next visible pane after the current one.
    void cycle(int direction);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* m_window;
    QMenu* m_menu;
    QList<QWidget*> m_panes;
};

} // namespace Chronoscope
