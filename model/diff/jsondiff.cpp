// SPDX-License-Identifier: MIT
#include "jsondiff.h"

#include <QString>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

// How arrays are matched
// ======================
//
// 1. By identity, when DiffOptions::matchArraysByKey is set and every element on both sides
//    is an object holding the identity key with a string or number value that is unique on
//    its side. The key is the first that qualifies in this order: `id`; a key ending in `Id`
//    or `_id` (`orderId`, `event_id`); `sku`; `key`; `name`. Keys of one rank are tried in
//    the order of the first element of `after` (of `before` when `after` is empty).
//    Elements with the same identity are paired and diffed (pointer = index in `after`);
//    the others are Removed or Added. When paired elements changed their relative order,
//    the longest run that kept its order stays paired and the rest are shown and patched as
//    Removed at the old index plus Added at the new one (the tree has no "moved" kind, and a
//    remove/add pair applies cleanly with sequential indices).
//
// 2. Otherwise by sequence: equal elements are matched by a longest common subsequence, so
//    inserting one element in the middle yields one Added rather than N Changed. The equal
//    prefix and suffix are trimmed first; the rest uses Myers' O((n+m)·D) algorithm in linear
//    space: fast when the arrays are mostly equal (5,000 elements with 20 scattered edits take
//    under 1 ms), O(n·m) at worst (about 0.2 s for 5,000 against 5,000 shuffled elements,
//    hence the cap below). Between two matched
//    (equal) elements, the k-th remaining element of `before` is paired with the k-th of
//    `after` and diffed, as an edit in place (Changed, or Modified for containers); the
//    surplus of the longer side is Removed or Added. When the trimmed middle exceeds
//    5,000 × 5,000 elements the subsequence is skipped and the middle is paired by index.

namespace Chronoscope {

namespace {

using Member = Json::object_t::value_type; // (key, value)
using Members = std::span<const Member>;

constexpr std::size_t kNone = std::size_t(-1);
constexpr std::uint64_t kMaxSequenceCells = 5'000ULL * 5'000ULL;
constexpr qsizetype kMaxValueLength = 120;

/// An object's members in document order: ordered_json keeps them in a vector, whose
/// operator[] its ordered_map hides behind a key lookup.
Members membersOf(const Json& object)
{
    const Json::object_t& members = object.get_ref<const Json::object_t&>();
    return { members.data(), members.size() };
}

/// Where each key of an object is. ordered_json looks keys up linearly, which would make
/// diffing a map of thousands of entities quadratic, so larger objects get a hash index.
class KeyPositions
{
public:
    explicit KeyPositions(Members members)
        : m_members(members)
    {
        if (members.size() <= kLinearLookupLimit)
            return;
        m_index.reserve(members.size());
        for (std::size_t i = 0; i < members.size(); ++i)
            m_index.emplace(members[i].first, i);
    }

    std::size_t find(std::string_view key, std::size_t hint) const
    {
        if (hint < m_members.size() && m_members[hint].first == key)
            return hint;
        if (m_index.empty()) {
            const auto it = std::find_if(
                m_members.begin(), m_members.end(), [&](const auto& member) { return member.first == key; });
            return it == m_members.end() ? kNone : std::size_t(it - m_members.begin());
        }
        const auto it = m_index.find(key);
        return it == m_index.end() ? kNone : it->second;
    }

private:
    static constexpr std::size_t kLinearLookupLimit = 16;
    Members m_members;
    std::unordered_map<std::string_view, std::size_t> m_index;
};

// Equality and hashing
// --------------------
// Equality follows the JSON data model. ordered_json's operator== compares object key order,
// which is not significant in JSON: a snapshot written by another serializer must not show as
// drift. Numbers compare by value across integer and floating point, as nlohmann does
// (1 == 1.0), because some writers always emit `1.0`.

bool sameValue(const Json& a, const Json& b);

// nlohmann compares an unsigned with a signed integer after casting it to signed, which
// would make 18446744073709551615 equal to -1.
bool sameScalar(const Json& a, const Json& b)
{
    const auto unsignedMatchesSigned = [](const Json& unsignedValue, const Json& signedValue) {
        const std::int64_t number = signedValue.get<std::int64_t>();
        return number >= 0 && unsignedValue.get<std::uint64_t>() == std::uint64_t(number);
    };
    if (a.type() == Json::value_t::number_unsigned && b.type() == Json::value_t::number_integer)
        return unsignedMatchesSigned(a, b);
    if (a.type() == Json::value_t::number_integer && b.type() == Json::value_t::number_unsigned)
        return unsignedMatchesSigned(b, a);
    return a == b; // false for different types, except integer against floating point
}

bool sameMembers(Members a, Members b)
{
    if (a.size() != b.size())
        return false;
    const KeyPositions positions(b);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::size_t j = positions.find(a[i].first, i);
        if (j == kNone || !sameValue(a[i].second, b[j].second))
            return false;
    }
    return true;
}

bool sameValue(const Json& a, const Json& b)
{
    if (a.is_object() && b.is_object())
        return sameMembers(membersOf(a), membersOf(b));
    if (a.is_array() && b.is_array())
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameValue);
    return sameScalar(a, b);
}

