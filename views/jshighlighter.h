// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Chronoscope {

/// Colours JavaScript projections: keywords, literals, numbers, strings (template literals
/// may span lines), comments (block comments may span lines) and the projection DSL names
/// (projection, fromCategory, when, $init, …) as builtins. Regex literals are not recognised.
///
/// Colours come from a palette: call followPalette() with the editor so they are recomputed
/// when its palette changes (light/dark switch).
class JsHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Token
    {
        Keyword,
        Literal,
        Builtin,
        Number,
        String,
        Comment,
        NumTokens
    };

    explicit JsHighlighter(QTextDocument* document);

    /// Takes colours from `widget`'s palette now and whenever it changes.
    void followPalette(QWidget* widget);
    /// Recomputes the colours for `palette` and re-highlights.
    void setPalette(const QPalette& palette);
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString& text) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum BlockState
    {
        Normal = -1, // QSyntaxHighlighter's "no state"
        InBlockComment = 1,
        InTemplate = 2
    };

    void apply(int start, int end, Token token);

    QTextCharFormat m_formats[static_cast<int>(Token::NumTokens)];
    QPointer<QWidget> m_paletteSource;
};

} // namespace Chronoscope
