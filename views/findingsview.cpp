// SPDX-License-Identifier: MIT
#include "findingsview.h"

#include "index/timestampparser.h"
#include "itemmodels/findingsmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace Chronoscope {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// Signal colours tuned per background (as the projection editor's): the darker variants
// vanish on a dark base and the lighter ones wash out on white.
QColor severityColor(Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xf1, 0x4c, 0x4c) : QColor(0xd7, 0x1a, 0x1a);
    case Severity::Warning:
        return dark ? QColor(0xe0, 0xb0, 0x30) : QColor(0xb8, 0x80, 0x00);
    case Severity::Note:
        break;
    }
    return dark ? QColor(0x6c, 0xa4, 0xf8) : QColor(0x1f, 0x6f, 0xeb);
}

/// Error: a disc with "!"; warning: a triangle with "!"; note: a disc with "i". Shapes
/// differ as well as colours, for colour-blind eyes. Drawn at 2x for HiDPI.
QIcon severityIcon(Severity severity, const QPalette& palette)
{
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(severityColor(severity, palette));
    // The glyph contrasts with the signal colour, not with the base.
    const QColor glyph = isDark(palette) ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
    switch (severity) {
    case Severity::Error:
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        painter.setBrush(glyph);
        painter.drawRect(QRectF(7, 4, 2, 5.5));
        painter.drawRect(QRectF(7, 10.5, 2, 2));
        break;
    case Severity::Warning: {
        const QPointF triangle[] = { { 8, 1.5 }, { 15, 14.5 }, { 1, 14.5 } };
        painter.drawPolygon(triangle, 3);
        painter.setBrush(QColor(0x20, 0x20, 0x20));
        painter.drawRect(QRectF(7.1, 5.5, 1.8, 5));
        painter.drawRect(QRectF(7.1, 11.5, 1.8, 1.8));
        break;
    }
    case Severity::Note:
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
        painter.setBrush(glyph);
        painter.drawRect(QRectF(7, 3.8, 2, 2));
        painter.drawRect(QRectF(7, 6.8, 2, 5.5));
        break;
    }
    return QIcon(pixmap);
}

/// Severity icons in the first column, group rows in bold. Icons follow the palette of
/// whatever is painted (remade when its base colour changes).
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != FindingsModel::SeverityColumn)
            return;
        const QVariant severity = index.data(FindingsModel::SeverityRole);
        if (!severity.isValid())
            return;
        if (option->palette.color(QPalette::Base) != m_base) {
            m_base = option->palette.color(QPalette::Base);
            for (int s = 0; s < 3; ++s)
                m_icons[static_cast<std::size_t>(s)] = severityIcon(static_cast<Severity>(s), option->palette);
        }
        option->icon = m_icons[static_cast<std::size_t>(std::clamp(severity.toInt(), 0, 2))];
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        if (!index.parent().isValid())
            option->font.setBold(true);
    }

private:
    mutable QColor m_base;
    mutable std::array<QIcon, 3> m_icons;
};