// splitmix64's finalizer: nearby inputs (ids 1, 2, 3) give unrelated hashes.
std::uint64_t mix(std::uint64_t value)
{
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

std::uint64_t hashText(std::string_view text)
{
    return mix(std::hash<std::string_view> {}(text));
}

// Integers go through double so that 1 and 1.0 hash alike; -0.0 equals 0.0.
std::uint64_t hashNumber(double number)
{
    return mix(std::bit_cast<std::uint64_t>(number == 0.0 ? 0.0 : number));
}

/// A hash consistent with sameValue().
std::uint64_t hashValue(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return 0x6e756c6cULL;
    case Json::value_t::boolean:
        return value.get<bool>() ? 0x74727565ULL : 0x66616c7365ULL;
    case Json::value_t::number_integer:
        return hashNumber(double(value.get<std::int64_t>()));
    case Json::value_t::number_unsigned:
        return hashNumber(double(value.get<std::uint64_t>()));
    case Json::value_t::number_float:
        return hashNumber(value.get<double>());
    case Json::value_t::string:
        return hashText(value.get_ref<const std::string&>());
    case Json::value_t::array: {
        std::uint64_t hash = 0x6172726179ULL;
        for (const Json& element : value)
            hash = mix(hash + hashValue(element));
        return hash;
    }
    case Json::value_t::object: {
        // A sum does not depend on key order, like sameValue().
        std::uint64_t hash = 0x6f626a656374ULL;
        for (const auto& [key, member] : membersOf(value))
            hash += mix(hashText(key) + 0x9e3779b97f4a7c15ULL * hashValue(member));
        return hash;
    }
    case Json::value_t::binary:
    case Json::value_t::discarded:
        break;
    }
    return std::hash<Json> {}(value);
}

struct ValueHash
{
    std::size_t operator()(const Json* value) const { return hashValue(*value); }
};

struct ValueEqual
{
    bool operator()(const Json* a, const Json* b) const { return sameValue(*a, *b); }
};

// Pointers
// --------

std::string childPointer(std::string_view parent, std::string_view token)
{
    std::string pointer;
    pointer.reserve(parent.size() + token.size() + 1);
    pointer.append(parent);
    appendPointerToken(pointer, token);
    return pointer;
}

// Array matching
// --------------

/// Element `before` of the old array is taken to be element `after` of the new one; `equal`
/// when already known to be the same value.
struct ElementPair
{
    std::size_t before = 0;
    std::size_t after = 0;
    bool equal = false;
};

std::optional<int> identityRank(std::string_view key)
{
    if (key == "id")
        return 0;
    if (key.ends_with("Id") || key.ends_with("_id"))
        return 1;
    if (key == "sku")
        return 2;
    if (key == "key")
        return 3;
    if (key == "name")
        return 4;
    return {};
}

/// Every element holds `key` with a string or number value, and no value repeats.
bool identifiesAll(const Json& array, const std::string& key)
{
    std::unordered_set<const Json*, ValueHash, ValueEqual> seen;
    seen.reserve(array.size());
    for (const Json& element : array) {
        const auto it = element.find(key);
        if (it == element.end() || !(it->is_string() || it->is_number()) || !seen.insert(&*it).second)
            return false;
    }
    return true;
}

