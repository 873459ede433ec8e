// Customer value reports against the hand-computed fixture (tests/support/AnalyticsFixture.h): won deals per
// customer up to 2025-06-30 are Alpha 2 (150,000, last 2025-04-10), Beta 2 (290,000, last 2024-06-15),
// Delta 1 (60,000, 2025-06-20), Epsilon 1 (10,000, 2023-02-01); Gamma has none.
#include "AnalyticsFixture.h"
#include "TestSupport.h"
#include "analytics/CustomerValue.h"
#include "analytics/DashboardTables.h"
#include "analytics/Forecast.h"

using namespace rapport;
using namespace rapport::analytics;

namespace {

ReportFilter upTo() {
    ReportFilter filter;
    filter.to = test::analyticsToday;
    return filter;
}

} // namespace

TEST_CASE("RFM scores by quintile and names the segments", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    Status status;
    const RfmResult rfm = CustomerValue(temp.db(), QDate(2030, 1, 1)).rfm(upTo(), &status);
    REQUIRE(status.ok());
    REQUIRE(rfm.customers.size() == 4);
    QHash<QString, RfmCustomer> byName;
    for (const RfmCustomer& c : rfm.customers)
        byName.insert(c.purchases.name, c);
    const RfmCustomer alpha = byName.value(QStringLiteral("Alpha"));
    CHECK(alpha.recencyDays == 81);
    CHECK(alpha.purchases.deals == 2);
    CHECK(alpha.purchases.totalMinor == 150000);
    CHECK((alpha.r == 3 && alpha.f == 3 && alpha.m == 3));
    CHECK(alpha.segment == QStringLiteral("loyal"));
    const RfmCustomer beta = byName.value(QStringLiteral("Beta"));
    CHECK(beta.recencyDays == 380);
    CHECK((beta.r == 2 && beta.f == 3 && beta.m == 4));
    CHECK(beta.segment == QStringLiteral("at_risk"));
    const RfmCustomer delta = byName.value(QStringLiteral("Delta"));
    CHECK(delta.recencyDays == 10);
    CHECK((delta.r == 4 && delta.f == 1 && delta.m == 2));
    CHECK(delta.segment == QStringLiteral("promising"));
    const RfmCustomer epsilon = byName.value(QStringLiteral("Epsilon"));
    CHECK(epsilon.recencyDays == 880);
    CHECK((epsilon.r == 1 && epsilon.f == 1 && epsilon.m == 1));
    CHECK(epsilon.segment == QStringLiteral("lost"));

    REQUIRE(rfm.segments.size() == 7);
    CHECK(rfm.segments[0].key == QStringLiteral("champions"));
    CHECK(rfm.segments[0].customers == 0);
    CHECK(rfm.segments[1].customers == 1);
    CHECK(rfm.segments[1].monetaryMinor == 150000);
    CHECK(rfm.segments[4].key == QStringLiteral("at_risk"));
    CHECK(rfm.segments[4].averageRecencyDays == 380.0);
    CHECK(rfm.segments[6].monetaryMinor == 10000);

    CHECK(CustomerValue::segmentOf(5, 5, 4) == QStringLiteral("champions"));
    CHECK(CustomerValue::segmentOf(3, 2, 2) == QStringLiteral("needs_attention"));
    CHECK(CustomerValue::segmentOf(2, 1, 2) == QStringLiteral("hibernating"));

    ReportFilter since2025 = upTo();
    since2025.from = QDate(2025, 1, 1);
    CHECK(CustomerValue(temp.db(), test::analyticsToday).rfm(since2025, &status).customers.size() == 2);
}

TEST_CASE("customer lifetime value from deals so far and the base's churn", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    Status status;
    // Beta and Epsilon bought before the last 365 days and neither since: churn 100 %, one year expected.
    const QList<CustomerLifetimeValue> values =
        CustomerValue(temp.db(), test::analyticsToday).lifetimeValues(upTo(), 0, &status);
    REQUIRE(status.ok());
    REQUIRE(values.size() == 4);
    CHECK(values[0].purchases.name == QStringLiteral("Alpha"));
    CHECK(values[0].averageDealMinor == 75000);
    CHECK(values[0].dealsPerYear == 2.0);
    CHECK(values[0].expectedYears == 1.0);
    CHECK(values[0].lifetimeValueMinor == 300000);
    CHECK(values[1].purchases.name == QStringLiteral("Beta"));
    CHECK(values[1].expectedYears == 0.0);
    CHECK(values[1].dealsPerYear == Approx(2.0 / (532.0 / 365.0)));
    CHECK(values[1].lifetimeValueMinor == 290000);
    CHECK(values[2].purchases.name == QStringLiteral("Delta"));
    CHECK(values[2].lifetimeValueMinor == 120000);
    CHECK(values[3].lifetimeValueMinor == 10000);
    CHECK(CustomerValue(temp.db(), test::analyticsToday).lifetimeValues(upTo(), 2, &status).size() == 2);
}

