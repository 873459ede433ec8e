#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport {

class ChartCard;

// The whole dashboard as a PDF report on A4 landscape pages: a title line with the filter, then every chart
// (drawn as vectors) followed by its numbers — every column of every row. Columns get the width of their
// widest cell at the largest font that fits (8 pt down to 5.5 pt); wider tables wrap their cells, and long
// tables continue on the next pages under their repeated header.
class DashboardPdf final {
    Q_DECLARE_TR_FUNCTIONS(DashboardPdf)
public:
    static bool write(const QString& path, const QString& title, const QString& filterText,
                      const QList<ChartCard*>& cards, QString* error);
};

} // namespace rapport
