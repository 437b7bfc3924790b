// SPDX-License-Identifier: MIT
#include "diffview.h"

#include "index/timestampparser.h"
#include "itemmodels/jsontreemodel.h"
#include "jsontreeview.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>

namespace Chronoscope {

namespace {

/// Hides unchanged rows when asked; changed rows keep their (Modified) ancestors, since
/// those are marks too.
class ChangesOnlyProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setChangesOnly(bool changesOnly)
    {
        m_changesOnly = changesOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (!m_changesOnly)
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return static_cast<DiffKind>(index.data(JsonTreeModel::DiffKindRole).toInt()) != DiffKind::Unchanged;
    }

private:
    bool m_changesOnly = false;
};

struct ChangeCounts
{
    int changed = 0;
    int added = 0;
    int removed = 0;
};

void countChanges(const DiffNode& node, ChangeCounts& counts)
{
    switch (node.kind) {
    case DiffKind::Changed:
        ++counts.changed;
        break;
    case DiffKind::Added:
        ++counts.added;
        break;
    case DiffKind::Removed:
        ++counts.removed;
        break;
    case DiffKind::Modified:
        for (const DiffNode& child : node.children)
            countChanges(child, counts);
        break;
    case DiffKind::Unchanged:
        break;
    }
}

JsonTreeView* diffTree(QWidget* parent, QAbstractItemModel* model, const QString& name)
{
    auto* view = new JsonTreeView(name, parent);
    view->setModel(model);
    view->header()->setSectionResizeMode(JsonTreeModel::Key, QHeaderView::Interactive);
    view->header()->setSectionResizeMode(JsonTreeModel::Value, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(JsonTreeModel::Type, QHeaderView::ResizeToContents);
    view->setColumnWidth(JsonTreeModel::Key, 180);
    return view;
}

// The same row in another model with the same shape (the two sides of a side-by-side diff).
QModelIndex sameRow(const QAbstractItemModel* other, const QModelIndex& index)
{
    if (!index.isValid())
        return {};
    const QModelIndex parent = sameRow(other, index.parent());
    return other->index(index.row(), index.column(), parent);
}

QString describeSide(const StateResult& state)
{
    if (state.count == 0 && state.projection.kind != ProjectionInfo::Kind::StoredSnapshots)
        return DiffView::tr("initial state · %1").arg(state.projection.displayName());
    return DiffView::tr("version %1 · %2 · %3")
        .arg(state.version)
        .arg(TimestampParser::toIso(state.time), state.projection.displayName());
}

} // namespace

DiffView::DiffView(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_otherVersion(new QSpinBox(this))
    , m_otherProjectionButton(new QToolButton(this))
    , m_sideBySide(new QToolButton(this))
    , m_changesOnly(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_unified(new JsonTreeModel(this))
    , m_old(new JsonTreeModel(this))
    , m_new(new JsonTreeModel(this))
    , m_unifiedProxy(new ChangesOnlyProxy(this))
    , m_oldProxy(new ChangesOnlyProxy(this))
    , m_newProxy(new ChangesOnlyProxy(this))
    , m_unifiedView(nullptr)
    , m_oldView(nullptr)
    , m_newView(nullptr)
    , m_oldTitle(new QLabel(this))
    , m_newTitle(new QLabel(this))
{
    setAccessibleName(tr("Diff"));
    m_old->setSide(JsonTreeModel::Side::Old);
    m_new->setSide(JsonTreeModel::Side::New);
    m_unifiedProxy->setSourceModel(m_unified);
    m_oldProxy->setSourceModel(m_old);
    m_newProxy->setSourceModel(m_new);
    m_unifiedView = diffTree(this, m_unifiedProxy, tr("Differences"));
    m_oldView = diffTree(this, m_oldProxy, tr("Before"));
    m_newView = diffTree(this, m_newProxy, tr("After"));
    // Side by side, each tree has half the width: the Value column matters more than the Type.
    m_oldView->setColumnHidden(JsonTreeModel::Type, true);
    m_newView->setColumnHidden(JsonTreeModel::Type, true);

    m_mode->addItem(tr("What this event changed"), static_cast<int>(Mode::PreviousEvent));
    m_mode->addItem(tr("Against another version"), static_cast<int>(Mode::Version));
    m_mode->addItem(tr("Against another projection"), static_cast<int>(Mode::Projection));
    m_mode->addItem(tr("Stored snapshot against replay"), static_cast<int>(Mode::StoredSnapshot));
    m_mode->setAccessibleName(tr("Compare with"));
    m_mode->setToolTip(tr("What the state at the playhead is compared with"));
    m_otherVersion->setAccessibleName(tr("Other version"));
    m_otherVersion->setToolTip(tr("The number of the stream's events applied on the other side"));
    m_otherVersion->setPrefix(tr("events: "));
    m_otherVersion->setKeyboardTracking(false);
    m_otherProjectionButton->setText(tr("Choose projection…"));
    m_otherProjectionButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_otherProjectionButton->setAccessibleName(tr("Other projection"));
    m_sideBySide->setText(tr("Side by side"));
    m_sideBySide->setCheckable(true);
    m_sideBySide->setAccessibleName(tr("Side by side"));
    m_sideBySide->setToolTip(tr("Show the two states next to each other instead of one tree with old → new"));
    m_changesOnly->setText(tr("Changes only"));
    m_changesOnly->setCheckable(true);
    m_changesOnly->setAccessibleName(tr("Changes only"));
    m_changesOnly->setToolTip(tr("Hide the fields that are the same on both sides"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(4);
    controls->addWidget(m_mode);
    controls->addWidget(m_otherVersion);
    controls->addWidget(m_otherProjectionButton);
    controls->addStretch(1);
    controls->addWidget(m_changesOnly);
    controls->addWidget(m_sideBySide);

    auto* sideBySide = new QSplitter(Qt::Horizontal, this);
    for (auto [title, view] : { std::pair { m_oldTitle, m_oldView }, std::pair { m_newTitle, m_newView } }) {
        auto* column = new QWidget(sideBySide);
        auto* layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Long version and projection names wrap: they must not widen the inspector's dock
        // (at 16 pt one title alone asked for 750 px and squeezed the Streams dock away).
        title->setWordWrap(true);
        layout->addWidget(title);
        layout->addWidget(view, 1);
        sideBySide->addWidget(column);
    }
    m_stack->addWidget(m_unifiedView);
    m_stack->addWidget(sideBySide);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        if (mode() != Mode::PreviousEvent)
            requestCompare();
        else if (m_lastChange.state.streamId == m_streamId && !m_streamId.isEmpty())
            showChange(m_lastChange); // the inspector's last answer, kept for this
        else
            showDiff(nullptr, {}, {});
    });
    connect(m_otherVersion, &QSpinBox::valueChanged, this, [this] { requestCompare(); });
    connect(m_otherProjectionButton, &QToolButton::clicked, this, &DiffView::chooseOtherProjection);
    connect(m_sideBySide, &QToolButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        if (on)
            syncSideBySide();
    });
    connect(m_changesOnly, &QToolButton::toggled, this, [this](bool on) {
        for (QSortFilterProxyModel* proxy : { m_unifiedProxy, m_oldProxy, m_newProxy })
            static_cast<ChangesOnlyProxy*>(proxy)->setChangesOnly(on);
        for (JsonTreeView* view : { m_unifiedView, m_oldView, m_newView })
            view->expandAll();
    });
    for (JsonTreeView* view : { m_unifiedView, m_oldView, m_newView })
        connect(view, &JsonTreeView::historyRequested, this, &DiffView::historyRequested);

    // Side by side, the two trees move as one: scrolling, expanding and selecting.
    auto mirror = [this](JsonTreeView* from, JsonTreeView* to) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to, [this, to](int value) {
            if (!std::exchange(m_syncing, true)) {
                to->verticalScrollBar()->setValue(value);
                m_syncing = false;
            }
        });
        connect(from, &QTreeView::expanded, to,
            [to](const QModelIndex& index) { to->expand(sameRow(to->model(), index)); });
        connect(from, &QTreeView::collapsed, to,
            [to](const QModelIndex& index) { to->collapse(sameRow(to->model(), index)); });
        connect(from->selectionModel(), &QItemSelectionModel::currentChanged, to, [this, to](const QModelIndex& index) {
            if (!std::exchange(m_syncing, true)) {
                to->setCurrentIndex(sameRow(to->model(), index));
                m_syncing = false;
            }
        });
    };
    mirror(m_oldView, m_newView);
    mirror(m_newView, m_oldView);

