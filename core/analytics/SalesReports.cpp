#include "analytics/SalesReports.h"

#include "analytics/JulianDay.h"
#include "analytics/ReportQuery.h"
#include "storage/Database.h"

#include <algorithm>

namespace rapport::analytics {
bool SalesReports::readDeals(const ReportFilter& filter, SalesDeals* deals, Status* status,
                             bool withDaysToClose) const {
    const Status done = SalesDeals::read(m_db, filter, deals, withDaysToClose);
    setStatus(status, done);
    return done.ok();
}

QList<FunnelStage> SalesReports::pipelineFunnel(const ReportFilter& filter, Status* status) const {
    SalesDeals deals;
    return readDeals(filter, &deals, status, false) ? pipelineFunnel(deals, filter, status)
                                                    : QList<FunnelStage>{};
}

QList<FunnelStage> SalesReports::pipelineFunnel(const SalesDeals& deals, const ReportFilter& filter,
                                                Status* status) const {
    QList<FunnelStage> stages;
    QList<qint64> stageProbabilities;
    QHash<qint64, qsizetype> indexOfStage;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral("SELECT s.id, p.name, s.name, s.outcome, s.probability FROM stages s JOIN pipelines p "
                       "ON p.id = s.pipeline_id ORDER BY p.position, p.id, s.position, s.id"),
        {}, [&](Statement& row) {
            indexOfStage.insert(row.int64(0), stages.size());
            stages << FunnelStage{row.int64(0), row.text(1), row.text(2), row.text(3), 0, 0, 0};
            stageProbabilities << row.int64(4);
        });
    // Filter: created_at in range (the owner and segment narrowed the deals already).
    const SalesDeals::Range created(filter);
    for (const SalesDeal& deal : deals.deals) {
        const auto found = indexOfStage.constFind(deal.stageId);
        if (found == indexOfStage.cend() || !created.contains(deal.createdAt, true))
            continue;
        FunnelStage& stage = stages[*found];
        ++stage.count;
        stage.amountMinor += deal.amountMinor;
        // amount x probability / 100 in integers, truncated per deal as SQL's integer division does.
        stage.weightedMinor +=
            deal.amountMinor * (deal.probability >= 0 ? deal.probability : stageProbabilities[*found]) / 100;
    }
    setStatus(status, done);
    return stages;
}

QList<RevenueMonth> SalesReports::revenueByMonth(const ReportFilter& filter, Status* status) const {
    SalesDeals deals;
    return readDeals(filter, &deals, status, false) ? revenueByMonth(deals, filter) : QList<RevenueMonth>{};
}

QList<RevenueMonth> SalesReports::revenueByMonth(const SalesDeals& deals, const ReportFilter& filter) const {
    const QDate last = filter.referenceDate(m_today);
    const QDate first =
        filter.from.isValid() ? filter.from : QDate(last.year(), last.month(), 1).addMonths(-11);
    QList<RevenueMonth> months;
    for (const QString& month : monthsBetween(first, last))
        months << RevenueMonth{month, 0, 0, 0};
    if (months.isEmpty())
        return months;
    ReportFilter wide = filter;
    wide.from = QDate(first.year(), first.month(), 1).addYears(-1);
    wide.to = last;
    const SalesDeals::Range closed(wide);
    QHash<QByteArray, std::pair<qint64, qint64>> byMonth;
    for (const SalesDeal& deal : deals.deals) {
        if (deal.status != SalesDeal::Status::Won || !closed.contains(deal.closedAt, deal.hasClosedAt))
            continue;
        auto& [amount, count] = byMonth[deal.closedAt.left(7)];
        amount += deal.amountMinor;
        ++count;
    }
    for (RevenueMonth& month : months) {
        const auto now = byMonth.value(month.month.toUtf8());
        month.wonMinor = now.first;
        month.wonCount = now.second;
        const QDate date = QDate::fromString(month.month + QStringLiteral("-01"), Qt::ISODate);
        month.previousYearMinor =
            byMonth.value(date.addYears(-1).toString(QStringLiteral("yyyy-MM")).toUtf8()).first;
    }
    return months;
}

