// SPDX-License-Identifier: MIT
#include "paletteicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Chronoscope::PaletteIcons {

namespace {

// Draws `shape` on a 16×16 logical grid.
void draw(QPainter& painter, Shape shape, const QColor& color)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    auto triangle = [&](bool pointsLeft, qreal x) {
        QPainterPath path;
        if (pointsLeft) {
            path.moveTo(x, 8);
            path.lineTo(x + 6, 3.5);
            path.lineTo(x + 6, 12.5);
        } else {
            path.moveTo(x + 6, 8);
            path.lineTo(x, 3.5);
            path.lineTo(x, 12.5);
        }
        path.closeSubpath();
        painter.drawPath(path);
    };
    switch (shape) {
    case Shape::First:
        painter.drawRect(QRectF(3.5, 3.5, 2, 9));
        triangle(true, 6.5);
        break;
    case Shape::Previous:
        triangle(true, 4.5);
        break;
    case Shape::Next:
        triangle(false, 5.5);
        break;
    case Shape::Last:
        triangle(false, 3.5);
        painter.drawRect(QRectF(10.5, 3.5, 2, 9));
        break;
    case Shape::ExpandAll:
    case Shape::CollapseAll:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, 1.2));
        painter.drawRoundedRect(QRectF(2.5, 2.5, 11, 11), 1.5, 1.5);
        painter.drawLine(QPointF(5.5, 8), QPointF(10.5, 8));
        if (shape == Shape::ExpandAll)
            painter.drawLine(QPointF(8, 5.5), QPointF(8, 10.5));
        break;
    }
}

QPixmap render(Shape shape, const QColor& color, qreal scale)
{
    QPixmap pixmap(qRound(16 * scale), qRound(16 * scale));
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    draw(painter, shape, color);
    return pixmap;
}

} // namespace

QIcon icon(Shape shape, const QPalette& palette)
{
    QIcon icon;
    for (const qreal scale : { 1.0, 2.0 }) {
        icon.addPixmap(render(shape, palette.color(QPalette::Active, QPalette::ButtonText), scale), QIcon::Normal);
        icon.addPixmap(render(shape, palette.color(QPalette::Disabled, QPalette::ButtonText), scale), QIcon::Disabled);
    }
    return icon;
}

} // namespace Chronoscope::PaletteIcons
