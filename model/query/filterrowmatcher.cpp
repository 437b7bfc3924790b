// SPDX-License-Identifier: MIT
#include "filterrowmatcher.h"

#include <QRegularExpression>

#include <simdjson.h>

#include <cstring>

namespace Chronoscope {

namespace {

bool compareOrdered(int order, FilterOp op)
{
    switch (op) {
    case FilterOp::Equal:
    case FilterOp::NotEqual:
        return order == 0;
    case FilterOp::Less:
        return order < 0;
    case FilterOp::LessOrEqual:
        return order <= 0;
    case FilterOp::Greater:
        return order > 0;
    case FilterOp::GreaterOrEqual:
        return order >= 0;
    }
    return false;
}

// Not memcmp: the view of a NULL column is empty with a null data(), which memcmp must not
// be given even for 0 bytes (UB); compare() checks the length first, and orders the same.
int compareBytes(std::string_view a, std::string_view b)
{
    return a.compare(b);
}

int compareNumbers(double a, double b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

// One condition, prepared: literals as UTF-8, the regex compiled.
struct Condition
{
    const FilterNode* node = nullptr;
    std::vector<std::string> texts; ///< per value, UTF-8
    std::vector<std::string> keys; ///< per path step, UTF-8 (empty for array steps)
    std::string glob;
    QRegularExpression regex;
};

// Lazily parsed JSON of one row.
struct Document
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    bool parsed = false;
    bool valid = false;

    bool get(std::string_view text, simdjson::dom::element& out)
    {
        if (!parsed) {
            parsed = true;
            valid = !text.empty() && parser.parse(text.data(), text.size()).get(root) == simdjson::SUCCESS;
        }
        out = root;
        return valid;
    }
};

} // namespace

struct FilterRowMatcher::Private
{
    std::vector<Condition> conditions;
    Document data;
    Document metadata;
};

FilterRowMatcher::FilterRowMatcher(std::vector<const FilterNode*> conditions)
    : d(std::make_unique<Private>())
{
    for (const FilterNode* node : conditions) {
        Condition condition;
        condition.node = node;
        for (const FilterValue& value : node->values)
            condition.texts.push_back(value.text.toStdString());
        for (const FilterPathStep& step : node->path)
            condition.keys.push_back(step.key.toStdString());
        if (node->kind == FilterNode::Kind::Glob)
            condition.glob = node->pattern.toStdString();
        if (node->kind == FilterNode::Kind::Regex) {
            condition.regex = QRegularExpression(node->pattern,
                node->caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                      : QRegularExpression::NoPatternOption);
        }
        d->conditions.push_back(std::move(condition));
    }
}

FilterRowMatcher::~FilterRowMatcher() = default;

bool FilterRowMatcher::globMatches(std::string_view pattern, std::string_view text)
{
    // Iterative wildcard match with one backtrack point (the last '*'), over UTF-8.
    auto charLength = [](std::string_view s, std::size_t at) -> std::size_t {
        const auto c = static_cast<unsigned char>(s[at]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 1;
        while (n > 1 && at + n > s.size())
            --n;
        return n;
    };
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t star = std::string_view::npos;
    std::size_t resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = ++p;
            resume = t;
            continue;
        }
        if (p < pattern.size() && pattern[p] == '?') {
            ++p;
            t += charLength(text, t);
            continue;
        }
        if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
            continue;
        }
        if (star == std::string_view::npos)
            return false;
        p = star;
        resume += charLength(text, resume);
        t = resume;
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

namespace {

bool jsonEquals(const simdjson::dom::element& element, const FilterValue& value, const std::string& text)
{
    switch (value.kind) {
    case FilterValue::Kind::Number: {
        double number = 0;
        if (!element.is_number() || element.get_double().get(number) != simdjson::SUCCESS)
            return false;
        return number == value.number;
    }
    case FilterValue::Kind::String:
    case FilterValue::Kind::Time: {
        std::string_view s;
        return element.get_string().get(s) == simdjson::SUCCESS && s == text;
    }
    case FilterValue::Kind::Bool:
        return element.is_bool() && element.get_bool().value_unsafe() == value.boolean;
    case FilterValue::Kind::Null:
        return element.is_null();
    case FilterValue::Kind::RelativeTime:
        break;
    }
    return false;
}

bool jsonCompare(const simdjson::dom::element& element, FilterOp op, const FilterValue& value, const std::string& text)
{
    if (op == FilterOp::Equal || op == FilterOp::NotEqual)
        return jsonEquals(element, value, text);
    if (value.kind == FilterValue::Kind::Number) {
        double number = 0;
        if (!element.is_number() || element.get_double().get(number) != simdjson::SUCCESS)
            return false;
        return compareOrdered(compareNumbers(number, value.number), op);
    }
    std::string_view s;
    if (element.get_string().get(s) != simdjson::SUCCESS)
        return false;
    return compareOrdered(compareBytes(s, text), op);
}

bool textMatches(const Condition& condition, std::string_view text)
{
    const FilterNode& node = *condition.node;
    switch (node.kind) {
    case FilterNode::Kind::Compare:
        return compareOrdered(compareBytes(text, condition.texts.front()), node.op);
    case FilterNode::Kind::In:
        for (const std::string& value : condition.texts) {
            if (text == value)
                return true;
        }
        return false;
    case FilterNode::Kind::Glob:
        return FilterRowMatcher::globMatches(condition.glob, text);
    case FilterNode::Kind::Regex:
        return condition.regex.match(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))).hasMatch();
    default:
        return false;
    }
}

} // namespace

