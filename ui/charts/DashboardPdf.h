#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport {

class ChartCard;

// The whole dashboard as a PDF report: a title page line with the filter, then every chart (drawn as vectors)
// with the first rows of its numbers, two to an A4 landscape page.
class DashboardPdf final {
    Q_DECLARE_TR_FUNCTIONS(DashboardPdf)
public:
    static bool write(const QString& path, const QString& title, const QString& filterText,
                      const QList<ChartCard*>& cards, QString* error);
};

} // namespace rapport
