#include "TestSupport.h"
#include "models/RecordListModel.h"
#include "repository/RecordSnapshot.h"
#include "repository/RecordStore.h"
#include "repository/Timeline.h"
#include "search/SearchService.h"
#include "storage/ConsistencyCheck.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {
QVariantMap values(std::initializer_list<std::pair<const char*, QVariant>> pairs) {
    QVariantMap map;
    for (const auto& [key, value] : pairs)
        map.insert(QString::fromUtf8(key), value);
    return map;
}

qint64 addCustomer(RecordStore& store, const QString& name, QVariantMap extra = {}) {
    extra.insert(QStringLiteral("name"), name);
    const WriteResult result = store.insert(EntityCatalog::customer(), extra);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.id;
}
} // namespace

TEST_CASE("records are validated and normalised field by field", "[records]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());

    SECTION("a customer without a name is refused beside the name field") {
        const WriteResult result =
            store.insert(EntityCatalog::customer(), values({{"name", QStringLiteral("  ")}}));
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.fieldErrors.size() == 1);
        CHECK(result.fieldErrors.first().field == QStringLiteral("name"));
        CHECK(store.count(EntityCatalog::customer()) == 0);
    }
    SECTION("bad e-mails, choices and references are named") {
        const WriteResult result = store.insert(
            EntityCatalog::customer(), values({{"name", QStringLiteral("Acme")},
                                               {"emails", QStringLiteral("sales@acme.com; not-an-address")},
                                               {"status", QStringLiteral("sleeping")},
                                               {"owner_id", 12345}}));
        QStringList fields;
        for (const FieldError& error : result.fieldErrors)
            fields << error.field;
        CHECK(fields.contains(QStringLiteral("emails")));
        CHECK(fields.contains(QStringLiteral("status")));
        CHECK(result.message().contains(QStringLiteral("not-an-address")));
        const WriteResult missingOwner = store.insert(
            EntityCatalog::customer(), values({{"name", QStringLiteral("Acme")}, {"owner_id", 12345}}));
        REQUIRE(missingOwner.fieldErrors.size() == 1);
        CHECK(missingOwner.fieldErrors.first().field == QStringLiteral("owner_id"));
    }
    SECTION("lists are split, trimmed and de-duplicated; choices are case-insensitive") {
        const qint64 id = addCustomer(store, QStringLiteral("  Kraków Trading  "),
                                      values({{"tags", QStringLiteral("vip, wholesale;VIP ;")},
                                              {"emails", QStringLiteral("a@b.pl,c@d.pl")},
                                              {"status", QStringLiteral("Active")}}));
        const auto record = store.get(EntityCatalog::customer(), id);
        REQUIRE(record);
        CHECK(record->text(QStringLiteral("name")) == QStringLiteral("Kraków Trading"));
        CHECK(record->text(QStringLiteral("tags")) == QStringLiteral("vip; wholesale"));
        CHECK(record->text(QStringLiteral("emails")) == QStringLiteral("a@b.pl; c@d.pl"));
        CHECK(record->text(QStringLiteral("status")) == QStringLiteral("active"));
    }
    SECTION("updates change only the given fields and keep validation") {
        const qint64 id =
            addCustomer(store, QStringLiteral("Acme"), values({{"industry", QStringLiteral("Steel")}}));
        REQUIRE(store
                    .update(EntityCatalog::customer(), id,
                            values({{"phones", QStringLiteral("+48 12 555 01 01")}}))
                    .ok());
        const auto record = store.get(EntityCatalog::customer(), id);
        CHECK(record->text(QStringLiteral("industry")) == QStringLiteral("Steel"));
        CHECK(record->text(QStringLiteral("phones")) == QStringLiteral("+48 12 555 01 01"));
        CHECK_FALSE(store.update(EntityCatalog::customer(), id, values({{"name", QString()}})).ok());
        CHECK(store.get(EntityCatalog::customer(), id)->text(QStringLiteral("name")) ==
              QStringLiteral("Acme"));
    }
    SECTION("list filters by field, list item and reference") {
        const WriteResult user =
            store.insert(EntityCatalog::user(), values({{"name", QStringLiteral("Ola")}}));
        REQUIRE(user.ok());
        addCustomer(store, QStringLiteral("A"),
                    values({{"tags", QStringLiteral("vip")}, {"owner_id", user.id}}));
        addCustomer(store, QStringLiteral("B"), values({{"tags", QStringLiteral("vipper")}}));
        CHECK(store.list(EntityCatalog::customer(), {{QStringLiteral("tags"), QStringLiteral("vip")}}, 0)
                  .size() == 1);
        CHECK(store.list(EntityCatalog::customer(), {{QStringLiteral("owner_id"), user.id}}, 0).size() == 1);
        Status status;
        store.list(EntityCatalog::customer(), {{QStringLiteral("colour"), QStringLiteral("red")}}, 0,
                   &status);
        CHECK_FALSE(status.ok());
        CHECK(status.message().contains(QStringLiteral("colour")));
    }
}

