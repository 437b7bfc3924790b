// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace Chronoscope {

class StreamsModel;

/// The Streams dock: aggregate type → stream, with a type-ahead filter. Typing narrows
/// the tree (the model filters the index's string pool directly, so a million streams stay
/// fluid); Enter picks the first match.
class StreamsView : public QWidget
{
    Q_OBJECT
public:
    explicit StreamsView(QWidget* parent = nullptr);

    void setIndex(IndexPtr index);
    /// Live follow: `index` is the current one with events appended. Counts update in
    /// place; when new streams make the model reset, the expanded types, the current stream
    /// and the scroll position are put back.
    void appendIndex(IndexPtr index);
    /// Selects `stream` (an id of the index's streams) without emitting streamSelected().
    void showStream(quint32 stream);

    StreamsModel* model() const { return m_model; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* treeView() const { return m_tree; }

Q_SIGNALS:
    void streamSelected(quint32 stream);

private:
    void selectIndex(const QModelIndex& index);
    void fitStreamColumn();

    StreamsModel* m_model;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    bool m_quiet = false;
    bool m_fitting = false; ///< fitStreamColumn() is resizing: not the user
    bool m_streamColumnSizedByUser = false;
};

} // namespace Chronoscope
