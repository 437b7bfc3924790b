// SPDX-License-Identifier: MIT
#include "pdfpageflow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace Chronoscope {

namespace {

constexpr double kCellPaddingMm = 1.1;
constexpr double kTablePointSize = 7.5;

QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

PdfPageFlow::PdfPageFlow(QPagedPaintDevice& device, const Fonts& fonts)
    : m_device(device)
    , m_fonts(fonts)
{
    // Margins leave room for the running header (top) and the two footer lines (bottom).
    const double width = device.width();
    const double height = device.height();
    m_body = QRectF(mm(16), mm(20), width - mm(32), height - mm(20) - mm(22));
    newPage();
}

double PdfPageFlow::mm(double millimetres) const
{
    return millimetres * m_device.logicalDpiX() / 25.4;
}

int PdfPageFlow::font(PdfCell::Style style, double pointSize)
{
    for (std::size_t i = 0; i < m_fontList.size(); ++i) {
        if (m_fontList[i].style == style && m_fontList[i].pointSize == pointSize)
            return static_cast<int>(i);
    }
    QString family = m_fonts.sans;
    if (style == PdfCell::Style::Mono)
        family = m_fonts.mono;
    else if (style == PdfCell::Style::Bold)
        family = m_fonts.sansBold;
    QFont face(family);
    face.setPointSizeF(pointSize);
    if (style == PdfCell::Style::Bold)
        face.setWeight(QFont::Bold);
    // Metrics at the device's resolution, no hinting: what is measured is what is painted.
    face.setHintingPreference(QFont::PreferNoHinting);
    face.setKerning(false);
    m_fontList.push_back({ style, pointSize, face, QFontMetricsF(face, &m_device) });
    return static_cast<int>(m_fontList.size() - 1);
}

double PdfPageFlow::textHeight(const QString& text, int font, double width, bool* simple) const
{
    const Face& face = m_fontList[static_cast<std::size_t>(font)];
    // Most cells are lines that fit: no line breaking needed, to measure or to paint.
    const QStringList lines = text.split(u'\n');
    *simple = std::all_of(
        lines.begin(), lines.end(), [&](const QString& line) { return face.metrics.horizontalAdvance(line) <= width; });
    if (*simple)
        return static_cast<double>(lines.size()) * face.metrics.height();
    double height = 0;
    for (const QString& paragraph : lines) {
        QTextLayout layout(paragraph, face.font, &m_device);
        layout.setTextOption(wrapping());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
    }
    return height;
}

void PdfPageFlow::newPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
}

void PdfPageFlow::space(double millimetres)
{
    m_y += mm(millimetres);
}

void PdfPageFlow::heading(const QString& text, double pointSize)
{
    const int face = font(PdfCell::Style::Bold, pointSize);
    bool simple = false;
    const double height = textHeight(text, face, m_body.width(), &simple);
    // A heading never ends a page: keep room for it and a few lines after it.
    if (m_y + height + mm(18) > m_body.bottom() && m_y > m_body.top())
        newPage();
    if (m_y > m_body.top())
        m_y += mm(3);
    m_pages.back().push_back(
        { Op::Kind::Text, QRectF(m_body.left(), m_y, m_body.width(), height), text, face, m_accent, false, simple });
    m_y += height + mm(1.5);
}

void PdfPageFlow::paragraph(const QString& text, double pointSize, PdfCell::Style style)
{
    const int face = font(style, pointSize);
    bool simple = false;
    const double height = textHeight(text, face, m_body.width(), &simple);
    if (m_y + height > m_body.bottom() && m_y > m_body.top())
        newPage();
    m_pages.back().push_back({ Op::Kind::Text, QRectF(m_body.left(), m_y, m_body.width(), height), text, face,
        style == PdfCell::Style::Muted ? m_muted : m_text, false, simple });
    m_y += height + mm(1.2);
}

void PdfPageFlow::beginTable(const PdfTable& table)
{
    m_table = table;
    m_inTable = true;
    m_rowInTable = 0;
    if (!m_table.header.isEmpty()) {
        // The header and at least one row on the same page.
        if (m_y + mm(14) > m_body.bottom())
            newPage();
        placeHeaderRow();
    }
}

void PdfPageFlow::placeHeaderRow()
{
    std::vector<PdfCell> cells;
    for (const QString& title : std::as_const(m_table.header))
        cells.push_back({ title, PdfCell::Style::Bold, {} });
    placeRow(cells, true);
}

void PdfPageFlow::addRow(const std::vector<PdfCell>& cells)
{
    placeRow(cells, false);
    ++m_rowInTable;
}

void PdfPageFlow::endTable()
{
    m_inTable = false;
    m_y += mm(2);
}