namespace {

// Closed deals (closed_at in range) summed into groups ordered by label, then key, as "ORDER BY label, key"
// orders them in SQL: text byte-wise, and an owner's id (an integer) before the empty key of no owner.
struct WinRateGroup {
    QByteArray label;
    bool textKey = false;
    qint64 id = 0;
    WinRate rate;
};

QList<WinRate> ordered(QList<WinRateGroup> groups) {
    std::sort(groups.begin(), groups.end(), [](const WinRateGroup& a, const WinRateGroup& b) {
        if (a.label != b.label)
            return a.label < b.label;
        if (a.textKey != b.textKey)
            return !a.textKey;
        return a.textKey ? a.rate.key.toUtf8() < b.rate.key.toUtf8() : a.id < b.id;
    });
    QList<WinRate> rates;
    for (WinRateGroup& group : groups) {
        if (group.rate.label.isEmpty())
            group.rate.label = SalesReports::tr("(none)");
        rates << group.rate;
    }
    return rates;
}

void count(WinRate& rate, const SalesDeal& deal) {
    if (deal.status == SalesDeal::Status::Won) {
        ++rate.won;
        rate.wonMinor += deal.amountMinor;
    } else {
        ++rate.lost;
    }
}

} // namespace

QList<WinRate> SalesReports::winRatesByOwner(const ReportFilter& filter, Status* status) const {
    SalesDeals deals;
    return readDeals(filter, &deals, status, false) ? winRatesByOwner(deals, filter, status)
                                                    : QList<WinRate>{};
}

QList<WinRate> SalesReports::winRatesByOwner(const SalesDeals& deals, const ReportFilter& filter,
                                             Status* status) const {
    QHash<qint64, QString> names;
    const Status done = forEachRow(m_db.handle(), QStringLiteral("SELECT id, name FROM users"), {},
                                   [&](Statement& row) { names.insert(row.int64(0), row.text(1)); });
    const SalesDeals::Range closed(filter);
    QHash<qint64, WinRateGroup> byOwner; // no owner: key -1 (ids are positive)
    for (const SalesDeal& deal : deals.deals) {
        if (deal.status == SalesDeal::Status::Open || !closed.contains(deal.closedAt, deal.hasClosedAt))
            continue;
        const qint64 key = deal.hasOwner ? deal.ownerId : -1;
        auto found = byOwner.find(key);
        if (found == byOwner.end()) {
            WinRateGroup group;
            group.textKey = !deal.hasOwner;
            group.id = deal.ownerId;
            group.rate.key = deal.hasOwner ? QString::number(deal.ownerId) : QString();
            group.rate.label = deal.hasOwner ? names.value(deal.ownerId) : QString();
            group.label = group.rate.label.toUtf8();
            found = byOwner.insert(key, group);
        }
        count(found->rate, deal);
    }
    setStatus(status, done);
    return ordered(byOwner.values());
}

QList<WinRate> SalesReports::winRatesBySource(const ReportFilter& filter, Status* status) const {
    SalesDeals deals;
    return readDeals(filter, &deals, status, false) ? winRatesBySource(deals, filter) : QList<WinRate>{};
}

QList<WinRate> SalesReports::winRatesBySource(const SalesDeals& deals, const ReportFilter& filter) {
    const SalesDeals::Range closed(filter);
    QList<WinRateGroup> bySource(deals.sources.size());
    QList<bool> seen(deals.sources.size(), false);
    for (const SalesDeal& deal : deals.deals) {
        if (deal.status == SalesDeal::Status::Open || !closed.contains(deal.closedAt, deal.hasClosedAt))
            continue;
        WinRateGroup& group = bySource[deal.source];
        if (!seen[deal.source]) {
            seen[deal.source] = true;
            group.textKey = true;
            group.rate.key = group.rate.label = deals.sources[deal.source];
            group.label = group.rate.key.toUtf8();
        }
        count(group.rate, deal);
    }
    QList<WinRateGroup> groups;
    for (qsizetype i = 0; i < bySource.size(); ++i)
        if (seen[i])
            groups << bySource[i];
    return ordered(groups);
}

SalesCycle SalesReports::salesCycle(const ReportFilter& filter, Status* status) const {
    SalesDeals deals;
    return readDeals(filter, &deals, status, true) ? salesCycle(deals, filter, status) : SalesCycle{};
}

