// SPDX-License-Identifier: MIT
#include "themes.h"

#include "palettes.h"

#include <QApplication>
#include <QStyle>

namespace Chronoscope::Themes {

namespace {

// The style the platform chose at startup, to return to from Light or Dark.
QString& systemStyleName()
{
    static QString name;
    return name;
}

} // namespace

void apply(Theme theme)
{
    if (systemStyleName().isEmpty())
        systemStyleName() = QApplication::style()->name();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(systemStyleName());
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(Palettes::light());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(Palettes::dark());
        break;
    }
}

QString settingsKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme fromSettingsKey(const QString& key)
{
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::System;
}

} // namespace Chronoscope::Themes
