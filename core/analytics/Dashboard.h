#pragma once

#include "analytics/CustomerValue.h"
#include "analytics/Forecast.h"
#include "analytics/MarketingReports.h"
#include "analytics/SalesReports.h"

#include <functional>

namespace rapport::analytics {

// Everything the four dashboards draw, computed in one go on the caller's connection (the desktop runs it on
// a worker thread with its own connection; the benchmark times each part).
struct SalesDashboard {
    QList<FunnelStage> funnel;
    QList<RevenueMonth> revenue;
    QList<WinRate> byOwner;
    QList<WinRate> bySource;
    SalesCycle cycle;
    QList<QuotaAttainment> quota;
};

struct ForecastDashboard {
    QList<PipelineMonth> pipeline;
    RevenueForecast revenue;
};

struct CustomerDashboard {
    RfmResult rfm;
    QList<CustomerLifetimeValue> lifetimeValues; // highest 20
    QList<CustomerPurchases> top;                // highest 15
    QList<ChurnRisk> churn;                      // most valuable 50
    QList<CustomerFlowMonth> flow;
};

struct MarketingDashboard {
    QList<CampaignResult> campaigns;
    QList<SourceFunnel> sources;
    qint64 lastCampaignId = 0;
    QString lastCampaignName;
    QList<CampaignConverter> converters;
};

struct DashboardData {
    ReportFilter filter;
    QDate today;
    SalesDashboard sales;
    ForecastDashboard forecast;
    CustomerDashboard customers;
    MarketingDashboard marketing;
    // Options for the filter bar: the users and the customer industries.
    QList<std::pair<qint64, QString>> owners;
    QStringList segments;
};

enum class DashboardPart { Sales, Forecast, Customers, Marketing };

class DashboardBuilder final {
    Q_DECLARE_TR_FUNCTIONS(DashboardBuilder)
public:
    DashboardBuilder(Database& db, QDate today) : m_db(db), m_today(today) {}

    Status sales(const ReportFilter& filter, SalesDashboard* out) const;
    Status forecast(const ReportFilter& filter, ForecastDashboard* out) const;
    Status customers(const ReportFilter& filter, CustomerDashboard* out) const;
    Status marketing(const ReportFilter& filter, MarketingDashboard* out) const;
    Status filterOptions(DashboardData* out) const;
    // The query behind the filter bar's industries (public for the test of its plan).
    static QString industriesSql();

    // All four, each after a call of `progress(done, 4)`; returning false from it stops early with a
    // cancelled status. The filter options (a scan of every customer's industry) only when asked: the page
    // reads them once.
    Status all(const ReportFilter& filter, DashboardData* out,
               const std::function<bool(int done, int total)>& progress = {},
               bool withFilterOptions = true) const;

private:
    Database& m_db;
    QDate m_today;
};

} // namespace rapport::analytics
