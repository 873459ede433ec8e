// Sales dashboards and marketing reports against the hand-computed fixture
// (tests/support/AnalyticsFixture.h).
#include "AnalyticsFixture.h"
#include "TestSupport.h"
#include "analytics/DashboardTables.h"
#include "analytics/DrillDown.h"
#include "analytics/MarketingReports.h"
#include "analytics/SalesReports.h"

using namespace rapport;
using namespace rapport::analytics;

namespace {

ReportFilter upTo(QDate to = test::analyticsToday) {
    ReportFilter filter;
    filter.to = to;
    return filter;
}

} // namespace

TEST_CASE("pipeline funnel counts, sums and weights every stage", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    const SalesReports reports(temp.db(), test::analyticsToday);
    Status status;
    QList<FunnelStage> stages = reports.pipelineFunnel(ReportFilter{}, &status);
    REQUIRE(status.ok());
    REQUIRE(stages.size() == 4);
    CHECK(stages[0].stage == QStringLiteral("Qualification"));
    CHECK(stages[0].count == 1);
    CHECK(stages[0].amountMinor == 40000);
    CHECK(stages[0].weightedMinor == 12000); // its own 30 %
    CHECK(stages[1].count == 1);
    CHECK(stages[1].amountMinor == 80000);
    CHECK(stages[1].weightedMinor == 40000); // the stage's 50 %
    CHECK(stages[2].count == 6);
    CHECK(stages[2].amountMinor == 510000);
    CHECK(stages[2].weightedMinor == 510000);
    CHECK(stages[3].count == 2);
    CHECK(stages[3].amountMinor == 100000);
    CHECK(stages[3].weightedMinor == 0);

    ReportFilter since2025;
    since2025.from = QDate(2025, 1, 1);
    stages = reports.pipelineFunnel(since2025, &status);
    CHECK(stages[2].count == 2);
    CHECK(stages[2].amountMinor == 150000);
    CHECK(stages[3].count == 2);

    ReportFilter ben;
    ben.ownerId = 2;
    stages = reports.pipelineFunnel(ben, &status);
    CHECK(stages[0].count == 1);
    CHECK(stages[1].count == 0);
    CHECK(stages[2].count == 3);
    CHECK(stages[2].amountMinor == 350000);
    CHECK(stages[3].amountMinor == 70000);

    const ReportTable table = DashboardTables::pipeline(stages);
    CHECK(table.rows.size() == 4);
    CHECK(QString::fromUtf8(table.toCsv())
              .startsWith(QStringLiteral("stage_id,pipeline,stage,outcome,count,amount,weighted\n101,New "
                                         "business,Qualification,open,1,"
                                         "400.00,120.00\n")));
}

TEST_CASE("won revenue by month stands beside the same month a year earlier", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    Status status;
    const QList<RevenueMonth> months =
        SalesReports(temp.db(), QDate(2030, 1, 1)).revenueByMonth(upTo(), &status);
    REQUIRE(status.ok());
    REQUIRE(months.size() == 12);
    CHECK(months.first().month == QStringLiteral("2024-07"));
    CHECK(months.last().month == QStringLiteral("2025-06"));
    qint64 total = 0;
    for (const RevenueMonth& m : months)
        total += m.wonMinor;
    CHECK(total == 210000);
    CHECK(months[6].month == QStringLiteral("2025-01"));
    CHECK(months[6].wonMinor == 100000);
    CHECK(months[6].previousYearMinor == 90000);
    CHECK(months[9].wonMinor == 50000);
    CHECK(months[11].wonMinor == 60000);
    CHECK(months[11].wonCount == 1);
    CHECK(months[11].previousYearMinor == 200000);
}

