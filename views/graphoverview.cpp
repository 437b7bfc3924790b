// SPDX-License-Identifier: MIT
#include "graphoverview.h"

#include "graphcanvas.h"
#include "graphcolors.h"

#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>

namespace Chronoscope {

namespace {

constexpr int kInset = 4;

} // namespace

GraphOverview::GraphOverview(GraphCanvas* canvas, QWidget* parent)
    : QWidget(parent)
    , m_canvas(canvas)
{
    setAccessibleName(tr("Graph overview"));
    setToolTip(tr("The whole graph; click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    connect(canvas, &GraphCanvas::viewChanged, this, qOverload<>(&QWidget::update));
}

void GraphOverview::invalidate()
{
    m_picture = QPixmap();
    update();
}

QRectF GraphOverview::pictureRect() const
{
    const QRectF area = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    const QSizeF scene = m_canvas->sceneRect().size();
    if (scene.isEmpty())
        return {};
    const QSizeF size = scene.scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void GraphOverview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(GraphColors::mix(base, text, 0.3), 1));
    painter.setBrush(base);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QRectF target = pictureRect();
    if (!m_canvas->scene() || target.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    if (m_picture.isNull() || m_picture.size() != (target.size() * dpr).toSize()) {
        m_picture = QPixmap((target.size() * dpr).toSize());
        m_picture.setDevicePixelRatio(dpr);
        m_picture.fill(base);
        QPainter picture(&m_picture);
        picture.setRenderHint(QPainter::Antialiasing);
        m_canvas->scene()->render(&picture, QRectF(QPointF(0, 0), target.size()), m_canvas->sceneRect());
    }
    painter.drawPixmap(target.topLeft(), m_picture);

    // The visible part, in picture coordinates.
    const QRectF scene = m_canvas->sceneRect();
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect().intersected(scene);
    const double scale = target.width() / scene.width();
    const QRectF frame(target.topLeft() + (visible.topLeft() - scene.topLeft()) * scale, visible.size() * scale);
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlphaF(0.15f);
    painter.setBrush(fill);
    painter.setPen(QPen(palette.color(QPalette::Highlight), 1.5));
    painter.drawRect(frame);
}

void GraphOverview::centerAt(const QPointF& position)
{
    const QRectF target = pictureRect();
    if (target.isEmpty())
        return;
    const QRectF scene = m_canvas->sceneRect();
    const double scale = scene.width() / target.width();
    m_canvas->centerOn(scene.topLeft() + (position - target.topLeft()) * scale);
}

void GraphOverview::mousePressEvent(QMouseEvent* event)
{
    centerAt(event->position());
}

void GraphOverview::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        centerAt(event->position());
}

void GraphOverview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    invalidate();
}

} // namespace Chronoscope
