// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessibleWidget>

namespace Chronoscope {

class TimelineView;

/// What a screen reader learns about the custom-painted timeline: its name, the keys that
/// drive it (description) and, as its value, the current event, playhead, range selection
/// and time filter in words (TimelineView::accessibleSummary()). TimelineView announces
/// changes of that value with QAccessibleValueChangeEvent. GUI thread.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView* view);

    /// Registers the factory that gives every TimelineView this interface (once).
    static void install();

    QString text(QAccessible::Text t) const override;

private:
    TimelineView* view() const;
};

} // namespace Chronoscope
