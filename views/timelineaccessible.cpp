// SPDX-License-Identifier: MIT
#include "timelineaccessible.h"

#include "timelineview.h"

namespace Chronoscope {

namespace {

QAccessibleInterface* timelineFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String(TimelineView::staticMetaObject.className()) && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView*>(object));
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView* view)
    : QAccessibleWidget(view, QAccessible::Chart)
{ }

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

TimelineView* TimelineAccessible::view() const
{
    return static_cast<TimelineView*>(widget());
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Value:
        return view()->accessibleSummary();
    case QAccessible::Description: {
        // The state first: it is what changes, and what a user asks for.
        const QString summary = view()->accessibleSummary();
        const QString keys = view()->accessibleDescription();
        return summary.isEmpty() ? keys : summary + QStringLiteral(". ") + keys;
    }
    default:
        return QAccessibleWidget::text(t);
    }
}

} // namespace Chronoscope
