// rapport-cli rules run, promotion list/apply, partner, and the generic verbs on the new entities.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace rapport::test;

namespace {

struct Cli {
    QStringList base;
    CliResult run(const QStringList& arguments) const { return runCli(base + arguments); }
    QString add(const QStringList& arguments) const {
        const CliResult added = run(QStringList{QStringLiteral("add")} + arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return added.out.trimmed();
    }
};

QJsonDocument json(const CliResult& result) {
    return QJsonDocument::fromJson(result.out.toUtf8());
}

} // namespace

TEST_CASE("rapport-cli rules run fires once per event and logs the firing", "[cli][automation]") {
    QTemporaryDir dir;
    const Cli cli{{QStringLiteral("--db"), dir.filePath(QStringLiteral("rules.db"))}};
    const QString anna = cli.add({QStringLiteral("user"), QStringLiteral("name=Anna")});
    const QString customer = cli.add({QStringLiteral("customer"), QStringLiteral("name=Silent Ltd"),
                                      QStringLiteral("status=active"), QStringLiteral("owner_id=") + anna});
    const QString rule = cli.add({QStringLiteral("rule"), QStringLiteral("name=Gone quiet"),
                                  QStringLiteral("event=no_interaction"), QStringLiteral("days=30")});
    cli.add({QStringLiteral("rule_condition"), QStringLiteral("rule_id=") + rule,
             QStringLiteral("field=status"), QStringLiteral("operator=equals"),
             QStringLiteral("value=active")});
    cli.add({QStringLiteral("rule_action"), QStringLiteral("rule_id=") + rule,
             QStringLiteral("kind=create_task"), QStringLiteral("value=Call"), QStringLiteral("days=2")});

    const CliResult first = cli.run({QStringLiteral("rules"), QStringLiteral("run"), QStringLiteral("--date"),
                                     QStringLiteral("2099-06-01"), QStringLiteral("--json")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonArray firings = json(first).object().value(QStringLiteral("firings")).toArray();
    REQUIRE(firings.size() == 1);
    const QJsonObject firing = firings.first().toObject();
    CHECK(QString::number(firing.value(QStringLiteral("record_id")).toInteger()) == customer);
    CHECK(firing.value(QStringLiteral("rule")).toString() == QStringLiteral("Gone quiet"));
    CHECK(firing.value(QStringLiteral("record_name")).toString() == QStringLiteral("Silent Ltd"));
    CHECK(firing.value(QStringLiteral("outcome")).toString().endsWith(QStringLiteral("for Anna")));

    const CliResult again = cli.run({QStringLiteral("rules"), QStringLiteral("run"), QStringLiteral("--date"),
                                     QStringLiteral("2099-07-01")});
    CHECK(again.exitCode == 0);
    CHECK(again.out == QStringLiteral("1 rules evaluated, 0 fired\n"));
    const CliResult log =
        cli.run({QStringLiteral("list"), QStringLiteral("rule_firing"), QStringLiteral("--json")});
    REQUIRE(json(log).array().size() == 1);
    CHECK(json(log)
              .array()
              .first()
              .toObject()
              .value(QStringLiteral("event_key"))
              .toString()
              .startsWith(QStringLiteral("silence since ")));
    const CliResult tasks =
        cli.run({QStringLiteral("list"), QStringLiteral("task"), QStringLiteral("--json")});
    REQUIRE(json(tasks).array().size() == 1);
    CHECK(json(tasks).array().first().toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Call — Silent Ltd"));

    // A condition written with the generic verbs that names no field: the rule is skipped with a warning.
    cli.add({QStringLiteral("rule_condition"), QStringLiteral("rule_id=") + rule,
             QStringLiteral("field=colour"), QStringLiteral("operator=equals"), QStringLiteral("value=red")});
    const CliResult skipped = cli.run({QStringLiteral("rules"), QStringLiteral("run")});
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.err.contains(
        QStringLiteral("Rule “Gone quiet” was skipped: Condition 2: “colour” is not a field")));
    CHECK(cli.run({QStringLiteral("rules"), QStringLiteral("run"), QStringLiteral("--date"),
                   QStringLiteral("2099-13-01")})
              .exitCode == 2);
    CHECK(cli.run({QStringLiteral("rules"), QStringLiteral("walk")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("rules"), QStringLiteral("--help")}).out.contains(QStringLiteral("Usage")));
}

TEST_CASE("rapport-cli lists the promotions a quote may have and applies one", "[cli][automation]") {
    QTemporaryDir dir;
    const Cli cli{{QStringLiteral("--db"), dir.filePath(QStringLiteral("promo.db"))}};
    const QString customer = cli.add({QStringLiteral("customer"), QStringLiteral("name=Buyer Ltd")});
    const QString product =
        cli.add({QStringLiteral("product"), QStringLiteral("code=LIC"), QStringLiteral("name=Licence"),
                 QStringLiteral("price_minor=24000"), QStringLiteral("tax_rate_bp=2000")});
    const QString promotion =
        cli.add({QStringLiteral("promotion"), QStringLiteral("name=Licences 12.5 %"),
                 QStringLiteral("percent_bp=1250"), QStringLiteral("valid_from=2020-01-01"),
                 QStringLiteral("valid_until=2099-12-31")});
    cli.add({QStringLiteral("promotion_product"), QStringLiteral("promotion_id=") + promotion,
             QStringLiteral("product_id=") + product});
    cli.add({QStringLiteral("promotion"), QStringLiteral("name=Expired"), QStringLiteral("percent_bp=5000"),
             QStringLiteral("valid_from=2020-01-01"), QStringLiteral("valid_until=2020-12-31")});
    const CliResult created = cli.run({QStringLiteral("quote"), QStringLiteral("new"), customer});
    REQUIRE(created.exitCode == 0);
    const QString quote = created.out.trimmed();
    REQUIRE(cli.run({QStringLiteral("quote"), QStringLiteral("line"), quote, product, QStringLiteral("3")})
                .exitCode == 0);

    const CliResult listed = cli.run({QStringLiteral("promotion"), QStringLiteral("list"),
                                      QStringLiteral("--quote"), quote, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(json(listed).array().size() == 1);
    CHECK(json(listed).array().first().toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Licences 12.5 %"));
    CHECK(cli.run({QStringLiteral("promotion"), QStringLiteral("list"), QStringLiteral("--customer"),
                   customer, QStringLiteral("--date"), QStringLiteral("2020-06-01")})
              .out.contains(QStringLiteral("Expired")));

    const CliResult applied =
        cli.run({QStringLiteral("promotion"), QStringLiteral("apply"), quote, promotion});
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out == QStringLiteral("1 lines discounted\n"));
    // 3 × 240.00 = 720.00 − 12.5 % = 630.00; tax 20 % = 126.00; total 756.00.
    const QJsonObject got =
        json(cli.run({QStringLiteral("get"), QStringLiteral("quote"), quote, QStringLiteral("--json")}))
            .object();
    CHECK(got.value(QStringLiteral("subtotal_minor")).toInteger() == 63000);
    CHECK(got.value(QStringLiteral("tax_minor")).toInteger() == 12600);
    CHECK(got.value(QStringLiteral("total_minor")).toInteger() == 75600);

    const CliResult refused =
        cli.run({QStringLiteral("promotion"), QStringLiteral("apply"), quote, QStringLiteral("12345")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("There is no promotion with id 12345.")));
    CHECK(cli.run({QStringLiteral("promotion"), QStringLiteral("list")}).exitCode == 2);
}

TEST_CASE("rapport-cli partner sums the partner's pipeline and won revenue", "[cli][automation]") {
    QTemporaryDir dir;
    const Cli cli{{QStringLiteral("--db"), dir.filePath(QStringLiteral("partner.db"))}};
    const QString org = cli.add({QStringLiteral("customer"), QStringLiteral("name=Reseller SA")});
    cli.add({QStringLiteral("contact"), QStringLiteral("first_name=Ana"), QStringLiteral("last_name=Ruiz"),
             QStringLiteral("customer_id=") + org});
    const QString partner = cli.add({QStringLiteral("partner"), QStringLiteral("customer_id=") + org,
                                     QStringLiteral("commission_bp=1000"), QStringLiteral("level=gold")});
    const QString end = cli.add({QStringLiteral("customer"), QStringLiteral("name=End Ltd")});
    const QString pipeline = cli.add({QStringLiteral("pipeline"), QStringLiteral("name=Sales")});
    const QString open = cli.add({QStringLiteral("stage"), QStringLiteral("pipeline_id=") + pipeline,
                                  QStringLiteral("name=Proposal")});
    const QString won =
        cli.add({QStringLiteral("stage"), QStringLiteral("pipeline_id=") + pipeline,
                 QStringLiteral("name=Won"), QStringLiteral("outcome=won"), QStringLiteral("position=1")});
    const auto deal = [&](const char* title, const QString& stage, const char* amount, const char* status) {
        cli.add({QStringLiteral("opportunity"), QStringLiteral("title=") + QString::fromLatin1(title),
                 QStringLiteral("customer_id=") + end, QStringLiteral("pipeline_id=") + pipeline,
                 QStringLiteral("stage_id=") + stage,
                 QStringLiteral("amount_minor=") + QString::fromLatin1(amount),
                 QStringLiteral("status=") + QString::fromLatin1(status),
                 QStringLiteral("partner_id=") + partner});
    };
    deal("A", won, "120000", "won");
    deal("B", won, "33333", "won");
    deal("C", open, "50000", "open");
    const CliResult summary = cli.run({QStringLiteral("partner"), partner, QStringLiteral("--json")});
    INFO(summary.err.toStdString());
    REQUIRE(summary.exitCode == 0);
    const QJsonObject s = json(summary).object();
    CHECK(s.value(QStringLiteral("name")).toString() == QStringLiteral("Reseller SA"));
    CHECK(s.value(QStringLiteral("contacts")).toArray().first().toString() == QStringLiteral("Ana Ruiz"));
    CHECK(s.value(QStringLiteral("won_minor")).toObject().value(QStringLiteral("EUR")).toInteger() == 153333);
    CHECK(s.value(QStringLiteral("commission_minor")).toObject().value(QStringLiteral("EUR")).toInteger() ==
          15333);
    const QJsonArray stages = s.value(QStringLiteral("pipeline")).toArray();
    REQUIRE(stages.size() == 1);
    CHECK(stages.first().toObject().value(QStringLiteral("stage")).toString() == QStringLiteral("Proposal"));
    CHECK(stages.first().toObject().value(QStringLiteral("count")).toInt() == 1);
    const CliResult text = cli.run({QStringLiteral("partner"), partner});
    CHECK(text.out.contains(QStringLiteral("Won revenue: 1,533.33 EUR")));
    CHECK(cli.run({QStringLiteral("partner"), end}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("list"), QStringLiteral("case")}).exitCode == 0);
}
