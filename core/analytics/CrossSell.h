#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace rapport {

class Database;

namespace analytics {

// Cross-sell and up-sell from what customers buy together: association rules "who buys X also buys Y" mined
// from quote lines, and for one customer the products they do not have yet that those rules suggest.
//
// A basket is one quote; its items are the distinct catalogue products on its lines (a line names its product
// by product_id, else by a code that is a product's code; free-text lines are left out). By default only
// accepted quotes count, because they are what customers bought; with `acceptedOnly` off every quote counts
// except those replaced by a revision (status 'revised'), for catalogues with few accepted quotes yet.
// For N baskets, n(X) baskets holding X and n(X,Y) holding both, the rule X → Y has
//     support = n(X,Y) / N,  confidence = n(X,Y) / n(X),  lift = confidence / (n(Y) / N).
// Only single-product antecedents are mined (pairs); a rule needs n(X,Y) >= minPairCount.
struct CrossSellOptions {
    bool acceptedOnly = true;
    int minPairCount = 2;
};

struct AssociationRule {
    qint64 antecedentId = 0;
    QString antecedentCode;
    QString antecedentName;
    qint64 consequentId = 0;
    QString consequentCode;
    QString consequentName;
    qint64 pairCount = 0;       // n(X,Y)
    qint64 antecedentCount = 0; // n(X)
    qint64 consequentCount = 0; // n(Y)
    double support = 0;
    double confidence = 0;
    double lift = 0;
};

struct CrossSellRules {
    qint64 baskets = 0;           // N
    QList<AssociationRule> rules; // strongest first: lift, then confidence, then support
};

// A product suggested to one customer: the best rule X → product among the products X they own (bought on
// an accepted quote). Only rules with a lift of at least minSuggestionLift (1.1: buying X makes the product
// at least 10 % likelier than it is across all quotes) suggest anything; weaker rules are noise or just
// popularity.
struct ProductSuggestion {
    qint64 productId = 0;
    QString code;
    QString name;
    qint64 becauseId = 0; // the antecedent X
    QString becauseName;
    double support = 0;
    double confidence = 0;
    double lift = 0;
};

class CrossSell final {
    Q_DECLARE_TR_FUNCTIONS(CrossSell)
public:
    static CrossSellRules rules(Database& db, const CrossSellOptions& options = {}, Status* status = nullptr);
    // The catalogue products on the customer's accepted quotes.
    static QSet<qint64> ownedProducts(Database& db, qint64 customerId, Status* status = nullptr);
    // Ranked by confidence, then lift, then support; at most `limit` (0: all).
    static QList<ProductSuggestion> suggestionsFor(Database& db, qint64 customerId,
                                                   const CrossSellRules& rules, int limit = 0,
                                                   Status* status = nullptr);
    static constexpr double minSuggestionLift = 1.1;
    static QList<ProductSuggestion> suggest(const QSet<qint64>& owned, const CrossSellRules& rules, int limit,
                                            double minLift = minSuggestionLift);
};

} // namespace analytics
} // namespace rapport
