// SPDX-License-Identifier: MIT
#include "timelinestack.h"

#include <QAction>

namespace Chronoscope {

TimelineStack::TimelineStack(QObject* parent)
    : QObject(parent)
    , m_undoZoom(new QAction(tr("Undo Zoom"), this))
    , m_resetZoom(new QAction(tr("Reset Zoom"), this))
    , m_undoFilter(new QAction(tr("Undo Time Filter"), this))
    , m_resetFilter(new QAction(tr("Reset Time Filter"), this))
{
    m_undoZoom->setToolTip(tr("Go back to the range shown before the last zoom"));
    m_resetZoom->setToolTip(tr("Show the whole store"));
    m_undoFilter->setToolTip(tr("Drop the last time filter"));
    m_resetFilter->setToolTip(tr("Drop every time filter: all views show the whole store"));
    connect(m_undoZoom, &QAction::triggered, this, &TimelineStack::undoZoom);
    connect(m_resetZoom, &QAction::triggered, this, &TimelineStack::resetZoom);
    connect(m_undoFilter, &QAction::triggered, this, &TimelineStack::undoFilter);
    connect(m_resetFilter, &QAction::triggered, this, &TimelineStack::resetFilter);
    updateActions();
}

std::optional<AxisRange> TimelineStack::zoom() const
{
    return m_zooms.empty() ? std::nullopt : std::optional(m_zooms.back());
}

std::optional<AxisRange> TimelineStack::filter() const
{
    return m_filters.empty() ? std::nullopt : std::optional(m_filters.back());
}

void TimelineStack::zoomIn(AxisRange range)
{
    if (!range.isValid())
        return;
    m_zooms.push_back(range);
    updateActions();
    Q_EMIT zoomChanged();
}

void TimelineStack::undoZoom()
{
    if (m_zooms.empty())
        return;
    m_zooms.pop_back();
    updateActions();
    Q_EMIT zoomChanged();
}

void TimelineStack::resetZoom()
{
    m_zooms.clear();
    updateActions();
    Q_EMIT zoomChanged();
}

void TimelineStack::filterIn(AxisRange range)
{
    if (!range.isValid())
        return;
    m_filters.push_back(range);
    updateActions();
    Q_EMIT filterChanged();
}

void TimelineStack::undoFilter()
{
    if (m_filters.empty())
        return;
    m_filters.pop_back();
    updateActions();
    Q_EMIT filterChanged();
}

void TimelineStack::resetFilter()
{
    if (m_filters.empty())
        return;
    m_filters.clear();
    updateActions();
    Q_EMIT filterChanged();
}

void TimelineStack::updateActions()
{
    m_undoZoom->setEnabled(!m_zooms.empty());
    m_undoFilter->setEnabled(!m_filters.empty());
    m_resetFilter->setEnabled(!m_filters.empty());
}

} // namespace Chronoscope
