// SPDX-License-Identifier: MIT
// TimelineView without a mouse: the range selection from the keyboard, and what a screen
// reader sees (the state in words, and its announcement).

#include "timeline/timeticks.h"
#include "timelinestack.h"
#include "timelineview.h"

#include <QAccessible>
#include <QAction>

#include <utility>

namespace Chronoscope {

void TimelineView::createKeyboardActions()
{
    // [ and ] put the selection's ends at the playhead (moved with Alt+←/→ or Go to Time),
    // so a range can be chosen, zoomed and filtered without a mouse.
    auto mark = [this](bool start) {
        if (m_playhead == kInvalidTime)
            return;
        AxisRange range = m_selection.value_or(AxisRange { m_playhead, m_playhead });
        (start ? range.from : range.to) = m_playhead;
        if (range.from > range.to)
            std::swap(range.from, range.to);
        m_selection = range;
        m_zoomToSelection->setEnabled(range.isValid());
        m_filterToSelection->setEnabled(range.isValid());
        update();
        Q_EMIT selectionChanged();
    };
    const std::pair<QString, Qt::Key> marks[] = { { tr("Start Selection at Playhead"), Qt::Key_BracketLeft },
        { tr("End Selection at Playhead"), Qt::Key_BracketRight } };
    for (const auto& [text, key] : marks) {
        auto* action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [mark, start = key == Qt::Key_BracketLeft] { mark(start); });
        addAction(action);
    }
}

QString TimelineView::accessibleSummary() const
{
    QStringList parts;
    if (!m_index || m_index->size() == 0)
        return placeholderText();
    // -> QString: a QStringBuilder returned from a lambda would outlive its temporaries.
    const auto when = [this](TimeUs time) -> QString {
        return formatTime(time, m_timeSpec) + QLatin1Char(' ') + zoneName(time, m_timeSpec);
    };
    if (m_currentEvent >= 0 && m_currentEvent < static_cast<qint64>(m_index->size())) {
        const Event e = m_index->event(m_currentEvent);
        parts << tr("Selected event %1 of stream %2, version %3, at %4")
                     .arg(e.type, e.streamId)
                     .arg(e.version)
                     .arg(e.timestamp == kInvalidTime ? tr("(no valid timestamp)") : when(e.timestamp));
    }
    if (m_playhead != kInvalidTime)
        parts << tr("Playhead at %1").arg(when(m_playhead));
    if (m_selection && m_selection->isValid())
        parts << tr("Range selected from %1 to %2").arg(when(m_selection->from), when(m_selection->to));
    if (const auto filter = m_stack->filter())
        parts << tr("Time filter from %1 to %2").arg(when(filter->from), when(filter->to));
    return parts.join(QStringLiteral(". "));
}

void TimelineView::announce()
{
    // Cheap when no assistive technology listens: Qt drops the event at once.
    if (!QAccessible::isActive())
        return;
    QAccessibleValueChangeEvent value(this, accessibleSummary());
    QAccessible::updateAccessibility(&value);
    QAccessibleEvent description(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
}

} // namespace Chronoscope
