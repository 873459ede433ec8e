// rapport-cli import history [--json] and rapport-cli import undo IMPORT_ID [--force], end to end.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace rapport;
using test::runCli;

TEST_CASE("rapport-cli lists the import history and undoes an import", "[cli][import]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("crm.rapport"));
    const QString csv = dir.filePath(QStringLiteral("people.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            "First name,Last name,Company,E-mail\nAnna,Nowak,Acme,anna@acme.pl\nJan,Kos,Acme,jan@acme.pl\n");
    }
    const auto imported = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                  QStringLiteral("contacts"), csv, QStringLiteral("--json")});
    REQUIRE(imported.exitCode == 0);
    const QString id =
        QJsonDocument::fromJson(imported.out.toUtf8()).object().value(QStringLiteral("import_id")).toString();
    REQUIRE_FALSE(id.isEmpty());

    const auto empty =
        runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("history")});
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.out.contains(id));
    CHECK(empty.out.contains(QStringLiteral("people.csv")));

    const auto listed = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                QStringLiteral("history"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray runs = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(runs[0].toObject().value(QStringLiteral("created")).toInt() == 2);
    CHECK(runs[0].toObject().value(QStringLiteral("reverted_at")).isNull());

    const auto undone =
        runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("undo"), id});
    REQUIRE(undone.exitCode == 0);
    CHECK(undone.out.contains(QStringLiteral("3 records deleted"))); // two people and their organisation
    const auto again =
        runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("undo"), id});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already undone")));
    const auto unknown = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("x")});
    CHECK(unknown.exitCode == 2);
    const auto after = runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                               QStringLiteral("history"), QStringLiteral("--json")});
    CHECK_FALSE(QJsonDocument::fromJson(after.out.toUtf8())
                    .array()[0]
                    .toObject()
                    .value(QStringLiteral("reverted_at"))
                    .isNull());
}
