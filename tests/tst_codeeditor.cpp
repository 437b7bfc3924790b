// SPDX-License-Identifier: MIT
// The projection editor: typing, diagnostics, JavaScript colours, open/save/apply.

#include "codeeditor.h"
#include "jshighlighter.h"
#include "palettes.h"
#include "projectioneditor.h"
#include "testutils.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>
#include <QToolTip>

#include <unistd.h>

using namespace Chronoscope;
using namespace Chronoscope::TestUtils;

namespace {

QString sampleProjectionPath()
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/resources/projections/sample.js");
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The highlighter's format at `column` of `block` (the layout's additional formats).
QTextCharFormat formatAt(const QTextBlock& block, int column)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange& range : ranges) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

QTextBlock blockContaining(const QTextDocument* document, const QString& text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}

QPalette darkPalette()
{
    return Palettes::dark();
}

bool isReddish(const QColor& color)
{
    return color.red() > 150 && color.red() > color.green() * 2 && color.red() > color.blue() * 2;
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void typingIndentsAfterABrace();
    void enterBetweenBracesOpensABlock();
    void tabInsertsFourSpaces();
    void gutterGrowsWithTheLineCount();

    void diagnosticUnderlinesTheToken();
    void diagnosticTooltips();
    void diagnosticsFollowEdits();
    void goToDiagnosticCentresTheCursor();

    void highlightsSampleProjection();
    void commentAndTemplateSpanLines();
    void coloursFollowThePalette();

    void openFileReportsWhy_data();
    void openFileReportsWhy();
    void saveWritesAtomically();
    void saveKeepsCrlf();
    void saveIntoReadOnlyFolderFails();
    void applyDoesNotWrite();
    void revertIsUndoable();
    void problemListJumpsToTheDiagnostic();

    void grabLightAndDark();

private:
    QFont m_font { QStringLiteral("DejaVu Sans Mono"), 10 };
};

void TestCodeEditor::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

void TestCodeEditor::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    QCoreApplication::sendPostedEvents();
}

void TestCodeEditor::typingIndentsAfterABrace()
{
    CodeEditor editor;
    editor.resize(400, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    QTest::keyClicks(&editor, QStringLiteral("function f(a) {"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.textCursor().positionInBlock(), 4);
    QTest::keyClicks(&editor, QStringLiteral("if (a) {"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.textCursor().positionInBlock(), 8);
    QTest::keyClicks(&editor, QStringLiteral("return 1;"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.textCursor().positionInBlock(), 8); // keeps the previous line's indent
    QTest::keyClicks(&editor, QStringLiteral("}")); // a closer at the indent steps back one level
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("}"));

    QCOMPARE(editor.toPlainText(), QStringLiteral("function f(a) {\n    if (a) {\n        return 1;\n    }\n}"));

    // A blank line keeps no trailing spaces.
    QTest::keyClick(&editor, Qt::Key_Up);
    QTest::keyClick(&editor, Qt::Key_End);
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.document()->findBlockByNumber(4).text(), QString());
    QCOMPARE(editor.textCursor().positionInBlock(), 4);
}

void TestCodeEditor::enterBetweenBracesOpensABlock()
{
    CodeEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, QStringLiteral("when: {},"));
    QTest::keyClick(&editor, Qt::Key_Left);
    QTest::keyClick(&editor, Qt::Key_Left);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), QStringLiteral("when: {\n    \n},"));
    QCOMPARE(editor.textCursor().blockNumber(), 1);
    QCOMPARE(editor.textCursor().positionInBlock(), 4);

    // One undo step takes the whole newline back.
    editor.undo();
    QCOMPARE(editor.toPlainText(), QStringLiteral("when: {},"));
}

void TestCodeEditor::tabInsertsFourSpaces()
{
    CodeEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClick(&editor, Qt::Key_Tab);
    QTest::keyClicks(&editor, QStringLiteral("ab"));
    QTest::keyClick(&editor, Qt::Key_Tab); // to the next stop, column 8
    QTest::keyClicks(&editor, QStringLiteral("c"));
    QCOMPARE(editor.toPlainText(), QStringLiteral("    ab  c"));
    QVERIFY(!editor.toPlainText().contains(QLatin1Char('\t')));

    // Backspace in the indentation removes one level; Shift+Tab dedents the line.
    editor.setPlainText(QStringLiteral("        x"));
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(8);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QCOMPARE(editor.toPlainText(), QStringLiteral("    x"));
    QTest::keyClick(&editor, Qt::Key_Backtab);
    QCOMPARE(editor.toPlainText(), QStringLiteral("x"));

    const qreal space = QFontMetricsF(editor.font()).horizontalAdvance(QLatin1Char(' '));
    QCOMPARE(editor.tabStopDistance(), 4 * space);
    QVERIFY(editor.font().fixedPitch() || QFontInfo(editor.font()).fixedPitch());
}

