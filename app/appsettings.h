// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace Chronoscope {

/// The app's persistent preferences, declared once with their keys and defaults. Only the
/// app reads settings; the model gets plain option structs.
class AppSettings
{
public:
    /// Bump when the docks change, so an old saved layout is ignored instead of misapplied.
    static constexpr int kWindowStateVersion = 3;
    static constexpr int kMaxRecentStores = 10;

    AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QStringList recentStores() const;
    void addRecentStore(const QString& path);

    /// The projection last used with a store ("merge" when none was chosen).
    QString projectionFor(const QString& storePath) const;
    void setProjectionFor(const QString& storePath, const QString& projection);

    /// View > Theme: "system", "light", "dark" or "high-contrast".
    QString theme() const;
    void setTheme(const QString& theme);

    /// Preferences: times shown in local time (true) or UTC (false, the default).
    bool localTime() const;
    void setLocalTime(bool local);
    /// Preferences: the font size in points for the whole window, 0 for the system's (6–32).
    int fontPointSize() const;
    void setFontPointSize(int points);
    /// Preferences: memory the replay checkpoints may hold, in MiB (16–8192, default 256).
    int checkpointBudgetMiB() const;
    void setCheckpointBudgetMiB(int mib);
    /// Preferences: a projection call running longer is interrupted, in ms (100–600000, default 2000).
    int projectionTimeLimitMs() const;
    void setProjectionTimeLimitMs(int ms);
    /// The filter bar's history (newest first) and saved filters (alternating name, filter).
    QStringList filterHistory() const;
    void setFilterHistory(const QStringList& history);
    QStringList savedFilters() const;
    void setSavedFilters(const QStringList& nameFilterPairs);
    /// Preferences: "system" or a key of Translators::available() ("en", "de", "es"); applies
    /// at the next start.
    QString language() const;
    void setLanguage(const QString& language);

private:
    QSettings m_settings;
};

} // namespace Chronoscope
