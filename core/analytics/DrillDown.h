#pragma once

#include "analytics/ReportFilter.h"
#include "analytics/ReportTable.h"
#include "util/Status.h"

#include <QCoreApplication>

namespace rapport {
class Database;
}

namespace rapport::analytics {

// The records behind one bar, point or slice of a dashboard chart, under the same filter as the chart.
struct DrillDown {
    enum class Kind {
        Stage,           // key: stage id -> opportunities in the stage (created in range)
        WonMonth,        // key: yyyy-MM -> opportunities won that month
        Owner,           // key: owner id ("" = none) -> closed opportunities of the owner (closed in range)
        Source,          // key: source -> closed opportunities of the source (closed in range)
        CloseMonth,      // key: yyyy-MM -> open opportunities expected to close that month (earlier ones in
                         //      the reference month)
        RfmSegment,      // key: segment key -> customers of the RFM segment
        LeadSource,      // key: source -> leads of the source (created in range)
        CampaignMembers, // key: campaign id -> its members
    };
    Kind kind = Kind::Stage;
    QString key;
    QString label; // what was clicked, for the window title
};

struct DrillDownResult {
    QString entity; // the entity of the rows' ids: opportunities, customers, leads, campaign_members
    ReportTable table;
    qint64 total = 0; // rows behind the element; table holds at most `limit`
};

class DrillDownQuery final {
    Q_DECLARE_TR_FUNCTIONS(DrillDownQuery)
public:
    DrillDownQuery(Database& db, QDate today) : m_db(db), m_today(today) {}
    DrillDownResult records(const DrillDown& what, const ReportFilter& filter, int limit,
                            Status* status) const;

private:
    Database& m_db;
    QDate m_today;
};

} // namespace rapport::analytics
