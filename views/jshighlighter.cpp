// SPDX-License-Identifier: MIT
#include "jshighlighter.h"

#include <QEvent>
#include <QGuiApplication>
#include <QSet>
#include <QWidget>

namespace Chronoscope {

namespace {

QSet<QString> words(std::initializer_list<const char*> list)
{
    QSet<QString> set;
    for (const char* word : list)
        set.insert(QLatin1String(word));
    return set;
}

const QSet<QString>& keywords()
{
    static const QSet<QString> set = words({ "async", "await", "break", "case", "catch", "class", "const", "continue",
        "debugger", "default", "delete", "do", "else", "export", "extends", "finally", "for", "function", "if",
        "import", "in", "instanceof", "let", "new", "of", "return", "static", "super", "switch", "this", "throw", "try",
        "typeof", "var", "void", "while", "with", "yield" });
    return set;
}

const QSet<QString>& literals()
{
    static const QSet<QString> set = words({ "true", "false", "null", "undefined", "NaN", "Infinity" });
    return set;
}

// The projection DSL (docs/projections.md), native and KurrentDB forms.
const QSet<QString>& builtins()
{
    static const QSet<QString> set = words({ "projection", "fromAll", "fromCategory", "fromStream", "fromStreams",
        "foreachStream", "partitionBy", "when", "$init", "$any", "upcast" });
    return set;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Index just past the closing `quote` at or after `from`, or -1 if the line ends first.
int closingQuote(const QString& text, int from, QChar quote)
{
    for (int i = from; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\'))
            ++i;
        else if (text.at(i) == quote)
            return i + 1;
    }
    return -1;
}

QTextCharFormat colored(const QColor& color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::DemiBold);
    format.setFontItalic(italic);
    return format;
}

} // namespace

JsHighlighter::JsHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsHighlighter::followPalette(QWidget* widget)
{
    if (m_paletteSource)
        m_paletteSource->removeEventFilter(this);
    m_paletteSource = widget;
    if (widget) {
        widget->installEventFilter(this);
        setPalette(widget->palette());
    }
}

bool JsHighlighter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_paletteSource && event->type() == QEvent::PaletteChange)
        setPalette(m_paletteSource->palette());
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void JsHighlighter::setPalette(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    // Hues chosen for contrast against the palette's base; comments fade towards it.
    const QColor comment = QColor::fromRgbF(static_cast<float>(text.redF() * 0.5 + base.redF() * 0.5),
        static_cast<float>(text.greenF() * 0.5 + base.greenF() * 0.5),
        static_cast<float>(text.blueF() * 0.5 + base.blueF() * 0.5));
    auto set = [this](Token token, const QTextCharFormat& format) { m_formats[static_cast<int>(token)] = format; };
    set(Token::Keyword, colored(dark ? QColor(0xcf, 0x8e, 0x6d) : QColor(0x00, 0x33, 0xb3), true));
    set(Token::Literal, colored(dark ? QColor(0xcf, 0x8e, 0x6d) : QColor(0x00, 0x33, 0xb3)));
    set(Token::Builtin, colored(dark ? QColor(0x56, 0xa8, 0xf5) : QColor(0x00, 0x62, 0x7a), true));
    set(Token::Number, colored(dark ? QColor(0x2a, 0xac, 0xb8) : QColor(0x17, 0x50, 0xeb)));
    set(Token::String, colored(dark ? QColor(0x6a, 0xab, 0x73) : QColor(0x06, 0x7d, 0x17)));
    set(Token::Comment, colored(comment, false, true));
    rehighlight();
}

QTextCharFormat JsHighlighter::format(Token token) const
{
    return m_formats[static_cast<int>(token)];
}

void JsHighlighter::apply(int start, int end, Token token)
{
    setFormat(start, end - start, m_formats[static_cast<int>(token)]);
}

void JsHighlighter::highlightBlock(const QString& text)
{
    const int size = static_cast<int>(text.size());
    setCurrentBlockState(Normal);
    int i = 0;

    // Continue what the previous line left open.
    if (previousBlockState() == InBlockComment) {
        const int close = static_cast<int>(text.indexOf(QLatin1String("*/")));
        if (close < 0) {
            apply(0, size, Token::Comment);
            setCurrentBlockState(InBlockComment);
            return;
        }
        i = close + 2;
        apply(0, i, Token::Comment);
    } else if (previousBlockState() == InTemplate) {
        const int close = closingQuote(text, 0, QLatin1Char('`'));
        if (close < 0) {
            apply(0, size, Token::String);
            setCurrentBlockState(InTemplate);
            return;
        }
        i = close;
        apply(0, i, Token::String);
    }

    while (i < size) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            apply(i, size, Token::Comment);
            return;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int close = static_cast<int>(text.indexOf(QLatin1String("*/"), i + 2));
            if (close < 0) {
                apply(i, size, Token::Comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            apply(i, close + 2, Token::Comment);
            i = close + 2;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int close = closingQuote(text, i + 1, c);
            const int end = close < 0 ? size : close; // unterminated: up to the end of the line
            apply(i, end, Token::String);
            i = end;
        } else if (c == QLatin1Char('`')) {
            const int close = closingQuote(text, i + 1, c);
            if (close < 0) {
                apply(i, size, Token::String);
                setCurrentBlockState(InTemplate);
                return;
            }
            apply(i, close, Token::String);
            i = close;
        } else if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            const bool hex = QStringView(text).mid(i, 2).compare(QLatin1String("0x"), Qt::CaseInsensitive) == 0;
            int end = i + 1;
            while (end < size) {
                const QChar d = text.at(end);
                const bool exponentSign = !hex && (d == QLatin1Char('+') || d == QLatin1Char('-'))
                    && (text.at(end - 1) == QLatin1Char('e') || text.at(end - 1) == QLatin1Char('E'));
                if (!(d.isLetterOrNumber() || d == QLatin1Char('.') || d == QLatin1Char('_') || exponentSign))
                    break;
                ++end;
            }
            apply(i, end, Token::Number);
            i = end;
        } else if (isIdentifierStart(c)) {
            int end = i + 1;
            while (end < size && isIdentifierPart(text.at(end)))
                ++end;
            const QString word = text.mid(i, end - i);
            // After a dot a keyword is a property name (e.delete); DSL calls chain (.when, .foreachStream).
            const bool member = i > 0 && text.at(i - 1) == QLatin1Char('.');
            if (builtins().contains(word))
                apply(i, end, Token::Builtin);
            else if (!member && keywords().contains(word))
                apply(i, end, Token::Keyword);
            else if (!member && literals().contains(word))
                apply(i, end, Token::Literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace Chronoscope