void TestCodeEditor::gutterGrowsWithTheLineCount()
{
    CodeEditor editor;
    editor.setFont(m_font);
    editor.resize(400, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const int two = editor.gutter()->width();
    QVERIFY(two > 0);
    editor.setPlainText(QString(99, QLatin1Char('\n'))); // 100 lines
    const int three = editor.gutter()->width();
    QCOMPARE(three - two, QFontMetrics(m_font).horizontalAdvance(QLatin1Char('9')));
    QCOMPARE(editor.viewport()->geometry().left(), editor.gutter()->geometry().right() + 1);
}

void TestCodeEditor::diagnosticUnderlinesTheToken()
{
    CodeEditor editor;
    editor.setPlainText(readText(sampleProjectionPath()));
    // Line 18 is "function cents(amount) {": mark `cents`.
    editor.setDiagnostics(
        { { 18, 10, QStringLiteral("ReferenceError: cents is not defined"), Diagnostic::Severity::Error } });

    const QList<QTextEdit::ExtraSelection> selections = editor.extraSelections();
    int underlines = 0;
    int lineBackgrounds = 0;
    for (const QTextEdit::ExtraSelection& selection : selections) {
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            ++underlines;
            QCOMPARE(selection.cursor.block().blockNumber(), 17);
            QCOMPARE(selection.cursor.selectionStart() - selection.cursor.block().position(), 9);
            QCOMPARE(selection.cursor.selectedText(), QStringLiteral("cents"));
            QVERIFY(isReddish(selection.format.underlineColor()));
        } else if (selection.format.property(QTextFormat::FullWidthSelection).toBool()
            && selection.cursor.blockNumber() == 17) {
            ++lineBackgrounds;
        }
    }
    QCOMPARE(underlines, 1);
    QVERIFY(lineBackgrounds >= 1);

    // Unknown column: the line from its first non-blank character.
    editor.setDiagnostics({ { 19, 0, QStringLiteral("bad"), Diagnostic::Severity::Warning } });
    bool found = false;
    for (const QTextEdit::ExtraSelection& selection : editor.extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            QCOMPARE(selection.cursor.selectedText(), QStringLiteral("return Math.round(amount * 100);"));
            found = true;
        }
    }
    QVERIFY(found);

    editor.clearDiagnostics();
    for (const QTextEdit::ExtraSelection& selection : editor.extraSelections())
        QVERIFY(selection.format.underlineStyle() != QTextCharFormat::WaveUnderline);
}

void TestCodeEditor::diagnosticTooltips()
{
    CodeEditor editor;
    editor.setFont(m_font);
    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setPlainText(readText(sampleProjectionPath()));
    const QString message = QStringLiteral("SyntaxError: Unexpected token <");
    editor.setDiagnostics({ { 18, 10, message, Diagnostic::Severity::Error } });
    editor.goToDiagnostic(0);

    // Hovering the gutter marker.
    const QRect caret = editor.cursorRect();
    const QPoint inGutter(editor.gutter()->width() / 4, caret.center().y());
    QHelpEvent gutterHelp(QEvent::ToolTip, inGutter, editor.gutter()->mapToGlobal(inGutter));
    QApplication::sendEvent(editor.gutter(), &gutterHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(message.toHtmlEscaped()), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("line 18, column 10")));
    QToolTip::hideText();

    // Hovering the underlined word.
    const QPoint onWord = caret.center() + QPoint(QFontMetrics(m_font).horizontalAdvance(QStringLiteral("ce")), 0);
    QHelpEvent textHelp(QEvent::ToolTip, onWord, editor.viewport()->mapToGlobal(onWord));
    QApplication::sendEvent(editor.viewport(), &textHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(message.toHtmlEscaped()));
    QToolTip::hideText();

    // Elsewhere on the line: no tooltip.
    const QPoint offWord(editor.viewport()->width() - 5, caret.center().y());
    QHelpEvent offHelp(QEvent::ToolTip, offWord, editor.viewport()->mapToGlobal(offWord));
    QApplication::sendEvent(editor.viewport(), &offHelp);
    QTRY_VERIFY(!QToolTip::isVisible());
    QCOMPARE(editor.diagnosticToolTip(0), QString());
}

