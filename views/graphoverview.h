// SPDX-License-Identifier: MIT
#pragma once

#include <QPixmap>
#include <QWidget>

namespace Chronoscope {

class GraphCanvas;

/// A small picture of the whole graph with the visible part framed; click or drag in it to
/// move the view there (the panner of kcachegrind's call graph). Its picture is rendered
/// once per scene and size, and only the frame is redrawn as the view moves.
class GraphOverview : public QWidget
{
    Q_OBJECT
public:
    explicit GraphOverview(GraphCanvas* canvas, QWidget* parent = nullptr);

    /// The scene changed (new graph, mode or palette): render the picture again.
    void invalidate();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QRectF pictureRect() const;
    void centerAt(const QPointF& position);

    GraphCanvas* m_canvas;
    QPixmap m_picture;
};

} // namespace Chronoscope
