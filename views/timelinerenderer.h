// SPDX-License-Identifier: MIT
#pragma once

#include "query/filterresult.h"
#include "timeline/densitypyramid.h"
#include "timelinecolors.h"

#include <QImage>

#include <vector>

namespace Chronoscope {

/// One visible lane: which pyramid and which of its lanes.
struct TimelineRow
{
    const DensityPyramid* pyramid = nullptr;
    int lane = -1;
    bool pinned = false;
};

/// Draws the lanes of a frame straight into an image's pixels, at device resolution: one
/// mark per event where few are visible, else one density column per device pixel. Costs
/// O(visible lanes × pixels × log events), never O(events). No QPainter, so no
/// antialiasing and no per-rectangle overhead.
class TimelineRenderer
{
public:
    struct Frame
    {
        TimelineGeometry geometry; ///< logical pixels; the image covers [left, left + width)
        double devicePixelRatio = 1;
        int laneHeight = 20; ///< logical pixels
        int firstRowY = 0; ///< logical y of the first row inside the image (may be negative)
        std::vector<TimelineRow> rows;
        std::vector<qint64> grid; ///< coordinates of vertical grid lines
        qint64 currentEvent = -1;
        /// The filter bar's result: marks of events it did not match are dimmed (null: none).
        const FilterResult* filter = nullptr;
        TimelineColors colors;
    };
    struct Stats
    {
        qint64 marks = 0; ///< events drawn one by one
        qint64 densityLanes = 0; ///< lanes drawn as density columns
    };

    /// Renders into `image` (Format_ARGB32_Premultiplied, sized to the plot in device pixels).
    static Stats render(QImage& image, const Frame& frame);
    /// How many events a lane may show as marks before it turns to density columns.
    static qint64 markLimit(int deviceColumns) { return deviceColumns / 4; }
};

} // namespace Chronoscope
