// Every released schema version has a fixture database in tests/data (rapport-schema-N.db, made by that
// version's `rapport-cli demo`). Each must open with today's program, upgrade to the latest schema, and keep
// every record of every table, value for value.
#include "TestSupport.h"
#include "search/SearchService.h"
#include "storage/ConsistencyCheck.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace rapport;

namespace {

// table -> every row rendered as text, for the tables that hold records (not the search index).
QMap<QString, QStringList> readAllRows(sqlite3* db) {
    QMap<QString, QStringList> tables;
    Statement names(db,
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                    "AND name NOT LIKE '%search%' AND name NOT LIKE 'sqlite_%'");
    while (names.next()) {
        const QString table = names.text(0);
        // Each row is rendered after its primary key ("key=..."), which the comparison matches rows by.
        Statement keyColumns(db, "SELECT group_concat(name, ' || ''/'' || ') FROM (SELECT name FROM "
                                 "pragma_table_info(?1) WHERE pk > 0 ORDER BY pk)");
        keyColumns.bind(1, table);
        const QString key =
            keyColumns.next() && !keyColumns.text(0).isEmpty() ? keyColumns.text(0) : QStringLiteral("rowid");
        Statement rows(
            db, QStringLiteral("SELECT %2 AS key, * FROM %1 ORDER BY 1").arg(table, key).toStdString());
        QStringList rendered;
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.columnCount(); ++i)
                cells << rows.columnName(i) + QLatin1Char('=') + rows.text(i);
            rendered << cells.join(QLatin1Char('|'));
        }
        tables.insert(table, rendered);
    }
    return tables;
}

} // namespace

TEST_CASE("databases of every released schema open, upgrade and keep every record", "[migrations]") {
    const QDir fixtures(QStringLiteral(RAPPORT_SOURCE_DIR "/tests/data"));
    const QStringList files =
        fixtures.entryList({QStringLiteral("rapport-schema-*.db")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& file : files) {
        INFO(file.toStdString());
        QTemporaryDir temp;
        const QString path = temp.filePath(file);
        REQUIRE(QFile::copy(fixtures.filePath(file), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QMap<QString, QStringList> before;
        {
            sqlite3* raw = nullptr;
            REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY,
                                    nullptr) == SQLITE_OK);
            before = readAllRows(raw);
            sqlite3_close(raw);
        }
        REQUIRE(before.value(QStringLiteral("customers")).size() > 0);

        Database db;
        const Status opened = db.open(path);
        INFO(opened.message().toStdString());
        REQUIRE(opened.ok());
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
        const QMap<QString, QStringList> after = readAllRows(db.handle());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            INFO(it.key().toStdString());
            // Migrations may add columns and rows (settings in meta); every old row keeps every old value.
            QMap<QString, QStringList> rowsAfter;
            for (const QString& row : after.value(it.key()))
                rowsAfter.insert(row.section(QLatin1Char('|'), 0, 0), row.split(QLatin1Char('|')));
            for (const QString& row : it.value()) {
                const QStringList cells = row.split(QLatin1Char('|'));
                REQUIRE(rowsAfter.contains(cells.first()));
                for (const QString& cell : cells)
                    CHECK(rowsAfter.value(cells.first()).contains(cell));
            }
        }
        CHECK(ConsistencyCheck::run(db).isEmpty());
        // Schema 17 wrote every CHECK over a list of three or more values as comparisons.
        Statement lists(db.handle(), "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                     "rapport_check_comparisons(sql) IS NOT sql");
        REQUIRE(lists.next());
        CHECK(lists.int64(0) == 0);

        // Derived data the upgrade computes (schema 14): each customer's latest interaction and tag items.
        Statement latest(db.handle(),
                         "SELECT count(*) FROM customers c WHERE c.last_interaction_at IS NOT "
                         "(SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id)");
        REQUIRE(latest.next());
        CHECK(latest.int64(0) == 0);
        Statement tags(db.handle(),
                       "SELECT (SELECT count(*) FROM (SELECT customer_id, tag COLLATE NOCASE FROM "
                       "customer_tag_items EXCEPT SELECT customer_id, tag FROM customer_tags)), "
                       "(SELECT count(*) FROM (SELECT customer_id, tag FROM customer_tags EXCEPT "
                       "SELECT customer_id, tag FROM customer_tag_items))");
        REQUIRE(tags.next());
        CHECK(tags.int64(0) == 0);
        CHECK(tags.int64(1) == 0);

        // The search index is rebuilt by the upgrade: every old customer is found by its name.
        Statement names(db.handle(), "SELECT id, name FROM customers ORDER BY id");
        const SearchService search(db);
        while (names.next()) {
            INFO(names.text(1).toStdString());
            const QList<SearchHit> hits = search.search(names.text(1), 1000);
            CHECK(std::any_of(hits.cbegin(), hits.cend(),
                              [&](const SearchHit& hit) { return hit.id == names.int64(0); }));
        }
    }
}

TEST_CASE("an upgrade can be cancelled and leaves the file as it was", "[migrations]") {
    const QString fixture = QStringLiteral(RAPPORT_SOURCE_DIR "/tests/data/rapport-schema-13.db");
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = test::readBytes(path);
    CHECK(Database::needsUpgrade(path));
    CHECK_FALSE(Database::needsUpgrade(temp.filePath(QStringLiteral("missing.db"))));

    std::atomic_bool cancelled{true};
    Database db;
    const Status stopped = db.open(path, &cancelled);
    CHECK_FALSE(stopped.ok());
    CHECK(stopped.message().contains(QStringLiteral("cancelled")));
    CHECK(test::readBytes(path) == before);
    CHECK(Database::needsUpgrade(path));

    cancelled = false;
    REQUIRE(db.open(path, &cancelled).ok());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    db.close();
    CHECK_FALSE(Database::needsUpgrade(path));
}
