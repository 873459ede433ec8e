// Change capture covers every table: the schema walk fails when a table is neither synced nor deliberately
// kept per copy.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/SyncSchema.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

int captureTriggers(Database& db, const QString& table) {
    Statement s(db.handle(),
                "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1 AND "
                "name LIKE 'sync_capture_%'");
    s.bind(1, table);
    return s.next() ? static_cast<int>(s.int64(0)) : 0;
}

qint64 logCount(Database& db) {
    Statement s(db.handle(), "SELECT count(*) FROM sync_log");
    return s.next() ? s.int64(0) : -1;
}

} // namespace

TEST_CASE("sync: every table of the schema is tracked or deliberately local", "[sync]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    const sync::SyncSchema schema = sync::SyncSchema::read(db.handle());
    INFO("tables that cannot sync: " << schema.unsupported().join(QStringLiteral(", ")).toStdString());
    CHECK(schema.unsupported().isEmpty());

    QStringList virtualTables;
    Statement vt(db.handle(),
                 "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'");
    while (vt.next())
        virtualTables << vt.text(0);
    Statement all(db.handle(), "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    int tracked = 0;
    while (all.next()) {
        const QString table = all.text(0);
        INFO("table " << table.toStdString());
        if (sync::SyncSchema::isLocalOnly(table, virtualTables)) {
            // Local tables are only bookkeeping: meta, the import history, sync itself, full-text indexes and
            // the derived tag index.
            const bool known = table == u"meta" || table.startsWith(QStringLiteral("import_run")) ||
                               table.startsWith(QStringLiteral("sync_")) ||
                               table.startsWith(QStringLiteral("sqlite_")) ||
                               table.contains(QStringLiteral("_search")) || table == u"customer_tags";
            CHECK(known);
            CHECK(captureTriggers(db, table) == 0);
            continue;
        }
        CHECK(schema.table(table) != nullptr);
        CHECK(captureTriggers(db, table) == 3);
        ++tracked;
    }
    CHECK(tracked >= 5); // users, customers, contacts, interactions, tasks, and whatever came later
}

TEST_CASE("sync: a table added by a later migration is tracked automatically", "[sync]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    REQUIRE(Statement(db.handle(),
                      "CREATE TABLE widgets (id INTEGER PRIMARY KEY, label TEXT, created_at TEXT, "
                      "updated_at TEXT)")
                .exec()
                .ok());
    REQUIRE(sync::installChangeCapture(db.handle()).ok());
    CHECK(captureTriggers(db, QStringLiteral("widgets")) == 3);
    const qint64 before = logCount(db);
    REQUIRE(Statement(db.handle(), "INSERT INTO widgets (id, label) VALUES (7, 'x')").exec().ok());
    REQUIRE(Statement(db.handle(), "UPDATE widgets SET label = 'y' WHERE id = 7").exec().ok());
    REQUIRE(Statement(db.handle(), "UPDATE widgets SET label = 'y' WHERE id = 7").exec().ok()); // no change
    REQUIRE(Statement(db.handle(), "DELETE FROM widgets WHERE id = 7").exec().ok());
    CHECK(logCount(db) == before + 3);
    Statement u(db.handle(), "SELECT op, vals FROM sync_log WHERE tbl = 'widgets' ORDER BY seq");
    REQUIRE(u.next());
    CHECK(u.text(0) == u"I");
    REQUIRE(u.next());
    CHECK(u.text(0) == u"U");
    CHECK(u.text(1) == u"{\"label\":\"y\"}");
    REQUIRE(u.next());
    CHECK(u.text(0) == u"D");

    // A table without a primary key cannot sync: the schema walk names it.
    REQUIRE(Statement(db.handle(), "CREATE TABLE loose (label TEXT)").exec().ok());
    CHECK(sync::SyncSchema::read(db.handle()).unsupported() == QStringList{QStringLiteral("loose")});
}
