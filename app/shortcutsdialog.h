// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace Chronoscope {

/// Help > Keyboard Shortcuts: every action of the window that has a shortcut, read from the
/// actions themselves (menus first, with their menu path, then the actions that live on a
/// view, such as the timeline's), so the list never goes stale. Type to filter by name,
/// place or key. GUI thread.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow* window);

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeWidget* list() const { return m_list; }
    /// Rows not hidden by the filter.
    int visibleCount() const;

private:
    void collect(QMainWindow* window);
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QTreeWidget* m_list;
};

} // namespace Chronoscope
