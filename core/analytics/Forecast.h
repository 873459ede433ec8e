#pragma once

#include "analytics/HoltWinters.h"
#include "analytics/ReportFilter.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {
class Database;
}

namespace rapport::analytics {

// Short term: the open pipeline by expected close month, from the reference month on (deals whose expected
// close has passed count in the reference month). Filter: owner and segment; the range's end is the
// reference date.
struct PipelineMonth {
    QString month; // yyyy-MM
    qint64 count = 0;
    qint64 amountMinor = 0;
    qint64 weightedMinor = 0;
};

// Long term: won revenue per month (by closed_at) up to the month before the reference date, from the
// filter's start (default: the first won deal), and the Holt-Winters forecast of the months after it.
struct ForecastMonth {
    QString month;
    bool isForecast = false;
    qint64 actualMinor = 0;   // history
    qint64 forecastMinor = 0; // forecast (and the model's fitted value is not shown for history)
    qint64 lowerMinor = 0;    // 95 % band
    qint64 upperMinor = 0;
};

struct RevenueForecast {
    QList<ForecastMonth> months;
    HoltWintersModel model;
};

class Forecast final {
    Q_DECLARE_TR_FUNCTIONS(Forecast)
public:
    Forecast(Database& db, QDate today) : m_db(db), m_today(today) {}

    QList<PipelineMonth> weightedPipeline(const ReportFilter& filter, int months, Status* status) const;
    RevenueForecast revenueForecast(const ReportFilter& filter, int horizon, Status* status) const;
    // The monthly won revenue history the long-term forecast starts from (months without revenue are 0).
    QList<std::pair<QString, qint64>> monthlyRevenue(const ReportFilter& filter, Status* status) const;

private:
    Database& m_db;
    QDate m_today;
};

} // namespace rapport::analytics
