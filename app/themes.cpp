// SPDX-License-Identifier: MIT
#include "themes.h"

#include "palettes.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace Chronoscope::Themes {

namespace {

// The style the platform chose at startup, to return to from Light or Dark.
QString& systemStyleName()
{
    static QString name;
    return name;
}

// The font the application started with, to return to from a chosen size.
QFont& systemFont()
{
    static QFont font = QApplication::font();
    return font;
}

} // namespace

void applyFontSize(int points)
{
    QFont font = systemFont();
    if (points > 0)
        font.setPointSize(points);
    if (font != QApplication::font())
        QApplication::setFont(font);
}

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
    case Theme::HighContrast:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(Palettes::highContrast());
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
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
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
    if (key == u"high-contrast")
        return Theme::HighContrast;
    return Theme::System;
}

} // namespace Chronoscope::Themes
