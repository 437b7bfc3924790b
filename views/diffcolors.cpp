// SPDX-License-Identifier: MIT
#include "diffcolors.h"

#include <QCoreApplication>

namespace Chronoscope::DiffColors {

namespace {

QColor mix(const QColor& base, const QColor& signal, double amount)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - amount) + signal.redF() * amount),
        static_cast<float>(base.greenF() * (1 - amount) + signal.greenF() * amount),
        static_cast<float>(base.blueF() * (1 - amount) + signal.blueF() * amount));
}

} // namespace

QColor background(DiffKind kind, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    // Dark bases need a stronger tint to be seen at all.
    const double amount = base.lightnessF() < 0.5 ? 0.35 : 0.25;
    switch (kind) {
    case DiffKind::Added:
        return mix(base, QColor(0x2e, 0xa0, 0x43), amount);
    case DiffKind::Removed:
        return mix(base, QColor(0xd7, 0x3a, 0x49), amount);
    case DiffKind::Changed:
        return mix(base, QColor(0xe0, 0xa0, 0x00), amount);
    case DiffKind::Modified:
        return mix(base, QColor(0xe0, 0xa0, 0x00), amount / 3);
    case DiffKind::Unchanged:
        break;
    }
    return {};
}

QString describe(DiffKind kind)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("Chronoscope::DiffColors", text); };
    switch (kind) {
    case DiffKind::Added:
        return tr("added");
    case DiffKind::Removed:
        return tr("removed");
    case DiffKind::Changed:
        return tr("changed");
    case DiffKind::Modified:
        return tr("changed inside");
    case DiffKind::Unchanged:
        break;
    }
    return {};
}

} // namespace Chronoscope::DiffColors
