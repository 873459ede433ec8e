#include "demo/DemoAutomation.h"

#include "automation/Rules.h"
#include "demo/DemoText.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QDateTime>

namespace rapport::demo {
namespace {

using sales::exec;

QString timeOf(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString dateOf(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date().toString(Qt::ISODate);
}

struct CaseSpec {
    const char* category;
    const char* subject;
};

constexpr CaseSpec caseSpecs[] = {
    {"complaint", "Delivery arrived damaged"},
    {"complaint", "Invoice charged twice"},
    {"question", "How do I add a second user?"},
    {"question", "Where can I download the handbook?"},
    {"technical", "Scanner does not pair over Bluetooth"},
    {"technical", "Sync stops at 80 %"},
    {"billing", "Please change the billing address"},
    {"return", "Return of a faulty label printer"},
};

Status addRules(Database& db, qint64 now, qint64 manager) {
    const auto task = [](const char* title, int days) {
        RuleAction a;
        a.value = QString::fromUtf8(title);
        a.days = days;
        return a;
    };
    const auto rule = [&](const char* name, const char* event, int days, QList<RuleAction> actions) {
        Rule r;
        r.name = QString::fromUtf8(name);
        r.event = QString::fromLatin1(event);
        r.days = days;
        r.since = dateOf(now - 30 * secondsPerDay);
        r.actions = std::move(actions);
        return r;
    };
    RuleAction tagComplaint;
    tagComplaint.kind = QStringLiteral("tag");
    tagComplaint.value = QStringLiteral("complaint");
    RuleAction toManager;
    toManager.kind = QStringLiteral("assign");
    toManager.userId = manager;
    RuleAction qualify;
    qualify.kind = QStringLiteral("set_field");
    qualify.field = QStringLiteral("status");
    qualify.value = QStringLiteral("qualified");

    Rule quiet = rule("Key account gone quiet", "no_interaction", 120, {task("Call the key account", 2)});
    quiet.conditions = {{QStringLiteral("status"), QStringLiteral("equals"), QStringLiteral("active")},
                        {QStringLiteral("tags"), QStringLiteral("contains"), QStringLiteral("key-account")}};
    Rule lost = rule("Win back a lost deal", "opportunity_lost", 0,
                     {task("Ask why we lost and plan a win-back", 30)});
    lost.conditions = {
        {QStringLiteral("amount_minor"), QStringLiteral("greater_or_equal"), QStringLiteral("500000")}};
    Rule complaint = rule("Complaint escalation", "case_opened", 0, {tagComplaint, toManager});
    complaint.value = QStringLiteral("complaint");
    Rule birthday = rule("Birthday card", "birthday", 7, {task("Send a birthday card", 0)});
    birthday.conditions = {
        {QStringLiteral("customer.tags"), QStringLiteral("contains"), QStringLiteral("vip")}};
    Rule expiring = rule("Quote about to expire", "quote_expiring", 5, {task("Chase the quote", 0)});
    Rule hot = rule("Hot lead", "lead_score", 0, {qualify, task("Call the hot lead today", 0)});
    hot.threshold = 60;
    Rule anniversary = rule("Customer anniversary", "anniversary", 7, {task("Send a thank-you note", 0)});
    for (Rule* r : {&quiet, &lost, &complaint, &birthday, &expiring, &hot, &anniversary})
        if (Status saved = RuleStore(db).save(*r); !saved)
            return saved;
    // The sample's own clock, like every other generated row.
    for (const char* sql : {"UPDATE automation_rules SET created_at = ?1, updated_at = ?1",
                            "UPDATE rule_conditions SET created_at = ?1, updated_at = ?1",
                            "UPDATE rule_actions SET created_at = ?1, updated_at = ?1"})
        if (Status done = exec(db.handle(), sql, {timeOf(now)}); !done)
            return done;
    return Status::success();
}

} // namespace

Status generateAutomation(Database& db, quint64 seed, qint64 now, const std::vector<qint64>& users) {
    sqlite3* h = db.handle();
    if (sales::scalar(h, "SELECT count(*) FROM automation_rules").toLongLong() > 0)
        return Status::success(); // sample data added to sample data: keep the first set
    Rng rng(seed * 104729 + 31);
    const QString stamp = timeOf(now);
    const auto user = [&] {
        return users.empty() ? QVariant() : QVariant(rng.pick(users));
    };

    // Cases for every 40th customer of the first 60,000, newest in the last half year.
    const QList<QVariantMap> customers =
        sales::rows(h, "SELECT id, owner_id FROM customers ORDER BY id LIMIT 60000");
    int made = 0;
    for (qsizetype i = 0; i < customers.size() && made < 1500; i += 40, ++made) {
        const CaseSpec& spec = caseSpecs[rng.below(std::size(caseSpecs))];
        const qint64 opened = now - qint64(rng.below(180)) * secondsPerDay - qint64(rng.below(36000));
        const char* statuses[] = {"open", "in_progress", "waiting", "resolved", "closed", "closed"};
        const bool recent = now - opened < 14 * secondsPerDay;
        const QString status = QString::fromLatin1(recent ? statuses[rng.below(3)] : statuses[rng.below(6)]);
        const bool done = status == u"resolved" || status == u"closed";
        const QVariant contact =
            sales::scalar(h, "SELECT id FROM contacts WHERE customer_id = ?1 ORDER BY id LIMIT 1",
                          {customers[i].value(QStringLiteral("id"))});
        if (Status written =
                exec(h,
                     "INSERT INTO cases (id, subject, description, category, priority, status, customer_id, "
                     "contact_id, "
                     "owner_id, opened_at, resolved_at, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
                     {db.ids().next(), QString::fromUtf8(spec.subject),
                      QStringLiteral("Reported by phone; details in the customer's timeline."),
                      QString::fromLatin1(spec.category),
                      QString::fromLatin1(rng.chance(15) ? "high" : (rng.chance(10) ? "low" : "normal")),
                      status, customers[i].value(QStringLiteral("id")), contact, user(), timeOf(opened),
                      done ? QVariant(timeOf(opened + qint64(rng.range(1, 9)) * secondsPerDay)) : QVariant(),
                      stamp});
            !written)
            return written;
    }

    // Partners: four organisations, their leads and deals.
    const QList<QVariantMap> orgs =
        sales::rows(h, "SELECT id FROM customers WHERE kind = 'organisation' ORDER BY id LIMIT 4 OFFSET 3");
    const char* kinds[] = {"reseller", "reseller", "referrer", "reseller"};
    const char* levels[] = {"gold", "silver", "", "silver"};
    const int commission[] = {1500, 1000, 500, 1000};
    QList<qint64> partners;
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        partners << db.ids().next();
        if (Status written =
                exec(h,
                     "INSERT INTO partners (id, customer_id, kind, level, commission_bp, since, created_at, "
                     "updated_at) VALUES (?1, ?2, ?3, nullif(?4, ''), ?5, ?6, ?7, ?7)",
                     {partners.last(), orgs[i].value(QStringLiteral("id")), QString::fromLatin1(kinds[i]),
                      QString::fromLatin1(levels[i]), commission[i],
                      dateOf(now - qint64(400 + 200 * i) * secondsPerDay), stamp});
            !written)
            return written;
    }
    if (!partners.isEmpty()) {
        for (const char* table : {"leads", "opportunities"}) {
            const QList<QVariantMap> ids = sales::rows(h, QStringLiteral("SELECT id FROM %1 ORDER BY id")
                                                              .arg(QString::fromLatin1(table))
                                                              .toStdString());
            for (qsizetype i = 0; i < ids.size(); i += 6)
                if (Status written =
                        exec(h,
                             table == std::string_view("leads")
                                 ? "UPDATE leads SET partner_id = ?1, source = 'partner' WHERE id = ?2"
                                 : "UPDATE opportunities SET partner_id = ?1 WHERE id = ?2",
                             {partners[qsizetype(rng.below(quint64(partners.size())))],
                              ids[i].value(QStringLiteral("id"))});
                    !written)
                    return written;
        }
    }

