// SPDX-License-Identifier: MIT
#pragma once

#include "replayer.h"

namespace Chronoscope {

/// The store's own snapshots seen as a projection, for drift checks: the state "at version
/// V" is the latest stored snapshot whose version is ≤ V. Compare it with a replay at the
/// snapshot's version to see where the stored state and the events part.
class StoredSnapshots
{
public:
    StoredSnapshots(EventStore& store, IndexPtr index);

    static ProjectionInfo info();

    Expected<StateResult, ReplayError> state(const QString& streamId, qint64 version);

private:
    EventStore& m_store;
    IndexPtr m_index;
};

} // namespace Chronoscope
