// SPDX-License-Identifier: MIT
#pragma once

#include "filterast.h"
#include "filterresult.h"
#include "index/eventindex.h"
#include "store/eventstore.h"

#include <functional>

namespace Chronoscope {

/// How the store-side part of a filter (payload, metadata, ids) is answered.
enum class PayloadStrategy : quint8
{
    Auto, ///< the faster one on SQLite as measured by bench_query (Scan), Scan elsewhere
    Scan, ///< rows read in rowid order, JSON parsed by simdjson (FilterRowMatcher)
    Sql, ///< conditions pushed down to SQLite as json_extract expressions (FilterSql)
};

struct FilterOptions
{
    TimeUs now = 0; ///< what relative times (-2h) count from
    PayloadStrategy strategy = PayloadStrategy::Auto;
};

/// Evaluates a parsed filter over an index and, for conditions the index cannot answer, its
/// store. Indexed fields are answered column by column into bitsets (strings compared once
/// per interned id, not per row). Store conditions are read only for the rows the indexed
/// part leaves undecided (three-valued: a row is in, out, or needs its payload), in rowid
/// order, or by point lookups when those rows are few.
///
/// Runs on the calling thread (a worker); `store` must be usable there. Stateless.
namespace FilterEvaluator {

/// Called between batches with rows done and total; return false to stop (cancel).
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// The matching positions. `store` may be null when the filter needs none
/// (FilterNode::needsStore()). A cancelled run returns StoreErrorCode::Cancelled.
Expected<FilterResultPtr, StoreError> evaluate(const FilterNode& filter, const EventIndex& index, EventStore* store,
    const FilterOptions& options, const Progress& progress = {});

} // namespace FilterEvaluator
} // namespace Chronoscope
