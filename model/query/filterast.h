// SPDX-License-Identifier: MIT
#pragma once

#include "store/event.h"

#include <QString>

#include <memory>
#include <vector>

namespace Chronoscope {

/// The fields of "The event" (DESIGN.md) a filter can name, plus the two JSON documents.
enum class FilterField : quint8
{
    Position,
    EventId,
    Stream,
    AggregateType,
    Version,
    Type,
    SchemaVersion,
    Time,
    User,
    Correlation,
    Causation,
    Data, ///< a path into the payload: data.amount
    Metadata, ///< a path into the metadata: metadata.tenant
};

/// The canonical name of a field ("position", "eventId", … "data").
QString filterFieldName(FilterField field);
/// Whether the field is answered by the index columns (no store read).
bool isIndexedField(FilterField field);

/// One step of a JSON path: an object key or an array index.
struct FilterPathStep
{
    QString key;
    int index = -1; ///< >= 0: an array element, and `key` is empty
};

/// A literal on the right of an operator.
struct FilterValue
{
    enum class Kind : quint8
    {
        Number,
        String,
        Time, ///< an absolute time literal (2024-10-01, 2024-10-01T12:00Z)
        RelativeTime, ///< `-2h`: `time` holds the signed offset from "now" in µs
        Bool,
        Null,
    };
    Kind kind = Kind::Null;
    double number = 0;
    QString text; ///< strings; the literal as typed for times
    TimeUs time = 0;
    bool boolean = false;
};

enum class FilterOp : quint8
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
};
QString filterOpText(FilterOp op);

/// A node of a parsed filter. Immutable once built; shared between threads.
struct FilterNode
{
    enum class Kind : quint8
    {
        And,
        Or,
        Not,
        Compare, ///< field op values[0]
        In, ///< field in values
        Glob, ///< field ~ "pattern" (`*` any run, `?` one character)
        Regex, ///< field ~ /pattern/ or field matches /pattern/
        Exists, ///< exists data.path
    };
    Kind kind = Kind::Compare;
    std::vector<std::shared_ptr<const FilterNode>> children; ///< And/Or: two or more, Not: one
    FilterField field = FilterField::Position;
    std::vector<FilterPathStep> path; ///< Data/Metadata only
    FilterOp op = FilterOp::Equal;
    std::vector<FilterValue> values;
    QString pattern; ///< Glob and Regex
    bool caseInsensitive = false; ///< a regex written /…/i
    int column = 1; ///< 1-based column where the node starts in the text

    /// Whether answering this node (or one below it) needs the store (payload, ids).
    bool needsStore() const;
};

using FilterNodePtr = std::shared_ptr<const FilterNode>;

/// The AST as one line of prefix text, e.g. `(and (== type "PaymentOverdue") (> data.amountDue 400))`.
/// Stable: tests compare it.
QString filterToText(const FilterNode& node);
/// `data.lines[0].sku`
QString filterPathText(FilterField field, const std::vector<FilterPathStep>& path);

} // namespace Chronoscope
