#pragma once

#include "analytics/CustomerValue.h"
#include "analytics/Forecast.h"
#include "analytics/MarketingReports.h"
#include "analytics/ReportTable.h"
#include "analytics/SalesReports.h"

#include <functional>

namespace rapport::analytics {

// The numbers behind each chart as a table (for the dashboard's table view, CSV and the CLI).
struct DashboardTables final {
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)
public:
    static ReportTable pipeline(const QList<FunnelStage>& stages);
    static ReportTable revenue(const QList<RevenueMonth>& months);
    static ReportTable winRates(const QList<WinRate>& rates, const QString& groupTitle);
    static ReportTable salesCycle(const SalesCycle& cycle);
    static ReportTable quota(const QList<QuotaAttainment>& reps);
    static ReportTable pipelineForecast(const QList<PipelineMonth>& months);
    static ReportTable forecast(const RevenueForecast& forecast);
    static ReportTable rfmSegments(const RfmResult& rfm);
    static ReportTable rfmCustomers(const QList<RfmCustomer>& customers);
    static ReportTable lifetimeValues(const QList<CustomerLifetimeValue>& values);
    static ReportTable topCustomers(const QList<CustomerPurchases>& customers);
    static ReportTable churn(const QList<ChurnRisk>& risks);
    static ReportTable customerFlow(const QList<CustomerFlowMonth>& months);
    static ReportTable campaigns(const QList<CampaignResult>& campaigns);
    static ReportTable sources(const QList<SourceFunnel>& sources);
    static ReportTable converters(const QList<CampaignConverter>& converters);
};

// A dataset by name, as `rapport-cli report NAME` and the benchmark run it.
struct NamedReport {
    QString name;
    QString summary;
    std::function<ReportTable(Database&, const ReportFilter&, const QDate& today, Status*)> build;
};

// Every dashboard dataset: pipeline, revenue, win-rates, win-rates-by-source, sales-cycle, quota,
// pipeline-forecast, forecast, rfm, rfm-customers, clv, top-customers, churn, customer-flow, campaigns,
// sources, campaign-converters.
QList<NamedReport> dashboardReports();

} // namespace rapport::analytics
