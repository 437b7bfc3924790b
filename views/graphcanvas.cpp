// SPDX-License-Identifier: MIT
#include "graphcanvas.h"

#include "graphitems.h"

#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

namespace Chronoscope {

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;

} // namespace

GraphCanvas::GraphCanvas(QWidget* parent)
    : QGraphicsView(parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Event graph"));
}

void GraphCanvas::setZoom(double zoom)
{
    zoomBy(zoom / this->zoom());
}

double GraphCanvas::minimumZoom() const
{
    // Never smaller than needed to see everything, however wide the graph.
    const QRectF rect = sceneRect();
    if (rect.isEmpty() || viewport()->width() <= 0)
        return kMinZoom;
    const double fitting
        = std::min(viewport()->width() / rect.width(), viewport()->height() / std::max(1.0, rect.height()));
    return std::min(kMinZoom, fitting);
}

void GraphCanvas::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, minimumZoom(), kMaxZoom);
    const double applied = target / zoom();
    scale(applied, applied);
    Q_EMIT viewChanged();
}

void GraphCanvas::fit()
{
    if (!scene())
        return;
    const QRectF rect = sceneRect();
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.0) {
        resetTransform();
        centerOn(rect.center());
    }
    Q_EMIT viewChanged();
}

GraphNodeItem* GraphCanvas::nodeAt(const QPoint& viewportPosition) const
{
    const QList<QGraphicsItem*> under = items(viewportPosition);
    for (QGraphicsItem* item : under) {
        if (auto* node = qgraphicsitem_cast<GraphNodeItem*>(item))
            return node;
    }
    return nullptr;
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    // 120 units per notch: 1.2× per notch, smooth on touchpads.
    if (event->angleDelta().y() == 0) {
        event->accept();
        return;
    }
    // Anchored by hand: AnchorUnderMouse follows the last mouse move, not the wheel event.
    const QPointF at = event->position();
    const QPointF sceneAt = mapToScene(at.toPoint());
    setTransformationAnchor(QGraphicsView::NoAnchor);
    zoomBy(qPow(1.2, event->angleDelta().y() / 120.0));
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    const QPointF drift = mapFromScene(sceneAt) - at;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPosition = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const bool click = m_pressed && event->button() == Qt::LeftButton
        && (event->position().toPoint() - m_pressPosition).manhattanLength() < QApplication::startDragDistance();
    m_pressed = false;
    if (!click)
        return;
    if (GraphNodeItem* node = nodeAt(event->position().toPoint()))
        Q_EMIT nodeClicked(node->nodeIndex());
}

void GraphCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewChanged();
}

void GraphCanvas::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    Q_EMIT viewChanged();
}

} // namespace Chronoscope
