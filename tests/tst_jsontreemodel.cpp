// SPDX-License-Identifier: MIT
// The JSON tree model: golden dumps of a state and of a diff, JSON pointers and value roles
// checked against the documents for every node, search, and the build time of a large state.

#include "itemmodels/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <functional>
#include <memory>

using namespace Chronoscope;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

Json json(const char* text)
{
    return Json::parse(text);
}

QString dump(const Json& value)
{
    return QString::fromStdString(value.dump());
}

QStringList lines(const char* text)
{
    return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
}

QString kindName(int kind)
{
    switch (static_cast<DiffKind>(kind)) {
    case DiffKind::Unchanged:
        return QStringLiteral("Unchanged");
    case DiffKind::Added:
        return QStringLiteral("Added");
    case DiffKind::Removed:
        return QStringLiteral("Removed");
    case DiffKind::Changed:
        return QStringLiteral("Changed");
    case DiffKind::Modified:
        return QStringLiteral("Modified");
    }
    return QStringLiteral("?");
}

/// Every Key-column index of the model, parents before children.
void forEachNode(const QAbstractItemModel& model, const std::function<void(const QModelIndex&, int depth)>& visit,
    const QModelIndex& parent = {}, int depth = 0)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::Key, parent);
        visit(index, depth);
        forEachNode(model, visit, index, depth + 1);
    }
}

/// "key | value | type" per row, two spaces of indent per level; diffs add "| kind".
QStringList dumpModel(const JsonTreeModel& model, bool withKind = false)
{
    QStringList dump;
    forEachNode(model, [&](const QModelIndex& index, int depth) {
        QString line = QString(2 * qsizetype(depth), u' ')
            + index.data().toString() % u" | " % index.siblingAtColumn(JsonTreeModel::Value).data().toString() % u" | "
                % index.siblingAtColumn(JsonTreeModel::Type).data().toString();
        if (withKind)
            line += u" | " % kindName(index.data(JsonTreeModel::DiffKindRole).toInt());
        dump.append(line);
    });
    return dump;
}

/// A value role parsed and dumped again, to compare with dump() of the expected value.
QString reparsed(const QModelIndex& index, int role)
{
    return dump(Json::parse(index.data(role).toString().toStdString()));
}

Json::json_pointer pointerOf(const QModelIndex& index)
{
    return Json::json_pointer(index.data(JsonTreeModel::JsonPointerRole).toString().toStdString());
}

const char* const kState = R"({
    "id": "family-1",
    "name": "Ada & Bo",
    "balanceCents": 1200,
    "rate": 0.25,
    "active": true,
    "closedAt": null,
    "address": { "street": "Main St 1", "city": "Zürich" },
    "children": [ { "name": "Ada", "age": 7 }, { "name": "Bo", "age": 4 } ],
    "tags": [],
    "meta": {},
    "a/b": { "c~d": 1, "~1": "tilde one", "": "empty key", "0": "not an index" },
    "matrix": [ [1, 2.5e-3], ["x"] ]
})";

const char* const kBefore = R"({
    "id": "family-1",
    "balanceCents": 1200,
    "status": "active",
    "address": { "street": "Main St 1", "city": "Bern" },
    "children": [ { "name": "Ada" } ],
    "legacy": { "flag": true, "notes": ["a"] },
    "items": [ { "id": 1, "qty": 1 }, { "id": 2, "qty": 1 } ],
    "limits": [100, 200],
    "kind": 5,
    "x/y~z": 1
})";

const char* const kAfter = R"({
    "id": "family-1",
    "balanceCents": 1500,
    "address": { "street": "Main St 1", "city": "Zürich", "zip": "8000" },
    "children": [ { "name": "Ada" }, { "name": "Bo", "birthDate": "2019-04-02" } ],
    "items": [ { "id": 1, "qty": 3 }, { "id": 3, "qty": 1 } ],
    "limits": [100, 250],
    "kind": "premium",
    "x/y~z": 2,
    "tags": ["new"]
})";