void TestCodeEditor::diagnosticsFollowEdits()
{
    CodeEditor editor;
    editor.setPlainText(readText(sampleProjectionPath()));
    editor.setDiagnostics({ { 18, 10, QStringLiteral("e"), Diagnostic::Severity::Error } });
    QCOMPARE(editor.diagnosticPosition(0), qMakePair(18, 10));
    QTextCursor top(editor.document());
    top.insertText(QStringLiteral("// new first line\n"));
    QCOMPARE(editor.diagnosticPosition(0), qMakePair(19, 10));
    QVERIFY(!editor.diagnosticToolTip(18).isEmpty());
}

void TestCodeEditor::goToDiagnosticCentresTheCursor()
{
    CodeEditor editor;
    editor.setFont(m_font);
    editor.resize(500, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setPlainText(readText(sampleProjectionPath()));
    editor.setDiagnostics({ { 120, 7, QStringLiteral("e"), Diagnostic::Severity::Error } });
    QVERIFY(editor.goToDiagnostic(0));
    QCOMPARE(editor.textCursor().blockNumber(), 119);
    QCOMPARE(editor.textCursor().positionInBlock(), 6);
    const int middle = editor.viewport()->height() / 2;
    QVERIFY2(qAbs(editor.cursorRect().center().y() - middle) <= QFontMetrics(m_font).height(),
        qPrintable(QString::number(editor.cursorRect().center().y())));
    QVERIFY(!editor.goToDiagnostic(1));

    editor.goToLine(100000, 3); // clamped to the last line
    QCOMPARE(editor.textCursor().blockNumber(), editor.blockCount() - 1);
}

void TestCodeEditor::highlightsSampleProjection()
{
    QTextDocument document;
    document.setPlainText(readText(sampleProjectionPath()));
    JsHighlighter highlighter(&document);
    highlighter.rehighlight();
    auto is = [&](const QTextBlock& block, const QString& word, JsHighlighter::Token token) {
        const int column = static_cast<int>(block.text().indexOf(word));
        return column >= 0
            && formatAt(block, column).foreground().color() == highlighter.format(token).foreground().color()
            && formatAt(block, column + static_cast<int>(word.size()) - 1).foreground()
            == highlighter.format(token).foreground();
    };
    using Token = JsHighlighter::Token;
    const QTextBlock cents = blockContaining(&document, QStringLiteral("function cents"));
    QVERIFY(is(cents, QStringLiteral("function"), Token::Keyword));
    QCOMPARE(formatAt(cents, 9), QTextCharFormat()); // "cents" is a plain identifier
    QVERIFY(
        is(blockContaining(&document, QStringLiteral("const d = e.data")), QStringLiteral("const"), Token::Keyword));
    QVERIFY(
        is(blockContaining(&document, QStringLiteral("projection({")), QStringLiteral("projection"), Token::Builtin));
    QVERIFY(is(blockContaining(&document, QStringLiteral("  when: {")), QStringLiteral("when"), Token::Builtin));
    QVERIFY(is(blockContaining(&document, QStringLiteral("upcast: {")), QStringLiteral("upcast"), Token::Builtin));
    QVERIFY(is(
        blockContaining(&document, QStringLiteral("name: \"family\"")), QStringLiteral("\"family\""), Token::String));
    QVERIFY(is(blockContaining(&document, QStringLiteral("familyId: null")), QStringLiteral("null"), Token::Literal));
    QVERIFY(is(
        blockContaining(&document, QStringLiteral("Math.round(amount * 100)")), QStringLiteral("100"), Token::Number));
    QVERIFY(is(document.firstBlock(), QStringLiteral("// Projections"), Token::Comment));
    // A keyword inside a comment or a string is not a keyword.
    const QTextBlock comment = blockContaining(&document, QStringLiteral("// may go below zero"));
    QCOMPARE(formatAt(comment, static_cast<int>(comment.text().indexOf(QStringLiteral("may")))).fontItalic(), true);
}

void TestCodeEditor::commentAndTemplateSpanLines()
{
    QTextDocument document;
    document.setPlainText(
        QStringLiteral("/* a comment\n   const inside */ const x = `one\ntwo ${x}` + 1;\nlet y = 1e-3;"));
    JsHighlighter highlighter(&document);
    highlighter.rehighlight();
    const QColor comment = highlighter.format(JsHighlighter::Token::Comment).foreground().color();
    const QColor string = highlighter.format(JsHighlighter::Token::String).foreground().color();
    const QColor keyword = highlighter.format(JsHighlighter::Token::Keyword).foreground().color();
    const QColor number = highlighter.format(JsHighlighter::Token::Number).foreground().color();

    const QTextBlock first = document.firstBlock();
    const QTextBlock second = first.next();
    const QTextBlock third = second.next();
    QCOMPARE(formatAt(first, 3).foreground().color(), comment);
    QCOMPARE(formatAt(second, 3).foreground().color(), comment); // "const" inside the comment
    QCOMPARE(formatAt(second, 19).foreground().color(), keyword); // "const" after it
    QCOMPARE(formatAt(second, 30).foreground().color(), string); // "`one"
    QCOMPARE(formatAt(third, 0).foreground().color(), string); // "two" still in the template
    QCOMPARE(formatAt(third, 12).foreground().color(), number); // "1" after the template
    QCOMPARE(formatAt(third.next(), 8).foreground().color(), number); // "1e-3"
    QCOMPARE(formatAt(third.next(), 11).foreground().color(), number);

    // Closing the comment earlier re-highlights the following line. (A document reports edits
    // only once it has a layout, as it does in an editor.)
    document.documentLayout();
    QTextCursor cursor(first);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" */"));
    QCOMPARE(formatAt(document.firstBlock().next(), 3).foreground().color(), keyword);
}

