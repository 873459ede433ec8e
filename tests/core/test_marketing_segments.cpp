// Segments: criteria over fields and derived facts compile to SQL with bound values; counts, membership,
// saving and freezing.
#include "MarketingFixture.h"
#include "TestSupport.h"

#include "marketing/SegmentCriteria.h"
#include "marketing/SegmentService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace rapport;
using rapport::test::s;

namespace {

QJsonObject criteria(const char* json) {
    QJsonObject object;
    REQUIRE(SegmentCriteria::parse(QString::fromUtf8(json), &object).ok());
    return object;
}

qint64 count(SegmentService& segments, const char* entity, const char* json) {
    Status status;
    const qint64 n = segments.count(s(entity), criteria(json), &status);
    INFO(status.message().toStdString());
    REQUIRE(status.ok());
    return n;
}

} // namespace

TEST_CASE("segment fields come from the entity catalog plus derived facts, with operators per type",
          "[marketing]") {
    const QList<SegmentField> fields = SegmentCriteria::fields(s("customer"));
    const SegmentField* city = SegmentCriteria::findField(fields, s("billing_city"));
    REQUIRE(city);
    CHECK(city->type == FieldType::Text);
    CHECK_FALSE(city->derived);
    const SegmentField* bought = SegmentCriteria::findField(fields, s("total_bought"));
    REQUIRE(bought);
    CHECK(bought->derived);
    CHECK(bought->type == FieldType::Money);
    CHECK(SegmentCriteria::findField(fields, s("consent_email")));
    CHECK(segmentOperators(FieldType::Money).contains(s("between")));
    CHECK(segmentOperators(FieldType::Date).contains(s("within_last_days")));
    CHECK(segmentOperators(FieldType::Text).contains(s("starts_with")));
    CHECK(segmentOperators(FieldType::Choice).contains(s("in")));
    CHECK(SegmentCriteria::fields(s("task")).isEmpty());
}

TEST_CASE("segment criteria over fields, nested groups and derived facts", "[marketing]") {
    test::TempDatabase temp;
    test::MarketingFixture f(temp.db());
    SegmentService segments(temp.db());
    segments.setToday(QDate(2026, 6, 30));
    f.opportunity(f.acme, "won", 150000, "2026-06-20T10:00:00Z");
    f.opportunity(f.acme, "won", 50000, "2025-01-10T10:00:00Z");
    f.opportunity(f.acme, "lost", 99999, "2026-06-01T10:00:00Z");
    f.opportunity(f.bolt, "won", 500, "2026-03-01T10:00:00Z");
    f.opportunity(f.bolt, "open", 7000);

    CHECK(count(segments, "customer", "{}") == 3);
    CHECK(count(segments, "customer", R"({"rules":[{"field":"status","operator":"is","value":"active"}]})") ==
          1);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"billing_city","operator":"equals","value":"berlin"}]})") == 2);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"tags","operator":"has_item","value":"retail"}]})") == 1);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"tags","operator":"contains","value":"retail"}]})") == 2);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"name","operator":"starts_with","value":"bo"}]})") == 1);
    CHECK(count(segments, "customer", R"({"rules":[{"field":"tags","operator":"is_empty"}]})") == 1);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"status","operator":"in","value":["active","prospect"]}]})") == 2);
    // (Berlin AND (active OR inactive)) OR Leeds
    CHECK(count(segments, "customer",
                R"({"op":"or","rules":[{"op":"and","rules":[
                      {"field":"billing_city","operator":"equals","value":"Berlin"},
                      {"op":"or","rules":[{"field":"status","operator":"is","value":"active"},
                                          {"field":"status","operator":"is","value":"inactive"}]}]},
                    {"field":"billing_city","operator":"equals","value":"Leeds"}]})") == 3);
    CHECK(count(segments, "customer",
                R"({"op":"and","rules":[{"field":"billing_city","operator":"equals","value":"Berlin"},
                    {"field":"status","operator":"is_not","value":"active"}]})") == 1);

    // Derived facts: Acme bought 2,000.00 (the lost deal does not count), Bolt 5.00, Corex nothing.
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"total_bought","operator":"gt","value":100000}]})") == 1);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"total_bought","operator":"lt","value":1000}]})") == 2);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"total_bought","operator":"between","value":400,"value2":200000}]})") ==
          2);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"last_purchase","operator":"within_last_days","value":30}]})") == 1);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"last_purchase","operator":"before","value":"2026-03-02"}]})") == 1);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"last_purchase","operator":"on","value":"2026-03-01"}]})") == 1);
    CHECK(count(segments, "customer", R"({"rules":[{"field":"last_purchase","operator":"is_empty"}]})") == 1);
    CHECK(count(segments, "customer",
                R"({"rules":[{"field":"open_opportunities","operator":"ge","value":1}]})") == 1);

    // Contacts: consent flags and their organisation's tags.
    CHECK(count(segments, "contact", R"({"rules":[{"field":"consent_email","operator":"is_true"}]})") == 4);
    CHECK(count(segments, "contact", R"({"rules":[{"field":"consent_email","operator":"is_false"}]})") == 1);
    CHECK(count(segments, "contact",
                R"({"rules":[{"field":"organisation_tags","operator":"has_item","value":"vip"}]})") == 2);
    CHECK(count(segments, "contact", R"({"rules":[{"field":"customer_id","operator":"is_empty"}]})") == 1);
    // An organisation's facts for contacts: Nora has no organisation (bought nothing), Max's Corex neither.
    CHECK(count(segments, "contact", R"({"rules":[{"field":"total_bought","operator":"lt","value":100}]})") ==
          2);
    CHECK(count(segments, "contact", R"({"rules":[{"field":"total_bought","operator":"ge","value":100}]})") ==
          3);
    CHECK(count(segments, "contact",
                R"({"rules":[{"field":"open_opportunities","operator":"eq","value":0}]})") == 4);
}