/// About 100k nodes: 10k accounts of 10 nodes each.
Json largeState()
{
    Json accounts = Json::array();
    for (int i = 0; i < 10'000; ++i) {
        Json account = Json::object();
        account["id"] = "account-" + std::to_string(i);
        account["owner"] = "owner " + std::to_string(i % 97);
        account["balanceCents"] = i * 37;
        account["open"] = i % 3 != 0;
        account["tags"] = Json::array({ "retail", "eu" });
        account["limits"] = Json::object({ { "daily", 1000 }, { "monthly", 20000 } });
        accounts.push_back(std::move(account));
    }
    return Json::object({ { "accounts", std::move(accounts) } });
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stateGolden();
    void diffGolden();
    void rootRows();
    void pointerRoundTrip_data();
    void pointerRoundTrip();
    void invalidPointers();
    void valueRoles();
    void prunedDiff();
    void search();
    void buildLargeState_data();
    void buildLargeState();
};

void TestJsonTreeModel::stateGolden()
{
    JsonTreeModel model;
    Tester tester(&model, kQtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(JsonTreeModel::NumColumns));
    QCOMPARE(model.headerData(JsonTreeModel::Key, Qt::Horizontal).toString(), QStringLiteral("Key"));
    QCOMPARE(model.headerData(JsonTreeModel::Value, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QCOMPARE(model.headerData(JsonTreeModel::Type, Qt::Horizontal).toString(), QStringLiteral("Type"));

    model.setJson(json(kState));
    QVERIFY(!model.isDiff());
    const QStringList expected = lines(R"(
id | "family-1" | string
name | "Ada & Bo" | string
balanceCents | 1200 | number
rate | 0.25 | number
active | true | boolean
closedAt | null | null
address | {2 keys} | object
  street | "Main St 1" | string
  city | "Zürich" | string
children | [2 items] | array
  [0] | {2 keys} | object
    name | "Ada" | string
    age | 7 | number
  [1] | {2 keys} | object
    name | "Bo" | string
    age | 4 | number
tags | [] | array
meta | {} | object
a/b | {4 keys} | object
  c~d | 1 | number
  ~1 | "tilde one" | string
   | "empty key" | string
  0 | "not an index" | string
matrix | [2 items] | array
  [0] | [2 items] | array
    [0] | 1 | number
    [1] | 0.0025 | number
  [1] | [1 item] | array
    [0] | "x" | string
)");
    QCOMPARE(dumpModel(model), expected);
    QCOMPARE(model.nodeCount(), expected.size());

    const QModelIndex children = model.indexForPointer(QStringLiteral("/children"));
    QCOMPARE(children.data(JsonTreeModel::DiffKindRole).toInt(), int(DiffKind::Unchanged));
    QCOMPARE(children.data(JsonTreeModel::IsContainerRole).toBool(), true);
    QCOMPARE(children.data(JsonTreeModel::ValueJsonRole).toString(),
        QStringLiteral(R"([{"name":"Ada","age":7},{"name":"Bo","age":4}])"));
    QCOMPARE(model.indexForPointer(QStringLiteral("/tags")).data(JsonTreeModel::IsContainerRole).toBool(), true);
    QCOMPARE(model.indexForPointer(QStringLiteral("/id")).data(JsonTreeModel::IsContainerRole).toBool(), false);
    QCOMPARE(
        model.flags(model.indexForPointer(QStringLiteral("/id"))) & Qt::ItemNeverHasChildren, Qt::ItemNeverHasChildren);

    QCOMPARE(model.expandablePointers(),
        QStringList({ QStringLiteral("/address"), QStringLiteral("/children"), QStringLiteral("/children/0"),
            QStringLiteral("/children/1"), QStringLiteral("/a~1b"), QStringLiteral("/matrix"),
            QStringLiteral("/matrix/0"), QStringLiteral("/matrix/1") }));

    // Long strings are cut for the cell, never in the value roles.
    model.setJson(Json::object({ { "long", std::string(5000, 'x') } }));
    const QModelIndex longValue = model.index(0, JsonTreeModel::Value);
    QCOMPARE(longValue.data().toString().size(), 256);
    QVERIFY(longValue.data().toString().startsWith(u"\"xxx"));
    QVERIFY(longValue.data().toString().endsWith(QChar(0x2026)));
    QCOMPARE(longValue.data(JsonTreeModel::ValueJsonRole).toString().size(), 5002);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.nodeCount(), 0);
}

void TestJsonTreeModel::diffGolden()
{
    JsonTreeModel model;
    Tester tester(&model, kQtTest);
    model.setDiff(diffJson(json(kBefore), json(kAfter)));
    QVERIFY(model.isDiff());
    const QStringList expected = lines(R"(
id | "family-1" | string | Unchanged
balanceCents | 1200 → 1500 | number | Changed
status | "active" | string | Removed
address | 1 changed, 1 added | object | Modified
  street | "Main St 1" | string | Unchanged
  city | "Bern" → "Zürich" | string | Changed
  zip | "8000" | string | Added
children | 1 added | array | Modified
  [0] | {1 key} | object | Unchanged
    name | "Ada" | string | Unchanged
  [1] | {2 keys} | object | Added
    name | "Bo" | string | Added
    birthDate | "2019-04-02" | string | Added
legacy | {2 keys} | object | Removed
  flag | true | boolean | Removed
  notes | [1 item] | array | Removed
    [0] | "a" | string | Removed
items | 1 changed, 1 added, 1 removed | array | Modified
  [0] | 1 changed | object | Modified
    id | 1 | number | Unchanged
    qty | 1 → 3 | number | Changed
  [1] | {2 keys} | object | Removed
    id | 2 | number | Removed
    qty | 1 | number | Removed
  [1] | {2 keys} | object | Added
    id | 3 | number | Added
    qty | 1 | number | Added
limits | 1 changed | array | Modified
  [0] | 100 | number | Unchanged
  [1] | 200 → 250 | number | Changed
kind | 5 → "premium" | number → string | Changed
x/y~z | 1 → 2 | number | Changed
tags | [1 item] | array | Added
  [0] | "new" | string | Added
)");
    QCOMPARE(dumpModel(model, true), expected);
    QCOMPARE(model.nodeCount(), expected.size());

    // The model's view of a diff agrees with describeDiff() on what changed where.
    const DiffNode diff = diffJson(json(kBefore), json(kAfter));
    QCOMPARE(model.indexForPointer(QStringLiteral("/x~1y~0z")).data(JsonTreeModel::DiffKindRole).toInt(),
        int(DiffKind::Changed));
    for (const DiffNode& child : diff.children) {
        const QModelIndex index = model.indexForPointer(QString::fromStdString(child.pointer));
        QVERIFY2(index.isValid(), child.pointer.c_str());
        QCOMPARE(index.data(JsonTreeModel::DiffKindRole).toInt(), int(child.kind));
    }

    const QModelIndex kind = model.indexForPointer(QStringLiteral("/kind"));
    QCOMPARE(kind.data(JsonTreeModel::OldValueJsonRole).toString(), QStringLiteral("5"));
    QCOMPARE(kind.data(JsonTreeModel::NewValueJsonRole).toString(), QStringLiteral("\"premium\""));
    QCOMPARE(kind.data(JsonTreeModel::ValueJsonRole).toString(), QStringLiteral("\"premium\""));
    QCOMPARE(kind.data(JsonTreeModel::IsContainerRole).toBool(), false);

    const QModelIndex legacy = model.indexForPointer(QStringLiteral("/legacy"));
    QCOMPARE(legacy.data(JsonTreeModel::ValueJsonRole).toString(), QStringLiteral(R"({"flag":true,"notes":["a"]})"));
    QVERIFY(!legacy.data(JsonTreeModel::NewValueJsonRole).isValid());
    QCOMPARE(legacy.data(JsonTreeModel::IsContainerRole).toBool(), true);
    const QModelIndex tags = model.indexForPointer(QStringLiteral("/tags"));
    QVERIFY(!tags.data(JsonTreeModel::OldValueJsonRole).isValid());

    // Modified containers are rebuilt from their children, side by side.
    const QModelIndex address = model.indexForPointer(QStringLiteral("/address"));
    QCOMPARE(address.data(JsonTreeModel::OldValueJsonRole).toString(),
        QStringLiteral(R"({"street":"Main St 1","city":"Bern"})"));
    QCOMPARE(address.data(JsonTreeModel::NewValueJsonRole).toString(),
        QStringLiteral(R"({"street":"Main St 1","city":"Zürich","zip":"8000"})"));
    QCOMPARE(address.data(JsonTreeModel::IsContainerRole).toBool(), true);

    // A state after a diff shows no diff kinds.
    model.setJson(json(kAfter));
    QVERIFY(!model.isDiff());
    forEachNode(model, [&](const QModelIndex& index, int) {
        QCOMPARE(index.data(JsonTreeModel::DiffKindRole).toInt(), int(DiffKind::Unchanged));
    });
}

void TestJsonTreeModel::rootRows()
{
    JsonTreeModel model;
    Tester tester(&model, kQtTest);

    model.setJson(Json(42));
    QCOMPARE(dumpModel(model), QStringList { QStringLiteral("(root) | 42 | number") });
    QCOMPARE(model.index(0, 0).data(JsonTreeModel::JsonPointerRole).toString(), QString());
    QCOMPARE(model.indexForPointer(QString()), model.index(0, 0));
    QVERIFY(!model.indexForPointer(QStringLiteral("/0")).isValid());

    model.setJson(Json::object());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexForPointer(QString()).isValid());

    // A top-level array: its elements are the rows.
    model.setJson(json(R"([true, {"k": null}])"));
    QCOMPARE(dumpModel(model), lines("[0] | true | boolean\n[1] | {1 key} | object\n  k | null | null"));
    QCOMPARE(model.indexForPointer(QStringLiteral("/1/k")), model.index(0, 0, model.index(1, 0)));

    model.setDiff(diffJson(Json(1), Json("one")));
    QCOMPARE(
        dumpModel(model, true), QStringList { QStringLiteral("(root) | 1 → \"one\" | number → string | Changed") });
    QCOMPARE(model.indexForPointer(QString()), model.index(0, 0));

    // Identical documents: every node Unchanged, or nothing at all once pruned.
    model.setDiff(diffJson(json(kState), json(kState)));
    QCOMPARE(model.nodeCount(), 29);
    forEachNode(model, [&](const QModelIndex& index, int) {
        QCOMPARE(index.data(JsonTreeModel::DiffKindRole).toInt(), int(DiffKind::Unchanged));
    });
    model.setJson(json(kState));
    const QStringList stateDump = dumpModel(model);
    model.setDiff(diffJson(json(kState), json(kState)));
    QCOMPARE(dumpModel(model), stateDump);
    model.setDiff(diffJson(json(kState), json(kState), { .matchArraysByKey = true, .keepUnchanged = false }));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.nodeCount(), 0);

    // An added document shows as added members.
    model.setDiff(diffJson(Json(), json(R"({"a": [1]})")));
    QCOMPARE(
        dumpModel(model, true), QStringList { QStringLiteral("(root) | null → {1 key} | null → object | Changed") });
}

