// SPDX-License-Identifier: MIT
#include "filtersql.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <cmath>

namespace Chronoscope {

namespace FilterSql {

namespace {

std::string column(const QString& name)
{
    return name.isEmpty() ? std::string("NULL") : '"' + name.toStdString() + '"';
}

std::string jsonPath(const std::vector<FilterPathStep>& path)
{
    std::string text = "$";
    for (const FilterPathStep& step : path) {
        if (step.index >= 0)
            text += '[' + std::to_string(step.index) + ']';
        else
            text += ".\"" + step.key.toStdString() + '"';
    }
    return quote(QString::fromStdString(text));
}

std::string number(double value)
{
    // %.17g writes a literal beyond a double (1e400) as "inf", which SQLite takes for a column
    // name; SQLite reads 1e999 as a real infinity. A plain integer stays an integer.
    if (std::isinf(value))
        return value > 0 ? "1e999" : "-1e999";
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

std::string sqlOp(FilterOp op)
{
    switch (op) {
    case FilterOp::Equal:
    case FilterOp::NotEqual:
        return "=";
    case FilterOp::Less:
        return "<";
    case FilterOp::LessOrEqual:
        return "<=";
    case FilterOp::Greater:
        return ">";
    case FilterOp::GreaterOrEqual:
        return ">=";
    }
    return "=";
}

// SQLite's GLOB with '[' made literal: the filter language knows only * and ?.
std::string globPattern(const QString& pattern)
{
    QString escaped;
    for (QChar c : pattern) {
        if (c == u'[')
            escaped += QStringLiteral("[[]");
        else
            escaped += c;
    }
    return quote(escaped);
}

// value op literal on a JSON value `extract` whose json_type is `type`.
std::string jsonCompare(const std::string& type, const std::string& extract, FilterOp op, const FilterValue& value)
{
    switch (value.kind) {
    case FilterValue::Kind::Number:
        // As doubles, as FilterRowMatcher compares (SQLite would compare an integer beyond 2^53 exactly).
        return "(" + type + " IN ('integer','real') AND CAST(" + extract + " AS REAL) " + sqlOp(op) + ' '
            + number(value.number) + ')';
    case FilterValue::Kind::String:
    case FilterValue::Kind::Time:
        return "(" + type + " = 'text' AND " + extract + ' ' + sqlOp(op) + ' ' + quote(value.text) + ')';
    case FilterValue::Kind::Bool:
        return "(" + type + (value.boolean ? " = 'true')" : " = 'false')");
    case FilterValue::Kind::Null:
        return "(" + type + " = 'null')";
    case FilterValue::Kind::RelativeTime:
        break;
    }
    return "0";
}

std::string positive(const FilterNode& node, const StoreMapping& mapping)
{
    if (node.field == FilterField::Data || node.field == FilterField::Metadata) {
        const std::string document = column(node.field == FilterField::Data ? mapping.data : mapping.metadata);
        const std::string path = jsonPath(node.path);
        const std::string type = "json_type(" + document + ", " + path + ')';
        const std::string extract = "json_extract(" + document + ", " + path + ')';
        std::string test;
        switch (node.kind) {
        case FilterNode::Kind::Compare:
            test = jsonCompare(type, extract, node.op, node.values.front());
            break;
        case FilterNode::Kind::In:
            for (const FilterValue& value : node.values)
                test += (test.empty() ? "(" : " OR ") + jsonCompare(type, extract, FilterOp::Equal, value);
            test += ')';
            break;
        case FilterNode::Kind::Glob:
            test = "(" + type + " = 'text' AND " + extract + " GLOB " + globPattern(node.pattern) + ')';
            break;
        case FilterNode::Kind::Regex:
            test = "(" + type + " = 'text' AND chronoscope_regexp(" + quote(node.pattern) + ", "
                + (node.caseInsensitive ? "'i'" : "''") + ", " + extract + "))";
            break;
        case FilterNode::Kind::Exists:
            test = "(" + type + " IS NOT NULL)";
            break;
        default:
            test = "0";
            break;
        }
        // CASE evaluates lazily: json_type on a malformed document would abort the query.
        // NULL (a missing path) counts as false, so that NOT turns it into true.
        return "(CASE WHEN json_valid(" + document + ") THEN COALESCE(" + test + ", 0) ELSE 0 END)";
    }
    const QString& name = node.field == FilterField::EventId ? mapping.eventId
        : node.field == FilterField::Correlation             ? mapping.correlationId
                                                             : mapping.causationId;
    const std::string text = "COALESCE(" + column(name) + ", '')";
    switch (node.kind) {
    case FilterNode::Kind::Compare:
        return "(" + text + ' ' + sqlOp(node.op) + ' ' + quote(node.values.front().text) + ')';
    case FilterNode::Kind::In: {
        std::string list;
        for (const FilterValue& value : node.values)
            list += (list.empty() ? "" : ", ") + quote(value.text);
        return "(" + text + " IN (" + list + "))";
    }
    case FilterNode::Kind::Glob:
        return "(" + text + " GLOB " + globPattern(node.pattern) + ')';
    case FilterNode::Kind::Regex:
        return "COALESCE(chronoscope_regexp(" + quote(node.pattern) + ", " + (node.caseInsensitive ? "'i'" : "''")
            + ", " + text + "), 0)";
    default:
        return "0";
    }
}

struct CompiledRegex
{
    QRegularExpression expression;
};

void deleteRegex(void* data)
{
    delete static_cast<CompiledRegex*>(data);
}

void regexpFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[2]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    auto* compiled = static_cast<CompiledRegex*>(sqlite3_get_auxdata(context, 0));
    if (!compiled) {
        const auto* pattern = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
        const auto* flags = reinterpret_cast<const char*>(sqlite3_value_text(arguments[1]));
        QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
        if (flags && flags[0] == 'i')
            options |= QRegularExpression::CaseInsensitiveOption;
        compiled = new CompiledRegex { QRegularExpression(QString::fromUtf8(pattern), options) };
        sqlite3_set_auxdata(context, 0, compiled, deleteRegex);
        // SQLite may drop auxdata right away; then fetch it again per row (still correct).
        compiled = static_cast<CompiledRegex*>(sqlite3_get_auxdata(context, 0));
        if (!compiled) {
            const QRegularExpression once(QString::fromUtf8(pattern), options);
            const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[2]));
            sqlite3_result_int(context, once.match(QString::fromUtf8(text)).hasMatch() ? 1 : 0);
            return;
        }
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[2]));
    const int bytes = sqlite3_value_bytes(arguments[2]);
    sqlite3_result_int(context, compiled->expression.match(QString::fromUtf8(text, bytes)).hasMatch() ? 1 : 0);
}

} // namespace

std::string quote(const QString& text)
{
    std::string out = "'";
    for (char c : text.toStdString()) {
        if (c == '\'')
            out += '\'';
        out += c;
    }
    return out + '\'';
}

std::string condition(const FilterNode& node, const StoreMapping& mapping)
{
    const std::string test = positive(node, mapping);
    if (node.kind == FilterNode::Kind::Compare && node.op == FilterOp::NotEqual)
        return "(NOT " + test + ')';
    return test;
}

std::string expression(const FilterNode& node, const StoreMapping& mapping)
{
    switch (node.kind) {
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        std::string text;
        for (const FilterNodePtr& child : node.children) {
            if (!text.empty())
                text += node.kind == FilterNode::Kind::And ? " AND " : " OR ";
            text += expression(*child, mapping);
        }
        return '(' + text + ')';
    }
    case FilterNode::Kind::Not:
        return "(NOT " + expression(*node.children.front(), mapping) + ')';
    default:
        return condition(node, mapping);
    }
}

bool registerFunctions(sqlite3* db)
{
    return sqlite3_create_function_v2(db, "chronoscope_regexp", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
               regexpFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace FilterSql
} // namespace Chronoscope
