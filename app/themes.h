// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace Chronoscope::Themes {

/// View > Theme: the platform's own look, or Fusion with a light, dark or high-contrast
/// palette.
enum class Theme
{
    System,
    Light,
    Dark,
    HighContrast,
};

/// Applies `theme` to the application: its style and palette.
void apply(Theme theme);

/// Preferences > Font size: the application font at `points`, or the system's for 0.
void applyFontSize(int points);

QString settingsKey(Theme theme);
Theme fromSettingsKey(const QString& key);

} // namespace Chronoscope::Themes
