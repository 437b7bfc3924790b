// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "store/postgresconninfo.h"
#include "translators.h"

#include <QCryptographicHash>

#include <QFileInfo>
#include <algorithm>

namespace Chronoscope {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kStateVersion = QStringLiteral("window/stateVersion");
const QString kRecent = QStringLiteral("stores/recent");
const QString kTheme = QStringLiteral("view/theme");
const QString kLocalTime = QStringLiteral("view/localTime");
const QString kCheckpointBudget = QStringLiteral("replay/checkpointBudgetMiB");
const QString kTimeLimit = QStringLiteral("replay/projectionTimeLimitMs");
const QString kLanguage = QStringLiteral("view/language");
const QString kFontSize = QStringLiteral("view/fontPointSize");

// How settings name a store: a file by its absolute path, a database by its URL without
// the password (settings never hold one; libpq finds it in ~/.pgpass or PGPASSWORD).
QString storeName(const QString& spec)
{
    if (PostgresConnInfo::isPostgresSpec(spec))
        return PostgresConnInfo::withoutPassword(spec);
    return QFileInfo(spec).absoluteFilePath();
}
const QString kFilterHistory = QStringLiteral("filters/history");
const QString kSavedFilters = QStringLiteral("filters/saved");

// Paths make poor QSettings keys ('/' nests groups): key stores by a hash of their path.
QString storeKey(const QString& storePath)
{
    const QByteArray path = storeName(storePath).toUtf8();
    return QStringLiteral("stores/")
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex())
        + QStringLiteral("/projection");
}

} // namespace

AppSettings::AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    if (m_settings.value(kStateVersion).toInt() != kWindowStateVersion)
        return {};
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
    m_settings.setValue(kStateVersion, kWindowStateVersion);
}

QStringList AppSettings::filterHistory() const
{
    return m_settings.value(kFilterHistory).toStringList();
}

void AppSettings::setFilterHistory(const QStringList& history)
{
    m_settings.setValue(kFilterHistory, history);
}

QStringList AppSettings::savedFilters() const
{
    return m_settings.value(kSavedFilters).toStringList();
}

void AppSettings::setSavedFilters(const QStringList& nameFilterPairs)
{
    m_settings.setValue(kSavedFilters, nameFilterPairs);
}

QStringList AppSettings::recentStores() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentStore(const QString& path)
{
    QStringList recent = recentStores();
    const QString absolute = storeName(path);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentStores)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
}

QString AppSettings::projectionFor(const QString& storePath) const
{
    return m_settings.value(storeKey(storePath), QStringLiteral("merge")).toString();
}

void AppSettings::setProjectionFor(const QString& storePath, const QString& projection)
{
    m_settings.setValue(storeKey(storePath), projection);
}

QString AppSettings::theme() const
{
    return m_settings.value(kTheme, QStringLiteral("system")).toString();
}

void AppSettings::setTheme(const QString& theme)
{
    m_settings.setValue(kTheme, theme);
}

bool AppSettings::localTime() const
{
    return m_settings.value(kLocalTime, false).toBool();
}

void AppSettings::setLocalTime(bool local)
{
    m_settings.setValue(kLocalTime, local);
}

int AppSettings::fontPointSize() const
{
    const int points = m_settings.value(kFontSize, 0).toInt();
    return points <= 0 ? 0 : std::clamp(points, 6, 32);
}

void AppSettings::setFontPointSize(int points)
{
    m_settings.setValue(kFontSize, points <= 0 ? 0 : std::clamp(points, 6, 32));
}

int AppSettings::checkpointBudgetMiB() const
{
    return std::clamp(m_settings.value(kCheckpointBudget, 256).toInt(), 16, 8192);
}

void AppSettings::setCheckpointBudgetMiB(int mib)
{
    m_settings.setValue(kCheckpointBudget, std::clamp(mib, 16, 8192));
}

int AppSettings::projectionTimeLimitMs() const
{
    return std::clamp(m_settings.value(kTimeLimit, 2000).toInt(), 100, 600000);
}

void AppSettings::setProjectionTimeLimitMs(int ms)
{
    m_settings.setValue(kTimeLimit, std::clamp(ms, 100, 600000));
}

QString AppSettings::language() const
{
    const QString language = m_settings.value(kLanguage, QStringLiteral("system")).toString();
    for (const auto& [key, name] : Translators::available()) {
        if (language == key)
            return language;
    }
    return QStringLiteral("system");
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

} // namespace Chronoscope
