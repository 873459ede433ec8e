#include "DashboardPdf.h"

#include "ChartCard.h"

#include <QChartView>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace rapport {
namespace {

using analytics::ReportColumn;
using analytics::ReportTable;

constexpr double bodyPoints = 8.0;
constexpr double smallestPoints = 5.5;

bool alignedRight(ReportColumn::Kind kind) {
    return kind == ReportColumn::Kind::Integer || kind == ReportColumn::Kind::Money ||
           kind == ReportColumn::Kind::Rate || kind == ReportColumn::Kind::Number;
}

// How a table is set on the page: every column, at the largest font (8 pt down to 5.5 pt) at which each
// column is as wide as its widest cell; when even the smallest font is too wide, the widest columns share
// what is left and their cells wrap.
struct TableLayout {
    QFont font;
    QFont headerFont;
    QList<double> widths;
    double padding = 0;
    // Cells wrap at word boundaries, and inside a word only when it is wider than its column.
    QTextOption::WrapMode wrapMode = QTextOption::NoWrap;
    bool wraps() const { return wrapMode != QTextOption::NoWrap; }
    double width() const { return std::accumulate(widths.cbegin(), widths.cend(), 0.0); }
};

TableLayout layoutTable(const ReportTable& table, const QStringList& cells, QPaintDevice* device,
                        const QFont& base, double width, double minPoints = smallestPoints) {
    TableLayout layout;
    const int columns = int(table.columns.size());
    layout.padding = device->logicalDpiX() * 0.08; // about 2 mm between columns
    QList<double> natural(columns, 0);
    for (double points = bodyPoints; points >= minPoints; points -= 0.5) {
        layout.font = base;
        layout.font.setPointSizeF(points);
        layout.headerFont = layout.font;
        layout.headerFont.setBold(true);
        const QFontMetricsF metrics(layout.font, device);
        const QFontMetricsF headerMetrics(layout.headerFont, device);
        for (int c = 0; c < columns; ++c) {
            natural[c] = headerMetrics.horizontalAdvance(table.columns[c].title);
            for (qsizetype r = 0; r < table.rows.size(); ++r)
                natural[c] = std::max(natural[c], metrics.horizontalAdvance(cells[r * columns + c]));
            natural[c] += layout.padding;
        }
        if (std::accumulate(natural.cbegin(), natural.cend(), 0.0) <= width) {
            layout.widths = natural;
            return layout;
        }
    }
    // The narrow columns keep their width; the others share the rest equally and wrap.
    layout.wrapMode = QTextOption::WrapAtWordBoundaryOrAnywhere;
    QList<int> order(columns);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return natural[a] < natural[b]; });
    layout.widths = QList<double>(columns, 0);
    double left = width;
    for (int i = 0; i < columns; ++i) {
        const double share = left / double(columns - i);
        layout.widths[order[i]] = std::min(natural[order[i]], share);
        left -= layout.widths[order[i]];
    }
    return layout;
}

// Draws page after page: a cursor moving down, a new page when the next piece does not fit.
class PdfReportWriter final {
public:
    PdfReportWriter(QPdfWriter& pdf, QPainter& painter) : m_pdf(pdf), m_painter(painter) {
        m_page = painter.viewport();
        m_y = m_page.top();
        m_heading = painter.font();
        m_heading.setPointSizeF(14);
        m_heading.setBold(true);
        m_body = painter.font();
        m_body.setPointSizeF(bodyPoints);
    }

    void title(const QString& title, const QString& filterText) {
        m_painter.setFont(m_heading);
        m_painter.drawText(QRect(m_page.left(), m_y, m_page.width(), 60), Qt::AlignLeft | Qt::AlignVCenter,
                           title);
        m_painter.setFont(m_body);
        m_painter.drawText(QRect(m_page.left(), m_y + 60, m_page.width(), 40),
                           Qt::AlignLeft | Qt::AlignVCenter, filterText);
        m_y += 110;
    }

