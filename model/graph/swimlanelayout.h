// SPDX-License-Identifier: MIT
#pragma once

#include "eventgraph.h"

#include <QRectF>

namespace Chronoscope {

struct SwimlaneOptions
{
    QSizeF eventSize { 176, 54 };
    double laneHeaderWidth = 170; ///< room for the stream names at the left
    double lanePadding = 12; ///< above and below the boxes of a lane
    double spacing = 16; ///< at least this between two boxes of a lane
    double breakWidth = 90; ///< a compressed gap in time
};

/// One lane per stream along real time (Perfetto-like flows): x grows with time, linearly
/// while events are close, and a gap that would span more than three boxes is cut to a
/// marked break (a saga with a shipping event two hours later stays readable). Events of one
/// lane never overlap: a crowded lane pushes later events right, so x stays in time order.
/// Commands and missing causes get a lane of their own on top, the More node one below.
struct SwimlaneLayout
{
    struct Lane
    {
        QString title; ///< stream id, or the name of a special lane
        QString subtitle; ///< aggregate type
        quint32 aggregateTypeId = 0;
        bool isSpecial = false; ///< commands, missing causes or left-out events
        double top = 0;
        double height = 0;
    };
    struct Break
    {
        double x = 0; ///< middle of the break
        TimeUs gap = 0; ///< real time left out
    };
    std::vector<Lane> lanes;
    std::vector<QRectF> nodes; ///< per graph node
    std::vector<Break> breaks;
    double timeStart = 0; ///< x where the time axis starts (after the lane headers)
    QSizeF size;

    bool isValid() const { return !nodes.empty(); }
};

SwimlaneLayout layoutSwimlanes(const EventGraph& graph, const SwimlaneOptions& options = {});

} // namespace Chronoscope
