// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace Chronoscope {

/// States, diffs and patches keep key order as written.
using Json = nlohmann::ordered_json;

enum class DiffKind : quint8
{
    Unchanged, ///< same value on both sides
    Added, ///< only in `after`
    Removed, ///< only in `before`
    Changed, ///< a scalar changed, or the type changed (object → array, number → string …)
    Modified, ///< an object or array present on both sides with changes below it
};

/// One node of a diff tree between two JSON values. Objects and arrays present on both
/// sides have children; every other node carries its old and/or new value (an empty object
/// or array on both sides is such a leaf, holding `{}` or `[]`).
///
/// Values are compared as JSON data, not as text: object key order does not matter, and
/// numbers compare by value across integer and floating point (`1` equals `1.0`, as
/// nlohmann's operator== has it). Children are listed in the order of `after`, with removed
/// object keys and array elements placed where they were in `before`.
struct DiffNode
{
    std::string key; ///< object key, or array index as text; empty for the root
    /// JSON pointer (RFC 6901, `~0` and `~1` escaped): the parent's pointer plus `key`. Array
    /// indices are those in `after`, except for Removed elements, whose index is the one in
    /// `before` (the order in which toJsonPatch() applies them makes these paths valid).
    std::string pointer;
    DiffKind kind = DiffKind::Unchanged;
    Json oldValue; ///< for Removed and Changed (and Unchanged leaves)
    Json newValue; ///< for Added and Changed (and Unchanged leaves)
    std::vector<DiffNode> children;

    bool hasChanges() const { return kind != DiffKind::Unchanged; }
};

struct DiffOptions
{
    /// Match array elements that are objects by an id-like key (`id`, `*Id`, `*_id`, `sku`,
    /// `key`, `name` as documented in jsondiff.cpp) when every element has one; otherwise by
    /// longest common subsequence of equal elements, so an insertion does not mark every
    /// following element changed. Elements matched by key that changed their relative order
    /// show as Removed at the old index and Added at the new one.
    bool matchArraysByKey = true;
    /// Keep Unchanged nodes in the tree (the view shows them greyed); false prunes them.
    bool keepUnchanged = true;
};

/// Appends `/token` to a JSON pointer, escaping `~` and `/` as RFC 6901 says.
void appendPointerToken(std::string& pointer, std::string_view token);

/// The diff of two JSON values. Pure function; thread-safe. Cost is linear in the size of
/// both documents plus the array matching (see jsondiff.cpp), so run it off the GUI thread
/// for large states.
DiffNode diffJson(const Json& before, const Json& after, const DiffOptions& options = {});

/// RFC 6902 operations that turn `before` into `after` (`before.patch(ops)` equals `after`
/// as JSON data; keys added by `add` land at the end of their object). Only `add`, `remove`
/// and `replace` are used. Within each object or array: removals from the last index down,
/// then additions in ascending index order, then replacements and nested changes. Empty for
/// an Unchanged root. Pure function; thread-safe.
Json toJsonPatch(const DiffNode& diff);

/// Indented text, one line per node, for `chronoscope diff --format tree` and golden tests.
///
/// The root's children start at indent 0; each level below adds two spaces before the mark:
///
///     + POINTER: NEW              Added
///     - POINTER: OLD              Removed
///     ~ POINTER: OLD → NEW        Changed (scalar or type change)
///     ~ POINTER                   Modified object or array; its children follow, indented
///       POINTER: NEW              Unchanged leaf (only with includeUnchanged)
///       POINTER                   Unchanged object or array (only with includeUnchanged)
///
/// for example
///
///     ~ /balanceCents: 1200 → 1500
///     ~ /children
///       + /children/1: {"name":"Bo","birthDate":"2019-04-02"}
///
/// POINTER is DiffNode::pointer as stored (escaped); the arrow is U+2192 with a space on each
/// side. Values are nlohmann's compact dump (UTF-8 kept, invalid UTF-8 replaced by U+FFFD);
/// values longer than 120 characters are cut to their first 119 followed by `…` (U+2026).
/// The root has a line of its own only when it is Changed (a top-level scalar or type
/// change): `~ (root): OLD → NEW`. Identical documents give no lines; with includeUnchanged,
/// the Unchanged lines of the root's children, if the tree kept them.
QStringList describeDiff(const DiffNode& diff, bool includeUnchanged = false);

} // namespace Chronoscope
