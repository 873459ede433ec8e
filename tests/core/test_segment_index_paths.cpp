// The fast paths segments take on large databases (schema 14: the search index for name and tag texts,
// customer_tags for tag items, customers.last_interaction_at) select exactly the records the plain definition
// of each test selects, including NULLs, case, accents, spaces in tags and LIKE's wildcards typed literally.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "marketing/SegmentCriteria.h"
#include "marketing/SegmentSearch.h"
#include "marketing/SegmentService.h"
#include "storage/ConsistencyCheck.h"
#include "storage/Database.h"
#include "storage/SchemaInfo.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

void exec(Database& db, const QString& sql, const QVariantList& values = {}) {
    Statement statement(db.handle(), sql.toStdString());
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
    const Status done = statement.exec();
    INFO(sql.toStdString() << ": " << done.message().toStdString());
    REQUIRE(done.ok());
}

QList<qint64> ids(Database& db, const QString& sql, const QVariantList& values = {}) {
    Statement statement(db.handle(), sql.toStdString());
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
    QList<qint64> result;
    while (statement.next())
        result << statement.int64(0);
    REQUIRE(statement.status().ok());
    return result;
}

// LIKE's own escaping of a literal text, as the plain definition uses it.
QString literal(const QString& text) {
    QString escaped = text;
    return escaped.replace(QLatin1Char('\\'), s("\\\\"))
        .replace(QLatin1Char('%'), s("\\%"))
        .replace(QLatin1Char('_'), s("\\_"));
}

QList<qint64> members(Database& db, const char* entity, const char* field, const char* op,
                      const QString& value) {
    SegmentService segments(db);
    segments.setToday(QDate(2026, 6, 30));
    const QJsonObject rule{{s("field"), s(field)}, {s("operator"), s(op)}, {s("value"), value}};
    Status status;
    const QList<qint64> found =
        segments.matchingIds(s(entity), QJsonObject{{s("rules"), QJsonArray{rule}}}, &status);
    INFO(status.message().toStdString());
    REQUIRE(status.ok());
    return found;
}

struct Fixture {
    test::TempDatabase temp;
    Database& db = temp.db();
    qint64 next = 1000;

    qint64 customer(const QString& name, const QVariant& tags, const char* kind = "organisation") {
        const qint64 id = ++next;
        exec(db, s("INSERT INTO customers (id, name, tags, kind) VALUES (?1, ?2, ?3, ?4)"),
             {id, name, tags, s(kind)});
        return id;
    }
    qint64 contact(qint64 customerId, const char* name) {
        const qint64 id = ++next;
        exec(db, s("INSERT INTO contacts (id, customer_id, last_name) VALUES (?1, ?2, ?3)"),
             {id, customerId ? QVariant(customerId) : QVariant(), s(name)});
        return id;
    }
    qint64 interaction(qint64 customerId, const char* at) {
        const qint64 id = ++next;
        exec(db,
             s("INSERT INTO interactions (id, customer_id, channel, occurred_at) VALUES (?1, ?2, 'phone', "
               "?3)"),
             {id, customerId ? QVariant(customerId) : QVariant(), s(at)});
        return id;
    }
};

void seed(Fixture& f) {
    const QList<QPair<const char*, QVariant>> rows = {
        {"Budimex", s("vip")},
        {"BUDOWA sp. z o.o.", s("VIP; retail")},
        {"Kraków Bud", s("key account; vip")},
        {"100% Bud_ex", s("Key Account")},
        {"O'Brien \"Quoted\" Ltd", s("vip;x")},
        {"Smith_Jones", s("a;; vip")},
        {"Łódź Budowa", s("retail;  vip")},
        {"łódź mała", s("vipper")},
        {"Ébud", QVariant()},
        {"bu", s("")},
        {"Zażółć gęślą", s("v i p; retail; vip")},
        {"Percent 50% off", s("50%; a_b")},
        {"Back\\slash", s("x\\y; vip ")},
    };
    for (const auto& [name, tags] : rows)
        f.customer(s(name), tags);
    f.customer(s("Person Bud"), s("vip"), "individual");
}

} // namespace

