// SPDX-License-Identifier: MIT
#pragma once

#include "filterast.h"
#include "store/eventstore.h"

#include <memory>
#include <vector>

namespace Chronoscope {

/// Answers the store-side conditions of a filter (payload and metadata paths, ids) for one
/// row at a time, parsing each JSON document at most once per row with simdjson. Its meaning
/// is FilterSql's, condition by condition (tests hold the two against each other).
/// One instance per thread: it keeps parser buffers between rows.
class FilterRowMatcher
{
public:
    /// `conditions` are leaves with needsStore(); their order is the order of the answers.
    explicit FilterRowMatcher(std::vector<const FilterNode*> conditions);
    ~FilterRowMatcher();
    FilterRowMatcher(const FilterRowMatcher&) = delete;
    FilterRowMatcher& operator=(const FilterRowMatcher&) = delete;

    /// Evaluates every condition on `row`; answers[i] is condition i.
    void match(const RawEventRow& row, std::vector<char>& answers);

    /// Condition `condition` (on a text field) applied to `text`, `!=` included.
    bool matchesText(std::size_t condition, std::string_view text) const;

    /// `*` any run, `?` one UTF-8 character, everything else literal (as FilterSql's GLOB).
    static bool globMatches(std::string_view pattern, std::string_view text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Chronoscope
