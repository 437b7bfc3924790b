// SPDX-License-Identifier: MIT
#include "mappingdetector.h"

#include <QCoreApplication>

namespace Chronoscope {

namespace {

using Field = StoreMapping::Field;

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::MappingDetector", text);
}

StoreError failure(StoreErrorCode code, const QString& reason)
{
    return StoreError { code, {}, reason, {} };
}

// Fields every preset needs; the others read as NULL when their column is absent.
bool isRequired(Field field)
{
    return field == Field::StreamId || field == Field::Version || field == Field::Type || field == Field::Timestamp
        || field == Field::Data;
}

QString foundTables(const StoreSchema& schema)
{
    const QStringList tables = schema.tables();
    return tables.isEmpty() ? tr("no tables at all") : tr("found: %1").arg(tables.join(u", "));
}

// The columns of the events table a preset needs, missing from the schema.
QStringList missingRequired(const StoreMapping& mapping, const StoreSchema& schema, bool seedRules)
{
    QStringList missing;
    auto need = [&](const QString& column) {
        if (!column.isEmpty() && column != u"rowid" && !schema.hasColumn(mapping.table, column)
            && !missing.contains(column))
            missing << column;
    };
    if (seedRules) {
        // The seed schema's historical list, in its order.
        for (Field field :
            { Field::EventId, Field::StreamId, Field::Version, Field::Type, Field::Timestamp, Field::Data })
            need(mapping.column(field));
        return missing;
    }
    need(mapping.position);
    for (const QString& column : mapping.streamIdColumns)
        need(column);
    for (int i = 0; i < StoreMapping::kFieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        if (isRequired(field) && !mapping.lookup(field).isValid())
            need(mapping.column(field));
    }
    return missing;
}

// Clears what a detected preset names but this store does not have.
void dropAbsentOptional(StoreMapping& mapping, const StoreSchema& schema)
{
    for (int i = 0; i < StoreMapping::kFieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        const QString key = StoreMapping::fieldKey(field);
        const FieldLookup lookup = mapping.lookup(field);
        if (lookup.isValid()) {
            if (!schema.hasColumn(lookup.table, lookup.column) || !schema.hasColumn(lookup.table, lookup.key)
                || !schema.hasColumn(mapping.table, lookup.match)) {
                mapping.lookups.remove(key);
                mapping.column(field).clear();
            }
            continue;
        }
        QString& column = mapping.column(field);
        if (!column.isEmpty() && !schema.hasColumn(mapping.table, column)) {
            column.clear();
            mapping.jsonPaths.remove(key);
        }
    }
    mapping.skip.removeIf([&](const SkipRule& rule) { return !schema.hasColumn(mapping.table, rule.column); });
    // A snapshots table with other columns stays: reading it then says which ones it needs.
    if (mapping.snapshots.isValid() && !schema.hasTable(mapping.snapshots.table))
        mapping.snapshots = {};
}

} // namespace

bool StoreSchema::hasColumn(const QString& table, const QString& column) const
{
    const auto it = columns.constFind(table);
    return it != columns.constEnd() && it->contains(column, Qt::CaseInsensitive);
}

