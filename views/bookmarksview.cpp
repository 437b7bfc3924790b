// SPDX-License-Identifier: MIT
#include "bookmarksview.h"

#include "itemmodels/bookmarksmodel.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace Chronoscope {

namespace {

/// Shows the bookmark's colour as a swatch beside its label (the model has no Gui types).
class ColorSwatches : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == BookmarksModel::Label) {
            const QString color = index.data(BookmarksModel::ColorRole).toString();
            if (index.data(BookmarksModel::BookmarkRole).toInt() < 0)
                return {};
            QPixmap swatch(12, 12);
            swatch.fill(Qt::transparent);
            QPainter painter(&swatch);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(QColor(color.isEmpty() ? BookmarksView::colors().constFirst().first : color));
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
            return swatch;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

BookmarksView::BookmarksView(QWidget* parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(EditKeyPressed | SelectedClicked);
    setAccessibleName(tr("Bookmarks"));
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &BookmarksView::showMenu);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT eventActivated(index.data(BookmarksModel::PositionRole).toLongLong());
    });
}

QList<std::pair<QString, QString>> BookmarksView::colors()
{
    return { { QStringLiteral("#2f6fd6"), tr("Blue") }, { QStringLiteral("#d9433a"), tr("Red") },
        { QStringLiteral("#e39b19"), tr("Orange") }, { QStringLiteral("#3a9e4f"), tr("Green") },
        { QStringLiteral("#8b50c8"), tr("Purple") }, { QStringLiteral("#7a7a7a"), tr("Grey") } };
}

void BookmarksView::setBookmarksModel(BookmarksModel* model)
{
    m_model = model;
    auto* proxy = new ColorSwatches(this);
    proxy->setSourceModel(model);
    setModel(proxy);
    header()->setStretchLastSection(true);
    setColumnWidth(BookmarksModel::Label, 160);
    setColumnWidth(BookmarksModel::Event, 220);
    setColumnWidth(BookmarksModel::Time, 210);
    // Every change of the case file resets the model: stay on the same event.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_keptPosition = currentIndex().data(BookmarksModel::PositionRole).toLongLong(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keptPosition);
        if (row >= 0)
            setCurrentIndex(this->model()->index(row, BookmarksModel::Label));
    });
}

void BookmarksView::keyPressEvent(QKeyEvent* event)
{
    if (state() != EditingState && currentIndex().isValid()) {
        if (event->key() == Qt::Key_F2) {
            edit(currentIndex().siblingAtColumn(BookmarksModel::Label));
            return;
        }
        if (event->key() == Qt::Key_Delete) {
            removeCurrent();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

void BookmarksView::removeCurrent()
{
    const int bookmark = currentIndex().data(BookmarksModel::BookmarkRole).toInt();
    if (m_model && m_model->caseFile() && bookmark >= 0)
        m_model->caseFile()->removeBookmark(bookmark);
}

void BookmarksView::showMenu(const QPoint& at)
{
    const QModelIndex index = indexAt(at);
    if (!index.isValid() || !m_model || !m_model->caseFile())
        return;
    setCurrentIndex(index.siblingAtColumn(BookmarksModel::Label));
    CaseFile* caseFile = m_model->caseFile();
    const int bookmark = index.data(BookmarksModel::BookmarkRole).toInt();
    const qint64 position = index.data(BookmarksModel::PositionRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("&Go to Event"), this, [this, position] { Q_EMIT eventActivated(position); });
    menu.addAction(tr("Edit &Label"), this, [this, index] { edit(index.siblingAtColumn(BookmarksModel::Label)); })
        ->setShortcut(Qt::Key_F2);
    if (bookmark >= 0) {
        QMenu* colors = menu.addMenu(tr("&Colour"));
        for (const auto& [color, name] : BookmarksView::colors())
            colors->addAction(
                name, this, [caseFile, bookmark, color = color] { caseFile->setBookmarkColor(bookmark, color); });
        menu.addAction(tr("&Remove Bookmark"), this, [this] { removeCurrent(); })->setShortcut(Qt::Key_Delete);
    }
    const QList<int> notes = caseFile->notesAt(position);
    if (!notes.isEmpty()) {
        menu.addAction(tr("Remove %n &Note(s)", nullptr, static_cast<int>(notes.size())), this, [caseFile, notes] {
            for (auto it = notes.crbegin(); it != notes.crend(); ++it)
                caseFile->removeNote(*it);
        });
    }
    menu.exec(viewport()->mapToGlobal(at));
}

} // namespace Chronoscope
