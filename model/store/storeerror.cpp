// SPDX-License-Identifier: MIT
#include "storeerror.h"

namespace Chronoscope {

QString StoreError::message() const
{
    QString text = source.isEmpty() ? reason : source + QStringLiteral(": ") + reason;
    if (!detail.isEmpty() && !reason.contains(detail))
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}

} // namespace Chronoscope
