#include "DashboardPdf.h"

#include "ChartCard.h"

#include <QChartView>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace rapport {

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
    const QRect page = painter.viewport();
    QFont heading = painter.font();
    heading.setPointSizeF(14);
    heading.setBold(true);
    QFont body = painter.font();
    body.setPointSizeF(8);
    painter.setFont(heading);
    painter.drawText(QRect(page.left(), page.top(), page.width(), 60), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    painter.setFont(body);
    painter.drawText(QRect(page.left(), page.top() + 60, page.width(), 40), Qt::AlignLeft | Qt::AlignVCenter,
                     filterText);
    int top = page.top() + 110;
    const int half = (page.height() - 110) / 2;
    int onPage = 0;
    const QLocale locale;
    for (ChartCard* card : cards) {
        if (onPage == 2) {
            pdf.newPage();
            top = page.top();
            onPage = 0;
        }
        const QRect area(page.left(), top, page.width(), half - 10);
        painter.setFont(heading);
        painter.drawText(QRect(area.left(), area.top(), area.width(), 50), Qt::AlignLeft | Qt::AlignVCenter,
                         card->title());
        const analytics::ReportTable& table = card->table();
        const bool hasChart =
            card->chart() && !card->chart()->series().isEmpty() && card->chartView()->isVisibleTo(card);
        const QRect chartArea(area.left(), area.top() + 55, hasChart ? area.width() * 3 / 5 : 0,
                              area.height() - 60);
        if (hasChart && card->chart()->series().size() > 0) {
            QChartView* view = card->chartView();
            if (view->size().width() < 200)
                view->resize(900, 420);
            view->render(&painter, chartArea, view->viewport()->rect(), Qt::KeepAspectRatio);
        }
        // The numbers beside (or, with no chart, instead of) it: as many rows as fit.
        painter.setFont(body);
        const QRect tableArea(chartArea.right() + 20, chartArea.top(), area.right() - chartArea.right() - 20,
                              chartArea.height());
        const int lineHeight = painter.fontMetrics().height() + 4;
        const int columns = std::min<int>(int(table.columns.size()), hasChart ? 4 : 8);
        const int columnWidth = columns > 0 ? tableArea.width() / columns : 0;
        int y = tableArea.top();
        for (int c = 0; c < columns; ++c)
            painter.drawText(
                QRect(tableArea.left() + c * columnWidth, y, columnWidth - 6, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(table.columns[c].title, Qt::ElideRight, columnWidth - 6));
        y += lineHeight;
        for (int r = 0; r < table.rows.size() && y + lineHeight < tableArea.bottom(); ++r, y += lineHeight)
            for (int c = 0; c < columns; ++c)
                painter.drawText(QRect(tableArea.left() + c * columnWidth, y, columnWidth - 6, lineHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 painter.fontMetrics().elidedText(table.displayText(r, c, locale),
                                                                  Qt::ElideRight, columnWidth - 6));
        top += half;
        ++onPage;
    }
    if (!painter.end() || QFile(path).size() == 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace rapport
