#pragma once

#include "analytics/Dashboard.h"

#include <QCoreApplication>

namespace rapport {

class ChartCard;

// Draws the dashboards' plain data into chart cards with Qt Charts: values on hover, a click on a bar, point
// or slice asks for the records behind it. No numbers are computed here beyond unit conversion.
class DashboardCharts final {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    static void funnel(ChartCard* card, const QList<analytics::FunnelStage>& stages);
    static void revenue(ChartCard* card, const QList<analytics::RevenueMonth>& months);
    static void winRates(ChartCard* card, const QList<analytics::WinRate>& rates, bool byOwner);
    static void salesCycle(ChartCard* card, const analytics::SalesCycle& cycle);
    static void quota(ChartCard* card, const QList<analytics::QuotaAttainment>& reps);
    static void pipelineForecast(ChartCard* card, const QList<analytics::PipelineMonth>& months);
    static void revenueForecast(ChartCard* card, const analytics::RevenueForecast& forecast);
    static void rfm(ChartCard* card, const analytics::RfmResult& rfm);
    static void topCustomers(ChartCard* card, const QList<analytics::CustomerPurchases>& customers);
    static void lifetimeValues(ChartCard* card, const QList<analytics::CustomerLifetimeValue>& values);
    static void churn(ChartCard* card, const QList<analytics::ChurnRisk>& risks);
    static void customerFlow(ChartCard* card, const QList<analytics::CustomerFlowMonth>& months);
    static void campaigns(ChartCard* card, const QList<analytics::CampaignResult>& campaigns);
    static void sources(ChartCard* card, const QList<analytics::SourceFunnel>& sources);
    static void converters(ChartCard* card, const analytics::MarketingDashboard& marketing);
};

} // namespace rapport
