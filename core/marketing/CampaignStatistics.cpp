#include "marketing/CampaignStatistics.h"

#include "marketing/MarketingSql.h"
#include "sales/Money.h"
#include "storage/Database.h"

namespace rapport {

using marketing::rows;

CampaignStatistics::CampaignStatistics(Database& db) : m_db(db) {}

CampaignStats CampaignStatistics::stats(qint64 campaignId, Status* status) const {
    CampaignStats s;
    Status result;
    const QList<QVariantMap> found = rows(
        m_db.handle(),
        QStringLiteral("SELECT c.name, c.channel, c.status, c.currency, c.budget_minor, c.actual_cost_minor, "
                       "c.excluded_consent, "
                       "c.excluded_suppressed, "
                       "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id) AS audience, "
                       "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND (m.sent_at "
                       "IS NOT NULL OR "
                       "m.status <> 'pending')) AS sent, "
                       "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.bounced_at "
                       "IS NOT NULL) AS "
                       "bounced, "
                       "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.opened_at "
                       "IS NOT NULL) AS "
                       "opened, "
                       "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND "
                       "(m.responded_at IS NOT NULL OR "
                       "m.converted_at IS NOT NULL)) AS responses, "
                       "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND "
                       "m.opted_out_at IS NOT NULL) AS "
                       "opted_out, "
                       "(SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND "
                       "m.converted_at IS NOT NULL) AS "
                       "conversions, "
                       "(SELECT coalesce(sum(o.amount_minor), 0) FROM opportunities o WHERE o.status = 'won' "
                       "AND (o.campaign_id "
                       "= c.id OR o.id IN (SELECT m.converted_opportunity_id FROM campaign_members m WHERE "
                       "m.campaign_id = c.id "
                       "AND m.converted_opportunity_id IS NOT NULL))) AS revenue "
                       "FROM campaigns c WHERE c.id = ?"),
        {campaignId}, &result);
    if (result && found.isEmpty())
        result = Status::failure(tr("There is no campaign with id %1.").arg(campaignId));
    if (status)
        *status = result;
    if (!result)
        return s;
    const QVariantMap& r = found.first();
    auto n = [&r](const char* column) {
        return r.value(QString::fromLatin1(column)).toLongLong();
    };
    s.campaignId = campaignId;
    s.name = r.value(QStringLiteral("name")).toString();
    s.channel = r.value(QStringLiteral("channel")).toString();
    s.status = r.value(QStringLiteral("status")).toString();
    s.currency = r.value(QStringLiteral("currency")).toString();
    s.audience = n("audience");
    s.sent = n("sent");
    s.bounced = n("bounced");
    s.opened = n("opened");
    s.responses = n("responses");
    s.optedOut = n("opted_out");
    s.conversions = n("conversions");
    s.budgetMinor = n("budget_minor");
    s.costMinor = n("actual_cost_minor");
    s.revenueMinor = n("revenue");
    s.excludedConsent = n("excluded_consent");
    s.excludedSuppressed = n("excluded_suppressed");
    if (s.sent > 0) {
        s.responseRateBp = money::divideRounded(s.responses * 10000, s.sent);
        s.conversionRateBp = money::divideRounded(s.conversions * 10000, s.sent);
    }
    if (s.responses > 0)
        s.costPerResponseMinor = money::divideRounded(s.costMinor, s.responses);
    if (s.costMinor > 0) {
        s.roiKnown = true;
        s.roiBp = money::divideRounded((s.revenueMinor - s.costMinor) * 10000, s.costMinor);
    }
    return s;
}

QList<DailyResponses> CampaignStatistics::responsesPerDay(qint64 campaignId, Status* status) const {
    QList<DailyResponses> days;
    for (const QVariantMap& r :
         rows(m_db.handle(),
              QStringLiteral("SELECT substr(coalesce(responded_at, converted_at), 1, 10) AS day, "
                             "count(*) AS n FROM campaign_members WHERE campaign_id = ? AND "
                             "(responded_at IS NOT NULL OR converted_at IS NOT NULL) GROUP BY "
                             "day ORDER BY day"),
              {campaignId}, status))
        days << DailyResponses{QDate::fromString(r.value(QStringLiteral("day")).toString(), Qt::ISODate),
                               r.value(QStringLiteral("n")).toLongLong()};
    return days;
}

QList<CampaignStats> CampaignStatistics::compare(const QList<qint64>& campaignIds, Status* status) const {
    QList<qint64> ids = campaignIds;
    if (ids.isEmpty()) {
        for (const QVariantMap& r :
             rows(m_db.handle(),
                  QStringLiteral("SELECT id FROM campaigns ORDER BY coalesce(starts_on, '') DESC, id DESC"),
                  {}, status))
            ids << r.value(QStringLiteral("id")).toLongLong();
    }
    QList<CampaignStats> result;
    for (qint64 id : ids) {
        Status one;
        result << stats(id, &one);
        if (!one) {
            if (status)
                *status = one;
            return {};
        }
    }
    return result;
}

} // namespace rapport
