#include "marketing/MarketingSql.h"

namespace rapport::marketing {

Statement prepare(sqlite3* db, const QString& sql, const QVariantList& bound) {
    const QByteArray utf8 = sql.toUtf8();
    Statement statement(db, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    for (int i = 0; i < bound.size(); ++i)
        statement.bind(i + 1, bound.at(i));
    return statement;
}

QVariant scalar(sqlite3* db, const QString& sql, const QVariantList& bound, Status* status) {
    Statement statement = prepare(db, sql, bound);
    const QVariant value = statement.next() ? statement.value(0) : QVariant();
    if (status && !statement.status())
        *status = statement.status();
    return value;
}

QList<QVariantMap> rows(sqlite3* db, const QString& sql, const QVariantList& bound, Status* status) {
    Statement statement = prepare(db, sql, bound);
    QList<QVariantMap> result;
    while (statement.next()) {
        QVariantMap values;
        for (int c = 0; c < statement.columnCount(); ++c)
            values.insert(statement.columnName(c), statement.value(c));
        result.append(values);
    }
    if (status && !statement.status())
        *status = statement.status();
    return result;
}

Status exec(sqlite3* db, const QString& sql, const QVariantList& bound) {
    Statement statement = prepare(db, sql, bound);
    return statement.exec();
}

} // namespace rapport::marketing
