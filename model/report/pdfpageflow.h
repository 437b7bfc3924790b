// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <utility>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace Chronoscope {

/// One cell of a PdfPageFlow table.
struct PdfCell
{
    enum class Style
    {
        Normal,
        Mono, ///< hashes, JSON pointers, ids
        Bold,
        Muted, ///< "no change", "(absent)"
    };
    /// Implicit from a text: `{ QStringLiteral("…") }` is the usual cell.
    PdfCell(QString text = {}, Style style = Style::Normal, QColor color = {})
        : text(std::move(text))
        , style(style)
        , color(color)
    { }
    QString text;
    Style style = Style::Normal;
    QColor color; ///< invalid: the flow's text colour
};

/// A table: relative column widths, an optional header row repeated at the top of every
/// page the table continues on, and rows of cells (text wraps inside its column).
struct PdfTable
{
    std::vector<double> widths; ///< fractions of the text width; they should sum to 1
    QStringList header; ///< empty: no header row (a key/value block)
    bool zebra = true;
};

/// Lays text and tables out on pages of a QPagedPaintDevice (a QPdfWriter), then paints them
/// with a running header and a footer on every page ("Page N of M" needs the page count, so
/// painting waits until everything is placed).
///
/// Long tables are why this is not one QTextDocument: paginating its table layout took 6.6 s
/// for 2,000 history rows and 54 s for 10,000 here, while placing rows one by one is linear.
/// Cell text is laid out with the device's metrics, wrapping at word boundaries or anywhere
/// (hashes, JSON), exactly as it is painted.
///
/// Not thread-bound: use it on one thread at a time; fonts must exist (QGuiApplication).
class PdfPageFlow
{
public:
    struct Fonts
    {
        QString sans;
        QString sansBold;
        QString mono;
    };
    /// The running header (pages after the first) and footer lines.
    struct PageFurniture
    {
        QString headerLeft;
        QString headerRight;
        QString footerLeft; ///< in the mono face (the digest)
        QString footerLeftLabel; ///< before footerLeft, in the sans face
        QString footerSecond; ///< a second, smaller footer line
    };

    PdfPageFlow(QPagedPaintDevice& device, const Fonts& fonts);

    /// The width text and tables may use, in device units.
    double textWidth() const { return m_body.width(); }

    void heading(const QString& text, double pointSize = 13);
    void paragraph(const QString& text, double pointSize = 8.5, PdfCell::Style style = PdfCell::Style::Normal);
    void space(double millimetres);

    void beginTable(const PdfTable& table);
    void addRow(const std::vector<PdfCell>& cells);
    void endTable();

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    /// Paints every page on `painter` (begun on the device). `progress` gets pages done of
    /// total; returning false stops.
    bool paint(QPainter& painter, const PageFurniture& furniture, const std::function<bool(int, int)>& progress);

private:
    struct Op
    {
        enum class Kind
        {
            Text,
            Fill,
            Line,
        };
        Kind kind = Kind::Text;
        QRectF rect;
        QString text;
        int font = 0; ///< index into m_fontList
        QColor color;
        bool clip = false; ///< the text is taller than its rect (a row cut at the page's end)
        bool simple = false; ///< lines that fit: painted one by one, without line breaking
    };
    using Page = std::vector<Op>;

    double mm(double millimetres) const;
    /// Index into m_fontList of the face for `style` at `pointSize` (made on first use).
    int font(PdfCell::Style style, double pointSize);
    /// The height of `text` wrapped to `width`; `simple` says every line fits unwrapped.
    double textHeight(const QString& text, int font, double width, bool* simple) const;
    void newPage();
    void placeHeaderRow();
    void placeRow(const std::vector<PdfCell>& cells, bool header);
    void paintText(QPainter& painter, const Op& op) const;
    void paintFurniture(QPainter& painter, int page, const PageFurniture& furniture) const;

    QPagedPaintDevice& m_device;
    Fonts m_fonts;
    QRectF m_body; ///< the text area of a page, device units
    double m_y = 0;
    std::vector<Page> m_pages;
    struct Face
    {
        PdfCell::Style style;
        double pointSize;
        QFont font;
        QFontMetricsF metrics;
    };
    std::vector<Face> m_fontList;
    PdfTable m_table;
    bool m_inTable = false;
    int m_rowInTable = 0;
    QColor m_text { 0x1b, 0x1f, 0x24 };
    QColor m_muted { 0x6a, 0x72, 0x7a };
    QColor m_rule { 0xc4, 0xc9, 0xcf };
    QColor m_headerFill { 0xe4, 0xe9, 0xef };
    QColor m_zebraFill { 0xf5, 0xf7, 0xf9 };
    QColor m_accent { 0x1f, 0x3a, 0x5f };
};

} // namespace Chronoscope
