// SPDX-License-Identifier: MIT
#include "jsonchecker.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace Chronoscope {

namespace {

// Accepts everything and remembers the first error: validation without building a tree.
// nlohmann's parser keeps its nesting on a heap stack, so deep texts cannot overflow ours.
class ErrorOnlySax final : public nlohmann::json_sax<nlohmann::json>
{
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override
    {
        m_position = position;
        m_message = error.what();
        return false;
    }

    std::size_t m_position = 0; ///< 1-based: the byte being read when it failed
    std::string m_message;
};

// "[json.exception.parse_error.101] parse error at line 1, column 6: syntax error while
// parsing value - unexpected end of input" → "syntax error while parsing value - unexpected
// end of input". Invalid UTF-8 the message quotes becomes U+FFFD.
QString readableReason(const std::string& message)
{
    std::string_view text = message;
    if (!text.empty() && text.front() == '[') {
        const std::size_t end = text.find("] ");
        if (end != std::string_view::npos)
            text.remove_prefix(end + 2);
    }
    if (text.starts_with("parse error at line")) {
        const std::size_t colon = text.find(": ");
        if (colon != std::string_view::npos)
            text.remove_prefix(colon + 2);
    }
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Where nesting first exceeds `limit`, skipping brackets inside strings; -1 if it never does.
qint64 depthExceededAt(std::string_view text, std::size_t limit)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return static_cast<qint64>(i);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return -1;
}

} // namespace

struct JsonChecker::Private
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    bool hasRoot = false;
};

JsonChecker::JsonChecker()
    : d(std::make_unique<Private>())
{
    reset();
}

void JsonChecker::reset()
{
    d->parser = simdjson::dom::parser();
    // Failing to preallocate is harmless: parse() allocates as needed and reports MEMALLOC.
    const simdjson::error_code allocated = d->parser.allocate(64 * 1024, kMaxDepth);
    Q_UNUSED(allocated)
}

JsonChecker::~JsonChecker() = default;

std::optional<JsonProblem> JsonChecker::check(std::string_view text)
{
    d->hasRoot = false;
    // A parser that once read a huge text keeps its buffers; start afresh to give them back.
    if (d->parser.capacity() > 64 * 1024 * 1024 && text.size() < 1024 * 1024) {
        reset();
    }
    auto parsed = d->parser.parse(text.data(), text.size());
    const simdjson::error_code error = parsed.error();
    if (!error) {
        d->root = parsed.value_unsafe();
        d->hasRoot = true;
        return std::nullopt;
    }
    if (error == simdjson::DEPTH_ERROR) {
        return JsonProblem { depthExceededAt(text, kMaxDepth),
            QCoreApplication::translate("Chronoscope::JsonChecker", "nested deeper than %1 levels").arg(kMaxDepth) };
    }
    if (error == simdjson::MEMALLOC || error == simdjson::CAPACITY) {
        return JsonProblem { -1,
            QCoreApplication::translate("Chronoscope::JsonChecker", "too large to check (%1 bytes)").arg(text.size()) };
    }
    ErrorOnlySax sax;
    if (nlohmann::json::sax_parse(text.begin(), text.end(), &sax))
        return std::nullopt; // valid JSON simdjson cannot represent, e.g. a 100-digit integer
    const auto offset = static_cast<qint64>(std::min(sax.m_position > 0 ? sax.m_position - 1 : 0, text.size()));
    return JsonProblem { offset, readableReason(sax.m_message) };
}

std::optional<std::string_view> JsonChecker::topLevelString(std::string_view key) const
{
    if (!d->hasRoot)
        return std::nullopt;
    simdjson::dom::object object;
    if (d->root.get_object().get(object))
        return std::nullopt;
    std::string_view value;
    if (object.at_key(key).get_string().get(value))
        return std::nullopt;
    return value;
}

} // namespace Chronoscope
