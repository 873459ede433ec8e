// A bulk load large enough, into empty search tables, builds them on a second thread in a scratch file beside
// the database and takes them in at finish() (storage/SearchSideBuild.h). These tests run the same load that
// way and in place and compare what the search tables hold.
#include "TestSupport.h"
#include "search/SearchService.h"
#include "storage/BulkLoad.h"
#include "storage/ConsistencyCheck.h"
#include "storage/Database.h"
#include "storage/SearchSideBuild.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>

using namespace rapport;

namespace {

qint64 insertCustomer(Database& db, qint64 id, const QString& name, const QString& city) {
    Statement insert(db.handle(), "INSERT INTO customers (id, name, sort_key, billing_city, tags) "
                                  "VALUES (?1, ?2, ?3, ?4, 'vip; Łódź')");
    insert.bind(1, id).bind(2, name).bind(3, name.toLower()).bind(4, city);
    REQUIRE(insert.exec().ok());
    return id;
}

void insertContact(Database& db, qint64 customer, int i) {
    Statement insert(db.handle(),
                     "INSERT INTO contacts (id, customer_id, first_name, last_name, emails, phones, "
                     "notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, db.ids().next()).bind(2, customer);
    insert.bind(3, i % 3 == 0 ? QStringLiteral("Ελένη") : QStringLiteral("Jan"));
    insert.bind(4, QStringLiteral("Kowalski-%1").arg(i));
    insert.bind(5, QStringLiteral("person%1@example.com").arg(i));
    insert.bind(6, QStringLiteral("+48 12 555 %1").arg(i, 4, 10, QLatin1Char('0')));
    if (i % 7 != 0)
        insert.bind(7, QStringLiteral("met at the fair\ncall back"));
    REQUIRE(insert.exec().ok());
}

// Every search table's documents, as "table: document" lines in order (the ids differ from one database to
// another; that each entry belongs to a record is ConsistencyCheck's part).
QStringList searchRows(Database& db) {
    QStringList rows;
    for (const char* table : {"customer_search", "contact_search"}) {
        Statement read(db.handle(),
                       QStringLiteral("SELECT doc FROM %1").arg(QLatin1String(table)).toStdString());
        while (read.next())
            rows << QStringLiteral("%1: %2").arg(QLatin1String(table), read.text(0));
    }
    rows.sort();
    return rows;
}

QStringList scratchFiles(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("rapport-search-*")}, QDir::Files);
}

// The same load either way: customers and contacts written in three rounds with a hand-over after each, then
// a rename and a delete of records already handed over, and a customer written last with an early id.
void load(Database& db, qint64 expectedRows, bool finish) {
    Transaction transaction(db.handle());
    BulkLoad bulk(db, {QStringLiteral("customers"), QStringLiteral("contacts")}, expectedRows);
    REQUIRE(bulk.status().ok());
    // The scratch file exists exactly when the index is built beside the database.
    const bool beside = expectedRows >= BulkLoad::sideSearchBuildFrom;
    CHECK(scratchFiles(QFileInfo(db.path()).absolutePath()).size() == (beside ? 1 : 0));
    CHECK(bulk.buildsSearchBeside() == beside);
    const qint64 earlyId = db.ids().next();
    QList<qint64> customers;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 300; ++i) {
            const int n = round * 300 + i;
            const qint64 id = insertCustomer(db, db.ids().next(), QStringLiteral("Firma %1").arg(n),
                                             n % 2 ? QStringLiteral("Kraków") : QStringLiteral("Αθήνα"));
            customers << id;
            insertContact(db, id, n);
            insertContact(db, id, n + 100000);
        }
        bulk.indexNewRows();
    }
    Statement rename(db.handle(),
                     "UPDATE customers SET name = 'Zakład Renamed', kind = 'organisation' WHERE id = ?1");
    REQUIRE(rename.bind(1, customers[5]).exec().ok());
    Statement remove(db.handle(), "DELETE FROM customers WHERE id = ?1");
    REQUIRE(remove.bind(1, customers[6]).exec().ok());
    insertCustomer(db, earlyId, QStringLiteral("Late Arrival"), QStringLiteral("Gdańsk"));
    if (!finish)
        return; // cancelled: no finish(), no commit
    const Status finished = bulk.finish();
    INFO(finished.message().toStdString());
    REQUIRE(finished.ok());
    REQUIRE(transaction.commit().ok());
}

} // namespace

