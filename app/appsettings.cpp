// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace Chronoscope {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kStateVersion = QStringLiteral("window/stateVersion");
const QString kRecent = QStringLiteral("stores/recent");
const QString kTheme = QStringLiteral("view/theme");

// Paths make poor QSettings keys ('/' nests groups): key stores by a hash of their path.
QString storeKey(const QString& storePath)
{
    const QByteArray path = QFileInfo(storePath).absoluteFilePath().toUtf8();
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

QStringList AppSettings::recentStores() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentStore(const QString& path)
{
    QStringList recent = recentStores();
    const QString absolute = QFileInfo(path).absoluteFilePath();
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

} // namespace Chronoscope