TEST_CASE("search finds prefixes and substrings regardless of case and accents", "[search]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    const qint64 krakow = addCustomer(
        store, QStringLiteral("Zakład Kraków"),
        values({{"billing_city", QStringLiteral("Kraków")}, {"phones", QStringLiteral("+48 12 555-01-99")}}));
    const qint64 org = addCustomer(store, QStringLiteral("Αθηναϊκή Εμπορική"));
    const WriteResult elena =
        store.insert(EntityCatalog::contact(), values({{"first_name", QStringLiteral("Ελένη")},
                                                       {"last_name", QStringLiteral("Παπαδοπούλου")},
                                                       {"customer_id", org},
                                                       {"emails", QStringLiteral("eleni@athens.gr")}}));
    REQUIRE(elena.ok());
    SearchService search(temp.db());

    auto ids = [&](const QString& text) {
        QList<qint64> found;
        for (const SearchHit& hit : search.search(text, 50))
            found << hit.id;
        return found;
    };
    CHECK(ids(QStringLiteral("krakow")).contains(krakow));
    CHECK(ids(QStringLiteral("KRAK")).contains(krakow));
    CHECK(ids(QStringLiteral("akow")).contains(krakow)); // a substring, not only a prefix
    CHECK(ids(QStringLiteral("zaklad")).contains(krakow));
    CHECK(ids(QStringLiteral("ελενη")).contains(elena.id));
    CHECK(ids(QStringLiteral("παπαδοπουλου")).contains(elena.id));
    CHECK(ids(QStringLiteral("αθηναικη")).contains(org));
    CHECK(ids(QStringLiteral("eleni@athens")).contains(elena.id));
    CHECK(ids(QStringLiteral("555 01 99")).contains(krakow));
    const QList<SearchHit> contactHits = search.search(QStringLiteral("Ελένη"), 50);
    REQUIRE_FALSE(contactHits.isEmpty());
    CHECK(contactHits.first().organisation == QStringLiteral("Αθηναϊκή Εμπορική"));

    SECTION("hostile input is searched literally and never raises an error") {
        for (const QString& text : {QStringLiteral("\"unterminated"), QStringLiteral("a OR b NEAR(c)"),
                                    QStringLiteral("'; DROP TABLE customers; --"), QStringLiteral("*"),
                                    QStringLiteral("name:krak"), QStringLiteral("(((")}) {
            Status status;
            search.search(text, 50, &status);
            INFO(text.toStdString());
            CHECK(status.ok());
        }
        CHECK(store.count(EntityCatalog::customer()) == 2);
    }
    SECTION("renaming an organisation re-indexes its contacts; deleting removes them from the index") {
        REQUIRE(store.update(EntityCatalog::customer(), org, values({{"name", QStringLiteral("Ολυμπος ΑΕ")}}))
                    .ok());
        const QList<SearchHit> hits = search.search(QStringLiteral("ολυμπος"), 50);
        CHECK(std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.id == elena.id; }));
        REQUIRE(store.remove(EntityCatalog::customer(), krakow).ok());
        CHECK(ids(QStringLiteral("krakow")).isEmpty());
        CHECK(ConsistencyCheck::run(temp.db()).isEmpty());
    }
}

