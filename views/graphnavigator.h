// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace Chronoscope {

class GraphView;

/// The causation graph from the keyboard and for screen readers: on the canvas, arrow keys
/// step from event to event (in store order) and Enter or Space selects that event
/// everywhere, as a click does; the highlighted event is the canvas's accessible
/// description and each change is announced. GUI thread.
class GraphNavigator : public QObject
{
    Q_OBJECT
public:
    /// Watches `view`'s canvas; owned by `view`.
    explicit GraphNavigator(GraphView* view);

    /// The highlighted event in words, or what the graph shows when none is.
    static QString describe(const GraphView* view);
    /// Puts describe() into the canvas's accessible description and announces it.
    static void announce(GraphView* view);

    /// Highlights the next (+1) or previous (-1) event of the graph, by position.
    void step(int direction);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    GraphView* m_view;
    QObject* m_canvas; ///< m_view's canvas, the object filtered
};

} // namespace Chronoscope
