// SPDX-License-Identifier: MIT
#pragma once

#include "diff/jsondiff.h"

#include <QColor>
#include <QPalette>

namespace Chronoscope::DiffColors {

/// The background for a diff mark: a quarter of a signal colour over the palette's base,
/// so text keeps the palette's contrast in light and dark themes alike. Invalid for
/// Unchanged (no mark).
QColor background(DiffKind kind, const QPalette& palette);

/// A short accessible word for the mark ("added", "removed", "changed").
QString describe(DiffKind kind);

} // namespace Chronoscope::DiffColors
