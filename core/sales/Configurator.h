#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace rapport {

class Database;

struct ProductOption {
    QString code;
    QString name;
    QString group; // at most one option of a group
    qint64 priceMinor = 0;
};

struct ConfigRule {
    QString kind; // requires, excludes, price, quantity_discount
    QString ifOption;
    QString thenOption;
    qint64 amountMinor = 0;
    qint64 elseAmountMinor = 0;
    qint64 minQuantity = 0;
    int percentBp = 0;
};

struct ProductConfiguration {
    qint64 productId = 0;
    QString code;
    QString name;
    QString unit;
    qint64 basePriceMinor = 0;
    int taxRateBp = 0;
    QString currency;
    QList<ProductOption> options;
    QList<ConfigRule> rules;
};

struct ConfigResult {
    bool valid = true;
    QStringList problems;
    qint64 unitPriceMinor = 0; // base + options + price rules
    int discountBp = 0;        // from the best quantity discount that applies
    QString description;       // "Name: option, option"
    QSet<QString> unavailable; // options that cannot be added to the current choice
};

// The rules of a configurable product, evaluated as pure functions: which combinations are valid, what they
// cost, and which options the configurator dialog must grey out.
class Configurator final {
    Q_DECLARE_TR_FUNCTIONS(Configurator)
public:
    static ProductConfiguration load(Database& db, qint64 productId);
    static ConfigResult evaluate(const ProductConfiguration& product, const QSet<QString>& selected,
                                 qint64 quantityMilli);
};

} // namespace rapport
