// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

class QJSEngine;

namespace Chronoscope {

/// Interrupts a QJSEngine whose script runs past a deadline, so a `while (true) {}` in a
/// projection costs the user a clear error after the time limit, never a hung app.
/// QJSEngine::setInterrupted() is documented as thread-safe; that is all this thread calls.
class ScriptWatchdog
{
public:
    explicit ScriptWatchdog(QJSEngine* engine);
    ~ScriptWatchdog();
    ScriptWatchdog(const ScriptWatchdog&) = delete;
    ScriptWatchdog& operator=(const ScriptWatchdog&) = delete;

    /// Starts the clock for one call into the engine.
    void arm(int milliseconds);
    /// Stops it; returns true if the deadline passed and the engine was interrupted.
    bool disarm();

private:
    void watch();

    QJSEngine* m_engine;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_armed = false;
    bool m_fired = false;
    bool m_quit = false;
    std::thread m_thread;
};

} // namespace Chronoscope
