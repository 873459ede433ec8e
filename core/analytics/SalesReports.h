#pragma once

#include "analytics/ReportFilter.h"
#include "analytics/SalesDeals.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {
class Database;
}

namespace rapport::analytics {

// Every opportunity of each stage: count, amount and amount weighted by the opportunity's probability (or its
// stage's when it has none). Filter: created_at of the opportunity, its owner, its customer's segment.
struct FunnelStage {
    qint64 stageId = 0;
    QString pipeline;
    QString stage;
    QString outcome; // open, won, lost
    qint64 count = 0;
    qint64 amountMinor = 0;
    qint64 weightedMinor = 0;
};

// Won revenue of each month (by closed_at) beside the same month a year earlier. Months of the filter's
// range (default: the twelve months up to the reference date).
struct RevenueMonth {
    QString month; // yyyy-MM
    qint64 wonMinor = 0;
    qint64 wonCount = 0;
    qint64 previousYearMinor = 0;
};

// Closed opportunities (closed_at in range) grouped by owner or by source.
struct WinRate {
    QString key; // owner id as text, or the source
    QString label;
    qint64 won = 0;
    qint64 lost = 0;
    qint64 wonMinor = 0;
    double winRate() const { return won + lost > 0 ? double(won) / double(won + lost) : 0.0; }
    qint64 averageDealMinor() const { return won > 0 ? wonMinor / won : 0; }
};

// Days from created to closed of won deals (closed_at in range), and days spent in each stage (from the
// stage history, stays that have ended and began in range).
struct SalesCycle {
    qint64 wonDeals = 0;
    double averageDays = 0;
    double medianDays = 0;
    struct Stage {
        qint64 stageId = 0;
        QString pipeline;
        QString stage;
        qint64 stays = 0;
        double averageDays = 0;
    };
    QList<Stage> stages;
};

// Each active rep's won amount in the quota period that holds the reference date, against the quota;
// `pace` is the share of the period gone by that day.
struct QuotaAttainment {
    qint64 userId = 0;
    QString rep;
    QString period; // month, quarter, year
    QDate periodStart;
    QDate periodEnd;
    qint64 quotaMinor = 0;
    qint64 wonMinor = 0;
    double pace = 0;
    double attainment() const { return quotaMinor > 0 ? double(wonMinor) / double(quotaMinor) : 0.0; }
};

// Each report reads the opportunities of the filter's owner and segment once (SalesDeals) and computes its
// figures from them; the dashboard reads them once for all its charts through the overloads taking them.
class SalesReports final {
    Q_DECLARE_TR_FUNCTIONS(SalesReports)
public:
    SalesReports(Database& db, QDate today) : m_db(db), m_today(today) {}

    QList<FunnelStage> pipelineFunnel(const ReportFilter& filter, Status* status) const;
    QList<RevenueMonth> revenueByMonth(const ReportFilter& filter, Status* status) const;
    QList<WinRate> winRatesByOwner(const ReportFilter& filter, Status* status) const;
    QList<WinRate> winRatesBySource(const ReportFilter& filter, Status* status) const;
    SalesCycle salesCycle(const ReportFilter& filter, Status* status) const;
    QList<QuotaAttainment> quotaAttainment(const ReportFilter& filter, Status* status) const;

    // The same from deals already read with SalesDeals::read for the same filter's owner and segment.
    QList<FunnelStage> pipelineFunnel(const SalesDeals& deals, const ReportFilter& filter,
                                      Status* status) const;
    QList<RevenueMonth> revenueByMonth(const SalesDeals& deals, const ReportFilter& filter) const;
    QList<WinRate> winRatesByOwner(const SalesDeals& deals, const ReportFilter& filter, Status* status) const;
    static QList<WinRate> winRatesBySource(const SalesDeals& deals, const ReportFilter& filter);
    SalesCycle salesCycle(const SalesDeals& deals, const ReportFilter& filter, Status* status) const;
    QList<QuotaAttainment> quotaAttainment(const SalesDeals& deals, const ReportFilter& filter,
                                           Status* status) const;

    // The period of a quota (month, quarter or year) that holds a day.
    static std::pair<QDate, QDate> periodOf(const QString& period, const QDate& day);

private:
    // Reads the deals for a report of its own; false (with the status set) when that failed.
    bool readDeals(const ReportFilter& filter, SalesDeals* deals, Status* status, bool withDaysToClose) const;
    Database& m_db;
    QDate m_today;
};

} // namespace rapport::analytics
