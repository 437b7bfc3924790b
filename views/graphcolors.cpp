// SPDX-License-Identifier: MIT
#include "graphcolors.h"

#include <iterator>

namespace Chronoscope::GraphColors {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - amount) + b.redF() * amount),
        static_cast<float>(a.greenF() * (1 - amount) + b.greenF() * amount),
        static_cast<float>(a.blueF() * (1 - amount) + b.blueF() * amount));
}

QColor aggregateAccent(quint32 aggregateTypeId, const QPalette& palette)
{
    // Tableau-like hues; lighter variants on dark bases so strips and borders stand out.
    static const QRgb light[] = { 0x3b75c4, 0x2e9e5b, 0xd9822b, 0x8e5cc2, 0xc9466b, 0x1f9aa8, 0xa68a1a, 0x6f7782 };
    static const QRgb dark[] = { 0x79a9ee, 0x64cf8e, 0xf0a35a, 0xb58df0, 0xef7d9c, 0x5cc8d4, 0xd8bd4f, 0xa4acb6 };
    const auto slot = aggregateTypeId % std::size(light);
    return QColor(isDark(palette) ? dark[slot] : light[slot]);
}

QColor aggregateFill(quint32 aggregateTypeId, const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), aggregateAccent(aggregateTypeId, palette), isDark(palette) ? 0.22 : 0.14);
}

QColor edge(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.55);
}

QColor criticalPath(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7a, 0x59) : QColor(0xd0, 0x3a, 0x1b);
}

QColor compensation(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xe8, 0xb3, 0x39) : QColor(0xa8, 0x6b, 0x00);
}

} // namespace Chronoscope::GraphColors
