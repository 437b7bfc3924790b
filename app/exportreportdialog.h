// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportexport.h"

#include <QDialog>
#include <QFutureWatcher>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextBrowser;

namespace Chronoscope {

/// What the window knows when File > Export Report… opens: the store, the projection and
/// the playhead (inspected stream, its event's time and version, the selected event's
/// correlation).
struct ExportReportDefaults
{
    QString storePath;
    IndexPtr index;
    QString projectionSpec = QStringLiteral("merge");
    ProjectionOptions projectionOptions;
    QString streamId;
    QString aggregateType;
    QString correlationId;
    TimeUs time = kInvalidTime; ///< the playhead's event time; invalid: the store's last time
    qint64 version = -1; ///< the playhead's version
};

/// File > Export Report…: selection (stream, correlation or aggregate type), as-of (time or
/// version, defaulting to the playhead), format (PDF, HTML, JSON, CSV), page size, redaction
/// and salt, a preview of the report as HTML, then the export on a worker with progress and
/// cancel (atomic: a cancelled export leaves no file). GUI thread.
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportReportDialog(const ExportReportDefaults& defaults, QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    /// The request the inputs describe, or a sentence saying which input is wrong.
    Expected<ReportExportRequest, QString> exportRequest() const;
    /// Builds the report on a worker and shows its first events as HTML (latest wins).
    void startPreview();
    /// Writes the report on a worker; exportFinished() tells the outcome.
    void startExport();
    bool isExporting() const;

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* idEdit() const { return m_id; }
    QRadioButton* timeButton() const { return m_atTime; }
    QRadioButton* versionButton() const { return m_atVersion; }
    QLineEdit* timeEdit() const { return m_time; }
    QSpinBox* versionBox() const { return m_version; }
    QComboBox* formatBox() const { return m_format; }
    QComboBox* pageSizeBox() const { return m_pageSize; }
    QLineEdit* redactEdit() const { return m_redact; }
    QLineEdit* saltEdit() const { return m_salt; }
    QLineEdit* pathEdit() const { return m_path; }
    QTextBrowser* preview() const { return m_preview; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* messageLabel() const { return m_message; }

    /// How many events the preview shows at most (the export has them all).
    static constexpr std::size_t kPreviewEvents = 100;

Q_SIGNALS:
    void previewFinished(bool ok);
    /// An export ended: `events` written to `path`, or -1 when it failed or was cancelled.
    void exportFinished(const QString& path, qint64 events, const QByteArray& digest);

protected:
    void reject() override;

private:
    void buildForm();
    void kindChanged();
    void formatChanged();
    void chooseFile();
    void showMessage(const QString& text, bool error);
    void setExporting(bool exporting);
    QString suggestedPath() const;
    QString suggestedPathFor(const QString& id) const;

    ExportReportDefaults m_defaults;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_id = nullptr;
    QRadioButton* m_atTime = nullptr;
    QRadioButton* m_atVersion = nullptr;
    QLineEdit* m_time = nullptr;
    QSpinBox* m_version = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_pageSize = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_redact = nullptr;
    QLineEdit* m_salt = nullptr;
    QLineEdit* m_path = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_previewLabel = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QFutureWatcher<Report>* m_previewWatcher = nullptr;
    QFutureWatcher<ReportExportResult>* m_exportWatcher = nullptr;
    quint64 m_previewGeneration = 0;
};

} // namespace Chronoscope
