// rapport-cli alerts and cross-sell end to end: list, snooze, dismiss, settings, the report names, and the
// messages for bad input.
#include "CliRunner.h"
#include "TestSupport.h"

#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test;

namespace {

QStringList names(std::initializer_list<const char*> texts) {
    QStringList result;
    for (const char* text : texts)
        result << QString::fromUtf8(text);
    return result;
}

void sql(Database& db, std::string_view text, const QVariantList& values = {}) {
    const Status done = sales::exec(db.handle(), text, values);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

// Me (user 11) with an overdue task and a deal closing in 3 days, at 2026-06-15 12:00 UTC; two customers
// who bought A with B, and a third who bought A and, on another quote, C.
void build(Database& db) {
    sql(db, "INSERT INTO users (id, name) VALUES (11, 'Me'), (12, 'Other')");
    REQUIRE(db.setMeta(QStringLiteral("me_user_id"), QStringLiteral("11")).ok());
    sql(db, "INSERT INTO customers (id, name, owner_id) VALUES (21, 'Acme', 11), (22, 'Beta', 11), "
            "(23, 'Gamma', 12)");
    sql(db, "INSERT INTO pipelines (id, name) VALUES (1, 'Sales')");
    sql(db, "INSERT INTO stages (id, pipeline_id, name) VALUES (1, 1, 'Open')");
    sql(db,
        "INSERT INTO opportunities (id, title, customer_id, pipeline_id, stage_id, expected_close, owner_id, "
        "created_at) VALUES (31, 'Fleet', 21, 1, 1, '2026-06-18', 11, '2026-06-14T09:00:00Z')");
    sql(db, "INSERT INTO tasks (id, customer_id, assignee_id, title, due_at) VALUES "
            "(101, 21, 11, 'Send brochure', '2026-06-14T09:00:00Z')");
    sql(db, "INSERT INTO products (id, code, name) VALUES (1, 'A', 'Alpha'), (2, 'B', 'Bravo'), (3, 'C', "
            "'Charlie')");
    int line = 200;
    for (const auto& [quote, customer, codes] :
         {std::tuple{41, 21, names({"A", "B"})}, std::tuple{42, 22, names({"A", "B"})},
          std::tuple{43, 23, names({"A"})}, std::tuple{44, 23, names({"C"})}}) {
        sql(db,
            "INSERT INTO quotes (id, number, year, sequence, customer_id, status, issue_date) VALUES "
            "(?1, 'Q-' || ?1, 2026, ?1, ?2, 'accepted', '2026-01-01')",
            {quote, customer});
        for (const QString& code : codes)
            sql(db, "INSERT INTO quote_lines (id, quote_id, code) VALUES (?1, ?2, ?3)",
                {++line, quote, code});
    }
}

QStringList keys(const CliResult& result) {
    QStringList found;
    for (const QJsonValue& alert : QJsonDocument::fromJson(result.out.toUtf8()).array())
        found << alert.toObject().value(QStringLiteral("key")).toString();
    return found;
}

} // namespace

TEST_CASE("rapport-cli alerts lists, snoozes, dismisses and keeps thresholds", "[cli][alerts]") {
    TempDatabase temp;
    build(temp.db());
    const QStringList base{QStringLiteral("--db"), temp.path(), QStringLiteral("alerts"),
                           QStringLiteral("--at"), QStringLiteral("2026-06-15T12:00:00Z")};

    const CliResult listed = runCli(base + QStringList{QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(keys(listed) == names({"task_overdue:101", "closing_soon:31"}));
    const QJsonObject closing = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(1).toObject();
    CHECK(closing.value(QStringLiteral("days")).toInt() == 3);
    CHECK(closing.value(QStringLiteral("entity")).toString() == QStringLiteral("opportunity"));
    CHECK(closing.value(QStringLiteral("title")).toString() == QStringLiteral("Fleet"));

    // The other user has none; an unknown user is refused.
    CHECK(keys(runCli(base +
                      QStringList{QStringLiteral("--user"), QStringLiteral("12"), QStringLiteral("--json")}))
              .isEmpty());
    const CliResult nobody = runCli(base + QStringList{QStringLiteral("--user"), QStringLiteral("99")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("there is no user 99")));

    const CliResult snoozed = runCli(base + QStringList{QStringLiteral("snooze"), QStringLiteral("101"),
                                                        QStringLiteral("--days"), QStringLiteral("2")});
    INFO(snoozed.err.toStdString());
    REQUIRE(snoozed.exitCode == 0);
    CHECK(snoozed.out.contains(QStringLiteral("task_overdue:101 snoozed until 2026-06-17T12:00:00Z")));
    REQUIRE(
        runCli(base + QStringList{QStringLiteral("dismiss"), QStringLiteral("closing_soon:31")}).exitCode ==
        0);
    CHECK(keys(runCli(base + QStringList{QStringLiteral("--json")})).isEmpty());
    const CliResult text = runCli(base + QStringList{QStringLiteral("--all")});
    CHECK(text.out.contains(QStringLiteral("snoozed")));
    CHECK(text.out.contains(QStringLiteral("dismissed")));
    // Two days later the snooze is over.
    QStringList later = base;
    later[4] = QStringLiteral("2026-06-17T13:00:00Z");
    CHECK(keys(runCli(later + QStringList{QStringLiteral("--json")})) == names({"task_overdue:101"}));

    const CliResult bad = runCli(base + QStringList{QStringLiteral("snooze"), QStringLiteral("101")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("either --days N or --until DATE")));
    const CliResult unknown = runCli(base + QStringList{QStringLiteral("dismiss"), QStringLiteral("555")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no alert “555”")));

    // Settings: shown, changed, refused out of range with the data left as it was.
    REQUIRE(
        runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("closing_days=2")}).exitCode ==
        0);
    CHECK(runCli(base + QStringList{QStringLiteral("settings")})
              .out.contains(QStringLiteral("closing_days = 2")));
    const CliResult range =
        runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("stale_days=0")});
    CHECK(range.exitCode == 1);
    CHECK(range.err.contains(QStringLiteral("between 1 and 3650")));
    CHECK(runCli(base + QStringList{QStringLiteral("settings")})
              .out.contains(QStringLiteral("stale_days = 21")));
    const CliResult typo = runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("stale=3")});
    CHECK(typo.exitCode == 2);
    CHECK(typo.err.contains(QStringLiteral("“stale=3” is not SETTING=NUMBER")));

    // `report alerts --owner` is the same list.
    const CliResult report =
        runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("report"), QStringLiteral("alerts"),
                QStringLiteral("--owner"), QStringLiteral("11"), QStringLiteral("--at"),
                QStringLiteral("2026-06-17T13:00:00Z"), QStringLiteral("--csv")});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.startsWith(QStringLiteral("key,state,title,detail\n")));
    CHECK(report.out.contains(QStringLiteral("task_overdue:101,active,Send brochure,")));
}

