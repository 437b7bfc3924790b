// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>

namespace Chronoscope {

class GraphNodeItem;

/// The graph's QGraphicsView: wheel zooms around the cursor, dragging pans, a click (a press
/// and release without a drag) on a box reports the box.
class GraphCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget* parent = nullptr);

    /// The scale of the view (1 = one scene point per pixel).
    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    void zoomBy(double factor);
    /// Shows the whole scene, never enlarged beyond 1:1.
    void fit();

    GraphNodeItem* nodeAt(const QPoint& viewportPosition) const;
    /// The smallest zoom allowed: 0.02, or less when that is what shows the whole scene.
    double minimumZoom() const;

Q_SIGNALS:
    void nodeClicked(int node);
    /// The visible part of the scene moved or was resized (the overview follows).
    void viewChanged();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPoint m_pressPosition;
    bool m_pressed = false;
};

} // namespace Chronoscope