TEST_CASE("segment values are bound, never spliced into the SQL", "[marketing]") {
    test::TempDatabase temp;
    test::MarketingFixture f(temp.db());
    SegmentService segments(temp.db());
    const char* hostile =
        R"({"rules":[{"field":"name","operator":"equals","value":"x' OR 1=1; DROP TABLE customers; --"}]})";
    CHECK(count(segments, "customer", hostile) == 0);
    FilterSql sql;
    REQUIRE(SegmentCriteria::compile(s("customer"), criteria(hostile), QDate(2026, 1, 1), sql).ok());
    CHECK_FALSE(sql.conditions.join(QString()).contains(s("DROP")));
    // The typed text and the search-index expression made from it (marketing/SegmentSearch.h), both bound.
    REQUIRE(sql.bound.size() == 2);
    CHECK(sql.bound.at(1).toString() == s("x' OR 1=1; DROP TABLE customers; --"));
    CHECK(sql.conditions.join(QString()).count(QLatin1Char('?')) == 2);
    CHECK(count(segments, "customer", "{}") == 3); // the table is still there
    CHECK(count(segments, "customer", R"({"rules":[{"field":"name","operator":"contains","value":"%"}]})") ==
          0);
}

TEST_CASE("bad segment criteria are refused with the rule that is wrong", "[marketing]") {
    test::TempDatabase temp;
    SegmentService segments(temp.db());
    Status status;
    segments.count(s("customer"), criteria(R"({"rules":[{"field":"name","operator":"contains","value":"a"},
                                          {"rules":[{"field":"name; DROP","operator":"equals","value":"b"}]}]})"),
                   &status);
    CHECK_FALSE(status.ok());
    CHECK(status.message().contains(s("2.1")));
    CHECK(status.message().contains(s("name; DROP")));
    segments.count(s("customer"),
                   criteria(R"({"rules":[{"field":"status","operator":"is","value":"gone"}]})"), &status);
    CHECK(status.message().contains(s("gone")));
    segments.count(s("customer"), criteria(R"({"rules":[{"field":"name","operator":"gt","value":"3"}]})"),
                   &status);
    CHECK(status.message().contains(s("gt")));
    segments.count(s("customer"),
                   criteria(R"({"rules":[{"field":"total_bought","operator":"gt","value":"lots"}]})"),
                   &status);
    CHECK(status.message().contains(s("lots")));
    segments.count(s("customer"), criteria(R"({"op":"xor","rules":[]})"), &status);
    CHECK(status.message().contains(s("xor")));
    segments.count(s("invoice"), QJsonObject(), &status);
    CHECK_FALSE(status.ok());
}

TEST_CASE("saved segments: dynamic ones stay current, frozen ones keep their members", "[marketing]") {
    test::TempDatabase temp;
    test::MarketingFixture f(temp.db());
    SegmentService segments(temp.db());
    Segment berlin;
    berlin.name = s("Berlin customers");
    berlin.entity = s("customer");
    berlin.criteria =
        criteria(R"({"rules":[{"field":"billing_city","operator":"equals","value":"Berlin"}]})");
    Status status;
    const qint64 id = segments.saveDynamic(berlin, &status);
    REQUIRE(status.ok());
    CHECK(segments.count(id) == 2);
    CHECK(segments.contains(id, f.acme));
    CHECK_FALSE(segments.contains(id, f.bolt));
    CHECK(segments.memberIds(id) == QList<qint64>{std::min(f.acme, f.corex), std::max(f.acme, f.corex)});

    Segment duplicate = berlin;
    segments.saveDynamic(duplicate, &status);
    CHECK(status.message().contains(s("already")));

    const qint64 late =
        test::addRecord(f.store, "customer", {{"name", s("Late Berlin")}, {"billing_city", s("Berlin")}});
    CHECK(segments.count(id) == 3);
    qint64 frozen = 0;
    REQUIRE(segments.freeze(id, &frozen).ok());
    CHECK(frozen == 3);
    CHECK(segments.load(id).kind == s("static"));
    test::addRecord(f.store, "customer", {{"name", s("Later Berlin")}, {"billing_city", s("Berlin")}});
    CHECK(segments.count(id) == 3);
    CHECK(segments.contains(id, late));
    CHECK_FALSE(segments.freeze(id).ok());
}
