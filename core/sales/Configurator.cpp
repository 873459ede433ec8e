#include "sales/Configurator.h"

#include "sales/SalesSql.h"
#include "storage/Database.h"

namespace rapport {
namespace {

QString optionName(const ProductConfiguration& product, const QString& code) {
    for (const ProductOption& option : product.options)
        if (option.code == code)
            return option.name;
    return code;
}

// The problems of one selection (no pricing).
QStringList problemsOf(const ProductConfiguration& product, const QSet<QString>& selected) {
    QStringList problems;
    QHash<QString, QString> groups;
    for (const ProductOption& option : product.options) {
        if (!selected.contains(option.code) || option.group.isEmpty())
            continue;
        if (groups.contains(option.group))
            problems << Configurator::tr("Choose only one of %1: “%2” or “%3”.")
                            .arg(option.group, groups.value(option.group), option.name);
        groups.insert(option.group, option.name);
    }
    for (const ConfigRule& rule : product.rules) {
        if (!selected.contains(rule.ifOption))
            continue;
        if (rule.kind == u"requires" && !selected.contains(rule.thenOption))
            problems << Configurator::tr("“%1” requires “%2”.")
                            .arg(optionName(product, rule.ifOption), optionName(product, rule.thenOption));
        if (rule.kind == u"excludes" && selected.contains(rule.thenOption))
            problems << Configurator::tr("“%1” cannot be combined with “%2”.")
                            .arg(optionName(product, rule.ifOption), optionName(product, rule.thenOption));
    }
    return problems;
}

} // namespace

ProductConfiguration Configurator::load(Database& db, qint64 productId) {
    ProductConfiguration product;
    const QVariantMap p = sales::row(db.handle(), "SELECT * FROM products WHERE id = ?1", {productId});
    if (p.isEmpty())
        return product;
    product.productId = productId;
    product.code = p.value(QStringLiteral("code")).toString();
    product.name = p.value(QStringLiteral("name")).toString();
    product.unit = p.value(QStringLiteral("unit")).toString();
    product.basePriceMinor = p.value(QStringLiteral("price_minor")).toLongLong();
    product.taxRateBp = p.value(QStringLiteral("tax_rate_bp")).toInt();
    product.currency = p.value(QStringLiteral("currency")).toString();
    for (const QVariantMap& o : sales::rows(
             db.handle(), "SELECT * FROM product_options WHERE product_id = ?1 ORDER BY option_group, id",
             {productId}))
        product.options << ProductOption{o.value(QStringLiteral("code")).toString(),
                                         o.value(QStringLiteral("name")).toString(),
                                         o.value(QStringLiteral("option_group")).toString(),
                                         o.value(QStringLiteral("price_minor")).toLongLong()};
    for (const QVariantMap& r : sales::rows(
             db.handle(), "SELECT * FROM config_rules WHERE product_id = ?1 ORDER BY id", {productId}))
        product.rules << ConfigRule{r.value(QStringLiteral("kind")).toString(),
                                    r.value(QStringLiteral("if_option")).toString(),
                                    r.value(QStringLiteral("then_option")).toString(),
                                    r.value(QStringLiteral("amount_minor")).toLongLong(),
                                    r.value(QStringLiteral("else_amount_minor")).toLongLong(),
                                    r.value(QStringLiteral("min_quantity")).toLongLong(),
                                    r.value(QStringLiteral("percent_bp")).toInt()};
    return product;
}

ConfigResult Configurator::evaluate(const ProductConfiguration& product, const QSet<QString>& selected,
                                    qint64 quantityMilli) {
    ConfigResult result;
    for (const QString& code : selected) {
        const bool known = std::any_of(product.options.begin(), product.options.end(),
                                       [&code](const ProductOption& o) { return o.code == code; });
        if (!known)
            result.problems << tr("“%1” is not an option of %2.").arg(code, product.name);
    }
    result.problems += problemsOf(product, selected);
    result.valid = result.problems.isEmpty();

    result.unitPriceMinor = product.basePriceMinor;
    QStringList chosen;
    for (const ProductOption& option : product.options) {
        if (selected.contains(option.code)) {
            result.unitPriceMinor += option.priceMinor;
            chosen << option.name;
        }
    }
    for (const ConfigRule& rule : product.rules) {
        if (rule.kind == u"price")
            result.unitPriceMinor += (rule.ifOption.isEmpty() || selected.contains(rule.ifOption))
                                         ? rule.amountMinor
                                         : rule.elseAmountMinor;
        else if (rule.kind == u"quantity_discount" && quantityMilli >= rule.minQuantity * 1000)
            result.discountBp = std::max(result.discountBp, rule.percentBp);
    }
    result.description = chosen.isEmpty()
                             ? product.name
                             : product.name + QStringLiteral(": ") + chosen.join(QStringLiteral(", "));

    // An option is unavailable when adding it (and nothing else) breaks an exclusion: the dialog greys it
    // out. Options that merely need another option stay available: choosing them tells the user what else is
    // needed.
    for (const ProductOption& option : product.options) {
        if (selected.contains(option.code))
            continue;
        for (const ConfigRule& rule : product.rules) {
            if (rule.kind != u"excludes")
                continue;
            if ((rule.ifOption == option.code && selected.contains(rule.thenOption)) ||
                (rule.thenOption == option.code && selected.contains(rule.ifOption)))
                result.unavailable.insert(option.code);
        }
    }
    return result;
}

} // namespace rapport
