// SPDX-License-Identifier: MIT
#pragma once

#include "densitypyramid.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace Chronoscope {

/// Builds DensityPyramids on the thread pool (QtConcurrent, run with promise) for the
/// thread that owns this object. Latest request wins: a new request cancels the running
/// build, whose result is dropped on arrival. The destructor cancels and waits.
class PyramidJob : public QObject
{
    Q_OBJECT
public:
    explicit PyramidJob(QObject* parent = nullptr);
    ~PyramidJob() override;

    /// Starts building `request`. GUI thread. With `supersede` false a running build is let
    /// finish (and delivered) first and `request` follows it, replacing any request already
    /// waiting: for a stream of growing index snapshots, so that some pyramid always lands.
    void request(const PyramidRequest& request, bool supersede = true);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    /// The last pyramid delivered (null before the first).
    PyramidPtr pyramid() const { return m_pyramid; }
    /// Seconds from the request to the delivery of the last pyramid.
    double lastBuildSeconds() const { return m_lastSeconds; }

Q_SIGNALS:
    void pyramidAvailable(const Chronoscope::PyramidPtr& pyramid);

private:
    void start(const PyramidRequest& request);

    QFutureWatcher<PyramidPtr>* m_watcher = nullptr;
    quint64 m_generation = 0;
    PyramidPtr m_pyramid;
    double m_lastSeconds = 0;
    QElapsedTimer m_started;
    std::optional<PyramidRequest> m_waiting;
};

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::PyramidPtr)
