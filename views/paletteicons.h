// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QPalette>

namespace Chronoscope::PaletteIcons {

enum class Shape
{
    First, ///< bar and left triangle
    Previous, ///< left triangle
    Next, ///< right triangle
    Last, ///< right triangle and bar
    ExpandAll, ///< box with a plus
    CollapseAll, ///< box with a minus
};

/// A small icon drawn in the palette's button text colour (and its disabled colour), so it
/// reads in light and dark themes alike, unlike the style's fixed-colour pixmaps. Drawn at
/// 1x and 2x for HiDPI. Recreate it when the palette changes.
QIcon icon(Shape shape, const QPalette& palette);

} // namespace Chronoscope::PaletteIcons
