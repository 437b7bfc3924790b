// SPDX-License-Identifier: MIT
#pragma once

#include "index/indexjob.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Chronoscope {

class EventTableModel;
class EventTableView;
class MessageBar;

/// The investigation window. Today: the store's events in a table, indexing with progress
/// and cancel in the status bar, failures in an inline message bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Starts indexing `path` in the background; the table fills as snapshots arrive.
    void openStore(const QString& path);
    /// Where index caches go; empty disables the cache (tests).
    void setCacheDirectory(const QString& directory) { m_cacheDirectory = directory; }

    EventTableModel* eventModel() const { return m_model; }
    MessageBar* messageBar() const { return m_messageBar; }
    const IndexJob* indexJob() const { return m_job; }

private:
    void createMenus();
    void chooseStore();
    void onProgress(qint64 done, qint64 total, double eventsPerSecond, double secondsLeft);
    void onIndexAvailable(const IndexPtr& index, bool final);
    void onIndexFinished(const IndexStats& stats);
    void onIndexFailed(const StoreError& error);
    void setBusy(bool busy);

    IndexJob* m_job;
    EventTableModel* m_model;
    EventTableView* m_table;
    MessageBar* m_messageBar;
    QLabel* m_statusLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QString m_storePath;
    QString m_cacheDirectory;
    bool m_columnsFitted = false;
};

} // namespace Chronoscope