    // Promotions: a spring offer on the licences, a partners' discount, an amount off the printer.
    const QString year = QString::number(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date().year());
    const auto promotion = [&](const char* name, const char* code, int bp, qint64 amount, bool partnersOnly,
                               const QStringList& productCodes) -> Status {
        const qint64 id = db.ids().next();
        if (Status written =
                exec(h,
                     "INSERT INTO promotions (id, name, code, percent_bp, amount_minor, valid_from, "
                     "valid_until, partners_only, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                     {id, QString::fromUtf8(name), QString::fromLatin1(code), bp, amount,
                      year + QStringLiteral("-01-01"), year + QStringLiteral("-12-31"), partnersOnly ? 1 : 0,
                      stamp});
            !written)
            return written;
        for (const QString& code : productCodes)
            if (Status written =
                    exec(h,
                         "INSERT INTO promotion_products (id, promotion_id, product_id, created_at, "
                         "updated_at) SELECT ?1, ?2, id, ?4, ?4 FROM products WHERE code = ?3",
                         {db.ids().next(), id, code, stamp});
                !written)
                return written;
        return Status::success();
    };
    const QStringList licences{QStringLiteral("LIC-STD"), QStringLiteral("LIC-PRO")};
    if (Status done = promotion("Spring offer: licences 10 %", "SPRING", 1000, 0, false, licences); !done)
        return done;
    if (Status done = promotion("Partner discount 15 %", "PARTNER15", 1500, 0, true, {}); !done)
        return done;
    if (Status done =
            promotion("Printer bundle: 20.00 off", "PRN20", 0, 2000, false, {QStringLiteral("HW-PRN")});
        !done)
        return done;
    return addRules(db, now, users.empty() ? 0 : users.front());
}

} // namespace rapport::demo