/// The key by which elements of both arrays can be matched, if any (rule 1 at the top).
std::optional<std::string> identityKey(const Json& before, const Json& after)
{
    const auto isObject = [](const Json& element) { return element.is_object(); };
    if (!std::all_of(before.begin(), before.end(), isObject) || !std::all_of(after.begin(), after.end(), isObject))
        return {};
    const Json& sample = after.empty() ? before.front() : after.front();
    std::vector<std::pair<int, const std::string*>> candidates;
    for (const Member& member : membersOf(sample)) {
        if (const std::optional<int> rank = identityRank(member.first))
            candidates.emplace_back(*rank, &member.first);
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& candidate : candidates) {
        if (identifiesAll(before, *candidate.second) && identifiesAll(after, *candidate.second))
            return *candidate.second;
    }
    return {};
}

/// The longest subsequence of `pairs` (sorted by `after`) whose `before` positions increase:
/// the most elements that can stay paired in order, so that the fewest show as moved.
std::vector<ElementPair> longestIncreasingRun(const std::vector<ElementPair>& pairs)
{
    // tails[n] is the pair ending the best known run of length n + 1 (the one with the lowest
    // `before`), previous[k] the pair before k in its run.
    std::vector<std::size_t> tails;
    std::vector<std::size_t> previous(pairs.size(), kNone);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        const auto slot = std::lower_bound(tails.begin(), tails.end(), pairs[k].before,
            [&](std::size_t tail, std::size_t before) { return pairs[tail].before < before; });
        if (slot != tails.begin())
            previous[k] = *(slot - 1);
        if (slot == tails.end())
            tails.push_back(k);
        else
            *slot = k;
    }
    std::vector<ElementPair> run(tails.size());
    std::size_t length = run.size();
    for (std::size_t k = tails.empty() ? kNone : tails.back(); k != kNone; k = previous[k])
        run[--length] = pairs[k];
    return run;
}

std::vector<ElementPair> matchByIdentity(const Json& before, const Json& after, const std::string& key)
{
    std::unordered_map<const Json*, std::size_t, ValueHash, ValueEqual> beforeIndex;
    beforeIndex.reserve(before.size());
    for (std::size_t i = 0; i < before.size(); ++i)
        beforeIndex.emplace(&before[i].at(key), i);
    std::vector<ElementPair> matched;
    matched.reserve(after.size());
    for (std::size_t j = 0; j < after.size(); ++j) {
        if (const auto it = beforeIndex.find(&after[j].at(key)); it != beforeIndex.end())
            matched.push_back({ it->second, j, false });
    }
    return longestIncreasingRun(matched);
}

/// One number per element of `before` followed by `after`, the same for equal elements, so that
/// the sequence matcher compares integers.
std::vector<std::size_t> equalityClasses(const Json& before, const Json& after)
{
    std::vector<const Json*> elements;
    elements.reserve(before.size() + after.size());
    for (const Json& element : before)
        elements.push_back(&element);
    for (const Json& element : after)
        elements.push_back(&element);
    std::unordered_map<const Json*, std::size_t, ValueHash, ValueEqual> representatives;
    representatives.reserve(elements.size());
    std::vector<std::size_t> classes(elements.size());
    for (std::size_t k = 0; k < elements.size(); ++k)
        classes[k] = representatives.try_emplace(elements[k], k).first->second;
    return classes;
}

/// Myers' difference algorithm in linear space ("An O(ND) Difference Algorithm and Its
/// Variations", 1986, section 4b): the middle snake of a shortest edit script splits the
/// problem in two, recursively. Coordinates are indices into `before` (x) and `after` (y).
class SequenceMatcher
{
public:
    struct Box
    {
        std::ptrdiff_t left = 0;
        std::ptrdiff_t top = 0;
        std::ptrdiff_t right = 0;
        std::ptrdiff_t bottom = 0;

        std::ptrdiff_t width() const { return right - left; }
        std::ptrdiff_t height() const { return bottom - top; }
        std::ptrdiff_t delta() const { return width() - height(); }
    };

