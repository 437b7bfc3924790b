// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>

/// The palettes of View > Theme, for the app and for tests that grab views in both themes.
namespace Chronoscope::Palettes {

/// A complete dark palette (every role, with disabled and placeholder colours), so views
/// that pick colours from the palette stay readable.
QPalette dark();
/// Fusion's light palette.
QPalette light();
/// View > Theme > High Contrast: white on black, yellow selection, cyan links, with every
/// role set and disabled text still at 4.5:1 against the background (WCAG AA).
QPalette highContrast();

} // namespace Chronoscope::Palettes