namespace MappingDetector {

Expected<StoreMapping, StoreError> detect(const StoreSchema& schema, SqlDialect dialect)
{
    StoreMapping mapping;
    bool seedRules = false;
    if (schema.hasTable(QStringLiteral("events"))) {
        mapping = StoreMapping::seed();
        seedRules = true;
    } else if (schema.hasTable(QStringLiteral("emt_messages"))) {
        mapping = StoreMapping::emmett(dialect);
    } else if (schema.hasTable(QStringLiteral("mt_events"))) {
        mapping = StoreMapping::marten();
    } else if (schema.hasColumn(QStringLiteral("event"), QStringLiteral("aggregate_name"))
        && schema.hasColumn(QStringLiteral("event"), QStringLiteral("aggregate_id"))) {
        mapping = StoreMapping::castore();
    } else {
        return failure(StoreErrorCode::NoEventsTable,
            tr("has no 'events' table (%1), nor Emmett's emt_messages, Marten's mt_events or Castore's event "
               "table; describe its table with --mapping FILE (see docs/mappings.md)")
                .arg(foundTables(schema)));
    }

    const QStringList missing = missingRequired(mapping, schema, seedRules);
    if (!missing.isEmpty()) {
        return failure(StoreErrorCode::MissingColumns,
            tr("table '%1' lacks the required column(s) %2").arg(mapping.table, missing.join(u", ")));
    }
    dropAbsentOptional(mapping, schema);
    return mapping;
}

Expected<StoreMapping, StoreError> fit(StoreMapping preset, const StoreSchema& schema)
{
    if (!schema.hasTable(preset.table)) {
        return failure(StoreErrorCode::NoEventsTable,
            tr("has no table '%1' (the %2 preset's table; %3)").arg(preset.table, preset.name, foundTables(schema)));
    }
    const QStringList missing = missingRequired(preset, schema, preset.name == u"seed");
    if (!missing.isEmpty()) {
        return failure(StoreErrorCode::MissingColumns,
            tr("table '%1' lacks the required column(s) %2").arg(preset.table, missing.join(u", ")));
    }
    dropAbsentOptional(preset, schema);
    return preset;
}

Expected<StoreMapping, StoreError> detectTable(const StoreSchema& schema, const QString& table, SqlDialect dialect)
{
    if (!schema.hasTable(table)) {
        return failure(StoreErrorCode::NoEventsTable,
            tr("has no table '%1' (named by ?table=; %2)").arg(table, foundTables(schema)));
    }
    for (const QString& name : StoreMapping::presetNames()) {
        StoreMapping mapping = StoreMapping::preset(name, dialect);
        mapping.table = table;
        if (!missingRequired(mapping, schema, name == u"seed").isEmpty())
            continue;
        dropAbsentOptional(mapping, schema);
        return mapping;
    }
    return failure(StoreErrorCode::MissingColumns,
        tr("table '%1' has the columns of none of the presets (%2): describe it with --mapping FILE (see "
           "docs/mappings.md)")
            .arg(table, StoreMapping::presetNames().join(u", ")));
}

std::optional<StoreError> validate(const StoreMapping& mapping, const StoreSchema& schema)
{
    if (!schema.hasTable(mapping.table)) {
        return failure(StoreErrorCode::NoEventsTable,
            tr("has no table '%1' (named by the mapping's \"table\"; %2)").arg(mapping.table, foundTables(schema)));
    }
    auto missingColumn = [&](const QString& table, const QString& column, const QString& key) {
        return failure(StoreErrorCode::MissingColumns,
            tr("table '%1' has no column '%2' (named by the mapping's \"%3\")").arg(table, column, key));
    };
    auto check = [&](const QString& table, const QString& column, const QString& key) -> std::optional<StoreError> {
        if (column.isEmpty() || schema.hasColumn(table, column))
            return std::nullopt;
        if (column.compare(u"rowid", Qt::CaseInsensitive) == 0)
            return std::nullopt; // SQLite's implicit key
        return missingColumn(table, column, key);
    };

    if (auto problem = check(mapping.table, mapping.position, QStringLiteral("position")))
        return problem;
    for (const QString& column : mapping.streamIdColumns) {
        if (auto problem = check(mapping.table, column, QStringLiteral("columns.streamId.columns")))
            return problem;
    }
    for (int i = 0; i < StoreMapping::kFieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        const QString key = QStringLiteral("columns.") + StoreMapping::fieldKey(field);
        const FieldLookup lookup = mapping.lookup(field);
        if (lookup.isValid()) {
            if (!schema.hasTable(lookup.table)) {
                return failure(StoreErrorCode::NoEventsTable,
                    tr("has no table '%1' (named by the mapping's \"%2.lookup.table\"; %3)")
                        .arg(lookup.table, key, foundTables(schema)));
            }
            for (const auto& [table, column, part] :
                { std::tuple { lookup.table, lookup.column, QStringLiteral(".lookup.column") },
                    std::tuple { lookup.table, lookup.key, QStringLiteral(".lookup.key") },
                    std::tuple { mapping.table, lookup.match, QStringLiteral(".lookup.match") } }) {
                if (auto problem = check(table, column, key + part))
                    return problem;
            }
            continue;
        }
        const QString suffix
            = mapping.jsonPaths.contains(StoreMapping::fieldKey(field)) ? QStringLiteral(".column") : QString();
        if (auto problem = check(mapping.table, mapping.column(field), key + suffix))
            return problem;
    }
    for (qsizetype i = 0; i < mapping.skip.size(); ++i) {
        if (auto problem = check(mapping.table, mapping.skip.at(i).column, QStringLiteral("skip[%1].column").arg(i)))
            return problem;
    }
    const SnapshotMapping& s = mapping.snapshots;
    if (s.isValid()) {
        if (!schema.hasTable(s.table)) {
            return failure(StoreErrorCode::NoEventsTable,
                tr("has no table '%1' (named by the mapping's \"snapshots.table\"; %2)")
                    .arg(s.table, foundTables(schema)));
        }
        for (const auto& [column, key] : { std::pair { s.streamId, QStringLiteral("snapshots.streamId") },
                 std::pair { s.version, QStringLiteral("snapshots.version") },
                 std::pair { s.data, QStringLiteral("snapshots.data") },
                 std::pair { s.createdAt, QStringLiteral("snapshots.createdAt") } }) {
            if (auto problem = check(s.table, column, key))
                return problem;
        }
    }
    return std::nullopt;
}

} // namespace MappingDetector
} // namespace Chronoscope
