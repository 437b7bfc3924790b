// SPDX-License-Identifier: MIT
#pragma once

#include "codeeditor.h"

#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QToolBar;

namespace Chronoscope {

class JsHighlighter;

/// Edits a JavaScript projection file: toolbar (Apply what-if, Save, Revert, file name with a
/// modified mark), a CodeEditor with JavaScript colours, and a problems strip listing the
/// diagnostics (click one to jump there).
///
/// The file is written only by save() (the Save action calls it); Apply hands the edited text
/// to the owner through applyRequested() so it can replay without touching the file. Opening
/// another file discards unsaved edits: asking the user first is the owner's business.
/// GUI thread only; files are read and written synchronously (projections are small).
class ProjectionEditor : public QWidget
{
    Q_OBJECT
public:
    /// Files above this size are refused by openFile() (a projection is a few KiB).
    static constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

    explicit ProjectionEditor(QWidget* parent = nullptr);
    ~ProjectionEditor() override;

    /// Loads `path` (UTF-8; CRLF files are saved back with CRLF). On failure returns false,
    /// leaves the editor as it was and sets `error` to a sentence naming the file and the reason.
    bool openFile(const QString& path, QString* error = nullptr);
    QString filePath() const { return m_path; }
    /// The edited text, lines separated by '\n'.
    QString source() const;
    bool isModified() const;

    /// Writes the text atomically (QSaveFile) to filePath(); on failure the file on disk is
    /// untouched, `error` names the file and the reason and saveFailed() is emitted.
    bool save(QString* error = nullptr);
    /// Back to the text last opened or saved (undoable); clears the diagnostics.
    void revert();

    void setDiagnostics(const QList<Diagnostic>& diagnostics);
    void clearDiagnostics();

    CodeEditor* editor() const { return m_editor; }
    JsHighlighter* highlighter() const { return m_highlighter; }
    QListWidget* problemList() const { return m_problems; }
    QLabel* fileLabel() const { return m_fileLabel; }
    QAction* applyAction() const { return m_apply; }
    QAction* saveAction() const { return m_save; }
    QAction* revertAction() const { return m_revert; }

Q_SIGNALS:
    /// What-if: replay with `source` instead of the file's text; nothing is written.
    void applyRequested(const QString& source);
    void saved(const QString& path);
    void saveFailed(const QString& message);
    void modificationChanged(bool modified);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateState();
    void updateColors();
    void saveFromAction();

    QToolBar* m_toolBar;
    QLabel* m_fileLabel;
    CodeEditor* m_editor;
    JsHighlighter* m_highlighter;
    QLabel* m_message;
    QFrame* m_problemsLine;
    QListWidget* m_problems;
    QAction* m_apply;
    QAction* m_save;
    QAction* m_revert;
    QString m_path;
    QString m_savedText;
    bool m_crlf = false;
};

} // namespace Chronoscope