TEST_CASE("a large bulk load builds the search index beside the database and takes it in whole",
          "[bulkload]") {
    test::TempDatabase inPlace;
    load(inPlace.db(), 20000, true);
    test::TempDatabase beside;
    load(beside.db(), BulkLoad::sideSearchBuildFrom, true);

    const QStringList expected = searchRows(inPlace.db());
    REQUIRE(expected.size() == 900 + 1798); // a customer deleted with its two contacts, one added late
    const QStringList actual = searchRows(beside.db());
    QStringList differences;
    for (const QString& row : actual)
        if (!expected.contains(row))
            differences << QStringLiteral("only beside: ") + row;
    for (const QString& row : expected)
        if (!actual.contains(row))
            differences << QStringLiteral("only in place: ") + row;
    INFO(differences.mid(0, 10).join(QLatin1Char('\n')).toStdString());
    CHECK(differences.isEmpty());
    CHECK(scratchFiles(beside.dir()).isEmpty());
    INFO(ConsistencyCheck::run(beside.db()).join(QLatin1Char('\n')).toStdString());
    CHECK(ConsistencyCheck::run(beside.db()).isEmpty()); // FTS5's integrity-check among others

    SearchService search(beside.db());
    CHECK(search.search(QStringLiteral("zaklad renamed"), 10).size() == 3); // the customer and its contacts
    CHECK(search.search(QStringLiteral("late arrival"), 10).size() == 1);
    CHECK(search.search(QStringLiteral("kowalski-3"), 2000).size() == 1 + 10 + 100); // -3, -3x and -3xx

    // The taken-in table goes on like any other: ordinary writes, deletes and merges keep it sound.
    Database& db = beside.db();
    for (int i = 0; i < 50; ++i)
        insertCustomer(db, db.ids().next(), QStringLiteral("Nowa %1").arg(i), QStringLiteral("Poznań"));
    Statement remove(db.handle(), "DELETE FROM customers WHERE name LIKE 'Firma 1%'");
    REQUIRE(remove.exec().ok());
    REQUIRE(Statement(db.handle(), "INSERT INTO customer_search (customer_search) VALUES ('optimize')")
                .exec()
                .ok());
    CHECK(search.search(QStringLiteral("poznan"), 100).size() == 50);
    CHECK(search.search(QStringLiteral("firma 123"), 2000).isEmpty());
    CHECK(ConsistencyCheck::run(db).isEmpty());
}

TEST_CASE("a cancelled large bulk load leaves no scratch file and the database as it was", "[bulkload]") {
    test::TempDatabase temp;
    load(temp.db(), BulkLoad::sideSearchBuildFrom, false);
    CHECK(scratchFiles(temp.dir()).isEmpty());
    CHECK(searchRows(temp.db()).isEmpty());
    Statement count(temp.db().handle(),
                    "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM contacts)");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 0);
    CHECK(ConsistencyCheck::run(temp.db()).isEmpty());
}

TEST_CASE("documents the side build cannot take at once wait in a file and are all indexed, in order",
          "[bulkload]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    QString createSql;
    {
        Statement read(db.handle(), "SELECT sql FROM sqlite_schema WHERE name = 'customer_search'");
        REQUIRE(read.next());
        createSql = read.text(0);
    }
    constexpr int batches = 120;
    constexpr int perBatch = 50;
    {
        // No batch may wait in memory: every one goes through the file, and the file starts again whenever
        // the builder has read everything in it (the pauses let it catch up now and then).
        SearchSideBuild side(temp.dir(), {QStringLiteral("customer_search")}, {createSql}, 0);
        REQUIRE(side.status().ok());
        side.spillToFile();
        qint64 id = 1;
        for (int b = 0; b < batches; ++b) {
            SearchSideBuild::Documents documents;
            for (int i = 0; i < perBatch; ++i, ++id) {
                const std::string text = "firma " + std::to_string(id) + (id % 2 ? " krakow" : " αθηνα");
                documents.entries.push_back({id, documents.bytes.size(), text.size(), false});
                documents.bytes += text;
            }
            REQUIRE(side.add(0, std::move(documents)));
            if (b % 30 == 29)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        CHECK(QDir(temp.dir()).entryList({QStringLiteral("rapport-search-*.spill")}, QDir::Files).size() ==
              1);
        const Status finished = side.finish();
        INFO(finished.message().toStdString());
        REQUIRE(finished.ok());
        Transaction transaction(db.handle());
        REQUIRE(Statement(db.handle(), "DROP TABLE customer_search").exec().ok());
        REQUIRE(Statement(db.handle(), createSql.toStdString()).exec().ok());
        REQUIRE(side.takeInto(db.handle(), QStringLiteral("customer_search")).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(scratchFiles(temp.dir()).isEmpty()); // the scratch file and the spill file are gone
    const auto count = [&](const char* sql) {
        Statement statement(db.handle(), sql);
        return statement.next() ? statement.int64(0) : -1;
    };
    CHECK(count("SELECT count(*) FROM customer_search") == batches * perBatch);
    CHECK(count("SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"rak\"'") ==
          batches * perBatch / 2);
    CHECK(count("SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"θην\"'") ==
          batches * perBatch / 2);
    qint64 with599 = 0;
    for (int id = 1; id <= batches * perBatch; ++id)
        with599 += std::to_string(id).find("599") != std::string::npos ? 1 : 0;
    CHECK(count("SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"599\"'") == with599);
    // Every document under its own id, in the order the batches came.
    CHECK(count("SELECT count(*) FROM customer_search WHERE doc <> 'firma ' || rowid || "
                "CASE rowid % 2 WHEN 1 THEN ' krakow' ELSE ' αθηνα' END") == 0);
    REQUIRE(Statement(db.handle(), "INSERT INTO customer_search (customer_search) VALUES ('integrity-check')")
                .exec()
                .ok());
}
