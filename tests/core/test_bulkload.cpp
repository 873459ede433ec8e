#include "TestSupport.h"
#include "search/SearchService.h"
#include "storage/BulkJournal.h"
#include "storage/BulkLoad.h"
#include "storage/ConsistencyCheck.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

int indexCount(Database& db, const char* table) {
    Statement query(
        db.handle(),
        "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL");
    query.bind(1, QString::fromLatin1(table));
    return query.next() ? static_cast<int>(query.int64(0)) : -1;
}

// Every trigger of the database, as its SQL.
QStringList triggers(Database& db) {
    Statement query(db.handle(), "SELECT sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name");
    QStringList all;
    while (query.next())
        all << query.text(0);
    return all;
}

qint64 pragma(Database& db, const char* sql) {
    Statement query(db.handle(), sql);
    return query.next() ? query.int64(0) : -1;
}

void insertCustomers(Database& db, int count) {
    Statement insert(db.handle(),
                     "INSERT INTO customers (id, name, sort_key, billing_city) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < count; ++i) {
        const QString name = i == 7 ? QStringLiteral("Łódzka Hurtownia") : QStringLiteral("Firma %1").arg(i);
        insert.bind(1, db.ids().next())
            .bind(2, name)
            .bind(3, name.toLower())
            .bind(4, QStringLiteral("Kraków"));
        REQUIRE(insert.exec().ok());
    }
}

} // namespace

TEST_CASE("a bulk load indexes its rows for search and rebuilds the indexes it dropped", "[bulkload]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    const int indexesBefore = indexCount(db, "customers");
    const QStringList triggersBefore = triggers(db);
    const qint64 tempStoreBefore = pragma(db, "PRAGMA temp_store");
    const qint64 cacheBefore = pragma(db, "PRAGMA cache_size");
    {
        Transaction transaction(db.handle());
        BulkLoad bulk(db, {QStringLiteral("customers")}, 20000);
        INFO(bulk.status().message().toStdString());
        REQUIRE(bulk.status().ok());
        CHECK(indexCount(db, "customers") == 0); // dropped while loading an empty table
        // The insert triggers that skip the load's rows are gone meanwhile; the others stay.
        const QStringList during = triggers(db);
        const qsizetype skipping = triggersBefore.filter(QStringLiteral("rapport_bulk() = 0")).size();
        CHECK(skipping >= 40); // search, sync capture of every id-keyed table, derived data
        CHECK(during.filter(QStringLiteral("rapport_bulk() = 0")).isEmpty());
        CHECK(during.size() == triggersBefore.size() - skipping);
        insertCustomers(db, 2000);
        REQUIRE(bulk.finish().ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(indexCount(db, "customers") == indexesBefore);
    CHECK(triggers(db) == triggersBefore);
    // The rebuilds sorted through temporary files in small runs; the connection's own settings are back.
    CHECK(pragma(db, "PRAGMA temp_store") == tempStoreBefore);
    CHECK(pragma(db, "PRAGMA cache_size") == cacheBefore);
    CHECK(pragma(db, "PRAGMA threads") == 0);
    const QList<SearchHit> hits = SearchService(db).search(QStringLiteral("lodzka"), 10);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().name == QStringLiteral("Łódzka Hurtownia"));
    CHECK(SearchService(db).search(QStringLiteral("krakow"), 5000).size() == 2000);
    CHECK(ConsistencyCheck::run(db).isEmpty());

    // After the load, ordinary inserts index themselves again.
    Statement insert(db.handle(),
                     "INSERT INTO customers (id, name, sort_key) VALUES (?1, 'Zebra Works', 'zebra works')");
    insert.bind(1, db.ids().next());
    REQUIRE(insert.exec().ok());
    CHECK(SearchService(db).search(QStringLiteral("zebra"), 10).size() == 1);
}

TEST_CASE("a cancelled bulk load leaves schema, rows and search index as they were", "[bulkload]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    const int indexesBefore = indexCount(db, "customers");
    const QStringList triggersBefore = triggers(db);
    {
        Transaction transaction(db.handle());
        BulkLoad bulk(db, {QStringLiteral("customers")}, 20000);
        insertCustomers(db, 500);
        // No finish(), no commit: the job was cancelled.
    }
    CHECK_FALSE(db.isBulkLoading());
    CHECK(indexCount(db, "customers") == indexesBefore);
    CHECK(triggers(db) == triggersBefore);
    Statement count(db.handle(),
                    "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM customer_search)");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 0);
    CHECK(ConsistencyCheck::run(db).isEmpty());
}

TEST_CASE("a bulk load keeps the indexes its rows arrive in the order of", "[bulkload]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    Transaction transaction(db.handle());
    BulkLoad bulk(db, {QStringLiteral("customers")}, 20000, {QStringLiteral("customers_by_owner")});
    REQUIRE(bulk.status().ok());
    CHECK(indexCount(db, "customers") == 1); // the kept one; the others are rebuilt by finish()
    insertCustomers(db, 300);
    REQUIRE(bulk.finish().ok());
    REQUIRE(transaction.commit().ok());
    CHECK(ConsistencyCheck::run(db).isEmpty());
}

TEST_CASE("a bulk job writes through a rollback journal only while it has the file to itself", "[bulkload]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    const auto journalMode = [](sqlite3* handle) {
        Statement mode(handle, "PRAGMA journal_mode");
        return mode.next() ? mode.text(0) : QString();
    };
    REQUIRE(journalMode(db.handle()) == QStringLiteral("wal"));
    {
        const BulkJournal journal(db.handle());
        CHECK(journal.switched());
        CHECK(journalMode(db.handle()) == QStringLiteral("delete"));
        Transaction transaction(db.handle());
        insertCustomers(db, 50);
        REQUIRE(transaction.commit().ok());
    }
    CHECK(journalMode(db.handle()) == QStringLiteral("wal"));

    // A second connection (the desktop program's, beside a worker's) keeps the file in WAL for readers.
    Database other;
    REQUIRE(other.open(db.path()).ok());
    {
        const BulkJournal journal(db.handle());
        CHECK_FALSE(journal.switched());
        CHECK(journalMode(db.handle()) == QStringLiteral("wal"));
    }
    Statement count(other.handle(), "SELECT count(*) FROM customers");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 50);
}
