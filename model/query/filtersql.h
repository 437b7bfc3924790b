// SPDX-License-Identifier: MIT
#pragma once

#include "filterast.h"
#include "store/storemapping.h"

#include <string>

struct sqlite3;

namespace Chronoscope {

/// Translates the store-side conditions of a filter (payload and metadata paths, event,
/// correlation and causation ids) into SQLite expressions over a mapped table, with the same
/// meaning FilterRowMatcher gives them: a comparison holds only when the JSON value has the
/// literal's type, malformed JSON matches nothing, `!=` is `not ==`, a NULL id is "".
/// Pure functions; any thread.
namespace FilterSql {

/// A 0/1 SQL expression for one condition (not And/Or/Not) on a store field.
std::string condition(const FilterNode& node, const StoreMapping& mapping);

/// The whole tree as a 0/1 expression; only for trees where every condition is on a
/// store field (FilterNode::needsStore() of each leaf).
std::string expression(const FilterNode& node, const StoreMapping& mapping);

/// Registers `chronoscope_regexp(pattern, flags, text)` (QRegularExpression, compiled once
/// per statement) on `db`, which the regex conditions call. Call on the connection's thread.
bool registerFunctions(sqlite3* db);

/// `text` as an SQL string literal ('it''s').
std::string quote(const QString& text);

} // namespace FilterSql
} // namespace Chronoscope
