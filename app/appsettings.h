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

    /// View > Theme: "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString& theme);

private:
    QSettings m_settings;
};

} // namespace Chronoscope