void TestJsonTreeModel::pointerRoundTrip_data()
{
    QTest::addColumn<bool>("isDiff");
    QTest::addColumn<int>("shadowed");
    QTest::addRow("state") << false << 0;
    QTest::addRow("diff") << true << 3;
}

void TestJsonTreeModel::pointerRoundTrip()
{
    QFETCH(bool, isDiff);
    QFETCH(int, shadowed);
    JsonTreeModel model;
    Tester tester(&model, kQtTest);
    if (isDiff)
        model.setDiff(diffJson(json(kBefore), json(kAfter)));
    else
        model.setJson(json(kState));

    int nodes = 0;
    int shadowedSeen = 0;
    QStringList pointers;
    forEachNode(model, [&](const QModelIndex& index, int) {
        ++nodes;
        const QString pointer = index.data(JsonTreeModel::JsonPointerRole).toString();
        pointers.append(pointer);
        const QModelIndex found = model.indexForPointer(pointer);
        if (found == index)
            return;
        // A removed element whose index a kept element now has: the pointer names the kept one.
        ++shadowedSeen;
        QCOMPARE(index.data(JsonTreeModel::DiffKindRole).toInt(), int(DiffKind::Removed));
        QCOMPARE(found.data(JsonTreeModel::JsonPointerRole).toString(), pointer);
        QCOMPARE(found.data(JsonTreeModel::DiffKindRole).toInt(), int(DiffKind::Added));
    });
    QCOMPARE(nodes, model.nodeCount());
    QCOMPARE(shadowedSeen, shadowed);
    if (isDiff) {
        QVERIFY(pointers.contains(QStringLiteral("/x~1y~0z")));
    } else {
        for (const char* escaped : { "/a~1b", "/a~1b/c~0d", "/a~1b/~01", "/a~1b/", "/a~1b/0", "/matrix/1/0" })
            QVERIFY2(pointers.contains(QString::fromUtf8(escaped)), escaped);
    }
}