TEST_CASE("win rate and average deal by rep and by source", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    const SalesReports reports(temp.db(), test::analyticsToday);
    Status status;
    const QList<WinRate> reps = reports.winRatesByOwner(ReportFilter{}, &status);
    REQUIRE(status.ok());
    REQUIRE(reps.size() == 2);
    CHECK(reps[0].label == QStringLiteral("Anna"));
    CHECK(reps[0].won == 3);
    CHECK(reps[0].lost == 1);
    CHECK(reps[0].winRate() == 0.75);
    CHECK(reps[0].wonMinor == 160000);
    CHECK(reps[0].averageDealMinor() == 53333);
    CHECK(reps[1].label == QStringLiteral("Ben"));
    CHECK(reps[1].won == 3);
    CHECK(reps[1].wonMinor == 350000);
    CHECK(reps[1].averageDealMinor() == 116666);

    const QList<WinRate> sources = reports.winRatesBySource(ReportFilter{}, &status);
    REQUIRE(sources.size() == 3);
    CHECK(sources[0].key == QStringLiteral("fair"));
    CHECK(sources[0].won == 2);
    CHECK(sources[0].lost == 1);
    CHECK(sources[0].winRate() == Approx(2.0 / 3.0));
    CHECK(sources[0].averageDealMinor() == 145000);
    CHECK(sources[1].key == QStringLiteral("referral"));
    CHECK(sources[1].winRate() == 1.0);
    CHECK(sources[2].key == QStringLiteral("web"));
    CHECK(sources[2].wonMinor == 160000);

    ReportFilter software;
    software.segment = QStringLiteral("software");
    const QList<WinRate> inSoftware = reports.winRatesByOwner(software, &status);
    REQUIRE(inSoftware.size() == 1);
    CHECK(inSoftware[0].won == 2);
    CHECK(inSoftware[0].lost == 1);
    CHECK(inSoftware[0].averageDealMinor() == 75000);
}

TEST_CASE("sales cycle: days to win and days per stage", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    Status status;
    const SalesCycle cycle =
        SalesReports(temp.db(), test::analyticsToday).salesCycle(ReportFilter{}, &status);
    REQUIRE(status.ok());
    CHECK(cycle.wonDeals == 6);
    CHECK(cycle.averageDays == Approx(575.0 / 6.0));
    CHECK(cycle.medianDays == Approx(42.5));
    REQUIRE(cycle.stages.size() == 2);
    CHECK(cycle.stages[0].stage == QStringLiteral("Qualification"));
    CHECK(cycle.stages[0].stays == 2);
    CHECK(cycle.stages[0].averageDays == Approx(7.0));
    CHECK(cycle.stages[1].averageDays == Approx(28.0));
}

TEST_CASE("quota attainment in each rep's current period", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    Status status;
    const QList<QuotaAttainment> reps =
        SalesReports(temp.db(), QDate(2030, 1, 1)).quotaAttainment(upTo(), &status);
    REQUIRE(status.ok());
    REQUIRE(reps.size() == 2);
    CHECK(reps[0].rep == QStringLiteral("Anna"));
    CHECK(reps[0].periodStart == QDate(2025, 4, 1));
    CHECK(reps[0].periodEnd == QDate(2025, 6, 30));
    CHECK(reps[0].wonMinor == 50000);
    CHECK(reps[0].attainment() == 0.5);
    CHECK(reps[0].pace == 1.0);
    CHECK(reps[1].periodStart == QDate(2025, 1, 1));
    CHECK(reps[1].wonMinor == 60000);
    CHECK(reps[1].attainment() == Approx(0.12));
    CHECK(reps[1].pace == Approx(181.0 / 365.0));
    CHECK(SalesReports::periodOf(QStringLiteral("month"), QDate(2024, 2, 10)).second == QDate(2024, 2, 29));
}

