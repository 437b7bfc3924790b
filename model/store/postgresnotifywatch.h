// SPDX-License-Identifier: MIT
#pragma once

#include "storewatch.h"

#include <QElapsedTimer>

namespace Chronoscope {

class PostgresStore;

/// A PostgreSQL store's watch when its owner installed the trigger of docs/live-follow.md
/// ("PostgreSQL: LISTEN/NOTIFY"): the connection LISTENs on `chronoscope_append`, and
/// changed() only reads what the server already sent (PQconsumeInput, PQnotifies), so
/// between appends nothing goes to the server. A notification naming another table is
/// ignored. Every kRecheckMs it answers true anyway, so a notification lost to a reconnect
/// costs at most that long; a dropped connection is reopened once per call.
class PostgresNotifyWatch final : public StoreWatch
{
public:
    static constexpr int kRecheckMs = 10'000;
    /// The channel the documented trigger notifies.
    static constexpr char kChannel[] = "chronoscope_append";

    /// `connection` is a store of its own (a clone), already LISTENing (PostgresStore::listen()).
    explicit PostgresNotifyWatch(std::unique_ptr<PostgresStore> connection);
    ~PostgresNotifyWatch() override;

    Expected<bool, StoreError> changed() override;
    QString method() const override;

private:
    std::unique_ptr<PostgresStore> m_connection;
    QElapsedTimer m_sinceTrue; ///< invalid before the first call
};

} // namespace Chronoscope
