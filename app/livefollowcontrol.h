// SPDX-License-Identifier: MIT
#pragma once

#include "index/livefollower.h"

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QStatusBar>
#include <QToolButton>

class QAction;
class QMenu;
class QToolBar;

namespace Chronoscope {

/// The window's side of live follow (docs/live-follow.md), like Wireshark's live capture:
/// a Follow/Pause toggle (View menu, toolbar, status bar button, Ctrl+Shift+L) and the
/// state in the status bar ("Following — 12 new events", "Paused — 3 new events waiting",
/// or why this store cannot be followed). Following starts on by itself once a store is
/// indexed, when the store can be followed; new snapshots leave through indexExtended().
class LiveFollowControl : public QObject
{
    Q_OBJECT
public:
    explicit LiveFollowControl(QObject* parent = nullptr);
    ~LiveFollowControl() override;

    /// Puts the toggle in `menu` and `toolbar` and the state and button in `statusBar`.
    void install(QMenu* menu, QToolBar* toolbar, QStatusBar* statusBar);

    /// Follows the store `appender` indexed (IndexJob::appenderAvailable()).
    void start(const Chronoscope::IndexAppenderPtr& appender);
    /// The store was closed or another is being opened.
    void stop();

    /// Follow (true) or pause (false); the toggle's state.
    void setFollowing(bool following);
    bool isFollowing() const;
    bool isAvailable() const { return m_available; }

    QAction* toggleAction() const { return m_toggle; }
    QLabel* stateLabel() const { return m_state; }
    LiveFollower* follower() const { return m_follower; }
    /// Events appended since the store was opened.
    qint64 newEvents() const { return m_newEvents; }

Q_SIGNALS:
    void indexExtended(const Chronoscope::IndexPtr& index, qint64 added);

private:
    void showState();

    LiveFollower* m_follower;
    QAction* m_toggle;
    // Owned by the status bar once installed (which may be deleted first), by us before.
    QPointer<QLabel> m_state;
    QPointer<QToolButton> m_button;
    QPointer<QStatusBar> m_statusBar;
    QString m_method;
    QString m_unavailable; ///< why this store cannot be followed; empty when it can
    qint64 m_newEvents = 0;
    qint64 m_waiting = 0;
    bool m_available = false;
};

} // namespace Chronoscope
