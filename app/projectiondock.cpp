// SPDX-License-Identifier: MIT
#include "projectiondock.h"

#include "projectioneditor.h"

#include <QFileInfo>
#include <QMessageBox>

namespace Chronoscope {

ProjectionDock::ProjectionDock(QWidget* parent)
    : QDockWidget(tr("Projection"), parent)
    , m_editor(new ProjectionEditor(this))
{
    setObjectName(QStringLiteral("projectionDock"));
    setWidget(m_editor);
    connect(m_editor, &ProjectionEditor::applyRequested, this, [this](const QString& source) {
        ProjectionSpec spec;
        spec.file = m_editor->filePath();
        spec.name = m_name;
        spec.source = source.toUtf8();
        m_editor->clearDiagnostics();
        setWhatIfActive(true);
        Q_EMIT whatIfRequested(spec);
    });
    connect(m_editor, &ProjectionEditor::saved, this, [this] {
        setWhatIfActive(false);
        Q_EMIT saved(spec());
    });
    connect(m_editor, &ProjectionEditor::modificationChanged, this, &ProjectionDock::updateTitle);
    updateTitle();
}

bool ProjectionDock::edit(const QString& spec, QString* error)
{
    const ProjectionSpec parsed = ProjectionSpec::parse(spec);
    const bool sameFile = QFileInfo(parsed.file) == QFileInfo(m_editor->filePath());
    if (m_editor->isModified() && !sameFile) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Projection"),
            tr("%1 has unsaved changes. Discard them and open %2?")
                .arg(QFileInfo(m_editor->filePath()).fileName(), QFileInfo(parsed.file).fileName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    if (!sameFile && !m_editor->openFile(parsed.file, error))
        return false;
    m_name = parsed.name;
    setWhatIfActive(false);
    updateTitle();
    return true;
}

QString ProjectionDock::spec() const
{
    if (m_editor->filePath().isEmpty())
        return {};
    return m_name.isEmpty() ? m_editor->filePath() : m_editor->filePath() + u'#' + m_name;
}

void ProjectionDock::showError(const ReplayError& error)
{
    if (!error.projection || m_editor->filePath().isEmpty())
        return;
    const ProjectionError& projection = *error.projection;
    if (QFileInfo(projection.file) != QFileInfo(m_editor->filePath()))
        return;
    Diagnostic diagnostic;
    diagnostic.line = std::max(1, projection.line);
    diagnostic.column = projection.column;
    diagnostic.message = projection.message;
    if (projection.position >= 0) {
        diagnostic.message += tr(" (while applying %1 at version %2 of %3)")
                                  .arg(projection.eventType)
                                  .arg(projection.version)
                                  .arg(projection.streamId);
    }
    m_editor->setDiagnostics({ diagnostic });
    m_editor->editor()->goToDiagnostic(0);
}

void ProjectionDock::clearErrors()
{
    m_editor->clearDiagnostics();
}

void ProjectionDock::setWhatIfActive(bool active)
{
    m_whatIfActive = active;
    updateTitle();
}

void ProjectionDock::updateTitle()
{
    QString title = tr("Projection");
    if (!m_editor->filePath().isEmpty())
        title = tr("Projection — %1").arg(QFileInfo(m_editor->filePath()).fileName());
    if (m_whatIfActive)
        title += tr(" (what-if: replaying unsaved edits)");
    setWindowTitle(title);
}

} // namespace Chronoscope
