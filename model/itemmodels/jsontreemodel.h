// SPDX-License-Identifier: MIT
#pragma once

#include "diff/jsondiff.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Chronoscope {

/// A JSON state, or a diff between two states, as a tree for the state inspector and the
/// diff view: columns Key, Value and Type, one row per object member or array element.
///
/// The tree is built once per setJson()/setDiff() inside begin/endResetModel(): plain nodes
/// that point into the (shared, immutable) document or diff, so strings stay UTF-8 until
/// data() asks for one and building 100k nodes takes a few milliseconds. Keep the document
/// or diff computed elsewhere (a worker); pass the shared_ptr to avoid a copy.
///
/// A container root (the usual object) is not a row: its members are the top-level rows.
/// A scalar root, or a diff whose root itself Changed, is one row keyed "(root)" with the
/// pointer "". Value cells are cut at 256 characters (with `…`); the value roles never are.
///
/// Thread affinity: the thread the model lives on (the GUI thread), like any item model; it
/// builds there too. The document or diff may come from any thread: the model only reads it
/// and keeps it alive.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Key, ///< object key, `[index]` for array elements, "(root)" for a scalar root
        /// Scalars as compact JSON (strings quoted), containers as `{3 keys}` / `[12 items]` (`{}`
        /// and `[]` when empty); in a diff `old → new` if Changed, and for a Modified container
        /// what changed among its children (`1 changed, 2 added`).
        Value,
        Type, ///< object, array, string, number, boolean, null; `old → new` if a Changed value changed type
        NumColumns
    };
    Q_ENUM(Column)

    /// Node-level roles, the same in every column.
    enum Role
    {
        JsonPointerRole = Qt::UserRole, ///< QString: RFC 6901 pointer of the node (`~0`, `~1` escaped)
        DiffKindRole, ///< int of DiffKind; Unchanged for trees made by setJson()
        ValueJsonRole, ///< QString: the value as compact JSON (new side; old side for Removed)
        OldValueJsonRole, ///< QString: the old value; invalid for Added nodes
        NewValueJsonRole, ///< QString: the new value; invalid for Removed nodes
        IsContainerRole, ///< bool: the value is an object or array (new side; old for Removed)
        /// bool: in a one-sided diff, the node does not exist on this side (an Added node on
        /// the Old side, a Removed one on the New side): a blank row that keeps both sides aligned
        IsPlaceholderRole,
    };
    Q_ENUM(Role)

    /// Which side of a diff the Value and Type columns show. Side by side, two models over
    /// the same diff (Old and New) have the same rows, so the two trees line up.
    enum class Side
    {
        Unified, ///< Changed values show `old → new`
        Old, ///< the old values; Added nodes are placeholders
        New, ///< the new values; Removed nodes are placeholders
    };
    Q_ENUM(Side)

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows `json` (a null pointer clears). The model keeps the pointer: nothing is copied.
    void setJson(std::shared_ptr<const Json> json);
    /// Shows a copy of `json`; prefer the shared_ptr overload for large states.
    void setJson(const Json& json);

    /// Shows a diff as one tree (unified view), each node carrying its DiffKind. Added and
    /// Removed objects and arrays get children of the same kind; a Changed node stays a leaf
    /// even when a side is a container (its value roles hold both sides in full). A null
    /// pointer clears; the model keeps the pointer.
    ///
    /// DiffNode does not say whether a Modified node is an object or an array: it is taken
    /// as an array when all child keys are indices in diffJson()'s order, so an object whose
    /// keys are "0", "1", … shows as an array (display only; pointers and values are right).
    /// The value roles of Modified nodes are rebuilt from their children, so they are only
    /// given when the diff kept Unchanged nodes (DiffOptions::keepUnchanged, the default) and
    /// the tree proves it by holding at least one; otherwise they are invalid.
    void setDiff(std::shared_ptr<const DiffNode> diff);
    /// Shows a copy of `diff`; prefer the shared_ptr overload for large diffs.
    void setDiff(const DiffNode& diff);

    /// Empties the model.
    void clear();

    /// Sets the side shown for diffs (resets the model); Unified by default.
    void setSide(Side side);
    Side side() const { return m_side; }

    /// True after setDiff(), false after setJson() or clear().
    bool isDiff() const { return m_diff != nullptr; }

    /// Rows in the whole tree.
    int nodeCount() const { return m_nodeCount; }

    /// The Key-column index of the node at `pointer` (RFC 6901), or an invalid index if there
    /// is none. "" gives the "(root)" row of a scalar root and an invalid index otherwise.
    /// In a diff, a Removed array element (and so each node below it) may share its pointer
    /// with the element now at its index; the pointer then names the latter, as it does in the
    /// new state, and the Removed node is only reached by walking the tree. Costs one scan
    /// of the siblings per level (array elements of setJson() trees are found directly).
    QModelIndex indexForPointer(const QString& pointer) const;

    /// Pointers of every node that has children, parents before children (for "expand all").
    QStringList expandablePointers() const;

    /// Key-column indexes, in tree order, of the nodes whose object key or scalar value (a
    /// string's text, other scalars as JSON; both sides of a diff) contains `text`, ignoring
    /// case. Empty for an empty `text`. Linear in the tree; fast for ASCII `text`.
    QModelIndexList match(const QString& text) const;
    using QAbstractItemModel::match;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node; // defined in the .cpp: plain data pointing into m_json or m_diff
    struct Detail; // builders and formatters, with access to Node

    const Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = Key) const;
    const std::vector<Node>& siblingsOf(const Node* node) const;

    std::shared_ptr<const Json> m_json;
    std::shared_ptr<const DiffNode> m_diff;
    std::vector<Node> m_rows; ///< top-level rows; their `parent` is null
    int m_nodeCount = 0;
    bool m_rootIsRow = false; ///< the only top-level row is the (scalar or Changed) root
    bool m_diffKeptUnchanged = false; ///< Modified nodes' values can be rebuilt from children
    Side m_side = Side::Unified;
};

} // namespace Chronoscope