void TestCodeEditor::coloursFollowThePalette()
{
    CodeEditor editor;
    JsHighlighter highlighter(editor.document());
    highlighter.followPalette(&editor);
    editor.setPlainText(QStringLiteral("const x = 1;"));
    const QColor light = highlighter.format(JsHighlighter::Token::Keyword).foreground().color();
    editor.setPalette(darkPalette());
    const QColor dark = highlighter.format(JsHighlighter::Token::Keyword).foreground().color();
    QVERIFY(light != dark);
    QCOMPARE(formatAt(editor.document()->firstBlock(), 0).foreground().color(), dark);
    // Readable: clearly lighter than the dark base.
    QVERIFY(dark.lightnessF() > darkPalette().color(QPalette::Base).lightnessF() + 0.35);
}

void TestCodeEditor::openFileReportsWhy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::addRow("missing") << QStringLiteral("missing.js") << QStringLiteral("does not exist");
    QTest::addRow("directory") << QStringLiteral("folder.js") << QStringLiteral("folder");
    QTest::addRow("not UTF-8") << QStringLiteral("latin1.js") << QStringLiteral("not UTF-8");
    QTest::addRow("unreadable") << QStringLiteral("secret.js") << QStringLiteral("ermission denied");
}

void TestCodeEditor::openFileReportsWhy()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther | QFile::ReadOther);
    QDir(dir.path()).mkdir(QStringLiteral("folder.js"));
    writeFile(dir.filePath(QStringLiteral("latin1.js")), QByteArray("// caf\xe9\n"));
    writeFile(dir.filePath(QStringLiteral("secret.js")), QByteArray("projection({});\n"));
    QFile::setPermissions(dir.filePath(QStringLiteral("secret.js")), QFile::ReadOwner | QFile::WriteOwner);

    ProjectionEditor editor;
    QVERIFY(editor.openFile(sampleProjectionPath()));
    const QString before = editor.source();
    QString error;
    bool opened = false;
    {
        UnprivilegedScope unprivileged;
        if (name == QLatin1String("secret.js") && !unprivileged.isActive() && geteuid() == 0)
            QSKIP("cannot drop root privileges");
        opened = editor.openFile(dir.filePath(name), &error);
    }
    QVERIFY(!opened);
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.filePath(name))), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // The editor keeps what it had.
    QCOMPARE(editor.source(), before);
    QCOMPARE(editor.filePath(), QFileInfo(sampleProjectionPath()).absoluteFilePath());
}