TEST_CASE("top customers, churn risks and customer flow", "[analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    const CustomerValue value(temp.db(), QDate(2030, 1, 1));
    Status status;
    ReportFilter since2025 = upTo();
    since2025.from = QDate(2025, 1, 1);
    const QList<CustomerPurchases> top = value.topCustomers(since2025, 10, &status);
    REQUIRE(status.ok());
    REQUIRE(top.size() == 2);
    CHECK(top[0].name == QStringLiteral("Alpha"));
    CHECK(top[0].totalMinor == 150000);
    CHECK(top[1].name == QStringLiteral("Delta"));
    const QList<CustomerPurchases> all = value.topCustomers(upTo(), 3, &status);
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == QStringLiteral("Beta"));
    CHECK(all[0].first == QDate(2024, 1, 15));

    const QList<ChurnRisk> risks = value.churnRisks(upTo(), 0, &status);
    REQUIRE(risks.size() == 1);
    CHECK(risks[0].purchases.name == QStringLiteral("Beta"));
    CHECK(risks[0].daysSinceLast == 380);
    CHECK(risks[0].averageGapDays == 152.0);
    CHECK(risks[0].riskRatio() == 2.5);

    const QList<CustomerFlowMonth> flow = value.customerFlow(upTo(), &status);
    REQUIRE(flow.size() == 12);
    qint64 newTotal = 0;
    qint64 lostTotal = 0;
    for (const CustomerFlowMonth& m : flow) {
        newTotal += m.newCustomers;
        lostTotal += m.lostCustomers;
    }
    CHECK(newTotal == 2);
    CHECK(lostTotal == 1);
    CHECK(flow[6].month == QStringLiteral("2025-01"));
    CHECK(flow[6].newCustomers == 1);
    CHECK(flow[11].newCustomers == 1);
    CHECK(flow[11].lostCustomers == 1);

    ReportFilter ben = upTo();
    ben.ownerId = 2;
    CHECK(value.topCustomers(ben, 10, &status).size() == 2); // Beta and Delta
}

TEST_CASE("short-term forecast: the open pipeline by expected close month", "[analytics][forecast]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    Status status;
    const Forecast forecast(temp.db(), QDate(2030, 1, 1));
    const QList<PipelineMonth> months = forecast.weightedPipeline(upTo(), 6, &status);
    REQUIRE(status.ok());
    REQUIRE(months.size() == 6);
    CHECK(months[0].month == QStringLiteral("2025-06"));
    CHECK(months[0].count == 1); // expected 2025-06-10, still open: this month
    CHECK(months[0].amountMinor == 40000);
    CHECK(months[0].weightedMinor == 12000);
    CHECK(months[1].count == 1);
    CHECK(months[1].weightedMinor == 40000);
    CHECK(months[5].month == QStringLiteral("2025-11"));
    CHECK(months[5].count == 0);

    const QList<std::pair<QString, qint64>> history = forecast.monthlyRevenue(upTo(), &status);
    REQUIRE(history.size() == 28); // 2023-02 .. 2025-05
    CHECK(history.first() == std::pair{QStringLiteral("2023-02"), qint64(10000)});
    CHECK(history.last() == std::pair{QStringLiteral("2025-05"), qint64(0)});
    qint64 total = 0;
    for (const auto& month : history)
        total += month.second;
    CHECK(total == 10000 + 90000 + 200000 + 100000 + 50000);

    const RevenueForecast ahead = forecast.revenueForecast(upTo(), 12, &status);
    REQUIRE(ahead.months.size() == 40);
    CHECK(ahead.months[28].month == QStringLiteral("2025-06"));
    CHECK(ahead.months[28].isForecast);
    CHECK(ahead.model.seasonalModel);
    const ReportTable table = DashboardTables::forecast(ahead);
    CHECK(table.rows.size() == 40);
    CHECK(table.rows[39][1].toString() == QStringLiteral("forecast"));
}