    SequenceMatcher(std::span<const std::size_t> before, std::span<const std::size_t> after, const Box& box)
        : m_before(before)
        , m_after(after)
        , m_offset((box.width() + box.height() + 1) / 2 + 1)
        , m_forward(std::size_t(2 * m_offset + 1))
        , m_backward(std::size_t(2 * m_offset + 1))
    { }

    /// Appends the equal pairs of a longest common subsequence within `box`, in order.
    void match(const Box& box, std::vector<ElementPair>& pairs)
    {
        if (box.width() == 0 || box.height() == 0)
            return;
        const Snake snake = middleSnake(box);
        match({ box.left, box.top, snake.startX, snake.startY }, pairs);
        walkSnake(snake, pairs);
        match({ snake.endX, snake.endY, box.right, box.bottom }, pairs);
    }

private:
    /// At most one insertion or deletion plus a diagonal of equal elements.
    struct Snake
    {
        std::ptrdiff_t startX = 0;
        std::ptrdiff_t startY = 0;
        std::ptrdiff_t endX = 0;
        std::ptrdiff_t endY = 0;
    };

    bool same(std::ptrdiff_t x, std::ptrdiff_t y) const { return m_before[std::size_t(x)] == m_after[std::size_t(y)]; }
    std::ptrdiff_t& forward(std::ptrdiff_t k) { return m_forward[std::size_t(k + m_offset)]; }
    std::ptrdiff_t& backward(std::ptrdiff_t c) { return m_backward[std::size_t(c + m_offset)]; }

    Snake middleSnake(const Box& box)
    {
        // Forward paths are indexed by diagonal k = x - y (relative to the top left), backward
        // ones by c = k - delta (relative to the bottom right); they meet after D/2 steps each.
        forward(1) = box.left;
        backward(1) = box.bottom;
        const std::ptrdiff_t maxSteps = (box.width() + box.height() + 1) / 2;
        for (std::ptrdiff_t d = 0; d <= maxSteps; ++d) {
            if (const std::optional<Snake> snake = stepForward(box, d))
                return *snake;
            if (const std::optional<Snake> snake = stepBackward(box, d))
                return *snake;
        }
        Q_UNREACHABLE(); // the paths meet after D/2 steps at the latest
        return {};
    }

    std::optional<Snake> stepForward(const Box& box, std::ptrdiff_t d)
    {
        for (std::ptrdiff_t k = d; k >= -d; k -= 2) {
            const std::ptrdiff_t c = k - box.delta();
            std::ptrdiff_t startX = 0;
            std::ptrdiff_t x = 0;
            if (k == -d || (k != d && forward(k - 1) < forward(k + 1))) {
                startX = x = forward(k + 1); // down: an insertion
            } else {
                startX = forward(k - 1); // right: a deletion
                x = startX + 1;
            }
            std::ptrdiff_t y = box.top + (x - box.left) - k;
            const std::ptrdiff_t startY = (d == 0 || x != startX) ? y : y - 1;
            while (x < box.right && y < box.bottom && same(x, y)) {
                ++x;
                ++y;
            }
            forward(k) = x;
            if (box.delta() % 2 != 0 && c >= -(d - 1) && c <= d - 1 && y >= backward(c))
                return Snake { startX, startY, x, y };
        }
        return {};
    }

    std::optional<Snake> stepBackward(const Box& box, std::ptrdiff_t d)
    {
        for (std::ptrdiff_t c = d; c >= -d; c -= 2) {
            const std::ptrdiff_t k = c + box.delta();
            std::ptrdiff_t endY = 0;
            std::ptrdiff_t y = 0;
            if (c == -d || (c != d && backward(c - 1) > backward(c + 1))) {
                endY = y = backward(c + 1);
            } else {
                endY = backward(c - 1);
                y = endY - 1;
            }
            std::ptrdiff_t x = box.left + (y - box.top) + k;
            const std::ptrdiff_t endX = (d == 0 || y != endY) ? x : x + 1;
            while (x > box.left && y > box.top && same(x - 1, y - 1)) {
                --x;
                --y;
            }
            backward(c) = y;
            if (box.delta() % 2 == 0 && k >= -d && k <= d && x <= forward(k))
                return Snake { x, y, endX, endY };
        }
        return {};
    }

