// SPDX-License-Identifier: MIT
// JSON diffs: golden text for readable cases, and the RFC 6902 round trip
// (before.patch(toJsonPatch(diff)) equals after) for thousands of random pairs.

#include "diff/jsondiff.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>

using namespace Chronoscope;

namespace {

Json json(const char* text)
{
    return Json::parse(text);
}

QStringList lines(const char* text)
{
    return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
}

QString dump(const Json& value)
{
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// The JSON data model, independent of the code under test: objects in a std::map, so that
// key order does not count (RFC 6902 does not keep it), and numbers as doubles, so that 1
// equals 1.0 (exact for the numbers used here).
nlohmann::json canonical(const Json& value)
{
    if (value.is_number())
        return value.get<double>();
    if (value.is_object()) {
        nlohmann::json result = nlohmann::json::object();
        for (const auto& member : value.items())
            result[member.key()] = canonical(member.value());
        return result;
    }
    if (value.is_array()) {
        nlohmann::json result = nlohmann::json::array();
        for (const Json& element : value)
            result.push_back(canonical(element));
        return result;
    }
    return nlohmann::json(value);
}

bool sameJson(const Json& a, const Json& b)
{
    return canonical(a) == canonical(b);
}

void forEachNode(const DiffNode& node, const std::function<void(const DiffNode&)>& visit)
{
    visit(node);
    for (const DiffNode& child : node.children)
        forEachNode(child, visit);
}

// Every node other than a Removed one names a place in `after` that holds its new value.
QString checkPointers(const DiffNode& diff, const Json& after)
{
    QString problem;
    forEachNode(diff, [&](const DiffNode& node) {
        if (!problem.isEmpty() || node.pointer.empty())
            return;
        const Json::json_pointer pointer(node.pointer);
        if (pointer.back() != node.key) {
            problem = QStringLiteral("key %1 does not end pointer %2")
                          .arg(QString::fromStdString(node.key), QString::fromStdString(node.pointer));
        } else if (node.kind != DiffKind::Removed) {
            const bool isLeaf = node.children.empty() && node.kind != DiffKind::Modified;
            if (!after.contains(pointer) || (isLeaf && !sameJson(after.at(pointer), node.newValue)))
                problem = QStringLiteral("pointer %1 does not lead to its new value")
                              .arg(QString::fromStdString(node.pointer));
        }
    });
    return problem;
}

// Empty when every promise of the API holds for this pair; else what broke.
QString checkDiff(const Json& before, const Json& after, const DiffOptions& options)
{
    const DiffNode diff = diffJson(before, after, options);
    const Json patch = toJsonPatch(diff);
    Json patched;
    try {
        patched = before.patch(patch);
    } catch (const Json::exception& error) {
        return QStringLiteral("patch does not apply (%1): %2").arg(QString::fromUtf8(error.what()), dump(patch));
    }
    if (!sameJson(patched, after))
        return QStringLiteral("patch %1 gives %2").arg(dump(patch), dump(patched));
    if ((diff.kind == DiffKind::Unchanged) != sameJson(before, after))
        return QStringLiteral("root kind %1 is wrong").arg(int(diff.kind));
    if (patch.empty() != (diff.kind == DiffKind::Unchanged))
        return QStringLiteral("patch %1 for root kind %2").arg(dump(patch)).arg(int(diff.kind));
    if (const QString problem = checkPointers(diff, after); !problem.isEmpty())
        return problem;
    // Pruning Unchanged nodes changes neither the patch nor the text of the changes.
    DiffOptions pruned = options;
    pruned.keepUnchanged = !options.keepUnchanged;
    const DiffNode other = diffJson(before, after, pruned);
    if (toJsonPatch(other) != patch || describeDiff(other) != describeDiff(diff))
        return QStringLiteral("keepUnchanged changes the result");
    return {};
}

QString checkDiff(const Json& before, const Json& after)
{
    for (const bool byKey : { true, false }) {
        DiffOptions options;
        options.matchArraysByKey = byKey;
        if (QString problem = checkDiff(before, after, options); !problem.isEmpty())
            return problem + u"\nbefore: " + dump(before) + u"\nafter:  " + dump(after);
    }
    return {};
}

/// Random documents and related edits of them, shaped like aggregate states: nested
/// objects, arrays of entities with id-like keys, scalars of every type, keys with '/'
/// and '~' and non-ASCII text.
class RandomJson
{
public:
    explicit RandomJson(quint32 seed)
        : m_random(seed)
    { }

    Json value(int depth)
    {
        const int choice = below(depth >= 4 ? 4 : 10);
        if (choice < 4)
            return scalar();
        if (choice < 6)
            return object(depth);
        if (choice < 8)
            return array(depth);
        return entities(depth);
    }

    Json mutate(const Json& value, int depth)
    {
        if (chance(8))
            return this->value(depth); // often a type change
        if (value.is_object())
            return mutateObject(value, depth);
        if (value.is_array())
            return mutateArray(value, depth);
        return chance(50) ? scalar() : value;
    }

private:
    int below(int bound) { return int(m_random.bounded(bound)); }
    bool chance(int percent) { return below(100) < percent; }

    template<typename T, std::size_t N> const T& pick(const std::array<T, N>& items)
    {
        return items[std::size_t(below(int(N)))];
    }

    Json scalar()
    {
        static const std::array<const char*, 10> texts
            = { "", "Ada", "Bo", "a/b", "~0", "~1/", "✓ done", "ключ", "line\nbreak", "\"quoted\"" };
        switch (below(8)) {
        case 0:
            return nullptr;
        case 1:
            return chance(50);
        case 2:
            return below(20) - 3;
        case 3:
            return double(below(40)) / 4.0; // exact, and sometimes whole: 1.0 against 1
        case 4:
            return std::int64_t(1) << below(63);
        default:
            return pick(texts);
        }
    }

    std::string key()
    {
        static const std::array<const char*, 16> keys = { "a", "b", "c", "name", "qty", "status", "a/b", "~", "~1",
            "m~n/o", "", "ключ", "ü/~0", "日本", "x y", "id" };
        return pick(keys);
    }

    Json object(int depth)
    {
        Json result = Json::object();
        for (int count = below(6); count > 0; --count)
            result[key()] = value(depth + 1);
        return result;
    }

    Json array(int depth)
    {
        Json result = Json::array();
        const bool nested = chance(40);
        for (int count = below(8); count > 0; --count)
            result.push_back(nested ? value(depth + 1) : scalar());
        return result;
    }

    Json entity(const std::string& idKey, int depth)
    {
        Json result = Json::object();
        result[idKey] = chance(50) ? Json(m_nextId++) : Json("e" + std::to_string(m_nextId++));
        for (int count = below(4); count > 0; --count) {
            if (const std::string other = key(); other != idKey)
                result[other] = value(depth + 1);
        }
        return result;
    }

    Json entities(int depth)
    {
        static const std::array<const char*, 6> idKeys = { "id", "orderId", "event_id", "sku", "key", "name" };
        const std::string idKey = pick(idKeys);
        Json result = Json::array();
        for (int count = below(8); count > 0; --count)
            result.push_back(entity(idKey, depth + 1));
        return result;
    }

    // A new element shaped like its neighbours: a fresh entity among entities.
    Json newElement(const Json& array, int depth)
    {
        if (array.empty() || !array.front().is_object())
            return chance(50) ? scalar() : value(depth + 1);
        for (const char* idKey : { "id", "orderId", "event_id", "sku", "key", "name" }) {
            if (array.front().contains(idKey))
                return entity(idKey, depth + 1);
        }
        return value(depth + 1);
    }

    Json mutateObject(const Json& original, int depth)
    {
        Json result = original;
        for (int edits = 1 + below(3); edits > 0; --edits) {
            const int choice = below(5);
            if (choice == 0 || result.empty()) {
                result[key()] = value(depth + 1);
            } else {
                auto member = std::next(result.begin(), below(int(result.size())));
                if (choice == 1)
                    result.erase(member);
                else if (choice == 2)
                    *member = nullptr;
                else
                    *member = mutate(*member, depth + 1);
            }
        }
        if (chance(15)) // key order alone is no change, but must not confuse the rest
            result = reversedKeys(result);
        return result;
    }

    static Json reversedKeys(const Json& object)
    {
        Json reversed = Json::object();
        for (auto member = object.rbegin(); member != object.rend(); ++member)
            reversed[member.key()] = member.value();
        return reversed;
    }

    Json mutateArray(const Json& original, int depth)
    {
        Json result = original;
        for (int edits = 1 + below(4); edits > 0; --edits) {
            const int size = int(result.size());
            const int choice = size == 0 ? 0 : below(6);
            switch (choice) {
            case 0:
                result.insert(result.begin() + below(size + 1), newElement(result, depth));
                break;
            case 1:
                result.erase(result.begin() + below(size));
                break;
            case 2: {
                Json& element = result[std::size_t(below(size))];
                element = mutate(element, depth + 1);
                break;
            }
            case 3: {
                const auto from = result.begin() + below(size);
                const Json element = *from;
                result.erase(from);
                result.insert(result.begin() + below(size), element);
                break;
            }
            case 4:
                std::reverse(result.begin(), result.end());
                break;
            default:
                std::swap(result[std::size_t(below(size))], result[std::size_t(below(size))]);
                break;
            }
        }
        return result;
    }

    QRandomGenerator m_random;
    int m_nextId = 0;
};

// A bank with `accounts` accounts of 19 JSON values each. Version 1 changes every 25th
// account, closes a few and opens a few.
Json bankState(int accounts, int version)
{
    Json state = Json::object();
    state["bank"] = "Chronoscope Savings";
    state["version"] = version;
    Json& list = state["accounts"] = Json::array();
    for (int id = 0; id < accounts; ++id) {
        const bool touched = version > 0 && id % 25 == 0;
        if (version > 0 && id % 170 == 3)
            continue; // closed
        Json account = Json::object();
        account["id"] = "acc-" + std::to_string(id);
        account["name"] = "Customer " + std::to_string(id);
        account["balanceCents"] = id * 1000 + (touched ? 1500 : 0);
        account["currency"] = "EUR";
        account["tags"] = Json::array({ "retail", id % 2 ? "gold" : "silver" });
        account["address"]
            = { { "street", "Main Street " + std::to_string(id) }, { "city", "Oslo" }, { "zip", "0150" } };
        Json& history = account["history"] = Json::array({ 100, 200, 300, 400, 500, 600 });
        if (touched)
            history.push_back(1500);
        list.push_back(std::move(account));
        if (version > 0 && id % 170 == 5)
            list.push_back({ { "id", "new-" + std::to_string(id) }, { "name", "Newcomer" }, { "balanceCents", 0 } });
    }
    return state;
}

std::size_t countValues(const Json& value)
{
    std::size_t count = 1;
    if (value.is_structured()) {
        for (const Json& child : value)
            count += countValues(child);
    }
    return count;
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeAndPatch_data();
    void describeAndPatch();
    void identicalDocuments();
    void describeWithUnchanged();
    void treeNodes();
    void pruneUnchanged();
    void matchByKeyCanBeTurnedOff();
    void pointerEscaping();
    void longValuesAreCut();
    void largeArrays();
    void longestCommonSubsequence();
    void randomRoundTrip();
    void benchmarkDiff10kValues();
};

void TestJsonDiff::describeAndPatch_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("expected");

    // Objects
    QTest::addRow("object: key added") << QByteArray(R"({"name":"Ada"})") << QByteArray(R"({"name":"Ada","age":36})")
                                       << lines("+ /age: 36");
    QTest::addRow("object: key removed") << QByteArray(R"({"name":"Ada","age":36})") << QByteArray(R"({"name":"Ada"})")
                                         << lines("- /age: 36");
    QTest::addRow("object: key changed") << QByteArray(R"({"name":"Ada","balanceCents":1200})")
                                         << QByteArray(R"({"name":"Ada","balanceCents":1500})")
                                         << lines("~ /balanceCents: 1200 → 1500");
    QTest::addRow("object: removed key stays where it was")
        << QByteArray(R"({"a":1,"b":2,"c":3})") << QByteArray(R"({"a":1,"c":4,"d":5})") << lines(R"(
- /b: 2
~ /c: 3 → 4
+ /d: 5)");
    QTest::addRow("object: removed first key comes first")
        << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"b":2,"c":3})") << lines(R"(
- /a: 1
+ /c: 3)");
    QTest::addRow("object: order of after")
        << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"b":3,"a":0})") << lines(R"(
~ /b: 2 → 3
~ /a: 1 → 0)");
    QTest::addRow("object: nested") << QByteArray(
        R"({"customer":{"name":"Ada","address":{"city":"Oslo","zip":"0150"}}})")
                                    << QByteArray(
                                           R"({"customer":{"name":"Ada","address":{"city":"Bergen","zip":"0150"}}})")
                                    << lines(R"(
~ /customer
  ~ /customer/address
    ~ /customer/address/city: "Oslo" → "Bergen")");
    QTest::addRow("object: container added below")
        << QByteArray(R"({"customer":{"name":"Ada"}})")
        << QByteArray(R"({"customer":{"name":"Ada","children":[{"name":"Bo","birthDate":"2019-04-02"}]}})") << lines(R"(
~ /customer
  + /customer/children: [{"name":"Bo","birthDate":"2019-04-02"}])");

    // Arrays of scalars
    QTest::addRow("scalars: insert in the middle")
        << QByteArray(R"({"values":[1,2,3,4,5]})") << QByteArray(R"({"values":[1,2,9,3,4,5]})") << lines(R"(
~ /values
  + /values/2: 9)");
    QTest::addRow("scalars: insert at the front")
        << QByteArray(R"({"values":[1,2,3]})") << QByteArray(R"({"values":[0,1,2,3]})") << lines(R"(
~ /values
  + /values/0: 0)");
    QTest::addRow("scalars: append") << QByteArray(R"({"values":[1,2]})") << QByteArray(R"({"values":[1,2,3,4]})")
                                     << lines(R"(
~ /values
  + /values/2: 3
  + /values/3: 4)");
    QTest::addRow("scalars: delete in the middle")
        << QByteArray(R"({"values":[1,2,3,4,5]})") << QByteArray(R"({"values":[1,2,4,5]})") << lines(R"(
~ /values
  - /values/2: 3)");
    QTest::addRow("scalars: delete every other")
        << QByteArray(R"({"values":[1,2,3,4,5,6]})") << QByteArray(R"({"values":[2,4,6]})") << lines(R"(
~ /values
  - /values/0: 1
  - /values/2: 3
  - /values/4: 5)");
    QTest::addRow("scalars: change in place")
        << QByteArray(R"({"values":[1,2,3]})") << QByteArray(R"({"values":[1,5,3]})") << lines(R"(
~ /values
  ~ /values/1: 2 → 5)");
    QTest::addRow("scalars: insert and delete")
        << QByteArray(R"({"values":[1,2,3,4]})") << QByteArray(R"({"values":[1,9,2,4]})") << lines(R"(
~ /values
  + /values/1: 9
  - /values/2: 3)");
    QTest::addRow("scalars: 2.0 aligns with 2, -1.0 with -1")
        << QByteArray(R"({"values":[-1,2]})") << QByteArray(R"({"values":[0,-1.0,2.0]})") << lines(R"(
~ /values
  + /values/0: 0)");
    QTest::addRow("scalars: reorder") << QByteArray(R"({"values":[1,2,3]})") << QByteArray(R"({"values":[3,1,2]})")
                                      << lines(R"(
~ /values
  + /values/0: 3
  - /values/2: 3)");

    // Arrays of objects with an id-like key
    QTest::addRow("ids: insert") << QByteArray(R"({"lines":[{"id":1,"qty":1},{"id":2,"qty":1}]})")
                                 << QByteArray(R"({"lines":[{"id":1,"qty":1},{"id":3,"qty":5},{"id":2,"qty":1}]})")
                                 << lines(R"(
~ /lines
  + /lines/1: {"id":3,"qty":5})");
    QTest::addRow("ids: delete") << QByteArray(R"({"lines":[{"id":1,"qty":1},{"id":2,"qty":1}]})")
                                 << QByteArray(R"({"lines":[{"id":2,"qty":1}]})") << lines(R"(
~ /lines
  - /lines/0: {"id":1,"qty":1})");
    QTest::addRow("ids: modify one") << QByteArray(R"({"lines":[{"id":1,"qty":1},{"id":2,"qty":1}]})")
                                     << QByteArray(R"({"lines":[{"id":1,"qty":1},{"id":2,"qty":4}]})") << lines(R"(
~ /lines
  ~ /lines/1
    ~ /lines/1/qty: 1 → 4)");
    QTest::addRow("ids: delete one, modify the next (new index)")
        << QByteArray(R"({"lines":[{"id":1,"qty":1},{"id":2,"qty":1}]})")
        << QByteArray(R"({"lines":[{"id":2,"qty":4}]})") << lines(R"(
~ /lines
  - /lines/0: {"id":1,"qty":1}
  ~ /lines/0
    ~ /lines/0/qty: 1 → 4)");
    QTest::addRow("ids: reorder") << QByteArray(R"({"lines":[{"id":"a"},{"id":"b"},{"id":"c"}]})")
                                  << QByteArray(R"({"lines":[{"id":"c"},{"id":"a"},{"id":"b"}]})") << lines(R"(
~ /lines
  + /lines/0: {"id":"c"}
  - /lines/2: {"id":"c"})");
    QTest::addRow("ids: swap and modify") << QByteArray(R"({"lines":[{"id":1,"v":1},{"id":2,"v":1}]})")
                                          << QByteArray(R"({"lines":[{"id":2,"v":2},{"id":1,"v":1}]})") << lines(R"(
~ /lines
  + /lines/0: {"id":2,"v":2}
  - /lines/1: {"id":2,"v":1})");
    QTest::addRow("ids: id wins over *Id")
        << QByteArray(R"({"items":[{"accountId":"x","id":1},{"accountId":"y","id":2}]})")
        << QByteArray(R"({"items":[{"accountId":"y","id":1},{"accountId":"x","id":2}]})") << lines(R"(
~ /items
  ~ /items/0
    ~ /items/0/accountId: "x" → "y"
  ~ /items/1
    ~ /items/1/accountId: "y" → "x")");
    QTest::addRow("ids: orderId")
        << QByteArray(R"({"orders":[{"orderId":"o1","status":"new"}]})")
        << QByteArray(R"({"orders":[{"orderId":"o0","status":"new"},{"orderId":"o1","status":"paid"}]})") << lines(R"(
~ /orders
  + /orders/0: {"orderId":"o0","status":"new"}
  ~ /orders/1
    ~ /orders/1/status: "new" → "paid")");
    QTest::addRow("ids: event_id") << QByteArray(R"({"log":[{"event_id":7,"type":"A"}]})")
                                   << QByteArray(R"({"log":[{"event_id":8,"type":"A"},{"event_id":7,"type":"B"}]})")
                                   << lines(R"(
~ /log
  + /log/0: {"event_id":8,"type":"A"}
  ~ /log/1
    ~ /log/1/type: "A" → "B")");
    QTest::addRow("ids: sku wins over name")
        << QByteArray(R"({"items":[{"sku":"A","name":"Pen"}]})")
        << QByteArray(R"({"items":[{"sku":"B","name":"Pen"},{"sku":"A","name":"Ink pen"}]})") << lines(R"(
~ /items
  + /items/0: {"sku":"B","name":"Pen"}
  ~ /items/1
    ~ /items/1/name: "Pen" → "Ink pen")");
    QTest::addRow("ids: key") << QByteArray(R"({"flags":[{"key":"dark","on":true}]})")
                              << QByteArray(R"({"flags":[{"key":"beta","on":true},{"key":"dark","on":false}]})")
                              << lines(R"(
~ /flags
  + /flags/0: {"key":"beta","on":true}
  ~ /flags/1
    ~ /flags/1/on: true → false)");
    QTest::addRow("ids: name") << QByteArray(R"({"people":[{"name":"Ada","age":36}]})")
                               << QByteArray(R"({"people":[{"name":"Bo","age":5},{"name":"Ada","age":37}]})")
                               << lines(R"(
~ /people
  + /people/0: {"name":"Bo","age":5}
  ~ /people/1
    ~ /people/1/age: 36 → 37)");
    QTest::addRow("ids: repeated, so by sequence") << QByteArray(R"({"items":[{"id":1,"v":1},{"id":1,"v":2}]})")
                                                   << QByteArray(R"({"items":[{"id":1,"v":2}]})") << lines(R"(
~ /items
  - /items/0: {"id":1,"v":1})");
    QTest::addRow("ids: missing in one element, so by sequence")
        << QByteArray(R"({"items":[{"id":1,"v":1},{"v":2}]})") << QByteArray(R"({"items":[{"id":1,"v":1},{"v":3}]})")
        << lines(R"(
~ /items
  ~ /items/1
    ~ /items/1/v: 2 → 3)");

    // Arrays of objects without ids
    QTest::addRow("no ids: modify one") << QByteArray(R"({"list":[{"a":1},{"b":2}]})")
                                        << QByteArray(R"({"list":[{"a":1},{"b":3}]})") << lines(R"(
~ /list
  ~ /list/1
    ~ /list/1/b: 2 → 3)");
    QTest::addRow("no ids: insert in the middle") << QByteArray(R"({"list":[{"a":1},{"b":2}]})")
                                                  << QByteArray(R"({"list":[{"a":1},{"x":0},{"b":2}]})") << lines(R"(
~ /list
  + /list/1: {"x":0})");
    QTest::addRow("no ids: key order inside elements does not hide a match")
        << QByteArray(R"({"list":[{"a":1,"b":2}]})") << QByteArray(R"({"list":[{"x":0},{"b":2,"a":1}]})") << lines(R"(
~ /list
  + /list/0: {"x":0})");
    QTest::addRow("no ids: delete") << QByteArray(R"({"list":[{"a":1},{"b":2},{"c":3}]})")
                                    << QByteArray(R"({"list":[{"a":1},{"c":3}]})") << lines(R"(
~ /list
  - /list/1: {"b":2})");
    QTest::addRow("no ids: replaced ones pair up in place")
        << QByteArray(R"({"list":[{"a":1},{"b":2},{"c":3},{"d":4}]})")
        << QByteArray(R"({"list":[{"a":1},{"b":5},{"d":4}]})") << lines(R"(
~ /list
  ~ /list/1
    ~ /list/1/b: 2 → 5
  - /list/2: {"c":3})");

    // Type changes
    QTest::addRow("type: object to array")
        << QByteArray(R"({"v":{"a":1}})") << QByteArray(R"({"v":[1]})") << lines(R"(~ /v: {"a":1} → [1])");
    QTest::addRow("type: number to string")
        << QByteArray(R"({"v":1})") << QByteArray(R"({"v":"1"})") << lines(R"(~ /v: 1 → "1")");
    QTest::addRow("type: boolean to number")
        << QByteArray(R"({"v":true})") << QByteArray(R"({"v":1})") << lines(R"(~ /v: true → 1)");
    QTest::addRow("type: array element") << QByteArray(R"({"v":[1,"x",3]})") << QByteArray(R"({"v":[1,{"x":2},3]})")
                                         << lines(R"(
~ /v
  ~ /v/1: "x" → {"x":2})");
    QTest::addRow("type: large unsigned is not -1")
        << QByteArray(R"({"v":18446744073709551615})") << QByteArray(R"({"v":-1})")
        << lines("~ /v: 18446744073709551615 → -1");
    QTest::addRow("type: scalar root") << QByteArray("1") << QByteArray(R"("1")") << lines(R"(~ (root): 1 → "1")");
    QTest::addRow("type: object root to array")
        << QByteArray(R"({"a":1})") << QByteArray("[1]") << lines(R"(~ (root): {"a":1} → [1])");

    // Nulls
    QTest::addRow("null: to value") << QByteArray(R"({"v":null})") << QByteArray(R"({"v":{"a":1}})")
                                    << lines(R"(~ /v: null → {"a":1})");
    QTest::addRow("null: from value") << QByteArray(R"({"v":[1]})") << QByteArray(R"({"v":null})")
                                      << lines(R"(~ /v: [1] → null)");
    QTest::addRow("null: key added") << QByteArray("{}") << QByteArray(R"({"v":null})") << lines("+ /v: null");
    QTest::addRow("null: key removed") << QByteArray(R"({"v":null})") << QByteArray("{}") << lines("- /v: null");
    QTest::addRow("null: in arrays") << QByteArray(R"({"v":[null,1,null]})") << QByteArray(R"({"v":[null,null]})")
                                     << lines(R"(
~ /v
  - /v/1: 1)");

    // Empty containers
    QTest::addRow("empty: object added") << QByteArray("{}") << QByteArray(R"({"a":{}})") << lines("+ /a: {}");
    QTest::addRow("empty: array filled") << QByteArray(R"({"a":[]})") << QByteArray(R"({"a":[1]})") << lines(R"(
~ /a
  + /a/0: 1)");
    QTest::addRow("empty: array emptied") << QByteArray(R"({"a":[1,2]})") << QByteArray(R"({"a":[]})") << lines(R"(
~ /a
  - /a/0: 1
  - /a/1: 2)");
    QTest::addRow("empty: object to array")
        << QByteArray(R"({"a":{}})") << QByteArray(R"({"a":[]})") << lines("~ /a: {} → []");
    QTest::addRow("empty: root filled") << QByteArray("{}") << QByteArray(R"({"a":1})") << lines("+ /a: 1");
    QTest::addRow("empty: both roots") << QByteArray("{}") << QByteArray("{}") << QStringList();
    QTest::addRow("empty: root arrays") << QByteArray("[]") << QByteArray("[]") << QStringList();

    // What is not a change
    QTest::addRow("same: identical documents") << QByteArray(R"({"a":[1,{"b":null}],"c":{"d":"e"}})")
                                               << QByteArray(R"({"a":[1,{"b":null}],"c":{"d":"e"}})") << QStringList();
    QTest::addRow("same: 1 and 1.0") << QByteArray(R"({"a":1,"b":[2,-0.0]})") << QByteArray(R"({"a":1.0,"b":[2.0,0]})")
                                     << QStringList();
    QTest::addRow("same: key order") << QByteArray(R"({"a":1,"b":{"c":1,"d":2},"e":[{"f":1,"g":2}]})")
                                     << QByteArray(R"({"e":[{"g":2,"f":1}],"b":{"d":2,"c":1},"a":1})") << QStringList();
}

