#include "analytics/SalesReports.h"

#include "analytics/ReportQuery.h"
#include "storage/Database.h"

#include <algorithm>

namespace rapport::analytics {
namespace {

// Days between two ISO date-times, as SQLite's julianday sees them.
const char* const daysBetweenSql = "(julianday(%1) - julianday(%2))";

} // namespace

QList<FunnelStage> SalesReports::pipelineFunnel(const ReportFilter& filter, Status* status) const {
    FilterSql where;
    where.dateRange("o.created_at", filter).owner("o.owner_id", filter).segment("o.customer_id", filter);
    QList<FunnelStage> stages;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral(
            "SELECT s.id, p.name, s.name, s.outcome, count(o.id), coalesce(sum(o.amount_minor), 0), "
            "coalesce(sum(o.amount_minor * coalesce(o.probability, s.probability) / 100), 0) "
            "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
            "LEFT JOIN opportunities o ON o.stage_id = s.id %1 "
            "GROUP BY s.id ORDER BY p.position, p.id, s.position, s.id")
            .arg(where.sql()),
        where.values(), [&](Statement& row) {
            stages << FunnelStage{row.int64(0), row.text(1),  row.text(2), row.text(3),
                                  row.int64(4), row.int64(5), row.int64(6)};
        });
    setStatus(status, done);
    return stages;
}

QList<RevenueMonth> SalesReports::revenueByMonth(const ReportFilter& filter, Status* status) const {
    const QDate last = filter.referenceDate(m_today);
    const QDate first =
        filter.from.isValid() ? filter.from : QDate(last.year(), last.month(), 1).addMonths(-11);
    QList<RevenueMonth> months;
    for (const QString& month : monthsBetween(first, last))
        months << RevenueMonth{month, 0, 0, 0};
    if (months.isEmpty()) {
        setStatus(status, Status::success());
        return months;
    }
    ReportFilter wide = filter;
    wide.from = QDate(first.year(), first.month(), 1).addYears(-1);
    wide.to = last;
    FilterSql where;
    where.dateRange("closed_at", wide).owner("owner_id", filter).segment("customer_id", filter);
    QHash<QString, std::pair<qint64, qint64>> byMonth;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral("SELECT substr(closed_at, 1, 7), sum(amount_minor), count(*) FROM opportunities "
                       "WHERE status = 'won' %1 GROUP BY 1")
            .arg(where.sql()),
        where.values(), [&](Statement& row) {
            byMonth.insert(row.text(0), {row.int64(1), row.int64(2)});
        });
    for (RevenueMonth& month : months) {
        const auto now = byMonth.value(month.month);
        month.wonMinor = now.first;
        month.wonCount = now.second;
        const QDate date = QDate::fromString(month.month + QStringLiteral("-01"), Qt::ISODate);
        month.previousYearMinor = byMonth.value(date.addYears(-1).toString(QStringLiteral("yyyy-MM"))).first;
    }
    setStatus(status, done);
    return months;
}

QList<WinRate> SalesReports::winRates(const char* groupSql, const char* labelSql, const ReportFilter& filter,
                                      Status* status) const {
    FilterSql where;
    where.dateRange("o.closed_at", filter).owner("o.owner_id", filter).segment("o.customer_id", filter);
    QList<WinRate> rates;
    const Status done =
        forEachRow(m_db.handle(),
                   QStringLiteral("SELECT %1, %2, sum(o.status = 'won'), sum(o.status = 'lost'), "
                                  "coalesce(sum(CASE WHEN o.status = 'won' THEN o.amount_minor END), 0) "
                                  "FROM opportunities o LEFT JOIN users u ON u.id = o.owner_id "
                                  "WHERE o.status IN ('won', 'lost') %3 GROUP BY 1 ORDER BY 2, 1")
                       .arg(QString::fromLatin1(groupSql), QString::fromLatin1(labelSql), where.sql()),
                   where.values(), [&](Statement& row) {
                       rates << WinRate{row.text(0), row.text(1), row.int64(2), row.int64(3), row.int64(4)};
                   });
    for (WinRate& rate : rates)
        if (rate.label.isEmpty())
            rate.label = tr("(none)");
    setStatus(status, done);
    return rates;
}

QList<WinRate> SalesReports::winRatesByOwner(const ReportFilter& filter, Status* status) const {
    return winRates("coalesce(o.owner_id, '')", "coalesce(u.name, '')", filter, status);
}

QList<WinRate> SalesReports::winRatesBySource(const ReportFilter& filter, Status* status) const {
    return winRates("coalesce(o.source, '')", "coalesce(o.source, '')", filter, status);
}

