// Field-level merge, same-field conflicts, delete against edit, duplicate creation.
#include "test_sync_support.h"

using namespace rapport;
using rapport::test::SyncFixture;

namespace {

QList<sync::Conflict> inbox(Database& db) {
    return sync::SyncService(db).conflicts(true);
}

} // namespace

TEST_CASE("sync: edits of different fields on two copies both survive", "[sync]") {
    SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    test::edit(laptop, acme, QStringLiteral("phones"), QStringLiteral("+30 210 1234567"));
    test::edit(f.office(), acme, QStringLiteral("emails"), QStringLiteral("info@acme.example"));
    f.send(laptop, f.office());
    f.send(f.office(), laptop);
    for (Database* db : {&f.office(), &laptop}) {
        CHECK(
            test::field(*db, acme, QStringLiteral("phones")).toString().contains(QStringLiteral("1234567")));
        CHECK(test::field(*db, acme, QStringLiteral("emails")) == QStringLiteral("info@acme.example"));
        CHECK(inbox(*db).isEmpty());
    }
    // A later edit that has seen the other's is no conflict.
    test::edit(f.office(), acme, QStringLiteral("phones"), QStringLiteral("+30 210 7654321"));
    f.send(f.office(), laptop);
    CHECK(test::field(laptop, acme, QStringLiteral("phones")).toString().contains(QStringLiteral("7654321")));
    CHECK(inbox(laptop).isEmpty());
}

TEST_CASE("sync: the same field edited on both sides converges and lands in the inbox", "[sync]") {
    SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    test::edit(f.office(), acme, QStringLiteral("notes"), QStringLiteral("office note"));
    QThread::msleep(3);
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("laptop note")); // newer: wins
    f.send(laptop, f.office());
    f.send(f.office(), laptop);
    for (Database* db : {&f.office(), &laptop}) {
        CHECK(test::field(*db, acme, QStringLiteral("notes")) == QStringLiteral("laptop note"));
        const QList<sync::Conflict> conflicts = inbox(*db);
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].kind == sync::ConflictKind::Field);
        CHECK(conflicts[0].column == u"notes");
        CHECK(conflicts[0].keptValue == QStringLiteral("laptop note"));
        CHECK(conflicts[0].otherValue == QStringLiteral("office note"));
        CHECK(conflicts[0].keptDevice == u"laptop");
        CHECK(conflicts[0].recordName == u"Acme");
    }
    // "Take the other value" on the office is an ordinary edit: it syncs and wins everywhere.
    const qint64 id = inbox(f.office()).first().id;
    REQUIRE(sync::SyncService(f.office()).resolve(id, sync::Resolution::TakeOther).ok());
    CHECK(inbox(f.office()).isEmpty());
    f.send(f.office(), laptop);
    CHECK(test::field(laptop, acme, QStringLiteral("notes")) == QStringLiteral("office note"));
    CHECK(test::field(f.office(), acme, QStringLiteral("notes")) == QStringLiteral("office note"));
}

TEST_CASE("sync: a record deleted on one side and edited on the other can be restored", "[sync]") {
    SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    REQUIRE(RecordStore(f.office()).remove(EntityCatalog::customer(), acme).ok());
    test::edit(laptop, acme, QStringLiteral("notes"), QStringLiteral("visited on Monday, big order coming"));
    f.send(laptop, f.office());
    f.send(f.office(), laptop);
    CHECK_FALSE(test::exists(f.office(), acme));
    CHECK_FALSE(test::exists(laptop, acme));
    const QList<sync::Conflict> conflicts = inbox(laptop);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].kind == sync::ConflictKind::Deleted);
    REQUIRE(inbox(f.office()).size() == 1);
    REQUIRE(sync::SyncService(laptop).resolve(conflicts[0].id, sync::Resolution::Restore).ok());
    CHECK(test::field(laptop, acme, QStringLiteral("notes")) ==
          QStringLiteral("visited on Monday, big order coming"));
    f.send(laptop, f.office());
    CHECK(test::field(f.office(), acme, QStringLiteral("name")) == QStringLiteral("Acme"));
    CHECK(test::field(f.office(), acme, QStringLiteral("notes")) ==
          QStringLiteral("visited on Monday, big order coming"));
}

