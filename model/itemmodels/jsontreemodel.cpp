// SPDX-License-Identifier: MIT
#include "jsontreemodel.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <string_view>

namespace Chronoscope {

namespace {

/// Characters of a Value cell; the value roles always hold the whole value.
constexpr qsizetype kMaxDisplayLength = 256;
constexpr char16_t kEllipsis = 0x2026;

bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

char asciiLower(char c)
{
    return isAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

/// The index a pointer token or a diff key names: "0" or digits without a leading zero
/// (RFC 6901), small enough for an int; -1 otherwise.
int arrayIndexOf(std::string_view token)
{
    if (token.empty() || token.size() > 9 || (token.size() > 1 && token.front() == '0'))
        return -1;
    int index = -1;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
    return error == std::errc() && end == token.data() + token.size() ? index : -1;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string dumpCompact(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

QString elide(QString text)
{
    if (text.size() > kMaxDisplayLength) {
        text.truncate(kMaxDisplayLength - 1);
        if (text.back().isHighSurrogate())
            text.chop(1);
        text += QChar(kEllipsis);
    }
    return text;
}

/// A scalar as compact JSON for a cell, without dumping all of a huge string.
QString scalarText(const Json& value)
{
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        // Four UTF-8 bytes per character at most: the cut string still fills the cell.
        std::size_t cut = 4 * static_cast<std::size_t>(kMaxDisplayLength);
        if (text.size() > cut) {
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
                --cut;
            return elide(QString::fromStdString(dumpCompact(Json(text.substr(0, cut)))));
        }
    }
    return elide(QString::fromStdString(dumpCompact(value)));
}

} // namespace

struct JsonTreeModel::Node
{
    enum class Type : quint8
    {
        Null,
        Boolean,
        Number,
        String,
        Object,
        Array,
    };

    std::vector<Node> children;
    const Node* parent = nullptr; ///< null for top-level rows
    /// The value (setJson), or the new value in a diff; null for Removed nodes and for diff
    /// containers described only by their children.
    const Json* value = nullptr;
    /// The old value in a diff (Removed, Changed and Unchanged nodes); equals `value` for the
    /// Unchanged nodes of setJson().
    const Json* oldValue = nullptr;
    /// Object key, or a diff's array index as text; empty for the elements of an array built
    /// from its value (the row is the index) and for the root row.
    std::string_view key;
    DiffKind kind = DiffKind::Unchanged;
    Type type = Type::Null; ///< of `value`, or of `oldValue` for Removed nodes
    bool isElement = false; ///< an array element (Key shows `[index]`)

    const Json* shown() const { return value != nullptr ? value : oldValue; }
    bool isContainer() const { return type == Type::Object || type == Type::Array; }
};

struct JsonTreeModel::Detail
{
    using Type = Node::Type;

    static Type typeOf(const Json& value)
    {
        switch (value.type()) {
        case Json::value_t::object:
            return Type::Object;
        case Json::value_t::array:
            return Type::Array;
        case Json::value_t::string:
            return Type::String;
        case Json::value_t::boolean:
            return Type::Boolean;
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            return Type::Number;
        case Json::value_t::null:
        case Json::value_t::binary:
        case Json::value_t::discarded:
            break;
        }
        return Type::Null;
    }

    // Building
    // --------

    struct Build
    {
        int nodes = 0;
        bool sawUnchanged = false;
    };

    static void setValue(Node& node, const Json& value, DiffKind kind)
    {
        node.kind = kind;
        node.type = typeOf(value);
        if (kind != DiffKind::Removed)
            node.value = &value;
        if (kind != DiffKind::Added)
            node.oldValue = &value;
    }

    /// Children for the members or elements of `value`, all of `kind`.
    static void addMembers(
        std::vector<Node>& children, const Node* parent, const Json& value, DiffKind kind, Build& build)
    {
        children.reserve(value.size());
        const bool isArray = value.is_array();
        for (auto it = value.begin(); it != value.end(); ++it) {
            // reserve() keeps `child` where it is while its own children are added.
            Node& child = children.emplace_back();
            child.parent = parent;
            child.isElement = isArray;
            if (!isArray)
                child.key = it.key();
            setValue(child, it.value(), kind);
            ++build.nodes;
            if (child.isContainer() && !it.value().empty())
                addMembers(child.children, &child, it.value(), kind, build);
        }
    }

    /// Whether a diff node described by its children is an array: diffJson() lists array
    /// elements by index, the kept ones (in `after`) and the removed ones (in `before`) each
    /// ascending, and with Unchanged nodes kept every index of `after` appears.
    static bool looksLikeArray(const DiffNode& diff)
    {
        const bool keptUnchanged = diff.kind == DiffKind::Unchanged
            || std::any_of(diff.children.begin(), diff.children.end(),
                [](const DiffNode& child) { return child.kind == DiffKind::Unchanged; });
        int lastKept = -1;
        int lastRemoved = -1;
        for (const DiffNode& child : diff.children) {
            const int index = arrayIndexOf(child.key);
            if (index < 0)
                return false;
            int& last = child.kind == DiffKind::Removed ? lastRemoved : lastKept;
            if (index <= last || (keptUnchanged && child.kind != DiffKind::Removed && index != last + 1))
                return false;
            last = index;
        }
        return !diff.children.empty();
    }

    static bool hasChildNodes(const DiffNode& diff)
    {
        return !diff.children.empty() || diff.kind == DiffKind::Modified;
    }

    /// The value a leaf diff node shows: new, or old for Removed.
    static const Json& shownValue(const DiffNode& diff)
    {
        return diff.kind == DiffKind::Removed ? diff.oldValue : diff.newValue;
    }

    static void addDiffChildren(
        std::vector<Node>& children, const Node* parent, const DiffNode& diff, bool isArray, Build& build)
    {
        children.reserve(diff.children.size());
        for (const DiffNode& childDiff : diff.children) {
            Node& child = children.emplace_back();
            child.parent = parent;
            child.isElement = isArray;
            child.key = childDiff.key;
            ++build.nodes;
            fillDiffNode(child, childDiff, build);
        }
    }

    static void fillDiffNode(Node& node, const DiffNode& diff, Build& build)
    {
        if (diff.kind == DiffKind::Unchanged)
            build.sawUnchanged = true;
        if (hasChildNodes(diff)) {
            const bool isArray = looksLikeArray(diff);
            node.kind = diff.kind;
            node.type = isArray ? Type::Array : Type::Object;
            addDiffChildren(node.children, &node, diff, isArray, build);
            return;
        }
        setValue(node, shownValue(diff), diff.kind);
        if (diff.kind == DiffKind::Changed || diff.kind == DiffKind::Unchanged) {
            node.value = &diff.newValue;
            node.oldValue = &diff.oldValue;
        }
        // A Changed container stays a leaf: its sides are not one tree. Unchanged sides are
        // equal, so their members come from the new one.
        if (diff.kind != DiffKind::Changed && node.isContainer() && !node.shown()->empty())
            addMembers(node.children, &node, *node.shown(), diff.kind, build);
    }

    // Text
    // ----

    static QString typeName(Type type)
    {
        switch (type) {
        case Type::Null:
            return JsonTreeModel::tr("null", "JSON type");
        case Type::Boolean:
            return JsonTreeModel::tr("boolean", "JSON type");
        case Type::Number:
            return JsonTreeModel::tr("number", "JSON type");
        case Type::String:
            return JsonTreeModel::tr("string", "JSON type");
        case Type::Object:
            return JsonTreeModel::tr("object", "JSON type");
        case Type::Array:
            return JsonTreeModel::tr("array", "JSON type");
        }
        return {};
    }

    static QString summary(Type type, std::size_t size)
    {
        const int n = static_cast<int>(std::min<std::size_t>(size, std::numeric_limits<int>::max()));
        if (type == Type::Object) {
            if (n == 0)
                return QStringLiteral("{}");
            return n == 1 ? JsonTreeModel::tr("{1 key}") : JsonTreeModel::tr("{%n keys}", nullptr, n);
        }
        if (n == 0)
            return QStringLiteral("[]");
        return n == 1 ? JsonTreeModel::tr("[1 item]") : JsonTreeModel::tr("[%n items]", nullptr, n);
    }

    static QString valueText(const Json& value)
    {
        return value.is_structured() ? summary(typeOf(value), value.size()) : scalarText(value);
    }

    /// What changed among the children of a Modified node.
    static QString changeSummary(const Node& node)
    {
        int changed = 0;
        int added = 0;
        int removed = 0;
        for (const Node& child : node.children) {
            switch (child.kind) {
            case DiffKind::Changed:
            case DiffKind::Modified:
                ++changed;
                break;
            case DiffKind::Added:
                ++added;
                break;
            case DiffKind::Removed:
                ++removed;
                break;
            case DiffKind::Unchanged:
                break;
            }
        }
        QStringList parts;
        if (changed > 0)
            parts.append(JsonTreeModel::tr("%n changed", "children of an object or array", changed));
        if (added > 0)
            parts.append(JsonTreeModel::tr("%n added", "children of an object or array", added));
        if (removed > 0)
            parts.append(JsonTreeModel::tr("%n removed", "children of an object or array", removed));
        return parts.join(u", ");
    }

    static void appendToken(const Node& node, std::string& pointer, const std::vector<Node>& siblings)
    {
        if (node.key.empty() && node.isElement) {
            pointer += '/';
            pointer += std::to_string(&node - siblings.data());
            return;
        }
        appendPointerToken(pointer, node.key);
    }

    /// Compact JSON of one side of a node; a container described by its children is
    /// rebuilt from those present on that side.
    static void appendJson(const Node& node, bool newSide, std::string& out)
    {
        if (const Json* value = newSide ? node.value : node.oldValue) {
            out += dumpCompact(*value);
            return;
        }
        const bool isArray = node.type == Type::Array;
        out += isArray ? '[' : '{';
        bool first = true;
        for (const Node& child : node.children) {
            if (child.kind == (newSide ? DiffKind::Removed : DiffKind::Added))
                continue;
            if (!first)
                out += ',';
            first = false;
            if (!isArray) {
                out += dumpCompact(Json(std::string(child.key)));
                out += ':';
            }
            appendJson(child, newSide, out);
        }
        out += isArray ? ']' : '}';
    }

    // Search
    // ------

    struct Needle
    {
        QString text;
        std::string lowerAscii; ///< set when `text` is ASCII: compared byte-wise, no conversion

        bool isFoundIn(std::string_view haystack) const
        {
            if (text.isEmpty())
                return false;
            if (lowerAscii.empty())
                return fromUtf8(haystack).contains(text, Qt::CaseInsensitive);
            // UTF-8 continuation and lead bytes are never ASCII, so byte-wise matching is exact.
            return std::search(haystack.begin(), haystack.end(), lowerAscii.begin(), lowerAscii.end(),
                       [](char a, char b) { return asciiLower(a) == b; })
                != haystack.end();
        }

        bool isFoundIn(const Json* value) const
        {
            if (value == nullptr || value->is_structured())
                return false;
            if (value->is_string())
                return isFoundIn(value->get_ref<const std::string&>());
            return isFoundIn(dumpCompact(*value));
        }
    };

    static void collectMatches(
        const JsonTreeModel& model, const std::vector<Node>& nodes, const Needle& needle, QModelIndexList& matches)
    {
        for (const Node& node : nodes) {
            if ((!node.isElement && needle.isFoundIn(node.key)) || needle.isFoundIn(node.value)
                || (node.oldValue != node.value && needle.isFoundIn(node.oldValue)))
                matches.append(model.indexOf(&node));
            collectMatches(model, node.children, needle, matches);
        }
    }

    static void collectExpandable(const JsonTreeModel& model, const std::vector<Node>& nodes, QStringList& pointers)
    {
        for (const Node& node : nodes) {
            if (node.children.empty())
                continue;
            pointers.append(model.data(model.indexOf(&node), JsonPointerRole).toString());
            collectExpandable(model, node.children, pointers);
        }
    }

    /// The child named by an unescaped pointer token.
    static const Node* findChild(const std::vector<Node>& children, std::string_view token)
    {
        if (children.empty())
            return nullptr;
        if (children.front().isElement) {
            const int index = arrayIndexOf(token);
            if (index < 0)
                return nullptr;
            if (children.front().key.empty()) // built from an array value: row == index
                return static_cast<std::size_t>(index) < children.size() ? &children[index] : nullptr;
        }
        // In a diff, a removed element can carry the index of a kept one; the kept one wins.
        const Node* removed = nullptr;
        for (const Node& child : children) {
            if (child.key != token)
                continue;
            if (child.kind != DiffKind::Removed)
                return &child;
            if (removed == nullptr)
                removed = &child;
        }
        return removed;
    }
};

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(std::shared_ptr<const Json> json)
{
    beginResetModel();
    m_rows.clear();
    m_diff.reset();
    m_json = std::move(json);
    m_rootIsRow = false;
    m_diffKeptUnchanged = false;
    Detail::Build build;
    if (m_json && m_json->is_structured()) {
        Detail::addMembers(m_rows, nullptr, *m_json, DiffKind::Unchanged, build);
    } else if (m_json) {
        Detail::setValue(m_rows.emplace_back(), *m_json, DiffKind::Unchanged);
        build.nodes = 1;
        m_rootIsRow = true;
    }
    m_nodeCount = build.nodes;
    endResetModel();
}

void JsonTreeModel::setJson(const Json& json)
{
    setJson(std::make_shared<const Json>(json));
}

void JsonTreeModel::setDiff(std::shared_ptr<const DiffNode> diff)
{
    beginResetModel();
    m_rows.clear();
    m_json.reset();
    m_diff = std::move(diff);
    m_rootIsRow = false;
    Detail::Build build;
    if (m_diff) {
        const DiffNode& root = *m_diff;
        const Json& shown = Detail::shownValue(root);
        if (Detail::hasChildNodes(root)) {
            build.sawUnchanged = root.kind == DiffKind::Unchanged;
            Detail::addDiffChildren(m_rows, nullptr, root, Detail::looksLikeArray(root), build);
        } else if (root.kind != DiffKind::Changed && shown.is_structured()) {
            Detail::addMembers(m_rows, nullptr, shown, root.kind, build);
            build.sawUnchanged = root.kind == DiffKind::Unchanged;
        } else if (root.kind != DiffKind::Unchanged || !root.oldValue.is_null() || !root.newValue.is_null()) {
            // Not an Unchanged root without children or values: that is an identical pair of
            // documents whose Unchanged nodes were pruned, with nothing to show.
            Detail::fillDiffNode(m_rows.emplace_back(), root, build);
            ++build.nodes;
            m_rootIsRow = true;
        }
    }
    m_nodeCount = build.nodes;
    m_diffKeptUnchanged = build.sawUnchanged;
    endResetModel();
}

void JsonTreeModel::setDiff(const DiffNode& diff)
{
    setDiff(std::make_shared<const DiffNode>(diff));
}

void JsonTreeModel::clear()
{
    setJson(std::shared_ptr<const Json>());
}

void JsonTreeModel::setSide(Side side)
{
    if (side == m_side)
        return;
    beginResetModel();
    m_side = side;
    endResetModel();
}

const JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<const Node*>(index.constInternalPointer()) : nullptr;
}

const std::vector<JsonTreeModel::Node>& JsonTreeModel::siblingsOf(const Node* node) const
{
    return node->parent != nullptr ? node->parent->children : m_rows;
}

QModelIndex JsonTreeModel::indexOf(const Node* node, int column) const
{
    return createIndex(static_cast<int>(node - siblingsOf(node).data()), column, node);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= NumColumns || (parent.isValid() && parent.column() != Key))
        return {};
    const std::vector<Node>& children = parent.isValid() ? nodeOf(parent)->children : m_rows;
    if (static_cast<std::size_t>(row) >= children.size())
        return {};
    return createIndex(row, column, &children[row]);
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    return node != nullptr && node->parent != nullptr ? indexOf(node->parent) : QModelIndex();
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    return parent.column() == Key ? static_cast<int>(nodeOf(parent)->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return NumColumns;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && (index.column() != Key || nodeOf(index)->children.empty()))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::DoNotUseParent));
    const Node* node = nodeOf(index);
    if (node == nullptr)
        return {};
    const bool placeholder = (m_side == Side::Old && node->kind == DiffKind::Added)
        || (m_side == Side::New && node->kind == DiffKind::Removed);
    switch (role) {
    case Qt::DisplayRole:
        if (placeholder)
            return {};
        switch (index.column()) {
        case Key:
            if (m_rootIsRow && node->parent == nullptr)
                return tr("(root)");
            if (node->isElement)
                return QString(u'[' % (node->key.empty() ? QString::number(index.row()) : fromUtf8(node->key)) % u']');
            return fromUtf8(node->key);
        case Value:
            if (node->kind == DiffKind::Changed && m_side == Side::Old)
                return Detail::valueText(*node->oldValue);
            if (node->kind == DiffKind::Changed && m_side == Side::New)
                return Detail::valueText(*node->value);
            if (node->kind == DiffKind::Changed)
                return QString(Detail::valueText(*node->oldValue) % u" → " % Detail::valueText(*node->value));
            if (const Json* shown = node->shown())
                return Detail::valueText(*shown);
            return node->kind == DiffKind::Modified ? Detail::changeSummary(*node)
                                                    : Detail::summary(node->type, node->children.size());
        case Type:
            if (node->kind == DiffKind::Changed && m_side == Side::Old)
                return Detail::typeName(Detail::typeOf(*node->oldValue));
            if (node->kind == DiffKind::Changed) {
                const Detail::Type oldType = Detail::typeOf(*node->oldValue);
                if (oldType != node->type && m_side == Side::Unified)
                    return QString(Detail::typeName(oldType) % u" → " % Detail::typeName(node->type));
            }
            return Detail::typeName(node->type);
        default:
            break;
        }
        break;
    case JsonPointerRole: {
        if (m_rootIsRow)
            return QString();
        std::vector<const Node*> path;
        for (const Node* step = node; step != nullptr; step = step->parent)
            path.push_back(step);
        std::string pointer;
        // A reverse iterator, not std::views::reverse: clang 14 (the fuzz build) cannot
        // compile libstdc++ 12's ranges.
        for (auto step = path.rbegin(); step != path.rend(); ++step)
            Detail::appendToken(**step, pointer, siblingsOf(*step));
        return QString::fromStdString(pointer);
    }
    case DiffKindRole:
        return static_cast<int>(node->kind);
    case ValueJsonRole:
        return node->kind == DiffKind::Removed ? data(index, OldValueJsonRole) : data(index, NewValueJsonRole);
    case OldValueJsonRole:
    case NewValueJsonRole: {
        const bool newSide = role == NewValueJsonRole;
        if (node->kind == (newSide ? DiffKind::Removed : DiffKind::Added))
            return {};
        // A container described by its children is complete only if the diff kept Unchanged nodes.
        if ((newSide ? node->value : node->oldValue) == nullptr && !m_diffKeptUnchanged)
            return {};
        std::string json;
        Detail::appendJson(*node, newSide, json);
        return QString::fromStdString(json);
    }
    case IsContainerRole:
        return node->isContainer();
    case IsPlaceholderRole:
        return placeholder;
    default:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    case Type:
        return tr("Type");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(JsonPointerRole, QByteArrayLiteral("jsonPointer"));
    names.insert(DiffKindRole, QByteArrayLiteral("diffKind"));
    names.insert(ValueJsonRole, QByteArrayLiteral("valueJson"));
    names.insert(OldValueJsonRole, QByteArrayLiteral("oldValueJson"));
    names.insert(NewValueJsonRole, QByteArrayLiteral("newValueJson"));
    names.insert(IsContainerRole, QByteArrayLiteral("isContainer"));
    names.insert(IsPlaceholderRole, QByteArrayLiteral("isPlaceholder"));
    return names;
}