QString evidenceText(const nlohmann::ordered_json& evidence)
{
    // Replace, not throw, should evidence quote bytes that are not UTF-8 (malformed payloads).
    return QString::fromStdString(evidence.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

QString findingDetails(const Finding& finding)
{
    QStringList lines;
    lines << FindingsView::tr("%1 (%2, %3)")
                 .arg(findingTitle(finding.code), finding.codeName(), severityName(finding.severity));
    if (finding.isStoreWide()) {
        lines << FindingsView::tr("About the whole store");
    } else {
        lines << FindingsView::tr("Stream %1, version %2, position %3")
                     .arg(finding.streamId.isEmpty() ? FindingsView::tr("(none)") : finding.streamId,
                         finding.version < 0 ? FindingsView::tr("(none)") : QString::number(finding.version),
                         QString::number(finding.position));
        if (!finding.eventId.isEmpty())
            lines << FindingsView::tr("Event id %1").arg(finding.eventId);
        if (finding.time != kInvalidTime)
            lines << FindingsView::tr("Time %1").arg(TimestampParser::toIso(finding.time));
    }
    lines << QString() << finding.message;
    if (!finding.evidence.is_null())
        lines << QString() << FindingsView::tr("Evidence:") << evidenceText(finding.evidence);
    return lines.join(u'\n');
}

} // namespace

FindingsView::FindingsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_details(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_busy(new QWidget(this))
    , m_busyText(new QLabel(m_busy))
    , m_progress(new QProgressBar(m_busy))
    , m_cancel(new QPushButton(tr("Cancel"), m_busy))
{
    setAccessibleName(tr("Findings"));
    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter findings (message, stream, code, position)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Findings filter"));
    m_severity->addItem(tr("All"), static_cast<int>(Severity::Note));
    m_severity->addItem(tr("Warnings and errors"), static_cast<int>(Severity::Warning));
    m_severity->addItem(tr("Errors"), static_cast<int>(Severity::Error));
    m_severity->setAccessibleName(tr("Minimum severity"));

    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new SeverityDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAccessibleName(tr("Findings by code"));
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    // Finding rows sit one level in: indentation, branch, icon and the longest severity word.
    int severityWidth = 0;
    for (const Severity severity : { Severity::Error, Severity::Warning, Severity::Note })
        severityWidth = std::max(severityWidth, metrics.horizontalAdvance(FindingsModel::severityText(severity)));
    m_tree->setColumnWidth(FindingsModel::SeverityColumn, 2 * m_tree->indentation() + 16 + severityWidth + 24);
    m_tree->setColumnWidth(FindingsModel::Stream, metrics.horizontalAdvance(QStringLiteral("account-00000")) + 16);
    m_tree->setColumnWidth(FindingsModel::Version, metrics.horizontalAdvance(tr("Version")) + 16);
    m_tree->setColumnWidth(FindingsModel::Position, metrics.horizontalAdvance(QStringLiteral("10000000")) + 16);

    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setAccessibleName(tr("Finding details"));
    m_details->setPlaceholderText(tr("Select a finding to see its evidence."));

    m_summary->setAccessibleName(tr("Findings summary"));
    m_busyText->setAccessibleName(tr("Audit status"));
    m_progress->setAccessibleName(tr("Audit progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_cancel->setAccessibleName(tr("Cancel audit"));

    auto* filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_severity);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* busy = new QHBoxLayout(m_busy);
    busy->setContentsMargins(0, 0, 0, 0);
    busy->addWidget(m_busyText);
    busy->addWidget(m_progress);
    busy->addWidget(m_cancel);
    m_busy->hide();

    auto* status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_busy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        m_tree->expandAll();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setMinimumSeverity(static_cast<Severity>(m_severity->currentData().toInt())); });
    connect(m_cancel, &QPushButton::clicked, this, &FindingsView::cancelRequested);

    // Group rows span every column (their title is longer than a severity word) and open
    // as they appear; their findings are what one came for.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        if (!parent.isValid())
            spanGroups(first, last);
        updateSummary();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FindingsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        spanGroups(0, m_proxy->rowCount() - 1);
        updateSummary();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        spanGroups(0, m_proxy->rowCount() - 1);
        updateSummary();
    });

    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            showDetails(current);
            const qint64 position = current.data(FindingsModel::PositionRole).toLongLong();
            if (current.isValid() && position >= 0)
                Q_EMIT eventActivated(position);
        });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const qint64 position = index.data(FindingsModel::PositionRole).toLongLong();
        if (position >= 0)
            Q_EMIT eventActivated(position);
    });

    updateSummary();
}

FindingsView::~FindingsView() = default;

void FindingsView::appendFindings(const Findings& batch)
{
    m_model->appendFindings(batch);
}

void FindingsView::clear()
{
    m_model->clear();
    m_details->clear();
}

void FindingsView::setBusy(const QString& text)
{
    m_busyText->setText(text);
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_busy->show();
}

void FindingsView::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    // Per mille: totals may exceed int.
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void FindingsView::setIdle()
{
    m_busy->hide();
}

bool FindingsView::isBusy() const
{
    return !m_busy->isHidden();
}

QString FindingsView::summaryText() const
{
    return m_summary->text();
}

void FindingsView::spanGroups(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_tree->setFirstColumnSpanned(row, {}, true);
        m_tree->expand(m_proxy->index(row, 0));
    }
}

void FindingsView::updateSummary()
{
    if (m_model->totalCount() == 0) {
        m_summary->setText(tr("No findings"));
        return;
    }
    // One part per severity present, worst first; %n picks the plural form.
    QStringList parts;
    if (const auto errors = static_cast<int>(m_model->count(Severity::Error)))
        parts << tr("%n error(s)", nullptr, errors);
    if (const auto warnings = static_cast<int>(m_model->count(Severity::Warning)))
        parts << tr("%n warning(s)", nullptr, warnings);
    if (const auto notes = static_cast<int>(m_model->count(Severity::Note)))
        parts << tr("%n note(s)", nullptr, notes);
    QString text = parts.join(tr(", ", "between counts"));
    if (!m_proxy->filterText().isEmpty() || m_proxy->minimumSeverity() != Severity::Note) {
        int shown = 0;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            shown += m_proxy->rowCount(m_proxy->index(row, 0));
        text = tr("%1 (%n shown)", "counts (shown by the filter)", shown).arg(text);
    }
    m_summary->setText(text);
}

void FindingsView::showDetails(const QModelIndex& index)
{
    const QVariant finding = index.data(FindingsModel::FindingRole);
    if (finding.isValid()) {
        m_details->setPlainText(findingDetails(finding.value<Finding>()));
        return;
    }
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const auto code = static_cast<FindingCode>(index.data(FindingsModel::CodeRole).toInt());
    const auto severity = static_cast<Severity>(index.data(FindingsModel::SeverityRole).toInt());
    const auto count = static_cast<int>(index.data(FindingsModel::CountRole).toLongLong());
    m_details->setPlainText(tr("%1 (%2, %3)").arg(findingTitle(code), findingCodeName(code), severityName(severity))
        + u'\n' + tr("%n finding(s). Select one to see its event and evidence.", nullptr, count));
}

} // namespace Chronoscope