    void card(ChartCard* card) {
        const ReportTable& table = card->table();
        const bool hasChart =
            card->chart() && !card->chart()->series().isEmpty() && card->chartView()->isVisibleTo(card);
        const int chartHeight = hasChart ? m_page.height() * 2 / 5 : 0;
        const QLocale locale;
        const int columns = int(table.columns.size());
        QStringList cells;
        cells.reserve(table.rows.size() * columns);
        for (int r = 0; r < table.rows.size(); ++r)
            for (int c = 0; c < columns; ++c)
                cells << table.displayText(r, c, locale);
        // Beside the chart when the table fits there at 7 pt or more, else below it at the full width.
        const int chartWidth = m_page.width() * 3 / 5;
        TableLayout layout;
        bool beside = false;
        if (hasChart) {
            layout = layoutTable(table, cells, &m_pdf, m_body, double(m_page.width() - chartWidth - 20), 7.0);
            beside = !layout.wraps();
        }
        if (!beside)
            layout = layoutTable(table, cells, &m_pdf, m_body, double(m_page.width()));
        const double headerHeight = rowHeight(layout, layout.headerFont, titlesOf(table));
        // The heading, the chart and the first rows (all of a short table) stay together.
        double firstRowsHeight = headerHeight;
        for (int r = 0; r < std::min<int>(8, int(table.rows.size())); ++r)
            firstRowsHeight += rowHeight(layout, layout.font, cells.mid(r * columns, columns));
        ensureRoom(headingHeight +
                   (beside ? std::max<double>(chartHeight, firstRowsHeight) : chartHeight + firstRowsHeight));
        heading(card->title());
        const int chartTop = m_y;
        const int page = m_pageNumber;
        if (hasChart) {
            QChartView* view = card->chartView();
            if (view->size().width() < 200)
                view->resize(900, 420);
            const QRect chartArea(m_page.left(), chartTop, chartWidth, chartHeight - 10);
            view->render(&m_painter, chartArea, view->viewport()->rect(), Qt::KeepAspectRatio);
            if (!beside)
                m_y += chartHeight;
        }
        m_x = beside ? m_page.left() + chartWidth + 20 : m_page.left();
        if (columns > 0) {
            header(table, layout, headerHeight);
            for (int r = 0; r < table.rows.size(); ++r) {
                const QStringList row = cells.mid(r * columns, columns);
                const double height = rowHeight(layout, layout.font, row);
                if (m_y + height > m_page.bottom()) {
                    newPage();
                    heading(DashboardPdf::tr("%1 (continued)").arg(card->title()));
                    header(table, layout, headerHeight);
                }
                drawRow(table, layout, layout.font, row, height);
            }
        }
        if (hasChart && page == m_pageNumber)
            m_y = std::max(m_y, chartTop + chartHeight);
        m_y += 30;
    }

private:
    static constexpr int headingHeight = 55;

    static QStringList titlesOf(const ReportTable& table) {
        QStringList titles;
        for (const ReportColumn& column : table.columns)
            titles << column.title;
        return titles;
    }

    // The height of a text wrapped to a width, laid out as QPainter::drawText lays it out.
    double wrappedHeight(const QFont& font, const QString& text, double width) const {
        QTextLayout lines(text, font, &m_pdf);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        lines.setTextOption(option);
        double height = 0;
        lines.beginLayout();
        for (QTextLine line = lines.createLine(); line.isValid(); line = lines.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        lines.endLayout();
        return height;
    }

    double rowHeight(const TableLayout& layout, const QFont& font, const QStringList& row) const {
        double height = QFontMetricsF(font, &m_pdf).height();
        if (layout.wraps())
            for (int c = 0; c < row.size(); ++c)
                height = std::max(height, wrappedHeight(font, row[c], layout.widths[c] - layout.padding));
        return height + 4;
    }

    void drawRow(const ReportTable& table, const TableLayout& layout, const QFont& font,
                 const QStringList& row, double height) {
        m_painter.setFont(font);
        double x = m_x;
        for (int c = 0; c < row.size(); ++c) {
            // Numbers end a padding before the next column; text starts at the column's left edge.
            QTextOption option(Qt::AlignTop |
                               (alignedRight(table.columns[c].kind) ? Qt::AlignRight : Qt::AlignLeft));
            option.setWrapMode(layout.wrapMode);
            m_painter.drawText(QRectF(x, m_y, layout.widths[c] - layout.padding, height), row[c], option);
            x += layout.widths[c];
        }
        m_y += int(std::ceil(height));
    }

    void header(const ReportTable& table, const TableLayout& layout, double height) {
        drawRow(table, layout, layout.headerFont, titlesOf(table), height);
        m_painter.drawLine(QPointF(m_x, m_y - 2), QPointF(m_x + layout.width(), m_y - 2));
        m_y += 4;
    }

    void heading(const QString& text) {
        m_painter.setFont(m_heading);
        m_painter.drawText(QRect(m_page.left(), m_y, m_page.width(), headingHeight - 5),
                           Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += headingHeight;
    }

    void ensureRoom(double height) {
        if (m_y > m_page.top() && m_y + height > m_page.bottom())
            newPage();
    }

    void newPage() {
        m_pdf.newPage();
        m_y = m_page.top();
        ++m_pageNumber;
    }

    QPdfWriter& m_pdf;
    QPainter& m_painter;
    QRect m_page;
    int m_x = 0;
    int m_y = 0;
    int m_pageNumber = 1;
    QFont m_heading;
    QFont m_body;
};

} // namespace

bool DashboardPdf::write(const QString& path, const QString& title, const QString& filterText,
                         const QList<ChartCard*>& cards, QString* error) {
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Rapport"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setResolution(150);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    PdfReportWriter writer(pdf, painter);
    writer.title(title, filterText);
    for (ChartCard* card : cards)
        writer.card(card);
    if (!painter.end() || QFile(path).size() == 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace rapport
