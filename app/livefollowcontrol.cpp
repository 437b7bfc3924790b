// SPDX-License-Identifier: MIT
#include "livefollowcontrol.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace Chronoscope {

LiveFollowControl::LiveFollowControl(QObject* parent)
    : QObject(parent)
    , m_follower(new LiveFollower(this))
    , m_toggle(new QAction(tr("&Follow Live Updates"), this))
    , m_state(new QLabel)
    , m_button(new QToolButton)
{
    m_toggle->setObjectName(QStringLiteral("followAction"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true); // on by default, for every store that can follow
    m_toggle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    m_toggle->setEnabled(false);
    m_toggle->setToolTip(
        tr("Show events as other programs append them to the store (Ctrl+Shift+L pauses and resumes)"));
    m_state->setAccessibleName(tr("Live follow state"));
    // Not the action's own button: it says what a click does next (Pause, Follow).
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setAutoRaise(true);
    m_button->setAccessibleName(tr("Pause or follow live updates"));
    connect(m_button, &QToolButton::clicked, m_toggle, &QAction::trigger);

    connect(m_toggle, &QAction::toggled, this, [this](bool following) {
        m_follower->setPaused(!following);
        showState();
    });
    connect(m_follower, &LiveFollower::followStarted, this, [this](const QString& method) {
        m_available = true;
        m_method = method;
        m_toggle->setEnabled(true);
        showState();
    });
    connect(m_follower, &LiveFollower::followUnavailable, this, [this](const StoreError& reason) {
        m_available = false;
        m_unavailable = reason.reason;
        m_toggle->setEnabled(false);
        showState();
        // Said once where it is read, not only in a tooltip.
        if (m_statusBar)
            m_statusBar->showMessage(m_state->toolTip(), 15000);
    });
    connect(m_follower, &LiveFollower::followFailed, this, [this](const StoreError& error) {
        m_available = false;
        m_unavailable = tr("could not be read any more (%1)").arg(error.message());
        m_toggle->setEnabled(false);
        showState();
    });
    connect(m_follower, &LiveFollower::pendingChanged, this, [this](qint64 waiting) {
        m_waiting = waiting;
        showState();
    });
    connect(m_follower, &LiveFollower::indexExtended, this, [this](const IndexPtr& index, qint64 added) {
        m_newEvents += added;
        showState();
        Q_EMIT indexExtended(index, added);
    });
    showState();
}

LiveFollowControl::~LiveFollowControl()
{
    // Never installed: nobody else owns them.
    if (m_state && !m_state->parent())
        delete m_state;
    if (m_button && !m_button->parent())
        delete m_button;
}

void LiveFollowControl::install(QMenu* menu, QToolBar* toolbar, QStatusBar* statusBar)
{
    menu->addAction(m_toggle);
    toolbar->addAction(m_toggle);
    m_statusBar = statusBar;
    // A gap of a few characters from the findings' summary before it on the status bar.
    m_state->setContentsMargins(m_state->fontMetrics().averageCharWidth() * 2, 0, 0, 0);
    statusBar->addPermanentWidget(m_state);
    statusBar->addPermanentWidget(m_button);
}

void LiveFollowControl::start(const IndexAppenderPtr& appender)
{
    m_newEvents = 0;
    m_waiting = 0;
    m_unavailable.clear();
    m_follower->setPaused(!m_toggle->isChecked());
    m_follower->start(appender);
}

void LiveFollowControl::stop()
{
    m_follower->stop();
    m_available = false;
    m_newEvents = 0;
    m_waiting = 0;
    m_unavailable.clear();
    m_method.clear();
    m_toggle->setEnabled(false);
    showState();
}

void LiveFollowControl::setFollowing(bool following)
{
    m_toggle->setChecked(following);
}

bool LiveFollowControl::isFollowing() const
{
    return m_available && m_toggle->isChecked();
}

void LiveFollowControl::showState()
{
    const QLocale locale;
    m_button->setVisible(m_available);
    m_button->setText(m_toggle->isChecked() ? tr("Pause") : tr("Follow"));
    m_button->setToolTip(m_toggle->toolTip());
    if (!m_unavailable.isEmpty()) {
        m_state->setText(tr("Live follow unavailable"));
        m_state->setToolTip(tr("Live follow is unavailable: the store %1").arg(m_unavailable));
        m_toggle->setStatusTip(m_state->toolTip());
        m_state->show();
        return;
    }
    if (!m_available) {
        m_state->clear();
        m_state->setToolTip({});
        m_state->hide();
        return;
    }
    m_state->show();
    m_state->setToolTip(tr("Watching the store for appended events (%1)").arg(m_method));
    if (m_toggle->isChecked()) {
        m_state->setText(tr("Following — %n new event(s)", nullptr, static_cast<int>(m_newEvents)));
    } else {
        m_state->setText(m_waiting > 0 ? tr("Paused — %n new event(s) waiting", nullptr, static_cast<int>(m_waiting))
                                       : tr("Paused"));
    }
}

} // namespace Chronoscope
