// rapport-cli report: the dashboards' numbers as text, CSV and JSON, with filters and clear usage errors.
#include "AnalyticsFixture.h"
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapport;

namespace {

test::CliResult report(const QString& db, const QStringList& arguments) {
    return test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("report")} + arguments);
}

} // namespace

TEST_CASE("report prints every dashboard dataset as CSV, JSON and text", "[cli][analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    const QString db = temp.path();

    test::CliResult result = report(db, {QStringLiteral("pipeline"), QStringLiteral("--csv")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == QStringLiteral("stage_id,pipeline,stage,outcome,count,amount,weighted\n"
                                       "101,New business,Qualification,open,1,400.00,120.00\n"
                                       "102,New business,Proposal,open,1,800.00,400.00\n"
                                       "103,New business,Won,won,6,5100.00,5100.00\n"
                                       "104,New business,Lost,lost,2,1000.00,0.00\n"));

    result = report(db, {QStringLiteral("revenue"), QStringLiteral("--to"), QStringLiteral("2025-06-30"),
                         QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray months = QJsonDocument::fromJson(result.out.toUtf8()).array();
    REQUIRE(months.size() == 12);
    CHECK(months.last().toObject().value(QStringLiteral("month")).toString() == QStringLiteral("2025-06"));
    CHECK(months.last().toObject().value(QStringLiteral("won")).toInteger() == 60000);
    CHECK(months.last().toObject().value(QStringLiteral("previous_year")).toInteger() == 200000);

    result = report(db, {QStringLiteral("win-rates"), QStringLiteral("--owner"), QStringLiteral("2"),
                         QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray reps = QJsonDocument::fromJson(result.out.toUtf8()).array();
    REQUIRE(reps.size() == 1);
    CHECK(reps.first().toObject().value(QStringLiteral("win_rate")).toDouble() == 0.75);

    result = report(db, {QStringLiteral("rfm"), QStringLiteral("--to"), QStringLiteral("2025-06-30"),
                         QStringLiteral("--csv")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("at_risk,At risk,1,2900.00,380.0000\n")));

    result = report(db, {QStringLiteral("top-customers"), QStringLiteral("--from"),
                         QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-06-30")});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header, Alpha, Delta
    CHECK(lines[1].contains(QStringLiteral("Alpha")));
    CHECK(lines[2].contains(QStringLiteral("Delta")));

    result = report(db, {QStringLiteral("churn"), QStringLiteral("--to"), QStringLiteral("2025-06-30"),
                         QStringLiteral("--csv")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("11,Beta,2,2900.00,2024-06-15,380,152.0000,2.5000\n")));

    result = report(db, {QStringLiteral("campaigns"), QStringLiteral("--csv")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(
        QStringLiteral("601,Spring mailing,email,2025-03-01,5,4,2,1,0.5000,0.2500,200.00,1500.00,6.5000\n")));

    result = report(db, {QStringLiteral("sources"), QStringLiteral("--csv")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("web,2,2,1,1,1,1000.00,0.5000\n")));

    result = report(db, {QStringLiteral("clv"), QStringLiteral("--to"), QStringLiteral("2025-06-30"),
                         QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray values = QJsonDocument::fromJson(result.out.toUtf8()).array();
    REQUIRE(values.size() == 4);
    CHECK(values.first().toObject().value(QStringLiteral("lifetime_value")).toInteger() == 300000);

    result = report(db, {QStringLiteral("forecast"), QStringLiteral("--to"), QStringLiteral("2025-06-30"),
                         QStringLiteral("--csv")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 41); // header, 28 + 12 months
    CHECK(result.out.contains(QStringLiteral("2025-05,actual,0.00,,\n")));
    CHECK(result.out.contains(QStringLiteral("2026-05,forecast,")));

    result = report(db, {QStringLiteral("campaign-converters"), QStringLiteral("--csv")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Piotr Nowak")));
}

TEST_CASE("report refuses bad names, dates and owners with a clear message", "[cli][analytics]") {
    test::TempDatabase temp;
    const QString db = temp.path();
    test::CliResult result = report(db, {QStringLiteral("nonsense")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("unknown report “nonsense”")));
    CHECK(result.err.contains(QStringLiteral("top-customers")));
    result = report(db, {QStringLiteral("pipeline"), QStringLiteral("--from"), QStringLiteral("2025-13-01")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--from: “2025-13-01” is not a date")));
    result = report(db, {QStringLiteral("pipeline"), QStringLiteral("--from"), QStringLiteral("2025-02-01"),
                         QStringLiteral("--to"), QStringLiteral("2025-01-01")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("is after")));
    result = report(db, {QStringLiteral("pipeline"), QStringLiteral("--owner"), QStringLiteral("x")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--owner: “x” is not a user id")));
    result = report(db, {QStringLiteral("pipeline"), QStringLiteral("--json"), QStringLiteral("--csv")});
    CHECK(result.exitCode == 2);
    result = report(db, {QStringLiteral("pipeline")});
    CHECK(result.exitCode == 0); // an empty database: the header only
}
