// SPDX-License-Identifier: MIT
#pragma once

#include "eventstore.h"
#include "storewatch.h"

namespace Chronoscope {

/// The watch every store has: polls EventStore::lastRowId() on a connection of its own.
/// One indexed `max(position)` per poll: cheap for SQLite and for PostgreSQL alike, and the
/// fallback where a store has no notification of its own (PostgreSQL without the trigger).
class LastRowIdWatch final : public StoreWatch
{
public:
    explicit LastRowIdWatch(StorePtr connection);

    Expected<bool, StoreError> changed() override;
    QString method() const override;

private:
    StorePtr m_connection;
    qint64 m_lastRowId = -1; ///< -1 before the first call
};

} // namespace Chronoscope
