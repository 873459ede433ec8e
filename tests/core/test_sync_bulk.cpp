// Rows of a bulk load (sample data, an import) are recorded for sync in one pass when the load finishes, and
// reach field copies exactly like rows inserted one by one.
#include "test_sync_support.h"

#include "storage/BulkLoad.h"
#include "storage/ConsistencyCheck.h"
#include "storage/Transaction.h"
#include "sync/SyncFunctions.h"
#include "sync/SyncSchema.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

using namespace rapport;
using rapport::test::SyncFixture;

namespace {

// Every row of a table as text, in id order, for comparing two copies.
QStringList rows(Database& db, const QString& table) {
    QStringList all;
    Statement s(db.handle(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table).toStdString());
    while (s.next()) {
        QStringList values;
        for (int i = 0; i < s.columnCount(); ++i)
            values << s.columnName(i) + QLatin1Char('=') + (s.isNull(i) ? QStringLiteral("NULL") : s.text(i));
        all << values.join(QLatin1Char('|'));
    }
    return all;
}

// Customers with one contact each, by plain INSERTs as the importer and the demo generator write them.
QList<qint64> insertCustomers(Database& db, int count, const QString& prefix) {
    Statement customer(db.handle(), "INSERT INTO customers (id, name, sort_key, emails, billing_city, notes) "
                                    "VALUES (?1, ?2, lower(?2), ?3, 'Kraków', ?4)");
    Statement contact(db.handle(), "INSERT INTO contacts (id, customer_id, first_name, last_name, sort_key, "
                                   "consent_email) VALUES (?1, ?2, 'Anna', ?3, lower(?3), 1)");
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        const qint64 id = db.ids().next();
        customer.bind(1, id)
            .bind(2, QStringLiteral("%1 %2").arg(prefix).arg(i))
            .bind(3, QStringLiteral("c%1@%2.example").arg(i).arg(prefix))
            .bind(4, i % 3 == 0 ? QVariant() : QVariant(QStringLiteral("line \"%1\"\n\tnext").arg(i)));
        REQUIRE(customer.exec().ok());
        contact.bind(1, db.ids().next()).bind(2, id).bind(3, QStringLiteral("Nowak %1").arg(i));
        REQUIRE(contact.exec().ok());
        ids << id;
    }
    return ids;
}

qint64 scalar(Database& db, const char* sql) {
    Statement s(db.handle(), sql);
    return s.next() ? s.int64(0) : -1;
}

} // namespace

