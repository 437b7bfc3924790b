// SPDX-License-Identifier: MIT
#include "filterast.h"

#include "index/timestampparser.h"

#include <QStringList>

namespace Chronoscope {

namespace {

QString quoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

// A key the parser reads after a dot: a letter, _ or $, then letters, digits, _ or $.
bool isPlainKey(const QString& key)
{
    if (key.isEmpty() || !(key.front().isLetter() || key.front() == u'_' || key.front() == u'$'))
        return false;
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'$'))
            return false;
    }
    return true;
}

QString valueText(const FilterValue& value)
{
    switch (value.kind) {
    case FilterValue::Kind::Number:
        return QString::number(value.number, 'g', 17);
    case FilterValue::Kind::String:
        return quoted(value.text);
    case FilterValue::Kind::Time:
        return TimestampParser::toIso(value.time);
    case FilterValue::Kind::RelativeTime:
        return QStringLiteral("now%1%2us")
            .arg(value.time < 0 ? QStringLiteral("-") : QStringLiteral("+"))
            .arg(value.time < 0 ? -value.time : value.time);
    case FilterValue::Kind::Bool:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case FilterValue::Kind::Null:
        return QStringLiteral("null");
    }
    return {};
}

} // namespace

QString filterFieldName(FilterField field)
{
    switch (field) {
    case FilterField::Position:
        return QStringLiteral("position");
    case FilterField::EventId:
        return QStringLiteral("eventId");
    case FilterField::Stream:
        return QStringLiteral("stream");
    case FilterField::AggregateType:
        return QStringLiteral("aggregateType");
    case FilterField::Version:
        return QStringLiteral("version");
    case FilterField::Type:
        return QStringLiteral("type");
    case FilterField::SchemaVersion:
        return QStringLiteral("schemaVersion");
    case FilterField::Time:
        return QStringLiteral("time");
    case FilterField::User:
        return QStringLiteral("user");
    case FilterField::Correlation:
        return QStringLiteral("correlation");
    case FilterField::Causation:
        return QStringLiteral("causation");
    case FilterField::Data:
        return QStringLiteral("data");
    case FilterField::Metadata:
        return QStringLiteral("metadata");
    }
    return {};
}

bool isIndexedField(FilterField field)
{
    switch (field) {
    case FilterField::Position:
    case FilterField::Stream:
    case FilterField::AggregateType:
    case FilterField::Version:
    case FilterField::Type:
    case FilterField::SchemaVersion:
    case FilterField::Time:
    case FilterField::User:
        return true;
    default:
        return false;
    }
}

QString filterOpText(FilterOp op)
{
    switch (op) {
    case FilterOp::Equal:
        return QStringLiteral("==");
    case FilterOp::NotEqual:
        return QStringLiteral("!=");
    case FilterOp::Less:
        return QStringLiteral("<");
    case FilterOp::LessOrEqual:
        return QStringLiteral("<=");
    case FilterOp::Greater:
        return QStringLiteral(">");
    case FilterOp::GreaterOrEqual:
        return QStringLiteral(">=");
    }
    return {};
}

bool FilterNode::needsStore() const
{
    if (kind == Kind::And || kind == Kind::Or || kind == Kind::Not) {
        for (const FilterNodePtr& child : children) {
            if (child->needsStore())
                return true;
        }
        return false;
    }
    return !isIndexedField(field);
}

QString filterPathText(FilterField field, const std::vector<FilterPathStep>& path)
{
    QString text = filterFieldName(field);
    for (const FilterPathStep& step : path) {
        if (step.index >= 0)
            text += u'[' + QString::number(step.index) + u']';
        else if (isPlainKey(step.key))
            text += u'.' + step.key;
        else
            text += QStringLiteral("[") + quoted(step.key) + u']';
    }
    return text;
}

QString filterToText(const FilterNode& node)
{
    const QString field = filterPathText(node.field, node.path);
    switch (node.kind) {
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        QStringList parts { node.kind == FilterNode::Kind::And ? QStringLiteral("(and") : QStringLiteral("(or") };
        for (const FilterNodePtr& child : node.children)
            parts << filterToText(*child);
        return parts.join(u' ') + u')';
    }
    case FilterNode::Kind::Not:
        return QStringLiteral("(not ") + filterToText(*node.children.front()) + u')';
    case FilterNode::Kind::Compare:
        return u'(' + filterOpText(node.op) + u' ' + field + u' ' + valueText(node.values.front()) + u')';
    case FilterNode::Kind::In: {
        QStringList values;
        for (const FilterValue& value : node.values)
            values << valueText(value);
        return QStringLiteral("(in ") + field + QStringLiteral(" [") + values.join(u' ') + QStringLiteral("])");
    }
    case FilterNode::Kind::Glob:
        return QStringLiteral("(glob ") + field + u' ' + quoted(node.pattern) + u')';
    case FilterNode::Kind::Regex:
        return QStringLiteral("(regex ") + field + QStringLiteral(" /") + node.pattern + u'/'
            + (node.caseInsensitive ? QStringLiteral("i") : QString()) + u')';
    case FilterNode::Kind::Exists:
        return QStringLiteral("(exists ") + field + u')';
    }
    return {};
}

} // namespace Chronoscope
