// SPDX-License-Identifier: MIT
#pragma once

#include "savedfilter.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Chronoscope {

/// The filters typed (history, newest first, bounded) and the filters named (saved, by name).
/// It persists nothing itself: the app stores it in AppSettings, the case file in its JSON
/// (toJson()/fromJson()); both listen to changed(). GUI thread.
class FilterLibrary : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxHistory = 50;

    explicit FilterLibrary(QObject* parent = nullptr);

    QStringList history() const { return m_history; }
    /// Replaces the history (e.g. read back from settings); trimmed to kMaxHistory.
    void setHistory(const QStringList& history);
    /// Puts `text` first (once); empty text is ignored.
    void addToHistory(const QString& text);

    QList<SavedFilter> saved() const { return m_saved; }
    void setSaved(const QList<SavedFilter>& saved);
    /// Adds or replaces the filter called `name`.
    void save(const QString& name, const QString& text);
    void remove(const QString& name);
    /// The text saved as `name`, or an empty string.
    QString savedText(const QString& name) const;

    /// Saved filters as alternating name, text entries (for QSettings string lists).
    QStringList savedAsStrings() const;
    void setSavedFromStrings(const QStringList& strings);

    /// `{"history": [...], "saved": [{"name": ..., "filter": ...}]}`, for the case file.
    QJsonObject toJson() const;
    void fromJson(const QJsonObject& object);

Q_SIGNALS:
    void changed();

private:
    QStringList m_history;
    QList<SavedFilter> m_saved;
};

} // namespace Chronoscope
