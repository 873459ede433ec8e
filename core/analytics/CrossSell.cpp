#include "analytics/CrossSell.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <algorithm>
#include <unordered_map>
#include <vector>

namespace rapport::analytics {
namespace {

// How often each product, and each pair of products, occurs in the baskets. Pairs are kept with the smaller
// product index first: a dense triangle when the catalogue is small, a hash map otherwise.
class PairCounter final {
public:
    explicit PairCounter(int products) : m_products(products), m_items(size_t(products), 0) {
        if (products <= denseLimit)
            m_dense.assign(size_t(products) * size_t(products), 0);
    }

    // One basket: product indexes, possibly repeated (two lines of one product).
    void add(std::vector<int>& basket) {
        std::sort(basket.begin(), basket.end());
        basket.erase(std::unique(basket.begin(), basket.end()), basket.end());
        if (basket.empty())
            return;
        ++m_baskets;
        for (size_t i = 0; i < basket.size(); ++i) {
            ++m_items[size_t(basket[i])];
            for (size_t j = i + 1; j < basket.size(); ++j) {
                if (m_dense.empty())
                    ++m_sparse[quint64(basket[i]) * quint64(m_products) + quint64(basket[j])];
                else
                    ++m_dense[size_t(basket[i]) * size_t(m_products) + size_t(basket[j])];
            }
        }
    }

    qint64 baskets() const { return m_baskets; }
    qint64 items(int product) const { return m_items[size_t(product)]; }
    // Calls f(x, y, count) for every pair seen at least once, x < y.
    template <typename F> void forEachPair(F f) const {
        if (m_dense.empty()) {
            for (const auto& [key, count] : m_sparse)
                f(int(key / quint64(m_products)), int(key % quint64(m_products)), qint64(count));
            return;
        }
        for (int x = 0; x < m_products; ++x)
            for (int y = x + 1; y < m_products; ++y)
                if (const quint32 count = m_dense[size_t(x) * size_t(m_products) + size_t(y)])
                    f(x, y, qint64(count));
    }

private:
    static constexpr int denseLimit = 2048; // 16 MiB of counters at most
    int m_products;
    qint64 m_baskets = 0;
    std::vector<qint64> m_items;
    std::vector<quint32> m_dense;
    std::unordered_map<quint64, quint32> m_sparse;
};

struct Product {
    qint64 id;
    QString code;
    QString name;
};

} // namespace

// One pass over the chosen quotes' lines, quote by quote (the CROSS JOIN keeps quotes as the outer loop, so
// each quote's lines arrive together and nothing is sorted), counting in memory; SQLite does the filtering
// and the index walks. Lines name their product by id, else by code.
CrossSellRules CrossSell::rules(Database& db, const CrossSellOptions& options, Status* status) {
    CrossSellRules result;
    std::vector<Product> products;
    QHash<qint64, int> byId;
    QHash<QByteArray, int> byCode;
    Statement catalogue(db.handle(), "SELECT id, code, name FROM products");
    while (catalogue.next()) {
        const int index = int(products.size());
        products.push_back({catalogue.int64(0), catalogue.text(1), catalogue.text(2)});
        byId.insert(products.back().id, index);
        const std::string_view code = catalogue.utf8(1);
        byCode.insert(QByteArray(code.data(), qsizetype(code.size())), index);
    }
    if (!catalogue.status()) {
        if (status)
            *status = catalogue.status();
        return result;
    }
    PairCounter counter(int(products.size()));
    // Quotes are read in id order (NOT INDEXED: not in the status index's customer order), so their lines,
    // written at about the same time, are read in about the order they are stored.
    Statement lines(db.handle(),
                    options.acceptedOnly
                        ? "SELECT l.quote_id, l.product_id, l.code FROM quotes q NOT INDEXED CROSS JOIN "
                          "quote_lines l ON l.quote_id = q.id WHERE q.status = 'accepted'"
                        : "SELECT l.quote_id, l.product_id, l.code FROM quotes q NOT INDEXED CROSS JOIN "
                          "quote_lines l ON l.quote_id = q.id WHERE q.status <> 'revised'");
    std::vector<int> basket;
    qint64 current = 0;
    while (lines.next()) {
        const qint64 quote = lines.int64(0);
        if (quote != current) {
            counter.add(basket);
            basket.clear();
            current = quote;
        }
        int index = -1;
        if (!lines.isNull(1)) {
            index = byId.value(lines.int64(1), -1);
        } else if (!lines.isNull(2)) {
            const std::string_view code = lines.utf8(2);
            index = byCode.value(QByteArray::fromRawData(code.data(), qsizetype(code.size())), -1);
        }
        if (index >= 0)
            basket.push_back(index);
    }
    counter.add(basket);
    if (!lines.status()) {
        if (status)
            *status = lines.status();
        return result;
    }
    result.baskets = counter.baskets();
    const double baskets = double(result.baskets);
    const qint64 minimum = std::max(1, options.minPairCount);
    const auto addRule = [&](int x, int y, qint64 together) {
        AssociationRule rule;
        rule.antecedentId = products[size_t(x)].id;
        rule.antecedentCode = products[size_t(x)].code;
        rule.antecedentName = products[size_t(x)].name;
        rule.consequentId = products[size_t(y)].id;
        rule.consequentCode = products[size_t(y)].code;
        rule.consequentName = products[size_t(y)].name;
        rule.pairCount = together;
        rule.antecedentCount = counter.items(x);
        rule.consequentCount = counter.items(y);
        rule.support = double(together) / baskets;
        rule.confidence = double(together) / double(rule.antecedentCount);
        rule.lift =
            double(together) * baskets / (double(rule.antecedentCount) * double(rule.consequentCount));
        result.rules << rule;
    };
    counter.forEachPair([&](int x, int y, qint64 together) {
        if (together < minimum)
            return;
        addRule(x, y, together);
        addRule(y, x, together);
    });
    if (status)
        *status = Status::success();
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
