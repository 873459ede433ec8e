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
} // namespace

TEST_CASE("rapport-cli creates, lists, changes and deletes records", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    const QStringList base{QStringLiteral("--db"), db};

    REQUIRE(runCli(base + QStringList{QStringLiteral("init")}).exitCode == 0);
    CHECK(runCli(base + QStringList{QStringLiteral("init")}).exitCode == 1); // exists already

    const CliResult user =
        runCli(base + QStringList{QStringLiteral("add"), QStringLiteral("user"),
                                  QStringLiteral("name=Ola Nowak"), QStringLiteral("email=ola@x.pl")});
    REQUIRE(user.exitCode == 0);
    const QString userId = user.out.trimmed();
    CHECK(runCli(base + QStringList{QStringLiteral("me"), userId}).exitCode == 0);
    CHECK(runCli(base + QStringList{QStringLiteral("me")}).out.contains(QStringLiteral("Ola Nowak")));

    const CliResult added = runCli(
        base + QStringList{QStringLiteral("add"), QStringLiteral("customer"),
                           QStringLiteral("name=Zakład Kraków"), QStringLiteral("status=active"),
                           QStringLiteral("owner_id=") + userId, QStringLiteral("emails=biuro@zaklad.pl")});
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    REQUIRE(id.toLongLong() > 0);

    const CliResult listed = runCli(
        base + QStringList{QStringLiteral("list"), QStringLiteral("customer"), QStringLiteral("--where"),
                           QStringLiteral("status=active"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = json(listed).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Zakład Kraków"));
    CHECK(QString::number(rows.first().toObject().value(QStringLiteral("id")).toInteger()) ==
          id); // exact 63-bit id

    REQUIRE(runCli(base + QStringList{QStringLiteral("update"), QStringLiteral("customer"), id,
                                      QStringLiteral("phones=+48 12 555 01 99")})
                .exitCode == 0);
    const CliResult got = runCli(
        base + QStringList{QStringLiteral("get"), QStringLiteral("customer"), id, QStringLiteral("--json")});
    CHECK(json(got).object().value(QStringLiteral("phones")).toString() ==
          QStringLiteral("+48 12 555 01 99"));

    const CliResult found = runCli(
        base + QStringList{QStringLiteral("search"), QStringLiteral("krakow"), QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    const QJsonArray hits = json(found).array();
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().toObject().value(QStringLiteral("entity")).toString() == QStringLiteral("customer"));
    CHECK(hits.first().toObject().value(QStringLiteral("email")).toString() ==
          QStringLiteral("biuro@zaklad.pl"));

    const CliResult stats = runCli(base + QStringList{QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(json(stats)
              .object()
              .value(QStringLiteral("counts"))
              .toObject()
              .value(QStringLiteral("customers"))
              .toInt() == 1);
    CHECK(runCli(base + QStringList{QStringLiteral("check")}).exitCode == 0);

    REQUIRE(runCli(base + QStringList{QStringLiteral("delete"), QStringLiteral("customer"), id}).exitCode ==
            0);
    CHECK(runCli(base + QStringList{QStringLiteral("get"), QStringLiteral("customer"), id}).exitCode == 1);
}

TEST_CASE("rapport-cli says what is wrong and where, with the documented exit codes", "[cli]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    const QStringList base{QStringLiteral("--db"), db};

    const CliResult invalid =
        runCli(base + QStringList{QStringLiteral("add"), QStringLiteral("customer"),
                                  QStringLiteral("name=Acme"), QStringLiteral("emails=nope")});
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("emails")));
    CHECK(invalid.err.contains(QStringLiteral("nope")));
    CHECK(runCli(base + QStringList{QStringLiteral("add"), QStringLiteral("customer"),
                                    QStringLiteral("colour=red"), QStringLiteral("name=x")})
              .exitCode == 1);
    CHECK(runCli(base + QStringList{QStringLiteral("list"), QStringLiteral("spaceships")}).exitCode == 2);
    CHECK(runCli(base + QStringList{QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli(base + QStringList{QStringLiteral("get"), QStringLiteral("customer"), QStringLiteral("abc")})
              .exitCode == 2);
    CHECK(runCli(base +
                 QStringList{QStringLiteral("add"), QStringLiteral("customer"), QStringLiteral("justtext")})
              .exitCode == 2);

    for (const QString& command :
         {QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("list"), QStringLiteral("get"),
          QStringLiteral("add"), QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("search"),
          QStringLiteral("stats"), QStringLiteral("check"), QStringLiteral("me")}) {
        const CliResult help = runCli(base + QStringList{command, QStringLiteral("--help")});
        INFO(command.toStdString());
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage")));
    }

    // A file that is not a Rapport database: exit 1, a clear message, the file untouched.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
    }
    const QByteArray before = readBytes(text);
    const CliResult refused = runCli({QStringLiteral("--db"), text, QStringLiteral("stats")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not a Rapport database")));
    CHECK(readBytes(text) == before);
}

TEST_CASE("rapport-cli demo makes the same data from the same seed", "[cli]") {
    QTemporaryDir dir;
    QStringList digests;
    for (const QString& name : {QStringLiteral("a.db"), QStringLiteral("b.db")}) {
        const QStringList base{QStringLiteral("--db"), dir.filePath(name)};
        REQUIRE(
            runCli(base + QStringList{QStringLiteral("demo"), QStringLiteral("--customers"),
                                      QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode == 0);
        const CliResult customers = runCli(
            base + QStringList{QStringLiteral("list"), QStringLiteral("customer"), QStringLiteral("--limit"),
                               QStringLiteral("0"), QStringLiteral("--json")});
        QStringList names;
        for (const QJsonValue& row : json(customers).array())
            names << row.toObject().value(QStringLiteral("name")).toString();
        CHECK(names.size() == 300);
        digests << names.join(QLatin1Char('\n'));
        CHECK(runCli(base + QStringList{QStringLiteral("check")}).exitCode == 0);
    }
    CHECK(digests.at(0) == digests.at(1));
}
