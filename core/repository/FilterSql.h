#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/Record.h"
#include "util/Status.h"

#include <QCoreApplication>

namespace rapport {

// Conditions over the table aliased t, with positional "?" placeholders whose values are appended in order.
struct FilterSql {
    QStringList conditions;
    QVariantList bound;
    QString where() const;
};

class FilterSqlBuilder final {
    Q_DECLARE_TR_FUNCTIONS(FilterSqlBuilder)
public:
    // Field filters: list fields match one of their items, references and numbers compare as numbers, an
    // empty value matches an empty field. Unknown fields are refused with the list of the entity's fields.
    static Status addFilters(const EntityDescriptor& entity, const QList<FieldFilter>& filters,
                             FilterSql& sql);
    // What the user typed in a search box: the full-text index where the entity has one, else a literal
    // substring match over its text fields.
    static void addSearch(const EntityDescriptor& entity, const QString& text, FilterSql& sql);
};

} // namespace rapport
