// SPDX-License-Identifier: MIT
#include "filterparser.h"

#include "index/timestampparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QScopeGuard>

#include <cmath>

namespace Chronoscope {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronoscope::FilterParser", text);
}

struct FieldAlias
{
    const char* name;
    FilterField field;
};

// Canonical names first; the others are the column names of the seed schema and short forms.
constexpr FieldAlias kFieldAliases[] = {
    { "position", FilterField::Position },
    { "eventId", FilterField::EventId },
    { "stream", FilterField::Stream },
    { "aggregateType", FilterField::AggregateType },
    { "version", FilterField::Version },
    { "type", FilterField::Type },
    { "schemaVersion", FilterField::SchemaVersion },
    { "time", FilterField::Time },
    { "user", FilterField::User },
    { "correlation", FilterField::Correlation },
    { "causation", FilterField::Causation },
    { "data", FilterField::Data },
    { "metadata", FilterField::Metadata },
    { "pos", FilterField::Position },
    { "id", FilterField::EventId },
    { "event_id", FilterField::EventId },
    { "streamId", FilterField::Stream },
    { "aggregateId", FilterField::Stream },
    { "aggregate_id", FilterField::Stream },
    { "aggregate", FilterField::AggregateType },
    { "aggregate_type", FilterField::AggregateType },
    { "aggregate_version", FilterField::Version },
    { "eventType", FilterField::Type },
    { "event_type", FilterField::Type },
    { "schema", FilterField::SchemaVersion },
    { "event_version", FilterField::SchemaVersion },
    { "timestamp", FilterField::Time },
    { "userId", FilterField::User },
    { "user_id", FilterField::User },
    { "correlationId", FilterField::Correlation },
    { "correlation_id", FilterField::Correlation },
    { "causationId", FilterField::Causation },
    { "causation_id", FilterField::Causation },
    { "payload", FilterField::Data },
};

std::optional<FilterField> fieldOf(const QString& word)
{
    for (const FieldAlias& alias : kFieldAliases) {
        if (word.compare(QLatin1String(alias.name), Qt::CaseInsensitive) == 0)
            return alias.field;
    }
    return std::nullopt;
}

enum class FieldKind
{
    Number,
    Text,
    Time,
    Json
};

FieldKind kindOf(FilterField field)
{
    switch (field) {
    case FilterField::Position:
    case FilterField::Version:
    case FilterField::SchemaVersion:
        return FieldKind::Number;
    case FilterField::Time:
        return FieldKind::Time;
    case FilterField::Data:
    case FilterField::Metadata:
        return FieldKind::Json;
    default:
        return FieldKind::Text;
    }
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}
// Bare words on the right of an operator may hold the characters stream ids and user ids use.
bool isBareValueChar(QChar c)
{
    return isWordChar(c) || c == u'-' || c == u':' || c == u'.' || c == u'@' || c == u'/';
}

struct Failure
{
    FilterError error;
};

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    { }

    FilterNodePtr parseAll()
    {
        skipSpace();
        if (atEnd())
            fail(column(), tr("expected a filter, e.g. type == \"PaymentOverdue\" and data.amountDue > 400"));
        FilterNodePtr node = parseOr();
        skipSpace();
        if (!atEnd()) {
            if (peek() == u')')
                fail(column(), tr("unexpected ')' without a matching '('"));
            fail(column(), tr("expected 'and', 'or' or the end of the filter, found '%1'").arg(tokenPreview()));
        }
        return node;
    }