    // The snake's single edit may come first (forward) or last (backward); following the
    // diagonal greedily, then the edit, then the diagonal again covers both.
    void walkSnake(const Snake& snake, std::vector<ElementPair>& pairs) const
    {
        std::ptrdiff_t x = snake.startX;
        std::ptrdiff_t y = snake.startY;
        const auto followDiagonal = [&] {
            for (; x < snake.endX && y < snake.endY && same(x, y); ++x, ++y)
                pairs.push_back({ std::size_t(x), std::size_t(y), true });
        };
        followDiagonal();
        if (snake.endX - x > snake.endY - y)
            ++x;
        else if (snake.endX - x < snake.endY - y)
            ++y;
        followDiagonal();
    }

    std::span<const std::size_t> m_before;
    std::span<const std::size_t> m_after;
    std::ptrdiff_t m_offset;
    std::vector<std::ptrdiff_t> m_forward;
    std::vector<std::ptrdiff_t> m_backward;
};

/// Equal elements of a longest common subsequence (rule 2 at the top), without the gaps.
std::vector<ElementPair> equalSubsequence(const Json& before, const Json& after)
{
    const std::vector<std::size_t> classes = equalityClasses(before, after);
    const std::span<const std::size_t> a(classes.data(), before.size());
    const std::span<const std::size_t> b(classes.data() + before.size(), after.size());
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    std::vector<ElementPair> pairs;
    for (std::size_t k = 0; k < prefix; ++k)
        pairs.push_back({ k, k, true });
    const SequenceMatcher::Box middle { std::ptrdiff_t(prefix), std::ptrdiff_t(prefix),
        std::ptrdiff_t(a.size() - suffix), std::ptrdiff_t(b.size() - suffix) };
    if (std::uint64_t(middle.width()) * std::uint64_t(middle.height()) <= kMaxSequenceCells)
        SequenceMatcher(a, b, middle).match(middle, pairs);
    for (std::size_t k = suffix; k > 0; --k)
        pairs.push_back({ a.size() - k, b.size() - k, true });
    return pairs;
}

/// Pairs the k-th unmatched element of `before` with the k-th of `after` between two anchors.
std::vector<ElementPair> pairGaps(
    const std::vector<ElementPair>& anchors, std::size_t beforeSize, std::size_t afterSize)
{
    std::vector<ElementPair> pairs;
    pairs.reserve(std::max(beforeSize, afterSize));
    std::size_t i = 0;
    std::size_t j = 0;
    const auto pairUntil = [&](std::size_t beforeEnd, std::size_t afterEnd) {
        for (; i < beforeEnd && j < afterEnd; ++i, ++j)
            pairs.push_back({ i, j, false });
    };
    for (const ElementPair& anchor : anchors) {
        pairUntil(anchor.before, anchor.after);
        pairs.push_back(anchor);
        i = anchor.before + 1;
        j = anchor.after + 1;
    }
    pairUntil(beforeSize, afterSize);
    return pairs;
}

// Building the tree
// -----------------

DiffNode makeNode(std::string key, std::string pointer, DiffKind kind)
{
    DiffNode node;
    node.key = std::move(key);
    node.pointer = std::move(pointer);
    node.kind = kind;
    return node;
}

DiffNode addedNode(std::string key, std::string pointer, const Json& value)
{
    DiffNode node = makeNode(std::move(key), std::move(pointer), DiffKind::Added);
    node.newValue = value;
    return node;
}

DiffNode removedNode(std::string key, std::string pointer, const Json& value)
{
    DiffNode node = makeNode(std::move(key), std::move(pointer), DiffKind::Removed);
    node.oldValue = value;
    return node;
}

class Differ
{
public:
    explicit Differ(const DiffOptions& options)
        : m_options(options)
    { }

