// SPDX-License-Identifier: MIT
#include "postgresnotifywatch.h"

#include "postgresstore.h"

#include <QCoreApplication>

namespace Chronoscope {

PostgresNotifyWatch::PostgresNotifyWatch(std::unique_ptr<PostgresStore> connection)
    : m_connection(std::move(connection))
{ }

PostgresNotifyWatch::~PostgresNotifyWatch() = default;

Expected<bool, StoreError> PostgresNotifyWatch::changed()
{
    const auto notified = m_connection->takeNotifications();
    if (!notified)
        return notified.error();
    if (*notified || !m_sinceTrue.isValid() || m_sinceTrue.elapsed() >= kRecheckMs) {
        m_sinceTrue.start();
        return true;
    }
    return false;
}

QString PostgresNotifyWatch::method() const
{
    return QCoreApplication::translate("Chronoscope::PostgresNotifyWatch", "notifications (LISTEN %1)")
        .arg(QLatin1String(kChannel));
}

} // namespace Chronoscope
