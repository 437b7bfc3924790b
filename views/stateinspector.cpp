// SPDX-License-Identifier: MIT
#include "stateinspector.h"

#include "diffview.h"
#include "index/timestampparser.h"
#include "itemmodels/jsontreemodel.h"
#include "jsontreeview.h"
#include "paletteicons.h"
#include "statesearchbar.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

// The icon's shape, kept on the button to redraw it when the palette changes.
const char* const kShapeProperty = "chronoscopeIconShape";

QToolButton* button(QWidget* parent, PaletteIcons::Shape shape, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setProperty(kShapeProperty, static_cast<int>(shape));
    b->setIcon(PaletteIcons::icon(shape, parent->palette()));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

StateInspector::StateInspector(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_first(button(this, PaletteIcons::Shape::First, tr("First event (Home)")))
    , m_previous(button(this, PaletteIcons::Shape::Previous, tr("Previous event (Left)")))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_next(button(this, PaletteIcons::Shape::Next, tr("Next event (Right)")))
    , m_last(button(this, PaletteIcons::Shape::Last, tr("Last event (End)")))
    , m_spin(new QSpinBox(this))
    , m_time(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_stateModel(new JsonTreeModel(this))
    , m_stateView(new JsonTreeView(tr("State"), this))
    , m_search(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_stateSearch(new StateSearchBar(this))
    , m_diffView(new DiffView(this))
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
    m_title->setWordWrap(true); // long stream ids and large fonts must not widen the dock
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
    // Wide enough for a time as typed (the clear button takes room too); the placeholder may
    // be cut where the dock is narrow, so that the scrubber keeps room to be dragged.
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("2024-10-15T14:00:00Z")) + 40);
    m_slider->setMinimumWidth(m_slider->fontMetrics().averageCharWidth() * 16);

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

    m_stateView->setModel(m_stateModel);
    m_stateView->header()->setSectionResizeMode(JsonTreeModel::Key, QHeaderView::Interactive);
    m_stateView->header()->setSectionResizeMode(JsonTreeModel::Value, QHeaderView::Stretch);
    m_stateView->header()->setSectionResizeMode(JsonTreeModel::Type, QHeaderView::ResizeToContents);
    m_stateView->setColumnWidth(JsonTreeModel::Key, 200);
    m_search->setPlaceholderText(tr("Search keys and values (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search in state"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findInState(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchStatus->clear(); });
    auto* expandAll = button(this, PaletteIcons::Shape::ExpandAll, tr("Expand all"));
    auto* collapseAll = button(this, PaletteIcons::Shape::CollapseAll, tr("Collapse all"));
    connect(expandAll, &QToolButton::clicked, m_stateView, &QTreeView::expandAll);
    connect(collapseAll, &QToolButton::clicked, m_stateView, &QTreeView::collapseAll);
    auto* statePage = new QWidget(this);
    auto* searchRow = new QHBoxLayout;
    searchRow->setSpacing(2);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchStatus);
    searchRow->addWidget(expandAll);
    searchRow->addWidget(collapseAll);
    auto* stateLayout = new QVBoxLayout(statePage);
    stateLayout->setContentsMargins(0, 4, 0, 0);
    stateLayout->setSpacing(2);
    stateLayout->addLayout(searchRow);
    stateLayout->addWidget(m_stateView, 1);
    m_tabs->setAccessibleName(tr("State views"));
    m_payloadTabs->setAccessibleName(tr("Event payload views"));
    stateLayout->addWidget(m_stateSearch);
    m_tabs->addTab(statePage, tr("State"));
    m_tabs->addTab(m_diffView, tr("Diff"));
    m_tabs->setTabToolTip(
        1, tr("What this event changed, or the state against another version, projection or snapshot"));
    m_history->setHeaderLabels({ tr("Version"), tr("Time (UTC)"), tr("Event"), tr("User"), tr("Before"), tr("After") });
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAccessibleName(tr("Field history"));
    m_tabs->addTab(m_history, tr("Field history"));
    connect(m_history, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { Q_EMIT eventRequested(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_stateView, &JsonTreeView::historyRequested, this, &StateInspector::historyRequested);
    connect(m_diffView, &DiffView::historyRequested, this, &StateInspector::historyRequested);

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
    m_shownState.reset();
    m_status->setText(tr("Pick a stream in the Streams dock or an event in the table."));
    m_stateModel->setJson(Json::object());
    m_diffView->clear();
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
    if (streamId != m_streamId) {
        m_history->clear();
        m_tabs->setTabText(2, tr("Field history"));
    }
    m_streamId = streamId;
    m_hasShownState = false;
    setEventCount(description, eventCount);
    for (QWidget* control :
        std::initializer_list<QWidget*> { m_first, m_previous, m_slider, m_next, m_last, m_spin, m_time })
        control->setEnabled(true);
    setCount(count);
}

void StateInspector::setEventCount(const QString& description, qint64 eventCount)
{
    m_title->setText(description);
    const int maximum = static_cast<int>(std::min<qint64>(eventCount, std::numeric_limits<int>::max()));
    m_updating = true;
    m_slider->setRange(0, maximum);
    m_slider->setPageStep(std::max(1, maximum / 20));
    m_spin->setRange(0, maximum);
    m_spin->setSuffix(tr(" of %1").arg(maximum));
    m_updating = false;
    if (m_shownState) // "After event 12 of N": N grew
        showStateStatus();
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
    m_shownState.reset();
    m_status->setText(tr("Replaying to event %1…").arg(count));
    Q_EMIT countRequested(count);
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
    const QStringList expanded = m_hasShownState ? m_stateView->expandedPointers() : QStringList();
    const QString current = m_stateView->currentIndex().data(JsonTreeModel::JsonPointerRole).toString();
    m_stateModel->setJson(answer.json ? answer.json : std::make_shared<const Json>());
    if (m_hasShownState)
        m_stateView->expandPointers(expanded);
    else
        m_stateView->expandToDepth(0);
    if (!current.isEmpty())
        m_stateView->setCurrentIndex(m_stateModel->indexForPointer(current));
    m_hasShownState = true;
    m_diffView->setPlayhead(m_streamId, state.count, m_slider->maximum());
    m_diffView->showChange(answer);

    m_shownState = state;
    showStateStatus();
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

void StateInspector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (QToolButton* b : findChildren<QToolButton*>()) {
            const QVariant shape = b->property(kShapeProperty);
            if (shape.isValid())
                b->setIcon(PaletteIcons::icon(static_cast<PaletteIcons::Shape>(shape.toInt()), palette()));
        }
    }
    QWidget::changeEvent(event);
}

void StateInspector::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

JsonTreeModel* StateInspector::changeModel() const
{
    return m_diffView->unifiedModel();
}

bool StateInspector::findInState(const QString& text, bool backwards)
{
    const QModelIndexList matches = m_stateModel->match(text);
    if (matches.isEmpty()) {
        m_searchStatus->setText(text.isEmpty() ? QString() : tr("no match"));
        return false;
    }
    // Tree order: the first match after (or before) the current node, wrapping around.
    const QModelIndex current = m_stateView->currentIndex().siblingAtColumn(JsonTreeModel::Key);
    qsizetype at = matches.indexOf(current);
    if (at < 0) {
        at = backwards ? matches.size() - 1 : 0;
    } else {
        at = (at + (backwards ? matches.size() - 1 : 1)) % matches.size();
    }
    const QModelIndex found = matches.at(at);
    for (QModelIndex parent = found.parent(); parent.isValid(); parent = parent.parent())
        m_stateView->expand(parent);
    m_stateView->setCurrentIndex(found);
    m_stateView->scrollTo(found, QAbstractItemView::PositionAtCenter);
    m_searchStatus->setText(tr("%1 of %2").arg(at + 1).arg(matches.size()));
    return true;
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
    m_shownState.reset();
    m_status->setText(message);
}

void StateInspector::showStateStatus()
{
    const StateResult& state = *m_shownState;
    m_status->setText(state.count == 0
            ? tr("Initial state, before the stream's first event · %1").arg(state.projection.displayName())
            : tr("After event %1 of %2 (version %3) · %4 · %5")
                  .arg(state.count)
                  .arg(m_slider->maximum())
                  .arg(state.version)
                  .arg(TimestampParser::toIso(state.time), state.projection.displayName()));
}

} // namespace Chronoscope