QModelIndex JsonTreeModel::indexForPointer(const QString& pointer) const
{
    if (pointer.isEmpty())
        return m_rootIsRow ? indexOf(&m_rows.front()) : QModelIndex();
    if (!pointer.startsWith(u'/') || m_rootIsRow)
        return {};
    const QByteArray utf8 = pointer.toUtf8();
    const std::string_view text(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    const std::vector<Node>* children = &m_rows;
    const Node* node = nullptr;
    std::string token;
    for (std::size_t start = 1; start <= text.size();) {
        const std::size_t end = std::min(text.find('/', start), text.size());
        token.clear();
        for (std::size_t i = start; i < end; ++i) {
            if (text[i] != '~') {
                token += text[i];
                continue;
            }
            if (i + 1 == end || (text[i + 1] != '0' && text[i + 1] != '1'))
                return {}; // not a pointer: `~` must be escaped
            token += text[++i] == '0' ? '~' : '/';
        }
        node = Detail::findChild(*children, token);
        if (node == nullptr)
            return {};
        children = &node->children;
        start = end + 1;
    }
    return node != nullptr ? indexOf(node) : QModelIndex();
}

QStringList JsonTreeModel::expandablePointers() const
{
    QStringList pointers;
    Detail::collectExpandable(*this, m_rows, pointers);
    return pointers;
}

QModelIndexList JsonTreeModel::match(const QString& text) const
{
    QModelIndexList matches;
    if (text.isEmpty())
        return matches;
    Detail::Needle needle { text, {} };
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        const QByteArray latin1 = text.toLatin1();
        needle.lowerAscii.reserve(static_cast<std::size_t>(latin1.size()));
        for (const char c : latin1)
            needle.lowerAscii += asciiLower(c);
    }
    Detail::collectMatches(*this, m_rows, needle, matches);
    return matches;
}

} // namespace Chronoscope
