// SPDX-License-Identifier: MIT
#include "scriptwatchdog.h"

#include <QJSEngine>

namespace Chronoscope {

ScriptWatchdog::ScriptWatchdog(QJSEngine* engine)
    : m_engine(engine)
    , m_thread([this] { watch(); })
{ }

ScriptWatchdog::~ScriptWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ScriptWatchdog::arm(int milliseconds)
{
    {
        std::lock_guard lock(m_mutex);
        m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
        m_armed = true;
        m_fired = false;
    }
    m_changed.notify_all();
}

bool ScriptWatchdog::disarm()
{
    std::lock_guard lock(m_mutex);
    m_armed = false;
    const bool fired = m_fired;
    m_fired = false;
    return fired;
}

void ScriptWatchdog::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_quit) {
        if (!m_armed) {
            m_changed.wait(lock);
            continue;
        }
        if (m_changed.wait_until(lock, m_deadline) == std::cv_status::timeout && m_armed
            && std::chrono::steady_clock::now() >= m_deadline) {
            m_engine->setInterrupted(true);
            m_fired = true;
            m_armed = false;
        }
    }
}

} // namespace Chronoscope