SalesCycle SalesReports::salesCycle(const ReportFilter& filter, Status* status) const {
    SalesCycle cycle;
    FilterSql where;
    where.dateRange("closed_at", filter).owner("owner_id", filter).segment("customer_id", filter);
    std::vector<double> days;
    Status done = forEachRow(
        m_db.handle(),
        QStringLiteral("SELECT %1 FROM opportunities WHERE status = 'won' AND closed_at IS NOT NULL %2")
            .arg(QString::fromLatin1(daysBetweenSql)
                     .arg(QStringLiteral("closed_at"), QStringLiteral("created_at")),
                 where.sql()),
        where.values(), [&](Statement& row) { days.push_back(row.real(0)); });
    if (!days.empty()) {
        std::sort(days.begin(), days.end());
        double total = 0;
        for (double d : days)
            total += d;
        cycle.wonDeals = qint64(days.size());
        cycle.averageDays = total / double(days.size());
        const size_t middle = days.size() / 2;
        cycle.medianDays = days.size() % 2 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }
    if (done) {
        // Stays are summed here per stage in one pass over the history (a GROUP BY would sort every stay);
        // the opportunity is joined only when an owner or segment narrows them.
        const bool narrowed = filter.ownerId != 0 || !filter.segment.isEmpty();
        FilterSql stays;
        stays.dateRange("h.entered_at", filter).owner("o.owner_id", filter).segment("o.customer_id", filter);
        QHash<qint64, std::pair<qint64, double>> byStage;
        done = forEachRow(
            m_db.handle(),
            QStringLiteral(
                "SELECT h.stage_id, %1 FROM opportunity_stage_history h %2 WHERE h.left_at IS NOT NULL %3")
                .arg(QString::fromLatin1(daysBetweenSql)
                         .arg(QStringLiteral("h.left_at"), QStringLiteral("h.entered_at")),
                     narrowed ? QStringLiteral("JOIN opportunities o ON o.id = h.opportunity_id") : QString(),
                     stays.sql()),
            stays.values(), [&](Statement& row) {
                auto& [count, days] = byStage[row.int64(0)];
                ++count;
                days += row.real(1);
            });
        if (done)
            done = forEachRow(
                m_db.handle(),
                QStringLiteral("SELECT s.id, p.name, s.name FROM stages s JOIN pipelines p ON "
                               "p.id = s.pipeline_id ORDER BY p.position, p.id, s.position, s.id"),
                {}, [&](Statement& row) {
                    const auto found = byStage.constFind(row.int64(0));
                    if (found != byStage.cend())
                        cycle.stages << SalesCycle::Stage{row.int64(0), row.text(1), row.text(2),
                                                          found->first, found->second / double(found->first)};
                });
    }
    setStatus(status, done);
    return cycle;
}

std::pair<QDate, QDate> SalesReports::periodOf(const QString& period, const QDate& day) {
    if (period == u"month")
        return {QDate(day.year(), day.month(), 1),
                QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1)};
    if (period == u"year")
        return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
    const QDate start(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    return {start, start.addMonths(3).addDays(-1)};
}

QList<QuotaAttainment> SalesReports::quotaAttainment(const ReportFilter& filter, Status* status) const {
    const QDate day = filter.referenceDate(m_today);
    QList<QuotaAttainment> reps;
    Status done = forEachRow(m_db.handle(),
                             QStringLiteral("SELECT r.user_id, u.name, r.quota_period, r.quota_minor "
                                            "FROM sales_reps r JOIN users u ON u.id = r.user_id "
                                            "WHERE r.active = 1 ORDER BY u.name, r.user_id"),
                             {}, [&](Statement& row) {
                                 QuotaAttainment rep;
                                 rep.userId = row.int64(0);
                                 rep.rep = row.text(1);
                                 rep.period = row.text(2);
                                 rep.quotaMinor = row.int64(3);
                                 std::tie(rep.periodStart, rep.periodEnd) = periodOf(rep.period, day);
                                 const double length = double(rep.periodStart.daysTo(rep.periodEnd) + 1);
                                 rep.pace = double(rep.periodStart.daysTo(day) + 1) / length;
                                 reps << rep;
                             });
    QList<QuotaAttainment> shown;
    for (QuotaAttainment& rep : reps) {
        if (!done)
            break;
        if (filter.ownerId != 0 && rep.userId != filter.ownerId)
            continue;
        ReportFilter period = filter;
        period.from = rep.periodStart;
        period.to = rep.periodEnd;
        FilterSql where;
        where.dateRange("closed_at", period).raw("owner_id = ?", rep.userId).segment("customer_id", filter);
        done = forEachRow(m_db.handle(),
                          QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM opportunities "
                                         "WHERE status = 'won' %1")
                              .arg(where.sql()),
                          where.values(), [&](Statement& row) { rep.wonMinor = row.int64(0); });
        shown << rep;
    }
    setStatus(status, done);
    return shown;
}

} // namespace rapport::analytics
