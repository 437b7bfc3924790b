// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace Chronoscope::Themes {

/// View > Theme: the platform's own look, or Fusion with a light or dark palette.
enum class Theme
{
    System,
    Light,
    Dark,
};

/// Applies `theme` to the application: its style and palette.
void apply(Theme theme);

QString settingsKey(Theme theme);
Theme fromSettingsKey(const QString& key);

} // namespace Chronoscope::Themes