TEST_CASE("a deleted customer comes back whole with undo", "[records][undo]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    const WriteResult user = store.insert(EntityCatalog::user(), values({{"name", QStringLiteral("Ola")}}));
    const qint64 customer = addCustomer(store, QStringLiteral("Acme"), values({{"owner_id", user.id}}));
    const WriteResult contact = store.insert(
        EntityCatalog::contact(), values({{"first_name", QStringLiteral("Jan")}, {"customer_id", customer}}));
    const WriteResult call = store.insert(EntityCatalog::interaction(),
                                          values({{"channel", QStringLiteral("phone")},
                                                  {"occurred_at", QStringLiteral("2026-11-20T10:00:00Z")},
                                                  {"customer_id", customer},
                                                  {"contact_id", contact.id},
                                                  {"subject", QStringLiteral("Prices")}}));
    const WriteResult task = store.insert(
        EntityCatalog::task(), values({{"title", QStringLiteral("Send offer")}, {"customer_id", customer}}));
    REQUIRE((contact.ok() && call.ok() && task.ok()));

    Status captured;
    const RecordSnapshot snapshot =
        RecordSnapshot::capture(temp.db(), EntityCatalog::customer(), customer, &captured);
    REQUIRE(captured.ok());
    CHECK(snapshot.deletedCount(QStringLiteral("contacts")) == 1);
    CHECK(snapshot.deletedCount(QStringLiteral("interactions")) == 1);
    CHECK(snapshot.deletedCount(QStringLiteral("tasks")) == 1);
    REQUIRE(store.remove(EntityCatalog::customer(), customer).ok());
    CHECK(store.count(EntityCatalog::contact()) == 0);
    CHECK(store.count(EntityCatalog::interaction()) == 0);

    REQUIRE(snapshot.restore(temp.db()).ok());
    CHECK(store.get(EntityCatalog::customer(), customer)->text(QStringLiteral("name")) ==
          QStringLiteral("Acme"));
    CHECK(
        store.get(EntityCatalog::interaction(), call.id)->value(QStringLiteral("contact_id")).toLongLong() ==
        contact.id);
    CHECK(Timeline(temp.db()).forCustomer(customer).size() == 2);
    const QList<SearchHit> hits = SearchService(temp.db()).search(QStringLiteral("acme"), 10);
    REQUIRE(hits.size() == 2); // the customer, and Jan through his organisation
    CHECK(hits.first().entity == QStringLiteral("customer"));
    CHECK(hits.last().organisation == QStringLiteral("Acme"));
    CHECK(ConsistencyCheck::run(temp.db()).isEmpty());

    SECTION("deleting a user clears references, and undo puts them back") {
        const RecordSnapshot userSnapshot =
            RecordSnapshot::capture(temp.db(), EntityCatalog::user(), user.id);
        REQUIRE(store.remove(EntityCatalog::user(), user.id).ok());
        CHECK(store.get(EntityCatalog::customer(), customer)->value(QStringLiteral("owner_id")).isNull());
        REQUIRE(userSnapshot.restore(temp.db()).ok());
        CHECK(
            store.get(EntityCatalog::customer(), customer)->value(QStringLiteral("owner_id")).toLongLong() ==
            user.id);
        CHECK(store.count(EntityCatalog::contact()) == 1);
    }
}

TEST_CASE("the timeline lists interactions and tasks newest first", "[records]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    const qint64 customer = addCustomer(store, QStringLiteral("Acme"));
    store.insert(EntityCatalog::interaction(),
                 values({{"channel", QStringLiteral("email")},
                         {"customer_id", customer},
                         {"occurred_at", QStringLiteral("2025-01-01T09:00:00Z")}}));
    store.insert(EntityCatalog::interaction(),
                 values({{"channel", QStringLiteral("meeting")},
                         {"customer_id", customer},
                         {"occurred_at", QStringLiteral("2026-01-01T09:00:00Z")}}));
    store.insert(EntityCatalog::task(), values({{"title", QStringLiteral("Call back")},
                                                {"customer_id", customer},
                                                {"due_at", QStringLiteral("2025-06-01T09:00:00Z")}}));
    const QList<TimelineEntry> entries = Timeline(temp.db()).forCustomer(customer);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).channel == QStringLiteral("meeting"));
    CHECK(entries.at(1).kind == TimelineEntry::Kind::Task);
    CHECK(entries.at(2).channel == QStringLiteral("email"));
    CHECK(Timeline(temp.db()).openTasks(customer).size() == 1);
}

TEST_CASE("the list model pages, sorts, filters and searches", "[model]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    for (int i = 0; i < 450; ++i) {
        addCustomer(store, QStringLiteral("Customer %1").arg(i, 3, 10, QLatin1Char('0')),
                    values({{"status", i % 3 == 0 ? QStringLiteral("active") : QStringLiteral("prospect")}}));
    }
    RecordListModel model(temp.db(), EntityCatalog::customer());
    CHECK(model.rowCount() == 450);
    const int nameColumn = static_cast<int>(model.columns().indexOf(QStringLiteral("name")));
    REQUIRE(nameColumn >= 0);
    CHECK(model.data(model.index(0, nameColumn)).toString() == QStringLiteral("Customer 000"));
    CHECK(model.data(model.index(449, nameColumn)).toString() == QStringLiteral("Customer 449"));
    // Walk forward across page boundaries (keyset anchors) and jump back.
    for (int row = 0; row < 450; row += 37)
        CHECK(model.data(model.index(row, nameColumn)).toString() ==
              QStringLiteral("Customer %1").arg(row, 3, 10, QLatin1Char('0')));
    CHECK(model.data(model.index(250, nameColumn)).toString() == QStringLiteral("Customer 250"));

    model.sort(nameColumn, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, nameColumn)).toString() == QStringLiteral("Customer 449"));
    CHECK(model.data(model.index(320, nameColumn)).toString() == QStringLiteral("Customer 129"));

    model.setFilters({{QStringLiteral("status"), QStringLiteral("active")}});
    CHECK(model.rowCount() == 150);
    model.setSearchText(QStringLiteral("customer 44"));
    CHECK(model.rowCount() == 4); // the active ones among names containing 44: 144, 441, 444, 447
    model.setFilters({});
    CHECK(model.rowCount() == 14); // 044, 144, 244, 344 and 440-449
    model.setSearchText(QStringLiteral("\"; DROP"));
    CHECK(model.rowCount() == 0);
}

