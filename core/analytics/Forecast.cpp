#include "analytics/Forecast.h"

#include "analytics/ReportQuery.h"
#include "storage/Database.h"

#include <cmath>

namespace rapport::analytics {

QList<PipelineMonth> Forecast::weightedPipeline(const ReportFilter& filter, int months,
                                                Status* status) const {
    const QDate day = filter.referenceDate(m_today);
    const QDate first(day.year(), day.month(), 1);
    QList<PipelineMonth> result;
    for (const QString& month : monthsBetween(first, first.addMonths(std::max(months, 1) - 1)))
        result << PipelineMonth{month, 0, 0, 0};
    FilterSql where;
    where.owner("o.owner_id", filter).segment("o.customer_id", filter);
    const QString firstMonth = result.first().month;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral(
            "SELECT max(coalesce(substr(o.expected_close, 1, 7), ?1), ?1) AS month, count(*), "
            "sum(o.amount_minor), sum(o.amount_minor * coalesce(o.probability, s.probability) / 100) "
            "FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE o.status = 'open' %1 "
            "GROUP BY month")
            .arg(where.sql()),
        QVariantList{firstMonth} + where.values(), [&](Statement& row) {
            const QString month = row.text(0);
            for (PipelineMonth& m : result)
                if (m.month == month) {
                    m.count = row.int64(1);
                    m.amountMinor = row.int64(2);
                    m.weightedMinor = row.int64(3);
                }
        });
    setStatus(status, done);
    return result;
}

QList<std::pair<QString, qint64>> Forecast::monthlyRevenue(const ReportFilter& filter, Status* status) const {
    const QDate day = filter.referenceDate(m_today);
    const QDate last = QDate(day.year(), day.month(), 1).addDays(-1);
    ReportFilter range = filter;
    range.to = last;
    FilterSql where;
    where.dateRange("closed_at", range).owner("owner_id", filter).segment("customer_id", filter);
    QHash<QString, qint64> byMonth;
    QString earliest;
    const Status done =
        forEachRow(m_db.handle(),
                   QStringLiteral("SELECT substr(closed_at, 1, 7), sum(amount_minor) FROM opportunities "
                                  "WHERE status = 'won' AND closed_at IS NOT NULL %1 GROUP BY 1 ORDER BY 1")
                       .arg(where.sql()),
                   where.values(), [&](Statement& row) {
                       if (earliest.isEmpty())
                           earliest = row.text(0);
                       byMonth.insert(row.text(0), row.int64(1));
                   });
    QList<std::pair<QString, qint64>> history;
    const QDate first = filter.from.isValid()
                            ? filter.from
                            : QDate::fromString(earliest + QStringLiteral("-01"), Qt::ISODate);
    if (done && first.isValid())
        for (const QString& month : monthsBetween(first, last))
            history << std::pair{month, byMonth.value(month)};
    setStatus(status, done);
    return history;
}

RevenueForecast Forecast::revenueForecast(const ReportFilter& filter, int horizon, Status* status) const {
    RevenueForecast result;
    Status done;
    const QList<std::pair<QString, qint64>> history = monthlyRevenue(filter, &done);
    setStatus(status, done);
    if (!done)
        return result;
    std::vector<double> series;
    for (const auto& [month, minor] : history) {
        series.push_back(double(minor));
        ForecastMonth point;
        point.month = month;
        point.actualMinor = minor;
        result.months << point;
    }
    if (series.empty())
        return result;
    result.model = HoltWinters::fit(series, 12);
    const std::vector<ForecastPoint> ahead = HoltWinters::forecast(result.model, horizon);
    QDate month = QDate::fromString(history.last().first + QStringLiteral("-01"), Qt::ISODate);
    for (const ForecastPoint& p : ahead) {
        month = month.addMonths(1);
        ForecastMonth point;
        point.month = month.toString(QStringLiteral("yyyy-MM"));
        point.isForecast = true;
        // Revenue is never negative: the forecast and its band stop at zero.
        point.forecastMinor = std::max<qint64>(0, qint64(std::llround(p.value)));
        point.lowerMinor = std::max<qint64>(0, qint64(std::llround(p.lower)));
        point.upperMinor = std::max<qint64>(0, qint64(std::llround(p.upper)));
        result.months << point;
    }
    return result;
}

} // namespace rapport::analytics