bool FilterRowMatcher::matchesText(std::size_t index, std::string_view text) const
{
    const Condition& condition = d->conditions[index];
    const bool result = textMatches(condition, text);
    return condition.node->kind == FilterNode::Kind::Compare && condition.node->op == FilterOp::NotEqual ? !result
                                                                                                         : result;
}

void FilterRowMatcher::match(const RawEventRow& row, std::vector<char>& answers)
{
    d->data.parsed = false;
    d->metadata.parsed = false;
    answers.assign(d->conditions.size(), 0);
    for (std::size_t i = 0; i < d->conditions.size(); ++i) {
        const Condition& condition = d->conditions[i];
        const FilterNode& node = *condition.node;
        bool result = false;
        if (node.field == FilterField::Data || node.field == FilterField::Metadata) {
            const bool isData = node.field == FilterField::Data;
            simdjson::dom::element element;
            bool found = (isData ? d->data : d->metadata).get(isData ? row.data : row.metadata, element);
            for (std::size_t s = 0; found && s < node.path.size(); ++s) {
                const FilterPathStep& step = node.path[s];
                if (step.index >= 0) {
                    simdjson::dom::array array;
                    found = element.get_array().get(array) == simdjson::SUCCESS
                        && array.at(static_cast<std::size_t>(step.index)).get(element) == simdjson::SUCCESS;
                } else {
                    simdjson::dom::object object;
                    found = element.get_object().get(object) == simdjson::SUCCESS
                        && object.at_key(condition.keys[s]).get(element) == simdjson::SUCCESS;
                }
            }
            if (found) {
                switch (node.kind) {
                case FilterNode::Kind::Exists:
                    result = true;
                    break;
                case FilterNode::Kind::Compare:
                    result = jsonCompare(element, node.op, node.values.front(), condition.texts.front());
                    break;
                case FilterNode::Kind::In:
                    for (std::size_t v = 0; v < node.values.size() && !result; ++v)
                        result = jsonEquals(element, node.values[v], condition.texts[v]);
                    break;
                case FilterNode::Kind::Glob:
                case FilterNode::Kind::Regex: {
                    std::string_view s;
                    result = element.get_string().get(s) == simdjson::SUCCESS && textMatches(condition, s);
                    break;
                }
                default:
                    break;
                }
            }
        } else {
            const std::string_view text = node.field == FilterField::EventId ? row.eventId
                : node.field == FilterField::Correlation                     ? row.correlationId
                                                                             : row.causationId;
            result = textMatches(condition, text);
        }
        if (node.kind == FilterNode::Kind::Compare && node.op == FilterOp::NotEqual)
            result = !result;
        answers[i] = result ? 1 : 0;
    }
}

} // namespace Chronoscope