TEST_CASE("segment texts through the search index match the plain LIKE exactly", "[marketing][segments]") {
    Fixture f;
    seed(f);
    const char* texts[] = {"bud", "BUD",  "bud_",   "d_e",      "0% b",  "o'b", "\"quoted\"",
                           "ód",  "łódź", "Łódź",   "Łódź Bud", "gęślą", "50%", "slash",
                           "\\s", "Bu",   "budowa", "nomatch",  "mała",  "%",   "_"};
    for (const char* text : texts) {
        INFO("name contains " << text);
        CHECK(members(f.db, "customer", "name", "contains", s(text)) ==
              ids(f.db, s("SELECT id FROM customers WHERE name LIKE ?1 ESCAPE '\\' ORDER BY id"),
                  {QStringLiteral("%") + literal(s(text)) + QStringLiteral("%")}));
        INFO("name starts with " << text);
        CHECK(members(f.db, "customer", "name", "starts_with", s(text)) ==
              ids(f.db, s("SELECT id FROM customers WHERE name LIKE ?1 ESCAPE '\\' ORDER BY id"),
                  {literal(s(text)) + QStringLiteral("%")}));
        INFO("tags contain " << text);
        CHECK(members(f.db, "customer", "tags", "contains", s(text)) ==
              ids(f.db, s("SELECT id FROM customers WHERE tags LIKE ?1 ESCAPE '\\' ORDER BY id"),
                  {QStringLiteral("%") + literal(s(text)) + QStringLiteral("%")}));
    }
    CHECK(members(f.db, "customer", "name", "equals", s("budimex")) ==
          ids(f.db, s("SELECT id FROM customers WHERE name = 'Budimex'")));
    // The candidates really come from the index when the text has a trigram, and not when it has none.
    CHECK_FALSE(segmentTrigramMatch(s("Łódź")).isEmpty());
    CHECK(segmentTrigramMatch(s("ód")).isEmpty());
    CHECK(segmentTrigramMatch(s("a b")).isEmpty());
    CHECK(members(f.db, "customer", "name", "contains", s("bud")).size() == 7);
}

TEST_CASE("segment tag items through customer_tags match the plain definition exactly",
          "[marketing][segments]") {
    Fixture f;
    seed(f);
    const qint64 orphan = f.contact(0, "Nobody");
    for (qint64 id : ids(f.db, s("SELECT id FROM customers ORDER BY id")))
        f.contact(id, "Contact");
    auto plain = [&](const QString& item) {
        return ids(f.db,
                   s("SELECT id FROM customers WHERE ('; ' || tags || '; ') LIKE ?1 ESCAPE '\\' ORDER BY id"),
                   {QStringLiteral("%; ") + literal(item) + QStringLiteral("; %")});
    };
    auto plainContacts = [&](const QString& item) {
        return ids(
            f.db,
            s("SELECT p.id FROM contacts p WHERE ('; ' || (SELECT c.tags FROM customers c WHERE c.id = "
              "p.customer_id) || '; ') LIKE ?1 ESCAPE '\\' ORDER BY p.id"),
            {QStringLiteral("%; ") + literal(item) + QStringLiteral("; %")});
    };
    const char* items[] = {"vip",  "VIP",    "Vip",         "key account", "KEY ACCOUNT", "a;",
                           "x",    "retail", "v i p",       "50%",         "a_b",         "a%b",
                           "x\\y", "vi",     "retail; vip", "vipper"};
    for (const char* item : items) {
        INFO("tags have the item " << item);
        CHECK(members(f.db, "customer", "tags", "has_item", s(item)) == plain(s(item)));
        CHECK(members(f.db, "contact", "organisation_tags", "has_item", s(item)) == plainContacts(s(item)));
    }
    // "vip;x", "retail;  vip" (an item " vip"), "vipper" and "vip " (trailing space) do not hold the item.
    CHECK(plain(s("vip")).size() == 6);
    CHECK_FALSE(members(f.db, "contact", "organisation_tags", "has_item", s("vip")).contains(orphan));

    // Edits, repeated and case-varied items, and deletions keep the table as the tags say.
    const qint64 changed = f.customer(s("Changing"), s("vip; VIP; vip"));
    CHECK(ids(f.db, s("SELECT count(*) FROM customer_tags WHERE customer_id = ?1"), {changed}).value(0) == 1);
    exec(f.db, s("UPDATE customers SET tags = 'gold; key account' WHERE id = ?1"), {changed});
    exec(f.db, s("UPDATE customers SET tags = NULL WHERE name = 'Budimex'"));
    exec(f.db, s("DELETE FROM customers WHERE name = 'Kraków Bud'"));
    exec(f.db, s("UPDATE customers SET name = 'Renamed' WHERE name = 'Smith_Jones'"));
    for (const char* item : {"vip", "gold", "key account"}) {
        INFO("after edits, tags have the item " << item);
        CHECK(members(f.db, "customer", "tags", "has_item", s(item)) == plain(s(item)));
    }
    CHECK(
        ids(f.db, s("SELECT count(*) FROM customer_tags WHERE customer_id NOT IN (SELECT id FROM customers)"))
            .value(0) == 0);
}

