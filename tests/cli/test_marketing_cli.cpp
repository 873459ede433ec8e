// segment and campaign commands, end to end through the real rapport-cli.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace rapport::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

struct Cli {
    QTemporaryDir dir;
    QStringList base{s("--db"), dir.filePath(s("marketing.db"))};
    CliResult run(const QStringList& arguments) const { return runCli(base + arguments); }
    QString add(const QStringList& arguments) const {
        const CliResult added = run(QStringList{s("add")} + arguments);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return added.out.trimmed();
    }
};

} // namespace

TEST_CASE("rapport-cli segment and campaign: count, freeze, launch, export, responses, stats",
          "[cli][marketing]") {
    Cli cli;
    REQUIRE(cli.run({s("init")}).exitCode == 0);
    const QString owner = cli.add({s("user"), s("name=Ann Owner"), s("email=ann@shop.example")});
    cli.add({s("contact"), s("first_name=Jane"), s("last_name=Doe"), s("emails=jane@acme.example"),
             s("consent_email=1")});
    cli.add({s("contact"), s("first_name=John"), s("last_name=Roe"), s("emails=john@acme.example"),
             s("consent_email=0")});
    cli.add({s("contact"), s("first_name=Zoë"), s("last_name=Ünal"), s("emails=zoe@bolt.example"),
             s("consent_email=1")});
    cli.add({s("suppression"), s("email=zoe@bolt.example"), s("reason=request")});

    const QString segment =
        cli.add({s("segment"), s("name=Named J"), s("entity=contact"),
                 s(R"(criteria={"rules":[{"field":"first_name","operator":"starts_with","value":"J"}]})")});
    CHECK(cli.run({s("segment"), s("count"), segment}).out.trimmed() == s("2"));
    CHECK(cli.run({s("segment"), s("count"), s("--entity"), s("contact"), s("--criteria"),
                   s(R"({"rules":[{"field":"consent_email","operator":"is_true"}]})")})
              .out.trimmed() == s("2"));
    const CliResult bad = cli.run({s("segment"), s("count"), s("--entity"), s("contact"), s("--criteria"),
                                   s(R"({"rules":[{"field":"shoe_size","operator":"eq","value":3}]})")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(s("shoe_size")));

    const QString everyone = cli.add({s("segment"), s("name=Everyone"), s("entity=contact")});
    const QString campaign =
        cli.add({s("campaign"), s("name=Spring"), s("channel=email"), s("owner_id=") + owner,
                 s("actual_cost_minor=20000"), s("subject_template=Hello {first_name}"),
                 s("body_template=Dear {first_name} {last_name},\nspring is here.")});
    cli.add({s("campaign_segment"), s("campaign_id=") + campaign, s("segment_id=") + everyone});

    const CliResult launched = cli.run({s("campaign"), s("launch"), campaign});
    INFO(launched.err.toStdString());
    REQUIRE(launched.exitCode == 0);
    CHECK(launched.out.contains(s("Added 1 members")));
    CHECK(launched.out.contains(s("left out 1 without consent")));
    CHECK(launched.out.contains(s("1 on the suppression list")));
    CHECK(cli.run({s("campaign"), s("launch"), campaign}).out.contains(s("Added 0 members")));

    const QString out = cli.dir.filePath(s("out"));
    const CliResult exported = cli.run({s("campaign"), s("export"), campaign, out, s("--format"), s("eml")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(QDir(out).entryList({s("*.eml")}).size() == 1);
    const CliResult pdf = cli.run({s("campaign"), s("export"), campaign, out, s("--format"), s("pdf")});
    INFO(pdf.err.toStdString());
    REQUIRE(pdf.exitCode == 0);
    QFile letters(out + s("/letters.pdf"));
    REQUIRE(letters.open(QIODevice::ReadOnly));
    CHECK(letters.readAll().startsWith("%PDF"));
    CHECK(cli.run({s("campaign"), s("export"), campaign, out, s("--format"), s("fax")}).exitCode == 2);

    const QString report = cli.dir.filePath(s("report.csv"));
    {
        QFile file(report);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("email,status\njane@acme.example,click\nnobody@x.example,open\n");
    }
    const CliResult responses = cli.run({s("campaign"), s("responses"), campaign, report});
    REQUIRE(responses.exitCode == 0);
    CHECK(responses.out.contains(s("1 matched")));
    CHECK(responses.err.contains(s("line 3")));

    const CliResult stats = cli.run({s("campaign"), s("stats"), campaign, s("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    CHECK(json.value(s("audience")).toInt() == 1);
    CHECK(json.value(s("sent")).toInt() == 1);
    CHECK(json.value(s("responses")).toInt() == 1);
    CHECK(json.value(s("response_rate_bp")).toInt() == 10000);
    CHECK(json.value(s("cost_per_response_minor")).toInt() == 20000);
    CHECK(json.value(s("excluded_consent")).toInt() == 1);
    CHECK(cli.run({s("campaign"), s("stats"), campaign}).out.contains(s("Responses: 1")));
    CHECK(cli.run({s("campaign"), s("compare")}).out.contains(s("Spring")));

    // The generic verbs know the new entities.
    CHECK(cli.run({s("list"), s("campaign_members"), s("--where"), s("campaign_id=") + campaign})
              .out.contains(s("jane@acme.example")));
    CHECK(cli.run({s("segment"), s("freeze"), segment}).out.contains(s("2 members")));
    CHECK(cli.run({s("get"), s("segment"), segment}).out.contains(s("static")));
    CHECK(cli.run({s("campaign"), s("launch"), s("999")}).exitCode == 1);
}
