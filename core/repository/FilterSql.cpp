#include "repository/FilterSql.h"

#include "repository/FieldNormalizer.h"
#include "search/SearchService.h"

namespace rapport {

QString FilterSql::where() const {
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Status FilterSqlBuilder::addFilters(const EntityDescriptor& entity, const QList<FieldFilter>& filters,
                                    FilterSql& sql) {
    for (const FieldFilter& filter : filters) {
        const FieldDescriptor* field = entity.field(filter.field);
        if (!field && filter.field != u"id")
            return Status::failure(tr("%1 has no field “%2”; its fields are: %3.")
                                       .arg(entity.translatedLabel(), filter.field,
                                            entity.fieldNames().join(QStringLiteral(", "))));
        const QString text = filter.value.toString();
        if (field && field->isList()) {
            sql.conditions << QStringLiteral(
                                  "instr(lower('; ' || t.%1 || '; '), lower('; ' || ? || '; ')) > 0")
                                  .arg(field->name);
            sql.bound << text.trimmed();
        } else if (text.isEmpty()) {
            sql.conditions << QStringLiteral("t.%1 IS NULL").arg(filter.field);
        } else if (!field) {
            sql.conditions << QStringLiteral("t.id = ?");
            sql.bound << text.toLongLong();
        } else {
            QVariant value = filter.value;
            if (!FieldNormalizer::normalizeField(*field, value).isEmpty())
                value = filter.value; // compare as typed: an impossible value simply matches nothing
            sql.conditions << QStringLiteral("t.%1 = ?").arg(field->name);
            sql.bound << value;
        }
    }
    return Status::success();
}

void FilterSqlBuilder::addSearch(const EntityDescriptor& entity, const QString& text, FilterSql& sql) {
    if (text.trimmed().isEmpty())
        return;
    const QString table = SearchService::searchTable(entity.name);
    if (!table.isEmpty()) {
        const QString expression = SearchService::matchExpression(text);
        if (expression.isEmpty()) {
            sql.conditions << QStringLiteral("0"); // nothing searchable typed yet (fewer than 3 characters)
            return;
        }
        const QStringList words = SearchService::searchWords(text);
        sql.conditions << QStringLiteral("t.id IN (SELECT rowid FROM %1 s WHERE %1 MATCH ? AND %2)")
                              .arg(table, SearchService::wordCondition(words.size()));
        sql.bound << expression;
        for (const QString& word : words)
            sql.bound << word;
        return;
    }
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QStringList alternatives;
    for (const FieldDescriptor& field : entity.fields) {
        if (field.type == FieldType::Text || field.type == FieldType::LongText) {
            alternatives << QStringLiteral("t.%1 LIKE ? ESCAPE '\\'").arg(field.name);
            sql.bound << pattern;
        }
    }
    if (!alternatives.isEmpty())
        sql.conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace rapport
