#include "analytics/Dashboard.h"

#include "analytics/ReportQuery.h"
#include "storage/Database.h"

namespace rapport::analytics {

Status DashboardBuilder::sales(const ReportFilter& filter, SalesDashboard* out) const {
    // One pass over the opportunities of the filter's owner and segment; every chart is computed from it.
    const SalesReports reports(m_db, m_today);
    SalesDeals deals;
    Status status = SalesDeals::read(m_db, filter, &deals);
    if (status)
        out->funnel = reports.pipelineFunnel(deals, filter, &status);
    if (!status)
        return status;
    out->revenue = reports.revenueByMonth(deals, filter);
    out->byOwner = reports.winRatesByOwner(deals, filter, &status);
    out->bySource = SalesReports::winRatesBySource(deals, filter);
    if (status)
        out->cycle = reports.salesCycle(deals, filter, &status);
    if (status)
        out->quota = reports.quotaAttainment(deals, filter, &status);
    return status;
}

Status DashboardBuilder::forecast(const ReportFilter& filter, ForecastDashboard* out) const {
    const Forecast forecast(m_db, m_today);
    Status status;
    out->pipeline = forecast.weightedPipeline(filter, 6, &status);
    if (status)
        out->revenue = forecast.revenueForecast(filter, 12, &status);
    return status;
}

Status DashboardBuilder::customers(const ReportFilter& filter, CustomerDashboard* out) const {
    // The won deals are read once: per customer of all time and, when the range has a start, in range (RFM
    // and the top list count the deals in range, the others all of them). Only the customers shown are
    // named.
    const CustomerValue value(m_db, m_today);
    const QDate day = value.referenceDate(filter);
    QList<CustomerPurchases> everything;
    QList<CustomerPurchases> inRange;
    if (Status read = value.purchasesInOnePass(filter, &everything, &inRange); !read)
        return read;
    const QList<CustomerPurchases>& ranged = filter.from.isValid() ? inRange : everything;
    out->rfm = CustomerValue::rfmOf(ranged, day);
    out->rfm.customers.clear(); // the drill-down asks for a segment's customers when needed
    out->lifetimeValues = CustomerValue::lifetimeValuesOf(everything, day, 20);
    out->top = CustomerValue::topOf(ranged, 15);
    out->churn = CustomerValue::churnRisksOf(everything, day, 50);
    out->flow = CustomerValue::flowOf(everything, value.flowStart(filter), day);
    QList<CustomerPurchases*> shown;
    for (CustomerLifetimeValue& v : out->lifetimeValues)
        shown << &v.purchases;
    for (CustomerPurchases& p : out->top)
        shown << &p;
    for (ChurnRisk& risk : out->churn)
        shown << &risk.purchases;
    return value.nameCustomers(shown);
}

Status DashboardBuilder::marketing(const ReportFilter& filter, MarketingDashboard* out) const {
    const MarketingReports reports(m_db);
    Status status;
    out->campaigns = reports.campaigns(filter, &status);
    if (status)
        out->sources = reports.leadSources(filter, &status);
    if (status)
        out->lastCampaignId = reports.lastCampaign(filter, &status);
    if (status && out->lastCampaignId) {
        out->converters = reports.converters(out->lastCampaignId, &status);
        for (const CampaignResult& c : out->campaigns)
            if (c.campaignId == out->lastCampaignId)
                out->lastCampaignName = c.name;
    }
    return status;
}

QString DashboardBuilder::industriesSql() {
    // The distinct industries in order, each found by one seek in customers_by_industry past the one before
    // (a skip scan) instead of reading every customer.
    return QStringLiteral(
        "WITH RECURSIVE segment(industry) AS ("
        "SELECT min(industry) FROM customers WHERE industry > '' UNION ALL "
        "SELECT (SELECT min(c.industry) FROM customers c WHERE c.industry > segment.industry) "
        "FROM segment WHERE segment.industry IS NOT NULL) "
        "SELECT industry FROM segment WHERE industry IS NOT NULL LIMIT 200");
}

Status DashboardBuilder::filterOptions(DashboardData* out) const {
    out->owners.clear();
    out->segments.clear();
    Status status = forEachRow(m_db.handle(), QStringLiteral("SELECT id, name FROM users ORDER BY name, id"),
                               {}, [&](Statement& row) {
                                   out->owners << std::pair{row.int64(0), row.text(1)};
                               });
    if (status)
        status = forEachRow(m_db.handle(), industriesSql(), {},
                            [&](Statement& row) { out->segments << row.text(0); });
    return status;
}

Status DashboardBuilder::all(const ReportFilter& filter, DashboardData* out,
                             const std::function<bool(int, int)>& progress, bool withFilterOptions) const {
    out->filter = filter;
    out->today = m_today;
    const Status cancelled = Status::failure(tr("The dashboard was cancelled."));
    if (progress && !progress(0, 4))
        return cancelled;
    if (Status done = sales(filter, &out->sales); !done)
        return done;
    if (progress && !progress(1, 4))
        return cancelled;
    if (Status done = forecast(filter, &out->forecast); !done)
        return done;
    if (progress && !progress(2, 4))
        return cancelled;
    if (Status done = customers(filter, &out->customers); !done)
        return done;
    if (progress && !progress(3, 4))
        return cancelled;
    if (Status done = marketing(filter, &out->marketing); !done)
        return done;
    if (withFilterOptions)
        if (Status done = filterOptions(out); !done)
            return done;
    if (progress)
        progress(4, 4);
    return Status::success();
}

} // namespace rapport::analytics
