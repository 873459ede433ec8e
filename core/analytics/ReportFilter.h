#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

namespace rapport::analytics {

// What every dashboard and report is narrowed to: a date range (inclusive, either end open when invalid),
// one owner (the sales rep on the opportunity or lead; 0 = everyone) and one customer segment (the customers'
// industry; empty = every customer). Which date a report filters on is said in that report's header.
struct ReportFilter {
    QDate from;
    QDate to;
    qint64 ownerId = 0;
    QString segment;

    // The day the report looks from: `to` when set, else the given today.
    QDate referenceDate(const QDate& today) const { return to.isValid() ? to : today; }
};

// SQL conditions for a filter with their bound values, appended in the order they are written. Column names
// come from the calling report (constant SQL text); the filter's values are only ever bound.
class FilterSql final {
public:
    // "AND column >= ? AND column < ?" for an ISO date or date-time text column.
    FilterSql& dateRange(const char* column, const ReportFilter& filter);
    FilterSql& owner(const char* column, const ReportFilter& filter);
    // The customer (column holds a customer id) belongs to the filter's segment.
    FilterSql& segment(const char* customerColumn, const ReportFilter& filter);
    FilterSql& raw(const char* condition, const QVariant& value);

    const QString& sql() const { return m_sql; }
    const QVariantList& values() const { return m_values; }

private:
    QString m_sql;
    QVariantList m_values;
};

// "yyyy-MM" months from the first to the last month, inclusive.
QStringList monthsBetween(const QDate& first, const QDate& last);

} // namespace rapport::analytics
