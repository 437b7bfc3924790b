// SPDX-License-Identifier: MIT
#include "codeeditor.h"

#include <QFontDatabase>
#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace Chronoscope {

namespace {

QColor mix(const QColor& base, const QColor& other, double amount)
{
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - amount) + other.redF() * amount),
        static_cast<float>(base.greenF() * (1 - amount) + other.greenF() * amount),
        static_cast<float>(base.blueF() * (1 - amount) + other.blueF() * amount));
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// Signal colours tuned per background: the darker variants vanish on a dark base and the
// lighter ones wash out on white.
QColor severityColor(Diagnostic::Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (severity == Diagnostic::Severity::Warning)
        return dark ? QColor(0xe0, 0xb0, 0x30) : QColor(0xb8, 0x80, 0x00);
    return dark ? QColor(0xf1, 0x4c, 0x4c) : QColor(0xd7, 0x1a, 0x1a);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

int leadingSpaces(const QString& text)
{
    int n = 0;
    while (n < text.size() && (text.at(n) == QLatin1Char(' ') || text.at(n) == QLatin1Char('\t')))
        ++n;
    return n;
}

bool isBlank(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QChar closerFor(QChar opener)
{
    switch (opener.unicode()) {
    case '{':
        return QLatin1Char('}');
    case '[':
        return QLatin1Char(']');
    case '(':
        return QLatin1Char(')');
    default:
        return {};
    }
}

} // namespace

class CodeEditor::Gutter : public QWidget
{
public:
    explicit Gutter(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setAccessibleName(CodeEditor::tr("Line numbers"));
    }
    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintGutter(event); }
    // Only tool tips reach the editor: other events still arrive while ~QWidget of the editor
    // deletes the gutter, when m_editor is no longer a CodeEditor.
    bool event(QEvent* event) override
    {
        return (event->type() == QEvent::ToolTip && m_editor->gutterEvent(event)) || QWidget::event(event);
    }

private:
    CodeEditor* m_editor;
};

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setAccessibleName(tr("Source editor"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    applyFont();

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_gutter->update(); // the current line number is drawn brighter
    });
    // Diagnostic line backgrounds are collapsed cursors: re-anchor them to their token's line.
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_marked.isEmpty())
            updateExtraSelections();
    });
    updateGutterWidth();
    updateExtraSelections();
}

CodeEditor::~CodeEditor() = default;

QWidget* CodeEditor::gutter() const
{
    return m_gutter;
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 2); // no jump when line 10 appears
    const QFontMetrics metrics(font());
    const int digit = metrics.horizontalAdvance(QLatin1Char('9'));
    // [marker column][digits][gap]; the marker column is one line high, so the marker is round.
    return metrics.height() + digits * digit + digit + digit / 2;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    placeGutter();
}

void CodeEditor::updateGutter(const QRect& rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    placeGutter();
}

void CodeEditor::placeGutter()
{
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFont();
        updateGutterWidth();
    } else if (event->type() == QEvent::PaletteChange) {
        updateExtraSelections();
        m_gutter->update();
    }
}

void CodeEditor::applyFont()
{
    setTabStopDistance(IndentWidth * QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')));
    m_gutter->setFont(font());
}

void CodeEditor::paintGutter(QPaintEvent* event)
{
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), mix(base, text, isDark(pal) ? 0.04 : 0.03));
    painter.setPen(mix(base, text, 0.12));
    painter.drawLine(m_gutter->width() - 1, event->rect().top(), m_gutter->width() - 1, event->rect().bottom());

    // Worst severity per line, for the markers.
    QHash<int, Diagnostic::Severity> markers;
    for (const Marked& marked : std::as_const(m_marked)) {
        const int number = document()->findBlock(marked.range.selectionStart()).blockNumber();
        if (!markers.contains(number) || marked.diagnostic.severity == Diagnostic::Severity::Error)
            markers.insert(number, marked.diagnostic.severity);
    }

    const QFontMetrics metrics(font());
    const int digit = metrics.horizontalAdvance(QLatin1Char('9'));
    const int numberRight = m_gutter->width() - digit;
    const int currentBlock = textCursor().blockNumber();
    const QColor numberColor = mix(text, base, 0.55);

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber();
            const QRectF line(0, top, numberRight, metrics.height());
            painter.setPen(number == currentBlock ? text : numberColor);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(number + 1));
            if (const auto marker = markers.constFind(number); marker != markers.cend()) {
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(severityColor(*marker, pal));
                const qreal size = metrics.height() * 0.6;
                const QRectF box(
                    metrics.height() / 2.0 - size / 2 + 1, top + (metrics.height() - size) / 2, size, size);
                if (*marker == Diagnostic::Severity::Error) {
                    painter.drawEllipse(box);
                } else {
                    QPainterPath triangle;
                    triangle.moveTo(box.center().x(), box.top());
                    triangle.lineTo(box.bottomRight());
                    triangle.lineTo(box.bottomLeft());
                    triangle.closeSubpath();
                    painter.drawPath(triangle);
                }
                painter.restore();
            }
        }
        block = block.next();
        top += height;
    }
}