namespace {
// The name at a row of the customers list in an order, read straight with OFFSET (the list's reference).
QString nameAtRow(Database& db, const char* order, const char* where, int row) {
    Statement statement(db.handle(), std::string("SELECT name FROM customers t") + where + " ORDER BY " +
                                         order + " LIMIT 1 OFFSET ?1");
    statement.bind(1, row);
    return statement.next() ? statement.text(0) : QString();
}

bool waitForAnchors(RecordListModel& model) {
    QElapsedTimer waited;
    waited.start();
    while (!model.hasAnchorsThroughout() && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return model.hasAnchorsThroughout();
}
} // namespace

TEST_CASE("a long list reads anchors in the background and jumps to any row exactly", "[model]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    {
        Transaction transaction(temp.db().handle());
        // Names that sort differently from the order they were added in, some the same (ties by id).
        for (int i = 0; i < 5000; ++i)
            addCustomer(
                store, QStringLiteral("Kunde %1").arg((i * 7919) % 4000, 4, 10, QLatin1Char('0')),
                values({{"status", i % 4 == 0 ? QStringLiteral("active") : QStringLiteral("prospect")}}));
        REQUIRE(transaction.commit().ok());
    }
    RecordListModel model(temp.db(), EntityCatalog::customer());
    REQUIRE(model.rowCount() == 5000);
    const int nameColumn = static_cast<int>(model.columns().indexOf(QStringLiteral("name")));
    REQUIRE(waitForAnchors(model));
    for (const int row : {0, 99, 100, 799, 800, 801, 2500, 3199, 3200, 4242, 4999})
        CHECK(model.data(model.index(row, nameColumn)).toString() ==
              nameAtRow(temp.db(), "sort_key, id", "", row));

    // Another order: the anchors of the old one are dropped and the new order's are read.
    model.sort(nameColumn, Qt::DescendingOrder);
    CHECK_FALSE(model.hasAnchorsThroughout());
    REQUIRE(waitForAnchors(model));
    for (const int row : {0, 1601, 2400, 4999})
        CHECK(model.data(model.index(row, nameColumn)).toString() ==
              nameAtRow(temp.db(), "sort_key DESC, id DESC", "", row));

    // A filter: the anchors follow the filtered rows.
    model.setFilters({{QStringLiteral("status"), QStringLiteral("active")}});
    REQUIRE(model.rowCount() == 1250);
    model.sort(nameColumn, Qt::AscendingOrder);
    model.setFilters({{QStringLiteral("status"), QStringLiteral("prospect")}});
    REQUIRE(model.rowCount() == 3750);
    REQUIRE(waitForAnchors(model));
    for (const int row : {0, 800, 1999, 3749})
        CHECK(model.data(model.index(row, nameColumn)).toString() ==
              nameAtRow(temp.db(), "sort_key, id", " WHERE status = 'prospect'", row));

    // A record added: the list is read again and so are its anchors.
    addCustomer(store, QStringLiteral("Aaron"), values({{"status", QStringLiteral("prospect")}}));
    model.refresh();
    REQUIRE(model.rowCount() == 3751);
    REQUIRE(waitForAnchors(model));
    CHECK(model.data(model.index(0, nameColumn)).toString() == QStringLiteral("Aaron"));
    CHECK(model.data(model.index(1601, nameColumn)).toString() ==
          nameAtRow(temp.db(), "sort_key, id", " WHERE status = 'prospect'", 1601));
}

TEST_CASE("an entity is empty until its first record", "[records]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    CHECK(store.isEmpty(EntityCatalog::customer()));
    addCustomer(store, QStringLiteral("First"));
    CHECK_FALSE(store.isEmpty(EntityCatalog::customer()));
    CHECK(store.isEmpty(EntityCatalog::task()));
}
