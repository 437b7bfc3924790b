// SPDX-License-Identifier: MIT
#include "graphnavigator.h"

#include "graphcanvas.h"
#include "graphitems.h"
#include "graphscene.h"
#include "graphview.h"
#include "index/timestampparser.h"

#include <QAccessible>
#include <QKeyEvent>

#include <algorithm>

namespace Chronoscope {

GraphNavigator::GraphNavigator(GraphView* view)
    : QObject(view)
    , m_view(view)
    , m_canvas(view->canvas())
{
    view->canvas()->installEventFilter(this);
    view->canvas()->setFocusPolicy(Qt::StrongFocus);
}

QString GraphNavigator::describe(const GraphView* view)
{
    const auto& graph = view->result().graph;
    if (!graph)
        return view->statusText();
    const int node = graph->nodeOfPosition(view->currentEvent());
    if (node < 0)
        return view->statusText();
    const GraphNode& n = graph->nodes[static_cast<std::size_t>(node)];
    return tr("Highlighted event %1 of stream %2, version %3, at %4; %5")
        .arg(n.type, n.streamId)
        .arg(n.version)
        .arg(n.time == kInvalidTime ? tr("an unknown time") : TimestampParser::toIso(n.time))
        .arg(view->statusText());
}

void GraphNavigator::announce(GraphView* view)
{
    GraphCanvas* canvas = view->canvas();
    canvas->setAccessibleDescription(describe(view));
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(canvas, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void GraphNavigator::step(int direction)
{
    const auto& graph = m_view->result().graph;
    if (!graph)
        return;
    // Positions of the drawn events, in store order: what "next" means to a reader.
    std::vector<qint64> positions;
    for (std::size_t i = 0; i < graph->nodes.size(); ++i) {
        const GraphNode& node = graph->nodes[i];
        if (node.kind == GraphNode::Kind::Event && m_view->scene()->itemForNode(static_cast<int>(i)))
            positions.push_back(node.position);
    }
    if (positions.empty())
        return;
    std::sort(positions.begin(), positions.end());
    const qint64 current = m_view->currentEvent();
    auto at = std::lower_bound(positions.begin(), positions.end(), current);
    qint64 target = 0;
    if (at == positions.end() || *at != current)
        target = direction > 0 ? (at == positions.end() ? positions.back() : *at)
                               : (at == positions.begin() ? positions.front() : *(at - 1));
    else if (direction > 0)
        target = at + 1 == positions.end() ? *at : *(at + 1);
    else
        target = at == positions.begin() ? *at : *(at - 1);
    m_view->setCurrentEvent(target);
}

bool GraphNavigator::eventFilter(QObject* watched, QEvent* event)
{
    // The canvas still gets events while ~QWidget of the view deletes it, when m_view is no
    // longer a GraphView: compare with the pointer kept, and only then use m_view.
    if (event->type() != QEvent::KeyPress || watched != m_canvas)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false; // Ctrl+wheel keys, Alt+N and friends stay what they are
    switch (key->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        step(1);
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
        step(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const auto& graph = m_view->result().graph) {
            const int node = graph->nodeOfPosition(m_view->currentEvent());
            if (node >= 0)
                Q_EMIT m_view->canvas()->nodeClicked(node);
        }
        return true;
    default:
        return false;
    }
}

} // namespace Chronoscope
