// SPDX-License-Identifier: MIT
#pragma once

#include "store/event.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Chronoscope {

/// What a store's causation ids name (see detectCausationStyle).
enum class CausationStyle : quint8
{
    EventIds, ///< the id of the event that caused this one
    CommandIds, ///< the id of the command that produced it (Emmett's stores do this)
};

/// One box of a correlation graph.
struct GraphNode
{
    enum class Kind : quint8
    {
        Event, ///< an event of the store
        Command, ///< a command that no event records, named by the causation ids of its events
        MissingCause, ///< a causation id that names no event of the store (dangling stub)
        More, ///< events of the group left out of the graph ("N more")
    };
    Kind kind = Kind::Event;
    qint64 position = -1; ///< Event: position in the index
    QString eventId; ///< Event: as stored (empty when built without a store)
    QString type; ///< Event: its type
    QString streamId; ///< Event: its stream
    QString aggregateType; ///< Event: its stream's aggregate type
    quint32 aggregateTypeId = 0; ///< Event: its id in the index (stable per store: colours)
    qint32 version = 0; ///< Event: version in its stream
    TimeUs time = kInvalidTime; ///< Event: its time; Command: its first event's
    QString causeId; ///< Command, MissingCause: the id the events name
    qint64 count = 0; ///< Command, MissingCause: events that name it; More: events left out
    qint64 hiddenCaused = 0; ///< Event: events it caused that the cut left out
    bool inCausationTree = false; ///< an ancestor, the focus, or a descendant of it
    bool inCorrelation = false; ///< in the focus's correlation group (drawn inside its box)
};

/// A directed link, always from cause to effect (or from compensation to original).
struct GraphEdge
{
    enum class Kind : quint8
    {
        Causation, ///< event → the event it caused
        Command, ///< command → an event it produced
        Missing, ///< missing cause → the event that names it
        Compensates, ///< compensating event → the event it reverses
    };
    int from = -1;
    int to = -1;
    Kind kind = Kind::Causation;
};

/// The correlation group and causation tree of one event: plain data, built off the GUI
/// thread by buildEventGraph() and read anywhere.
struct EventGraph
{
    qint64 focusPosition = -1;
    int focusNode = -1;
    qint64 correlationRoot = -1; ///< position of the group's first event, -1 without correlation
    QString correlationId; ///< as stored (empty when built without a store)
    CausationStyle causationStyle = CausationStyle::EventIds;
    qint64 totalEvents = 0; ///< events in the group and tree before any cut
    qint64 shownEvents = 0; ///< events drawn; the rest are counted by the More node
    qint64 limit = 0; ///< the cut this graph was built with
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    QStringList warnings; ///< events that could not be read, with the reason

    bool isValid() const { return focusNode >= 0; }
    bool isTruncated() const { return shownEvents < totalEvents; }
    /// The node of the event at `position`, or -1 when it is not drawn.
    int nodeOfPosition(qint64 position) const;
};

} // namespace Chronoscope
