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

} // namespace Chronoscope::Palettes