TEST_CASE("sync: rows of a bulk load reach a field copy like rows inserted one by one", "[sync][bulkload]") {
    SyncFixture f;
    test::addCustomer(f.office(), QStringLiteral("Before"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    const qint64 logBefore = scalar(f.office(), "SELECT count(*) FROM sync_log WHERE origin = 0");

    QList<qint64> loaded;
    {
        Transaction transaction(f.office().handle());
        BulkLoad bulk(f.office(), {QStringLiteral("customers"), QStringLiteral("contacts")}, 20000);
        REQUIRE(bulk.status().ok());
        loaded = insertCustomers(f.office(), 300, QStringLiteral("Bulk"));
        // While loading, the capture triggers leave the new rows to finish().
        CHECK(scalar(f.office(), "SELECT count(*) FROM sync_log WHERE origin = 0") == logBefore);
        const Status finished = bulk.finish();
        INFO(finished.message().toStdString());
        REQUIRE(finished.ok());
        REQUIRE(transaction.commit().ok());
    }
    // The last record of each table is written to the log; the others are held as runs of ids until a sync
    // reads the log. The two tables' ids alternate, so every run holds one id.
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_log WHERE origin = 0") == logBefore + 2);
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_bulk_inserts") == 2);
    CHECK(scalar(f.office(), "SELECT sum(records) FROM sync_bulk_inserts") == 598);
    CHECK(scalar(f.office(), "SELECT sum(length(id_runs)) FROM sync_bulk_inserts") == 598 * 16);
    CHECK(sync::SyncService(f.office()).status().pendingChanges == 600);
    // The records keep no copy of the rows: the image of each is the row itself, every column as the insert
    // trigger writes it (all but the derived last_interaction_at, which every copy computes itself).
    const QJsonObject triggerImage = [&] {
        Statement s(f.office().handle(), "SELECT vals FROM sync_log WHERE origin = 0 AND op = 'I' AND tbl = "
                                         "'customers' AND vals IS NOT NULL");
        REQUIRE(s.next()); // the customer inserted before the load, by its trigger
        return QJsonDocument::fromJson(s.text(0).toUtf8()).object();
    }();
    REQUIRE(triggerImage.contains(QStringLiteral("notes")));
    CHECK_FALSE(triggerImage.contains(QStringLiteral("last_interaction_at")));
    const sync::SyncSchema schema = sync::SyncSchema::read(f.office().handle());
    sync::InsertImages images(f.office().handle(), schema);
    for (const qint64 id : std::as_const(loaded)) {
        const QJsonObject image =
            QJsonDocument::fromJson(images.image(QStringLiteral("customers"), id)).object();
        INFO(QJsonDocument(image).toJson().toStdString());
        CHECK(image.keys() == triggerImage.keys());
        CHECK(image.value(QStringLiteral("id")).toVariant().toLongLong() == id);
        for (const char* column : {"name", "notes", "created_at", "emails"}) {
            INFO(column);
            const QJsonValue value = image.value(QLatin1String(column));
            const QVariant stored = test::field(f.office(), id, QLatin1String(column));
            CHECK(value.isNull() == stored.isNull());
            CHECK(value.toVariant().toString() == stored.toString());
        }
    }
    {
        Statement contacts(f.office().handle(), "SELECT id FROM contacts WHERE customer_id = ?1");
        contacts.bind(1, loaded[3]);
        REQUIRE(contacts.next());
        const QJsonObject contact =
            QJsonDocument::fromJson(images.image(QStringLiteral("contacts"), contacts.value(0))).object();
        CHECK(contact.value(QStringLiteral("consent_email")).toInt() == 1);
        CHECK(contact.contains(QStringLiteral("title"))); // present, as NULL
        CHECK(contact.value(QStringLiteral("title")).isNull());
    }

    // A loaded row deleted before any package went out: its insert still goes (numbers have no gaps), with
    // the row as it was when deleted, and the delete after it.
    {
        Statement remove(f.office().handle(), "DELETE FROM customers WHERE id = ?1");
        REQUIRE(remove.bind(1, loaded[9]).exec().ok());
        const QJsonObject image =
            QJsonDocument::fromJson(images.image(QStringLiteral("customers"), loaded[9])).object();
        CHECK(image.value(QStringLiteral("name")).toString() == QStringLiteral("Bulk 9"));
    }

    // Then ordinary inserts and edits go on recording as before, after the load's numbers.
    const qint64 after = test::addCustomer(f.office(), QStringLiteral("After"));
    test::edit(f.office(), loaded[5], QStringLiteral("phones"), QStringLiteral("+48 12 345 67 89"));
    // (the delete, the insert and the edit, numbered after the load's records)
    const qint64 laterChanges =
        scalar(f.office(), "SELECT count(*) FROM sync_log WHERE origin = 0") - logBefore - 2;
    CHECK(laterChanges >= 3);
    CHECK(scalar(f.office(), "SELECT min(seq) FROM sync_log WHERE origin = 0 AND op = 'D'") ==
          scalar(f.office(), "SELECT max(first_seq + records) FROM sync_bulk_inserts") + 1);

    const sync::ImportResult received = f.send(f.office(), laptop);
    // The export wrote the held records out: one insert record per row, numbered on from the copy's last
    // change without gaps, clocks rising with the numbers, and the changes made after the load after them.
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_bulk_inserts") == 0);
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_log WHERE origin = 0") ==
          logBefore + 600 + laterChanges);
    CHECK(scalar(f.office(), "SELECT max(seq) - min(seq) + 1 - count(*) FROM sync_log WHERE origin = 0") ==
          0);
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_log a JOIN sync_log b ON b.origin = 0 AND b.seq = "
                             "a.seq + 1 WHERE a.origin = 0 AND b.hlc <= a.hlc") == 0);
    CHECK(scalar(f.office(),
                 "SELECT count(*) FROM sync_log WHERE origin = 0 AND op = 'I' AND vals IS NULL") == 600);
    CHECK(scalar(f.office(),
                 "SELECT count(*) FROM sync_log WHERE origin = 0 AND op = 'I' AND vals IS NULL "
                 "AND tbl = 'customers' AND pk IN (SELECT id FROM customers WHERE name LIKE 'Bulk %')") ==
          299); // every loaded customer but the deleted one, by id
    CHECK(received.conflicts == 0);
    CHECK(rows(laptop, QStringLiteral("customers")) == rows(f.office(), QStringLiteral("customers")));
    CHECK(rows(laptop, QStringLiteral("contacts")) == rows(f.office(), QStringLiteral("contacts")));
    CHECK(test::exists(laptop, after));
    CHECK_FALSE(test::exists(laptop, loaded[9]));
    CHECK(
        test::field(laptop, loaded[5], QStringLiteral("phones")).toString().contains(QStringLiteral("345")));

    // And the way back: an edit of a loaded row on the laptop reaches the office.
    test::edit(laptop, loaded[7], QStringLiteral("billing_city"), QStringLiteral("Gdańsk"));
    f.send(laptop, f.office());
    CHECK(test::field(f.office(), loaded[7], QStringLiteral("billing_city")) == QStringLiteral("Gdańsk"));
    CHECK(rows(laptop, QStringLiteral("customers")) == rows(f.office(), QStringLiteral("customers")));

    // Both sides edit loaded rows at once: different fields both survive; the same field is one conflict,
    // settled the same way on both copies (the merge reads the office's insert record through its image).
    test::edit(f.office(), loaded[11], QStringLiteral("billing_city"), QStringLiteral("Poznań"));
    test::edit(laptop, loaded[11], QStringLiteral("notes"), QStringLiteral("seen at the fair"));
    test::edit(f.office(), loaded[12], QStringLiteral("billing_city"), QStringLiteral("Łódź"));
    QThread::msleep(5); // the laptop's edit of the same field is the newer one
    test::edit(laptop, loaded[12], QStringLiteral("billing_city"), QStringLiteral("Wrocław"));
    const sync::ImportResult atOffice = f.send(laptop, f.office());
    const sync::ImportResult atLaptop = f.send(f.office(), laptop);
    CHECK(atOffice.conflicts + atLaptop.conflicts >= 1);
    CHECK(test::field(f.office(), loaded[11], QStringLiteral("billing_city")) == QStringLiteral("Poznań"));
    CHECK(test::field(f.office(), loaded[11], QStringLiteral("notes")) == QStringLiteral("seen at the fair"));
    CHECK(test::field(f.office(), loaded[12], QStringLiteral("billing_city")) == QStringLiteral("Wrocław"));
    CHECK(rows(laptop, QStringLiteral("customers")) == rows(f.office(), QStringLiteral("customers")));
}

