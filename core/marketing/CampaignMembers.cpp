#include "marketing/CampaignMembers.h"

#include "marketing/MarketingSql.h"
#include "storage/Database.h"

namespace rapport {

CampaignMembers::CampaignMembers(Database& db) : m_db(db) {}

QList<CampaignMemberRow> CampaignMembers::members(qint64 campaignId, int limit, Status* status) const {
    QList<CampaignMemberRow> result;
    Statement rows = marketing::prepare(
        m_db.handle(),
        QStringLiteral(
            "SELECT m.id, coalesce(nullif(trim(coalesce(ct.first_name, l.first_name, '') || ' ' || "
            "coalesce(ct.last_name, l.last_name, '')), ''), cu.name, l.organisation, ''), coalesce(cu.name, "
            "l.organisation, ''), coalesce(m.email, ''), coalesce(m.phone, ''), m.status, "
            "coalesce(m.sent_at, ''), "
            "coalesce(CASE m.status WHEN 'sent' THEN m.sent_at WHEN 'bounced' THEN m.bounced_at WHEN "
            "'opened' THEN "
            "m.opened_at WHEN 'responded' THEN m.responded_at WHEN 'opted_out' THEN m.opted_out_at WHEN "
            "'converted' "
            "THEN m.converted_at END, '') "
            "FROM campaign_members m LEFT JOIN contacts ct ON ct.id = m.contact_id LEFT JOIN leads l ON l.id "
            "= "
            "m.lead_id LEFT JOIN customers cu ON cu.id = m.customer_id WHERE m.campaign_id = ? ORDER BY m.id "
            "LIMIT ?"),
        {campaignId, limit});
    while (rows.next())
        result << CampaignMemberRow{rows.int64(0), rows.text(1), rows.text(2), rows.text(3),
                                    rows.text(4),  rows.text(5), rows.text(6), rows.text(7)};
    if (status)
        *status = rows.status();
    return result;
}

QList<TargetSegment> CampaignMembers::targetSegments(qint64 campaignId, Status* status) const {
    QList<TargetSegment> result;
    for (const QVariantMap& row : marketing::rows(
             m_db.handle(),
             QStringLiteral("SELECT s.id, s.name, s.entity FROM campaign_segments cs JOIN segments s ON "
                            "s.id = cs.segment_id WHERE cs.campaign_id = ? ORDER BY s.name"),
             {campaignId}, status))
        result << TargetSegment{row.value(QStringLiteral("id")).toLongLong(),
                                row.value(QStringLiteral("name")).toString(),
                                row.value(QStringLiteral("entity")).toString()};
    return result;
}

Status CampaignMembers::addTargetSegment(qint64 campaignId, qint64 segmentId) {
    return marketing::exec(
        m_db.handle(),
        QStringLiteral("INSERT OR IGNORE INTO campaign_segments (id, campaign_id, segment_id) "
                       "VALUES (?, ?, ?)"),
        {m_db.ids().next(), campaignId, segmentId});
}

Status CampaignMembers::removeTargetSegment(qint64 campaignId, qint64 segmentId) {
    return marketing::exec(
        m_db.handle(),
        QStringLiteral("DELETE FROM campaign_segments WHERE campaign_id = ? AND segment_id = ?"),
        {campaignId, segmentId});
}

} // namespace rapport
