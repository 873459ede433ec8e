#include "analytics/SalesDeals.h"

#include "analytics/ReportQuery.h"
#include "storage/Database.h"

#include <QHash>

namespace rapport::analytics {

SalesDeals::Range::Range(const ReportFilter& filter) {
    if (filter.from.isValid())
        m_from = filter.from.toString(Qt::ISODate).toUtf8();
    if (filter.to.isValid())
        m_until = filter.to.addDays(1).toString(Qt::ISODate).toUtf8();
}

bool SalesDeals::Range::contains(const QByteArray& value, bool present) const {
    if (m_from.isEmpty() && m_until.isEmpty())
        return true;
    if (!present)
        return false;
    // QByteArray orders as memcmp, then by length: SQLite's BINARY collation.
    return (m_from.isEmpty() || value >= m_from) && (m_until.isEmpty() || value < m_until);
}

Status SalesDeals::read(Database& db, const ReportFilter& filter, SalesDeals* out, bool withDaysToClose) {
    out->deals.clear();
    out->sources = {QString()};
    FilterSql where;
    where.owner("owner_id", filter).segment("customer_id", filter);
    QHash<QByteArray, int> sourceIndex;
    return forEachRow(
        db.handle(),
        QStringLiteral("SELECT stage_id, owner_id, amount_minor, probability, status, source, created_at, "
                       "closed_at, %1 FROM opportunities WHERE 1 %2")
            .arg(withDaysToClose ? QStringLiteral("CASE WHEN status = 'won' AND closed_at IS NOT NULL THEN "
                                                  "julianday(closed_at) - julianday(created_at) END")
                                 : QStringLiteral("NULL"),
                 where.sql()),
        where.values(), [&](Statement& row) {
            SalesDeal deal;
            deal.stageId = row.int64(0);
            deal.hasOwner = !row.isNull(1);
            deal.ownerId = row.int64(1);
            deal.amountMinor = row.int64(2);
            deal.probability = row.isNull(3) ? -1 : int(row.int64(3));
            const std::string_view status = row.utf8(4);
            deal.status = status == "won"    ? SalesDeal::Status::Won
                          : status == "lost" ? SalesDeal::Status::Lost
                                             : SalesDeal::Status::Open;
            const std::string_view source = row.utf8(5);
            if (!source.empty()) {
                const QByteArray key = QByteArray::fromRawData(source.data(), qsizetype(source.size()));
                auto found = sourceIndex.constFind(key);
                if (found == sourceIndex.cend()) {
                    found =
                        sourceIndex.insert(QByteArray(key.constData(), key.size()), int(out->sources.size()));
                    out->sources << QString::fromUtf8(key);
                }
                deal.source = *found;
            }
            const std::string_view created = row.utf8(6);
            deal.createdAt = QByteArray(created.data(), qsizetype(created.size()));
            deal.hasClosedAt = !row.isNull(7);
            if (deal.hasClosedAt) {
                const std::string_view closed = row.utf8(7);
                deal.closedAt = QByteArray(closed.data(), qsizetype(closed.size()));
            }
            deal.daysToClose = row.real(8);
            out->deals.push_back(std::move(deal));
        });
}

} // namespace rapport::analytics
