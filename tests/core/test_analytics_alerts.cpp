// Sales-intelligence alerts on a small hand-made dataset: exactly which alerts appear for "me" and for
// everyone, thresholds per user, and what snooze and dismiss do when the data changes.
#include "TestSupport.h"

#include "analytics/Alerts.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::analytics;

namespace {

QStringList names(std::initializer_list<const char*> texts) {
    QStringList result;
    for (const char* text : texts)
        result << QString::fromUtf8(text);
    return result;
}

constexpr qint64 me = 11, other = 12;
constexpr qint64 acmeCo = 21, betaCo = 22, gammaCo = 23;

void sql(Database& db, std::string_view text, const QVariantList& values = {}) {
    const Status done = sales::exec(db.handle(), text, values);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

void opportunity(Database& db, qint64 id, const char* title, qint64 customer, qint64 owner,
                 const char* status, const QVariant& close, const char* created, qint64 amount = 100000,
                 const QVariant& closedAt = {}) {
    sql(db,
        "INSERT INTO opportunities (id, title, customer_id, pipeline_id, stage_id, amount_minor, status, "
        "expected_close, owner_id, closed_at, created_at) VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10)",
        {id, QString::fromLatin1(title), customer, QString::fromLatin1(status) == u"won" ? 2 : 1, amount,
         QString::fromLatin1(status), close, owner, closedAt, QString::fromLatin1(created)});
}

void purchase(Database& db, qint64 id, qint64 customer, const char* day, qint64 total,
              const char* status = "accepted") {
    sql(db,
        "INSERT INTO quotes (id, number, year, sequence, customer_id, status, issue_date, total_minor, "
        "accepted_at) VALUES (?1, 'Q-' || ?1, 2025, ?1, ?2, ?3, ?4, ?5, CASE WHEN ?3 = 'accepted' THEN ?4 || "
        "'T10:00:00Z' END)",
        {id, customer, QString::fromLatin1(status), QString::fromLatin1(day), total});
}

void lead(Database& db, qint64 id, const char* name, const char* status, const char* created,
          const char* assigned) {
    sql(db,
        "INSERT INTO leads (id, last_name, status, owner_id, created_at, assigned_at) VALUES (?1, ?2, ?3, "
        "?4, ?5, "
        "?6)",
        {id, QString::fromLatin1(name), QString::fromLatin1(status), me, QString::fromLatin1(created),
         QString::fromLatin1(assigned)});
}

// The dataset described case by case below; "now" is 2026-06-15 12:00 UTC.
void buildDataset(Database& db) {
    sql(db, "INSERT INTO users (id, name) VALUES (?1, 'Me'), (?2, 'Other')", {me, other});
    REQUIRE(db.setMeta(QStringLiteral("me_user_id"), QString::number(me)).ok());
    sql(db,
        "INSERT INTO customers (id, name, owner_id) VALUES (?1, 'Acme', ?4), (?2, 'Beta', ?4), (?3, 'Gamma', "
        "?5)",
        {acmeCo, betaCo, gammaCo, me, other});
    sql(db, "INSERT INTO pipelines (id, name) VALUES (1, 'Sales')");
    sql(db, "INSERT INTO stages (id, pipeline_id, name, outcome) VALUES (1, 1, 'Open', 'open'), "
            "(2, 1, 'Won', 'won')");
    // Close dates: 5 days ahead, 14 days past, beyond the 14-day horizon, today; someone else's tomorrow.
    opportunity(db, 31, "Closing soon", acmeCo, me, "open", QStringLiteral("2026-06-20"),
                "2026-06-10T09:00:00Z");
    opportunity(db, 32, "Past close", acmeCo, me, "open", QStringLiteral("2026-06-01"),
                "2026-05-01T09:00:00Z");
    sql(db, "INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at) VALUES "
            "(41, 32, 1, '2026-06-10T09:00:00Z')");
    opportunity(db, 33, "Far away", betaCo, me, "open", QStringLiteral("2026-08-01"), "2026-03-01T09:00:00Z");
    sql(db,
        "INSERT INTO interactions (id, customer_id, channel, occurred_at) VALUES "
        "(51, ?1, 'phone', '2026-06-01T10:00:00Z')",
        {betaCo});
    // Stale: created in April, moved on 2 April, its customer last heard of on 1 May (a call planned for
    // August is in the future and does not count).
    opportunity(db, 34, "Stale", gammaCo, me, "open", QVariant(), "2026-04-01T09:00:00Z");
    sql(db, "INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at) VALUES "
            "(42, 34, 1, '2026-04-02T09:00:00Z')");
    sql(db,
        "INSERT INTO interactions (id, customer_id, channel, occurred_at) VALUES "
        "(52, ?1, 'phone', '2026-05-01T10:00:00Z'), (53, ?1, 'meeting', '2026-08-01T10:00:00Z')",
        {gammaCo});
    opportunity(db, 35, "Someone else's", gammaCo, other, "open", QStringLiteral("2026-06-16"),
                "2026-06-14T09:00:00Z");
    opportunity(db, 37, "Closes today", betaCo, me, "open", QStringLiteral("2026-06-15"),
                "2026-06-14T09:00:00Z");
    // Quotas: mine 10,000.00 a quarter, 3,000.00 won (and a win before the quarter); the other's 1,000.00 a
    // month, 1,000.00 won.
    sql(db,
        "INSERT INTO sales_reps (id, user_id, quota_minor, quota_period) VALUES (61, ?1, 1000000, "
        "'quarter'), "
        "(62, ?2, 100000, 'month')",
        {me, other});
    opportunity(db, 36, "Won in May", acmeCo, me, "won", QVariant(), "2026-04-01T09:00:00Z", 300000,
                QStringLiteral("2026-05-10T09:00:00Z"));
    opportunity(db, 38, "Won in March", acmeCo, me, "won", QVariant(), "2026-01-01T09:00:00Z", 900000,
                QStringLiteral("2026-03-30T09:00:00Z"));
    opportunity(db, 39, "Other's win", gammaCo, other, "won", QVariant(), "2026-06-01T09:00:00Z", 100000,
                QStringLiteral("2026-06-05T09:00:00Z"));
    // Purchases. Acme: 2,000.00 in the six months before the last six, 500.00 since (-75 %). Beta: 1,000.00
    // then 600.00 (-40 %, under the 50 % threshold). Gamma (the other's): 1,000.00 then nothing.
    purchase(db, 71, acmeCo, "2025-01-01", 700000); // before both windows
    purchase(db, 72, acmeCo, "2025-08-01", 100000);
    purchase(db, 73, acmeCo, "2025-10-01", 100000);
    purchase(db, 74, acmeCo, "2026-02-01", 50000);
    purchase(db, 75, betaCo, "2025-09-01", 100000);
    purchase(db, 76, betaCo, "2026-03-01", 60000);
    purchase(db, 77, betaCo, "2025-09-02", 500000, "rejected");
    purchase(db, 78, gammaCo, "2025-09-01", 100000);
    // Leads (mine, 48 hours to contact): 5 days untouched; 18 hours old; contacted; reassigned to me after a
    // call by someone before; marked contacted.
    lead(db, 81, "Untouched", "new", "2026-06-10T09:00:00Z", "2026-06-10T09:00:00Z");
    lead(db, 82, "Fresh", "new", "2026-06-14T18:00:00Z", "2026-06-14T18:00:00Z");
    lead(db, 83, "Called", "new", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z");
    lead(db, 84, "Reassigned", "new", "2026-05-01T00:00:00Z", "2026-06-12T08:00:00Z");
    lead(db, 85, "Marked", "contacted", "2026-05-01T00:00:00Z", "2026-05-01T00:00:00Z");
    sql(db, "INSERT INTO lead_activities (id, lead_id, occurred_at) VALUES (91, 83, '2026-06-03T10:00:00Z'), "
            "(92, 84, '2026-05-02T10:00:00Z')");
    // Tasks: mine overdue, mine tomorrow, mine done, the other's overdue.
    sql(db,
        "INSERT INTO tasks (id, customer_id, assignee_id, title, due_at, done) VALUES "
        "(101, ?1, ?2, 'Send brochure', '2026-06-14T09:00:00Z', 0), (102, ?1, ?2, 'Call back', "
        "'2026-06-16T09:00:00Z', 0), (103, ?1, ?2, 'Done already', '2026-06-01T09:00:00Z', 1), "
        "(104, ?1, ?3, 'Not mine', '2026-06-01T09:00:00Z', 0)",
        {acmeCo, me, other});
}

QDateTime at(const char* text) {
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

QStringList keys(const QList<Alert>& alerts) {
    QStringList result;
    for (const Alert& alert : alerts)
        result << alert.key();
    return result;
}

const Alert& byKey(const QList<Alert>& alerts, const char* key) {
    for (const Alert& alert : alerts)
        if (alert.key() == QLatin1String(key))
            return alert;
    FAIL("no alert " << key);
    return alerts.first();
}

} // namespace

TEST_CASE("alerts: exactly the user's alerts appear, most urgent first within each kind",
          "[analytics][alerts]") {
    test::TempDatabase temp;
    buildDataset(temp.db());
    AlertService service(temp.db());
    CHECK(service.defaultUser() == me);
    Status status;
    const QList<Alert> mine = service.alerts(me, at("2026-06-15T12:00:00Z"), false, &status);
    REQUIRE(status.ok());
    CHECK(keys(mine) == names({"task_overdue:101", "past_close:32", "closing_soon:37", "closing_soon:31",
                               "lead_uncontacted:81", "lead_uncontacted:84", "stale_deal:34",
                               "quota_behind:61", "buying_drop:21"}));
    CHECK(byKey(mine, "past_close:32").days == 14);
    CHECK(byKey(mine, "past_close:32").conditionKey == QStringLiteral("2026-06-01"));
    CHECK(byKey(mine, "closing_soon:37").days == 0);
    CHECK(byKey(mine, "closing_soon:31").days == 5);
    CHECK(byKey(mine, "closing_soon:31").customerId == acmeCo);
    CHECK(byKey(mine, "stale_deal:34").days == 45);
    CHECK(byKey(mine, "stale_deal:34").conditionKey == QStringLiteral("2026-05-01T10:00:00Z"));
    CHECK(byKey(mine, "lead_uncontacted:84").conditionKey == QStringLiteral("2026-06-12T08:00:00Z"));
    // Quarter April-June: 76 of 91 days gone, so 10,000.00 × 76 / 91 = 8,351.65 expected; 3,000.00 won.
    const Alert& quota = byKey(mine, "quota_behind:61");
    CHECK(quota.amountMinor == 300000);
    CHECK(quota.referenceMinor == 835165);
    CHECK(quota.conditionKey == QStringLiteral("2026-04-01"));
    CHECK(quota.title == QStringLiteral("Me"));
    const Alert& drop = byKey(mine, "buying_drop:21");
    CHECK(drop.amountMinor == 50000);
    CHECK(drop.referenceMinor == 200000);
    CHECK(drop.conditionKey == QStringLiteral("2026-02-01"));
    CHECK(drop.detail.contains(QStringLiteral("75")));

    // Everyone's: the other's deal closing tomorrow and Gamma's drop join; the other's task too; the other's
    // quota is on pace (1,000.00 won, 500.00 expected by the 15th of a 30-day month).
    const QList<Alert> everyone = service.alerts(0, at("2026-06-15T12:00:00Z"), false, &status);
    REQUIRE(status.ok());
    CHECK(keys(everyone) ==
          names({"task_overdue:104", "task_overdue:101", "past_close:32", "closing_soon:37",
                 "closing_soon:35", "closing_soon:31", "lead_uncontacted:81", "lead_uncontacted:84",
                 "stale_deal:34", "quota_behind:61", "buying_drop:21", "buying_drop:23"}));
}

TEST_CASE("alerts: thresholds are per user, validated and stored", "[analytics][alerts]") {
    test::TempDatabase temp;
    buildDataset(temp.db());
    AlertService service(temp.db());
    CHECK(service.settings(me) == AlertSettings{});
    AlertSettings tight;
    tight.closingDays = 3;       // the deal in 5 days drops out
    tight.staleDays = 50;        // 45 idle days are fine now
    tight.quotaPacePercent = 30; // 3,000.00 >= 30 % of 8,351.65
    tight.trendDropPercent = 40; // Beta's -40 % counts
    tight.leadContactHours = 96; // the lead reassigned 76 hours ago is still in time
    REQUIRE(service.saveSettings(me, tight).ok());
    CHECK(service.settings(me) == tight);
    CHECK(service.settings(other) == AlertSettings{});
    const QList<Alert> mine = service.alerts(me, at("2026-06-15T12:00:00Z"));
    CHECK(keys(mine) == names({"task_overdue:101", "past_close:32", "closing_soon:37", "lead_uncontacted:81",
                               "buying_drop:21", "buying_drop:22"}));

    AlertSettings wrong = tight;
    wrong.staleDays = 0;
    const Status refused = service.saveSettings(me, wrong);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("Days without activity")));
    CHECK(refused.message().contains(QStringLiteral("between 1 and 3650")));
    CHECK(service.settings(me) == tight);
}

TEST_CASE("alerts: a snooze hides until its time, a dismissal until the condition arises anew",
          "[analytics][alerts]") {
    test::TempDatabase temp;
    Database& db = temp.db();
    buildDataset(db);
    AlertService service(db);
    const QDateTime now = at("2026-06-15T12:00:00Z");
    Status status;

    // Dismiss the deal closing on the 20th: gone, and still gone when the data is read again.
    const std::optional<Alert> closing = service.find(me, QStringLiteral("closing_soon:31"), now, &status);
    REQUIRE(closing);
    REQUIRE(service.dismiss(me, *closing).ok());
    CHECK_FALSE(keys(service.alerts(me, now)).contains(QStringLiteral("closing_soon:31")));
    CHECK_FALSE(keys(service.alerts(me, now.addDays(1))).contains(QStringLiteral("closing_soon:31")));
    // Another user's view is not affected.
    CHECK(keys(service.alerts(0, now)).contains(QStringLiteral("closing_soon:31")));
    // A new close date is a new condition: the alert is back.
    sql(db, "UPDATE opportunities SET expected_close = '2026-06-22' WHERE id = 31");
    const QList<Alert> after = service.alerts(me, now);
    REQUIRE(keys(after).contains(QStringLiteral("closing_soon:31")));
    CHECK(byKey(after, "closing_soon:31").days == 7);

    // Snooze the overdue task until the 17th: hidden now, listed as snoozed, back on the 18th.
    const std::optional<Alert> task = service.find(me, QStringLiteral("101"), now, &status);
    REQUIRE(task);
    CHECK(task->kind == AlertKind::TaskOverdue);
    REQUIRE(service.snooze(me, *task, at("2026-06-17T00:00:00Z")).ok());
    CHECK_FALSE(keys(service.alerts(me, now)).contains(QStringLiteral("task_overdue:101")));
    const QList<Alert> hidden = service.alerts(me, now, true);
    CHECK(byKey(hidden, "task_overdue:101").state == Alert::State::Snoozed);
    CHECK(byKey(hidden, "task_overdue:101").snoozedUntil == at("2026-06-17T00:00:00Z"));
    CHECK(keys(service.alerts(me, at("2026-06-18T12:00:00Z"))).contains(QStringLiteral("task_overdue:101")));

    // A dismissed stale deal stays away while nothing happens; a call resets its clock (no alert), and when
    // it goes stale again it is a new condition.
    const std::optional<Alert> stale = service.find(me, QStringLiteral("stale_deal:34"), now, &status);
    REQUIRE(stale);
    REQUIRE(service.dismiss(me, *stale).ok());
    CHECK(byKey(service.alerts(me, now, true), "stale_deal:34").state == Alert::State::Dismissed);
    sql(db,
        "INSERT INTO interactions (id, customer_id, channel, occurred_at) VALUES "
        "(54, ?1, 'phone', '2026-06-05T10:00:00Z')",
        {gammaCo});
    CHECK_FALSE(keys(service.alerts(me, now, true)).contains(QStringLiteral("stale_deal:34")));
    CHECK(keys(service.alerts(me, at("2026-07-01T12:00:00Z"))).contains(QStringLiteral("stale_deal:34")));

    // Restoring forgets a dismissal; an ambiguous or unknown id is refused with a clear message.
    const std::optional<Alert> drop = service.find(me, QStringLiteral("buying_drop:21"), now, &status);
    REQUIRE(drop);
    REQUIRE(service.dismiss(me, *drop).ok());
    CHECK_FALSE(keys(service.alerts(me, now)).contains(QStringLiteral("buying_drop:21")));
    REQUIRE(service.restore(me, *drop).ok());
    CHECK(keys(service.alerts(me, now)).contains(QStringLiteral("buying_drop:21")));
    CHECK_FALSE(service.find(me, QStringLiteral("999"), now, &status));
    CHECK(status.message().contains(QStringLiteral("no alert “999”")));
}
