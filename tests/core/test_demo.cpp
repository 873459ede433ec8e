#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/TextFold.h"
#include "sync/SyncFunctions.h"

#include <QCryptographicHash>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

DemoOptions options(qint64 customers, quint64 seed = 1) {
    DemoOptions result;
    result.customers = customers;
    result.seed = seed;
    result.today = QDate(2025, 6, 16);
    return result;
}

qint64 scalar(Database& db, const char* sql) {
    Statement query(db.handle(), sql);
    REQUIRE(query.next());
    return query.int64(0);
}

// A digest of every table's rows in id order, leaving out the ids themselves (they carry the clock).
QByteArray digest(Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT * FROM users ORDER BY id", "SELECT * FROM customers ORDER BY id",
                            "SELECT * FROM contacts ORDER BY id", "SELECT * FROM interactions ORDER BY id",
                            "SELECT * FROM tasks ORDER BY id"}) {
        Statement query(db.handle(), sql);
        while (query.next()) {
            for (int column = 0; column < query.columnCount(); ++column) {
                const QString name = query.columnName(column);
                if (name == QLatin1String("id") || name.endsWith(QLatin1String("_id")))
                    continue;
                const std::string_view text = query.utf8(column);
                hash.addData(QByteArrayView(query.isNull(column) ? "\x01" : "\x02"));
                hash.addData(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
                hash.addData(QByteArrayView("\x1f"));
            }
        }
        REQUIRE(query.status().ok());
    }
    return hash.result();
}

QStringList texts(Database& db, const char* sql) {
    QStringList out;
    Statement query(db.handle(), sql);
    while (query.next())
        out << query.text(0);
    return out;
}

} // namespace

TEST_CASE("demo data is the same for the same seed and date", "[demo]") {
    test::TempDatabase first;
    test::TempDatabase second;
    test::TempDatabase other;
    DemoGenerator generator;
    REQUIRE(generator.generate(first.db(), options(400, 7)).ok());
    REQUIRE(generator.generate(second.db(), options(400, 7)).ok());
    REQUIRE(generator.generate(other.db(), options(400, 8)).ok());
    CHECK(digest(first.db()) == digest(second.db()));
    CHECK(digest(first.db()) != digest(other.db()));
    CHECK(scalar(first.db(), "SELECT count(*) FROM interactions") ==
          scalar(second.db(), "SELECT count(*) FROM interactions"));
}