    updateControls();
    clear();
}

DiffView::Mode DiffView::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void DiffView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
}

bool DiffView::isSideBySide() const
{
    return m_sideBySide->isChecked();
}

void DiffView::setSideBySide(bool sideBySide)
{
    m_sideBySide->setChecked(sideBySide);
}

void DiffView::setChangesOnly(bool changesOnly)
{
    m_changesOnly->setChecked(changesOnly);
}

void DiffView::updateControls()
{
    m_otherVersion->setVisible(mode() == Mode::Version);
    m_otherProjectionButton->setVisible(mode() == Mode::Projection);
}

void DiffView::setPlayhead(const QString& streamId, qint64 count, qint64 eventCount)
{
    const bool newStream = streamId != m_streamId;
    m_streamId = streamId;
    m_count = count;
    const QSignalBlocker blocker(m_otherVersion);
    m_otherVersion->setRange(0, static_cast<int>(std::min<qint64>(eventCount, std::numeric_limits<int>::max())));
    m_otherVersion->setSuffix(tr(" of %1").arg(eventCount));
    if (newStream)
        m_otherVersion->setValue(0);
    if (mode() != Mode::PreviousEvent)
        requestCompare();
}

void DiffView::setOtherProjection(const QString& spec, const QString& label)
{
    m_otherSpec = spec;
    m_otherProjectionButton->setText(label.isEmpty() ? tr("Choose projection…") : label);
    m_otherProjectionButton->setToolTip(spec);
    if (mode() == Mode::Projection)
        requestCompare();
}