void TestCodeEditor::saveWritesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("counter.js"));
    writeFile(path, "projection({\n  when: {},\n});\n");
    ProjectionEditor editor;
    editor.resize(500, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(editor.openFile(path));
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.saveAction()->isEnabled());
    QCOMPARE(editor.fileLabel()->text(), QStringLiteral("counter.js"));

    editor.editor()->setFocus();
    editor.editor()->goToLine(2, 10);
    QTest::keyClick(editor.editor(), Qt::Key_Return);
    QTest::keyClicks(editor.editor(), QStringLiteral("$any(state) { state.n = (state.n || 0) + 1; },"));
    QVERIFY(editor.isModified());
    QCOMPARE(editor.fileLabel()->text(), QStringLiteral("counter.js (modified)"));
    QVERIFY(editor.saveAction()->isEnabled());
    const QString expected
        = QStringLiteral("projection({\n  when: {\n      $any(state) { state.n = (state.n || 0) + 1; "
                         "},\n  },\n});\n");
    QCOMPARE(editor.source(), expected);
    QCOMPARE(readText(path), QStringLiteral("projection({\n  when: {},\n});\n")); // nothing written yet

    QSignalSpy saved(&editor, &ProjectionEditor::saved);
    QTest::keyClick(editor.editor(), Qt::Key_S, Qt::ControlModifier); // the Save shortcut
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(readText(path), expected);
    QCOMPARE(siblings(path), QStringList { QStringLiteral("counter.js") }); // no temporary left behind
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.fileLabel()->text(), QStringLiteral("counter.js"));
}

void TestCodeEditor::saveKeepsCrlf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("windows.js"));
    writeFile(path, "// one\r\n// two\r\n");
    ProjectionEditor editor;
    QVERIFY(editor.openFile(path));
    QCOMPARE(editor.source(), QStringLiteral("// one\n// two\n"));
    QTextCursor cursor(editor.editor()->document());
    cursor.insertText(QStringLiteral("// zero\n"));
    QString error;
    QVERIFY2(editor.save(&error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("// zero\r\n// one\r\n// two\r\n"));
}

