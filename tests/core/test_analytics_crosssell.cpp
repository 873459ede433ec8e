// Cross-sell: association rules from quote lines on a hand-computed basket dataset (exact support,
// confidence and lift) and the products suggested to each customer.
#include "TestSupport.h"

#include "analytics/CrossSell.h"
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

constexpr qint64 productA = 1, productB = 2, productC = 3, productD = 4;

void sql(Database& db, std::string_view text, const QVariantList& values = {}) {
    const Status done = sales::exec(db.handle(), text, values);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
}

int lineId = 1000;

// A quote (basket) of a customer with one line per code; "A" is written by product id, the others by code
// only, as the demo data and imported quotes do.
void basket(Database& db, qint64 id, qint64 customer, const char* status,
            std::initializer_list<const char*> codes) {
    sql(db,
        "INSERT INTO quotes (id, number, year, sequence, customer_id, status, issue_date) VALUES "
        "(?1, 'Q-' || ?1, 2026, ?1, ?2, ?3, '2026-01-01')",
        {id, customer, QString::fromLatin1(status)});
    for (const QString& code : names(codes))
        sql(db,
            "INSERT INTO quote_lines (id, quote_id, product_id, code, description) VALUES (?1, ?2, "
            "(SELECT id FROM products WHERE code = ?3 AND code = 'A'), ?4, ?3)",
            {++lineId, id, code, code == u"-" ? QVariant() : QVariant(code)});
}

// Accepted baskets: Q1 {A,B} P, Q2 {A,B,C} P, Q3 {A,B} Q, Q4 {C,D} R, Q5 {C,D} R, Q6 {A,C} S, Q7 {D} T,
// Q8 {B} U. N = 8; n(A) = n(B) = n(C) = 4, n(D) = 3; n(A,B) = 3, n(A,C) = 2, n(C,D) = 2, n(B,C) = 1.
// Q9 {A,D} of U was rejected and Q10 {A,D} was replaced by a revision.
void buildBaskets(Database& db) {
    sql(db, "INSERT INTO products (id, code, name) VALUES (1, 'A', 'Alpha'), (2, 'B', 'Bravo'), "
            "(3, 'C', 'Charlie'), (4, 'D', 'Delta')");
    for (qint64 customer = 51; customer <= 56; ++customer)
        sql(db, "INSERT INTO customers (id, name) VALUES (?1, 'Customer ' || ?1)", {customer});
    // Q1 repeats A on a second line, has a free-text line and a code that is not in the catalogue.
    basket(db, 1, 51, "accepted", {"A", "A", "B", "-", "ZZZ"});
    basket(db, 2, 51, "accepted", {"A", "B", "C"});
    basket(db, 3, 52, "accepted", {"A", "B"});
    basket(db, 4, 53, "accepted", {"C", "D"});
    basket(db, 5, 53, "accepted", {"D", "C"});
    basket(db, 6, 54, "accepted", {"A", "C"});
    basket(db, 7, 55, "accepted", {"D"});
    basket(db, 8, 56, "accepted", {"B"});
    basket(db, 9, 56, "rejected", {"A", "D"});
    basket(db, 10, 56, "revised", {"A", "D"});
}

const AssociationRule& rule(const CrossSellRules& rules, qint64 x, qint64 y) {
    for (const AssociationRule& r : rules.rules)
        if (r.antecedentId == x && r.consequentId == y)
            return r;
    FAIL("no rule " << x << " -> " << y);
    return rules.rules.first();
}

QStringList codes(const QList<ProductSuggestion>& suggestions) {
    QStringList result;
    for (const ProductSuggestion& s : suggestions)
        result << s.code;
    return result;
}

} // namespace

