// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"
#include "storeerror.h"
#include "storemapping.h"

#include <QMap>
#include <QStringList>

namespace Chronoscope {

/// The tables of a store and their columns, as the store's catalogue lists them.
struct StoreSchema
{
    QMap<QString, QStringList> columns; ///< table → column names

    bool hasTable(const QString& table) const { return columns.contains(table); }
    bool hasColumn(const QString& table, const QString& column) const;
    QStringList tables() const { return columns.keys(); }
};

/// Picks and checks mappings against a store's schema. Pure functions, thread-safe; the
/// errors leave StoreError::source empty for the store to fill in.
namespace MappingDetector {

/// The preset whose tables the schema has: `events` → seed, `emt_messages` → emmett,
/// `mt_events` → marten, `event` with aggregate_name and aggregate_id → castore. Optional
/// columns the store lacks are cleared (their fields read as NULL), and so are skip rules
/// and lookups naming absent columns. Fails with NoEventsTable or MissingColumns.
Expected<StoreMapping, StoreError> detect(const StoreSchema& schema, SqlDialect dialect);

/// The preset whose required columns `table` has, read from that table (a PostgreSQL
/// store's `?table=`: Castore's `tableName`, a copy of `events` under another name): tried
/// in the order seed, emmett, marten, castore, with the same clearing as detect(). Fails
/// with NoEventsTable when there is no such table, MissingColumns when no preset fits.
Expected<StoreMapping, StoreError> detectTable(const StoreSchema& schema, const QString& table, SqlDialect dialect);

/// A preset given by name (`?mapping=marten`) fitted to the schema as detect() fits the one
/// it picks: required columns must exist, optional ones the store lacks are cleared.
Expected<StoreMapping, StoreError> fit(StoreMapping preset, const StoreSchema& schema);

/// Checks a mapping the user gave: its table and every column it names must exist.
/// Fails naming the missing table (and the tables found) or column (and the key naming it).
std::optional<StoreError> validate(const StoreMapping& mapping, const StoreSchema& schema);

} // namespace MappingDetector
} // namespace Chronoscope
