// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinelanes.h"

#include <QColor>
#include <QPalette>

namespace Chronoscope {

/// The timeline's colours, derived from the widget's palette so that light and dark themes
/// both read well. Recomputed on PaletteChange.
struct TimelineColors
{
    QColor base; ///< lanes
    QColor alternate; ///< every other lane
    QColor chrome; ///< axis, headers, overview
    QColor text;
    QColor dimText;
    QColor grid; ///< faint lines at major ticks
    QColor separator;
    QColor density; ///< density columns
    QColor selection; ///< a selected range (translucent)
    QColor selectionEdge;
    QColor playhead;
    QColor current; ///< outline of the current event
    QColor dim; ///< outside the filter (translucent)
    QColor bookmark;
    bool dark = false;

    static TimelineColors from(const QPalette& palette);
    /// A categorical colour for an event type (or any lane key), distinct for the first dozen.
    QColor category(quint32 key) const;
    /// Info blue, warning amber, error red; invalid for None.
    QColor severity(TimelineSeverity severity) const;
};

/// `a` moved towards `b` by `amount` (0..1).
QColor mixColors(const QColor& a, const QColor& b, double amount);

} // namespace Chronoscope
