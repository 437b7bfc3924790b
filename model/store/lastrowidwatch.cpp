// SPDX-License-Identifier: MIT
#include "lastrowidwatch.h"

#include <QCoreApplication>

namespace Chronoscope {

LastRowIdWatch::LastRowIdWatch(StorePtr connection)
    : m_connection(std::move(connection))
{ }

Expected<bool, StoreError> LastRowIdWatch::changed()
{
    const auto last = m_connection->lastRowId();
    if (!last)
        return last.error();
    const bool grew = m_lastRowId < 0 || *last != m_lastRowId;
    m_lastRowId = *last;
    return grew;
}

QString LastRowIdWatch::method() const
{
    return QCoreApplication::translate("Chronoscope::LastRowIdWatch", "polling the last position");
}

} // namespace Chronoscope
