// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "index/eventindex.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Chronoscope {

/// An investigation's case file (docs/case-file.md): bookmarks, notes on events, the time
/// reference, saved filters and filter history, the chosen projections and the inspected
/// stream of one store, kept in a versioned JSON file beside the store
/// (`STORE.chronoscope-case.json`) or, when that folder is not writable, in the data
/// directory under a name derived from the store's identity. Never written into the store.
///
/// Every change emits changed() and schedules a debounced save (setAutosaveDelay());
/// saves are atomic (QSaveFile: a temporary file renamed over the old one), so two
/// windows or processes saving at once leave one complete file (the last writer's).
/// A damaged file is renamed to `….damaged-<time>` and a fresh case starts; a file from
/// a newer version is read as far as it can be, its unknown fields are written back, and
/// the original is copied to `….v<N>.json` before it is first overwritten.
///
/// GUI thread (a QObject with timers); writes run on a worker and report back here.
class CaseFile : public QObject
{
    Q_OBJECT
public:
    explicit CaseFile(QObject* parent = nullptr);
    ~CaseFile() override;

    /// Where case files go when the store's folder is not writable (the app passes
    /// QStandardPaths::AppDataLocation); names there are derived from the store's identity.
    void setDataDirectory(const QString& directory) { m_dataDirectory = directory; }
    QString dataDirectory() const { return m_dataDirectory; }
    /// Who writes notes (default: the OS user name).
    void setAuthor(const QString& author) { m_author = author; }
    QString author() const { return m_author; }
    /// Milliseconds between a change and its save (default 1000); 0 saves at the next event loop turn.
    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }

    /// Opens the case of `storeSpec` (saving and closing the previous one), reading its file
    /// if there is one. Returns warnings for the user (damaged file set aside, newer
    /// version, unreadable file); never fails.
    QStringList open(const QString& storeSpec);
    /// Saves pending changes and forgets the case.
    void close();
    bool isOpen() const { return !m_storeSpec.isEmpty(); }
    QString storeSpec() const { return m_storeSpec; }
    /// The file the case is (or will be) saved in.
    QString path() const { return m_path; }
    /// Where a case file for `storeSpec` goes beside the store (empty for non-file stores)
    /// and in `dataDirectory`.
    static QString besidePath(const QString& storeSpec);
    /// Whether the folder of `path` may be written: its permission bits allow it (for root
    /// too) and the process may.
    static bool folderTakesWrites(const QString& path);
    static QString dataPath(const QString& storeSpec, const QString& dataDirectory);
    /// The OS user name.
    static QString systemUserName();

    const CaseData& data() const { return m_data; }
    /// Replaces everything (Import Case › Replace).
    void setData(const CaseData& data);
    /// Adds `other`'s bookmarks, notes and saved filters that this case does not have yet
    /// (Import Case › Merge); settings (projections, time reference) are kept.
    void merge(const CaseData& other);

    // Bookmarks.
    const QList<Bookmark>& bookmarks() const { return m_data.bookmarks; }
    /// Index into bookmarks() of the bookmark on `position`, or -1.
    int bookmarkAt(qint64 position) const;
    /// Adds a bookmark on the event, or removes the one it has; returns true if added.
    bool toggleBookmark(const EventAnchor& event, const QString& label = {});
    void setBookmarkLabel(int bookmark, const QString& label);
    void setBookmarkColor(int bookmark, const QString& color);
    void removeBookmark(int bookmark);

    // Notes.
    const QList<EventNote>& notes() const { return m_data.notes; }
    /// Indexes into notes() of the notes on `position`, oldest first.
    QList<int> notesAt(qint64 position) const;
    /// Adds a note by author() now.
    void addNote(const EventAnchor& event, const QString& text);
    void setNoteText(int note, const QString& text);
    void removeNote(int note);

    /// Fills in an anchor's event id (read from the store after marking) everywhere it appears.
    void setEventId(qint64 position, const QString& eventId);
    /// After (re)indexing: finds each anchored event again by stream and version when its
    /// position now holds another event. Returns how many anchors are not in `index`.
    int resolve(const EventIndex& index);

    // Time reference and table time display.
    void setTimeReference(const std::optional<TimeReference>& reference);
    void setTimeMode(const QString& mode);

    // Filters: the filter bar (branch `query`) reads and writes these.
    const QList<SavedFilter>& savedFilters() const { return m_data.savedFilters; }
    /// Saves `expression` as `name`, replacing a filter of that name.
    void saveFilter(const QString& name, const QString& expression);
    void removeFilter(const QString& name);
    const QStringList& filterHistory() const { return m_data.filterHistory; }
    /// Puts `expression` first in the history (once; at most kHistoryLimit kept).
    void addToFilterHistory(const QString& expression);
    static constexpr int kHistoryLimit = 100;

    // What the window shows.
    void setProjections(const QString& active, const QString& other);
    void setInspected(const QString& streamId, qint64 count);

    /// Writes the case now, on this thread; false with `*error` when it could not be
    /// written anywhere. Nothing is written for an empty case that has no file yet.
    bool saveNow(QString* error = nullptr);
    /// Writes the case (the whole CaseData) to `path`, for a colleague (Export Case).
    bool exportTo(const QString& path, QString* error) const;
    /// Reads a case file (Import Case); nullopt with `*error` when it is not one.
    static std::optional<CaseData> readFile(const QString& path, QString* error, QStringList* warnings = nullptr);
    bool hasUnsavedChanges() const { return m_dirty; }

Q_SIGNALS:
    void changed();
    /// A save wrote `path` (the data directory's, when the store's folder was not writable).
    void saveFinished(const QString& path);
    void saveFailed(const QString& message);

private:
    struct WriteResult
    {
        QString path;
        QString error;
    };
    struct Writer;

    QStringList read(const QString& storeSpec);
    void touch();
    void saveInBackground();
    QByteArray serialize() const;
    static WriteResult write(const std::shared_ptr<Writer>& writer, quint64 sequence, const QByteArray& bytes,
        const QStringList& paths, const QString& backupOf, const QString& backupTo);
    void applyWriteResult(const WriteResult& result);

    QString m_storeSpec;
    QString m_path;
    QString m_dataDirectory;
    QString m_author;
    CaseData m_data;
    QJsonObject m_unknown; ///< top-level fields of a newer version, written back as they were
    int m_loadedVersion = 0;
    QString m_newerBackup; ///< where the newer file is copied before it is first overwritten
    bool m_dirty = false;
    bool m_fileExists = false;
    QTimer m_autosave;
    std::shared_ptr<Writer> m_writer;
    quint64 m_sequence = 0;
};

} // namespace Chronoscope