TEST_CASE("sync: a field copy made after a bulk load holds the load's records, and damaged held records are "
          "refused",
          "[sync][bulkload]") {
    SyncFixture f;
    Database& first = f.clone(QStringLiteral("first"));
    QList<qint64> loaded;
    {
        Transaction transaction(f.office().handle());
        BulkLoad bulk(f.office(), {QStringLiteral("customers"), QStringLiteral("contacts")}, 20000);
        REQUIRE(bulk.status().ok());
        loaded = insertCustomers(f.office(), 50, QStringLiteral("Load"));
        REQUIRE(bulk.finish().ok());
        REQUIRE(transaction.commit().ok());
    }
    REQUIRE(scalar(f.office(), "SELECT count(*) FROM sync_bulk_inserts") == 2);
    // The consistency check counts the held records among this copy's numbered changes.
    INFO(ConsistencyCheck::run(f.office()).join(QLatin1Char('\n')).toStdString());
    CHECK(ConsistencyCheck::run(f.office()).isEmpty());

    // A copy made now gets every record of the load written out, as the office's own changes.
    Database& second = f.clone(QStringLiteral("second"));
    CHECK(scalar(second, "SELECT count(*) FROM sync_bulk_inserts") == 0);
    CHECK(scalar(second, "SELECT count(*) FROM sync_log WHERE op = 'I' AND vals IS NULL") == 100);
    CHECK(scalar(second, "SELECT count(DISTINCT origin) FROM sync_log WHERE origin <> 0") == 1);
    CHECK(scalar(second, "SELECT count(*) FROM sync_log WHERE origin = 0") == 0);
    // The office still holds them, until its own next export.
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_bulk_inserts") == 2);

    // A held record whose id list does not add up is refused with a message; nothing changes.
    REQUIRE(Statement(f.office().handle(),
                      "UPDATE sync_bulk_inserts SET id_runs = substr(id_runs, 1, 16) WHERE tbl = 'contacts'")
                .exec()
                .ok());
    const qint64 logged = scalar(f.office(), "SELECT count(*) FROM sync_log");
    const QString package = QDir(f.dir()).filePath(QStringLiteral("damaged.rsync"));
    const Status refused = sync::SyncService(f.office()).exportPackage(package);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("contacts")));
    CHECK(refused.message().contains(QStringLiteral("damaged")));
    CHECK(refused.message().contains(QStringLiteral("damaged.rsync")));
    CHECK_FALSE(QFileInfo::exists(package));
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_log") == logged);
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_bulk_inserts") == 2);
    CHECK(scalar(first, "SELECT count(*) FROM customers") == 0);
    // The consistency check (rapport-cli check) names it too, and a gap in the numbers.
    // (number 50: the last loaded customer, the record written to the log)
    REQUIRE(Statement(f.office().handle(), "DELETE FROM sync_log WHERE origin = 0 AND seq = 50").exec().ok());
    const QStringList problems = ConsistencyCheck::run(f.office());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].contains(QStringLiteral("table contacts")));
    CHECK(problems[0].contains(QStringLiteral("1 ids for 49 records")));
    CHECK(problems[1].contains(QStringLiteral("up to 100 but holds 99")));
}

