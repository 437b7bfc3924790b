// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <string_view>

namespace Chronoscope {

/// Why a JSON text cannot be used, and where.
struct JsonProblem
{
    qint64 offset = -1; ///< 0-based byte offset where reading failed (the length when the text ends early)
    QString reason; ///< e.g. "unexpected end of input; expected '[', '{', or a literal"
};

/// Validates JSON texts quickly, one after another, for the payload scan of the audit.
/// simdjson validates (structure, UTF-8, nesting up to kMaxDepth); only a text it rejects is
/// read again, by nlohmann's parser, to find the byte offset and a readable reason. A text
/// both reject is a problem; one only simdjson rejects (an integer beyond 64 bits) is valid.
/// Not thread-safe: one instance per thread.
class JsonChecker
{
public:
    static constexpr std::size_t kMaxDepth = 1024;

    JsonChecker();
    ~JsonChecker();
    JsonChecker(const JsonChecker&) = delete;
    JsonChecker& operator=(const JsonChecker&) = delete;

    /// nullopt when `text` is valid JSON.
    std::optional<JsonProblem> check(std::string_view text);

    /// After check() accepted an object: the string value of its top-level `key`, if it has
    /// one. The view is valid until the next check().
    std::optional<std::string_view> topLevelString(std::string_view key) const;

private:
    void reset();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Chronoscope