void PdfPageFlow::placeRow(const std::vector<PdfCell>& cells, bool header)
{
    const double padding = mm(kCellPaddingMm);
    const double total = std::accumulate(m_table.widths.begin(), m_table.widths.end(), 0.0);
    std::vector<double> widths;
    for (double fraction : m_table.widths)
        widths.push_back(m_body.width() * fraction / (total > 0 ? total : 1));

    double height = 0;
    std::vector<char> simple(cells.size(), 0);
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        bool fits = false;
        height = std::max(
            height, textHeight(cells[i].text, font(cells[i].style, kTablePointSize), widths[i] - 2 * padding, &fits));
        simple[i] = fits;
    }
    height += 2 * padding;
    // A row taller than a page is cut at the page's end rather than looping forever.
    const double limit = m_body.height() - mm(12);
    const bool clip = height > limit;
    height = std::min(height, limit);
    if (m_y + height > m_body.bottom()) {
        newPage();
        if (!header && !m_table.header.isEmpty())
            placeHeaderRow();
    }

    Page& page = m_pages.back();
    const QRectF row(m_body.left(), m_y, m_body.width(), height);
    if (header)
        page.push_back({ Op::Kind::Fill, row, {}, 0, m_headerFill });
    else if (m_table.zebra && m_rowInTable % 2 == 1)
        page.push_back({ Op::Kind::Fill, row, {}, 0, m_zebraFill });
    double x = m_body.left();
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        const PdfCell& cell = cells[i];
        if (!cell.text.isEmpty()) {
            const int face = font(cell.style, kTablePointSize);
            const QColor color = cell.color.isValid() ? cell.color
                : cell.style == PdfCell::Style::Muted ? m_muted
                                                      : m_text;
            page.push_back(
                { Op::Kind::Text, QRectF(x + padding, m_y + padding, widths[i] - 2 * padding, height - 2 * padding),
                    cell.text, face, color, clip, simple[i] != 0 });
        }
        x += widths[i];
    }
    // The rule under the row (a heavier one under the header).
    page.push_back({ Op::Kind::Line, QRectF(row.left(), row.bottom(), row.width(), header ? 2 : 0), {}, 0, m_rule });
    m_y += height;
}

bool PdfPageFlow::paint(
    QPainter& painter, const PageFurniture& furniture, const std::function<bool(int, int)>& progress)
{
    const int pages = pageCount();
    for (int i = 0; i < pages; ++i) {
        if (progress && !progress(i, pages))
            return false;
        if (i > 0)
            m_device.newPage();
        for (const Op& op : m_pages[static_cast<std::size_t>(i)]) {
            switch (op.kind) {
            case Op::Kind::Fill:
                painter.fillRect(op.rect, op.color);
                break;
            case Op::Kind::Line:
                painter.setPen(QPen(op.color, op.rect.height() > 0 ? mm(0.35) : mm(0.15)));
                painter.drawLine(op.rect.topLeft(), op.rect.topRight());
                break;
            case Op::Kind::Text:
                painter.setPen(op.color);
                paintText(painter, op);
                break;
            }
        }
        paintFurniture(painter, i, furniture);
    }
    return true;
}

void PdfPageFlow::paintText(QPainter& painter, const Op& op) const
{
    const Face& face = m_fontList[static_cast<std::size_t>(op.font)];
    painter.setFont(face.font);
    if (op.simple && !op.clip) {
        double baseline = op.rect.top() + face.metrics.ascent();
        for (const QString& line : op.text.split(u'\n')) {
            painter.drawText(QPointF(op.rect.left(), baseline), line);
            baseline += face.metrics.height();
        }
        return;
    }
    if (op.clip) {
        painter.save();
        painter.setClipRect(op.rect);
    }
    painter.drawText(op.rect, op.text, wrapping());
    if (op.clip)
        painter.restore();
}

void PdfPageFlow::paintFurniture(QPainter& painter, int page, const PageFurniture& furniture) const
{
    auto face = [&](const QString& family, double size) {
        QFont font(family);
        font.setPointSizeF(size);
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setKerning(false);
        return font;
    };
    const QFont small = face(m_fonts.sans, 7);
    const QFont mono = face(m_fonts.mono, 7);
    const double lineHeight = QFontMetricsF(small, &m_device).height();
    painter.setPen(QPen(m_rule, mm(0.2)));
    if (page > 0) {
        const double top = m_body.top() - mm(4) - lineHeight;
        painter.setFont(small);
        painter.setPen(m_muted);
        painter.drawText(QRectF(m_body.left(), top, m_body.width() * 0.7, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
            furniture.headerLeft);
        painter.drawText(QRectF(m_body.left() + m_body.width() * 0.5, top, m_body.width() * 0.5, lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, furniture.headerRight);
        painter.setPen(QPen(m_rule, mm(0.2)));
        painter.drawLine(
            QPointF(m_body.left(), top + lineHeight + mm(1)), QPointF(m_body.right(), top + lineHeight + mm(1)));
    }
    const double rule = m_body.bottom() + mm(5);
    painter.setPen(QPen(m_rule, mm(0.2)));
    painter.drawLine(QPointF(m_body.left(), rule), QPointF(m_body.right(), rule));
    const double first = rule + mm(1.5);
    painter.setPen(m_text);
    painter.setFont(small);
    const double labelWidth = QFontMetricsF(small, &m_device).horizontalAdvance(furniture.footerLeftLabel + u' ');
    painter.drawText(QRectF(m_body.left(), first, labelWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
        furniture.footerLeftLabel);
    painter.setFont(mono);
    painter.drawText(QRectF(m_body.left() + labelWidth, first, m_body.width() * 0.85 - labelWidth, lineHeight),
        Qt::AlignLeft | Qt::AlignVCenter, furniture.footerLeft);
    painter.setFont(small);
    painter.drawText(QRectF(m_body.left(), first, m_body.width(), lineHeight), Qt::AlignRight | Qt::AlignVCenter,
        QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount()));
    painter.setPen(m_muted);
    painter.drawText(QRectF(m_body.left(), first + lineHeight + mm(0.8), m_body.width(), lineHeight),
        Qt::AlignLeft | Qt::AlignVCenter, furniture.footerSecond);
}

} // namespace Chronoscope
