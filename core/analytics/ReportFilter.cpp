#include "analytics/ReportFilter.h"

namespace rapport::analytics {

FilterSql& FilterSql::dateRange(const char* column, const ReportFilter& filter) {
    const QString name = QString::fromLatin1(column);
    if (filter.from.isValid()) {
        m_sql += QStringLiteral(" AND %1 >= ?").arg(name);
        m_values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        m_sql += QStringLiteral(" AND %1 < ?").arg(name);
        m_values << filter.to.addDays(1).toString(Qt::ISODate);
    }
    return *this;
}

FilterSql& FilterSql::owner(const char* column, const ReportFilter& filter) {
    if (filter.ownerId != 0) {
        m_sql += QStringLiteral(" AND %1 = ?").arg(QString::fromLatin1(column));
        m_values << filter.ownerId;
    }
    return *this;
}

FilterSql& FilterSql::segment(const char* customerColumn, const ReportFilter& filter) {
    if (!filter.segment.isEmpty()) {
        // The ids of the segment's customers are read once from customers_by_industry (schema 13) into a
        // temporary b-tree that every row is checked against, instead of a look-up of each row's customer.
        m_sql += QStringLiteral(" AND %1 IN (SELECT id FROM customers WHERE industry = ?)")
                     .arg(QString::fromLatin1(customerColumn));
        m_values << filter.segment;
    }
    return *this;
}

FilterSql& FilterSql::raw(const char* condition, const QVariant& value) {
    m_sql += QStringLiteral(" AND ") + QString::fromLatin1(condition);
    m_values << value;
    return *this;
}

QStringList monthsBetween(const QDate& first, const QDate& last) {
    QStringList months;
    if (!first.isValid() || !last.isValid())
        return months;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1))
        months << month.toString(QStringLiteral("yyyy-MM"));
    return months;
}

} // namespace rapport::analytics