TEST_CASE("sync: a contact added under a customer deleted elsewhere is kept in the inbox", "[sync]") {
    SyncFixture f;
    const qint64 acme = test::addCustomer(f.office(), QStringLiteral("Acme"));
    Database& laptop = f.clone(QStringLiteral("laptop"));
    REQUIRE(RecordStore(f.office()).remove(EntityCatalog::customer(), acme).ok());
    const WriteResult contact = RecordStore(laptop).insert(
        EntityCatalog::contact(),
        {{QStringLiteral("first_name"), QStringLiteral("Eleni")}, {QStringLiteral("customer_id"), acme}});
    REQUIRE(contact.ok());
    f.send(laptop, f.office());
    f.send(f.office(), laptop);
    CHECK_FALSE(test::exists(f.office(), contact.id, QStringLiteral("contacts")));
    CHECK_FALSE(test::exists(laptop, contact.id, QStringLiteral("contacts")));
    const QList<sync::Conflict> conflicts = inbox(f.office());
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].kind == sync::ConflictKind::Orphan);
    REQUIRE(sync::SyncService(f.office()).resolve(conflicts[0].id, sync::Resolution::Restore).ok());
    CHECK(test::exists(f.office(), acme));
    CHECK(test::exists(f.office(), contact.id, QStringLiteral("contacts")));
    f.send(f.office(), laptop);
    CHECK(test::exists(laptop, contact.id, QStringLiteral("contacts")));
}

TEST_CASE("sync: the same customer created on two copies is flagged as a likely duplicate", "[sync]") {
    SyncFixture f;
    Database& laptop = f.clone(QStringLiteral("laptop"));
    const qint64 mine =
        test::addCustomer(laptop, QStringLiteral("Papadopoulos S.A."),
                          {{QStringLiteral("emails"), QStringLiteral("sales@papadopoulos.example")}});
    const qint64 theirs =
        test::addCustomer(f.office(), QStringLiteral("Papadopoulos SA"),
                          {{QStringLiteral("emails"), QStringLiteral("Sales@Papadopoulos.example")}});
    f.send(laptop, f.office());
    f.send(f.office(), laptop);
    for (Database* db : {&f.office(), &laptop}) {
        CHECK(test::exists(*db, mine));
        CHECK(test::exists(*db, theirs));
        const QList<sync::Conflict> conflicts = inbox(*db);
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].kind == sync::ConflictKind::Duplicate);
        CHECK(QList<qint64>{conflicts[0].pk.toLongLong(), conflicts[0].otherPk.toLongLong()}.contains(mine));
    }
}

TEST_CASE("sync: a subset field copy holds only its territory and still syncs", "[sync]") {
    SyncFixture f;
    const qint64 greek = test::addCustomer(f.office(), QStringLiteral("Athens Ltd"),
                                           {{QStringLiteral("billing_country"), QStringLiteral("GR")}});
    const qint64 polish = test::addCustomer(f.office(), QStringLiteral("Kraków Sp."),
                                            {{QStringLiteral("billing_country"), QStringLiteral("PL")}});
    sync::CloneOptions options;
    options.territory = QStringLiteral("GR");
    Database& laptop = f.clone(QStringLiteral("laptop"), options);
    CHECK(test::exists(laptop, greek));
    CHECK_FALSE(test::exists(laptop, polish));
    test::edit(f.office(), polish, QStringLiteral("notes"), QStringLiteral("not for the laptop"));
    test::edit(laptop, greek, QStringLiteral("notes"), QStringLiteral("from the field"));
    f.send(laptop, f.office());
    f.send(f.office(), laptop);
    CHECK_FALSE(test::exists(laptop, polish));
    CHECK(test::field(f.office(), greek, QStringLiteral("notes")) == QStringLiteral("from the field"));
    CHECK(sync::SyncService(laptop).status().subset.contains(QStringLiteral("GR")));
}