bool CodeEditor::gutterEvent(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto* help = static_cast<QHelpEvent*>(event);
    const QTextBlock block = cursorForPosition(QPoint(0, help->pos().y())).block();
    const QString text = diagnosticToolTip(block.blockNumber());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, m_gutter);
    return true;
}

bool CodeEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

QString CodeEditor::toolTipAt(const QPoint& viewportPos) const
{
    for (const Marked& marked : m_marked) {
        if (!marked.range.hasSelection())
            continue;
        QTextCursor start(marked.range);
        start.setPosition(marked.range.selectionStart());
        QTextCursor end(marked.range);
        end.setPosition(marked.range.selectionEnd());
        const QRect area = cursorRect(start).united(cursorRect(end));
        if (area.contains(viewportPos))
            return diagnosticToolTip(start.blockNumber());
    }
    return {};
}

QString CodeEditor::diagnosticToolTip(int blockNumber) const
{
    QStringList parts;
    for (int i = 0; i < m_marked.size(); ++i) {
        const Marked& marked = m_marked.at(i);
        if (document()->findBlock(marked.range.selectionStart()).blockNumber() != blockNumber)
            continue;
        const auto [line, column] = diagnosticPosition(i);
        const QString what = marked.diagnostic.severity == Diagnostic::Severity::Error ? tr("Error") : tr("Warning");
        // Rich text on purpose: messages such as "Unexpected token <" must not be taken for markup.
        parts.append(tr("<b>%1</b> at line %2, column %3<br>%4")
                         .arg(what)
                         .arg(line)
                         .arg(column)
                         .arg(marked.diagnostic.message.toHtmlEscaped()));
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre'>") + parts.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QTextCursor CodeEditor::tokenRange(int line, int column) const
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    const QString text = block.text();
    int start = 0;
    int end = 0;
    if (column <= 0) {
        start = leadingSpaces(text);
        end = static_cast<int>(text.size());
        while (end > start && text.at(end - 1).isSpace())
            --end;
    } else {
        start = std::min(column - 1, static_cast<int>(text.size()));
        while (start < text.size() && text.at(start).isSpace())
            ++start;
        if (start >= text.size()) {
            // Past the end (e.g. "unexpected end of input"): mark the line's last token.
            start = static_cast<int>(text.size());
            while (start > 0 && text.at(start - 1).isSpace())
                --start;
            if (start > 0)
                --start;
            while (start > 0 && isWordChar(text.at(start)) && isWordChar(text.at(start - 1)))
                --start;
        }
        end = std::min(start + 1, static_cast<int>(text.size()));
        if (start < text.size() && isWordChar(text.at(start))) {
            while (end < text.size() && isWordChar(text.at(end)))
                ++end;
        } else if (start < text.size() && (text.at(start) == QLatin1Char('"') || text.at(start) == QLatin1Char('\''))) {
            const qsizetype close = text.indexOf(text.at(start), start + 1);
            end = close < 0 ? static_cast<int>(text.size()) : static_cast<int>(close) + 1;
        }
    }
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + start);
    cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    return cursor;
}

void CodeEditor::setDiagnostics(const QList<Diagnostic>& diagnostics)
{
    m_marked.clear();
    for (const Diagnostic& diagnostic : diagnostics)
        m_marked.append({ diagnostic, tokenRange(diagnostic.line, diagnostic.column) });
    updateExtraSelections();
    m_gutter->update();
}

void CodeEditor::clearDiagnostics()
{
    setDiagnostics({});
}

QList<Diagnostic> CodeEditor::diagnostics() const
{
    QList<Diagnostic> result;
    result.reserve(m_marked.size());
    for (const Marked& marked : m_marked)
        result.append(marked.diagnostic);
    return result;
}

QPair<int, int> CodeEditor::diagnosticPosition(int index) const
{
    if (index < 0 || index >= m_marked.size())
        return { 0, 0 };
    const int position = m_marked.at(index).range.selectionStart();
    const QTextBlock block = document()->findBlock(position);
    return { block.blockNumber() + 1, position - block.position() + 1 };
}

bool CodeEditor::goToDiagnostic(int index)
{
    if (index < 0 || index >= m_marked.size())
        return false;
    const auto [line, column] = diagnosticPosition(index);
    goToLine(line, column);
    return true;
}

void CodeEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
}