void TestJsonDiff::describeAndPatch()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, expected);

    const Json beforeJson = json(before.constData());
    const Json afterJson = json(after.constData());
    QCOMPARE(describeDiff(diffJson(beforeJson, afterJson)), expected);
    const QString problem = checkDiff(beforeJson, afterJson);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestJsonDiff::identicalDocuments()
{
    const Json state = json(R"({"name":"Ada","tags":["a","b"],"address":{"city":"Oslo"},"none":{}})");
    const DiffNode diff = diffJson(state, state);
    QCOMPARE(diff.kind, DiffKind::Unchanged);
    QVERIFY(!diff.hasChanges());
    QCOMPARE(dump(toJsonPatch(diff)), QStringLiteral("[]"));
    QCOMPARE(describeDiff(diff), QStringList());
    QCOMPARE(describeDiff(diff, true), lines(R"(
  /name: "Ada"
  /tags
    /tags/0: "a"
    /tags/1: "b"
  /address
    /address/city: "Oslo"
  /none: {})"));
}

void TestJsonDiff::describeWithUnchanged()
{
    // Children follow `after`'s key order; the removed key follows the key it followed in `before`.
    const Json before
        = json(R"({"name":"Ada","balanceCents":1200,"nickname":"A","tags":["a"],"address":{"city":"Oslo"}})");
    const Json after = json(R"({"balanceCents":1500,"name":"Ada","address":{"city":"Oslo"},"tags":["a","b"]})");
    const DiffNode diff = diffJson(before, after);
    QCOMPARE(describeDiff(diff, true), lines(R"(
~ /balanceCents: 1200 → 1500
- /nickname: "A"
  /name: "Ada"
  /address
    /address/city: "Oslo"
~ /tags
    /tags/0: "a"
  + /tags/1: "b")"));
    QCOMPARE(describeDiff(diff), lines(R"(
~ /balanceCents: 1200 → 1500
- /nickname: "A"
~ /tags
  + /tags/1: "b")"));
}

void TestJsonDiff::treeNodes()
{
    const Json before = json(R"({"a":1,"gone":[1],"list":[{"id":1,"v":1}]})");
    const Json after = json(R"({"a":2,"list":[{"id":1,"v":1.0},{"id":2}],"new":"x"})");
    const DiffNode root = diffJson(before, after);
    QCOMPARE(root.kind, DiffKind::Modified);
    QVERIFY(root.key.empty());
    QVERIFY(root.pointer.empty());
    QCOMPARE(root.children.size(), 4u);

    const DiffNode& a = root.children[0];
    QCOMPARE(QString::fromStdString(a.key), QStringLiteral("a"));
    QCOMPARE(QString::fromStdString(a.pointer), QStringLiteral("/a"));
    QCOMPARE(a.kind, DiffKind::Changed);
    QCOMPARE(dump(a.oldValue), QStringLiteral("1"));
    QCOMPARE(dump(a.newValue), QStringLiteral("2"));

    const DiffNode& gone = root.children[1];
    QCOMPARE(gone.kind, DiffKind::Removed);
    QCOMPARE(dump(gone.oldValue), QStringLiteral("[1]"));
    QVERIFY(gone.newValue.is_null());
    QVERIFY(gone.children.empty());

    const DiffNode& list = root.children[2];
    QCOMPARE(list.kind, DiffKind::Modified);
    QVERIFY(list.oldValue.is_null() && list.newValue.is_null());
    QCOMPARE(list.children.size(), 2u);
    const DiffNode& kept = list.children[0];
    QCOMPARE(kept.kind, DiffKind::Unchanged);
    QCOMPARE(QString::fromStdString(kept.key), QStringLiteral("0"));
    QCOMPARE(kept.children.size(), 2u);
    // Equal by value, but each side keeps what it wrote.
    QCOMPARE(dump(kept.children[1].oldValue), QStringLiteral("1"));
    QCOMPARE(dump(kept.children[1].newValue), QStringLiteral("1.0"));
    QCOMPARE(list.children[1].kind, DiffKind::Added);
    QCOMPARE(QString::fromStdString(list.children[1].pointer), QStringLiteral("/list/1"));

    const DiffNode& added = root.children[3];
    QCOMPARE(added.kind, DiffKind::Added);
    QCOMPARE(dump(added.newValue), QStringLiteral("\"x\""));
    QVERIFY(added.oldValue.is_null());

    QCOMPARE(dump(toJsonPatch(root)),
        QStringLiteral(R"([{"op":"remove","path":"/gone"},{"op":"add","path":"/new","value":"x"},)"
                       R"({"op":"replace","path":"/a","value":2},{"op":"add","path":"/list/1","value":{"id":2}}])"));
}

void TestJsonDiff::pruneUnchanged()
{
    const Json before = json(R"({"a":1,"b":{"c":[1,2,3],"d":{"e":1}},"f":[{"id":1,"g":1},{"id":2,"g":2}]})");
    const Json after = json(R"({"a":1,"b":{"c":[1,2,4],"d":{"e":1}},"f":[{"id":1,"g":1},{"id":2,"g":3}]})");
    DiffOptions options;
    options.keepUnchanged = false;
    const DiffNode diff = diffJson(before, after, options);
    int nodes = 0;
    forEachNode(diff, [&](const DiffNode& node) {
        ++nodes;
        QVERIFY(node.hasChanges());
    });
    QCOMPARE(nodes, 7); // root, b, b/c, b/c/2, f, f/1, f/1/g

    const DiffNode same = diffJson(before, before, options);
    QCOMPARE(same.kind, DiffKind::Unchanged);
    QVERIFY(same.children.empty());
    QCOMPARE(describeDiff(same, true), QStringList());
}

void TestJsonDiff::matchByKeyCanBeTurnedOff()
{
    const Json before = json(R"({"lines":[{"id":1,"qty":1},{"id":2,"qty":1}]})");
    const Json after = json(R"({"lines":[{"id":2,"qty":4}]})");
    DiffOptions options;
    options.matchArraysByKey = false;
    // Without identity nothing is equal, so the first elements pair up in place.
    QCOMPARE(describeDiff(diffJson(before, after, options)), lines(R"(
~ /lines
  ~ /lines/0
    ~ /lines/0/id: 1 → 2
    ~ /lines/0/qty: 1 → 4
  - /lines/1: {"id":2,"qty":1})"));
}

void TestJsonDiff::pointerEscaping()
{
    const Json before = json(R"({"a/b":1,"m~n":{"~1":[0]},"":{"/":true},"ключ/ü":"x"})");
    const Json after = json(R"({"a/b":2,"m~n":{"~1":[0,1]},"":{"/":false},"ключ/ü":"y","~":null})");
    const DiffNode diff = diffJson(before, after);
    QCOMPARE(describeDiff(diff), lines(R"(
~ /a~1b: 1 → 2
~ /m~0n
  ~ /m~0n/~01
    + /m~0n/~01/1: 1
~ /
  ~ //~1: true → false
~ /ключ~1ü: "x" → "y"
+ /~0: null)"));
    QCOMPARE(QString::fromStdString(diff.children[1].children[0].key), QStringLiteral("~1"));
    QCOMPARE(QString::fromStdString(diff.children[2].key), QStringLiteral(""));
    const QString problem = checkDiff(before, after);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestJsonDiff::longValuesAreCut()
{
    const std::string text(200, 'x');
    const DiffNode diff = diffJson(json("{}"), Json { { "long", text }, { "short", std::string(118, 'y') } });
    const QStringList described = describeDiff(diff);
    QCOMPARE(described.size(), 2);
    // 200 x plus two quotes, cut to 119 characters and an ellipsis
    QCOMPARE(described[0], QStringLiteral("+ /long: \"") + QString(118, u'x') + QChar(0x2026));
    QCOMPARE(described[1], QStringLiteral("+ /short: \"") + QString(118, u'y') + u'"');

    // A cut never splits a character outside the BMP (two UTF-16 units).
    std::string smileys;
    for (int i = 0; i < 100; ++i)
        smileys += "\xF0\x9F\x98\x80"; // U+1F600
    const QString cut = describeDiff(diffJson(json("{}"), Json { { "s", smileys } })).constFirst();
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QVERIFY(!cut.at(cut.size() - 2).isHighSurrogate());
}

void TestJsonDiff::largeArrays()
{
    // Two insertions far apart in a long array: matched as such, not as thousands of changes.
    Json before = Json::array();
    for (int i = 0; i < 4000; ++i)
        before.push_back(i);
    Json after = before;
    after.insert(after.begin() + 3900, -2);
    after.insert(after.begin() + 100, -1);
    after.erase(after.begin() + 2000);
    QCOMPARE(describeDiff(diffJson(before, after)), lines(R"(
+ /100: -1
- /1999: 1999
+ /3900: -2)"));

    // Past 5,000 × 5,000 differing elements the subsequence is skipped: reversed, every
    // element pairs with the one at its index.
    Json reversed = Json::array();
    for (int i = 0; i < 6000; ++i)
        reversed.push_back(i);
    Json forward = reversed;
    std::reverse(reversed.begin(), reversed.end());
    const DiffNode diff = diffJson(forward, reversed);
    QCOMPARE(diff.children.size(), 6000u);
    QCOMPARE(describeDiff(diff).constFirst(), QStringLiteral("~ /0: 0 → 5999"));
    QVERIFY(sameJson(forward.patch(toJsonPatch(diff)), reversed));
}

void TestJsonDiff::longestCommonSubsequence()
{
    // Equal elements stay Unchanged exactly as often as a longest common subsequence allows:
    // no fewer (the matcher is optimal), no more (gaps pair only unequal elements).
    QRandomGenerator random(11);
    for (int round = 0; round < 500; ++round) {
        const int alphabet = 1 + int(random.bounded(5));
        Json before = Json::array();
        Json after = Json::array();
        for (int i = int(random.bounded(40)); i > 0; --i)
            before.push_back(int(random.bounded(alphabet)));
        for (int i = int(random.bounded(40)); i > 0; --i)
            after.push_back(int(random.bounded(alphabet)));

        std::vector<std::vector<int>> lcs(before.size() + 1, std::vector<int>(after.size() + 1));
        for (std::size_t i = before.size(); i-- > 0;) {
            for (std::size_t j = after.size(); j-- > 0;)
                lcs[i][j] = before[i] == after[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
        const DiffNode diff = diffJson(before, after);
        const auto unchanged = std::count_if(diff.children.begin(), diff.children.end(),
            [](const DiffNode& child) { return child.kind == DiffKind::Unchanged; });
        QVERIFY2(unchanged == lcs[0][0], qPrintable(dump(before) + u" → " + dump(after)));
    }
}

void TestJsonDiff::randomRoundTrip()
{
    // Pairs of a document and an edit of it, plus some unrelated pairs.
    for (quint32 seed = 1; seed <= 3000; ++seed) {
        RandomJson random(seed);
        const Json before = random.value(0);
        const Json after = seed % 10 == 0 ? random.value(0) : random.mutate(before, 0);
        const QString problem = checkDiff(before, after);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(problem)));
    }
    // Deeper, larger states: objects of entity lists.
    for (quint32 seed = 1; seed <= 300; ++seed) {
        RandomJson random(seed * 7919);
        Json before = Json::object();
        for (const char* key : { "customers", "orders", "ledger", "settings" })
            before[key] = random.value(1);
        Json after = before;
        for (int edits = 0; edits < 4; ++edits)
            after = random.mutate(after, 0);
        const QString problem = checkDiff(before, after);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed * 7919).arg(problem)));
    }
}

void TestJsonDiff::benchmarkDiff10kValues()
{
    const Json before = bankState(530, 0);
    const Json after = bankState(530, 1);
    QVERIFY(countValues(before) > 9'500 && countValues(before) < 11'000);
    DiffNode diff;
    QBENCHMARK
    {
        diff = diffJson(before, after);
    }
    QCOMPARE(diff.kind, DiffKind::Modified);
    QVERIFY(sameJson(before.patch(toJsonPatch(diff)), after));
}

QTEST_GUILESS_MAIN(TestJsonDiff)

#include "tst_jsondiff.moc"