TEST_CASE("demo data has plausible counts, formats and consistent dates", "[demo]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    DemoGenerator generator;
    qint64 lastDone = -1;
    const Status status = generator.generate(db, options(2000), [&](qint64 done, qint64 total) {
        CHECK(total == 2000);
        CHECK(done >= lastDone);
        lastDone = done;
        return true;
    });
    REQUIRE(status.ok());
    CHECK(lastDone == 2000);

    // The rows are written with foreign keys unchecked (they are made consistent); every reference must hold,
    // and the connection checks foreign keys again afterwards.
    {
        Statement violations(db.handle(), "PRAGMA foreign_key_check");
        CHECK_FALSE(violations.next());
        CHECK(scalar(db, "PRAGMA foreign_keys") == 1);
    }
    const DemoCounts& counts = generator.counts();
    CHECK(counts.users == 6);
    CHECK(counts.customers == 2000);
    CHECK(scalar(db, "SELECT count(*) FROM customers") == 2000);
    CHECK(scalar(db, "SELECT count(*) FROM contacts") == counts.contacts);
    CHECK(scalar(db, "SELECT count(*) FROM interactions") == counts.interactions);
    CHECK(scalar(db, "SELECT count(*) FROM tasks") == counts.tasks);
    CHECK(counts.contacts > 2000);
    CHECK(counts.contacts < 3400);
    CHECK(counts.interactions > 2 * 2000);
    CHECK(counts.interactions < 4 * 2000);
    CHECK(counts.tasks > 700);
    CHECK(counts.tasks < 1300);
    const qint64 organisations = scalar(db, "SELECT count(*) FROM customers WHERE kind = 'organisation'");
    CHECK(organisations > 1000);
    CHECK(organisations < 1400);
    for (const char* sql :
         {"SELECT count(*) FROM customers WHERE status = 'prospect'",
          "SELECT count(*) FROM customers WHERE status = 'active'",
          "SELECT count(*) FROM customers WHERE status = 'inactive'",
          "SELECT count(*) FROM tasks WHERE done = 1",
          "SELECT count(*) FROM tasks WHERE done = 0 AND due_at < '2025-06-16'",
          "SELECT count(*) FROM tasks WHERE due_at > '2025-06-16'",
          "SELECT count(*) FROM customers WHERE tags LIKE '%; %'",
          "SELECT count(*) FROM contacts WHERE birthday IS NOT NULL",
          "SELECT count(*) FROM contacts WHERE consent_email = 1 AND consent_email_at IS NOT NULL",
          "SELECT count(*) FROM interactions WHERE duration_s > 0 AND channel = 'meeting'"}) {
        INFO(sql);
        CHECK(scalar(db, sql) > 0);
    }

    // Every organisation has 1-3 contacts, every individual 0-1, and every customer an owner.
    CHECK(
        scalar(
            db,
            "SELECT count(*) FROM customers c WHERE (SELECT count(*) FROM contacts WHERE customer_id = c.id) "
            "NOT BETWEEN CASE kind WHEN 'organisation' THEN 1 ELSE 0 END "
            "AND CASE kind WHEN 'organisation' THEN 3 ELSE 1 END") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM customers WHERE owner_id IS NULL") == 0);
    const QString me = db.meta(QStringLiteral("me_user_id"));
    CHECK(scalar(db, "SELECT count(*) FROM users WHERE role = 'manager'") == 1);
    Statement meUser(db.handle(), "SELECT role FROM users WHERE id = ?1");
    meUser.bind(1, me.toLongLong());
    REQUIRE(meUser.next());
    CHECK(meUser.text(0) == QStringLiteral("manager"));

    // Sort keys are the folded names.
    CHECK(scalar(db, "SELECT count(*) FROM customers WHERE sort_key IS NOT rapport_fold(name)") == 0);
    CHECK(scalar(db,
                 "SELECT count(*) FROM contacts WHERE sort_key IS NOT "
                 "trim(rapport_fold(trim(coalesce(last_name, '') || ' ' || coalesce(first_name, ''))))") ==
          0);

    // Formats: ISO UTC date-times, plain dates, "; "-joined lists.
    const char* stamp = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'";
    for (const QString& table : {QStringLiteral("customers"), QStringLiteral("contacts"),
                                 QStringLiteral("interactions"), QStringLiteral("tasks")}) {
        const QByteArray sql =
            QStringLiteral("SELECT count(*) FROM %1 WHERE created_at NOT GLOB %2 OR updated_at "
                           "NOT GLOB %2 OR updated_at < created_at")
                .arg(table, QLatin1String(stamp))
                .toUtf8();
        INFO(sql.constData());
        CHECK(scalar(db, sql.constData()) == 0);
    }
    CHECK(
        scalar(db,
               "SELECT count(*) FROM contacts WHERE birthday IS NOT NULL AND "
               "(birthday NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' OR date(birthday) IS NULL)") ==
        0);
    CHECK(scalar(db,
                 "SELECT count(*) FROM customers WHERE emails NOT LIKE '%_@_%._%' OR emails LIKE '%;%' AND "
                 "emails NOT LIKE '%; %'") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM customers WHERE phones NOT LIKE '+%'") == 0);

    // History: interactions between the customer's creation and "today", reaching back about three years.
    CHECK(scalar(db, "SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id "
                     "WHERE i.occurred_at < c.created_at OR i.occurred_at >= '2025-06-16'") == 0);
    CHECK(scalar(db, "SELECT min(occurred_at) < '2022-09-01' FROM interactions") == 1);
    CHECK(
        scalar(db,
               "SELECT count(*) FROM tasks WHERE done = 1 AND (done_at IS NULL OR done_at > '2025-06-16')") ==
        0);
    CHECK(scalar(db, "SELECT count(*) FROM tasks WHERE done = 0 AND done_at IS NOT NULL") == 0);

    Statement foreignKeys(db.handle(), "PRAGMA foreign_key_check");
    CHECK_FALSE(foreignKeys.next());
    CHECK(foreignKeys.status().ok());
    CHECK(scalar(db, "SELECT count(*) FROM customer_search") == 2000);
    CHECK(scalar(db, "SELECT count(*) FROM contact_search") == counts.contacts);

    // Derived data as the triggers keep it: each customer's latest interaction (written with the customer's
    // row), and one tag row per tag.
    CHECK(scalar(db, "SELECT count(*) FROM customers c WHERE last_interaction_at IS NOT "
                     "(SELECT max(occurred_at) FROM interactions WHERE customer_id = c.id)") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM customers WHERE last_interaction_at IS NOT NULL") > 1000);
    CHECK(scalar(db, "SELECT count(*) FROM customer_tags") ==
          scalar(db, "SELECT count(DISTINCT customer_id || ' ' || lower(tag)) FROM customer_tag_items"));
    CHECK(scalar(db, "SELECT count(*) FROM customer_tags WHERE created_at NOT GLOB "
                     "'2[0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T*Z' OR length(created_at) <> 24") == 0);

    // Sales: every deal's stage visits run from its first stage to its current one, each leaving as the next
    // one starts; quotes add up their lines; every accepted quote is on the customer's ledger.
    CHECK(scalar(db, "SELECT count(*) FROM opportunities") > 300);
    CHECK(scalar(db,
                 "SELECT count(*) FROM opportunities o WHERE o.stage_id IS NOT (SELECT h.stage_id FROM "
                 "opportunity_stage_history h WHERE h.opportunity_id = o.id AND h.left_at IS NULL)") == 0);
    CHECK(
        scalar(db,
               "SELECT count(*) FROM opportunity_stage_history h WHERE h.left_at IS NOT NULL AND NOT "
               "EXISTS (SELECT 1 FROM opportunity_stage_history n WHERE n.opportunity_id = h.opportunity_id "
               "AND n.entered_at = h.left_at)") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM quotes q WHERE subtotal_minor + tax_minor <> total_minor OR NOT "
                     "EXISTS (SELECT 1 FROM quote_lines WHERE quote_id = q.id)") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM quotes q WHERE status = 'accepted' AND NOT EXISTS (SELECT 1 FROM "
                     "ledger_entries e WHERE e.quote_id = q.id AND e.debit_minor = q.total_minor)") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM ledger_entries WHERE kind = 'payment' AND credit_minor > 0") > 0);
}

TEST_CASE("demo data covers every language in its own script", "[demo]") {
    test::TempDatabase temp;
    DemoGenerator generator;
    REQUIRE(generator.generate(temp.db(), options(1500)).ok());
    const QString customers = texts(temp.db(), "SELECT name FROM customers").join(QLatin1Char('\n'));
    const QString people =
        texts(temp.db(), "SELECT first_name || ' ' || last_name FROM contacts").join(QLatin1Char('\n'));
    const QString all = customers + QLatin1Char('\n') + people;
    for (const char* sample :
         {"ł", "ń", "ó", "á", "í", "é", "ñ", "ά", "ή", "ό", "й", "я", "ё", "ی", "ک", "پ"}) {
        INFO(sample);
        CHECK(all.contains(QString::fromUtf8(sample)));
    }
    for (const char* form : {"Sp. z o.o.", " S.A.", "ООО «", " Α.Ε.", " S.L.", " Ltd", "(سهامی خاص)"}) {
        INFO(form);
        CHECK(customers.contains(QString::fromUtf8(form)));
    }
    for (const char* country : {"United Kingdom", "Poland", "Greece", "Russia", "Spain", "Iran"}) {
        INFO(country);
        Statement query(temp.db().handle(), "SELECT count(*) FROM customers WHERE billing_country = ?1");
        query.bindText(1, country);
        REQUIRE(query.next());
        CHECK(query.int64(0) > 50);
    }
    for (const char* prefix : {"+44 ", "+48 ", "+30 ", "+7 ", "+34 ", "+98 "}) {
        INFO(prefix);
        Statement query(temp.db().handle(), "SELECT count(*) FROM customers WHERE phones LIKE ?1 || '%'");
        query.bindText(1, prefix);
        REQUIRE(query.next());
        CHECK(query.int64(0) > 50);
    }
    // Addresses are ASCII even for names in other scripts.
    CHECK(scalar(temp.db(), "SELECT count(*) FROM contacts WHERE emails GLOB '*[^ -~]*'") == 0);
}

TEST_CASE("full-text search finds a generated Greek name by its folded text", "[demo]") {
    test::TempDatabase temp;
    DemoGenerator generator;
    REQUIRE(generator.generate(temp.db(), options(600)).ok());
    Statement greek(temp.db().handle(), "SELECT id, name FROM customers WHERE billing_country = 'Greece' AND "
                                        "kind = 'individual' ORDER BY id LIMIT 1");
    REQUIRE(greek.next());
    const qint64 id = greek.int64(0);
    const QString name = greek.text(1);
    INFO(name.toStdString());
    const QString folded = foldText(name);
    CHECK(folded != name);

    // Found by its folded name, and by its name as written (accents, capitals).
    for (const QString& typed : {folded, name}) {
        Status status;
        const QList<SearchHit> hits = SearchService(temp.db()).search(typed, 50, &status);
        CHECK(status.ok());
        CHECK(std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit& hit) { return hit.id == id; }));
    }
}

TEST_CASE("cancelling the demo generator leaves the database as it was", "[demo]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    const qint64 cacheSize = scalar(db, "PRAGMA cache_size");
    DemoGenerator generator;
    const Status status =
        generator.generate(db, options(3000), [](qint64 done, qint64) { return done < 2500; });
    CHECK_FALSE(status.ok());
    for (const char* table :
         {"users", "customers", "contacts", "interactions", "tasks", "customer_search", "contact_search"}) {
        INFO(table);
        const std::string sql = std::string("SELECT count(*) FROM ") + table;
        CHECK(scalar(db, sql.c_str()) == 0);
    }
    CHECK(db.meta(QStringLiteral("me_user_id")).isEmpty());
    CHECK(scalar(db, "PRAGMA cache_size") == cacheSize);

    // The connection is still usable, and a later run adds to existing users instead of creating more.
    REQUIRE(generator.generate(db, options(50)).ok());
    CHECK(generator.counts().users == 6);
    REQUIRE(generator.generate(db, options(50, 2)).ok());
    CHECK(generator.counts().users == 0);
    CHECK(scalar(db, "SELECT count(*) FROM users") == 6);
    CHECK(scalar(db, "SELECT count(*) FROM customers") == 100);
}

TEST_CASE("sample data in a database with no other copies is the sync baseline, with copies it is recorded",
          "[demo][sync]") {
    const char* logged =
        "SELECT count(*) FROM sync_log WHERE tbl IN ('customers', 'contacts', 'interactions', "
        "'tasks')";
    DemoGenerator generator;
    {
        // No field copy exists yet: a later copy takes these rows with the file, so no change records.
        test::TempDatabase temp;
        Database& db = temp.db();
        REQUIRE(generator.generate(db, options(60)).ok());
        CHECK(scalar(db, logged) == 0);
        CHECK(scalar(db, "SELECT rapport_sync_capture()") == 1);
        // Changes after the load are recorded as usual.
        Statement insert(db.handle(),
                         "INSERT INTO customers (id, name, sort_key) VALUES (?1, 'Later', 'later')");
        insert.bind(1, db.ids().next());
        REQUIRE(insert.exec().ok());
        CHECK(scalar(db, logged) == 1);
    }
    {
        // Another copy is known: every new row must reach it, so each one is recorded.
        test::TempDatabase temp;
        Database& db = temp.db();
        REQUIRE(Statement(db.handle(), "INSERT INTO sync_devices (id, uuid) VALUES (1, 'peer')").exec().ok());
        REQUIRE(generator.generate(db, options(60)).ok());
        const DemoCounts& counts = generator.counts();
        const qint64 expected = counts.customers + counts.contacts + counts.interactions + counts.tasks;
        // Held as runs of ids until a sync reads the log: one written record per table, the rest held.
        CHECK(scalar(db, "SELECT count(*) FROM sync_log WHERE tbl = 'customers'") == 1);
        CHECK(scalar(db, "SELECT count(*) - count(DISTINCT tbl) FROM sync_log WHERE tbl IN ('customers', "
                         "'contacts', 'interactions', 'tasks')") == 0);
        CHECK(scalar(db, "SELECT coalesce(sum(records), 0) FROM sync_bulk_inserts WHERE tbl IN ('customers', "
                         "'contacts', 'interactions', 'tasks')") == expected - scalar(db, logged));
        REQUIRE(sync::expandBulkInserts(db.handle()).ok());
        CHECK(scalar(db, "SELECT count(*) FROM sync_bulk_inserts") == 0);
        CHECK(scalar(db, logged) == expected);
        CHECK(scalar(db, "SELECT count(*) FROM sync_log WHERE tbl = 'customers' AND op = 'I'") == 60);
        CHECK(scalar(db, "SELECT max(seq) - min(seq) + 1 - count(*) FROM sync_log WHERE origin = 0") == 0);
    }
}

TEST_CASE("cancelling the demo generator while it indexes leaves the database as it was", "[demo]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    const char* schema = "SELECT count(*) FROM sqlite_schema WHERE type IN ('index', 'trigger')";
    const qint64 objects = scalar(db, schema);
    DemoGenerator generator;
    qint64 calls = 0;
    bool indexing = false;
    const Status status = generator.generate(db, options(3000), [&](qint64 done, qint64 total) {
        ++calls;
        // The last fifth of the progress is the indexing; stop at its second step.
        if (done >= total - total / 5 && done < total) {
            if (indexing)
                return false;
            indexing = true;
        }
        return true;
    });
    CHECK_FALSE(status.ok());
    CHECK(indexing);
    CHECK(calls > 3);
    CHECK(scalar(db, schema) == objects);
    for (const char* table :
         {"customers", "contacts", "interactions", "tasks", "customer_search", "sync_log"}) {
        INFO(table);
        const std::string sql = std::string("SELECT count(*) FROM ") + table;
        CHECK(scalar(db, sql.c_str()) == 0);
    }
    CHECK_FALSE(db.isBulkLoading());
    CHECK(scalar(db, "SELECT rapport_sync_capture()") == 1);
    REQUIRE(generator.generate(db, options(20)).ok());
    CHECK(scalar(db, "SELECT count(*) FROM customer_search") == 20);
}
