#include "analytics/DashboardTables.h"

#include "storage/Database.h"

namespace rapport::analytics {
namespace {

using Kind = ReportColumn::Kind;

ReportColumn col(const char* key, const QString& title, Kind kind) {
    return ReportColumn{QString::fromLatin1(key), title, kind};
}

} // namespace

ReportTable DashboardTables::pipeline(const QList<FunnelStage>& stages) {
    ReportTable t{tr("Pipeline by stage"),
                  {col("stage_id", tr("Stage id"), Kind::Integer),
                   col("pipeline", tr("Pipeline"), Kind::Text), col("stage", tr("Stage"), Kind::Text),
                   col("outcome", tr("Outcome"), Kind::Text),
                   col("count", tr("Opportunities"), Kind::Integer), col("amount", tr("Amount"), Kind::Money),
                   col("weighted", tr("Weighted amount"), Kind::Money)},
                  {}};
    for (const FunnelStage& s : stages)
        t.rows << QVariantList{s.stageId, s.pipeline,    s.stage,        s.outcome,
                               s.count,   s.amountMinor, s.weightedMinor};
    return t;
}

ReportTable DashboardTables::revenue(const QList<RevenueMonth>& months) {
    ReportTable t{tr("Won revenue by month"),
                  {col("month", tr("Month"), Kind::Text), col("won", tr("Won"), Kind::Money),
                   col("deals", tr("Deals"), Kind::Integer),
                   col("previous_year", tr("Same month a year earlier"), Kind::Money)},
                  {}};
    for (const RevenueMonth& m : months)
        t.rows << QVariantList{m.month, m.wonMinor, m.wonCount, m.previousYearMinor};
    return t;
}

ReportTable DashboardTables::winRates(const QList<WinRate>& rates, const QString& groupTitle) {
    ReportTable t{tr("Win rate and average deal by %1").arg(groupTitle),
                  {col("key", tr("Key"), Kind::Text), col("name", groupTitle, Kind::Text),
                   col("won", tr("Won"), Kind::Integer), col("lost", tr("Lost"), Kind::Integer),
                   col("win_rate", tr("Win rate"), Kind::Rate),
                   col("won_amount", tr("Won amount"), Kind::Money),
                   col("average_deal", tr("Average deal"), Kind::Money)},
                  {}};
    for (const WinRate& r : rates)
        t.rows << QVariantList{r.key, r.label, r.won, r.lost, r.winRate(), r.wonMinor, r.averageDealMinor()};
    return t;
}

ReportTable DashboardTables::salesCycle(const SalesCycle& cycle) {
    ReportTable t{tr("Sales cycle"),
                  {col("stage_id", tr("Stage id"), Kind::Integer),
                   col("pipeline", tr("Pipeline"), Kind::Text), col("stage", tr("Stage"), Kind::Text),
                   col("count", tr("Deals or stays"), Kind::Integer),
                   col("average_days", tr("Average days"), Kind::Number),
                   col("median_days", tr("Median days"), Kind::Number)},
                  {}};
    t.rows << QVariantList{
        0, tr("All pipelines"), tr("Created to won"), cycle.wonDeals, cycle.averageDays, cycle.medianDays};
    for (const SalesCycle::Stage& s : cycle.stages)
        t.rows << QVariantList{s.stageId, s.pipeline, s.stage, s.stays, s.averageDays, QVariant()};
    return t;
}

ReportTable DashboardTables::quota(const QList<QuotaAttainment>& reps) {
    ReportTable t{tr("Quota attainment"),
                  {col("user_id", tr("User id"), Kind::Integer), col("rep", tr("Sales rep"), Kind::Text),
                   col("period", tr("Period"), Kind::Text), col("from", tr("From"), Kind::Date),
                   col("to", tr("To"), Kind::Date), col("quota", tr("Quota"), Kind::Money),
                   col("won", tr("Won"), Kind::Money), col("attainment", tr("Attainment"), Kind::Rate),
                   col("pace", tr("Period gone by"), Kind::Rate)},
                  {}};
    for (const QuotaAttainment& r : reps)
        t.rows << QVariantList{r.userId,
                               r.rep,
                               r.period,
                               r.periodStart.toString(Qt::ISODate),
                               r.periodEnd.toString(Qt::ISODate),
                               r.quotaMinor,
                               r.wonMinor,
                               r.attainment(),
                               r.pace};
    return t;
}

ReportTable DashboardTables::pipelineForecast(const QList<PipelineMonth>& months) {
    ReportTable t{tr("Weighted pipeline by expected close"),
                  {col("month", tr("Month"), Kind::Text), col("count", tr("Opportunities"), Kind::Integer),
                   col("amount", tr("Amount"), Kind::Money),
                   col("weighted", tr("Weighted amount"), Kind::Money)},
                  {}};
    for (const PipelineMonth& m : months)
        t.rows << QVariantList{m.month, m.count, m.amountMinor, m.weightedMinor};
    return t;
}

ReportTable DashboardTables::forecast(const RevenueForecast& forecast) {
    ReportTable t{tr("Revenue history and forecast"),
                  {col("month", tr("Month"), Kind::Text), col("kind", tr("Kind"), Kind::Text),
                   col("revenue", tr("Revenue"), Kind::Money), col("lower", tr("Lower 95 %"), Kind::Money),
                   col("upper", tr("Upper 95 %"), Kind::Money)},
                  {}};
    for (const ForecastMonth& m : forecast.months)
        t.rows << (m.isForecast ? QVariantList{m.month, QStringLiteral("forecast"), m.forecastMinor,
                                               m.lowerMinor, m.upperMinor}
                                : QVariantList{m.month, QStringLiteral("actual"), m.actualMinor, QVariant(),
                                               QVariant()});
    return t;
}

ReportTable DashboardTables::rfmSegments(const RfmResult& rfm) {
    ReportTable t{tr("RFM segments"),
                  {col("segment", tr("Segment key"), Kind::Text), col("name", tr("Segment"), Kind::Text),
                   col("customers", tr("Customers"), Kind::Integer),
                   col("monetary", tr("Won amount"), Kind::Money),
                   col("average_recency_days", tr("Average days since last deal"), Kind::Number)},
                  {}};
    for (const RfmSegment& s : rfm.segments)
        t.rows << QVariantList{s.key, s.label, s.customers, s.monetaryMinor, s.averageRecencyDays};
    return t;
}

ReportTable DashboardTables::rfmCustomers(const QList<RfmCustomer>& customers) {
    ReportTable t{tr("Customers by RFM"),
                  {col("customer_id", tr("Customer id"), Kind::Integer),
                   col("name", tr("Customer"), Kind::Text), col("segment", tr("Segment"), Kind::Text),
                   col("recency_days", tr("Days since last deal"), Kind::Integer),
                   col("frequency", tr("Deals"), Kind::Integer),
                   col("monetary", tr("Won amount"), Kind::Money), col("r", tr("R"), Kind::Integer),
                   col("f", tr("F"), Kind::Integer), col("m", tr("M"), Kind::Integer)},
                  {}};
    for (const RfmCustomer& c : customers)
        t.rows << QVariantList{c.purchases.customerId,
                               c.purchases.name,
                               c.segment,
                               c.recencyDays,
                               c.purchases.deals,
                               c.purchases.totalMinor,
                               c.r,
                               c.f,
                               c.m};
    return t;
}

ReportTable DashboardTables::lifetimeValues(const QList<CustomerLifetimeValue>& values) {
    ReportTable t{tr("Customer lifetime value"),
                  {col("customer_id", tr("Customer id"), Kind::Integer),
                   col("name", tr("Customer"), Kind::Text), col("deals", tr("Deals"), Kind::Integer),
                   col("won", tr("Won so far"), Kind::Money),
                   col("average_deal", tr("Average deal"), Kind::Money),
                   col("deals_per_year", tr("Deals per year"), Kind::Number),
                   col("expected_years", tr("Expected years"), Kind::Number),
                   col("lifetime_value", tr("Lifetime value"), Kind::Money)},
                  {}};
    for (const CustomerLifetimeValue& v : values)
        t.rows << QVariantList{v.purchases.customerId, v.purchases.name,    v.purchases.deals,
                               v.purchases.totalMinor, v.averageDealMinor,  v.dealsPerYear,
                               v.expectedYears,        v.lifetimeValueMinor};
    return t;
}

ReportTable DashboardTables::topCustomers(const QList<CustomerPurchases>& customers) {
    ReportTable t{tr("Top customers"),
                  {col("customer_id", tr("Customer id"), Kind::Integer),
                   col("name", tr("Customer"), Kind::Text), col("deals", tr("Deals"), Kind::Integer),
                   col("won", tr("Won amount"), Kind::Money), col("last_deal", tr("Last deal"), Kind::Date)},
                  {}};
    for (const CustomerPurchases& c : customers)
        t.rows << QVariantList{c.customerId, c.name, c.deals, c.totalMinor, c.last.toString(Qt::ISODate)};
    return t;
}

ReportTable DashboardTables::churn(const QList<ChurnRisk>& risks) {
    ReportTable t{tr("Customers at risk of leaving"),
                  {col("customer_id", tr("Customer id"), Kind::Integer),
                   col("name", tr("Customer"), Kind::Text), col("deals", tr("Deals"), Kind::Integer),
                   col("won", tr("Won amount"), Kind::Money), col("last_deal", tr("Last deal"), Kind::Date),
                   col("days_since", tr("Days since last deal"), Kind::Integer),
                   col("usual_gap_days", tr("Usual gap (days)"), Kind::Number),
                   col("risk", tr("Overdue by (times the gap)"), Kind::Number)},
                  {}};
    for (const ChurnRisk& r : risks)
        t.rows << QVariantList{r.purchases.customerId,
                               r.purchases.name,
                               r.purchases.deals,
                               r.purchases.totalMinor,
                               r.purchases.last.toString(Qt::ISODate),
                               r.daysSinceLast,
                               r.averageGapDays,
                               r.riskRatio()};
    return t;
}

ReportTable DashboardTables::customerFlow(const QList<CustomerFlowMonth>& months) {
    ReportTable t{tr("New and lost customers"),
                  {col("month", tr("Month"), Kind::Text), col("new", tr("New customers"), Kind::Integer),
                   col("lost", tr("Lost customers"), Kind::Integer)},
                  {}};
    for (const CustomerFlowMonth& m : months)
        t.rows << QVariantList{m.month, m.newCustomers, m.lostCustomers};
    return t;
}

ReportTable DashboardTables::campaigns(const QList<CampaignResult>& campaigns) {
    ReportTable t{
        tr("Campaign results"),
        {col("campaign_id", tr("Campaign id"), Kind::Integer), col("name", tr("Campaign"), Kind::Text),
         col("channel", tr("Channel"), Kind::Text), col("starts_on", tr("Start"), Kind::Date),
         col("members", tr("Members"), Kind::Integer), col("reached", tr("Reached"), Kind::Integer),
         col("responded", tr("Responded"), Kind::Integer), col("converted", tr("Converted"), Kind::Integer),
         col("response_rate", tr("Response rate"), Kind::Rate),
         col("conversion_rate", tr("Conversion rate"), Kind::Rate), col("cost", tr("Cost"), Kind::Money),
         col("revenue", tr("Revenue"), Kind::Money), col("roi", tr("Return on investment"), Kind::Rate)},
        {}};
    for (const CampaignResult& c : campaigns)
        t.rows << QVariantList{
            c.campaignId, c.name,         c.channel,   c.startsOn,       c.members,
            c.reached,    c.responded,    c.converted, c.responseRate(), c.conversionRate(),
            c.costMinor,  c.revenueMinor, c.roi()};
    return t;
}

ReportTable DashboardTables::sources(const QList<SourceFunnel>& sources) {
    ReportTable t{tr("Lead sources"),
                  {col("source", tr("Source"), Kind::Text), col("leads", tr("Leads"), Kind::Integer),
                   col("contacted", tr("Contacted"), Kind::Integer),
                   col("qualified", tr("Qualified"), Kind::Integer),
                   col("converted", tr("Converted"), Kind::Integer), col("won", tr("Won"), Kind::Integer),
                   col("won_amount", tr("Won amount"), Kind::Money),
                   col("conversion_rate", tr("Lead to customer"), Kind::Rate)},
                  {}};
    for (const SourceFunnel& s : sources)
        t.rows << QVariantList{
            s.source,    s.leads, s.contacted, s.qualified,
            s.converted, s.won,   s.wonMinor,  s.leads > 0 ? double(s.converted) / double(s.leads) : 0.0};
    return t;
}

ReportTable DashboardTables::converters(const QList<CampaignConverter>& converters) {
    ReportTable t{
        tr("Who answered the last campaign and converted"),
        {col("member_id", tr("Member id"), Kind::Integer), col("name", tr("Name"), Kind::Text),
         col("email", tr("E-mail"), Kind::Text), col("customer_id", tr("Customer id"), Kind::Integer),
         col("responded_at", tr("Responded"), Kind::Text), col("converted_at", tr("Converted"), Kind::Text),
         col("opportunity_id", tr("Opportunity id"), Kind::Integer),
         col("opportunity", tr("Opportunity"), Kind::Text), col("status", tr("Status"), Kind::Text),
         col("amount", tr("Amount"), Kind::Money)},
        {}};
    for (const CampaignConverter& c : converters)
        t.rows << QVariantList{c.memberId,          c.name,        c.email,         c.customerId,
                               c.respondedAt,       c.convertedAt, c.opportunityId, c.opportunity,
                               c.opportunityStatus, c.amountMinor};
    return t;
}

QList<NamedReport> dashboardReports() {
    using F = ReportFilter;
    auto sales = [](auto method) {
        return [method](Database& db, const F& f, const QDate& today, Status* s) {
            return method(SalesReports(db, today), f, s);
        };
    };
    return {
        {QStringLiteral("pipeline"), DashboardTables::tr("opportunities by stage: count, amount, weighted"),
         sales([](const SalesReports& r, const F& f, Status* s) {
             return DashboardTables::pipeline(r.pipelineFunnel(f, s));
         })},
        {QStringLiteral("revenue"), DashboardTables::tr("won revenue by month beside a year earlier"),
         sales([](const SalesReports& r, const F& f, Status* s) {
             return DashboardTables::revenue(r.revenueByMonth(f, s));
         })},
        {QStringLiteral("win-rates"), DashboardTables::tr("win rate and average deal by sales rep"),
         sales([](const SalesReports& r, const F& f, Status* s) {
             return DashboardTables::winRates(r.winRatesByOwner(f, s), DashboardTables::tr("sales rep"));
         })},
        {QStringLiteral("win-rates-by-source"), DashboardTables::tr("win rate and average deal by source"),
         sales([](const SalesReports& r, const F& f, Status* s) {
             return DashboardTables::winRates(r.winRatesBySource(f, s), DashboardTables::tr("source"));
         })},
        {QStringLiteral("sales-cycle"), DashboardTables::tr("days from created to won, and per stage"),
         sales([](const SalesReports& r, const F& f, Status* s) {
             return DashboardTables::salesCycle(r.salesCycle(f, s));
         })},
        {QStringLiteral("quota"), DashboardTables::tr("quota attainment per sales rep"),
         sales([](const SalesReports& r, const F& f, Status* s) {
             return DashboardTables::quota(r.quotaAttainment(f, s));
         })},
        {QStringLiteral("pipeline-forecast"),
         DashboardTables::tr("short term: weighted pipeline by close month"),
         [](Database& db, const F& f, const QDate& today, Status* s) {
             return DashboardTables::pipelineForecast(Forecast(db, today).weightedPipeline(f, 6, s));
         }},
        {QStringLiteral("forecast"), DashboardTables::tr("long term: revenue history and 12-month forecast"),
         [](Database& db, const F& f, const QDate& today, Status* s) {
             return DashboardTables::forecast(Forecast(db, today).revenueForecast(f, 12, s));
         }},
        {QStringLiteral("rfm"), DashboardTables::tr("RFM segments (champions, loyal, at risk, lost...)"),
         [](Database& db, const F& f, const QDate& today, Status* s) {
             return DashboardTables::rfmSegments(CustomerValue(db, today).rfm(f, s));
         }},
        {QStringLiteral("rfm-customers"), DashboardTables::tr("every customer's RFM scores and segment"),
         [](Database& db, const F& f, const QDate& today, Status* s) {
             return DashboardTables::rfmCustomers(CustomerValue(db, today).rfm(f, s).customers);
         }},
        {QStringLiteral("clv"), DashboardTables::tr("customer lifetime value, highest 50"),
         [](Database& db, const F& f, const QDate& today, Status* s) {
             return DashboardTables::lifetimeValues(CustomerValue(db, today).lifetimeValues(f, 50, s));
         }},
        {QStringLiteral("top-customers"), DashboardTables::tr("customers by won amount, highest 20"),
         [](Database& db, const F& f, const QDate& today, Status* s) {
             return DashboardTables::topCustomers(CustomerValue(db, today).topCustomers(f, 20, s));
         }},
        {QStringLiteral("churn"), DashboardTables::tr("customers at risk of leaving, most valuable 100"),
         [](Database& db, const F& f, const QDate& today, Status* s) {
             return DashboardTables::churn(CustomerValue(db, today).churnRisks(f, 100, s));
         }},
        {QStringLiteral("customer-flow"), DashboardTables::tr("new and lost customers per month"),
         [](Database& db, const F& f, const QDate& today, Status* s) {
             return DashboardTables::customerFlow(CustomerValue(db, today).customerFlow(f, s));
         }},
        {QStringLiteral("campaigns"), DashboardTables::tr("campaign response, conversion and ROI"),
         [](Database& db, const F& f, const QDate&, Status* s) {
             return DashboardTables::campaigns(MarketingReports(db).campaigns(f, s));
         }},
        {QStringLiteral("sources"), DashboardTables::tr("lead-source funnel"),
         [](Database& db, const F& f, const QDate&, Status* s) {
             return DashboardTables::sources(MarketingReports(db).leadSources(f, s));
         }},
        {QStringLiteral("campaign-converters"),
         DashboardTables::tr("who answered the last campaign and converted"),
         [](Database& db, const F& f, const QDate&, Status* s) {
             MarketingReports reports(db);
             const qint64 last = reports.lastCampaign(f, s);
             return DashboardTables::converters(last ? reports.converters(last, s)
                                                     : QList<CampaignConverter>());
         }},
    };
}

} // namespace rapport::analytics
