// SPDX-License-Identifier: MIT
#pragma once

#include "case/casefile.h"
#include "timeline/timelinemarker.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;

namespace Chronoscope {

class BookmarksModel;
class BookmarksView;
class MainWindow;

/// The investigation's case file in the window (docs/case-file.md): the Bookmarks dock,
/// Ctrl+B (bookmark the selected event) and Ctrl+M (add a note), the marks in the event
/// table and on the timeline, File > Export/Import Case, and what is restored on reopen
/// (time reference, projections, the inspected stream and version). The CaseFile saves
/// itself (debounced) on every change; the window saves it when a store closes.
///
/// MainWindow calls storeOpened()/storeClosing(); everything else is wired here.
class CaseController : public QObject
{
    Q_OBJECT
public:
    explicit CaseController(MainWindow* window);
    ~CaseController() override;

    CaseFile* caseFile() const { return m_case; }
    BookmarksView* bookmarksView() const { return m_view; }
    QDockWidget* dock() const { return m_dock; }
    /// The Bookmarks menu (toggle, note, dock) and the File menu's case entries.
    QMenu* menu() const { return m_menu; }
    QList<QAction*> fileActions() const { return { m_export, m_import }; }
    QAction* toggleBookmarkAction() const { return m_toggle; }
    QAction* addNoteAction() const { return m_addNote; }

    /// Bookmarks as timeline markers (the window adds the findings').
    QList<TimelineMarker> markers() const;

    /// After MainWindow::openStore() has reset the views: reads the store's case file.
    void storeOpened(const QString& storePath);
    /// Before the store is closed or replaced, or the window closes: records what the
    /// window shows and saves.
    void storeClosing();

    /// The event the user means: the event table's current row, else the timeline's.
    qint64 selectedPosition() const;
    /// Bookmarks the event, or removes its bookmark (Ctrl+B).
    void toggleBookmark(qint64 position);
    void addNote(qint64 position, const QString& text);
    bool exportCase(const QString& path, QString* error) const;
    enum class ImportMode
    {
        Merge,
        Replace
    };
    bool importCase(const QString& path, ImportMode mode, QString* error);

Q_SIGNALS:
    /// The bookmarks changed: the timeline's markers need redrawing.
    void markersChanged();

private:
    EventAnchor anchorOf(qint64 position) const;
    void fillEventId(qint64 position);
    void askForNote();
    void chooseExport();
    void chooseImport();
    void onIndex(bool final);
    void restoreTimeReference();
    void recordTimeDisplay();
    void showWarnings(const QStringList& warnings);
    /// The case's saved filters and history join the filter bar's when a store opens; what
    /// the user saves or types afterwards is recorded in the case.
    void restoreFilters();
    void recordFilters();

    MainWindow* m_window;
    CaseFile* m_case;
    BookmarksModel* m_model;
    BookmarksView* m_view;
    QDockWidget* m_dock;
    QMenu* m_menu;
    QAction* m_toggle;
    QAction* m_addNote;
    QAction* m_export;
    QAction* m_import;
    QString m_storePath;
    bool m_resolved = false; ///< anchors checked against the final index of this store
    bool m_restoring = false; ///< applying the case to the views: do not record it back
    bool m_filtersConnected = false;
    QString m_restoreStream; ///< the inspected stream to return to once indexed
    qint64 m_restoreCount = -1;
    QStringList m_warnings; ///< shown again once the replay is ready (which hides the message bar)
};

} // namespace Chronoscope