void DiffView::requestCompare()
{
    if (m_streamId.isEmpty() || mode() == Mode::PreviousEvent)
        return;
    if (mode() == Mode::Projection && m_otherSpec.isEmpty()) {
        m_summary->setText(tr("Choose the projection to compare with."));
        return;
    }
    CompareRequest request;
    request.mode = mode();
    request.streamId = m_streamId;
    request.count = m_count;
    request.otherCount = m_otherVersion->value();
    request.other = ProjectionSpec::parse(m_otherSpec);
    m_summary->setText(tr("Comparing…"));
    Q_EMIT compareRequested(request);
}

void DiffView::showChange(const StateAnswer& answer)
{
    m_lastChange = answer;
    if (mode() != Mode::PreviousEvent)
        return;
    if (answer.state.count == 0) {
        showDiff(nullptr, {}, {});
        m_summary->setText(tr("The initial state: no event applied yet."));
        return;
    }
    showDiff(answer.change, tr("before this event"), describeSide(answer.state));
}

void DiffView::showAnswer(const CompareAnswer& answer)
{
    if (answer.mode != mode())
        return;
    QString left = describeSide(answer.left);
    if (answer.mode == Mode::StoredSnapshot)
        left = tr("stored snapshot at version %1").arg(answer.left.version);
    showDiff(answer.diff, left, describeSide(answer.right));
}

void DiffView::showDiff(std::shared_ptr<const DiffNode> diff, const QString& left, const QString& right)
{
    const QStringList expanded = m_unifiedView->expandedPointers();
    m_unified->setDiff(diff);
    m_old->setDiff(diff);
    m_new->setDiff(diff);
    // Show every change: expand the containers on the way to one (Modified nodes), not the
    // unchanged subtrees beside them; keep what the user opened.
    for (JsonTreeView* view : { m_unifiedView, m_oldView, m_newView }) {
        view->expandPointers(expanded);
        std::vector<QModelIndex> pending { QModelIndex() };
        while (!pending.empty()) {
            const QModelIndex parent = pending.back();
            pending.pop_back();
            for (int row = 0; row < view->model()->rowCount(parent); ++row) {
                const QModelIndex index = view->model()->index(row, 0, parent);
                if (static_cast<DiffKind>(index.data(JsonTreeModel::DiffKindRole).toInt()) == DiffKind::Modified) {
                    view->expand(index);
                    pending.push_back(index);
                }
            }
        }
    }
    m_oldTitle->setText(tr("<b>Before:</b> %1").arg(left.toHtmlEscaped()));
    m_newTitle->setText(tr("<b>After:</b> %1").arg(right.toHtmlEscaped()));
    if (!diff) {
        m_summary->clear();
        return;
    }
    ChangeCounts counts;
    countChanges(*diff, counts);
    const QString between = tr("%1 → %2").arg(left, right);
    m_summary->setText(counts.changed + counts.added + counts.removed == 0 ? tr("No differences · %1").arg(between)
                                                                           : tr("%1 changed, %2 added, %3 removed · %4")
                                                                                 .arg(counts.changed)
                                                                                 .arg(counts.added)
                                                                                 .arg(counts.removed)
                                                                                 .arg(between));
}

void DiffView::syncSideBySide()
{
    m_newView->verticalScrollBar()->setValue(m_oldView->verticalScrollBar()->value());
}

void DiffView::showError(const QString& message)
{
    showDiff(nullptr, {}, {});
    m_summary->setText(message);
}

void DiffView::clear()
{
    m_streamId.clear();
    m_lastChange = {};
    showDiff(nullptr, {}, {});
    m_summary->setText(tr("Move the playhead to see what its event changed."));
}

} // namespace Chronoscope
