// rapport-cli and the sales rules: the letterhead settings, a lead added or imported is assigned by the
// rules, a user's quota and territory, the stage history from a generic update.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace rapport::test;

namespace {

QJsonDocument json(const CliResult& result) {
    return QJsonDocument::fromJson(result.out.toUtf8());
}

// Runs a command that must succeed and returns what it printed, trimmed.
QString ok(const QStringList& base, const QStringList& arguments) {
    const CliResult result = runCli(base + arguments);
    INFO((arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.err).toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out.trimmed();
}

} // namespace

TEST_CASE("rapport-cli settings: the letterhead is listed, set, checked and refused with exit codes",
          "[cli]") {
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--db"), dir.filePath(QStringLiteral("cli.db"))};
    ok(base, {QStringLiteral("init")});
    ok(base, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company_name"),
              QStringLiteral("Nordlicht GmbH")});
    ok(base, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company_website"),
              QStringLiteral("www.nordlicht.example")});
    CHECK(ok(base, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company_name")}) ==
          QStringLiteral("Nordlicht GmbH"));
    const QJsonObject all = json(runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("list"),
                                                           QStringLiteral("--json")}))
                                .object();
    CHECK(all.value(QStringLiteral("company_website")).toString() == QStringLiteral("www.nordlicht.example"));
    CHECK(all.contains(QStringLiteral("quote_terms")));
    CHECK(all.contains(QStringLiteral("company_logo")));

    // A bad value: exit 1, says what, nothing changed. An unknown key: exit 2.
    const CliResult badMail =
        runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                  QStringLiteral("company_email"), QStringLiteral("nope")});
    CHECK(badMail.exitCode == 1);
    CHECK(badMail.err.contains(QStringLiteral("nope")));
    CHECK(ok(base, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company_email")})
              .isEmpty());
    CHECK(runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("colour"), QStringLiteral("red")})
              .exitCode == 2);
    // The logo from an image file; a text file is refused.
    const QString notImage = dir.filePath(QStringLiteral("logo.txt"));
    QFile text(notImage);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("hello");
    text.close();
    const CliResult refused = runCli(base + QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                                        QStringLiteral("company_logo"), notImage});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("logo.txt")));
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    QFile image(png);
    REQUIRE(image.open(QIODevice::WriteOnly));
    image.write(QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
    image.close();
    ok(base, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company_logo"), png});
    CHECK(ok(base, {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("company_logo")})
              .contains(QStringLiteral("bytes")));
}

TEST_CASE("rapport-cli: users with quota and territory, leads assigned when added or imported, stage history",
          "[cli]") {
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--db"), dir.filePath(QStringLiteral("cli.db"))};
    ok(base, {QStringLiteral("init")});
    const QString anna = ok(base, {QStringLiteral("add"), QStringLiteral("user"), QStringLiteral("name=Anna"),
                                   QStringLiteral("team=inside"), QStringLiteral("country=DE")});
    const QString ben = ok(base, {QStringLiteral("add"), QStringLiteral("user"), QStringLiteral("name=Ben")});
    // The quota and territory of a user, through update user.
    ok(base, {QStringLiteral("update"), QStringLiteral("user"), ben, QStringLiteral("team=inside"),
              QStringLiteral("quota_minor=12000000"), QStringLiteral("quota_period=year"),
              QStringLiteral("region=Bayern")});
    const QJsonObject benJson = json(runCli(base + QStringList{QStringLiteral("get"), QStringLiteral("user"),
                                                               ben, QStringLiteral("--json")}))
                                    .object();
    CHECK(benJson.value(QStringLiteral("quota_minor")).toInteger() == 12000000);
    CHECK(benJson.value(QStringLiteral("quota_period")).toString() == QStringLiteral("year"));
    CHECK(benJson.value(QStringLiteral("region")).toString() == QStringLiteral("Bayern"));
    const CliResult badPeriod = runCli(base + QStringList{QStringLiteral("update"), QStringLiteral("user"),
                                                          ben, QStringLiteral("quota_period=week")});
    CHECK(badPeriod.exitCode == 1);
    CHECK(badPeriod.err.contains(QStringLiteral("quota_period")));

    ok(base, {QStringLiteral("add"), QStringLiteral("assignment_rule"), QStringLiteral("name=Inside"),
              QStringLiteral("kind=round_robin"), QStringLiteral("team=inside")});
    // A lead added on the command line goes to a rep at once, with a task.
    const QString lead = ok(base, {QStringLiteral("add"), QStringLiteral("lead"),
                                   QStringLiteral("last_name=Huber"), QStringLiteral("source=fair")});
    const QJsonObject leadJson = json(runCli(base + QStringList{QStringLiteral("get"), QStringLiteral("lead"),
                                                                lead, QStringLiteral("--json")}))
                                     .object();
    CHECK(QString::number(leadJson.value(QStringLiteral("owner_id")).toInteger()) == anna);
    const QJsonArray tasks =
        json(runCli(base + QStringList{QStringLiteral("list"), QStringLiteral("task"),
                                       QStringLiteral("--where"), QStringLiteral("assignee_id=") + anna,
                                       QStringLiteral("--json")}))
            .array();
    CHECK(tasks.size() == 1);

    // Imported leads too, round robin going on.
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Last name,Company,E-mail\nKlein,,eva@klein.example\nRoth,Roth AG,lea@roth.example\n");
    file.close();
    const CliResult imported =
        runCli(base + QStringList{QStringLiteral("import"), QStringLiteral("leads"), csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("2 new leads assigned")));
    CHECK(json(runCli(base + QStringList{QStringLiteral("list"), QStringLiteral("lead"),
                                         QStringLiteral("--where"), QStringLiteral("owner_id=") + ben,
                                         QStringLiteral("--json")}))
              .array()
              .size() == 1);
    // Bulk reassignment.
    QStringList ids;
    for (const QJsonValue& row :
         json(runCli(base +
                     QStringList{QStringLiteral("list"), QStringLiteral("lead"), QStringLiteral("--json")}))
             .array())
        ids << QString::number(row.toObject().value(QStringLiteral("id")).toInteger());
    REQUIRE(ids.size() == 3);
    ok(base, QStringList{QStringLiteral("lead"), QStringLiteral("reassign"), ben} + ids);
    CHECK(json(runCli(base + QStringList{QStringLiteral("list"), QStringLiteral("lead"),
                                         QStringLiteral("--where"), QStringLiteral("owner_id=") + ben,
                                         QStringLiteral("--json")}))
              .array()
              .size() == 3);

    // The stage history from a generic update and from opportunity move, one visit each.
    const QString pipeline =
        ok(base, {QStringLiteral("add"), QStringLiteral("pipeline"), QStringLiteral("name=New business")});
    QStringList stageIds;
    for (const char* name : {"Qualification", "Proposal", "Negotiation"})
        stageIds << ok(base, {QStringLiteral("add"), QStringLiteral("stage"),
                              QStringLiteral("pipeline_id=") + pipeline,
                              QStringLiteral("name=") + QLatin1String(name),
                              QStringLiteral("position=%1").arg(stageIds.size())});
    const QString deal =
        ok(base, {QStringLiteral("add"), QStringLiteral("opportunity"), QStringLiteral("title=Terminals"),
                  QStringLiteral("pipeline_id=") + pipeline, QStringLiteral("stage_id=") + stageIds[0]});
    ok(base, {QStringLiteral("update"), QStringLiteral("opportunity"), deal,
              QStringLiteral("stage_id=") + stageIds[1]});
    ok(base, {QStringLiteral("opportunity"), QStringLiteral("move"), deal, stageIds[2]});
    const QString history = ok(base, {QStringLiteral("opportunity"), QStringLiteral("history"), deal});
    INFO(history.toStdString());
    CHECK(history.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 3);
}
