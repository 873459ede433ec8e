#include "analytics/CrossSell.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <algorithm>

namespace rapport::analytics {
namespace {

// The distinct (basket, product) pairs of the chosen quotes, in one place for both queries below.
constexpr std::string_view basketItems =
    "WITH items AS MATERIALIZED (SELECT DISTINCT l.quote_id AS basket, "
    "coalesce(l.product_id, (SELECT p.id FROM products p WHERE p.code = l.code)) AS item "
    "FROM quotes q JOIN quote_lines l ON l.quote_id = q.id "
    "WHERE (q.status = 'accepted' OR (?1 = 0 AND q.status <> 'revised')) "
    "AND (l.product_id IS NOT NULL OR l.code IS NOT NULL)), "
    "baskets AS (SELECT basket, item FROM items WHERE item IS NOT NULL), "
    "counts AS MATERIALIZED (SELECT item, count(*) AS n FROM baskets GROUP BY item) ";

} // namespace

CrossSellRules CrossSell::rules(Database& db, const CrossSellOptions& options, Status* status) {
    CrossSellRules result;
    Statement total(db.handle(), std::string(basketItems) + "SELECT count(DISTINCT basket) FROM baskets");
    total.bind(1, options.acceptedOnly ? 1 : 0);
    if (total.next())
        result.baskets = total.int64(0);
    if (!total.status()) {
        if (status)
            *status = total.status();
        return result;
    }
    if (result.baskets == 0) {
        if (status)
            *status = Status::success();
        return result;
    }
    Statement pairs(db.handle(),
                    std::string(basketItems) +
                        ", pairs AS (SELECT a.item AS x, b.item AS y, count(*) AS n FROM baskets a "
                        "JOIN baskets b ON b.basket = a.basket AND b.item <> a.item GROUP BY a.item, b.item "
                        "HAVING count(*) >= ?2) "
                        "SELECT pairs.x, px.code, px.name, pairs.y, py.code, py.name, pairs.n, cx.n, cy.n "
                        "FROM pairs JOIN counts cx ON cx.item = pairs.x JOIN counts cy ON cy.item = pairs.y "
                        "JOIN products px ON px.id = pairs.x JOIN products py ON py.id = pairs.y");
    pairs.bind(1, options.acceptedOnly ? 1 : 0).bind(2, std::max(1, options.minPairCount));
    const double baskets = double(result.baskets);
    while (pairs.next()) {
        AssociationRule rule;
        rule.antecedentId = pairs.int64(0);
        rule.antecedentCode = pairs.text(1);
        rule.antecedentName = pairs.text(2);
        rule.consequentId = pairs.int64(3);
        rule.consequentCode = pairs.text(4);
        rule.consequentName = pairs.text(5);
        rule.pairCount = pairs.int64(6);
        rule.antecedentCount = pairs.int64(7);
        rule.consequentCount = pairs.int64(8);
        rule.support = double(rule.pairCount) / baskets;
        rule.confidence = double(rule.pairCount) / double(rule.antecedentCount);
        rule.lift =
            double(rule.pairCount) * baskets / (double(rule.antecedentCount) * double(rule.consequentCount));
        result.rules << rule;
    }
    if (status)
        *status = pairs.status();
    std::sort(result.rules.begin(), result.rules.end(),
              [](const AssociationRule& a, const AssociationRule& b) {
                  if (a.lift != b.lift)
                      return a.lift > b.lift;
                  if (a.confidence != b.confidence)
                      return a.confidence > b.confidence;
                  if (a.support != b.support)
                      return a.support > b.support;
                  return std::pair(a.antecedentCode, a.consequentCode) <
                         std::pair(b.antecedentCode, b.consequentCode);
              });
    return result;
}

QSet<qint64> CrossSell::ownedProducts(Database& db, qint64 customerId, Status* status) {
    QSet<qint64> owned;
    Statement items(
        db.handle(),
        "SELECT DISTINCT coalesce(l.product_id, (SELECT p.id FROM products p WHERE p.code = l.code)) "
        "FROM quotes q JOIN quote_lines l ON l.quote_id = q.id "
        "WHERE q.customer_id = ?1 AND q.status = 'accepted'");
    items.bind(1, customerId);
    while (items.next())
        if (!items.isNull(0))
            owned.insert(items.int64(0));
    if (status)
        *status = items.status();
    return owned;
}

QList<ProductSuggestion> CrossSell::suggest(const QSet<qint64>& owned, const CrossSellRules& rules, int limit,
                                            double minLift) {
    QHash<qint64, ProductSuggestion> best;
    const auto better = [](const AssociationRule& rule, const ProductSuggestion& current) {
        if (rule.confidence != current.confidence)
            return rule.confidence > current.confidence;
        if (rule.lift != current.lift)
            return rule.lift > current.lift;
        return rule.support > current.support;
    };
    for (const AssociationRule& rule : rules.rules) {
        if (rule.lift < minLift || !owned.contains(rule.antecedentId) || owned.contains(rule.consequentId))
            continue;
        const auto found = best.constFind(rule.consequentId);
        if (found != best.cend() && !better(rule, *found))
            continue;
        best.insert(rule.consequentId,
                    ProductSuggestion{rule.consequentId, rule.consequentCode, rule.consequentName,
                                      rule.antecedentId, rule.antecedentName, rule.support, rule.confidence,
                                      rule.lift});
    }
    QList<ProductSuggestion> ranked = best.values();
    std::sort(ranked.begin(), ranked.end(), [](const ProductSuggestion& a, const ProductSuggestion& b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.lift != b.lift)
            return a.lift > b.lift;
        if (a.support != b.support)
            return a.support > b.support;
        return a.code < b.code;
    });
    if (limit > 0 && ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

QList<ProductSuggestion> CrossSell::suggestionsFor(Database& db, qint64 customerId,
                                                   const CrossSellRules& rules, int limit, Status* status) {
    return suggest(ownedProducts(db, customerId, status), rules, limit);
}

} // namespace rapport::analytics
