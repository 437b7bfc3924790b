// SPDX-License-Identifier: MIT
#include "casecontroller.h"

#include "bookmarksview.h"
#include "casemarksdelegate.h"
#include "diffview.h"
#include "eventtableview.h"
#include "index/indexjob.h"
#include "index/timestampparser.h"
#include "itemmodels/bookmarksmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "query/filterlibrary.h"
#include "replay/jsprojection.h"
#include "stateinspector.h"
#include "timelineview.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Chronoscope {

namespace {

QString timeModeKey(EventTableModel::TimeMode mode)
{
    switch (mode) {
    case EventTableModel::TimeMode::Local:
        return QStringLiteral("local");
    case EventTableModel::TimeMode::Relative:
        return QStringLiteral("relative");
    case EventTableModel::TimeMode::Utc:
        break;
    }
    return QStringLiteral("utc");
}

} // namespace

CaseController::CaseController(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_case(new CaseFile(this))
    , m_model(new BookmarksModel(this))
    , m_view(new BookmarksView(window))
    , m_dock(new QDockWidget(tr("Bookmarks"), window))
    , m_menu(new QMenu(tr("&Bookmarks"), window))
{
    m_case->setDataDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_model->setCaseFile(m_case);
    m_view->setBookmarksModel(m_model);
    m_dock->setObjectName(QStringLiteral("bookmarksDock"));
    m_dock->setWidget(m_view);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    connect(m_view, &BookmarksView::eventActivated, window, &MainWindow::goToEvent);

    m_toggle = m_menu->addAction(tr("&Toggle Bookmark"), this, [this] { toggleBookmark(selectedPosition()); });
    m_toggle->setShortcut(Qt::CTRL | Qt::Key_B);
    m_addNote = m_menu->addAction(tr("Add &Note…"), this, &CaseController::askForNote);
    m_addNote->setShortcut(Qt::CTRL | Qt::Key_M);
    m_menu->addSeparator();
    m_menu->addAction(tr("Show &Bookmarks"), this, [this] {
        m_dock->show();
        m_dock->raise();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    m_export = new QAction(tr("Export &Case…"), this);
    connect(m_export, &QAction::triggered, this, &CaseController::chooseExport);
    m_import = new QAction(tr("&Import Case…"), this);
    connect(m_import, &QAction::triggered, this, &CaseController::chooseImport);

    // The event table: marks in the Position column, Add Note in a row's menu.
    EventTableView* table = window->eventTable();
    table->setItemDelegateForColumn(EventTableModel::Position,
        new CaseMarksDelegate(
            [this](qint64 position) {
                CaseMarksDelegate::Marks marks;
                if (const int b = m_case->bookmarkAt(position); b >= 0) {
                    const Bookmark& bookmark = m_case->bookmarks().at(b);
                    marks.bookmarked = true;
                    marks.label = bookmark.label;
                    marks.color = QColor(
                        bookmark.color.isEmpty() ? BookmarksView::colors().constFirst().first : bookmark.color);
                }
                for (const int n : m_case->notesAt(position)) {
                    const EventNote& note = m_case->notes().at(n);
                    marks.notes << tr("%1 (%2): %3").arg(note.author, TimestampParser::toIso(note.time), note.text);
                }
                return marks;
            },
            EventTableModel::PositionRole, table));
    table->addRowActions({ m_toggle, m_addNote });
    connect(m_case, &CaseFile::changed, table->viewport(), qOverload<>(&QWidget::update));
    connect(m_case, &CaseFile::changed, this, &CaseController::markersChanged);
    connect(m_case, &CaseFile::saveFailed, this,
        [this](const QString& message) { m_window->messageBar()->showMessage(MessageBar::Kind::Warning, message); });

    connect(window->eventModel(), &QAbstractItemModel::headerDataChanged, this, &CaseController::recordTimeDisplay);
    connect(
        window->indexJob(), &IndexJob::indexAvailable, this, [this](const IndexPtr&, bool final) { onIndex(final); });
    // The window hides its message bar when the replay is ready; a case warning stays up.
    connect(window->replayService(), &ReplayService::sourceReady, this, [this] {
        const QStringList warnings = std::exchange(m_warnings, {});
        if (!warnings.isEmpty())
            m_window->messageBar()->showMessage(MessageBar::Kind::Warning, warnings.constFirst(),
                warnings.size() > 1 ? warnings.join(u'\n') : QString());
    });
}

CaseController::~CaseController()
{
    // The window's views may be gone already: save what is pending without telling them.
    m_case->disconnect();
    m_case->close();
}

QList<TimelineMarker> CaseController::markers() const
{
    QList<TimelineMarker> markers;
    for (const Bookmark& bookmark : m_case->bookmarks()) {
        TimelineMarker marker;
        marker.position = bookmark.event.position;
        marker.kind = TimelineMarker::Kind::Bookmark;
        marker.label = bookmark.label;
        markers << marker;
    }
    return markers;
}

void CaseController::storeOpened(const QString& storePath)
{
    m_storePath = storePath;
    m_resolved = false;
    const QStringList warnings = m_case->open(storePath);
    m_model->setIndex({});
    showWarnings(warnings);
    const CaseData& data = m_case->data();
    const QScopedValueRollback restoring(m_restoring, true);
    // The projections the investigation used, when they can still be loaded.
    const ProjectionSpec active = ProjectionSpec::parse(data.activeProjection);
    if (!data.activeProjection.isEmpty() && (active.isMerge() || QFileInfo::exists(active.file))
        && data.activeProjection != m_window->projection())
        m_window->setProjection(data.activeProjection);
    if (!data.otherProjection.isEmpty() && QFileInfo::exists(ProjectionSpec::parse(data.otherProjection).file))
        m_window->inspector()->diffView()->setOtherProjection(
            data.otherProjection, QFileInfo(ProjectionSpec::parse(data.otherProjection).file).fileName());
    m_restoreStream = data.inspectedStream;
    m_restoreCount = data.inspectedCount;
    if (!m_restoreStream.isEmpty())
        m_window->openAt(m_restoreStream);
    restoreFilters();
    Q_EMIT markersChanged();
}

void CaseController::restoreFilters()
{
    // The filter bar's library is the user's (kept in the settings, for every store); the
    // case holds the filters of this investigation, so a colleague who imports it has them.
    FilterLibrary* library = m_window->filterLibrary();
    if (!library)
        return;
    if (!m_filtersConnected) {
        m_filtersConnected = true;
        connect(library, &FilterLibrary::changed, this, &CaseController::recordFilters);
    }
    const QScopedValueRollback restoring(m_restoring, true);
    for (const SavedFilter& filter : m_case->savedFilters()) {
        if (library->savedText(filter.name) != filter.expression)
            library->save(filter.name, filter.expression);
    }
    QStringList history = library->history();
    for (const QString& expression : m_case->filterHistory()) {
        if (!history.contains(expression))
            history << expression;
    }
    library->setHistory(history);
}

void CaseController::recordFilters()
{
    if (m_restoring || !m_case->isOpen())
        return;
    FilterLibrary* library = m_window->filterLibrary();
    for (const SavedFilter& filter : library->saved()) {
        const auto known = std::find(m_case->savedFilters().begin(), m_case->savedFilters().end(), filter);
        if (known == m_case->savedFilters().end())
            m_case->saveFilter(filter.name, filter.expression);
    }
    const QList<SavedFilter> inCase = m_case->savedFilters();
    for (const SavedFilter& filter : inCase) {
        if (library->savedText(filter.name).isEmpty())
            m_case->removeFilter(filter.name);
    }
    const QStringList history = library->history();
    if (!history.isEmpty()
        && (m_case->filterHistory().isEmpty() || m_case->filterHistory().constFirst() != history.constFirst()))
        m_case->addToFilterHistory(history.constFirst());
}

void CaseController::storeClosing()
{
    if (!m_case->isOpen())
        return;
    StateInspector* inspector = m_window->inspector();
    if (!inspector->streamId().isEmpty())
        m_case->setInspected(inspector->streamId(), inspector->count());
    m_case->setProjections(m_window->projection(), inspector->diffView()->otherProjection());
    QString error;
    if (!m_case->saveNow(&error))
        m_window->messageBar()->showMessage(MessageBar::Kind::Warning, error);
    m_case->close();
    m_warnings.clear();
    m_storePath.clear();
    m_model->setIndex({});
    Q_EMIT markersChanged();
}

void CaseController::onIndex(bool final)
{
    const IndexPtr index = m_window->eventModel()->eventIndex();
    if (!index || !m_case->isOpen())
        return;
    m_model->setIndex(index);
    // Room for the marks in the Position column, once the window has fitted it.
    EventTableView* table = m_window->eventTable();
    const int wanted
        = table->fontMetrics().horizontalAdvance(QString::number(index->size())) + 16 + CaseMarksDelegate::kMarksWidth;
    if (table->columnWidth(EventTableModel::Position) < wanted)
        table->setColumnWidth(EventTableModel::Position, wanted);
    if (!final || m_resolved)
        return;
    m_resolved = true;
    if (const int missing = m_case->resolve(*index); missing > 0) {
        showWarnings({ tr("%n bookmark(s) or note(s) of the case file name events this store does not have; they "
                          "are kept.",
            nullptr, missing) });
    }
    restoreTimeReference();
    // Back to the version the investigation was at (MainWindow showed the stream's end).
    if (!m_restoreStream.isEmpty() && m_window->inspector()->streamId() == m_restoreStream && m_restoreCount >= 0)
        m_window->inspector()->setCount(m_restoreCount);
    m_restoreStream.clear();
    Q_EMIT markersChanged();
}

void CaseController::restoreTimeReference()
{
    const QScopedValueRollback restoring(m_restoring, true);
    const CaseData& data = m_case->data();
    EventTableModel* model = m_window->eventModel();
    if (data.timeReference)
        model->setReferenceTime(data.timeReference->time, data.timeReference->event.position);
    if (data.timeMode == u"relative" && data.timeReference)
        model->setTimeMode(EventTableModel::TimeMode::Relative);
}

void CaseController::recordTimeDisplay()
{
    EventTableModel* model = m_window->eventModel();
    if (m_restoring || !m_case->isOpen() || !m_resolved)
        return;
    const qint64 position = model->referencePosition();
    if (position >= 0 && model->eventIndex() && position < model->eventIndex()->size()) {
        m_case->setTimeReference(TimeReference { anchorOf(position), model->referenceTime() });
        fillEventId(position);
    }
    m_case->setTimeMode(timeModeKey(model->timeMode()));
}

qint64 CaseController::selectedPosition() const
{
    const EventTableView* table = m_window->eventTable();
    if (table->currentIndex().isValid())
        return m_window->eventModel()->positionAt(table->currentIndex().row());
    return m_window->timeline()->currentEvent();
}

EventAnchor CaseController::anchorOf(qint64 position) const
{
    EventAnchor anchor;
    anchor.position = position;
    const IndexPtr index = m_window->eventModel()->eventIndex();
    if (index && position >= 0 && position < index->size()) {
        anchor.streamId = index->streams().string(index->stream(position));
        anchor.version = index->version(position);
    }
    return anchor;
}

// The store's event id makes the anchor exact; it is read on a worker (the index does not keep ids).
void CaseController::fillEventId(qint64 position)
{
    const IndexPtr index = m_window->eventModel()->eventIndex();
    if (!index || position < 0 || position >= index->size())
        return;
    QtConcurrent::run([spec = m_storePath, rowId = index->rowId(position)]() -> QString {
        auto store = openStore(spec);
        if (!store)
            return {};
        auto event = (*store)->readEvent(rowId);
        return event ? event->eventId : QString();
    }).then(this, [this, spec = m_storePath, position](const QString& eventId) {
        if (!eventId.isEmpty() && spec == m_storePath)
            m_case->setEventId(position, eventId);
    });
}

void CaseController::toggleBookmark(qint64 position)
{
    const IndexPtr index = m_window->eventModel()->eventIndex();
    if (!m_case->isOpen() || !index || position < 0 || position >= index->size()) {
        m_window->statusBar()->showMessage(tr("Select an event to bookmark"), 4000);
        return;
    }
    const QString type = index->types().string(index->type(position));
    const auto& colors = BookmarksView::colors();
    const QString color = colors.at(m_case->bookmarks().size() % colors.size()).first;
    if (m_case->toggleBookmark(anchorOf(position), type)) {
        m_case->setBookmarkColor(m_case->bookmarkAt(position), color);
        fillEventId(position);
        m_window->statusBar()->showMessage(tr("Bookmarked %1 (F2 in the Bookmarks dock renames it)").arg(type), 4000);
    } else {
        m_window->statusBar()->showMessage(tr("Bookmark removed"), 4000);
    }
}

void CaseController::addNote(qint64 position, const QString& text)
{
    if (!m_case->isOpen() || position < 0 || text.trimmed().isEmpty())
        return;
    m_case->addNote(anchorOf(position), text.trimmed());
    fillEventId(position);
}

void CaseController::askForNote()
{
    const qint64 position = selectedPosition();
    const IndexPtr index = m_window->eventModel()->eventIndex();
    if (!m_case->isOpen() || !index || position < 0 || position >= index->size()) {
        m_window->statusBar()->showMessage(tr("Select an event to add a note to"), 4000);
        return;
    }
    const EventAnchor anchor = anchorOf(position);
    bool ok = false;
    const QString text = QInputDialog::getText(m_window, tr("Add Note"),
        tr("Note on %1 v%2 (%3), by %4:")
            .arg(anchor.streamId)
            .arg(anchor.version)
            .arg(index->types().string(index->type(position)), m_case->author()),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        addNote(position, text);
}

bool CaseController::exportCase(const QString& path, QString* error) const
{
    return m_case->exportTo(path, error);
}

bool CaseController::importCase(const QString& path, ImportMode mode, QString* error)
{
    QStringList warnings;
    const auto data = CaseFile::readFile(path, error, &warnings);
    if (!data)
        return false;
    if (mode == ImportMode::Replace)
        m_case->setData(*data);
    else
        m_case->merge(*data);
    if (const IndexPtr index = m_window->eventModel()->eventIndex(); index && m_resolved)
        m_case->resolve(*index);
    showWarnings(warnings);
    restoreTimeReference();
    m_window->statusBar()->showMessage(tr("Imported the case %1").arg(QFileInfo(path).fileName()), 6000);
    return true;
}

void CaseController::chooseExport()
{
    if (!m_case->isOpen())
        return;
    const QString suggested = QFileInfo(m_storePath).completeBaseName() + QStringLiteral(".chronoscope-case.json");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Case"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggested),
        tr("Chronoscope case files (*.chronoscope-case.json *.json)"));
    QString error;
    if (!path.isEmpty() && !exportCase(path, &error))
        m_window->messageBar()->showMessage(MessageBar::Kind::Error, error);
    else if (!path.isEmpty())
        m_window->statusBar()->showMessage(tr("Case exported to %1").arg(path), 6000);
}

void CaseController::chooseImport()
{
    if (!m_case->isOpen())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Case"), QString(),
        tr("Chronoscope case files (*.chronoscope-case.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportMode mode = ImportMode::Merge;
    if (!m_case->data().isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Import Case"),
            tr("This store already has a case with bookmarks or notes. Merge the imported case into it, or replace "
               "it?"),
            QMessageBox::Cancel, m_window);
        QPushButton* merge = box.addButton(tr("&Merge"), QMessageBox::AcceptRole);
        QPushButton* replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        box.setDefaultButton(merge);
        box.exec();
        if (box.clickedButton() == replace)
            mode = ImportMode::Replace;
        else if (box.clickedButton() != merge)
            return;
    }
    QString error;
    if (!importCase(path, mode, &error))
        m_window->messageBar()->showMessage(MessageBar::Kind::Error, error);
}

void CaseController::showWarnings(const QStringList& warnings)
{
    m_warnings << warnings;
    if (!warnings.isEmpty())
        m_window->messageBar()->showMessage(
            MessageBar::Kind::Warning, warnings.constFirst(), warnings.size() > 1 ? warnings.join(u'\n') : QString());
}

} // namespace Chronoscope