TEST_CASE("rapport-cli cross-sell prints rules and a customer's suggestions", "[cli][crosssell]") {
    TempDatabase temp;
    build(temp.db());
    const QStringList base{QStringLiteral("--db"), temp.path()};
    // 4 baskets: {A,B} twice, {A}, {C}: n(A) = 3, n(B) = 2, n(A,B) = 2. B->A: support 0.5, confidence 1,
    // lift 1 / (3/4) = 1.3333; A->B: confidence 2/3, lift 2/3 / (2/4) = 1.3333.
    const CliResult rules = runCli(base + QStringList{QStringLiteral("cross-sell"), QStringLiteral("--csv")});
    INFO(rules.err.toStdString());
    REQUIRE(rules.exitCode == 0);
    CHECK(rules.out == QStringLiteral("if,then,together,support,confidence,lift\n"
                                      "B,A,2,0.5000,1.0000,1.3333\nA,B,2,0.5000,0.6667,1.3333\n"));
    const CliResult json = runCli(
        base + QStringList{QStringLiteral("report"), QStringLiteral("cross-sell"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(array.size() == 2);
    CHECK(array.at(0).toObject().value(QStringLiteral("baskets")).toInt() == 4);
    CHECK(array.at(1).toObject().value(QStringLiteral("confidence")).toDouble() == Approx(2.0 / 3.0));
    // Gamma owns A and C: B, because of Alpha. Beta owns A and B: nothing left to offer.
    const CliResult gamma =
        runCli(base + QStringList{QStringLiteral("cross-sell"), QStringLiteral("--customer"),
                                  QStringLiteral("23"), QStringLiteral("--json")});
    REQUIRE(gamma.exitCode == 0);
    const QJsonArray offered = QJsonDocument::fromJson(gamma.out.toUtf8()).array();
    REQUIRE(offered.size() == 1);
    CHECK(offered.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("B"));
    CHECK(offered.at(0).toObject().value(QStringLiteral("because")).toString() == QStringLiteral("Alpha"));
    const CliResult none =
        runCli(base + QStringList{QStringLiteral("cross-sell"), QStringLiteral("--customer"),
                                  QStringLiteral("22"), QStringLiteral("--json")});
    REQUIRE(none.exitCode == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());
    const CliResult missing = runCli(
        base + QStringList{QStringLiteral("cross-sell"), QStringLiteral("--customer"), QStringLiteral("77")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("there is no customer 77")));
    const CliResult wrong = runCli(base + QStringList{QStringLiteral("report"), QStringLiteral("nope")});
    CHECK(wrong.exitCode == 2);
}
