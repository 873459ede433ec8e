// Schema 17: CHECK constraints over lists of three or more values are stored as comparisons joined by OR
// (storage/SqlText.h), which SQLite checks without building a temporary index for every row.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlText.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {
std::string rewritten(const char* sql) {
    return checkListsAsComparisons(QString::fromUtf8(sql)).toStdString();
}
} // namespace

TEST_CASE("lists of three or more values in CHECK constraints become comparisons", "[schema]") {
    SECTION("strings, numbers and line breaks inside the list") {
        CHECK(rewritten("CREATE TABLE t (s TEXT CHECK (s IN ('a', 'b',\n      'c')), n INTEGER)") ==
              "CREATE TABLE t (s TEXT CHECK (s = 'a' OR s = 'b' OR s = 'c'), n INTEGER)");
        CHECK(rewritten("CREATE TABLE t (n INT check(n in (1,2,-3)))") ==
              "CREATE TABLE t (n INT check(n = 1 OR n = 2 OR n = -3))");
    }
    SECTION("commas, parentheses and quotes inside the values") {
        CHECK(rewritten("CREATE TABLE t (s CHECK (s IN ('a,b', 'c)', 'it''s')))") ==
              "CREATE TABLE t (s CHECK (s = 'a,b' OR s = 'c)' OR s = 'it''s'))");
    }
    SECTION("several constraints in one table, each on its own") {
        CHECK(rewritten("CREATE TABLE t (a CHECK (a IN ('x', 'y', 'z')), b CHECK (b IN (0, 1)), "
                        "c CHECK (c IN ('p', 'q', 'r')), CHECK (length(a) > 0))") ==
              "CREATE TABLE t (a CHECK (a = 'x' OR a = 'y' OR a = 'z'), b CHECK (b IN (0, 1)), "
              "c CHECK (c = 'p' OR c = 'q' OR c = 'r'), CHECK (length(a) > 0))");
    }
    SECTION("anything else is left exactly as it was") {
        for (const char* sql : {
                 "CREATE TABLE t (b CHECK (b IN (0, 1)))",                     // two values: compared already
                 "CREATE TABLE t (s CHECK (s NOT IN ('a', 'b', 'c')))",        // a different test
                 "CREATE TABLE t (s CHECK (s IN ('a', 'b', 'c') OR s > 'x'))", // more than the list
                 "CREATE TABLE t (s CHECK (s IN (SELECT v FROM u)))",          // not literals
                 "CREATE TABLE t (s CHECK (s IN (lower('A'), 'b', 'c')))",     // an expression among them
                 "CREATE TABLE t (s TEXT DEFAULT 'CHECK (s IN (1, 2, 3))')",   // text, not a constraint
             }) {
            INFO(sql);
            CHECK(rewritten(sql) == sql);
        }
    }
}

TEST_CASE("a new database keeps no value list of three or more in its CHECK constraints", "[schema]") {
    test::TempDatabase temp;
    // A migration that adds such a constraint makes every insert into its table pay for it: write the
    // comparisons instead (see resources/sql/0017_check_comparisons.sql).
    Statement lists(temp.db().handle(), "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                        "rapport_check_comparisons(sql) IS NOT sql");
    QStringList tables;
    while (lists.next())
        tables << lists.text(0);
    REQUIRE(lists.status().ok());
    CHECK(tables.join(QLatin1Char(',')).toStdString() == "");
    Statement contacts(temp.db().handle(), "SELECT sql FROM sqlite_schema WHERE name = 'contacts'");
    REQUIRE(contacts.next());
    CHECK(contacts.text(0).contains(
        QStringLiteral("preferred_channel = 'email' OR preferred_channel = 'phone'")));
}

TEST_CASE("the rewritten constraints accept and refuse the same values as before", "[schema]") {
    test::TempDatabase temp;
    sqlite3* db = temp.db().handle();
    const auto insertContact = [&](const QVariant& channel) {
        Statement insert(db,
                         "INSERT INTO contacts (id, first_name, preferred_channel) VALUES (?1, 'Ada', ?2)");
        insert.bind(1, temp.db().ids().next()).bind(2, channel);
        return insert.exec();
    };
    for (const char* channel : {"email", "phone", "sms", "post", "none"}) {
        INFO(channel);
        CHECK(insertContact(QString::fromUtf8(channel)).ok());
    }
    CHECK(insertContact(QVariant()).ok()); // no preferred channel
    const Status refused = insertContact(QStringLiteral("pigeon"));
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("CHECK constraint failed")));
    CHECK_FALSE(insertContact(QStringLiteral("Email")).ok()); // as strict about case as the list was

    Statement status(db, "INSERT INTO customers (id, kind, name, sort_key, status) VALUES (?1, 'individual', "
                         "'Ada', 'ada', ?2)");
    status.bind(1, temp.db().ids().next()).bind(2, QStringLiteral("dormant"));
    CHECK_FALSE(status.exec().ok());
    Statement count(db, "SELECT count(*) FROM contacts");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 6);
}

// Schema 18: a contact or a lead must have a name; the constraint tests each name on its own instead of
// trimming the names joined (resources/sql/0018_name_checks.sql).
TEST_CASE("contacts and leads need a name that is more than spaces, in either name field", "[schema]") {
    test::TempDatabase temp;
    sqlite3* db = temp.db().handle();
    Statement contacts(db, "SELECT sql FROM sqlite_schema WHERE name = 'contacts'");
    REQUIRE(contacts.next());
    CHECK_FALSE(contacts.text(0).contains(QStringLiteral("||")));
    CHECK(contacts.text(0).contains(QStringLiteral("trim(first_name) <> ''")));
    const auto contact = [&](const QVariant& first, const QVariant& last) {
        Statement insert(db, "INSERT INTO contacts (id, first_name, last_name) VALUES (?1, ?2, ?3)");
        insert.bind(1, temp.db().ids().next()).bind(2, first).bind(3, last);
        return insert.exec().ok();
    };
    const QVariant none;
    CHECK(contact(QStringLiteral("Ada"), none));
    CHECK(contact(none, QStringLiteral("Lovelace")));
    CHECK(contact(QStringLiteral("  "), QStringLiteral(" L ")));
    CHECK(contact(QStringLiteral("\tAda"), QStringLiteral(""))); // a tab is not a space to trim()
    CHECK_FALSE(contact(none, none));
    CHECK_FALSE(contact(QStringLiteral(""), QStringLiteral("")));
    CHECK_FALSE(contact(QStringLiteral("   "), none));
    CHECK_FALSE(contact(none, QStringLiteral("  ")));
    CHECK_FALSE(contact(QStringLiteral(" "), QStringLiteral("  ")));

    const auto lead = [&](const QVariant& first, const QVariant& last, const QVariant& organisation) {
        Statement insert(
            db, "INSERT INTO leads (id, first_name, last_name, organisation) VALUES (?1, ?2, ?3, ?4)");
        insert.bind(1, temp.db().ids().next()).bind(2, first).bind(3, last).bind(4, organisation);
        return insert.exec().ok();
    };
    CHECK(lead(none, none, QStringLiteral("Acme")));
    CHECK(lead(QStringLiteral("Ada"), none, none));
    CHECK(lead(none, QStringLiteral("L"), QStringLiteral(" ")));
    CHECK_FALSE(lead(none, none, none));
    CHECK_FALSE(lead(QStringLiteral(" "), QStringLiteral(""), QStringLiteral("   ")));
}
