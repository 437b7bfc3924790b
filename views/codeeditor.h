// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QString>
#include <QTextCursor>

namespace Chronoscope {

/// A problem to show in the source, e.g. a projection's syntax error.
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based; 0 or less when unknown (the whole line is marked)
    QString message;
    Severity severity = Severity::Error;
};

/// A plain-text code editor: line-number gutter with diagnostic markers, fixed-width font,
/// four-space indentation and auto-indent. Language-agnostic; attach a highlighter to
/// document() for colours.
///
/// Diagnostics follow the text they mark while the user edits (they are anchored with
/// QTextCursors), so a marker stays on its statement when lines are inserted above it.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int IndentWidth = 4;

    explicit CodeEditor(QWidget* parent = nullptr);
    ~CodeEditor() override;

    /// Replaces the shown diagnostics. Lines past the end are clamped to the last line.
    void setDiagnostics(const QList<Diagnostic>& diagnostics);
    void clearDiagnostics();
    QList<Diagnostic> diagnostics() const;
    /// Where diagnostic `index` is now (1-based line, column), after any edits since it was set.
    QPair<int, int> diagnosticPosition(int index) const;

    /// Moves the cursor to diagnostic `index` and centres it; false for a bad index.
    bool goToDiagnostic(int index);
    /// Moves the cursor to the 1-based `line` and `column` (clamped) and centres it.
    void goToLine(int line, int column = 1);

    /// The gutter (line numbers and diagnostic markers), for tests and accessibility.
    QWidget* gutter() const;
    int gutterWidth() const;
    /// The tooltip text for diagnostics on the 0-based `blockNumber`; empty when none.
    QString diagnosticToolTip(int blockNumber) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    class Gutter;
    struct Marked
    {
        Diagnostic diagnostic;
        QTextCursor range; ///< the underlined token; tracks edits
    };

    void updateGutterWidth();
    void placeGutter();
    void updateGutter(const QRect& rect, int dy);
    void paintGutter(QPaintEvent* event);
    bool gutterEvent(QEvent* event);
    void updateExtraSelections();
    void applyFont();

    bool insertNewline();
    void indentSelection(bool indent);
    bool dedentClosingBrace(const QString& typed);
    QTextCursor tokenRange(int line, int column) const;
    QString toolTipAt(const QPoint& viewportPos) const;

    Gutter* m_gutter;
    QList<Marked> m_marked;
};

} // namespace Chronoscope
