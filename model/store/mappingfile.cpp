// SPDX-License-Identifier: MIT
#include "mappingfile.h"

#include "jsonpath.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Chronoscope::MappingFile {

namespace {

using Field = StoreMapping::Field;

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::MappingFile", text);
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

// Walks the document, stopping at the first mistake with a message naming its key.
class Reader
{
public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    std::optional<StoreError> read(const QJsonObject& root, StoreMapping* mapping);

private:
    StoreError fail(const QString& key, const QString& reason) const
    {
        return StoreError { StoreErrorCode::BadMapping, m_fileName,
            key.isEmpty() ? reason : tr("key '%1': %2").arg(key, reason), {} };
    }
    std::optional<StoreError> onlyKeys(
        const QJsonObject& object, const QString& prefix, const QStringList& known) const;
    std::optional<StoreError> string(
        const QJsonObject& object, const QString& prefix, const QString& name, QString* out, bool required) const;
    std::optional<StoreError> field(const QJsonValue& value, Field field, StoreMapping* mapping) const;
    std::optional<StoreError> skipRule(const QJsonValue& value, int index, SkipRule* rule) const;
    std::optional<StoreError> snapshots(const QJsonValue& value, SnapshotMapping* out) const;

    static QString joined(const QString& prefix, const QString& name)
    {
        return prefix.isEmpty() ? name : prefix + u'.' + name;
    }

    QString m_fileName;
};

std::optional<StoreError> Reader::onlyKeys(
    const QJsonObject& object, const QString& prefix, const QStringList& known) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(joined(prefix, it.key()), tr("unknown key (known here: %1)").arg(known.join(u", ")));
    }
    return std::nullopt;
}

std::optional<StoreError> Reader::string(
    const QJsonObject& object, const QString& prefix, const QString& name, QString* out, bool required) const
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(joined(prefix, name), tr("missing required key"));
        return std::nullopt;
    }
    if (!value.isString())
        return fail(joined(prefix, name), tr("must be a string, not %1").arg(typeName(value)));
    *out = value.toString();
    if (required && out->isEmpty())
        return fail(joined(prefix, name), tr("must not be empty"));
    return std::nullopt;
}

std::optional<StoreError> Reader::field(const QJsonValue& value, Field field, StoreMapping* mapping) const
{
    const QString name = StoreMapping::fieldKey(field);
    const QString key = QStringLiteral("columns.") + name;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isString()) {
        mapping->column(field) = value.toString();
        return std::nullopt;
    }
    if (!value.isObject())
        return fail(key, tr("must be a column name or an object, not %1").arg(typeName(value)));
    const QJsonObject object = value.toObject();

    if (object.contains(u"lookup")) {
        if (auto problem = onlyKeys(object, key, { QStringLiteral("lookup") }))
            return problem;
        const QJsonValue lookupValue = object.value(u"lookup");
        if (!lookupValue.isObject())
            return fail(key + QStringLiteral(".lookup"), tr("must be an object, not %1").arg(typeName(lookupValue)));
        const QJsonObject lookupObject = lookupValue.toObject();
        const QString prefix = key + QStringLiteral(".lookup");
        if (auto problem = onlyKeys(lookupObject, prefix,
                { QStringLiteral("table"), QStringLiteral("column"), QStringLiteral("key"), QStringLiteral("match") }))
            return problem;
        FieldLookup lookup;
        for (const auto& [part, out] : { std::pair { QStringLiteral("table"), &lookup.table },
                 std::pair { QStringLiteral("column"), &lookup.column },
                 std::pair { QStringLiteral("key"), &lookup.key },
                 std::pair { QStringLiteral("match"), &lookup.match } }) {
            if (auto problem = string(lookupObject, prefix, part, out, true))
                return problem;
        }
        mapping->column(field) = lookup.column;
        mapping->lookups.insert(name, lookup);
        return std::nullopt;
    }

    if (field == Field::StreamId && object.contains(u"columns")) {
        if (auto problem = onlyKeys(object, key, { QStringLiteral("columns"), QStringLiteral("separator") }))
            return problem;
        const QJsonValue columns = object.value(u"columns");
        if (!columns.isArray() || columns.toArray().size() < 2)
            return fail(key + QStringLiteral(".columns"), tr("must be an array of at least two column names"));
        for (const QJsonValue& column : columns.toArray()) {
            if (!column.isString() || column.toString().isEmpty())
                return fail(key + QStringLiteral(".columns"),
                    tr("must hold column names (strings), found %1").arg(typeName(column)));
            mapping->streamIdColumns << column.toString();
        }
        if (auto problem = string(object, key, QStringLiteral("separator"), &mapping->streamIdSeparator, false))
            return problem;
        mapping->streamId.clear();
        return std::nullopt;
    }

    if (auto problem = onlyKeys(object, key, { QStringLiteral("column"), QStringLiteral("path") }))
        return problem;
    if (auto problem = string(object, key, QStringLiteral("column"), &mapping->column(field), true))
        return problem;
    QString path;
    if (auto problem = string(object, key, QStringLiteral("path"), &path, false))
        return problem;
    if (!path.isEmpty()) {
        QString why;
        if (!JsonPath::isValid(path, &why))
            return fail(key + QStringLiteral(".path"), why);
        mapping->jsonPaths.insert(name, path);
    }
    return std::nullopt;
}