    DiffNode diff(const Json& before, const Json& after, std::string key, std::string pointer) const
    {
        DiffNode node = makeNode(std::move(key), std::move(pointer), DiffKind::Unchanged);
        if (before.is_object() && after.is_object() && !(before.empty() && after.empty())) {
            diffObject(membersOf(before), membersOf(after), node);
        } else if (before.is_array() && after.is_array() && !(before.empty() && after.empty())) {
            diffArray(before, after, node);
        } else {
            node.kind = sameValue(before, after) ? DiffKind::Unchanged : DiffKind::Changed;
            node.oldValue = before;
            node.newValue = after;
        }
        return node;
    }

private:
    void adopt(DiffNode& parent, DiffNode&& child) const
    {
        if (child.hasChanges())
            parent.kind = DiffKind::Modified;
        else if (!m_options.keepUnchanged)
            return;
        parent.children.push_back(std::move(child));
    }

    void diffObject(Members before, Members after, DiffNode& node) const
    {
        // A removed key follows the nearest key before it (in `before`) that `after` kept:
        // removedAfter[p + 1] lists the keys to show after the p-th key of `after`.
        const KeyPositions afterPositions(after);
        std::vector<std::size_t> beforePosition(after.size(), kNone);
        std::vector<std::vector<std::size_t>> removedAfter(after.size() + 1);
        std::size_t slot = 0;
        for (std::size_t i = 0; i < before.size(); ++i) {
            const std::size_t j = afterPositions.find(before[i].first, slot);
            if (j == kNone) {
                removedAfter[slot].push_back(i);
            } else {
                beforePosition[j] = i;
                slot = j + 1;
            }
        }
        const auto adoptRemoved = [&](std::size_t afterSlot) {
            for (const std::size_t i : removedAfter[afterSlot]) {
                const auto& [key, value] = before[i];
                adopt(node, removedNode(key, childPointer(node.pointer, key), value));
            }
        };
        node.children.reserve(m_options.keepUnchanged ? std::max(before.size(), after.size()) : 0);
        adoptRemoved(0);
        for (std::size_t j = 0; j < after.size(); ++j) {
            const auto& [key, value] = after[j];
            std::string pointer = childPointer(node.pointer, key);
            if (beforePosition[j] == kNone)
                adopt(node, addedNode(key, std::move(pointer), value));
            else
                adopt(node, diff(before[beforePosition[j]].second, value, key, std::move(pointer)));
            adoptRemoved(j + 1);
        }
    }

    std::vector<ElementPair> matchArray(const Json& before, const Json& after) const
    {
        if (m_options.matchArraysByKey) {
            if (const std::optional<std::string> key = identityKey(before, after))
                return matchByIdentity(before, after, *key);
        }
        return pairGaps(equalSubsequence(before, after), before.size(), after.size());
    }

    void diffArray(const Json& before, const Json& after, DiffNode& node) const
    {
        // Unpaired elements go between the pairs around them, removed ones first.
        std::size_t nextBefore = 0;
        std::size_t nextAfter = 0;
        const auto adoptUnpaired = [&](std::size_t beforeEnd, std::size_t afterEnd) {
            for (; nextBefore < beforeEnd; ++nextBefore) {
                std::string index = std::to_string(nextBefore);
                std::string pointer = childPointer(node.pointer, index);
                adopt(node, removedNode(std::move(index), std::move(pointer), before[nextBefore]));
            }
            for (; nextAfter < afterEnd; ++nextAfter) {
                std::string index = std::to_string(nextAfter);
                std::string pointer = childPointer(node.pointer, index);
                adopt(node, addedNode(std::move(index), std::move(pointer), after[nextAfter]));
            }
        };
        node.children.reserve(m_options.keepUnchanged ? std::max(before.size(), after.size()) : 0);
        for (const ElementPair& pair : matchArray(before, after)) {
            adoptUnpaired(pair.before, pair.after);
            nextBefore = pair.before + 1;
            nextAfter = pair.after + 1;
            if (pair.equal && !m_options.keepUnchanged)
                continue;
            std::string index = std::to_string(pair.after);
            std::string pointer = childPointer(node.pointer, index);
            adopt(node, diff(before[pair.before], after[pair.after], std::move(index), std::move(pointer)));
        }
        adoptUnpaired(before.size(), after.size());
    }

    const DiffOptions& m_options;
};

// Patch
// -----

Json operation(const char* op, const std::string& path)
{
    Json operation = Json::object();
    operation["op"] = op;
    operation["path"] = path;
    return operation;
}

