// SPDX-License-Identifier: MIT
#include "exportreportdialog.h"

#include "index/timestampparser.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Chronoscope {

namespace {

struct FormatChoice
{
    ReportFormat format;
    const char* label;
    const char* extension;
};

constexpr FormatChoice kFormats[] = {
    { ReportFormat::Pdf, QT_TRANSLATE_NOOP("Chronoscope::ExportReportDialog", "PDF (for people, paginated)"), "pdf" },
    { ReportFormat::Html, QT_TRANSLATE_NOOP("Chronoscope::ExportReportDialog", "HTML (one self-contained page)"),
        "html" },
    { ReportFormat::Json, QT_TRANSLATE_NOOP("Chronoscope::ExportReportDialog", "JSON (for machines)"), "json" },
    { ReportFormat::Csv, QT_TRANSLATE_NOOP("Chronoscope::ExportReportDialog", "CSV (the history)"), "csv" },
};

QString fileSafe(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    return text.replace(unsafe, QStringLiteral("_"));
}

} // namespace

ExportReportDialog::ExportReportDialog(const ExportReportDefaults& defaults, QWidget* parent)
    : QDialog(parent)
    , m_defaults(defaults)
{
    setWindowTitle(tr("Export Report"));
    buildForm();
    kindChanged();
    formatChanged();
    m_path->setText(suggestedPath());
    if (m_id->text().isEmpty())
        m_previewLabel->setText(tr("Preview: name what to report on, then Refresh Preview"));
    else
        startPreview();
}

ExportReportDialog::~ExportReportDialog()
{
    // Workers hold no pointer into the dialog, but stop them rather than let them run on.
    for (QFutureWatcherBase* watcher : findChildren<QFutureWatcherBase*>()) {
        watcher->cancel();
        watcher->waitForFinished();
    }
}