void CodeEditor::updateExtraSelections()
{
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    QList<QTextEdit::ExtraSelection> selections;

    if (!isReadOnly()) {
        QTextEdit::ExtraSelection current;
        current.format.setBackground(mix(base, pal.color(QPalette::Text), isDark(pal) ? 0.07 : 0.045));
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = textCursor();
        current.cursor.clearSelection();
        selections.append(current);
    }
    for (const Marked& marked : std::as_const(m_marked)) {
        const QColor signal = severityColor(marked.diagnostic.severity, pal);
        QTextEdit::ExtraSelection line;
        line.format.setBackground(mix(base, signal, isDark(pal) ? 0.13 : 0.09));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(document()->findBlock(marked.range.selectionStart()));
        selections.append(line);
    }
    // Underlines last, so they draw over the line backgrounds.
    for (const Marked& marked : std::as_const(m_marked)) {
        QTextEdit::ExtraSelection token;
        token.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        token.format.setUnderlineColor(severityColor(marked.diagnostic.severity, pal));
        token.cursor = marked.range;
        selections.append(token);
    }
    setExtraSelections(selections);
}

void CodeEditor::keyPressEvent(QKeyEvent* event)
{
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Shift+Enter too: QPlainTextEdit would insert U+2028, which JavaScript reads as a newline
        // but files should not contain.
        if ((mods == Qt::NoModifier || mods == Qt::ShiftModifier) && insertNewline())
            return;
        break;
    case Qt::Key_Tab:
        if (mods == Qt::NoModifier) {
            QTextCursor cursor = textCursor();
            if (cursor.hasSelection()
                && document()->findBlock(cursor.selectionStart()) != document()->findBlock(cursor.selectionEnd())) {
                indentSelection(true);
            } else {
                const int column = cursor.positionInBlock();
                cursor.insertText(QString(IndentWidth - column % IndentWidth, QLatin1Char(' ')));
                setTextCursor(cursor);
            }
            return;
        }
        break;
    case Qt::Key_Backtab:
        indentSelection(false);
        return;
    case Qt::Key_Backspace:
        if (mods == Qt::NoModifier && !textCursor().hasSelection()) {
            // In leading indentation, go back one whole level.
            QTextCursor cursor = textCursor();
            const int column = cursor.positionInBlock();
            const QString before = cursor.block().text().left(column);
            if (column > 0 && before.count(QLatin1Char(' ')) == column) {
                cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, (column - 1) % IndentWidth + 1);
                cursor.removeSelectedText();
                setTextCursor(cursor);
                return;
            }
        }
        break;
    default:
        if (dedentClosingBrace(event->text()))
            return;
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool CodeEditor::insertNewline()
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    const QString text = cursor.block().text();
    const int column = cursor.positionInBlock();
    const QString before = text.left(column);
    const QString indent = text.left(std::min(leadingSpaces(text), column));

    // Trailing blanks stay neither on the line left behind nor in front of the moved text.
    if (isBlank(before)) {
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    int blanksAfter = 0;
    while (column + blanksAfter < text.size() && text.at(column + blanksAfter).isSpace())
        ++blanksAfter;
    cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, blanksAfter);
    cursor.removeSelectedText();

    const QString trimmedBefore = before.trimmed();
    const QChar opener = trimmedBefore.isEmpty() ? QChar() : trimmedBefore.back();
    const QChar closer = closerFor(opener);
    const QString rest = text.mid(column + blanksAfter);
    const QString inner = closer.isNull() ? indent : indent + QString(IndentWidth, QLatin1Char(' '));

    cursor.insertText(QLatin1Char('\n') + inner);
    if (!closer.isNull() && rest.startsWith(closer)) {
        // "{|}" + Enter puts the closer on its own line below the cursor.
        const int keep = cursor.position();
        cursor.insertText(QLatin1Char('\n') + indent);
        cursor.setPosition(keep);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void CodeEditor::indentSelection(bool indent)
{
    QTextCursor cursor = textCursor();
    QTextBlock block = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection ending at the start of a line does not include that line.
    if (last != block && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    for (;; block = block.next()) {
        QTextCursor line(block);
        const QString text = block.text();
        if (indent && !isBlank(text)) {
            line.insertText(QString(IndentWidth, QLatin1Char(' ')));
        } else if (!indent) {
            const int remove = std::min(leadingSpaces(text), text.startsWith(QLatin1Char('\t')) ? 1 : IndentWidth);
            line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, remove);
            line.removeSelectedText();
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

bool CodeEditor::dedentClosingBrace(const QString& typed)
{
    if (typed != QLatin1String("}") && typed != QLatin1String("]") && typed != QLatin1String(")"))
        return false;
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const int column = cursor.positionInBlock();
    const QString before = cursor.block().text().left(column);
    if (column == 0 || before.count(QLatin1Char(' ')) != column)
        return false;
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, (column - 1) % IndentWidth + 1);
    cursor.insertText(typed);
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

} // namespace Chronoscope
