// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "eventtableview.h"
#include "itemmodels/eventtablemodel.h"
#include "messagebar.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Chronoscope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_job(new IndexJob(this))
    , m_model(new EventTableModel(this))
    , m_table(new EventTableView(this))
    , m_messageBar(new MessageBar(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setWindowTitle(tr("Chronoscope"));
    m_cacheDirectory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/index");

    m_table->setModel(m_model);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Indexing progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop indexing; the events read so far stay visible"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    setBusy(false);
    m_statusLabel->setText(tr("Open an event store to begin (File > Open Store…)"));

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_job->cancel();
        setBusy(false);
        const qint64 shown = m_model->eventIndex() ? m_model->eventIndex()->size() : 0;
        m_statusLabel->setText(tr("Indexing cancelled; showing the first %1 events").arg(QLocale().toString(shown)));
    });
    connect(m_job, &IndexJob::progressChanged, this, &MainWindow::onProgress);
    connect(m_job, &IndexJob::indexAvailable, this, &MainWindow::onIndexAvailable);
    connect(m_job, &IndexJob::indexFinished, this, &MainWindow::onIndexFinished);
    connect(m_job, &IndexJob::indexFailed, this, &MainWindow::onIndexFailed);

    createMenus();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::chooseStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Event Store"),
        QFileInfo(m_storePath).absolutePath(), tr("SQLite event stores (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::openStore(const QString& path)
{
    m_storePath = path;
    m_columnsFitted = false;
    m_messageBar->hide();
    m_model->setIndex({});
    setWindowTitle(tr("%1 — Chronoscope").arg(QFileInfo(path).fileName()));
    m_statusLabel->setText(tr("Opening %1…").arg(path));
    IndexOptions options;
    options.cacheDirectory = m_cacheDirectory;
    setBusy(true);
    m_job->start(path, options);
}

void MainWindow::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void MainWindow::onProgress(qint64 done, qint64 total, double eventsPerSecond, double secondsLeft)
{
    // QProgressBar takes int: show per-mille.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    const QLocale locale;
    QString text = tr("Indexing %1 of %2 events").arg(locale.toString(done), locale.toString(total));
    if (eventsPerSecond > 0)
        text += tr(", %1 events/s").arg(locale.toString(qRound64(eventsPerSecond)));
    if (secondsLeft >= 0)
        text += tr(", about %1 s left").arg(locale.toString(secondsLeft, 'f', secondsLeft < 10 ? 1 : 0));
    m_statusLabel->setText(text);
}

void MainWindow::onIndexAvailable(const IndexPtr& index, bool final)
{
    Q_UNUSED(final)
    m_model->setIndex(index);
    if (!m_columnsFitted) {
        m_table->fitColumns();
        m_columnsFitted = true;
    }
}

void MainWindow::onIndexFinished(const IndexStats& stats)
{
    setBusy(false);
    const QLocale locale;
    QString text = tr("%1 events in %2 streams, indexed in %3 s")
                       .arg(locale.toString(stats.events))
                       .arg(locale.toString(m_model->eventIndex() ? m_model->eventIndex()->streams().size() : 0u))
                       .arg(locale.toString(stats.seconds, 'f', 2));
    if (stats.cacheUsed)
        text += tr(" (from cache, %1 new)").arg(locale.toString(stats.scanned));
    m_statusLabel->setText(text);
    const auto& problems = m_model->eventIndex()->problems();
    if (!problems.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < std::min<std::size_t>(problems.size(), 20); ++i)
            lines << tr("position %1: %2").arg(problems[i].position).arg(problems[i].description());
        m_messageBar->showMessage(MessageBar::Kind::Warning,
            tr("%n event(s) could not be indexed as stored; they are shown with what could be read.", nullptr,
                static_cast<int>(problems.size())),
            lines.join(u'\n'));
    }
}

void MainWindow::onIndexFailed(const StoreError& error)
{
    setBusy(false);
    m_statusLabel->setText(tr("Could not open %1").arg(QFileInfo(error.source).fileName()));
    m_messageBar->showMessage(
        MessageBar::Kind::Error, error.source + QStringLiteral(": ") + error.reason, error.detail);
}

} // namespace Chronoscope
