// Promotions on quote totals (exact integer money with per-rate tax rounding), who may have a promotion, and
// a partner's pipeline and won revenue.
#include "test_automation_support.h"

#include "automation/Partners.h"
#include "automation/Promotions.h"
#include "sales/Money.h"
#include "sales/Quotes.h"

using namespace rapport;
using namespace rapport::test;

namespace {

qint64 product(Database& db, const char* code, qint64 price, int taxBp) {
    return addRecord(db, "product",
                     {{QStringLiteral("code"), QString::fromLatin1(code)},
                      {QStringLiteral("name"), QString::fromLatin1(code)},
                      {QStringLiteral("price_minor"), price},
                      {QStringLiteral("tax_rate_bp"), taxBp}});
}

qint64 promotion(Database& db, const char* name, int percentBp, qint64 amountMinor,
                 const QList<qint64>& products, const QVariantMap& extra = {}) {
    QVariantMap values{{QStringLiteral("name"), QString::fromLatin1(name)},
                       {QStringLiteral("percent_bp"), percentBp},
                       {QStringLiteral("amount_minor"), amountMinor},
                       {QStringLiteral("valid_from"), QStringLiteral("2026-01-01")},
                       {QStringLiteral("valid_until"), QStringLiteral("2026-12-31")}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        values.insert(it.key(), it.value());
    const qint64 id = addRecord(db, "promotion", values);
    for (qint64 p : products)
        addRecord(db, "promotion_product",
                  {{QStringLiteral("promotion_id"), id}, {QStringLiteral("product_id"), p}});
    return id;
}

QStringList names(const QList<Promotion>& promotions) {
    QStringList result;
    for (const Promotion& p : promotions)
        result << p.name;
    return result;
}

} // namespace

TEST_CASE("a promoted line is rounded once", "[automation][promotions]") {
    // 1 × 10.05 − 50 % = 5.025, − 50 % = 2.5125 → 2.51; rounding after each step would give 2.52.
    CHECK(money::lineNet(1000, 1005, 5000, 5000, 0) == 251);
    // 2.5 × 50.00 − 10 % = 112.50, less 2.50 per unit = 106.25.
    CHECK(money::lineNet(2500, 5000, 1000, 0, 250) == 10625);
    // Never below zero.
    CHECK(money::lineNet(3000, 100, 0, 0, 500) == 0);
    CHECK(money::lineNet(3000, 3333, 1000, 0, 0) == money::lineNet(3000, 3333, 1000));
}

TEST_CASE("applying a promotion to a quote gives exact totals", "[automation][promotions]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 customer =
        addRecord(db, "customer", {{QStringLiteral("name"), QStringLiteral("Buyer Ltd")}});
    const qint64 a = product(db, "A", 3333, 1900);
    const qint64 b = product(db, "B", 5000, 700);
    const qint64 tenPercent = promotion(db, "Spring 15 %", 1500, 0, {a});
    const qint64 perUnit = promotion(db, "B minus 2.50", 0, 250, {b});
    QuoteService quotes(db);
    const WriteResult q = quotes.create(customer, 0, 0, QDate(2026, 3, 1));
    REQUIRE(q.ok());
    QuoteLine la = *quotes.productLine(a, customer, 3000);
    la.discountBp = 1000;
    QuoteLine lb = *quotes.productLine(b, customer, 2500);
    lb.discountBp = 1000;
    QuoteLine free;
    free.description = QStringLiteral("Delivery");
    free.unitPriceMinor = 1999;
    free.taxRateBp = 1900;
    REQUIRE(quotes.setLines(q.id, {la, lb, free}).ok());
    // Before: A 3 × 33.33 − 10 % = 89.991 → 89.99; B 112.50; delivery 19.99.
    CHECK(sqlValue(db, "SELECT subtotal_minor FROM quotes WHERE id = ?1", {q.id}).toLongLong() ==
          8999 + 11250 + 1999);

    PromotionService promotions(db);
    CHECK(names(promotions.applicableToQuote(q.id)) ==
          QStringList{QStringLiteral("B minus 2.50"), QStringLiteral("Spring 15 %")});
    int changed = 0;
    REQUIRE(promotions.applyToQuote(q.id, tenPercent, &changed).ok());
    CHECK(changed == 1);
    REQUIRE(promotions.applyToQuote(q.id, perUnit, &changed).ok());
    CHECK(changed == 1);
    const QList<QuoteLine> lines = quotes.lines(q.id);
    REQUIRE(lines.size() == 3);
    // A: 89.991 − 15 % = 76.49235 → 76.49 (promotion 13.50); B: 112.50 − 2.5 × 2.50 = 106.25; delivery
    // untouched.
    CHECK(lines[0].promotionId == tenPercent);
    CHECK(lines[0].netMinor() == 7649);
    CHECK(lines[0].promotionMinor() == 1350);
    CHECK(lines[1].netMinor() == 10625);
    CHECK(lines[2].promotionId == 0);
    // Tax per rate on the sum of its lines: 19 % on 76.49 + 19.99 = 96.48 → 18.3312 → 18.33; 7 % on 106.25 →
    // 7.4375 → 7.44. Net 202.73, tax 25.77, total 228.50.
    CHECK(sqlValue(db, "SELECT subtotal_minor FROM quotes WHERE id = ?1", {q.id}).toLongLong() == 20273);
    CHECK(sqlValue(db, "SELECT tax_minor FROM quotes WHERE id = ?1", {q.id}).toLongLong() == 2577);
    CHECK(sqlValue(db, "SELECT total_minor FROM quotes WHERE id = ?1", {q.id}).toLongLong() == 22850);

    // A revision keeps the promotion as applied, even after the promotion itself changes.
    REQUIRE(RecordStore(db)
                .update(*EntityCatalog::find(QStringLiteral("promotion")), tenPercent,
                        {{QStringLiteral("percent_bp"), 5000}})
                .ok());
    const WriteResult revised = quotes.revise(q.id);
    REQUIRE(revised.ok());
    CHECK(sqlValue(db, "SELECT total_minor FROM quotes WHERE id = ?1", {revised.id}).toLongLong() == 22850);
}

TEST_CASE("who may have a promotion: dates, currency, segment, partners only", "[automation][promotions]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 customer =
        addRecord(db, "customer", {{QStringLiteral("name"), QStringLiteral("Reseller GmbH")}});
    const qint64 other = addRecord(db, "customer", {{QStringLiteral("name"), QStringLiteral("Other Ltd")}});
    const qint64 a = product(db, "A", 1000, 0);
    const qint64 segment = db.ids().next();
    sqlExec(db, "INSERT INTO segments (id, name, entity, kind) VALUES (?1, 'Loyal', 'customer', 'static')",
            {segment});
    sqlExec(db, "INSERT INTO segment_members (id, segment_id, member_id) VALUES (?1, ?2, ?3)",
            {db.ids().next(), segment, customer});
    promotion(db, "Everyone", 1000, 0, {a});
    promotion(db, "Loyal only", 1000, 0, {a}, {{QStringLiteral("segment_id"), segment}});
    const qint64 partners = promotion(db, "Partners", 2000, 0, {}, {{QStringLiteral("partners_only"), 1}});
    promotion(db, "Dollars", 1000, 0, {a}, {{QStringLiteral("currency"), QStringLiteral("USD")}});
    promotion(db, "Autumn", 1000, 0, {a}, {{QStringLiteral("valid_from"), QStringLiteral("2026-09-01")}});
    PromotionService promotions(db);
    CHECK(names(promotions.applicable(customer, QDate(2026, 3, 1))) ==
          QStringList{QStringLiteral("Everyone"), QStringLiteral("Loyal only")});
    CHECK(names(promotions.applicable(other, QDate(2026, 3, 1))) == QStringList{QStringLiteral("Everyone")});
    CHECK(names(promotions.applicable(customer, QDate(2027, 1, 1))).isEmpty());
    CHECK(names(promotions.applicable(other, QDate(2026, 9, 1), QStringLiteral("USD"))) ==
          QStringList{QStringLiteral("Dollars")});

    addRecord(db, "partner", {{QStringLiteral("customer_id"), customer}});
    CHECK(names(promotions.applicable(customer, QDate(2026, 3, 1))).contains(QStringLiteral("Partners")));
    // A deal attributed to a partner gets the partners' promotion for its end customer too.
    const qint64 partnerId = sqlValue(db, "SELECT id FROM partners").toLongLong();
    const qint64 deal = addOpportunity(db, QStringLiteral("Via reseller"), other, 1000,
                                       QStringLiteral("open"), {}, partnerId);
    CHECK(names(promotions.applicable(other, QDate(2026, 3, 1), QStringLiteral("EUR"), deal))
              .contains(QStringLiteral("Partners")));

    // Applying a promotion the quote may not have is refused and leaves the lines as they were.
    QuoteService quotes(db);
    const WriteResult q = quotes.create(other, 0, 0, QDate(2026, 3, 1));
    REQUIRE(quotes.setLines(q.id, {*quotes.productLine(a, other)}).ok());
    const Status refused = promotions.applyToQuote(q.id, partners);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().startsWith(
        QStringLiteral("The promotion “Partners” does not apply to this quote")));
    CHECK(quotes.lines(q.id).first().promotionId == 0);
    CHECK(sqlValue(db, "SELECT total_minor FROM quotes WHERE id = ?1", {q.id}).toLongLong() == 1000);
}

