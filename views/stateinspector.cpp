// SPDX-License-Identifier: MIT
#include "stateinspector.h"

#include "difftreedelegate.h"
#include "index/timestampparser.h"
#include "itemmodels/jsontreemodel.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

namespace Chronoscope {

namespace {

constexpr qsizetype kPayloadDisplayLimit = 1024 * 1024;
// A field's history can be as long as the stream; a list this long is already more than a
// person reads, and keeps the widget light.
constexpr std::size_t kHistoryRows = 5000;

QToolButton* button(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

QTreeView* jsonView(QWidget* parent, JsonTreeModel* model, const QString& name)
{
    auto* view = new QTreeView(parent);
    view->setModel(model);
    view->setItemDelegate(new DiffTreeDelegate(view));
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(false);
    view->setAccessibleName(name);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(JsonTreeModel::Key, QHeaderView::Interactive);
    view->header()->setSectionResizeMode(JsonTreeModel::Value, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(JsonTreeModel::Type, QHeaderView::ResizeToContents);
    view->setColumnWidth(JsonTreeModel::Key, 200);
    return view;
}

} // namespace

StateInspector::StateInspector(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_first(button(this, QStyle::SP_MediaSkipBackward, tr("First event (Home)")))
    , m_previous(button(this, QStyle::SP_MediaSeekBackward, tr("Previous event (Left)")))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_next(button(this, QStyle::SP_MediaSeekForward, tr("Next event (Right)")))
    , m_last(button(this, QStyle::SP_MediaSkipForward, tr("Last event (End)")))
    , m_spin(new QSpinBox(this))
    , m_time(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_stateModel(new JsonTreeModel(this))
    , m_stateView(jsonView(this, m_stateModel, tr("State")))
    , m_changeModel(new JsonTreeModel(this))
    , m_changeView(jsonView(this, m_changeModel, tr("Changes")))
    , m_history(new QTreeWidget(this))
    , m_eventTitle(new QLabel(this))
    , m_payloadTabs(new QTabWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_upcast(new QPlainTextEdit(this))
    , m_metadata(new QPlainTextEdit(this))
{
    setAccessibleName(tr("State inspector"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    m_slider->setAccessibleName(tr("Version scrubber"));
    m_slider->setToolTip(
        tr("Drag to travel through the stream's history; arrows, Page Up/Down, Home and End work too"));
    m_spin->setAccessibleName(tr("Events applied"));
    m_spin->setToolTip(tr("Number of the stream's events applied (its version when versions have no gaps)"));
    m_spin->setKeyboardTracking(false);
    m_time->setPlaceholderText(tr("Go to time, e.g. 2024-10-15T14:00Z"));
    m_time->setAccessibleName(tr("Go to time"));
    m_time->setClearButtonEnabled(true);

    auto* scrubber = new QHBoxLayout;
    scrubber->setSpacing(2);
    scrubber->addWidget(m_first);
    scrubber->addWidget(m_previous);
    scrubber->addWidget(m_slider, 1);
    scrubber->addWidget(m_next);
    scrubber->addWidget(m_last);
    scrubber->addSpacing(6);
    scrubber->addWidget(m_spin);
    scrubber->addSpacing(6);
    scrubber->addWidget(m_time);

    m_tabs->addTab(m_stateView, tr("State"));
    m_tabs->addTab(m_changeView, tr("What this event changed"));
    m_history->setHeaderLabels({ tr("Version"), tr("Time (UTC)"), tr("Event"), tr("User"), tr("Before"), tr("After") });
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAccessibleName(tr("Field history"));
    m_tabs->addTab(m_history, tr("Field history"));
    connect(m_history, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { Q_EMIT eventRequested(item->data(0, Qt::UserRole).toLongLong()); });
    for (QTreeView* view : { m_stateView, m_changeView }) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QTreeView::customContextMenuRequested, this, &StateInspector::showContextMenu);
        // Activation (double-click, or Enter) on a field asks for its history.
        connect(view, &QTreeView::activated, this, [this](const QModelIndex& index) {
            if (!index.data(JsonTreeModel::IsContainerRole).toBool())
                Q_EMIT historyRequested(index.data(JsonTreeModel::JsonPointerRole).toString());
        });
    }

    for (QPlainTextEdit* edit : { m_raw, m_upcast, m_metadata }) {
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_raw->setAccessibleName(tr("Raw payload"));
    m_upcast->setAccessibleName(tr("Upcast payload"));
    m_metadata->setAccessibleName(tr("Metadata"));
    m_payloadTabs->addTab(m_raw, tr("Payload"));
    m_payloadTabs->addTab(m_upcast, tr("As the projection sees it"));
    m_payloadTabs->addTab(m_metadata, tr("Metadata"));
    m_eventTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_eventTitle->setWordWrap(true);

    auto* eventPanel = new QWidget(this);
    auto* eventLayout = new QVBoxLayout(eventPanel);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addWidget(m_eventTitle);
    eventLayout->addWidget(m_payloadTabs, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(eventPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(scrubber);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { requestCount(value); });
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) { requestCount(value); });
    connect(m_first, &QToolButton::clicked, this, [this] { requestCount(0); });
    connect(m_previous, &QToolButton::clicked, this, [this] { requestCount(count() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { requestCount(count() + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { requestCount(m_slider->maximum()); });
    connect(m_time, &QLineEdit::returnPressed, this, [this] {
        const TimeUs time = TimestampParser::parseText(m_time->text().trimmed().toStdString());
        if (time == kInvalidTime) {
            showError(tr("'%1' is not a time; use ISO-8601, e.g. 2024-10-15T14:00:00Z").arg(m_time->text()));
            return;
        }
        Q_EMIT timeRequested(time);
    });
    clear();
}

void StateInspector::clear()
{
    m_streamId.clear();
    m_title->setText(tr("No stream selected"));
    m_status->setText(tr("Pick a stream in the Streams dock or an event in the table."));
    m_stateModel->setJson(Json::object());
    m_changeModel->setJson(Json::object());
    m_eventTitle->clear();
    m_history->clear();
    m_tabs->setTabText(2, tr("Field history"));
    for (QPlainTextEdit* edit : { m_raw, m_upcast, m_metadata })
        edit->clear();
    for (QWidget* control :
        std::initializer_list<QWidget*> { m_first, m_previous, m_slider, m_next, m_last, m_spin, m_time })
        control->setEnabled(false);
}

void StateInspector::setStream(const QString& streamId, const QString& description, qint64 eventCount, qint64 count)
{
    m_streamId = streamId;
    m_hasShownState = false;
    m_title->setText(description);
    const int maximum = static_cast<int>(std::min<qint64>(eventCount, std::numeric_limits<int>::max()));
    m_updating = true;
    m_slider->setRange(0, maximum);
    m_slider->setPageStep(std::max(1, maximum / 20));
    m_spin->setRange(0, maximum);
    m_spin->setSuffix(tr(" of %1").arg(maximum));
    m_updating = false;
    for (QWidget* control :
        std::initializer_list<QWidget*> { m_first, m_previous, m_slider, m_next, m_last, m_spin, m_time })
        control->setEnabled(true);
    setCount(count);
}

qint64 StateInspector::count() const
{
    return m_slider->value();
}

void StateInspector::setCount(qint64 count)
{
    requestCount(count);
}

void StateInspector::requestCount(qint64 count)
{
    if (m_updating)
        return;
    count = std::clamp<qint64>(count, 0, m_slider->maximum());
    m_updating = true;
    m_slider->setValue(static_cast<int>(count));
    m_spin->setValue(static_cast<int>(count));
    m_updating = false;
    m_status->setText(tr("Replaying to event %1…").arg(count));
    Q_EMIT countRequested(count);
}

QStringList StateInspector::expandedPointers(QTreeView* view) const
{
    QStringList pointers;
    auto* model = view->model();
    std::vector<QModelIndex> pending { QModelIndex() };
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (view->isExpanded(child)) {
                pointers << child.data(JsonTreeModel::JsonPointerRole).toString();
                pending.push_back(child);
            }
        }
    }
    return pointers;
}

void StateInspector::expandAfterReset(QTreeView* view, const QStringList& pointers)
{
    auto* model = static_cast<JsonTreeModel*>(view->model());
    for (const QString& pointer : pointers) {
        const QModelIndex index = model->indexForPointer(pointer);
        if (index.isValid())
            view->expand(index);
    }
}

void StateInspector::showPayload(QPlainTextEdit* edit, const QByteArray& json)
{
    if (json.isEmpty()) {
        edit->setPlainText(tr("(none)"));
        return;
    }
    if (json.size() > kPayloadDisplayLimit) {
        edit->setPlainText(tr("(%1 bytes; the first %2 shown)\n").arg(json.size()).arg(kPayloadDisplayLimit)
            + QString::fromUtf8(json.left(kPayloadDisplayLimit)));
        return;
    }
    const auto parsed = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    edit->setPlainText(parsed.is_discarded() ? tr("(not valid JSON)\n") + QString::fromUtf8(json)
                                             : QString::fromStdString(parsed.dump(2)));
}

void StateInspector::showAnswer(const StateAnswer& answer)
{
    const StateResult& state = answer.state;
    // Keep what the user opened: the same paths stay expanded while scrubbing.
    const QStringList expanded = m_hasShownState ? expandedPointers(m_stateView) : QStringList();
    m_stateModel->setJson(answer.json ? answer.json : std::make_shared<const Json>());
    if (m_hasShownState)
        expandAfterReset(m_stateView, expanded);
    else
        m_stateView->expandToDepth(0);
    m_hasShownState = true;

    if (answer.change) {
        m_changeModel->setDiff(answer.change);
        m_changeView->expandAll();
    } else {
        m_changeModel->setJson(Json::object());
    }

    m_status->setText(state.count == 0
            ? tr("Initial state, before the stream's first event · %1").arg(state.projection.displayName())
            : tr("After version %1 of %2 · %3 · %4")
                  .arg(state.version)
                  .arg(m_slider->maximum())
                  .arg(TimestampParser::toIso(state.time), state.projection.displayName()));
    if (answer.event.isValid()) {
        const Event& e = answer.event;
        m_eventTitle->setText(
            tr("<b>%1</b> · version %2 · position %3 · %4 · user %5 · correlation %6")
                .arg(e.type.toHtmlEscaped())
                .arg(e.version)
                .arg(e.position)
                .arg(TimestampParser::toIso(e.timestamp), e.userId.isEmpty() ? tr("(none)") : e.userId.toHtmlEscaped(),
                    e.correlationId.isEmpty() ? tr("(none)") : e.correlationId.toHtmlEscaped()));
        showPayload(m_raw, e.data);
        showPayload(m_metadata, e.metadata);
        if (answer.upcastEvent.isEmpty()) {
            m_upcast->setPlainText(tr("(the projection has no upcasters; it sees the payload as stored)"));
        } else {
            const auto upcast = Json::parse(answer.upcastEvent.toStdString(), nullptr, false);
            showPayload(m_upcast,
                upcast.is_discarded() || !upcast.contains("data") ? answer.upcastEvent
                                                                  : QByteArray::fromStdString(upcast["data"].dump()));
        }
    } else {
        m_eventTitle->setText(tr("No event applied yet."));
        for (QPlainTextEdit* edit : { m_raw, m_upcast, m_metadata })
            edit->clear();
    }
}

void StateInspector::showContextMenu(const QPoint& at)
{
    auto* view = qobject_cast<QTreeView*>(sender());
    const QModelIndex index = view ? view->indexAt(at) : QModelIndex();
    if (!index.isValid())
        return;
    const QString pointer = index.data(JsonTreeModel::JsonPointerRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Field History"), this, [this, pointer] { Q_EMIT historyRequested(pointer); });
    menu.addAction(tr("Copy Value"), this,
        [index] { QApplication::clipboard()->setText(index.data(JsonTreeModel::ValueJsonRole).toString()); });
    menu.addAction(tr("Copy JSON Pointer"), this, [pointer] { QApplication::clipboard()->setText(pointer); });
    menu.addSeparator();
    menu.addAction(tr("Expand All"), view, &QTreeView::expandAll);
    menu.addAction(tr("Collapse All"), view, &QTreeView::collapseAll);
    menu.exec(view->viewport()->mapToGlobal(at));
}

void StateInspector::showFieldHistory(const QString& pointer, const std::vector<FieldChange>& changes)
{
    m_history->clear();
    QList<QTreeWidgetItem*> items;
    for (std::size_t i = 0; i < std::min(changes.size(), kHistoryRows); ++i) {
        const FieldChange& change = changes[i];
        auto* item = new QTreeWidgetItem({ QString::number(change.version), TimestampParser::toIso(change.time),
            change.type, change.userId, change.existedBefore ? QString::fromUtf8(change.before) : tr("(absent)"),
            change.existsAfter ? QString::fromUtf8(change.after) : tr("(absent)") });
        item->setData(0, Qt::UserRole, change.position);
        items << item;
    }
    m_history->addTopLevelItems(items);
    for (int column = 0; column < m_history->columnCount(); ++column)
        m_history->resizeColumnToContents(column);
    m_tabs->setTabText(2, tr("History of %1 (%2)").arg(pointer).arg(changes.size()));
    m_tabs->setCurrentWidget(m_history);
}

void StateInspector::showError(const QString& message)
{
    m_status->setText(message);
}

} // namespace Chronoscope