std::optional<StoreError> Reader::skipRule(const QJsonValue& value, int index, SkipRule* rule) const
{
    const QString key = QStringLiteral("skip[%1]").arg(index);
    if (!value.isObject())
        return fail(key,
            tr("must be an object like {\"column\": \"is_archived\", \"equals\": true}, not %1").arg(typeName(value)));
    const QJsonObject object = value.toObject();
    if (auto problem
        = onlyKeys(object, key, { QStringLiteral("column"), QStringLiteral("equals"), QStringLiteral("notEquals") }))
        return problem;
    if (auto problem = string(object, key, QStringLiteral("column"), &rule->column, true))
        return problem;
    const bool equals = object.contains(u"equals");
    const bool notEquals = object.contains(u"notEquals");
    if (equals == notEquals)
        return fail(key, tr("needs exactly one of \"equals\" and \"notEquals\""));
    rule->notEquals = notEquals;
    const QString valueKey = notEquals ? QStringLiteral("notEquals") : QStringLiteral("equals");
    const QJsonValue compared = object.value(valueKey);
    switch (compared.type()) {
    case QJsonValue::Null:
        rule->value = QVariant();
        break;
    case QJsonValue::Bool:
        rule->value = compared.toBool();
        break;
    case QJsonValue::String:
        rule->value = compared.toString();
        break;
    case QJsonValue::Double: {
        const double number = compared.toDouble();
        if (number != std::floor(number) || std::fabs(number) > 9.0e15)
            return fail(key + u'.' + valueKey, tr("must be a whole number, a string, a boolean or null"));
        rule->value = static_cast<qlonglong>(number);
        break;
    }
    default:
        return fail(key + u'.' + valueKey,
            tr("must be a string, a whole number, a boolean or null, not %1").arg(typeName(compared)));
    }
    return std::nullopt;
}

std::optional<StoreError> Reader::snapshots(const QJsonValue& value, SnapshotMapping* out) const
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return fail(QStringLiteral("snapshots"), tr("must be an object or null, not %1").arg(typeName(value)));
    const QJsonObject object = value.toObject();
    const QString prefix = QStringLiteral("snapshots");
    if (auto problem = onlyKeys(object, prefix,
            { QStringLiteral("table"), QStringLiteral("streamId"), QStringLiteral("version"), QStringLiteral("data"),
                QStringLiteral("createdAt") }))
        return problem;
    for (const auto& [name, target, required] : { std::tuple { QStringLiteral("table"), &out->table, true },
             std::tuple { QStringLiteral("streamId"), &out->streamId, true },
             std::tuple { QStringLiteral("version"), &out->version, true },
             std::tuple { QStringLiteral("data"), &out->data, true },
             std::tuple { QStringLiteral("createdAt"), &out->createdAt, false } }) {
        if (auto problem = string(object, prefix, name, target, required))
            return problem;
    }
    return std::nullopt;
}