SalesCycle SalesReports::salesCycle(const SalesDeals& deals, const ReportFilter& filter,
                                    Status* status) const {
    SalesCycle cycle;
    const SalesDeals::Range closed(filter);
    std::vector<double> days;
    for (const SalesDeal& deal : deals.deals)
        if (deal.status == SalesDeal::Status::Won && deal.hasClosedAt && closed.contains(deal.closedAt, true))
            days.push_back(deal.daysToClose);
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
    // Stays are summed here per stage in one pass over the history (a GROUP BY would sort every stay);
    // the opportunity is joined only when an owner or segment narrows them.
    const bool narrowed = filter.ownerId != 0 || !filter.segment.isEmpty();
    FilterSql stays;
    stays.dateRange("h.entered_at", filter).owner("o.owner_id", filter).segment("o.customer_id", filter);
    // julianday(left_at) - julianday(entered_at) computed here (JulianDays: the same doubles as SQLite's,
    // without two SQL function calls a stay); a text SQLite cannot read counts as 0 days, as NULL did.
    QHash<qint64, std::pair<qint64, double>> byStage;
    JulianDays julian(m_db.handle());
    Status done = forEachRow(
        m_db.handle(),
        QStringLiteral("SELECT h.stage_id, h.left_at, h.entered_at FROM opportunity_stage_history h %1 "
                       "WHERE h.left_at IS NOT NULL %2")
            .arg(narrowed ? QStringLiteral("JOIN opportunities o ON o.id = h.opportunity_id") : QString(),
                 stays.sql()),
        stays.values(), [&](Statement& row) {
            auto& [count, days] = byStage[row.int64(0)];
            ++count;
            const std::optional<double> left = julian.of(row.utf8(1));
            const std::optional<double> entered = julian.of(row.utf8(2));
            days += left && entered ? *left - *entered : 0.0;
        });
    if (done)
        done = forEachRow(m_db.handle(),
                          QStringLiteral("SELECT s.id, p.name, s.name FROM stages s JOIN pipelines p ON "
                                         "p.id = s.pipeline_id ORDER BY p.position, p.id, s.position, s.id"),
                          {}, [&](Statement& row) {
                              const auto found = byStage.constFind(row.int64(0));
                              if (found != byStage.cend())
                                  cycle.stages << SalesCycle::Stage{row.int64(0), row.text(1), row.text(2),
                                                                    found->first,
                                                                    found->second / double(found->first)};
                          });
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
    SalesDeals deals;
    return readDeals(filter, &deals, status, false) ? quotaAttainment(deals, filter, status)
                                                    : QList<QuotaAttainment>{};
}

QList<QuotaAttainment> SalesReports::quotaAttainment(const SalesDeals& deals, const ReportFilter& filter,
                                                     Status* status) const {
    const QDate day = filter.referenceDate(m_today);
    QList<QuotaAttainment> shown;
    const Status done = forEachRow(m_db.handle(),
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
                                       const double length =
                                           double(rep.periodStart.daysTo(rep.periodEnd) + 1);
                                       rep.pace = double(rep.periodStart.daysTo(day) + 1) / length;
                                       if (filter.ownerId == 0 || rep.userId == filter.ownerId)
                                           shown << rep;
                                   });
    // Each rep's won amount in its period (closed_at in it); the segment narrowed the deals already.
    QHash<qint64, qsizetype> indexOfRep;
    for (qsizetype i = 0; i < shown.size(); ++i)
        indexOfRep.insert(shown[i].userId, i);
    std::vector<SalesDeals::Range> periods;
    for (const QuotaAttainment& rep : shown) {
        ReportFilter period = filter;
        period.from = rep.periodStart;
        period.to = rep.periodEnd;
        periods.emplace_back(period);
    }
    for (const SalesDeal& deal : deals.deals) {
        if (deal.status != SalesDeal::Status::Won || !deal.hasOwner)
            continue;
        const auto found = indexOfRep.constFind(deal.ownerId);
        if (found != indexOfRep.cend() && periods[size_t(*found)].contains(deal.closedAt, deal.hasClosedAt))
            shown[*found].wonMinor += deal.amountMinor;
    }
    setStatus(status, done);
    return done ? shown : QList<QuotaAttainment>{};
}

} // namespace rapport::analytics
