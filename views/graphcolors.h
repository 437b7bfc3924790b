// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

namespace Chronoscope::GraphColors {

/// True when the palette's base is dark (dark theme).
bool isDark(const QPalette& palette);
/// a·(1−amount) + b·amount.
QColor mix(const QColor& a, const QColor& b, double amount);

/// The signal colour of an aggregate type (by its id in the index, so it is the same in
/// every graph of a store): eight hues that stay apart in light and dark themes.
QColor aggregateAccent(quint32 aggregateTypeId, const QPalette& palette);
/// A box fill: the accent tinted over the palette's base, so text keeps its contrast.
QColor aggregateFill(quint32 aggregateTypeId, const QPalette& palette);

/// Lines of ordinary causation edges.
QColor edge(const QPalette& palette);
/// The critical path (boxes and steps).
QColor criticalPath(const QPalette& palette);
/// Compensation ("reverses") edges.
QColor compensation(const QPalette& palette);

} // namespace Chronoscope::GraphColors
