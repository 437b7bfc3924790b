// SPDX-License-Identifier: MIT
#include "mappingsql.h"

#include "jsonpath.h"

namespace Chronoscope {

namespace {

using Field = StoreMapping::Field;

constexpr Field kSelected[] = { Field::EventId, Field::StreamId, Field::AggregateType, Field::Version, Field::Type,
    Field::SchemaVersion, Field::Timestamp, Field::UserId, Field::CorrelationId, Field::CausationId };

} // namespace

MappingSql::MappingSql(StoreMapping mapping, SqlDialect dialect)
    : m_mapping(std::move(mapping))
    , m_dialect(dialect)
{ }

QString MappingSql::quoted(const QString& identifier)
{
    // A schema-qualified name ("public.mt_events") quotes each part.
    QStringList parts = identifier.split(u'.');
    for (QString& part : parts)
        part = u'"' + QString(part).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return parts.join(u'.');
}

QString MappingSql::parameter(int number) const
{
    return (m_dialect == SqlDialect::Sqlite ? QStringLiteral("?") : QStringLiteral("$")) + QString::number(number);
}

QString MappingSql::literal(const QVariant& value) const
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        if (m_dialect == SqlDialect::Sqlite)
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    default:
        return u'\'' + value.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
    }
}

QString MappingSql::jsonExtract(const QString& column, const QString& path) const
{
    const QStringList segments = JsonPath::segments(path);
    if (m_dialect == SqlDialect::PostgreSql) {
        // jsonb and json columns both cast; #>> returns text for any depth.
        QStringList escaped;
        for (const QString& segment : segments)
            escaped << QString(segment).replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        QString array
            = u'{' + (segments.isEmpty() ? QString() : u'"' + escaped.join(QStringLiteral("\",\"")) + u'"') + u'}';
        return u'(' + quoted(column) + QStringLiteral("::jsonb #>> ") + literal(array) + u')';
    }
    // A malformed document would make json_extract fail the whole scan; it reads as NULL
    // instead (the audit reports the malformed metadata).
    return QStringLiteral("CASE WHEN json_valid(") + quoted(column) + QStringLiteral(") THEN json_extract(")
        + quoted(column) + QStringLiteral(", ") + literal(JsonPath::normalized(path)) + QStringLiteral(") END");
}

QString MappingSql::position() const
{
    if (m_dialect == SqlDialect::Sqlite && m_mapping.position.compare(u"rowid", Qt::CaseInsensitive) == 0)
        return QStringLiteral("rowid");
    return quoted(m_mapping.position);
}

QString MappingSql::fieldExpression(Field field) const
{
    if (field == Field::StreamId && !m_mapping.streamIdColumns.isEmpty()) {
        QStringList parts;
        for (const QString& column : m_mapping.streamIdColumns)
            parts << (m_dialect == SqlDialect::PostgreSql ? quoted(column) + QStringLiteral("::text") : quoted(column));
        return u'(' + parts.join(QStringLiteral(" || ") + literal(m_mapping.streamIdSeparator) + QStringLiteral(" || "))
            + u')';
    }
    const QString& column = m_mapping.column(field);
    if (column.isEmpty())
        return QStringLiteral("NULL");
    const FieldLookup lookup = m_mapping.lookup(field);
    if (lookup.isValid()) {
        return QStringLiteral("(SELECT ") + quoted(lookup.column) + QStringLiteral(" FROM ") + quoted(lookup.table)
            + QStringLiteral(" WHERE ") + quoted(lookup.key) + QStringLiteral(" = ") + quoted(m_mapping.table) + u'.'
            + quoted(lookup.match) + QStringLiteral(" LIMIT 1)");
    }
    const QString path = m_mapping.jsonPath(field);
    if (!path.isEmpty())
        return jsonExtract(column, path);
    return quoted(column);
}

QString MappingSql::selectList(bool withPayload) const
{
    QStringList list { position() };
    for (Field field : kSelected)
        list << fieldExpression(field);
    if (withPayload)
        list << fieldExpression(Field::Data) << fieldExpression(Field::Metadata);
    return list.join(QStringLiteral(", "));
}

QString MappingSql::skipCondition() const
{
    QString condition;
    const bool sqlite = m_dialect == SqlDialect::Sqlite;
    for (const SkipRule& rule : m_mapping.skip) {
        // Keep the rows the rule does not match. IS / IS DISTINCT FROM treat NULL as a value.
        const bool keepEqual = rule.notEquals;
        const QString op = sqlite
            ? (keepEqual ? QStringLiteral(" IS ") : QStringLiteral(" IS NOT "))
            : (keepEqual ? QStringLiteral(" IS NOT DISTINCT FROM ") : QStringLiteral(" IS DISTINCT FROM "));
        condition += QStringLiteral(" AND ") + quoted(rule.column) + op + literal(rule.value);
    }
    return condition;
}

QString MappingSql::scanQuery(bool withPayload) const
{
    return QStringLiteral("SELECT ") + selectList(withPayload) + QStringLiteral(" FROM ") + quoted(m_mapping.table)
        + QStringLiteral(" WHERE ") + position() + QStringLiteral(" > ") + parameter(1) + skipCondition()
        + QStringLiteral(" ORDER BY ") + position() + QStringLiteral(" LIMIT ") + parameter(2);
}

QString MappingSql::readEventQuery() const
{
    return QStringLiteral("SELECT ") + selectList(true) + QStringLiteral(" FROM ") + quoted(m_mapping.table)
        + QStringLiteral(" WHERE ") + position() + QStringLiteral(" = ") + parameter(1);
}

QString MappingSql::findEventQuery() const
{
    return QStringLiteral("SELECT ") + position() + QStringLiteral(" FROM ") + quoted(m_mapping.table)
        + QStringLiteral(" WHERE ") + fieldExpression(Field::EventId) + QStringLiteral(" = ") + parameter(1)
        + skipCondition() + QStringLiteral(" ORDER BY ") + position() + QStringLiteral(" LIMIT 1");
}

QString MappingSql::lastPositionQuery() const
{
    return QStringLiteral("SELECT max(") + position() + QStringLiteral(") FROM ") + quoted(m_mapping.table);
}

QString MappingSql::anyRowQuery() const
{
    QString condition = skipCondition();
    if (!condition.isEmpty())
        condition = QStringLiteral(" WHERE") + condition.mid(4); // drop the first " AND"
    return QStringLiteral("SELECT ") + position() + QStringLiteral(" FROM ") + quoted(m_mapping.table) + condition
        + QStringLiteral(" LIMIT 1");
}

QString MappingSql::snapshotsQuery() const
{
    const SnapshotMapping& s = m_mapping.snapshots;
    if (!s.isValid())
        return {};
    auto columnOrNull
        = [](const QString& column) { return column.isEmpty() ? QStringLiteral("NULL") : quoted(column); };
    return QStringLiteral("SELECT ") + columnOrNull(s.version) + QStringLiteral(", ") + columnOrNull(s.data)
        + QStringLiteral(", ") + columnOrNull(s.createdAt) + QStringLiteral(" FROM ") + quoted(s.table)
        + QStringLiteral(" WHERE ") + quoted(s.streamId) + QStringLiteral(" = ") + parameter(1)
        + QStringLiteral(" ORDER BY ") + columnOrNull(s.version);
}

} // namespace Chronoscope