TEST_CASE("cross-sell: association rules from accepted quotes have exact support, confidence and lift",
          "[analytics][crosssell]") {
    test::TempDatabase temp;
    buildBaskets(temp.db());
    Status status;
    const CrossSellRules rules = CrossSell::rules(temp.db(), {}, &status);
    REQUIRE(status.ok());
    CHECK(rules.baskets == 8);
    // B,C appear together once only: below the minimum of 2 baskets.
    QStringList order;
    for (const AssociationRule& r : rules.rules)
        order << r.antecedentCode + QStringLiteral("->") + r.consequentCode;
    CHECK(order == names({"A->B", "B->A", "D->C", "C->D", "A->C", "C->A"}));

    const AssociationRule& ab = rule(rules, productA, productB);
    CHECK(ab.antecedentName == QStringLiteral("Alpha"));
    CHECK(ab.consequentName == QStringLiteral("Bravo"));
    CHECK(ab.pairCount == 3);
    CHECK(ab.antecedentCount == 4);
    CHECK(ab.consequentCount == 4);
    CHECK(ab.support == Approx(3.0 / 8.0).epsilon(1e-12));
    CHECK(ab.confidence == Approx(0.75).epsilon(1e-12));
    CHECK(ab.lift == Approx(1.5).epsilon(1e-12));
    const AssociationRule& dc = rule(rules, productD, productC);
    CHECK(dc.support == Approx(0.25).epsilon(1e-12));
    CHECK(dc.confidence == Approx(2.0 / 3.0).epsilon(1e-12));
    CHECK(dc.lift == Approx(4.0 / 3.0).epsilon(1e-12));
    const AssociationRule& cd = rule(rules, productC, productD);
    CHECK(cd.confidence == Approx(0.5).epsilon(1e-12));
    CHECK(cd.lift == Approx(4.0 / 3.0).epsilon(1e-12));
    const AssociationRule& ac = rule(rules, productA, productC);
    CHECK(ac.support == Approx(0.25).epsilon(1e-12));
    CHECK(ac.confidence == Approx(0.5).epsilon(1e-12));
    CHECK(ac.lift == Approx(1.0).epsilon(1e-12));

    // With every quote but revised ones, Q9 {A,D} joins: N = 9, n(A) = 5, n(D) = 4.
    CrossSellOptions all;
    all.acceptedOnly = false;
    const CrossSellRules wide = CrossSell::rules(temp.db(), all, &status);
    REQUIRE(status.ok());
    CHECK(wide.baskets == 9);
    const AssociationRule& wideAb = rule(wide, productA, productB);
    CHECK(wideAb.antecedentCount == 5);
    CHECK(wideAb.confidence == Approx(0.6).epsilon(1e-12));
    CHECK(wideAb.lift == Approx(3.0 * 9.0 / 20.0).epsilon(1e-12));
    CHECK(rule(wide, productD, productC).lift == Approx(2.0 * 9.0 / 16.0).epsilon(1e-12));
    // With a minimum of one basket, B,C (1 of 8) becomes a rule.
    CrossSellOptions loose;
    loose.minPairCount = 1;
    const CrossSellRules looseRules = CrossSell::rules(temp.db(), loose);
    const AssociationRule& bc = rule(looseRules, productB, productC);
    CHECK(bc.support == Approx(1.0 / 8.0).epsilon(1e-12));
    CHECK(bc.lift == Approx(0.5).epsilon(1e-12));
}

TEST_CASE("cross-sell: each customer is offered what they lack, best confidence first",
          "[analytics][crosssell]") {
    test::TempDatabase temp;
    buildBaskets(temp.db());
    Database& db = temp.db();
    const CrossSellRules rules = CrossSell::rules(db);
    CHECK(CrossSell::ownedProducts(db, 51) == QSet<qint64>{productA, productB, productC});
    // U's rejected quote does not make A theirs.
    CHECK(CrossSell::ownedProducts(db, 56) == QSet<qint64>{productB});

    // S owns A and C: B through A->B (0.75, lift 1.5) before D through C->D (0.5); A->C has lift 1: nothing.
    const QList<ProductSuggestion> s = CrossSell::suggestionsFor(db, 54, rules);
    CHECK(codes(s) == names({"B", "D"}));
    CHECK(s[0].becauseId == productA);
    CHECK(s[0].becauseName == QStringLiteral("Alpha"));
    CHECK(s[0].confidence == Approx(0.75).epsilon(1e-12));
    CHECK(s[1].becauseId == productC);
    CHECK(s[1].lift == Approx(4.0 / 3.0).epsilon(1e-12));
    CHECK(codes(CrossSell::suggestionsFor(db, 54, rules, 1)) == names({"B"}));
    // P owns A, B, C: only D (C->D). T owns D: C (D->C, 2/3). U owns B: A. Q owns A and B: nothing with lift
    // above 1 (A->C has lift 1).
    CHECK(codes(CrossSell::suggestionsFor(db, 51, rules)) == names({"D"}));
    const QList<ProductSuggestion> t = CrossSell::suggestionsFor(db, 55, rules);
    CHECK(codes(t) == names({"C"}));
    CHECK(t[0].confidence == Approx(2.0 / 3.0).epsilon(1e-12));
    CHECK(codes(CrossSell::suggestionsFor(db, 56, rules)) == names({"A"}));
    CHECK(CrossSell::suggestionsFor(db, 52, rules).isEmpty());
}

TEST_CASE("cross-sell: no quotes, no rules", "[analytics][crosssell]") {
    test::TempDatabase temp;
    Status status;
    const CrossSellRules rules = CrossSell::rules(temp.db(), {}, &status);
    CHECK(status.ok());
    CHECK(rules.baskets == 0);
    CHECK(rules.rules.isEmpty());
}
