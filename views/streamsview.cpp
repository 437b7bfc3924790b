// SPDX-License-Identifier: MIT
#include "streamsview.h"

#include "itemmodels/streamsmodel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Chronoscope {

namespace {

/// Colours a stream's findings badge by its worst severity, from the palette's own hues so
/// it reads in light and dark themes.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int severity = index.data(StreamsModel::BadgeSeverityRole).toInt();
        if (severity == 0)
            return;
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        static constexpr QRgb light[] = { 0x2f6fbf, 0xa86400, 0xc0262d };
        static constexpr QRgb darkHues[] = { 0x7fb2ff, 0xf0b050, 0xff7b72 };
        const QRgb colour = (dark ? darkHues : light)[severity - 1];
        option->palette.setColor(QPalette::Text, QColor::fromRgb(colour));
        option->font.setBold(severity == 3);
    }
};

} // namespace

StreamsView::StreamsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new StreamsModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    setAccessibleName(tr("Streams"));
    m_filter->setPlaceholderText(tr("Find a stream (type part of its id)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Stream filter"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setAccessibleName(tr("Streams by aggregate type"));
    // Fixed widths: fitting columns to contents would measure rows of a million streams.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegateForColumn(StreamsModel::Badges, new BadgeDelegate(m_tree));
    // Findings right after the event count, where a narrow dock still shows them.
    m_tree->header()->moveSection(StreamsModel::Badges, StreamsModel::Events + 1);
    m_tree->setColumnWidth(
        StreamsModel::Stream, fontMetrics().horizontalAdvance(QStringLiteral("family-0000000000")) + 40);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == StreamsModel::Stream && !m_fitting)
            m_streamColumnSizedByUser = true;
    });
    m_tree->setColumnWidth(StreamsModel::Events, fontMetrics().horizontalAdvance(QStringLiteral("1,000,000")) + 16);
    // Wide enough for the longest single badge ("12 Warnungen", errors in bold); a stream
    // with more than one kind of finding may still be cut, and the column can be widened.
    QFont bold = font();
    bold.setBold(true);
    const int badgeWidth = std::max({ QFontMetrics(bold).horizontalAdvance(StreamsModel::badgeText({ 0, 0, 12 })),
        fontMetrics().horizontalAdvance(StreamsModel::badgeText({ 0, 12, 0 })),
        fontMetrics().horizontalAdvance(StreamsModel::badgeText({ 12, 0, 0 })) });
    m_tree->setColumnWidth(StreamsModel::Badges, badgeWidth + 16);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        // With a filter the matches are what the user wants to see.
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex first = m_model->firstMatch();
        if (first.isValid()) {
            selectIndex(first);
            m_tree->setFocus();
        }
    });
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const qint64 stream = current.data(StreamsModel::StreamNumberRole).toLongLong();
            if (!m_quiet && stream >= 0)
                Q_EMIT streamSelected(static_cast<quint32>(stream));
        });
}

void StreamsView::setIndex(IndexPtr index)
{
    m_model->setIndex(std::move(index));
    fitStreamColumn();
    if (!m_filter->text().isEmpty())
        m_tree->expandAll();
}

void StreamsView::appendIndex(IndexPtr index)
{
    QStringList expanded;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex type = m_model->index(row, 0);
        if (m_tree->isExpanded(type))
            expanded << type.data(StreamsModel::AggregateTypeRole).toString();
    }
    const qint64 current = m_tree->currentIndex().data(StreamsModel::StreamNumberRole).toLongLong();
    const bool hadCurrent = m_tree->currentIndex().isValid() && current >= 0;
    const int scroll = m_tree->verticalScrollBar()->value();
    if (!m_model->appendIndex(std::move(index)))
        return;
    if (!m_filter->text().isEmpty()) {
        m_tree->expandAll();
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex type = m_model->index(row, 0);
            if (expanded.contains(type.data(StreamsModel::AggregateTypeRole).toString()))
                m_tree->expand(type);
        }
    }
    // Stream numbers survive a new snapshot: streams are interned in order of appearance.
    if (hadCurrent)
        showStream(static_cast<quint32>(current));
    m_tree->verticalScrollBar()->setValue(scroll);
}

void StreamsView::fitStreamColumn()
{
    const IndexPtr index = m_model->eventIndex();
    if (!index || m_streamColumnSizedByUser)
        return;
    // Measuring every id of a million streams would take a while: a few hundred spread over
    // the store tell the usual length, and the type rows ("BankAccount (7)") all.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int indentation = m_tree->indentation();
    int width = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        width = std::max(width, metrics.horizontalAdvance(m_model->index(row, StreamsModel::Stream).data().toString()));
    width += indentation;
    const quint32 streams = index->streams().size();
    const quint32 step = std::max<quint32>(1, streams / 256);
    for (quint32 stream = 0; stream < streams; stream += step)
        width = std::max(width, metrics.horizontalAdvance(index->streams().string(stream)) + 2 * indentation);
    // In a narrow dock the count and the findings stay in view and long ids lose their
    // middle ("inventory-…10000"), down to the width of a usual id.
    const int room = m_tree->viewport()->width() - m_tree->columnWidth(StreamsModel::Events)
        - m_tree->columnWidth(StreamsModel::Badges);
    const int usual = metrics.horizontalAdvance(QStringLiteral("family-0000000000")) + 2 * indentation;
    m_fitting = true;
    m_tree->setColumnWidth(StreamsModel::Stream, std::min(width + 12, std::max(usual, room)));
    m_fitting = false;
}

void StreamsView::selectIndex(const QModelIndex& index)
{
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void StreamsView::showStream(quint32 stream)
{
    const QModelIndex index = m_model->indexOfStream(stream);
    if (!index.isValid())
        return;
    m_quiet = true;
    selectIndex(index);
    m_quiet = false;
}

} // namespace Chronoscope
