#include "demo/DemoSales.h"

#include "demo/DemoCampaigns.h"
#include "demo/DemoDeals.h"
#include "demo/DemoText.h"
#include "sales/Money.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>

namespace rapport::demo {
namespace {

// The sample data runs the same few statements thousands of times: each is prepared once, in the database's
// statement cache, and bound anew for every row.
struct CachedExec {
    Database& db;
    Status operator()(sqlite3*, std::string_view sql, const QVariantList& bound) const {
        Statement& statement = db.cachedStatement(QString::fromUtf8(sql.data(), qsizetype(sql.size())));
        for (int i = 0; i < bound.size(); ++i)
            statement.bind(i + 1, bound.at(i));
        return statement.exec();
    }
};

QString timeOf(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

Status generateSales(Database& db, quint64 seed, qint64 now, const std::vector<qint64>& users,
                     SalesCounts* counts) {
    sqlite3* h = db.handle();
    const CachedExec exec{db};
    Rng rng(seed * 7919 + 17);
    SalesCounts made;
    const QString stamp = timeOf(now);
    auto id = [&db] {
        return db.ids().next();
    };
    if (sales::scalar(h, "SELECT count(*) FROM products").toLongLong() > 0)
        return Status::success(); // sales sample data is there already

    // Reps, rules.
    const char* teams[] = {"inside", "inside", "field", "field", "inside", "field"};
    const char* countries[] = {"GB", "PL", "GR", "ES", "RU", "IR"};
    const char* skills[] = {"en; software", "pl; en", "el; shipping", "es; retail", "ru; en", "fa; en"};
    for (size_t i = 0; i < users.size() && i < 6; ++i)
        if (Status done =
                exec(h,
                     "INSERT INTO sales_reps (id, user_id, team, country, skills, quota_minor, currency, "
                     "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'EUR', ?7, ?7)",
                     {id(), users[i], QString::fromLatin1(teams[i]), QString::fromLatin1(countries[i]),
                      QString::fromLatin1(skills[i]), qint64(5000000 + 1000000 * qint64(i)), stamp});
            !done)
            return done;
    const struct {
        const char* name;
        const char* criterion;
        const char* value;
        int points;
    } scoring[] = {{"Met at a fair", "source", "fair", 20},
                   {"Referred", "source", "referral", 25},
                   {"Software industry", "industry", "software", 15},
                   {"Complete details", "completeness", "", 10},
                   {"Talked recently", "recent_interaction", "30", 15},
                   {"Answered a campaign", "campaign_response", "", 10}};
    for (const auto& rule : scoring)
        if (Status done =
                exec(h,
                     "INSERT INTO scoring_rules (id, name, criterion, value, points, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                     {id(), QString::fromUtf8(rule.name), QString::fromLatin1(rule.criterion),
                      QString::fromLatin1(rule.value), rule.points, stamp});
            !done)
            return done;
    for (const QVariantList& rule :
         {QVariantList{QStringLiteral("Greek speakers"), 1, QStringLiteral("skill"), QString(), QString(),
                       QStringLiteral("el")},
          QVariantList{QStringLiteral("Spain"), 2, QStringLiteral("territory"), QString(),
                       QStringLiteral("ES"), QString()},
          QVariantList{QStringLiteral("Inside sales round robin"), 3, QStringLiteral("round_robin"),
                       QStringLiteral("inside"), QString(), QString()}})
        if (Status done = exec(
                h,
                "INSERT INTO assignment_rules (id, name, position, kind, team, country, skill, created_at, "
                "updated_at) VALUES (?1, ?2, ?3, ?4, nullif(?5, ''), nullif(?6, ''), nullif(?7, ''), ?8, ?8)",
                QVariantList{id()} + rule + QVariantList{stamp});
            !done)
            return done;

    // Pipelines and stages.
    const struct {
        const char* pipeline;
        QList<std::tuple<const char*, int, const char*>> stages;
    } pipelines[] = {{"New business",
                      {{"Qualification", 10, "open"},
                       {"Needs analysis", 25, "open"},
                       {"Proposal", 50, "open"},
                       {"Negotiation", 75, "open"},
                       {"Won", 100, "won"},
                       {"Lost", 0, "lost"}}},
                     {"Renewals",
                      {{"Upcoming", 60, "open"},
                       {"In talks", 80, "open"},
                       {"Renewed", 100, "won"},
                       {"Churned", 0, "lost"}}}};
    QList<qint64> pipelineIds;
    QList<QList<StageRow>> stages;
    if (sales::scalar(h, "SELECT count(*) FROM pipelines").toLongLong() == 0) {
        int position = 0;
        for (const auto& p : pipelines) {
            const qint64 pid = id();
            pipelineIds << pid;
            if (Status done = exec(h,
                                   "INSERT INTO pipelines (id, name, position, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?4)",
                                   {pid, QString::fromLatin1(p.pipeline), position++, stamp});
                !done)
                return done;
            QList<StageRow> rows;
            int stagePosition = 0;
            for (const auto& [name, probability, outcome] : p.stages) {
                const qint64 sid = id();
                rows << StageRow{sid, QString::fromLatin1(outcome), probability};
                if (Status done =
                        exec(h,
                             "INSERT INTO stages (id, pipeline_id, name, position, probability, outcome, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                             {sid, pid, QString::fromLatin1(name), stagePosition++, probability,
                              QString::fromLatin1(outcome), stamp});
                    !done)
                    return done;
            }
            stages << rows;
        }
    } else {
        // The program made the standard pipelines already: use their stages.
        for (const QVariantMap& p :
             sales::rows(h, "SELECT id FROM pipelines ORDER BY position, id LIMIT 2")) {
            pipelineIds << p.value(QStringLiteral("id")).toLongLong();
            QList<StageRow> rows;
            for (const QVariantMap& s :
                 sales::rows(h,
                             "SELECT id, outcome, probability FROM stages WHERE pipeline_id = ?1 "
                             "ORDER BY position, id",
                             {pipelineIds.last()}))
                rows << StageRow{s.value(QStringLiteral("id")).toLongLong(),
                                 s.value(QStringLiteral("outcome")).toString(),
                                 s.value(QStringLiteral("probability")).toInt()};
            stages << rows;
        }
        if (stages.size() != 2 || stages[0].size() != 6 || stages[1].size() != 4)
            return Status::success(); // pipelines of the user's own making: no sample opportunities
    }

