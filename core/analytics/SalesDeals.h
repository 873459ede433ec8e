#pragma once

#include "analytics/ReportFilter.h"
#include "util/Status.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace rapport {
class Database;
}

namespace rapport::analytics {

// One opportunity as the sales charts need it. The dates stay the stored ISO text, compared byte-wise as
// SQLite compares them, so that a date range keeps exactly the rows the SQL condition would.
struct SalesDeal {
    enum class Status : quint8 { Open, Won, Lost };
    qint64 stageId = 0;
    qint64 ownerId = 0; // 0: none
    qint64 amountMinor = 0;
    int probability = -1; // -1: the stage's
    Status status = Status::Open;
    bool hasOwner = false;
    bool hasClosedAt = false;
    int source = 0; // index into SalesDeals::sources
    QByteArray createdAt;
    QByteArray closedAt;
    // julianday(closed_at) - julianday(created_at) as SQLite computes it, for won deals with a close date.
    double daysToClose = 0;
};

// The opportunities of a filter's owner and segment, read in one pass over the table (or the owner's index
// entries) into memory. Every sales chart is computed from these rows, each applying its own date range: the
// funnel on created_at, the others on closed_at.
class SalesDeals final {
public:
    // daysToClose is computed only when asked (the sales cycle needs it; it costs two julianday() a deal).
    static Status read(Database& db, const ReportFilter& filter, SalesDeals* out,
                       bool withDaysToClose = true);

    // Whether an ISO date-time text lies in the filter's range [from, to + 1 day) as "column >= from AND
    // column < to+1" would say in SQL (a missing value never does unless the range is open at both ends).
    class Range final {
    public:
        explicit Range(const ReportFilter& filter);
        bool contains(const QByteArray& value, bool present) const;

    private:
        QByteArray m_from; // empty: open
        QByteArray m_until;
    };

    std::vector<SalesDeal> deals;
    QStringList sources; // "" for none, as coalesce(source, '') groups it
};

} // namespace rapport::analytics
