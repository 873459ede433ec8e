#include "sales/SalesSql.h"

#include "repository/FieldNormalizer.h"

namespace rapport::sales {
namespace {

Statement prepare(sqlite3* db, std::string_view sql, const QVariantList& bound) {
    Statement statement(db, sql);
    for (int i = 0; i < bound.size(); ++i)
        statement.bind(i + 1, bound.at(i));
    return statement;
}

} // namespace

QList<QVariantMap> rows(sqlite3* db, std::string_view sql, const QVariantList& bound) {
    Statement statement = prepare(db, sql, bound);
    QList<QVariantMap> result;
    while (statement.next()) {
        QVariantMap values;
        for (int c = 0; c < statement.columnCount(); ++c)
            values.insert(statement.columnName(c), statement.value(c));
        result.append(values);
    }
    return result;
}

QVariantMap row(sqlite3* db, std::string_view sql, const QVariantList& bound) {
    const QList<QVariantMap> all = rows(db, sql, bound);
    return all.isEmpty() ? QVariantMap() : all.first();
}

QVariant scalar(sqlite3* db, std::string_view sql, const QVariantList& bound) {
    Statement statement = prepare(db, sql, bound);
    return statement.next() ? statement.value(0) : QVariant();
}

Status exec(sqlite3* db, std::string_view sql, const QVariantList& bound) {
    Statement statement = prepare(db, sql, bound);
    return statement.exec();
}

QString nowUtc() {
    return FieldNormalizer::nowUtc();
}

} // namespace rapport::sales
