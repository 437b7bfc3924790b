// SPDX-License-Identifier: MIT
#include "timelinecolors.h"

#include <array>

namespace Chronoscope {

namespace {

// Tableau-like hues that stay apart for people with common colour-vision deficiencies.
constexpr std::array<QRgb, 12> kCategories {
    0x4e79a7,
    0xf28e2b,
    0x59a14f,
    0xe15759,
    0x76b7b2,
    0xedc948,
    0xb07aa1,
    0xff9da7,
    0x9c755f,
    0x86bcb6,
    0xd37295,
    0x8cd17d,
};

} // namespace

QColor mixColors(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
        float(a.greenF() * (1 - amount) + b.greenF() * amount), float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

TimelineColors TimelineColors::from(const QPalette& palette)
{
    TimelineColors c;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.dark = c.base.lightnessF() < 0.5;
    c.alternate = mixColors(c.base, c.text, c.dark ? 0.035 : 0.028);
    c.chrome = mixColors(palette.color(QPalette::Window), c.text, c.dark ? 0.02 : 0.0);
    c.dimText = mixColors(c.text, c.base, 0.45);
    c.grid = mixColors(c.base, c.text, c.dark ? 0.10 : 0.08);
    c.separator = mixColors(c.chrome, c.text, c.dark ? 0.22 : 0.18);
    const QColor highlight = palette.color(QPalette::Highlight);
    c.density = mixColors(QColor(0x4e79a7), c.base, c.dark ? 0.0 : 0.05);
    if (c.dark)
        c.density = c.density.lighter(135);
    c.selection = highlight;
    c.selection.setAlphaF(0.18f);
    c.selectionEdge = highlight;
    c.playhead = c.dark ? QColor(0xff, 0x7a, 0x45) : QColor(0xd9, 0x48, 0x0f);
    c.current = c.text;
    c.dim = c.base;
    c.dim.setAlphaF(0.62f);
    c.bookmark = c.dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x5f, 0xc4);
    return c;
}

QColor TimelineColors::category(quint32 key) const
{
    const QColor color(kCategories[key % kCategories.size()]);
    // Beyond the first dozen, vary the lightness so neighbours still differ.
    const int round = int(key / kCategories.size()) % 3;
    QColor shaded = round == 0 ? color : round == 1 ? color.darker(125) : color.lighter(120);
    return dark ? shaded.lighter(110) : shaded;
}

QColor TimelineColors::severity(TimelineSeverity severity) const
{
    switch (severity) {
    case TimelineSeverity::Info:
        return dark ? QColor(0x5d, 0xa9, 0xe9) : QColor(0x1c, 0x6d, 0xd0);
    case TimelineSeverity::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xc2, 0x7c, 0x00);
    case TimelineSeverity::Error:
        return dark ? QColor(0xff, 0x5c, 0x5c) : QColor(0xd1, 0x24, 0x2f);
    case TimelineSeverity::None:
        break;
    }
    return {};
}

} // namespace Chronoscope
