// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Chronoscope {

/// How a store's table maps onto the fields of "The event" (DESIGN.md). Each field names a
/// column of `table`; an empty name means the store does not have that field.
/// The position is the table's rowid. Presets beyond `seed` arrive with PostgreSQL support.
struct StoreMapping
{
    QString name; ///< preset name, e.g. "seed"
    QString table;
    QString eventId;
    QString streamId;
    QString aggregateType; ///< empty: derived from the stream id's prefix ("family-12" → "family")
    QString version;
    QString type;
    QString schemaVersion;
    QString timestamp;
    QString userId;
    QString correlationId;
    QString causationId;
    QString data;
    QString metadata;

    bool isValid() const { return !table.isEmpty(); }

    /// The seed schema: table `events` with the columns of README "Sample stores".
    static StoreMapping seed();

    /// Stable JSON text, printed by `chronoscope info` and hashed into the index cache key.
    QString toJson() const;
};

} // namespace Chronoscope
