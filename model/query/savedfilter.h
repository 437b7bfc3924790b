// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Chronoscope {

/// A filter the user named ("overdue over 400" → `type == PaymentOverdue and data.amountDue > 400`):
/// what the filter bar's Saved menu lists and the case file keeps.
struct SavedFilter
{
    QString name;
    QString expression;
    bool operator==(const SavedFilter&) const = default;
};

} // namespace Chronoscope