TEST_CASE("a partner's pipeline by stage, won revenue and commission", "[automation][partners]") {
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 org =
        addRecord(db, "customer", {{QStringLiteral("name"), QStringLiteral("Channel Partners SA")}});
    addRecord(db, "contact",
              {{QStringLiteral("first_name"), QStringLiteral("Maria")},
               {QStringLiteral("last_name"), QStringLiteral("Alvarez")},
               {QStringLiteral("customer_id"), org}});
    const qint64 partner = addRecord(db, "partner",
                                     {{QStringLiteral("customer_id"), org},
                                      {QStringLiteral("kind"), QStringLiteral("reseller")},
                                      {QStringLiteral("commission_bp"), 1250}});
    const qint64 end =
        addRecord(db, "customer", {{QStringLiteral("name"), QStringLiteral("End Customer Ltd")}});
    addOpportunity(db, QStringLiteral("W1"), end, 100000, QStringLiteral("won"),
                   QStringLiteral("2026-01-05T10:00:00Z"), partner);
    addOpportunity(db, QStringLiteral("W2"), end, 55555, QStringLiteral("won"),
                   QStringLiteral("2026-02-05T10:00:00Z"), partner);
    addOpportunity(db, QStringLiteral("W3"), end, 20000, QStringLiteral("won"),
                   QStringLiteral("2026-02-05T10:00:00Z"), partner, QStringLiteral("USD"));
    addOpportunity(db, QStringLiteral("Not theirs"), end, 777777, QStringLiteral("won"),
                   QStringLiteral("2026-02-05T10:00:00Z"));
    addOpportunity(db, QStringLiteral("L"), end, 99999, QStringLiteral("lost"),
                   QStringLiteral("2026-02-05T10:00:00Z"), partner);
    addOpportunity(db, QStringLiteral("O1"), end, 30000, QStringLiteral("open"), {}, partner,
                   QStringLiteral("EUR"), 0);
    addOpportunity(db, QStringLiteral("O2"), end, 12345, QStringLiteral("open"), {}, partner,
                   QStringLiteral("EUR"), 2);
    addOpportunity(db, QStringLiteral("O3"), end, 10000, QStringLiteral("open"), {}, partner,
                   QStringLiteral("EUR"), 2);
    for (const char* status : {"new", "qualified", "disqualified"})
        addRecord(db, "lead",
                  {{QStringLiteral("last_name"), QStringLiteral("Referred")},
                   {QStringLiteral("status"), QString::fromLatin1(status)},
                   {QStringLiteral("partner_id"), partner}});
    const std::optional<PartnerSummary> s = PartnerService(db).summary(partner);
    REQUIRE(s);
    CHECK(s->name == QStringLiteral("Channel Partners SA"));
    CHECK(s->contacts == QStringList{QStringLiteral("Maria Alvarez")});
    CHECK(s->leads == 3);
    CHECK(s->openLeads == 2);
    CHECK(s->wonOpportunities == 3);
    CHECK(s->lostOpportunities == 1);
    CHECK(s->openOpportunities == 3);
    CHECK(s->wonMinor.value(QStringLiteral("EUR")) == 155555);
    CHECK(s->wonMinor.value(QStringLiteral("USD")) == 20000);
    // 12.5 % of 1,555.55 = 194.44375 → 194.44; of 200.00 = 25.00.
    CHECK(s->commissionMinor.value(QStringLiteral("EUR")) == 19444);
    CHECK(s->commissionMinor.value(QStringLiteral("USD")) == 2500);
    REQUIRE(s->pipeline.size() == 2);
    CHECK(s->pipeline[0].stage == QStringLiteral("Qualification"));
    CHECK(s->pipeline[0].count == 1);
    CHECK(s->pipeline[0].amountMinor.value(QStringLiteral("EUR")) == 30000);
    CHECK(s->pipeline[1].stage == QStringLiteral("Proposal"));
    CHECK(s->pipeline[1].count == 2);
    CHECK(s->pipeline[1].amountMinor.value(QStringLiteral("EUR")) == 22345);
    CHECK_FALSE(PartnerService(db).summary(end).has_value());
}