TEST_CASE("segment last interaction: the kept column agrees with the interactions", "[marketing][segments]") {
    Fixture f;
    const qint64 a = f.customer(s("Alpha"), {});
    const qint64 b = f.customer(s("Beta"), {});
    const qint64 c = f.customer(s("Gamma"), {});
    f.customer(s("Never"), {});
    f.interaction(a, "2026-06-20T10:00:00Z");
    const qint64 old = f.interaction(a, "2025-01-01T10:00:00Z");
    const qint64 latestB = f.interaction(b, "2026-06-29T23:59:00Z");
    f.interaction(b, "2026-04-01T08:00:00Z");
    f.interaction(0, "2026-06-30T08:00:00Z"); // no customer
    const qint64 moved = f.interaction(c, "2026-05-15T12:00:00Z");

    auto check = [&](const char* when) {
        INFO(when);
        CHECK(ids(f.db, s("SELECT count(*) FROM customers c WHERE c.last_interaction_at IS NOT "
                          "(SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id)"))
                  .value(0) == 0);
        const QString plain = s("SELECT c.id FROM customers c WHERE %1 ORDER BY c.id");
        const QString latest =
            s("(SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id)");
        CHECK(members(f.db, "customer", "last_interaction", "within_last_days", s("30")) ==
              ids(f.db, plain.arg(latest + s(" >= '2026-05-31'"))));
        CHECK(members(f.db, "customer", "last_interaction", "more_than_days_ago", s("30")) ==
              ids(f.db, plain.arg(latest + s(" < '2026-05-31'"))));
        CHECK(members(f.db, "customer", "last_interaction", "before", s("2026-06-20")) ==
              ids(f.db, plain.arg(latest + s(" < '2026-06-20'"))));
        SegmentService segments(f.db);
        const QJsonObject empty{{s("rules"), QJsonArray{QJsonObject{{s("field"), s("last_interaction")},
                                                                    {s("operator"), s("is_empty")}}}}};
        CHECK(segments.matchingIds(s("customer"), empty) ==
              ids(f.db, plain.arg(s("coalesce(%1, '') = ''").arg(latest))));
    };
    check("after inserts");
    exec(f.db, s("DELETE FROM interactions WHERE id = ?1"), {latestB});
    check("after deleting the latest");
    exec(f.db, s("DELETE FROM interactions WHERE id = ?1"), {old});
    check("after deleting an older one");
    exec(f.db, s("UPDATE interactions SET customer_id = ?1 WHERE id = ?2"), {a, moved});
    check("after moving one to another customer");
    exec(f.db, s("UPDATE interactions SET occurred_at = '2020-01-01T00:00:00Z' WHERE customer_id = ?1"), {a});
    check("after moving dates back");
    exec(f.db, s("DELETE FROM customers WHERE id = ?1"), {a});
    check("after deleting a customer");
}

TEST_CASE("a bulk load (the demo) fills the derived last interaction and tag items",
          "[marketing][segments]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    REQUIRE(DemoGenerator().generate(db, {150, 7, QDate(2026, 6, 30)}).ok());
    CHECK(ids(db, s("SELECT count(*) FROM customers c WHERE c.last_interaction_at IS NOT "
                    "(SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id)"))
              .value(0) == 0);
    CHECK(ids(db, s("SELECT count(*) FROM customers WHERE last_interaction_at IS NOT NULL")).value(0) > 100);
    // Every item of every customer's tags is in customer_tags and nothing else is.
    CHECK(ids(db,
              s("SELECT count(*) FROM (SELECT customer_id, tag COLLATE NOCASE FROM customer_tag_items EXCEPT "
                "SELECT customer_id, tag FROM customer_tags)"))
              .value(0) == 0);
    CHECK(ids(db, s("SELECT count(*) FROM (SELECT customer_id, tag FROM customer_tags EXCEPT "
                    "SELECT customer_id, tag FROM customer_tag_items)"))
              .value(0) == 0);
    CHECK(ids(db, s("SELECT count(*) FROM customer_tags")).value(0) > 0);

    // `rapport-cli check` tells when the derived data has drifted from the records.
    CHECK(ConsistencyCheck::run(db).isEmpty());
    exec(db, s("UPDATE customers SET last_interaction_at = NULL WHERE id = (SELECT customer_id FROM "
               "interactions WHERE customer_id IS NOT NULL LIMIT 1)"));
    exec(db, s("DELETE FROM customer_tags WHERE (tag, customer_id) IN (SELECT tag, customer_id FROM "
               "customer_tags LIMIT 2)"));
    const QStringList problems = ConsistencyCheck::run(db);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].startsWith(s("1 customers show a latest interaction")));
    CHECK(problems[1].contains(s("customer_tags differs from the customers' tags in 2 items")));
}