void TestJsonTreeModel::invalidPointers()
{
    JsonTreeModel model;
    Tester tester(&model, kQtTest);
    model.setJson(json(kState));
    QVERIFY(!model.indexForPointer(QString()).isValid()); // the root object is not a row
    for (const char* pointer : { "id", "/nope", "/children/01", "/children/-", "/children/2", "/children/x", "/a~2b",
             "/a~", "/id/deeper", "/address/street/0", "/a/b" })
        QVERIFY2(!model.indexForPointer(QString::fromUtf8(pointer)).isValid(), pointer);
    QCOMPARE(model.indexForPointer(QStringLiteral("/children/1/age")).siblingAtColumn(JsonTreeModel::Value).data(),
        QVariant(QStringLiteral("4")));
}

void TestJsonTreeModel::valueRoles()
{
    // Every node's value roles parse back to the value at its pointer in the document.
    JsonTreeModel model;
    Tester tester(&model, kQtTest);
    const Json state = json(kState);
    model.setJson(state);
    forEachNode(model, [&](const QModelIndex& index, int) {
        const QString expected = dump(state.at(pointerOf(index)));
        QCOMPARE(reparsed(index, JsonTreeModel::ValueJsonRole), expected);
        QCOMPARE(reparsed(index, JsonTreeModel::OldValueJsonRole), expected);
        QCOMPARE(reparsed(index, JsonTreeModel::NewValueJsonRole), expected);
    });

    // In a diff, the new side against `after`, the old side against `before` (no array
    // element of these documents changed its index, so pointers fit both).
    const Json before = json(kBefore);
    const Json after = json(kAfter);
    model.setDiff(diffJson(before, after));
    int checked = 0;
    forEachNode(model, [&](const QModelIndex& index, int) {
        const auto kind = static_cast<DiffKind>(index.data(JsonTreeModel::DiffKindRole).toInt());
        const auto pointer = pointerOf(index);
        if (kind != DiffKind::Removed) {
            QCOMPARE(reparsed(index, JsonTreeModel::NewValueJsonRole), dump(after.at(pointer)));
            ++checked;
        }
        if (kind != DiffKind::Added) {
            QCOMPARE(reparsed(index, JsonTreeModel::OldValueJsonRole), dump(before.at(pointer)));
            ++checked;
        }
    });
    QCOMPARE(checked, 51);
}

