#include "analytics/MarketingReports.h"

#include "analytics/ReportQuery.h"
#include "storage/Database.h"

namespace rapport::analytics {

QList<CampaignResult> MarketingReports::campaigns(const ReportFilter& filter, Status* status) const {
    FilterSql where;
    where.dateRange("coalesce(c.starts_on, c.launched_at)", filter).owner("c.owner_id", filter);
    QList<CampaignResult> result;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral(
            "SELECT c.id, c.name, c.channel, coalesce(c.starts_on, substr(c.launched_at, 1, 10), ''), "
            "c.actual_cost_minor, "
            "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id), "
            "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.status <> 'pending'), "
            "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND (m.responded_at IS NOT "
            "NULL "
            "OR m.status IN ('responded', 'converted'))), "
            "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND (m.converted_at IS NOT "
            "NULL "
            "OR m.status = 'converted')), "
            "(SELECT coalesce(sum(o.amount_minor), 0) FROM opportunities o WHERE o.status = 'won' AND "
            "(o.campaign_id = c.id OR o.id IN (SELECT m.converted_opportunity_id FROM campaign_members m "
            "WHERE m.campaign_id = c.id AND m.converted_opportunity_id IS NOT NULL))) "
            "FROM campaigns c WHERE 1 = 1 %1 ORDER BY coalesce(c.starts_on, c.launched_at) DESC, c.id DESC")
            .arg(where.sql()),
        where.values(), [&](Statement& row) {
            CampaignResult c;
            c.campaignId = row.int64(0);
            c.name = row.text(1);
            c.channel = row.text(2);
            c.startsOn = row.text(3);
            c.costMinor = row.int64(4);
            c.members = row.int64(5);
            c.reached = row.int64(6);
            c.responded = row.int64(7);
            c.converted = row.int64(8);
            c.revenueMinor = row.int64(9);
            result << c;
        });
    setStatus(status, done);
    return result;
}

QList<SourceFunnel> MarketingReports::leadSources(const ReportFilter& filter, Status* status) const {
    FilterSql where;
    where.dateRange("l.created_at", filter).owner("l.owner_id", filter);
    QList<SourceFunnel> result;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral("SELECT l.source, count(*), sum(l.status IN ('contacted', 'qualified', 'converted')), "
                       "sum(l.status IN ('qualified', 'converted')), sum(l.status = 'converted'), "
                       "sum(coalesce(o.status = 'won', 0)), "
                       "coalesce(sum(CASE WHEN o.status = 'won' THEN o.amount_minor END), 0) "
                       "FROM leads l LEFT JOIN opportunities o ON o.id = l.converted_opportunity_id "
                       "WHERE 1 = 1 %1 GROUP BY l.source ORDER BY count(*) DESC, l.source")
            .arg(where.sql()),
        where.values(), [&](Statement& row) {
            result << SourceFunnel{row.text(0),  row.int64(1), row.int64(2), row.int64(3),
                                   row.int64(4), row.int64(5), row.int64(6)};
        });
    setStatus(status, done);
    return result;
}

qint64 MarketingReports::lastCampaign(const ReportFilter& filter, Status* status) const {
    FilterSql where;
    where.dateRange("coalesce(launched_at, starts_on)", filter).owner("owner_id", filter);
    qint64 id = 0;
    const Status done =
        forEachRow(m_db.handle(),
                   QStringLiteral("SELECT id FROM campaigns WHERE coalesce(launched_at, starts_on) "
                                  "IS NOT NULL %1 ORDER BY coalesce(launched_at, starts_on) DESC, "
                                  "id DESC LIMIT 1")
                       .arg(where.sql()),
                   where.values(), [&](Statement& row) { id = row.int64(0); });
    setStatus(status, done);
    return id;
}

QList<CampaignConverter> MarketingReports::converters(qint64 campaignId, Status* status) const {
    QList<CampaignConverter> result;
    const Status done = forEachRow(
        m_db.handle(),
        QStringLiteral(
            "SELECT m.id, coalesce(nullif(trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, "
            "'')), ''), "
            "nullif(trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), ''), c.name, ''), "
            "coalesce(m.email, ''), coalesce(m.customer_id, p.customer_id, l.converted_customer_id, 0), "
            "coalesce(m.responded_at, ''), coalesce(m.converted_at, ''), coalesce(o.id, 0), "
            "coalesce(o.title, ''), "
            "coalesce(o.status, ''), coalesce(o.amount_minor, 0) "
            "FROM campaign_members m LEFT JOIN contacts p ON p.id = m.contact_id "
            "LEFT JOIN leads l ON l.id = m.lead_id LEFT JOIN customers c ON c.id = m.customer_id "
            "LEFT JOIN opportunities o ON o.id = m.converted_opportunity_id "
            "WHERE m.campaign_id = ?1 AND (m.responded_at IS NOT NULL OR m.status IN ('responded', "
            "'converted')) "
            "AND (m.converted_at IS NOT NULL OR m.status = 'converted') ORDER BY m.converted_at, m.id"),
        {campaignId}, [&](Statement& row) {
            result << CampaignConverter{row.int64(0), row.text(1),  row.text(2), row.int64(3), row.text(4),
                                        row.text(5),  row.int64(6), row.text(7), row.text(8),  row.int64(9)};
        });
    setStatus(status, done);
    return result;
}

} // namespace rapport::analytics