private:
    [[noreturn]] void fail(int column, const QString& message) { throw Failure { FilterError { column, message } }; }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar(); }
    int column() const { return static_cast<int>(m_pos) + 1; }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    // What the user wrote at the cursor, for "found '…'" in messages.
    QString tokenPreview() const
    {
        if (atEnd())
            return tr("the end");
        qsizetype end = m_pos;
        if (isWordChar(m_text.at(end))) {
            while (end < m_text.size() && isBareValueChar(m_text.at(end)))
                ++end;
        } else {
            end = m_pos + 1;
            while (end < m_text.size() && QStringLiteral("=<>!&|").contains(m_text.at(end))
                && QStringLiteral("=<>!&|").contains(m_text.at(m_pos)))
                ++end;
        }
        return m_text.mid(m_pos, end - m_pos);
    }
    // The word at the cursor (letters, digits, _ and $), without consuming it.
    QString peekWord() const
    {
        if (atEnd() || !isWordStart(peek()))
            return {};
        qsizetype end = m_pos;
        while (end < m_text.size() && isWordChar(m_text.at(end)))
            ++end;
        return m_text.mid(m_pos, end - m_pos);
    }
    bool acceptKeyword(const char* keyword)
    {
        skipSpace();
        const QString word = peekWord();
        if (word.compare(QLatin1String(keyword), Qt::CaseInsensitive) != 0)
            return false;
        m_pos += word.size();
        return true;
    }
    bool acceptSymbol(QStringView symbol)
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_pos).startsWith(symbol))
            return false;
        m_pos += symbol.size();
        return true;
    }

    static FilterNodePtr combine(FilterNode::Kind kind, std::vector<FilterNodePtr> children, int column)
    {
        if (children.size() == 1)
            return children.front();
        auto node = std::make_shared<FilterNode>();
        node->kind = kind;
        node->children = std::move(children);
        node->column = column;
        return node;
    }

    FilterNodePtr parseOr()
    {
        const int start = column();
        std::vector<FilterNodePtr> children { parseAnd() };
        for (;;) {
            const int at = (skipSpace(), column());
            if (!acceptKeyword("or") && !acceptSymbol(u"||"))
                break;
            skipSpace();
            if (atEnd())
                fail(column(), tr("expected a condition after '%1'").arg(m_text.mid(at - 1, m_pos - at + 1).trimmed()));
            children.push_back(parseAnd());
        }
        return combine(FilterNode::Kind::Or, std::move(children), start);
    }

    FilterNodePtr parseAnd()
    {
        skipSpace();
        const int start = column();
        std::vector<FilterNodePtr> children { parseUnary() };
        for (;;) {
            const int at = (skipSpace(), column());
            if (!acceptKeyword("and") && !acceptSymbol(u"&&"))
                break;
            skipSpace();
            if (atEnd())
                fail(column(), tr("expected a condition after '%1'").arg(m_text.mid(at - 1, m_pos - at + 1).trimmed()));
            children.push_back(parseUnary());
        }
        return combine(FilterNode::Kind::And, std::move(children), start);
    }

    FilterNodePtr negate(FilterNodePtr child, int at)
    {
        auto node = std::make_shared<FilterNode>();
        node->kind = FilterNode::Kind::Not;
        node->children.push_back(std::move(child));
        node->column = at;
        return node;
    }

    FilterNodePtr parseUnary()
    {
        skipSpace();
        const int start = column();
        // Every 'not' and '(' recurses here, and so do whatever walks the tree afterwards:
        // a bound keeps a pasted or hostile filter from overflowing the stack.
        if (m_depth == kMaxDepth)
            fail(start, tr("the filter nests 'not' and parentheses deeper than %1 levels").arg(kMaxDepth));
        ++m_depth;
        const auto leave = qScopeGuard([this] { --m_depth; });
        if (acceptKeyword("not") || (peek() == u'!' && peek(1) != u'=' && acceptSymbol(u"!"))) {
            skipSpace();
            if (atEnd())
                fail(column(), tr("expected a condition after 'not'"));
            return negate(parseUnary(), start);
        }
        return parsePrimary();
    }

    FilterNodePtr parsePrimary()
    {
        skipSpace();
        const int start = column();
        if (atEnd())
            fail(column(), tr("expected a condition"));
        if (acceptSymbol(u"(")) {
            skipSpace();
            if (atEnd())
                fail(column(), tr("expected a condition after '('"));
            FilterNodePtr inner = parseOr();
            skipSpace();
            if (!acceptSymbol(u")"))
                fail(column(),
                    tr("expected ')' to close the '(' at column %1, found '%2'").arg(start).arg(tokenPreview()));
            return inner;
        }
        if (acceptKeyword("exists")) {
            auto node = std::make_shared<FilterNode>();
            node->kind = FilterNode::Kind::Exists;
            node->column = start;
            skipSpace();
            const int fieldColumn = column();
            parseField(*node);
            if (kindOf(node->field) != FieldKind::Json)
                fail(fieldColumn, tr("'exists' needs a path into data or metadata, e.g. exists data.currency"));
            return node;
        }
        auto node = std::make_shared<FilterNode>();
        node->column = start;
        parseField(*node);
        parseCondition(*node);
        return node;
    }

    void parseField(FilterNode& node)
    {
        skipSpace();
        const int start = column();
        const QString word = peekWord();
        if (word.isEmpty()) {
            fail(start,
                tr("expected a field name (position, eventId, stream, aggregateType, version, type, "
                   "schemaVersion, time, user, correlation, causation, data.…, metadata.…), found '%1'")
                    .arg(tokenPreview()));
        }
        const auto field = fieldOf(word);
        if (!field) {
            fail(start,
                tr("unknown field '%1' (expected position, eventId, stream, aggregateType, version, type, "
                   "schemaVersion, time, user, correlation, causation, data.… or metadata.…)")
                    .arg(word));
        }
        m_pos += word.size();
        node.field = *field;
        if (kindOf(*field) != FieldKind::Json)
            return;
        // A path: .key, [index] or ["key"], at least one step.
        for (;;) {
            if (peek() == u'.') {
                ++m_pos;
                const QString key = peekWord();
                if (key.isEmpty())
                    fail(column(), tr("expected a key after '.'"));
                m_pos += key.size();
                node.path.push_back({ key, -1 });
            } else if (peek() == u'[') {
                ++m_pos;
                skipSpace();
                if (peek() == u'"' || peek() == u'\'') {
                    node.path.push_back({ parseQuoted(), -1 });
                } else if (peek().isDigit()) {
                    const int at = column();
                    qsizetype end = m_pos;
                    while (end < m_text.size() && m_text.at(end).isDigit())
                        ++end;
                    bool ok = false;
                    const int index = m_text.mid(m_pos, end - m_pos).toInt(&ok);
                    if (!ok)
                        fail(at, tr("array index '%1' is too large").arg(m_text.mid(m_pos, end - m_pos)));
                    m_pos = end;
                    node.path.push_back({ {}, index });
                } else {
                    fail(column(), tr("expected an array index or a quoted key after '['"));
                }
                skipSpace();
                if (!acceptSymbol(u"]"))
                    fail(column(), tr("expected ']'"));
            } else {
                break;
            }
        }
        if (node.path.empty())
            fail(column(), tr("expected '.' and a key after '%1', e.g. %1.amount").arg(word));
    }

    QString parseQuoted()
    {
        const QChar quote = peek();
        const int start = column();
        ++m_pos;
        QString text;
        while (!atEnd() && peek() != quote) {
            if (peek() == u'\\' && m_pos + 1 < m_text.size()) {
                ++m_pos;
                const QChar escaped = peek();
                text += escaped == u'n' ? QChar(u'\n') : escaped == u't' ? QChar(u'\t') : escaped;
            } else {
                text += peek();
            }
            ++m_pos;
        }
        if (atEnd())
            fail(start, tr("this text has no closing %1").arg(quote));
        ++m_pos;
        return text;
    }

    void parseCondition(FilterNode& node)
    {
        skipSpace();
        const int at = column();
        const QString what = filterPathText(node.field, node.path);
        if (atEnd())
            fail(at, tr("expected an operator after '%1' (==, !=, <, <=, >, >=, in, ~, matches)").arg(what));
        if (acceptKeyword("in")) {
            parseList(node);
            return;
        }
        if (acceptKeyword("not")) {
            if (!acceptKeyword("in"))
                fail(column(), tr("expected 'in' after 'not'"));
            // field not in [...]: the same as not (field in [...]); the node becomes a Not.
            auto inner = std::make_shared<FilterNode>(node);
            parseList(*inner);
            node = FilterNode {};
            node.kind = FilterNode::Kind::Not;
            node.column = inner->column;
            node.children.push_back(std::move(inner));
            return;
        }
        if (acceptSymbol(u"!~")) {
            auto inner = std::make_shared<FilterNode>(node);
            parsePattern(*inner, QStringLiteral("!~"));
            node = FilterNode {};
            node.kind = FilterNode::Kind::Not;
            node.column = inner->column;
            node.children.push_back(std::move(inner));
            return;
        }
        if (acceptSymbol(u"~")) {
            parsePattern(node, QStringLiteral("~"));
            return;
        }
        if (acceptKeyword("matches")) {
            parsePattern(node, QStringLiteral("matches"));
            return;
        }
        static const std::pair<QStringView, FilterOp> ops[] = {
            { u"==", FilterOp::Equal },
            { u"!=", FilterOp::NotEqual },
            { u"<=", FilterOp::LessOrEqual },
            { u">=", FilterOp::GreaterOrEqual },
            { u"<", FilterOp::Less },
            { u">", FilterOp::Greater },
            { u"=", FilterOp::Equal },
        };
        for (const auto& [symbol, op] : ops) {
            if (acceptSymbol(symbol)) {
                node.kind = FilterNode::Kind::Compare;
                node.op = op;
                node.values.push_back(parseValue(node, symbol.toString()));
                return;
            }
        }
        fail(at,
            tr("expected an operator after '%1' (==, !=, <, <=, >, >=, in, ~, matches), found '%2'")
                .arg(what, tokenPreview()));
    }

    void parseList(FilterNode& node)
    {
        node.kind = FilterNode::Kind::In;
        skipSpace();
        if (!acceptSymbol(u"["))
            fail(column(), tr("expected '[' after 'in', e.g. type in [\"A\", \"B\"]"));
        node.values.push_back(parseValue(node, QStringLiteral("[")));
        for (;;) {
            skipSpace();
            if (acceptSymbol(u"]"))
                return;
            if (!acceptSymbol(u","))
                fail(column(), tr("expected ',' or ']' in the list, found '%1'").arg(tokenPreview()));
            node.values.push_back(parseValue(node, QStringLiteral(",")));
        }
    }

    void parsePattern(FilterNode& node, const QString& after)
    {
        skipSpace();
        const int at = column();
        const FieldKind kind = kindOf(node.field);
        if (kind == FieldKind::Number || kind == FieldKind::Time) {
            fail(node.column,
                tr("'%1' matches text, but %2 is a %3")
                    .arg(after, filterFieldName(node.field), kind == FieldKind::Number ? tr("number") : tr("time")));
        }
        if (peek() == u'/') {
            ++m_pos;
            QString pattern;
            while (!atEnd() && peek() != u'/') {
                if (peek() == u'\\' && peek(1) == u'/') {
                    pattern += u'/';
                    m_pos += 2;
                    continue;
                }
                pattern += peek();
                ++m_pos;
            }
            if (atEnd())
                fail(at, tr("this regular expression has no closing '/'"));
            ++m_pos;
            node.kind = FilterNode::Kind::Regex;
            node.pattern = pattern;
            while (peek().isLetter()) {
                if (peek() != u'i')
                    fail(column(), tr("unknown regular expression flag '%1' (only i is known)").arg(peek()));
                node.caseInsensitive = true;
                ++m_pos;
            }
            const QRegularExpression check(pattern);
            if (!check.isValid()) {
                fail(at + 1 + static_cast<int>(check.patternErrorOffset()),
                    tr("invalid regular expression: %1").arg(check.errorString()));
            }
            return;
        }
        if (peek() == u'"' || peek() == u'\'') {
            node.kind = FilterNode::Kind::Glob;
            node.pattern = parseQuoted();
            return;
        }
        fail(at, tr("expected a \"glob*\" in quotes or a /regular expression/ after '%1'").arg(after));
    }

    // A value, checked against the field it is compared with.
    FilterValue parseValue(const FilterNode& node, const QString& after)
    {
        skipSpace();
        const int at = column();
        if (atEnd() || peek() == u')' || peek() == u']' || peek() == u',')
            fail(at, tr("expected a value after '%1'").arg(after));
        FilterValue value;
        const QChar c = peek();
        if (c == u'"' || c == u'\'') {
            value.kind = FilterValue::Kind::String;
            value.text = parseQuoted();
        } else if (c.isDigit() || ((c == u'-' || c == u'+') && peek(1).isDigit())) {
            value = parseNumberOrTime(at);
        } else if (isWordStart(c)) {
            qsizetype end = m_pos;
            while (end < m_text.size() && isBareValueChar(m_text.at(end)))
                ++end;
            const QString word = m_text.mid(m_pos, end - m_pos);
            m_pos = end;
            if (word == u"true" || word == u"false") {
                value.kind = FilterValue::Kind::Bool;
                value.boolean = word == u"true";
            } else if (word == u"null") {
                value.kind = FilterValue::Kind::Null;
            } else {
                // A bare word is text: type == PaymentOverdue, stream == family-000005.
                value.kind = FilterValue::Kind::String;
                value.text = word;
            }
        } else {
            fail(at, tr("expected a value after '%1', found '%2'").arg(after, tokenPreview()));
        }
        return checked(node, value, at);
    }

    FilterValue parseNumberOrTime(int at)
    {
        const qsizetype start = m_pos;
        // A date: four digits and a dash (2024-10-01, 2024-10-01T12:00:00Z, …+02:00).
        qsizetype digits = 0;
        while (peek(digits).isDigit())
            ++digits;
        if (digits == 4 && peek(4) == u'-') {
            qsizetype end = m_pos;
            while (end < m_text.size()
                && (m_text.at(end).isDigit() || QStringLiteral("TtZz:.+-").contains(m_text.at(end))))
                ++end;
            const QString literal = m_text.mid(m_pos, end - m_pos);
            m_pos = end;
            const TimeUs time = TimestampParser::parseText(literal.toStdString());
            if (time == kInvalidTime)
                fail(at, tr("'%1' is not a valid time (use 2024-10-01 or 2024-10-01T14:00:00Z)").arg(literal));
            FilterValue value;
            value.kind = FilterValue::Kind::Time;
            value.time = time;
            value.text = literal;
            return value;
        }
        if (peek() == u'-' || peek() == u'+')
            ++m_pos;
        while (peek().isDigit())
            ++m_pos;
        if (peek() == u'.' && peek(1).isDigit()) {
            ++m_pos;
            while (peek().isDigit())
                ++m_pos;
        }
        if ((peek() == u'e' || peek() == u'E')
            && (peek(1).isDigit() || ((peek(1) == u'-' || peek(1) == u'+') && peek(2).isDigit()))) {
            m_pos += 2;
            while (peek().isDigit())
                ++m_pos;
        }
        const QString number = m_text.mid(start, m_pos - start);
        if (peek().isLetter()) {
            // A relative time: -2h, -30m, -7d, -90s, -500ms, -1w.
            qsizetype end = m_pos;
            while (end < m_text.size() && m_text.at(end).isLetter())
                ++end;
            const QString unit = m_text.mid(m_pos, end - m_pos);
            static const std::pair<const char*, qint64> units[] = { { "us", 1 }, { "ms", 1000 }, { "s", 1000000 },
                { "m", 60000000 }, { "h", 3600000000 }, { "d", 86400000000 }, { "w", 604800000000 } };
            for (const auto& [name, micros] : units) {
                if (unit != QLatin1String(name))
                    continue;
                if (number.front() != u'-' && number.front() != u'+')
                    fail(at,
                        tr("a relative time needs a sign: -%1 for the past, +%1 for the future").arg(number + unit));
                bool ok = false;
                const double offset = number.toDouble(&ok) * static_cast<double>(micros);
                // Beyond ten thousand years no timestamp can match; the bound also keeps
                // now + offset inside TimeUs, where the evaluator adds them.
                constexpr double kLimit = 10000 * 366 * 86400e6;
                if (!ok || !(std::abs(offset) <= kLimit))
                    fail(at, tr("relative time '%1' is not within ten thousand years").arg(number + unit));
                m_pos = end;
                FilterValue value;
                value.kind = FilterValue::Kind::RelativeTime;
                value.time = static_cast<TimeUs>(std::llround(offset));
                value.text = number + unit;
                return value;
            }
            fail(at, tr("unknown time unit '%1' in '%2' (use us, ms, s, m, h, d or w)").arg(unit, number + unit));
        }
        FilterValue value;
        value.kind = FilterValue::Kind::Number;
        value.number = number.toDouble();
        value.text = number;
        return value;
    }

    FilterValue checked(const FilterNode& node, FilterValue value, int at)
    {
        const FieldKind kind = kindOf(node.field);
        const QString name = filterFieldName(node.field);
        const bool ordering
            = node.kind == FilterNode::Kind::Compare && node.op != FilterOp::Equal && node.op != FilterOp::NotEqual;
        switch (kind) {
        case FieldKind::Number:
            if (value.kind != FilterValue::Kind::Number)
                fail(at, tr("expected a number for %1").arg(name));
            break;
        case FieldKind::Text:
            if (value.kind != FilterValue::Kind::String)
                fail(at, tr("expected a text value for %1 (in quotes, e.g. \"%2\")").arg(name, value.text));
            break;
        case FieldKind::Time:
            if (value.kind == FilterValue::Kind::String) {
                value.time = TimestampParser::parseText(value.text.toStdString());
                if (value.time == kInvalidTime)
                    fail(at, tr("'%1' is not a valid time (use 2024-10-01 or 2024-10-01T14:00:00Z)").arg(value.text));
                value.kind = FilterValue::Kind::Time;
            } else if (value.kind != FilterValue::Kind::Time && value.kind != FilterValue::Kind::RelativeTime) {
                fail(at, tr("expected a time for time (2024-10-01, 2024-10-01T14:00:00Z or -2h)"));
            }
            break;
        case FieldKind::Json:
            if (value.kind == FilterValue::Kind::RelativeTime)
                fail(at, tr("a relative time compares only with time, not with %1").arg(name));
            if (value.kind == FilterValue::Kind::Time) {
                // Payloads hold dates as text: compare with the literal as written.
                value.kind = FilterValue::Kind::String;
            }
            if (ordering && (value.kind == FilterValue::Kind::Bool || value.kind == FilterValue::Kind::Null))
                fail(at, tr("'%1' needs a number or text to compare with").arg(filterOpText(node.op)));
            break;
        }
        return value;
    }

    static constexpr int kMaxDepth = 256;

    const QString& m_text;
    qsizetype m_pos = 0;
    int m_depth = 0; ///< parseUnary() calls under way
};

} // namespace

QString FilterError::toString() const
{
    return tr("column %1: %2").arg(column).arg(message);
}

namespace FilterParser {

Expected<FilterNodePtr, FilterError> parse(const QString& text)
{
    try {
        Parser parser(text);
        return parser.parseAll();
    } catch (const Failure& failure) {
        return failure.error;
    }
}

QStringList fieldNames()
{
    QStringList names;
    for (const FieldAlias& alias : kFieldAliases) {
        if (alias.field == FilterField::Metadata) {
            names << QStringLiteral("metadata.");
            break;
        }
        names << (alias.field == FilterField::Data ? QStringLiteral("data.") : QLatin1String(alias.name));
    }
    return names;
}

QStringList keywords()
{
    return { QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("in"),
        QStringLiteral("exists"), QStringLiteral("matches"), QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("null") };
}

} // namespace FilterParser
} // namespace Chronoscope