void TestJsonTreeModel::prunedDiff()
{
    // Without Unchanged nodes, a Modified node's value cannot be rebuilt: none is given.
    JsonTreeModel model;
    Tester tester(&model, kQtTest);
    model.setDiff(diffJson(json(kBefore), json(kAfter), { .matchArraysByKey = true, .keepUnchanged = false }));
    QCOMPARE(dumpModel(model, true).mid(0, 6), lines(R"(
balanceCents | 1200 → 1500 | number | Changed
status | "active" | string | Removed
address | 1 changed, 1 added | object | Modified
  city | "Bern" → "Zürich" | string | Changed
  zip | "8000" | string | Added
children | 1 added | array | Modified
)"));
    const QModelIndex address = model.indexForPointer(QStringLiteral("/address"));
    QVERIFY(!address.data(JsonTreeModel::ValueJsonRole).isValid());
    QVERIFY(!address.data(JsonTreeModel::OldValueJsonRole).isValid());
    QCOMPARE(model.indexForPointer(QStringLiteral("/address/zip")).data(JsonTreeModel::ValueJsonRole).toString(),
        QStringLiteral("\"8000\""));
    // Pruned arrays keep their index keys.
    QCOMPARE(model.indexForPointer(QStringLiteral("/limits/1")).data().toString(), QStringLiteral("[1]"));
}

void TestJsonTreeModel::search()
{
    JsonTreeModel model;
    Tester tester(&model, kQtTest);
    model.setJson(json(kState));
    const auto pointers = [&](const QString& text) {
        QStringList result;
        const QModelIndexList found = model.match(text);
        for (const QModelIndex& index : found) {
            if (index.column() != JsonTreeModel::Key)
                return QStringList { QStringLiteral("column %1").arg(index.column()) };
            result.append(index.data(JsonTreeModel::JsonPointerRole).toString());
        }
        return result;
    };
    QCOMPARE(
        pointers(QStringLiteral("ADA")), QStringList({ QStringLiteral("/name"), QStringLiteral("/children/0/name") }));
    QCOMPARE(pointers(QStringLiteral("name")),
        QStringList(
            { QStringLiteral("/name"), QStringLiteral("/children/0/name"), QStringLiteral("/children/1/name") }));
    QCOMPARE(pointers(QStringLiteral("ZÜR")), QStringList { QStringLiteral("/address/city") });
    QCOMPARE(pointers(QStringLiteral("1200")), QStringList { QStringLiteral("/balanceCents") });
    QCOMPARE(pointers(QStringLiteral("NULL")), QStringList { QStringLiteral("/closedAt") });
    QCOMPARE(pointers(QStringLiteral("~")), QStringList({ QStringLiteral("/a~1b/c~0d"), QStringLiteral("/a~1b/~01") }));
    // Array indices are not keys, containers have no scalar value, quotes are not part of a string.
    QCOMPARE(pointers(QStringLiteral("[0]")), QStringList());
    QCOMPARE(pointers(QStringLiteral("keys")), QStringList());
    QCOMPARE(pointers(QStringLiteral("\"x\"")), QStringList());
    QCOMPARE(pointers(QString()), QStringList());

    // Both sides of a diff.
    model.setDiff(diffJson(json(kBefore), json(kAfter)));
    QCOMPARE(pointers(QStringLiteral("bern")), QStringList { QStringLiteral("/address/city") });
    QCOMPARE(pointers(QStringLiteral("zürich")), QStringList { QStringLiteral("/address/city") });
    QCOMPARE(pointers(QStringLiteral("premium")), QStringList { QStringLiteral("/kind") });
}

void TestJsonTreeModel::buildLargeState_data()
{
    QTest::addColumn<int>("mode");
    QTest::addRow("setJson(shared_ptr)") << 0;
    QTest::addRow("setJson(const Json&)") << 1;
    QTest::addRow("setDiff(shared_ptr)") << 2;
}

void TestJsonTreeModel::buildLargeState()
{
    QFETCH(int, mode);
    // QBENCHMARK runs the whole function again to calibrate: make the documents once.
    static const auto state = std::make_shared<const Json>(largeState());
    static const auto diff = [] {
        Json changed = *state;
        changed["accounts"][42]["balanceCents"] = -1;
        changed["accounts"].erase(7);
        return std::make_shared<const DiffNode>(diffJson(*state, changed));
    }();

    JsonTreeModel model;
    const auto build = [&] {
        switch (mode) {
        case 0:
            model.setJson(state);
            break;
        case 1:
            model.setJson(*state);
            break;
        default:
            model.setDiff(diff);
            break;
        }
    };
    {
        // Checked once; the tester's walk over every node would dwarf the build.
        Tester tester(&model, kQtTest);
        build();
    }
    QVERIFY(model.nodeCount() >= 100'000);
    QBENCHMARK
    {
        build();
    }
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("accounts"));
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