void ExportReportDialog::buildForm()
{
    auto* what = new QGroupBox(tr("Report on"), this);
    auto* whatForm = new QFormLayout(what);
    m_kind = new QComboBox(what);
    m_kind->addItem(tr("Stream"), int(ReportSelection::Kind::Stream));
    m_kind->addItem(tr("Correlation"), int(ReportSelection::Kind::Correlation));
    m_kind->addItem(tr("Aggregate type"), int(ReportSelection::Kind::AggregateType));
    m_id = new QLineEdit(what);
    m_id->setAccessibleName(tr("Selection id"));
    whatForm->addRow(tr("&Selection:"), m_kind);
    whatForm->addRow(tr("&Id:"), m_id);
    auto* projection = new QLabel(m_defaults.projectionSpec == u"merge"
            ? tr("merge (each payload merged into the state)")
            : QFileInfo(m_defaults.projectionSpec.section(u'#', 0, 0)).fileName()
                + (m_defaults.projectionSpec.contains(u'#') ? u'#' + m_defaults.projectionSpec.section(u'#', 1)
                                                            : QString()),
        what);
    projection->setToolTip(m_defaults.projectionSpec);
    whatForm->addRow(tr("Projection:"), projection);

    auto* asOf = new QGroupBox(tr("As of (defaults to the playhead)"), this);
    auto* asOfForm = new QFormLayout(asOf);
    m_atTime = new QRadioButton(tr("&Time (UTC):"), asOf);
    m_atVersion = new QRadioButton(tr("&Version:"), asOf);
    auto* group = new QButtonGroup(asOf);
    group->addButton(m_atTime);
    group->addButton(m_atVersion);
    m_time = new QLineEdit(asOf);
    m_time->setPlaceholderText(QStringLiteral("2024-10-15T14:00:00Z"));
    // Room for a whole ISO time with microseconds: it is what the user checks.
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("2024-10-15T14:00:00.000000Z")) + 16);
    const TimeUs time = m_defaults.time != kInvalidTime ? m_defaults.time
        : m_defaults.index                              ? m_defaults.index->lastTime()
                                                        : kInvalidTime;
    if (time != kInvalidTime)
        m_time->setText(TimestampParser::toIso(time));
    m_version = new QSpinBox(asOf);
    m_version->setRange(0, std::numeric_limits<int>::max());
    m_version->setValue(static_cast<int>(std::max<qint64>(m_defaults.version, 0)));
    m_atTime->setChecked(true);
    asOfForm->addRow(m_atTime, m_time);
    asOfForm->addRow(m_atVersion, m_version);
    connect(m_atTime, &QRadioButton::toggled, this, [this](bool on) {
        m_time->setEnabled(on);
        m_version->setEnabled(!on);
    });
    m_version->setEnabled(false);

    auto* output = new QGroupBox(tr("Output"), this);
    auto* outputForm = new QFormLayout(output);
    m_format = new QComboBox(output);
    for (const FormatChoice& choice : kFormats)
        m_format->addItem(tr(choice.label), int(choice.format));
    m_pageSize = new QComboBox(output);
    m_pageSize->addItem(tr("A4"), int(ReportPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(ReportPageSize::Letter));
    m_title = new QLineEdit(output);
    m_title->setPlaceholderText(tr("Stream … as of … (default)"));
    m_path = new QLineEdit(output);
    m_path->setAccessibleName(tr("Report file"));
    auto* browse = new QPushButton(tr("&Browse…"), output);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    outputForm->addRow(tr("&Format:"), m_format);
    outputForm->addRow(tr("&Page size:"), m_pageSize);
    outputForm->addRow(tr("T&itle:"), m_title);
    auto* pathLabel = new QLabel(tr("F&ile:"), output);
    pathLabel->setBuddy(m_path);
    outputForm->addRow(pathLabel, pathRow);

    auto* redaction = new QGroupBox(tr("Redaction (optional)"), this);
    auto* redactionForm = new QFormLayout(redaction);
    m_redact = new QLineEdit(redaction);
    m_redact->setPlaceholderText(tr("/familyName, /children/0/birthDate"));
    m_redact->setToolTip(tr("JSON pointers into each state whose values are replaced by salted hashes in every "
                            "format; the digest still verifies against the store"));
    m_salt = new QLineEdit(redaction);
    m_salt->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_salt->setPlaceholderText(tr("needed with redaction; keep it to check a value later"));
    redactionForm->addRow(tr("&Hide values at:"), m_redact);
    redactionForm->addRow(tr("S&alt:"), m_salt);

    auto* inputs = new QWidget(this);
    auto* inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addWidget(what);
    inputsLayout->addWidget(asOf);
    inputsLayout->addWidget(output);
    inputsLayout->addWidget(redaction);
    inputsLayout->addStretch(1);

    auto* previewPane = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewHeader = new QHBoxLayout;
    m_previewLabel = new QLabel(tr("Preview"), previewPane);
    m_refresh = new QPushButton(tr("&Refresh Preview"), previewPane);
    previewHeader->addWidget(m_previewLabel, 1);
    previewHeader->addWidget(m_refresh);
    m_preview = new QTextBrowser(previewPane);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Report preview"));
    previewLayout->addLayout(previewHeader);
    previewLayout->addWidget(m_preview, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(inputs);
    split->addWidget(previewPane);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({ 430, 590 });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kReportProgressRange);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportReportDialog::kindChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportReportDialog::chooseFile);
    connect(m_refresh, &QPushButton::clicked, this, &ExportReportDialog::startPreview);
    connect(m_export, &QPushButton::clicked, this, &ExportReportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportReportDialog::reject);
    resize(1020, 640);
}

void ExportReportDialog::kindChanged()
{
    const auto kind = static_cast<ReportSelection::Kind>(m_kind->currentData().toInt());
    const QString previous = m_id->text();
    switch (kind) {
    case ReportSelection::Kind::Stream:
        m_id->setText(m_defaults.streamId);
        m_id->setPlaceholderText(tr("family-000005"));
        break;
    case ReportSelection::Kind::Correlation:
        m_id->setText(m_defaults.correlationId);
        m_id->setPlaceholderText(tr("the correlation id of the selected event"));
        break;
    case ReportSelection::Kind::AggregateType:
        m_id->setText(m_defaults.aggregateType);
        m_id->setPlaceholderText(tr("Family"));
        break;
    }
    // The suggested file name follows the selection unless the user typed another one.
    if (m_path && m_path->text() == suggestedPathFor(previous))
        m_path->setText(suggestedPath());
}

void ExportReportDialog::formatChanged()
{
    const auto format = static_cast<ReportFormat>(m_format->currentData().toInt());
    m_pageSize->setEnabled(format == ReportFormat::Pdf);
    const QString path = m_path->text();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    for (const FormatChoice& choice : kFormats) {
        if (choice.format == format)
            m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + QLatin1String(choice.extension)));
    }
}