TEST_CASE("lead-source funnel and campaign results", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    const MarketingReports reports(temp.db());
    Status status;
    const QList<SourceFunnel> sources = reports.leadSources(ReportFilter{}, &status);
    REQUIRE(status.ok());
    REQUIRE(sources.size() == 3);
    CHECK(sources[0].source == QStringLiteral("fair"));
    CHECK(sources[0].leads == 2);
    CHECK(sources[0].contacted == 1);
    CHECK(sources[0].converted == 1);
    CHECK(sources[0].won == 0);
    CHECK(sources[1].source == QStringLiteral("web"));
    CHECK(sources[1].leads == 2);
    CHECK(sources[1].contacted == 2);
    CHECK(sources[1].qualified == 1);
    CHECK(sources[1].won == 1);
    CHECK(sources[1].wonMinor == 100000);
    CHECK(sources[2].qualified == 1);
    CHECK(sources[2].converted == 0);

    const QList<CampaignResult> campaigns = reports.campaigns(ReportFilter{}, &status);
    REQUIRE(campaigns.size() == 2);
    CHECK(campaigns[0].name == QStringLiteral("Fair invite"));
    CHECK(campaigns[0].members == 3);
    CHECK(campaigns[0].reached == 3);
    CHECK(campaigns[0].responded == 2);
    CHECK(campaigns[0].converted == 1);
    CHECK(campaigns[0].revenueMinor == 0);
    const CampaignResult& spring = campaigns[1];
    CHECK(spring.members == 5);
    CHECK(spring.reached == 4);
    CHECK(spring.responded == 2);
    CHECK(spring.converted == 1);
    CHECK(spring.responseRate() == 0.5);
    CHECK(spring.conversionRate() == 0.25);
    CHECK(spring.revenueMinor == 150000);
    CHECK(spring.roi() == 6.5);

    ReportFilter anna;
    anna.ownerId = 1;
    CHECK(reports.campaigns(anna, &status).size() == 1);
    CHECK(reports.lastCampaign(ReportFilter{}, &status) == 602);
    CHECK(reports.lastCampaign(anna, &status) == 601);
    const QList<CampaignConverter> converters = reports.converters(602, &status);
    REQUIRE(converters.size() == 1);
    CHECK(converters[0].name == QStringLiteral("Piotr Nowak"));
    CHECK(converters[0].customerId == 12);
    CHECK(converters[0].opportunityId == 206);
    CHECK(converters[0].opportunityStatus == QStringLiteral("open"));
    CHECK(converters[0].amountMinor == 80000);
    const QList<CampaignConverter> spring2 = reports.converters(601, &status);
    REQUIRE(spring2.size() == 1);
    CHECK(spring2[0].name == QStringLiteral("Anna Kowalska"));
    CHECK(spring2[0].amountMinor == 50000);
}

TEST_CASE("drill-down lists the records behind a chart element", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    const DrillDownQuery query(temp.db(), test::analyticsToday);
    Status status;
    DrillDownResult won =
        query.records({DrillDown::Kind::Stage, QStringLiteral("103"), {}}, ReportFilter{}, 100, &status);
    REQUIRE(status.ok());
    CHECK(won.entity == QStringLiteral("opportunities"));
    CHECK(won.total == 6);
    REQUIRE(won.table.rows.size() == 6);
    CHECK(won.table.rows[0][0].toLongLong() == 203); // the largest first
    const DrillDownResult few =
        query.records({DrillDown::Kind::Stage, QStringLiteral("103"), {}}, ReportFilter{}, 2, &status);
    CHECK(few.total == 6);
    CHECK(few.table.rows.size() == 2);
    const DrillDownResult june = query.records({DrillDown::Kind::WonMonth, QStringLiteral("2025-06"), {}},
                                               ReportFilter{}, 100, &status);
    REQUIRE(june.table.rows.size() == 1);
    CHECK(june.table.rows[0][0].toLongLong() == 208);
    const DrillDownResult fair =
        query.records({DrillDown::Kind::Source, QStringLiteral("fair"), {}}, ReportFilter{}, 100, &status);
    CHECK(fair.total == 3);
    const DrillDownResult anna =
        query.records({DrillDown::Kind::Owner, QStringLiteral("1"), {}}, ReportFilter{}, 100, &status);
    CHECK(anna.total == 4);
    const DrillDownResult closing =
        query.records({DrillDown::Kind::CloseMonth, QStringLiteral("2025-06"), {}}, upTo(), 100, &status);
    REQUIRE(closing.table.rows.size() == 1);
    CHECK(closing.table.rows[0][0].toLongLong() == 207);
    const DrillDownResult atRisk =
        query.records({DrillDown::Kind::RfmSegment, QStringLiteral("at_risk"), {}}, upTo(), 100, &status);
    CHECK(atRisk.entity == QStringLiteral("customers"));
    REQUIRE(atRisk.table.rows.size() == 1);
    CHECK(atRisk.table.rows[0][1].toString() == QStringLiteral("Beta"));
    const DrillDownResult web =
        query.records({DrillDown::Kind::LeadSource, QStringLiteral("web"), {}}, ReportFilter{}, 100, &status);
    CHECK(web.total == 2);
    const DrillDownResult members = query.records(
        {DrillDown::Kind::CampaignMembers, QStringLiteral("601"), {}}, ReportFilter{}, 100, &status);
    CHECK(members.total == 5);
    REQUIRE(status.ok());
}