TEST_CASE("sync: an update records only the columns whose value changed", "[sync]") {
    SyncFixture f;
    const qint64 id = test::addCustomer(f.office(), QStringLiteral("Acme"),
                                        {{QStringLiteral("notes"), QStringLiteral("a \"quoted\"\nnote")}});
    Statement update(f.office().handle(), "UPDATE customers SET notes = ?2, phones = ?3, name = name "
                                          "WHERE id = ?1");
    update.bind(1, id).bind(2, QStringLiteral("tab\there \\ \u00e9")).bind(3, QVariant(5));
    REQUIRE(update.exec().ok());
    Statement last(f.office().handle(),
                   "SELECT op, vals FROM sync_log WHERE origin = 0 ORDER BY seq DESC LIMIT 1");
    REQUIRE(last.next());
    CHECK(last.text(0) == QStringLiteral("U"));
    const QJsonObject vals = QJsonDocument::fromJson(last.text(1).toUtf8()).object();
    CHECK(vals.keys() == QStringList{QStringLiteral("notes"), QStringLiteral("phones")});
    CHECK(vals.value(QStringLiteral("notes")).toString() == QStringLiteral("tab\there \\ \u00e9"));
    CHECK(vals.value(QStringLiteral("phones")).toString() == QStringLiteral("5")); // TEXT affinity
    // An update that changes nothing records nothing.
    const qint64 count = scalar(f.office(), "SELECT count(*) FROM sync_log");
    Statement same(f.office().handle(), "UPDATE customers SET notes = notes WHERE id = ?1");
    same.bind(1, id);
    REQUIRE(same.exec().ok());
    CHECK(scalar(f.office(), "SELECT count(*) FROM sync_log") == count);
}

TEST_CASE("sync: each copy computes the derived latest interaction and tag items from what it receives",
          "[sync]") {
    SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"),
                                          {{QStringLiteral("tags"), QStringLiteral("retail; export")}});
    Database& laptop = f.clone(QStringLiteral("laptop"));
    // On the laptop: a visit logged and the tags changed.
    const WriteResult visit =
        RecordStore(laptop).insert(EntityCatalog::interaction(),
                                   {{QStringLiteral("occurred_at"), QStringLiteral("2026-11-20T10:00:00Z")},
                                    {QStringLiteral("channel"), QStringLiteral("visit")},
                                    {QStringLiteral("customer_id"), acme}});
    REQUIRE(visit.ok());
    test::edit(laptop, acme, QStringLiteral("tags"), QStringLiteral("retail; vip"));
    f.send(laptop, f.office());

    CHECK(test::field(f.office(), acme, QStringLiteral("last_interaction_at")) ==
          QStringLiteral("2026-11-20T10:00:00Z"));
    Statement tags(f.office().handle(),
                   "SELECT group_concat(tag, ',') FROM (SELECT tag FROM customer_tags WHERE "
                   "customer_id = ?1 ORDER BY tag)");
    tags.bind(1, acme);
    REQUIRE(tags.next());
    CHECK(tags.text(0) == QStringLiteral("retail,vip"));
    CHECK(ConsistencyCheck::run(f.office()).isEmpty());
    CHECK(ConsistencyCheck::run(laptop).isEmpty());
}
