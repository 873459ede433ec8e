#include "demo/DemoSales.h"

#include "demo/DemoCampaigns.h"
#include "demo/DemoText.h"
#include "sales/Money.h"
#include "sales/Quotes.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <cmath>

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

QString dateOf(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date().toString(Qt::ISODate);
}

QString timeOf(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

struct ProductSpec {
    const char* code;
    const char* name;
    const char* unit;
    qint64 price;
    int tax;
};

const ProductSpec products[] = {
    {"CONS-DAY", "Consulting day", "day", 95000, 2000},
    {"CONS-HR", "Consulting hour", "h", 13500, 2000},
    {"LIC-STD", "Software licence, standard (per seat, year)", "seat", 24000, 2000},
    {"LIC-PRO", "Software licence, professional (per seat, year)", "seat", 39000, 2000},
    {"SUP-GOLD", "Gold support (year)", "pc", 180000, 2000},
    {"TRAIN", "On-site training (up to 8 people)", "day", 120000, 2000},
    {"HW-TERM", "Field terminal, rugged", "pc", 89900, 2000},
    {"HW-PRN", "Mobile label printer", "pc", 31950, 2000},
    {"CAB-USB", "USB-C cable 2 m", "pc", 1290, 2000},
    {"BOOK", "Handbook: Selling in the field", "pc", 2990, 500},
    {"SHIP", "Shipping and handling", "pc", 1500, 2000},
};

// How busy a month is for new deals: a peak before the year end and a dip in summer, over a business that
// grows by about a fifth a year. Between 0 and 1, used to thin out uniformly drawn dates.
double dealSeason(qint64 seconds, qint64 now) {
    const QDate date = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
    const double season = 1.0 + 0.35 * std::cos(2.0 * M_PI * (date.month() - 11) / 12.0);
    const double years = double(now - seconds) / (365.0 * secondsPerDay);
    return season / 1.35 * std::pow(1.2, -years);
}

struct SalesCustomer {
    qint64 id;
    QString name;
    QVariant ownerId;
    QVariant country;
};

struct StageRow {
    qint64 id;
    QString outcome;
    int probability;
};

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
    for (const ProductSpec& p : products) {
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
        if (Status done =
                exec(h,
                     "INSERT INTO price_list_items (id, price_list_id, product_id, price_minor, created_at, "
                     "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                     {id(), wholesale, productIds[i], money::percentOf(products[i].price, 8500), stamp});
            !done)
            return done;
    made.products = qint64(std::size(products)) + 1;

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

    // Opportunities over four years, with history, quotes and ledger entries.
    const char* wonReasons[] = {"Best price", "Product fit", "Existing relationship", "Fast delivery"};
    const char* lostReasons[] = {"Price too high", "Chose a competitor", "No budget", "Project cancelled"};
    int sequence[4000] = {};
    for (const SalesCustomer& customer : customers) {
        const int deals = int(rng.range(1, 3));
        for (int d = 0; d < deals; ++d) {
            const bool renewal = rng.chance(25);
            const QList<StageRow>& st = stages[renewal ? 1 : 0];
            qint64 created = now - rng.range(5, 4 * 365) * secondsPerDay;
            while (double(rng.below(1000)) >= 1000.0 * dealSeason(created, now))
                created = now - rng.range(5, 4 * 365) * secondsPerDay;
            const bool old = created < now - 120 * secondsPerDay;
            int final = 0;
            QString outcome = QStringLiteral("open");
            const int openStages = renewal ? 2 : 4;
            if (old || rng.chance(30)) {
                outcome = rng.chance(55) ? QStringLiteral("won") : QStringLiteral("lost");
                final = outcome == u"won" ? openStages : openStages + 1;
            } else {
                final = int(rng.below(quint64(openStages)));
            }
            const qint64 amount = rng.range(10, 600) * 10000 + rng.range(0, 99) * 100;
            // A finished deal closed by yesterday; an open one expects to close some weeks after it was
            // created.
            qint64 closed = created + rng.range(10, 90) * secondsPerDay;
            if (outcome != u"open")
                closed = std::min(closed, now - secondsPerDay);
            const qint64 oid = id();
            const QVariant owner = customer.ownerId;
            // The deal is written as it ends up, with the visits of its stages: created in the first stage,
            // then moved stage by stage up to the final one, each move `step` later. These are the rows the
            // stage-history triggers would write for those moves (migration 6), written directly: one insert
            // per visit instead of an update of the deal and of its open visit per move.
            const int last = std::min(final, openStages - 1);
            const qint64 step = std::max<qint64>(1, (closed - created) / (last + 2));
            QList<int> path{0};
            for (int s = 1; s <= last; ++s)
                path << s;
            if (outcome != u"open")
                path << final;
            const qint64 movedAt = created + step * (path.size() - 1);
            const bool finished = outcome != u"open";
            {
                const Database::ReplayScope withoutHistoryTriggers(db);
                if (Status done = exec(
                        h,
                        "INSERT INTO opportunities (id, title, customer_id, pipeline_id, stage_id, "
                        "amount_minor, "
                        "currency, expected_close, owner_id, source, status, close_reason, closed_at, "
                        "created_at, "
                        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'EUR', ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                        "?14)",
                        {oid,
                         (renewal ? QStringLiteral("Renewal %1: ") : QStringLiteral("%1: "))
                                 .arg(QDateTime::fromSecsSinceEpoch(created, Qt::UTC).date().year()) +
                             QString::fromLatin1(products[rng.below(8)].name).section(QLatin1Char(','), 0, 0),
                         customer.id, pipelineIds[renewal ? 1 : 0], st[path.back()].id, amount,
                         dateOf(closed), owner,
                         renewal ? QStringLiteral("renewal") : QString::fromLatin1(sources[rng.below(7)]),
                         outcome,
                         finished
                             ? QVariant(outcome == u"won" ? QString::fromLatin1(wonReasons[rng.below(4)])
                                                          : QString::fromLatin1(lostReasons[rng.below(4)]))
                             : QVariant(),
                         finished ? QVariant(timeOf(closed)) : QVariant(), timeOf(created), timeOf(movedAt)});
                    !done)
                    return done;
            }
            ++made.opportunities;
            qint64 entered = created;
            for (qsizetype visit = 0; visit < path.size(); ++visit) {
                const bool left = visit + 1 < path.size();
                const QVariant leftAt = left ? QVariant(timeOf(entered + step)) : QVariant();
                if (Status done = exec(h,
                                       "INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, "
                                       "entered_at, left_at, created_at, updated_at) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?4, coalesce(?5, ?4))",
                                       {id(), oid, st[path[visit]].id, timeOf(entered), leftAt});
                    !done)
                    return done;
                entered += step;
            }
            // A quote for deals that reached the proposal stage.
            if (renewal || final < 2)
                continue;
            const int year = QDateTime::fromSecsSinceEpoch(closed, Qt::UTC).date().year();
            const int seq = ++sequence[std::clamp(year - 2020, 0, 3999)];
            const qint64 qid = id();
            QList<QuoteLine> lines;
            for (int l = 0, n = int(rng.range(1, 6)); l < n; ++l) {
                const int p = int(rng.below(std::size(products)));
                QuoteLine line;
                line.code = QString::fromLatin1(products[p].code);
                line.description = QString::fromLatin1(products[p].name);
                line.unit = QString::fromLatin1(products[p].unit);
                line.quantityMilli = rng.range(1, 12) * 1000;
                line.unitPriceMinor = products[p].price;
                line.discountBp = rng.chance(30) ? 500 : 0;
                line.taxRateBp = products[p].tax;
                lines << line;
            }
            const QuoteTotals totals = QuoteTotals::of(lines);
            const QString quoteStatus = outcome == u"won"    ? QStringLiteral("accepted")
                                        : outcome == u"lost" ? QStringLiteral("rejected")
                                                             : QStringLiteral("sent");
            if (Status done = exec(
                    h,
                    "INSERT INTO quotes (id, number, year, sequence, customer_id, opportunity_id, status, "
                    "issue_date, valid_until, currency, subtotal_minor, tax_minor, total_minor, terms, "
                    "accepted_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'EUR', "
                    "?10, ?11, ?12, 'Payment within 30 days of invoice.', ?13, ?14, ?14)",
                    {qid, QStringLiteral("Q-%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0')), year, seq,
                     customer.id, oid, quoteStatus, dateOf(closed - 7 * secondsPerDay),
                     dateOf(closed + 23 * secondsPerDay), totals.netMinor, totals.taxMinor, totals.totalMinor,
                     quoteStatus == u"accepted" ? QVariant(timeOf(closed)) : QVariant(),
                     timeOf(closed - 7 * secondsPerDay)});
                !done)
                return done;
            ++made.quotes;
            int position = 0;
            for (const QuoteLine& line : lines)
                if (Status done = exec(
                        h,
                        "INSERT INTO quote_lines (id, quote_id, position, code, description, quantity_milli, "
                        "unit, unit_price_minor, discount_bp, tax_rate_bp, created_at, updated_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                        {id(), qid, position++, line.code, line.description, line.quantityMilli, line.unit,
                         line.unitPriceMinor, line.discountBp, line.taxRateBp, stamp});
                    !done)
                    return done;
            if (quoteStatus != u"accepted")
                continue;
            if (Status done = exec(
                    h,
                    "INSERT INTO ledger_entries (id, customer_id, entry_date, kind, description, "
                    "debit_minor, "
                    "currency, quote_id, reference, created_at, updated_at) VALUES (?1, ?2, ?3, 'quote', ?4, "
                    "?5, 'EUR', ?6, ?7, ?8, ?8)",
                    {id(), customer.id, dateOf(closed),
                     QStringLiteral("Quote Q-%1-%2 accepted").arg(year).arg(seq, 4, 10, QLatin1Char('0')),
                     totals.totalMinor, qid,
                     QStringLiteral("Q-%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0')), timeOf(closed)});
                !done)
                return done;
            ++made.ledgerEntries;
            const qint64 paidAt = closed + rng.range(10, 60) * secondsPerDay;
            if (paidAt < now && rng.chance(85)) {
                if (Status done =
                        exec(h,
                             "INSERT INTO ledger_entries (id, customer_id, entry_date, kind, description, "
                             "credit_minor, currency, reference, created_at, updated_at) VALUES (?1, ?2, ?3, "
                             "'payment', 'Bank transfer', ?4, 'EUR', ?5, ?6, ?6)",
                             {id(), customer.id, dateOf(paidAt), totals.totalMinor,
                              QStringLiteral("PAY-%1").arg(rng.range(100000, 999999)), timeOf(paidAt)});
                    !done)
                    return done;
                ++made.ledgerEntries;
            }
        }
        if (rng.chance(15))
            if (Status done =
                    exec(h,
                         "INSERT INTO customer_accounts (id, customer_id, credit_limit_minor, currency, "
                         "created_at, "
                         "updated_at) VALUES (?1, ?2, ?3, 'EUR', ?4, ?4)",
                         {id(), customer.id, rng.range(1, 20) * 500000, stamp});
                !done)
                return done;
    }

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
