// Event rules: each event kind on hand-made data, conditions, every action, and firing exactly once per
// event.
#include "test_automation_support.h"

#include "automation/RuleEngine.h"
#include "automation/RuleSql.h"
#include "repository/Timeline.h"

using namespace rapport;
using namespace rapport::test;

namespace {

QDate day(const char* text) {
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

Rule makeRule(const char* name, const char* event, int days, QList<RuleAction> actions) {
    Rule rule;
    rule.name = QString::fromUtf8(name);
    rule.event = QString::fromLatin1(event);
    rule.days = days;
    rule.since = QStringLiteral("2020-01-01");
    rule.actions = std::move(actions);
    return rule;
}

RuleAction task(const char* title, int days = 0) {
    RuleAction a;
    a.kind = QStringLiteral("create_task");
    a.value = QString::fromUtf8(title);
    a.days = days;
    return a;
}

qint64 save(Database& db, Rule rule) {
    const Status saved = RuleStore(db).save(rule);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    return rule.id;
}

QList<qint64> firedRecords(const RuleRun& run) {
    REQUIRE(run.status.ok());
    QList<qint64> ids;
    for (const RuleFiring& f : run.firings)
        ids << f.recordId;
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 customer(Database& db, const char* name, qint64 owner = 0, const char* status = "active",
                const char* tags = nullptr) {
    QVariantMap values{{QStringLiteral("name"), QString::fromUtf8(name)},
                       {QStringLiteral("status"), QString::fromLatin1(status)}};
    if (owner)
        values.insert(QStringLiteral("owner_id"), owner);
    if (tags)
        values.insert(QStringLiteral("tags"), QString::fromUtf8(tags));
    const qint64 id = addRecord(db, "customer", values);
    sqlExec(db, "UPDATE customers SET created_at = '2025-01-01T10:00:00.000Z' WHERE id = ?1", {id});
    return id;
}

void interaction(Database& db, qint64 customerId, const char* when) {
    addRecord(db, "interaction",
              {{QStringLiteral("customer_id"), customerId},
               {QStringLiteral("channel"), QStringLiteral("phone")},
               {QStringLiteral("occurred_at"), QString::fromLatin1(when)}});
}

} // namespace

TEST_CASE("no interaction for N days fires once per silence and creates the owner's task", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 anna = addRecord(db, "user", {{QStringLiteral("name"), QStringLiteral("Anna")}});
    const qint64 quiet = customer(db, "Quiet Ltd", anna);
    const qint64 busy = customer(db, "Busy Ltd", anna);
    interaction(db, quiet, "2026-01-10T09:00:00Z");
    interaction(db, busy, "2026-06-01T09:00:00Z");
    const qint64 rule = save(db, makeRule("Gone quiet", "no_interaction", 90, {task("Call them", 3)}));

    RuleEngine engine(db);
    const RuleRun first = engine.run(day("2026-07-01"));
    CHECK(firedRecords(first) == QList<qint64>{quiet});
    REQUIRE(first.firings.size() == 1);
    CHECK(first.firings.first().eventKey == QStringLiteral("silence since 2026-01-10"));
    CHECK(first.firings.first().recordName == QStringLiteral("Quiet Ltd"));
    CHECK(sqlValue(db, "SELECT record_name FROM rule_firings").toString() == QStringLiteral("Quiet Ltd"));
    CHECK(first.firings.first().outcome.startsWith(QStringLiteral("task ")));
    CHECK(sqlValue(db,
                   "SELECT count(*) FROM tasks WHERE customer_id = ?1 AND assignee_id = ?2 AND "
                   "due_at = '2026-07-04T09:00:00Z' AND title = 'Call them — Quiet Ltd'",
                   {quiet, anna})
              .toInt() == 1);

    // Running again the same day (or later in the same silence) fires nothing new.
    CHECK(engine.run(day("2026-07-01")).firings.isEmpty());
    CHECK(engine.run(day("2026-07-20")).firings.isEmpty());
    CHECK(sqlValue(db, "SELECT count(*) FROM tasks").toInt() == 1);
    CHECK(sqlValue(db, "SELECT count(*) FROM rule_firings WHERE rule_id = ?1", {rule}).toInt() == 1);

    // A call ends the silence; the next silence fires again, and Busy Ltd's own silence fires too.
    interaction(db, quiet, "2026-07-05T09:00:00Z");
    CHECK(firedRecords(engine.run(day("2026-10-10"))) ==
          (QList<qint64>{std::min(quiet, busy), std::max(quiet, busy)}));
    CHECK(sqlValue(db, "SELECT count(*) FROM rule_firings WHERE rule_id = ?1", {rule}).toInt() == 3);
}

TEST_CASE("birthdays fire once a year, ahead of the day, across the new year and on 29 February",
          "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 owner = addRecord(db, "user", {{QStringLiteral("name"), QStringLiteral("Nikos")}});
    const qint64 org = customer(db, "Orange SA", owner);
    const auto contact = [&](const char* first, const char* birthday) {
        return addRecord(db, "contact",
                         {{QStringLiteral("first_name"), QString::fromLatin1(first)},
                          {QStringLiteral("customer_id"), org},
                          {QStringLiteral("birthday"), QString::fromLatin1(birthday)}});
    };
    const qint64 march = contact("March", "1980-03-15");
    const qint64 january = contact("January", "1990-01-02");
    const qint64 leap = contact("Leap", "1992-02-29");
    save(db, makeRule("Birthday card", "birthday", 7, {task("Send a card")}));
    RuleEngine engine(db);

    CHECK(firedRecords(engine.run(day("2026-03-10"))) == QList<qint64>{march});
    CHECK(engine.run(day("2026-03-10")).firings.isEmpty());
    CHECK(engine.run(day("2026-03-15")).firings.isEmpty()); // the same birthday
    CHECK(engine.run(day("2026-03-20")).firings.isEmpty()); // the next one is a year away
    const RuleRun nextYear = engine.run(day("2027-03-14"));
    REQUIRE(firedRecords(nextYear) == QList<qint64>{march});
    CHECK(nextYear.firings.first().eventKey == QStringLiteral("birthday 2027"));
    // The task goes to the owner of the contact's organisation.
    CHECK(
        sqlValue(db, "SELECT count(*) FROM tasks WHERE contact_id = ?1 AND assignee_id = ?2", {march, owner})
            .toInt() == 2);

    const RuleRun newYear = engine.run(day("2026-12-30"));
    REQUIRE(firedRecords(newYear) == QList<qint64>{january});
    CHECK(newYear.firings.first().eventKey == QStringLiteral("birthday 2027"));

    // Born on 29 February: in a year without it the birthday is kept on 1 March.
    Rule sameDay = makeRule("On the day", "birthday", 0, {task("Call")});
    const qint64 sameDayId = save(db, sameDay);
    CHECK(engine.runRule(sameDayId, day("2027-02-28")).firings.isEmpty());
    const RuleRun leapRun = engine.runRule(sameDayId, day("2027-03-01"));
    REQUIRE(firedRecords(leapRun) == QList<qint64>{leap});
    CHECK(leapRun.firings.first().eventKey == QStringLiteral("birthday 2027"));
    CHECK(firedRecords(engine.runRule(sameDayId, day("2028-02-29"))) == QList<qint64>{leap});
    CHECK(RuleSql::monthDays(day("2027-02-27"), 3) ==
          QStringList{QStringLiteral("02-27"), QStringLiteral("02-28"), QStringLiteral("03-01"),
                      QStringLiteral("02-29"), QStringLiteral("03-02")});
}

TEST_CASE("anniversary of the first won deal, from the first year on", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 old = customer(db, "Old Friend Ltd");
    const qint64 fresh = customer(db, "Fresh Ltd");
    addOpportunity(db, QStringLiteral("First"), old, 1000, QStringLiteral("won"),
                   QStringLiteral("2024-05-20T10:00:00Z"));
    addOpportunity(db, QStringLiteral("Second"), old, 1000, QStringLiteral("won"),
                   QStringLiteral("2025-05-19T10:00:00Z"));
    addOpportunity(db, QStringLiteral("New"), fresh, 1000, QStringLiteral("won"),
                   QStringLiteral("2026-05-19T10:00:00Z"));
    save(db, makeRule("Thank you", "anniversary", 3, {task("Thank them")}));
    RuleEngine engine(db);
    const RuleRun run = engine.run(day("2026-05-18"));
    CHECK(firedRecords(run) == QList<qint64>{old});
    CHECK(run.firings.first().eventKey == QStringLiteral("anniversary 2026"));
    CHECK(engine.run(day("2026-05-20")).firings.isEmpty());
    CHECK(firedRecords(engine.run(day("2027-05-18"))) ==
          (QList<qint64>{std::min(old, fresh), std::max(old, fresh)}));
}

TEST_CASE("lost opportunities from the rule's start, with an amount condition", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 c = customer(db, "Lost Deals Ltd");
    const qint64 big = addOpportunity(db, QStringLiteral("Big"), c, 500000, QStringLiteral("lost"),
                                      QStringLiteral("2026-02-03T10:00:00Z"));
    addOpportunity(db, QStringLiteral("Small"), c, 5000, QStringLiteral("lost"),
                   QStringLiteral("2026-02-04T10:00:00Z"));
    addOpportunity(db, QStringLiteral("Old"), c, 900000, QStringLiteral("lost"),
                   QStringLiteral("2025-12-01T10:00:00Z"));
    addOpportunity(db, QStringLiteral("Open"), c, 900000, QStringLiteral("open"));
    Rule rule = makeRule("Win back", "opportunity_lost", 0, {task("Ask why")});
    rule.since = QStringLiteral("2026-01-01");
    rule.conditions = {{QStringLiteral("amount_minor"), QStringLiteral("greater"), QStringLiteral("100000")}};
    save(db, rule);
    const RuleRun run = RuleEngine(db).run(day("2026-03-01"));
    CHECK(firedRecords(run) == QList<qint64>{big});
    CHECK(run.firings.first().eventKey == QStringLiteral("lost on 2026-02-03"));
    CHECK(run.firings.first().customerId == c);
}

TEST_CASE("a case opened in a category tags the customer and assigns the case", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 lead = addRecord(db, "user", {{QStringLiteral("name"), QStringLiteral("Service lead")}});
    const qint64 c = customer(db, "Unhappy Ltd", 0, "active", "retail");
    const auto addCase = [&](const char* subject, const char* category, const char* opened) {
        return addRecord(db, "case",
                         {{QStringLiteral("subject"), QString::fromLatin1(subject)},
                          {QStringLiteral("category"), QString::fromLatin1(category)},
                          {QStringLiteral("customer_id"), c},
                          {QStringLiteral("opened_at"), QString::fromLatin1(opened)}});
    };
    const qint64 complaint = addCase("Broken delivery", "Complaint", "2026-03-01T08:00:00Z");
    addCase("How do I", "question", "2026-03-01T09:00:00Z");
    RuleAction tag;
    tag.kind = QStringLiteral("tag");
    tag.value = QStringLiteral("complained");
    RuleAction assign;
    assign.kind = QStringLiteral("assign");
    assign.userId = lead;
    Rule rule = makeRule("Complaints", "case_opened", 0, {tag, assign});
    rule.value = QStringLiteral("complaint");
    save(db, rule);
    const RuleRun run = RuleEngine(db).run(day("2026-03-02"));
    CHECK(firedRecords(run) == QList<qint64>{complaint});
    CHECK(run.firings.first().outcome ==
          QStringLiteral("tagged “complained”; case assigned to Service lead"));
    CHECK(sqlValue(db, "SELECT tags FROM customers WHERE id = ?1", {c}).toString() ==
          QStringLiteral("retail; complained"));
    CHECK(sqlValue(db, "SELECT owner_id FROM cases WHERE id = ?1", {complaint}).toLongLong() == lead);
}

TEST_CASE("a quote about to expire, and a lead reaching a score with set field", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 c = customer(db, "Quoted Ltd");
    const auto quote = [&](const char* number, const char* status, const char* validUntil) {
        return addRecord(db, "quote",
                         {{QStringLiteral("number"), QString::fromLatin1(number)},
                          {QStringLiteral("year"), 2026},
                          {QStringLiteral("sequence"), QString::fromLatin1(number).right(1).toInt()},
                          {QStringLiteral("customer_id"), c},
                          {QStringLiteral("status"), QString::fromLatin1(status)},
                          {QStringLiteral("issue_date"), QStringLiteral("2026-03-01")},
                          {QStringLiteral("valid_until"), QString::fromLatin1(validUntil)}});
    };
    const qint64 sent = quote("Q-2026-1", "sent", "2026-04-10");
    quote("Q-2026-2", "accepted", "2026-04-10");
    quote("Q-2026-3", "draft", "2026-05-30");
    save(db, makeRule("Chase quote", "quote_expiring", 7, {task("Chase")}));
    const RuleRun run = RuleEngine(db).run(day("2026-04-05"));
    CHECK(firedRecords(run) == QList<qint64>{sent});
    CHECK(run.firings.first().eventKey == QStringLiteral("expires 2026-04-10"));

    addRecord(db, "scoring_rule",
              {{QStringLiteral("name"), QStringLiteral("Fair")},
               {QStringLiteral("criterion"), QStringLiteral("source")},
               {QStringLiteral("value"), QStringLiteral("fair")},
               {QStringLiteral("points"), 60}});
    const qint64 hot = addRecord(db, "lead",
                                 {{QStringLiteral("last_name"), QStringLiteral("Hot")},
                                  {QStringLiteral("source"), QStringLiteral("fair")}});
    addRecord(db, "lead",
              {{QStringLiteral("last_name"), QStringLiteral("Cold")},
               {QStringLiteral("source"), QStringLiteral("web")}});
    RuleAction qualify;
    qualify.kind = QStringLiteral("set_field");
    qualify.field = QStringLiteral("status");
    qualify.value = QStringLiteral("qualified");
    Rule scored = makeRule("Hot lead", "lead_score", 0, {qualify});
    scored.threshold = 50;
    save(db, scored);
    const RuleRun leads = RuleEngine(db).run(day("2026-04-05"));
    CHECK(firedRecords(leads) == QList<qint64>{hot});
    CHECK(leads.firings.first().outcome == QStringLiteral("status set to “qualified”"));
    CHECK(sqlValue(db, "SELECT status FROM leads WHERE id = ?1", {hot}).toString() ==
          QStringLiteral("qualified"));
    CHECK(RuleEngine(db).run(day("2026-04-06")).firings.isEmpty());
}

TEST_CASE("conditions on the record and its customer narrow the events", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 anna = addRecord(db, "user", {{QStringLiteral("name"), QStringLiteral("Anna")}});
    const qint64 bob = addRecord(db, "user", {{QStringLiteral("name"), QStringLiteral("Bob")}});
    const qint64 match = customer(db, "Match Ltd", anna, "active", "vip; retail");
    customer(db, "Prospect Ltd", anna, "prospect", "vip");
    customer(db, "Other Owner Ltd", bob, "active", "vip");
    customer(db, "Vipers Ltd", anna, "active", "vipers"); // "vip" must match a whole tag
    Rule rule = makeRule("VIP gone quiet", "no_interaction", 30, {task("Call")});
    rule.conditions = {{QStringLiteral("status"), QStringLiteral("equals"), QStringLiteral("active")},
                       {QStringLiteral("customer.tags"), QStringLiteral("contains"), QStringLiteral("VIP")},
                       {QStringLiteral("owner_id"), QStringLiteral("equals"), QString::number(anna)},
                       {QStringLiteral("industry"), QStringLiteral("empty"), QString()}};
    save(db, rule);
    CHECK(firedRecords(RuleEngine(db).run(day("2026-07-01"))) == QList<qint64>{match});
}

TEST_CASE("bad rules are refused with the part at fault, and a failing action leaves no trace",
          "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    Rule rule = makeRule("Broken", "no_interaction", 30, {task("x")});
    rule.conditions = {{QStringLiteral("colour"), QStringLiteral("equals"), QStringLiteral("red")}};
    Status saved = RuleStore(db).save(rule);
    CHECK_FALSE(saved.ok());
    CHECK(saved.message().startsWith(QStringLiteral("Condition 1: “colour” is not a field")));
    rule.conditions = {{QStringLiteral("status"), QStringLiteral("equals"), QStringLiteral("dormant")}};
    CHECK(RuleStore(db).save(rule).message().contains(QStringLiteral("“dormant” is not one of status")));
    rule.conditions = {{QStringLiteral("owner_id"), QStringLiteral("contains"), QStringLiteral("1")}};
    CHECK_FALSE(RuleStore(db).save(rule).ok());
    rule.conditions.clear();
    rule.actions.clear();
    CHECK(RuleStore(db).save(rule).message() ==
          QStringLiteral("The rule does nothing: add at least one action."));
    rule.days = 0;
    rule.actions = {task("x")};
    CHECK_FALSE(RuleStore(db).save(rule).ok());
    CHECK(sqlValue(db, "SELECT count(*) FROM automation_rules").toInt() == 0);

    // set_field with a value the field refuses: the firing is rolled back, reported, and tried again next
    // run.
    const qint64 c = customer(db, "Target Ltd");
    RuleAction bad;
    bad.kind = QStringLiteral("set_field");
    bad.field = QStringLiteral("status");
    bad.value = QStringLiteral("dormant");
    const qint64 id = save(db, makeRule("Bad value", "no_interaction", 30, {task("Before"), bad}));
    const RuleRun run = RuleEngine(db).run(day("2026-07-01"));
    CHECK(run.status.ok());
    CHECK(run.firings.isEmpty());
    REQUIRE(run.problems.size() == 1);
    CHECK(run.problems.first().startsWith(QStringLiteral("Rule “Bad value” on customer %1").arg(c)));
    CHECK(sqlValue(db, "SELECT count(*) FROM tasks").toInt() == 0);
    CHECK(sqlValue(db, "SELECT count(*) FROM rule_firings WHERE rule_id = ?1", {id}).toInt() == 0);
}

TEST_CASE("add to a campaign once, and inactive rules stay quiet", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 c = customer(db, "Member Ltd");
    const qint64 campaign = db.ids().next();
    sqlExec(db, "INSERT INTO campaigns (id, name, channel) VALUES (?1, 'Win back', 'event')", {campaign});
    const qint64 mailing = db.ids().next();
    sqlExec(db, "INSERT INTO campaigns (id, name, channel) VALUES (?1, 'Newsletter', 'email')", {mailing});
    RuleAction join;
    join.kind = QStringLiteral("add_to_campaign");
    join.campaignId = campaign;
    const qint64 rule = save(db, makeRule("Quiet to campaign", "no_interaction", 30, {join}));
    Rule off = makeRule("Switched off", "no_interaction", 30, {task("never")});
    off.active = false;
    save(db, off);
    RuleEngine engine(db);
    const RuleRun run = engine.run(day("2026-07-01"));
    REQUIRE(run.firings.size() == 1);
    CHECK(run.firings.first().ruleId == rule);
    CHECK(run.firings.first().outcome == QStringLiteral("added to campaign “Win back”"));
    CHECK(sqlValue(db, "SELECT count(*) FROM campaign_members WHERE campaign_id = ?1 AND customer_id = ?2",
                   {campaign, c})
              .toInt() == 1);
    sqlExec(db, "DELETE FROM rule_firings"); // even when the log is cleared, the member is not added twice
    CHECK(engine.run(day("2026-07-01")).firings.first().outcome ==
          QStringLiteral("already in campaign “Win back”"));
    CHECK(sqlValue(db, "SELECT count(*) FROM campaign_members").toInt() == 1);
    CHECK(sqlValue(db, "SELECT count(*) FROM tasks").toInt() == 0);

    // An e-mail campaign needs the customer's consent to e-mail (the campaign service decides).
    RuleAction mail;
    mail.kind = QStringLiteral("add_to_campaign");
    mail.campaignId = mailing;
    const qint64 mailRule = save(db, makeRule("Quiet to newsletter", "no_interaction", 30, {mail}));
    const RuleRun refused = engine.runRule(mailRule, day("2026-07-01"));
    REQUIRE(refused.firings.size() == 1);
    CHECK(refused.firings.first().outcome ==
          QStringLiteral("not added to “Newsletter”: no consent for its channel"));
    CHECK(sqlValue(db, "SELECT count(*) FROM campaign_members WHERE campaign_id = ?1", {mailing}).toInt() ==
          0);
}

TEST_CASE("cases appear on their customer's and contact's timeline", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 c = customer(db, "Case Ltd");
    const qint64 person = addRecord(
        db, "contact",
        {{QStringLiteral("first_name"), QStringLiteral("Eva")}, {QStringLiteral("customer_id"), c}});
    interaction(db, c, "2026-02-01T09:00:00Z");
    const qint64 ticket = addRecord(db, "case",
                                    {{QStringLiteral("subject"), QStringLiteral("Printer jams")},
                                     {QStringLiteral("category"), QStringLiteral("technical")},
                                     {QStringLiteral("status"), QStringLiteral("resolved")},
                                     {QStringLiteral("customer_id"), c},
                                     {QStringLiteral("contact_id"), person},
                                     {QStringLiteral("opened_at"), QStringLiteral("2026-03-01T08:00:00Z")}});
    const QList<TimelineEntry> entries = Timeline(db).forCustomer(c);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].kind == TimelineEntry::Kind::Case);
    CHECK(entries[0].id == ticket);
    CHECK(entries[0].subject == QStringLiteral("Printer jams"));
    CHECK(entries[0].channel == QStringLiteral("technical"));
    CHECK(entries[0].contactName == QStringLiteral("Eva"));
    CHECK(entries[0].done);
    CHECK(entries[1].kind == TimelineEntry::Kind::Interaction);
    CHECK(Timeline(db).forContact(person).size() == 1);
    CHECK(Timeline(db).openTasks(c).isEmpty());
}
