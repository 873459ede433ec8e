// Leads: scores kept by the database, assignment rules (round robin, territory, skill), conversion without
// duplicates.
#include "TestSupport.h"

#include "repository/RecordStore.h"
#include "sales/LeadService.h"
#include "sales/PipelineService.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

const EntityDescriptor& entity(const char* name) {
    return *EntityCatalog::find(QString::fromLatin1(name));
}

qint64 add(RecordStore& store, const char* name, const QVariantMap& values) {
    const WriteResult written = store.insert(entity(name), values);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

qint64 user(RecordStore& store, const QString& name) {
    return add(store, "user", {{QStringLiteral("name"), name}});
}

int score(Database& db, qint64 lead) {
    return sales::scalar(db.handle(), "SELECT score FROM leads WHERE id = ?1", {lead}).toInt();
}

qint64 owner(Database& db, qint64 lead) {
    return sales::scalar(db.handle(), "SELECT owner_id FROM leads WHERE id = ?1", {lead}).toLongLong();
}

} // namespace

TEST_CASE("lead scores follow the rules and the lead's data", "[sales]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    add(store, "scoring_rule",
        {{QStringLiteral("name"), QStringLiteral("Fairs")},
         {QStringLiteral("criterion"), QStringLiteral("source")},
         {QStringLiteral("value"), QStringLiteral("fair")},
         {QStringLiteral("points"), 20}});
    add(store, "scoring_rule",
        {{QStringLiteral("name"), QStringLiteral("Software")},
         {QStringLiteral("criterion"), QStringLiteral("industry")},
         {QStringLiteral("value"), QStringLiteral("Software")},
         {QStringLiteral("points"), 15}});
    add(store, "scoring_rule",
        {{QStringLiteral("name"), QStringLiteral("Complete")},
         {QStringLiteral("criterion"), QStringLiteral("completeness")},
         {QStringLiteral("points"), 10}});
    const qint64 lead = add(store, "lead",
                            {{QStringLiteral("last_name"), QStringLiteral("Nowak")},
                             {QStringLiteral("source"), QStringLiteral("fair")},
                             {QStringLiteral("email"), QStringLiteral("nowak@example.pl")}});
    // 20 for the fair, 10 × 1/5 for the e-mail.
    CHECK(score(temp.db(), lead) == 22);
    REQUIRE(store
                .update(entity("lead"), lead,
                        {{QStringLiteral("industry"), QStringLiteral("software")},
                         {QStringLiteral("organisation"), QStringLiteral("Nowak IT")}})
                .ok());
    CHECK(score(temp.db(), lead) == 20 + 15 + 6);
    // A new rule rescores every lead at once; a recent activity counts.
    add(store, "scoring_rule",
        {{QStringLiteral("name"), QStringLiteral("Recent")},
         {QStringLiteral("criterion"), QStringLiteral("recent_interaction")},
         {QStringLiteral("value"), QStringLiteral("14")},
         {QStringLiteral("points"), 5}});
    CHECK(score(temp.db(), lead) == 41);
    add(store, "lead_activity",
        {{QStringLiteral("lead_id"), lead},
         {QStringLiteral("occurred_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
         {QStringLiteral("subject"), QStringLiteral("Met at the fair")}});
    CHECK(score(temp.db(), lead) == 46);
    REQUIRE(sales::exec(temp.db().handle(), "UPDATE scoring_rules SET active = 0 WHERE name = 'Fairs'"));
    CHECK(score(temp.db(), lead) == 26);
}

TEST_CASE("assignment: territory first, then skill, then round robin within the team", "[sales]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    const qint64 anna = user(store, QStringLiteral("Anna"));
    const qint64 ben = user(store, QStringLiteral("Ben"));
    const qint64 chloe = user(store, QStringLiteral("Chloe"));
    const qint64 dimitra = user(store, QStringLiteral("Dimitra"));
    add(store, "sales_rep",
        {{QStringLiteral("user_id"), anna}, {QStringLiteral("team"), QStringLiteral("inside")}});
    add(store, "sales_rep",
        {{QStringLiteral("user_id"), ben}, {QStringLiteral("team"), QStringLiteral("inside")}});
    add(store, "sales_rep",
        {{QStringLiteral("user_id"), chloe}, {QStringLiteral("team"), QStringLiteral("inside")}});
    add(store, "sales_rep",
        {{QStringLiteral("user_id"), dimitra},
         {QStringLiteral("team"), QStringLiteral("field")},
         {QStringLiteral("skills"), QStringLiteral("el; shipping")}});
    add(store, "assignment_rule",
        {{QStringLiteral("name"), QStringLiteral("London north")},
         {QStringLiteral("position"), 1},
         {QStringLiteral("kind"), QStringLiteral("territory")},
         {QStringLiteral("country"), QStringLiteral("GB")},
         {QStringLiteral("postcode_from"), QStringLiteral("N1")},
         {QStringLiteral("postcode_to"), QStringLiteral("N9")},
         {QStringLiteral("user_id"), chloe}});
    add(store, "assignment_rule",
        {{QStringLiteral("name"), QStringLiteral("Greek speakers")},
         {QStringLiteral("position"), 2},
         {QStringLiteral("kind"), QStringLiteral("skill")},
         {QStringLiteral("skill"), QStringLiteral("EL")}});
    add(store, "assignment_rule",
        {{QStringLiteral("name"), QStringLiteral("Everyone else")},
         {QStringLiteral("position"), 3},
         {QStringLiteral("kind"), QStringLiteral("round_robin")},
         {QStringLiteral("team"), QStringLiteral("inside")}});

    // A lead typed in goes through the rules at once (RecordStore::insert), and its assignee gets a task.
    LeadService leads(temp.db());
    const qint64 london = add(store, "lead",
                              {{QStringLiteral("organisation"), QStringLiteral("Camden Bikes")},
                               {QStringLiteral("country"), QStringLiteral("gb")},
                               {QStringLiteral("postcode"), QStringLiteral("N5")}});
    CHECK(owner(temp.db(), london) == chloe);
    const Assignment toChloe = leads.assign(london);
    REQUIRE(toChloe.status);
    CHECK(toChloe.userId == chloe);
    CHECK(toChloe.ruleName == QStringLiteral("London north"));
    const qint64 greek = add(store, "lead",
                             {{QStringLiteral("organisation"), QStringLiteral("Ναυτιλιακή")},
                              {QStringLiteral("language"), QStringLiteral("el")}});
    CHECK(owner(temp.db(), greek) == dimitra);

    QList<qint64> others;
    for (int i = 0; i < 4; ++i)
        others << add(store, "lead",
                      {{QStringLiteral("last_name"), QStringLiteral("Lead %1").arg(i)},
                       {QStringLiteral("country"), QStringLiteral("DE")}});
    CHECK(owner(temp.db(), others[0]) == anna);
    CHECK(owner(temp.db(), others[1]) == ben);
    CHECK(owner(temp.db(), others[2]) == chloe);
    CHECK(owner(temp.db(), others[3]) == anna);
    CHECK(leads.assignUnassigned() == 0); // nothing left without an owner
    // Each assignee got a task naming the lead.
    CHECK(sales::scalar(temp.db().handle(), "SELECT count(*) FROM tasks WHERE assignee_id = ?1", {anna})
              .toInt() == 2);
    CHECK(sales::scalar(temp.db().handle(), "SELECT count(*) FROM tasks WHERE lead_id = ?1", {others[1]})
              .toInt() == 1);

    // Leads left over from before (owner cleared) are picked up by "assign new leads", round robin going on.
    REQUIRE(sales::exec(temp.db().handle(), "UPDATE leads SET owner_id = NULL WHERE id IN (?1, ?2)",
                        {others[0], others[1]}));
    CHECK(leads.assignUnassigned() == 2);
    CHECK(owner(temp.db(), others[0]) == ben);
    CHECK(owner(temp.db(), others[1]) == chloe);

    const int dimitraTasks =
        sales::scalar(temp.db().handle(), "SELECT count(*) FROM tasks WHERE assignee_id = ?1", {dimitra})
            .toInt();
    REQUIRE(leads.reassign(others, dimitra));
    CHECK(owner(temp.db(), others[2]) == dimitra);
    CHECK(sales::scalar(temp.db().handle(), "SELECT count(*) FROM tasks WHERE assignee_id = ?1", {dimitra})
              .toInt() == dimitraTasks + 4);
}

TEST_CASE("conversion reuses an existing customer and contact and carries the timeline", "[sales]") {
    test::TempDatabase temp;
    RecordStore store(temp.db());
    LeadService leads(temp.db());
    const qint64 acme = add(store, "customer", {{QStringLiteral("name"), QStringLiteral("Acme Ltd")}});
    const qint64 jane = add(store, "contact",
                            {{QStringLiteral("first_name"), QStringLiteral("Jane")},
                             {QStringLiteral("last_name"), QStringLiteral("Doe")},
                             {QStringLiteral("customer_id"), acme},
                             {QStringLiteral("emails"), QStringLiteral("jane@acme.example")}});
    const qint64 lead = add(store, "lead",
                            {{QStringLiteral("first_name"), QStringLiteral("Jane")},
                             {QStringLiteral("last_name"), QStringLiteral("Doe")},
                             {QStringLiteral("organisation"), QStringLiteral("ACME LTD ")},
                             {QStringLiteral("email"), QStringLiteral("Jane@Acme.example")},
                             {QStringLiteral("estimated_value_minor"), 1250000}});
    add(store, "lead_activity",
        {{QStringLiteral("lead_id"), lead},
         {QStringLiteral("occurred_at"), QStringLiteral("2026-03-02T10:00:00Z")},
         {QStringLiteral("channel"), QStringLiteral("meeting")},
         {QStringLiteral("subject"), QStringLiteral("Stand visit")}});

    CHECK_FALSE(leads.convert(lead).status); // still new: not qualified
    REQUIRE(
        store.update(entity("lead"), lead, {{QStringLiteral("status"), QStringLiteral("qualified")}}).ok());
    const Conversion done = leads.convert(lead);
    INFO(done.status.message().toStdString());
    REQUIRE(done.status);
    CHECK(done.customerId == acme);
    CHECK(done.matchedCustomer);
    CHECK(done.contactId == jane);
    CHECK(done.carriedActivities == 1);
    CHECK(store.count(EntityCatalog::customer()) == 1);
    CHECK(store.count(EntityCatalog::contact()) == 1);
    const auto opportunity = store.get(entity("opportunity"), done.opportunityId);
    REQUIRE(opportunity);
    CHECK(opportunity->value(QStringLiteral("amount_minor")).toLongLong() == 1250000);
    CHECK(opportunity->value(QStringLiteral("customer_id")).toLongLong() == acme);
    CHECK(PipelineService(temp.db()).history(done.opportunityId).size() == 1);
    CHECK(sales::scalar(
              temp.db().handle(),
              "SELECT count(*) FROM interactions WHERE customer_id = ?1 AND subject = 'Stand visit'", {acme})
              .toInt() == 1);
    const auto converted = store.get(entity("lead"), lead);
    CHECK(converted->text(QStringLiteral("status")) == QStringLiteral("converted"));
    CHECK(converted->value(QStringLiteral("converted_opportunity_id")).toLongLong() == done.opportunityId);
    CHECK_FALSE(leads.convert(lead).status); // only once

    // A person without organisation becomes an individual customer; converting a second lead of the same
    // person finds the customer through the e-mail.
    const qint64 solo = add(store, "lead",
                            {{QStringLiteral("first_name"), QStringLiteral("Olek")},
                             {QStringLiteral("last_name"), QStringLiteral("Zieliński")},
                             {QStringLiteral("email"), QStringLiteral("olek@example.pl")},
                             {QStringLiteral("status"), QStringLiteral("qualified")}});
    const Conversion first = leads.convert(solo);
    REQUIRE(first.status);
    CHECK_FALSE(first.matchedCustomer);
    const qint64 again = add(store, "lead",
                             {{QStringLiteral("first_name"), QStringLiteral("Olek")},
                              {QStringLiteral("last_name"), QStringLiteral("Zielinski")},
                              {QStringLiteral("email"), QStringLiteral("OLEK@example.pl")},
                              {QStringLiteral("status"), QStringLiteral("qualified")}});
    const Conversion second = leads.convert(again);
    REQUIRE(second.status);
    CHECK(second.customerId == first.customerId);
    CHECK(second.contactId == first.contactId);
    CHECK(store.count(EntityCatalog::customer()) == 2);
}