Json operation(const char* op, const std::string& path, const Json& value)
{
    Json result = operation(op, path);
    result["value"] = value;
    return result;
}

void appendOperations(const DiffNode& node, Json& operations);

void appendChildOperations(const DiffNode& node, Json& operations)
{
    // Array indices shift while the patch applies. Removed children carry their index in
    // `before` and Added ones their index in `after`, both ascending in the tree. Removing from
    // the last down leaves the paired elements in order; adding in ascending order then puts
    // every element at its final index, where the changes below them apply. Objects do not
    // depend on the order and follow the same rule.
    for (auto child = node.children.rbegin(); child != node.children.rend(); ++child) {
        if (child->kind == DiffKind::Removed)
            appendOperations(*child, operations);
    }
    for (const DiffNode& child : node.children) {
        if (child.kind == DiffKind::Added)
            appendOperations(child, operations);
    }
    for (const DiffNode& child : node.children) {
        if (child.kind == DiffKind::Changed || child.kind == DiffKind::Modified)
            appendOperations(child, operations);
    }
}

void appendOperations(const DiffNode& node, Json& operations)
{
    switch (node.kind) {
    case DiffKind::Unchanged:
        break;
    case DiffKind::Added:
        operations.push_back(operation("add", node.pointer, node.newValue));
        break;
    case DiffKind::Removed:
        operations.push_back(operation("remove", node.pointer));
        break;
    case DiffKind::Changed:
        operations.push_back(operation("replace", node.pointer, node.newValue));
        break;
    case DiffKind::Modified:
        appendChildOperations(node, operations);
        break;
    }
}

// Text
// ----

QString formatValue(const Json& value)
{
    QString text = QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    if (text.size() > kMaxValueLength) {
        text.truncate(kMaxValueLength - 1);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text += QChar(0x2026);
    }
    return text;
}

void describeNode(const DiffNode& node, int depth, bool includeUnchanged, QStringList& lines);

void describeChildren(const DiffNode& node, int depth, bool includeUnchanged, QStringList& lines)
{
    for (const DiffNode& child : node.children)
        describeNode(child, depth, includeUnchanged, lines);
}

void describeNode(const DiffNode& node, int depth, bool includeUnchanged, QStringList& lines)
{
    const QString indent(depth * 2, u' ');
    const QString pointer = node.pointer.empty() ? QStringLiteral("(root)") : QString::fromStdString(node.pointer);
    switch (node.kind) {
    case DiffKind::Added:
        lines.append(indent + u"+ " + pointer + u": " + formatValue(node.newValue));
        break;
    case DiffKind::Removed:
        lines.append(indent + u"- " + pointer + u": " + formatValue(node.oldValue));
        break;
    case DiffKind::Changed:
        lines.append(
            indent + u"~ " + pointer + u": " + formatValue(node.oldValue) + u" → " + formatValue(node.newValue));
        break;
    case DiffKind::Modified:
        lines.append(indent + u"~ " + pointer);
        describeChildren(node, depth + 1, includeUnchanged, lines);
        break;
    case DiffKind::Unchanged:
        if (!includeUnchanged)
            break;
        if (node.children.empty()) {
            lines.append(indent + u"  " + pointer + u": " + formatValue(node.newValue));
        } else {
            lines.append(indent + u"  " + pointer);
            describeChildren(node, depth + 1, includeUnchanged, lines);
        }
        break;
    }
}

} // namespace

DiffNode diffJson(const Json& before, const Json& after, const DiffOptions& options)
{
    return Differ(options).diff(before, after, {}, {});
}

Json toJsonPatch(const DiffNode& diff)
{
    Json operations = Json::array();
    appendOperations(diff, operations);
    return operations;
}

QStringList describeDiff(const DiffNode& diff, bool includeUnchanged)
{
    QStringList lines;
    if (diff.kind == DiffKind::Changed)
        describeNode(diff, 0, includeUnchanged, lines);
    else
        describeChildren(diff, 0, includeUnchanged, lines);
    return lines;
}

void appendPointerToken(std::string& pointer, std::string_view token)
{
    pointer += '/';
    for (const char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

} // namespace Chronoscope