    // Catalogue: products, a configurable bike, a wholesale price list.
    QList<qint64> productIds;
    for (const ProductSpec& p : productSpecs()) {
        productIds << id();
        if (Status done = exec(
                h,
                "INSERT INTO products (id, code, name, sort_key, unit, price_minor, currency, tax_rate_bp, "
                "created_at, updated_at) VALUES (?1, ?2, ?3, rapport_fold(?3), ?4, ?5, 'EUR', ?6, ?7, ?7)",
                {productIds.last(), QString::fromLatin1(p.code), QString::fromLatin1(p.name),
                 QString::fromLatin1(p.unit), p.price, p.tax, stamp});
            !done)
            return done;
    }
    const qint64 bike = id();
    if (Status done = exec(
            h,
            "INSERT INTO products (id, code, name, sort_key, description, unit, price_minor, currency, "
            "tax_rate_bp, configurable, created_at, updated_at) VALUES (?1, 'BIKE-CITY', 'City bike', "
            "'city bike', 'Configurable city bike for delivery fleets', 'pc', 69000, 'EUR', 2000, 1, ?2, ?2)",
            {bike, stamp});
        !done)
        return done;
    const struct {
        const char* code;
        const char* name;
        const char* group;
        qint64 price;
    } options[] = {{"E", "Electric motor", "", 80000},
                   {"B500", "Battery 500 Wh", "battery", 20000},
                   {"B700", "Battery 700 Wh", "battery", 35000},
                   {"CHILD", "Child seat", "", 6000},
                   {"RACK", "Cargo rack", "", 4500},
                   {"LIGHT", "Dynamo lights", "", 3900}};
    for (const auto& o : options)
        if (Status done =
                exec(h,
                     "INSERT INTO product_options (id, product_id, code, name, option_group, price_minor, "
                     "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, nullif(?5, ''), ?6, ?7, ?7)",
                     {id(), bike, QString::fromLatin1(o.code), QString::fromLatin1(o.name),
                      QString::fromLatin1(o.group), o.price, stamp});
            !done)
            return done;
    for (const QVariantList& r :
         {QVariantList{QStringLiteral("requires"), QStringLiteral("E"), QStringLiteral("B500"), 0, 0, 0},
          QVariantList{QStringLiteral("excludes"), QStringLiteral("CHILD"), QStringLiteral("RACK"), 0, 0, 0},
          QVariantList{QStringLiteral("price"), QStringLiteral("E"), QString(), 2500, 0, 0},
          QVariantList{QStringLiteral("quantity_discount"), QString(), QString(), 0, 10, 500},
          QVariantList{QStringLiteral("quantity_discount"), QString(), QString(), 0, 50, 1000}})
        if (Status done =
                exec(h,
                     "INSERT INTO config_rules (id, product_id, kind, if_option, then_option, amount_minor, "
                     "min_quantity, percent_bp, created_at, updated_at) VALUES (?1, ?2, ?3, nullif(?4, ''), "
                     "nullif(?5, ''), ?6, ?7, ?8, ?9, ?9)",
                     QVariantList{id(), bike} + r + QVariantList{stamp});
            !done)
            return done;
    const qint64 wholesale = id();
    if (Status done = exec(h,
                           "INSERT INTO price_lists (id, name, customer_group, created_at, updated_at) "
                           "VALUES (?1, 'Wholesale', 'wholesale', ?2, ?2)",
                           {wholesale, stamp});
        !done)
        return done;
    for (int i = 6; i < 10; ++i)
        if (Status done = exec(
                h,
                "INSERT INTO price_list_items (id, price_list_id, product_id, price_minor, created_at, "
                "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                {id(), wholesale, productIds[i], money::percentOf(productSpecs()[i].price, 8500), stamp});
            !done)
            return done;
    made.products = qint64(productSpecs().size()) + 1;

    // Customers to sell to: every fifth of the first 20,000 (every one in a tiny database), every tenth after
    // that, so that a small database has a full board and a million customers bring about 200,000
    // opportunities and 500,000 quote lines.
    QList<SalesCustomer> customers;
    {
        const qint64 all = sales::scalar(h, "SELECT count(*) FROM customers").toLongLong();
        const qint64 first = all >= 50 ? 5 : 1;
        Statement query(h, "SELECT id, name, owner_id, billing_country FROM customers ORDER BY id");
        for (qint64 i = 0; query.next(); ++i)
            if (i % (i < 20000 ? first : 10) == 0)
                customers << SalesCustomer{query.int64(0), query.text(1), query.value(2), query.value(3)};
        if (!query.status())
            return query.status();
    }

    // Leads.
    const char* sources[] = {"web", "fair", "referral", "campaign", "partner", "cold_call", "import"};
    const char* industries[] = {"software",  "retail",        "shipping",
                                "logistics", "manufacturing", "hospitality"};
    const char* statuses[] = {"new", "new", "contacted", "contacted", "qualified", "disqualified"};
    const char* first[] = {"Anna", "Piotr", "Eleni", "Javier", "Olga",
                           "Sara", "Tom",   "Nikos", "Marta",  "Reza"};
    const char* last[] = {"Kowalska", "Brown", "Papadaki", "García", "Ivanova",
                          "Ahmadi",   "Walsh", "Nowak",    "Ruiz",   "Smith"};
    const char* companies[] = {"Harbour Logistics", "Nova Retail",    "Aegean Freight",  "Iberia Tools",
                               "Volga Trade",       "Caspian Foods",  "Thames Software", "Vistula Print",
                               "Costa Hotels",      "Zagros Textiles"};
    const qint64 leadCount = std::clamp<qint64>(qint64(customers.size()) / 2, 20, 2000);
    for (qint64 i = 0; i < leadCount; ++i) {
        const qint64 leadId = id();
        const int f = int(rng.below(10));
        const int c = int(rng.below(10));
        const QString status = QString::fromLatin1(statuses[rng.below(6)]);
        const qint64 created = now - rng.range(1, 120) * secondsPerDay;
        if (Status done = exec(
                h,
                "INSERT INTO leads (id, first_name, last_name, organisation, sort_key, email, country, "
                "language, "
                "industry, source, campaign, status, disqualify_reason, owner_id, assigned_at, "
                "estimated_value_minor, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, rapport_fold(?3, "
                "?2), "
                "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?14, ?14)",
                {leadId, QString::fromUtf8(first[f]), QString::fromUtf8(last[f]),
                 rng.chance(80) ? QVariant(QString::fromLatin1(companies[c])) : QVariant(),
                 QStringLiteral("%1.%2@example.com").arg(QString::fromLatin1(first[f]).toLower()).arg(i),
                 QString::fromLatin1(countries[f % 6]), QString::fromLatin1(skills[f % 6]).left(2),
                 QString::fromLatin1(industries[rng.below(6)]), QString::fromLatin1(sources[rng.below(7)]),
                 rng.chance(30) ? QVariant(QStringLiteral("Spring mailing")) : QVariant(), status,
                 status == u"disqualified" ? QVariant(QStringLiteral("No budget this year")) : QVariant(),
                 users.empty() ? QVariant() : QVariant(users[size_t(i) % users.size()]), timeOf(created),
                 rng.range(20, 400) * 10000});
            !done)
            return done;
        if (rng.chance(60))
            if (Status done = exec(
                    h,
                    "INSERT INTO lead_activities (id, lead_id, occurred_at, channel, subject, created_at, "
                    "updated_at) VALUES (?1, ?2, ?3, 'phone', 'First call', ?3, ?3)",
                    {id(), leadId, timeOf(created + rng.range(1, 20) * secondsPerDay)});
                !done)
                return done;
        ++made.leads;
    }

    // Opportunities over four years, with their stage visits, quotes and ledger entries (DemoDeals).
    if (Status done = writeDeals(db, rng, now, customers, pipelineIds, stages, &made); !done)
        return done;

    // Appointments over the next two weeks.
    for (size_t u = 0; u < users.size(); ++u)
        for (int a = 0; a < 6 && !customers.isEmpty(); ++a) {
            const SalesCustomer& customer = customers[int(rng.below(quint64(customers.size())))];
            const qint64 start = now + rng.range(0, 13) * secondsPerDay + rng.range(8, 16) * 3600;
            if (Status done =
                    exec(h,
                         "INSERT INTO appointments (id, title, starts_at, ends_at, location, user_id, "
                         "customer_id, "
                         "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                         {id(), QStringLiteral("Visit %1").arg(customer.name), timeOf(start),
                          timeOf(start + 3600), customer.country, users[u], customer.id, stamp});
                !done)
                return done;
        }
    if (Status done = generateCampaigns(db, seed, now, {pipelineIds[0], stages[0][4].id, stages[0][2].id});
        !done)
        return done;
    if (counts)
        *counts = made;
    return Status::success();
}

} // namespace rapport::demo