void TestCodeEditor::saveIntoReadOnlyFolderFails()
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther | QFile::ReadOther);
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("sample.js"));
    QVERIFY(QFile::copy(sampleProjectionPath(), path));
    QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther | QFile::WriteOther);
    QFile::setPermissions(folder,
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const FileFingerprint before = fingerprint(path);

    ProjectionEditor editor;
    QVERIFY(editor.openFile(path));
    QTextCursor(editor.editor()->document()).insertText(QStringLiteral("// edited\n"));
    QSignalSpy failed(&editor, &ProjectionEditor::saveFailed);
    QString error;
    bool ok = true;
    {
        UnprivilegedScope unprivileged;
        if (!unprivileged.isActive() && geteuid() == 0)
            QSKIP("cannot drop root privileges");
        ok = editor.save(&error);
    }
    QVERIFY(!ok);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("ermission denied"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(editor.isModified());
    QCOMPARE(fingerprint(path), before);
    QCOMPARE(siblings(path), QStringList { QStringLiteral("sample.js") });

    // Through the action, the reason shows in the editor.
    {
        UnprivilegedScope unprivileged;
        editor.saveAction()->trigger();
    }
    QLabel* message = editor.findChild<QLabel*>();
    for (QLabel* label : editor.findChildren<QLabel*>()) {
        if (label->accessibleName() == QLatin1String("Save error"))
            message = label;
    }
    QVERIFY(!message->isHidden());
    QCOMPARE(message->text(), error);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCodeEditor::applyDoesNotWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.js"));
    QVERIFY(QFile::copy(sampleProjectionPath(), path));
    const FileFingerprint before = fingerprint(path);
    ProjectionEditor editor;
    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(editor.openFile(path));
    editor.editor()->setFocus();
    editor.editor()->goToLine(19, 1);
    QTest::keyClicks(editor.editor(), QStringLiteral("// what if"));
    QTest::keyClick(editor.editor(), Qt::Key_Return);

    QSignalSpy apply(&editor, &ProjectionEditor::applyRequested);
    QTest::keyClick(editor.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(apply.size(), 1);
    const QString applied = apply.at(0).at(0).toString();
    QCOMPARE(applied, editor.source());
    QVERIFY(applied.contains(QStringLiteral("function cents(amount) {\n// what if\n")));
    QVERIFY(!editor.editor()->toPlainText().contains(QStringLiteral("// what if\n\n"))); // no newline typed
    QVERIFY(editor.isModified());
    QCOMPARE(fingerprint(path), before);
}

void TestCodeEditor::revertIsUndoable()
{
    ProjectionEditor editor;
    QVERIFY(editor.openFile(sampleProjectionPath()));
    const QString original = editor.source();
    editor.editor()->goToLine(20, 1);
    editor.editor()->insertPlainText(QStringLiteral("x;"));
    editor.setDiagnostics({ { 20, 1, QStringLiteral("e"), Diagnostic::Severity::Error } });
    QVERIFY(editor.isModified());
    QVERIFY(editor.revertAction()->isEnabled());

    editor.revert();
    QCOMPARE(editor.source(), original);
    QVERIFY(!editor.isModified());
    QVERIFY(editor.editor()->diagnostics().isEmpty());
    QVERIFY(editor.problemList()->isHidden());
    QCOMPARE(editor.editor()->textCursor().blockNumber(), 19); // the caret stays on its line

    editor.editor()->undo();
    QVERIFY(editor.source().contains(QStringLiteral("x;")));
    QVERIFY(editor.isModified());
}

void TestCodeEditor::problemListJumpsToTheDiagnostic()
{
    ProjectionEditor editor;
    editor.resize(600, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.openFile(sampleProjectionPath()));
    editor.setDiagnostics({ { 60, 5, QStringLiteral("first"), Diagnostic::Severity::Warning },
        { 112, 5, QStringLiteral("TypeError: x is not a function"), Diagnostic::Severity::Error } });
    QVERIFY(editor.problemList()->isVisible());
    QCOMPARE(editor.problemList()->count(), 2);
    QCOMPARE(
        editor.problemList()->item(1)->text(), QStringLiteral("Line 112, column 5: TypeError: x is not a function"));

    const QRect second = editor.problemList()->visualItemRect(editor.problemList()->item(1));
    QTest::mouseClick(editor.problemList()->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(editor.editor()->textCursor().blockNumber(), 111);
    QCOMPARE(editor.editor()->textCursor().positionInBlock(), 4);

    // Every widget has an accessible name.
    for (QWidget* widget : editor.findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->parentWidget() == &editor)
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    QVERIFY(!editor.editor()->gutter()->accessibleName().isEmpty());
}

void TestCodeEditor::grabLightAndDark()
{
    const QList<QPair<QString, QPalette>> themes = {
        { QStringLiteral("light"), QApplication::style()->standardPalette() },
        { QStringLiteral("dark"), darkPalette() },
    };
    for (const auto& [name, palette] : themes) {
        QApplication::setPalette(palette);
        QCoreApplication::sendPostedEvents();
        ProjectionEditor editor;
        editor.editor()->setFont(m_font);
        editor.resize(860, 560);
        QCursor::setPos(2000, 2000); // the offscreen pointer would hover the Apply button
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.openFile(sampleProjectionPath()));
        editor.editor()->goToLine(41, 1); // an unsaved edit, so the "modified" mark shows
        editor.editor()->insertPlainText(QStringLiteral(" "));
        const QString line = editor.editor()->document()->findBlockByNumber(50).text();
        const int column = static_cast<int>(line.indexOf(QStringLiteral("data.familyId"))) + 6;
        editor.setDiagnostics({ { 51, column, QStringLiteral("TypeError: Cannot read property 'familyId' of undefined"),
            Diagnostic::Severity::Error } });
        editor.editor()->goToDiagnostic(0);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!editor.findChild<QToolBar*>()->widgetForAction(editor.applyAction())->underMouse());
        const QString path = saveGrab(&editor, QStringLiteral("codeeditor-") + name);
        const QImage image(path);
        QVERIFY(!image.isNull());

        // The marker in the gutter is red, in both themes.
        const int y = editor.editor()->viewport()->mapTo(&editor, editor.editor()->cursorRect().center()).y();
        const QWidget* gutter = editor.editor()->gutter();
        const QPoint marker = gutter->mapTo(&editor, QPoint(QFontMetrics(m_font).height() / 2 + 1, 0));
        const qreal dpr = editor.devicePixelRatioF(); // a PNG read back does not know it
        QVERIFY2(isReddish(image.pixelColor(QPointF(marker.x(), y).toPoint() * dpr)),
            qPrintable(image.pixelColor(QPointF(marker.x(), y).toPoint() * dpr).name()));
        // The editor's background follows the palette.
        const QPoint far
            = editor.editor()->viewport()->mapTo(&editor, QPoint(editor.editor()->viewport()->width() - 4, 4));
        const QColor background = image.pixelColor(far * dpr);
        QVERIFY2(qAbs(background.lightness() - palette.color(QPalette::Base).lightness()) < 20,
            qPrintable(background.name()));
    }
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