TEST_CASE("alternatives over fields are read from one covering index and select the same records",
          "[marketing][segments]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    REQUIRE(DemoGenerator().generate(db, {400, 11, QDate(2026, 6, 30)}).ok());

    // The index that holds every column such a segment reads, and none for a column no index holds.
    CHECK(narrowestCoveringIndex(db, s("customers"),
                                 {s("consent_phone"), s("status"), s("last_interaction_at")}) ==
          s("customers_by_status_consent"));
    CHECK(narrowestCoveringIndex(db, s("customers"), {s("status"), s("notes")}).isEmpty());
    CHECK_FALSE(narrowestCoveringIndex(db, s("customers"), {s("status")}).isEmpty());

    const QJsonObject quiet = QJsonDocument::fromJson(R"({"rules":[
        {"field":"consent_phone","operator":"is_true"},
        {"op":"or","rules":[{"field":"status","operator":"is","value":"inactive"},
                            {"field":"last_interaction","operator":"more_than_days_ago","value":180}]}]})")
                                  .object();
    const QJsonObject sameField = QJsonDocument::fromJson(R"({"op":"or","rules":[
        {"field":"status","operator":"is","value":"inactive"},
        {"field":"status","operator":"is","value":"prospect"}]})")
                                      .object();
    CHECK(SegmentCriteria::hasAlternativesOverFields(quiet));
    CHECK_FALSE(SegmentCriteria::hasAlternativesOverFields(sameField));

    SegmentService segments(db);
    segments.setToday(QDate(2026, 6, 30));
    Status status;
    const QList<qint64> found = segments.matchingIds(s("customer"), quiet, &status);
    REQUIRE(status.ok());
    const QList<qint64> plain =
        ids(db, s("SELECT id FROM customers WHERE consent_phone = 1 AND (status = 'inactive' OR "
                  "(SELECT max(occurred_at) FROM interactions i WHERE i.customer_id = customers.id) < "
                  "'2026-01-01') ORDER BY id"));
    CHECK(found == plain);
    CHECK(found.size() > 10);
    CHECK(segments.count(s("customer"), quiet, &status) == plain.size());
    REQUIRE(status.ok());

    // A tag item among the alternatives is tested on the record's tags in the same pass.
    const QJsonObject inactiveOrVip = QJsonDocument::fromJson(R"({"op":"or","rules":[
        {"field":"status","operator":"is","value":"inactive"},
        {"field":"tags","operator":"has_item","value":"VIP"}]})")
                                          .object();
    const QList<qint64> tagged = segments.matchingIds(s("customer"), inactiveOrVip, &status);
    REQUIRE(status.ok());
    const QList<qint64> taggedPlain = ids(
        db, s("SELECT id FROM customers WHERE status = 'inactive' OR ('; ' || tags || '; ') LIKE '%; vip; %' "
              "ORDER BY id"));
    CHECK(tagged == taggedPlain);
    CHECK(taggedPlain.size() >
          ids(db, s("SELECT count(*) FROM customers WHERE status = 'inactive'")).value(0));
    CHECK(segments.count(s("customer"), inactiveOrVip, &status) == taggedPlain.size());

    // Saved, it counts the same, and one record is still looked up by id.
    Segment saved;
    saved.name = s("Phone consent, inactive or quiet");
    saved.entity = s("customer");
    saved.criteria = quiet;
    const qint64 id = segments.saveDynamic(saved, &status);
    INFO(status.message().toStdString());
    REQUIRE(status.ok());
    CHECK(segments.count(id, &status) == plain.size());
    CHECK(segments.contains(id, plain.first(), &status));
    const QList<qint64> all = ids(db, s("SELECT id FROM customers ORDER BY id"));
    for (qint64 customer : all) {
        if (!plain.contains(customer)) {
            CHECK_FALSE(segments.contains(id, customer, &status));
            break;
        }
    }
}
