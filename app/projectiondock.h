// SPDX-License-Identifier: MIT
#pragma once

#include "replay/jsprojection.h"
#include "replay/replayer.h"

#include <QDockWidget>

namespace Chronoscope {

class ProjectionEditor;

/// The "Projection" dock: the projection editor, tied to the replay service by the main
/// window. Apply runs the edited text as a what-if (nothing is written); Save writes the
/// file; errors from loading or replaying the script appear inline at their line:column.
class ProjectionDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProjectionDock(QWidget* parent = nullptr);

    /// Opens the script of `spec` (FILE[#NAME]) for editing, keeping `#NAME` for what-ifs.
    /// Unsaved edits of another file are discarded only if the user agrees; false if the
    /// user declined or the file cannot be read (`error` says why).
    bool edit(const QString& spec, QString* error = nullptr);
    /// The FILE[#NAME] being edited; empty if none.
    QString spec() const;
    bool isWhatIfActive() const { return m_whatIfActive; }

    /// Shows a load or replay error inline when it is about the edited file.
    void showError(const ReplayError& error);
    void clearErrors();
    /// The replay service now runs the file as saved (or another projection).
    void setWhatIfActive(bool active);

    ProjectionEditor* editor() const { return m_editor; }

Q_SIGNALS:
    /// Replay with the edited text instead of the file.
    void whatIfRequested(const Chronoscope::ProjectionSpec& spec);
    /// The file was saved: replay with it as it now is.
    void saved(const QString& spec);

private:
    void updateTitle();

    ProjectionEditor* m_editor;
    QString m_name;
    bool m_whatIfActive = false;
};

} // namespace Chronoscope
