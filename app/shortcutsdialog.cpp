// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Chronoscope {

namespace {

enum Column
{
    Name,
    Keys,
    Place,
};

QString plain(QString text)
{
    // "&Open Store…" → "Open Store…"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// Where an action lives when it is in no menu: the nearest widget with an accessible name
// ("Timeline", "Correlation graph"), else the window.
QString placeOf(const QAction* action, const QString& fallback)
{
    for (QObject* object = action->parent(); object; object = object->parent()) {
        if (auto* widget = qobject_cast<QWidget*>(object); widget && !widget->accessibleName().isEmpty())
            return widget->accessibleName();
    }
    return fallback;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow* window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action, key or place"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("Action"), tr("Shortcut"), tr("Where") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Every action with a keyboard shortcut: its name, its keys and where it is"));
    auto* label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_filter);

    collect(window);
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    const int width = m_list->header()->length() + 2 * m_list->frameWidth() + 40;
    resize(std::max(width, 560), 620);
}

void ShortcutsDialog::collect(QMainWindow* window)
{
    QSet<const QAction*> listed;
    auto add = [this, &listed](const QAction* action, const QString& place) {
        if (action->shortcut().isEmpty() || listed.contains(action))
            return;
        listed.insert(action);
        auto* item = new QTreeWidgetItem(m_list, { plain(action->text()), keysOf(action), place });
        item->setToolTip(Name, action->toolTip());
    };
    // Menus first, depth first, in the order a user sees them.
    std::function<void(const QMenu*, const QString&)> walk = [&](const QMenu* menu, const QString& path) {
        for (const QAction* action : menu->actions()) {
            if (action->menu())
                walk(action->menu(), path + QStringLiteral(" › ") + plain(action->menu()->title()));
            else if (!action->isSeparator())
                add(action, path);
        }
    };
    for (const QAction* top : window->menuBar()->actions()) {
        if (top->menu())
            walk(top->menu(), plain(top->menu()->title()));
    }
    // Then what views and docks carry themselves (timeline keys, graph zoom, editor…).
    const QList<QAction*> all = window->findChildren<QAction*>();
    for (const QAction* action : all)
        add(action, placeOf(action, tr("Main window")));
}

int ShortcutsDialog::visibleCount() const
{
    int count = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        count += m_list->topLevelItem(row)->isHidden() ? 0 : 1;
    return count;
}

void ShortcutsDialog::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        bool match = needle.isEmpty();
        for (int column = 0; column < m_list->columnCount() && !match; ++column)
            match = item->text(column).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace Chronoscope
