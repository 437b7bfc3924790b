// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace Chronoscope {

class BookmarksModel;

/// The Bookmarks dock: bookmarked and annotated events with labels, colours and notes.
/// Enter (or a double-click) jumps to the event, F2 edits the label, Delete removes the
/// bookmark; the context menu picks a colour. Keeps the current event across the model's
/// resets (every change of the case file rebuilds it).
class BookmarksView : public QTreeView
{
    Q_OBJECT
public:
    explicit BookmarksView(QWidget* parent = nullptr);

    void setBookmarksModel(BookmarksModel* model);
    BookmarksModel* bookmarksModel() const { return m_model; }

    /// The colours offered for bookmarks, as "#rrggbb", with their names.
    static QList<std::pair<QString, QString>> colors();

Q_SIGNALS:
    void eventActivated(qint64 position);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showMenu(const QPoint& at);
    void removeCurrent();

    BookmarksModel* m_model = nullptr;
    qint64 m_keptPosition = -1;
};

} // namespace Chronoscope