QString ExportReportDialog::suggestedPathFor(const QString& id) const
{
    const auto format = static_cast<ReportFormat>(m_format ? m_format->currentData().toInt() : 0);
    QString extension = QStringLiteral("pdf");
    for (const FormatChoice& choice : kFormats) {
        if (choice.format == format)
            extension = QLatin1String(choice.extension);
    }
    QString point = m_time ? m_time->text().left(10) : QString();
    if (m_atVersion && m_atVersion->isChecked())
        point = QStringLiteral("v") + QString::number(m_version->value());
    const QString name = fileSafe(id.isEmpty() ? QStringLiteral("report") : id)
        + (point.isEmpty() ? QString() : QStringLiteral("-as-of-") + fileSafe(point)) + u'.' + extension;
    return QFileInfo(m_defaults.storePath).absoluteDir().filePath(name);
}

QString ExportReportDialog::suggestedPath() const
{
    return suggestedPathFor(m_id->text());
}

void ExportReportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

Expected<ReportExportRequest, QString> ExportReportDialog::exportRequest() const
{
    ReportExportRequest request;
    request.storeSpec = m_defaults.storePath;
    request.index = m_defaults.index;
    request.report.selection.kind = static_cast<ReportSelection::Kind>(m_kind->currentData().toInt());
    request.report.selection.id = m_id->text().trimmed();
    if (request.report.selection.id.isEmpty()) {
        // One whole sentence per kind: languages inflect the noun and its article.
        switch (request.report.selection.kind) {
        case ReportSelection::Kind::Stream:
            return tr("Name the stream to report on.");
        case ReportSelection::Kind::Correlation:
            return tr("Name the correlation to report on.");
        case ReportSelection::Kind::AggregateType:
            return tr("Name the aggregate type to report on.");
        }
        return tr("Name what to report on.");
    }
    if (m_atTime->isChecked()) {
        request.report.asOfTime = TimestampParser::parseText(m_time->text().trimmed().toStdString());
        if (request.report.asOfTime == kInvalidTime)
            return tr("'%1' is not a time (use ISO-8601, e.g. 2024-10-15T14:00:00Z).").arg(m_time->text());
    } else {
        request.report.asOfVersion = m_version->value();
    }
    request.report.projection = ProjectionSpec::parse(m_defaults.projectionSpec);
    request.report.projectionOptions = m_defaults.projectionOptions;
    request.report.generatedAt = QDateTime::currentDateTimeUtc().toSecsSinceEpoch() * 1000000;
    request.report.title = m_title->text().trimmed();
    for (const QString& pointer : m_redact->text().split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = pointer.trimmed();
        if (!trimmed.startsWith(u'/'))
            return tr("'%1' is not a JSON pointer (it starts with '/').").arg(trimmed);
        request.report.redact.append(trimmed);
    }
    if (!request.report.redact.isEmpty()) {
        if (m_salt->text().isEmpty())
            return tr("Redaction needs a salt (without one the hashes could be guessed).");
        request.report.salt = m_salt->text().toUtf8();
    }
    request.format = static_cast<ReportFormat>(m_format->currentData().toInt());
    request.pdf.pageSize = static_cast<ReportPageSize>(m_pageSize->currentData().toInt());
    request.outputPath = m_path->text().trimmed();
    if (request.outputPath.isEmpty())
        return tr("Choose the file to write.");
    if (QFileInfo(request.outputPath) == QFileInfo(m_defaults.storePath))
        return tr("%1: a report never overwrites the store.").arg(request.outputPath);
    if (QFileInfo(request.outputPath).isDir())
        return tr("%1 is a folder; name a file.").arg(request.outputPath);
    return request;
}

void ExportReportDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(
        QPalette::WindowText, error ? QColor(0xb0, 0x00, 0x20) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void ExportReportDialog::startPreview()
{
    auto request = exportRequest();
    const quint64 generation = ++m_previewGeneration;
    if (m_previewWatcher)
        m_previewWatcher->cancel();
    if (!request) {
        m_preview->clear();
        m_previewLabel->setText(tr("Preview"));
        showMessage(request.error(), true);
        Q_EMIT previewFinished(false);
        return;
    }
    showMessage(QString(), false);
    m_previewLabel->setText(tr("Preview: building the report…"));
    auto error = std::make_shared<QString>();
    auto* watcher = new QFutureWatcher<Report>(this);
    m_previewWatcher = watcher;
    connect(watcher, &QFutureWatcher<Report>::finished, this, [this, watcher, error, generation] {
        watcher->deleteLater();
        if (generation != m_previewGeneration)
            return; // a newer preview is on its way
        m_previewWatcher = nullptr;
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            if (!error->isEmpty()) {
                m_previewLabel->setText(tr("Preview"));
                showMessage(*error, true);
            }
            Q_EMIT previewFinished(false);
            return;
        }
        Report report = watcher->future().result();
        const std::size_t events = report.history.size();
        if (events > kPreviewEvents)
            report.history.resize(kPreviewEvents);
        m_preview->setHtml(QString::fromUtf8(writeReport(report, ReportFormat::Html)));
        m_previewLabel->setText(events > kPreviewEvents
                ? tr("Preview: the first %1 of %2 events (the export has them all)")
                      .arg(kPreviewEvents)
                      .arg(QLocale().toString(qint64(events)))
                : tr("Preview: the whole report (history rows: %1), digest %2")
                      .arg(QLocale().toString(qint64(events)), QString::fromLatin1(report.digest.left(16)) + u'…'));
        Q_EMIT previewFinished(true);
    });
    const QString store = m_defaults.storePath;
    const IndexPtr index = m_defaults.index;
    ReportRequest reportRequest = request->report;
    watcher->setFuture(QtConcurrent::run([store, index, reportRequest, error](QPromise<Report>& promise) {
        buildReportJob(promise, store, index, reportRequest, error.get());
    }));
}

bool ExportReportDialog::isExporting() const
{
    return m_exportWatcher != nullptr;
}

void ExportReportDialog::setExporting(bool exporting)
{
    m_progress->setVisible(exporting);
    m_progress->setValue(0);
    m_export->setEnabled(!exporting);
    m_refresh->setEnabled(!exporting);
    for (QWidget* input : std::initializer_list<QWidget*> {
             m_kind, m_id, m_atTime, m_atVersion, m_format, m_title, m_path, m_redact, m_salt })
        input->setEnabled(!exporting);
    m_time->setEnabled(!exporting && m_atTime->isChecked());
    m_version->setEnabled(!exporting && m_atVersion->isChecked());
    m_pageSize->setEnabled(!exporting && m_format->currentData().toInt() == int(ReportFormat::Pdf));
    m_cancel->setText(exporting ? tr("&Stop Export") : tr("Cancel"));
}

void ExportReportDialog::startExport()
{
    if (isExporting())
        return;
    auto request = exportRequest();
    if (!request) {
        showMessage(request.error(), true);
        return;
    }
    if (m_previewWatcher) {
        m_previewWatcher->cancel();
        m_previewLabel->setText(tr("Preview: stopped for the export (Refresh Preview rebuilds it)"));
    }
    showMessage(tr("Exporting to %1…").arg(QFileInfo(request->outputPath).fileName()), false);
    setExporting(true);
    auto error = std::make_shared<QString>();
    auto* watcher = new QFutureWatcher<ReportExportResult>(this);
    m_exportWatcher = watcher;
    connect(watcher, &QFutureWatcher<ReportExportResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    const QString path = request->outputPath;
    connect(watcher, &QFutureWatcher<ReportExportResult>::finished, this, [this, watcher, error, path] {
        watcher->deleteLater();
        m_exportWatcher = nullptr;
        setExporting(false);
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            showMessage(error->isEmpty() ? tr("Export cancelled; nothing was written.") : *error, !error->isEmpty());
            Q_EMIT exportFinished(path, -1, {});
            return;
        }
        const ReportExportResult result = watcher->future().result();
        showMessage(tr("Wrote %1: %2 events, digest %3")
                        .arg(path, QLocale().toString(result.events), QString::fromLatin1(result.digest)),
            false);
        Q_EMIT exportFinished(path, result.events, result.digest);
        accept();
    });
    const ReportExportRequest job = *request;
    watcher->setFuture(QtConcurrent::run(
        [job, error](QPromise<ReportExportResult>& promise) { exportReport(promise, job, error.get()); }));
}

void ExportReportDialog::reject()
{
    // Cancel stops a running export (the dialog stays, nothing is written); otherwise closes.
    if (m_exportWatcher) {
        m_exportWatcher->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Chronoscope