std::optional<StoreError> Reader::read(const QJsonObject& root, StoreMapping* mapping)
{
    if (auto problem = onlyKeys(root, {},
            { QStringLiteral("mapping"), QStringLiteral("table"), QStringLiteral("position"),
                QStringLiteral("timestampFormat"), QStringLiteral("columns"), QStringLiteral("skip"),
                QStringLiteral("snapshots") }))
        return problem;
    mapping->name = QStringLiteral("custom");
    if (auto problem = string(root, {}, QStringLiteral("mapping"), &mapping->name, false))
        return problem;
    if (auto problem = string(root, {}, QStringLiteral("table"), &mapping->table, true))
        return problem;
    if (auto problem = string(root, {}, QStringLiteral("position"), &mapping->position, false))
        return problem;
    if (mapping->position.isEmpty())
        mapping->position = QStringLiteral("rowid");

    QString format;
    if (auto problem = string(root, {}, QStringLiteral("timestampFormat"), &format, false))
        return problem;
    if (!format.isEmpty() && !StoreMapping::timestampFormatFromName(format, &mapping->timestampFormat)) {
        return fail(QStringLiteral("timestampFormat"),
            tr("unknown format '%1' (known: auto, iso8601, sql-datetime-utc, timestamptz, epoch-s, epoch-ms, "
               "epoch-us, epoch-ns)")
                .arg(format));
    }

    const QJsonValue columnsValue = root.value(u"columns");
    if (columnsValue.isUndefined())
        return fail(QStringLiteral("columns"), tr("missing required key"));
    if (!columnsValue.isObject())
        return fail(QStringLiteral("columns"), tr("must be an object, not %1").arg(typeName(columnsValue)));
    const QJsonObject columns = columnsValue.toObject();
    if (auto problem = onlyKeys(columns, QStringLiteral("columns"), StoreMapping::fieldKeys()))
        return problem;
    for (int i = 0; i < StoreMapping::kFieldCount; ++i) {
        const auto f = static_cast<Field>(i);
        if (auto problem = field(columns.value(StoreMapping::fieldKey(f)), f, mapping))
            return problem;
    }
    for (Field required : { Field::StreamId, Field::Version, Field::Type, Field::Timestamp }) {
        if (!mapping->hasField(required))
            return fail(QStringLiteral("columns.") + StoreMapping::fieldKey(required), tr("missing required key"));
    }

    const QJsonValue skipValue = root.value(u"skip");
    if (!skipValue.isUndefined() && !skipValue.isNull()) {
        if (!skipValue.isArray())
            return fail(QStringLiteral("skip"), tr("must be an array of rules, not %1").arg(typeName(skipValue)));
        const QJsonArray rules = skipValue.toArray();
        for (int i = 0; i < rules.size(); ++i) {
            SkipRule rule;
            if (auto problem = skipRule(rules.at(i), i, &rule))
                return problem;
            mapping->skip << rule;
        }
    }
    return snapshots(root.value(u"snapshots"), &mapping->snapshots);
}

} // namespace

Expected<StoreMapping, StoreError> parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return StoreError { StoreErrorCode::BadMapping, fileName,
            tr("is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset), {} };
    }
    if (!document.isObject()) {
        return StoreError { StoreErrorCode::BadMapping, fileName,
            tr("a mapping file holds one JSON object (see docs/mappings.md)"), {} };
    }
    StoreMapping mapping;
    mapping.position.clear();
    if (auto problem = Reader(fileName).read(document.object(), &mapping))
        return *problem;
    return mapping;
}

Expected<StoreMapping, StoreError> read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return StoreError { StoreErrorCode::FileMissing, path, tr("mapping file does not exist"), {} };
    if (info.isDir())
        return StoreError { StoreErrorCode::NotAFile, path, tr("is a directory, not a mapping file"), {} };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError { StoreErrorCode::Unreadable, path, tr("cannot be read: %1").arg(file.errorString()), {} };
    return parse(file.readAll(), path);
}

Expected<StoreMapping, StoreError> resolve(const QString& presetOrPath, SqlDialect dialect)
{
    if (StoreMapping::presetNames().contains(presetOrPath))
        return StoreMapping::preset(presetOrPath, dialect);
    if (!QFileInfo::exists(presetOrPath)) {
        return StoreError { StoreErrorCode::FileMissing, presetOrPath,
            tr("is neither a preset (%1) nor a mapping file").arg(StoreMapping::presetNames().join(u", ")), {} };
    }
    return read(presetOrPath);
}

} // namespace Chronoscope::MappingFile
