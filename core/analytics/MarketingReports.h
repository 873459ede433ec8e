#pragma once

#include "analytics/ReportFilter.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {
class Database;
}

namespace rapport::analytics {

// Per campaign started in the range (starts_on, else launched_at; owner = the campaign's owner): members
// reached (sent or further), responded (responded_at or status responded/converted), converted; revenue =
// won opportunities of the campaign (opportunities.campaign_id, or a member's converted opportunity);
// ROI = (revenue - actual cost) / actual cost.
struct CampaignResult {
    qint64 campaignId = 0;
    QString name;
    QString channel;
    QString startsOn;
    qint64 members = 0;
    qint64 reached = 0;
    qint64 responded = 0;
    qint64 converted = 0;
    qint64 costMinor = 0;
    qint64 revenueMinor = 0;
    double responseRate() const { return reached > 0 ? double(responded) / double(reached) : 0.0; }
    double conversionRate() const { return reached > 0 ? double(converted) / double(reached) : 0.0; }
    double roi() const { return costMinor > 0 ? double(revenueMinor - costMinor) / double(costMinor) : 0.0; }
};

// Leads created in the range by source (owner = the lead's owner): how many got contacted, qualified,
// converted, and won (their converted opportunity won), with the won amount.
struct SourceFunnel {
    QString source;
    qint64 leads = 0;
    qint64 contacted = 0;
    qint64 qualified = 0;
    qint64 converted = 0;
    qint64 won = 0;
    qint64 wonMinor = 0;
};

// "Who answered the last campaign and converted?": the members of a campaign (the last one launched or
// started when campaignId is 0) who responded and converted, with the opportunity they became.
struct CampaignConverter {
    qint64 memberId = 0;
    QString name;
    QString email;
    qint64 customerId = 0;
    QString respondedAt;
    QString convertedAt;
    qint64 opportunityId = 0;
    QString opportunity;
    QString opportunityStatus;
    qint64 amountMinor = 0;
};

class MarketingReports final {
    Q_DECLARE_TR_FUNCTIONS(MarketingReports)
public:
    explicit MarketingReports(Database& db) : m_db(db) {}

    QList<CampaignResult> campaigns(const ReportFilter& filter, Status* status) const;
    QList<SourceFunnel> leadSources(const ReportFilter& filter, Status* status) const;
    // The campaign "last" means: launched or started latest (owner filter applies); 0 when there is none.
    qint64 lastCampaign(const ReportFilter& filter, Status* status) const;
    QList<CampaignConverter> converters(qint64 campaignId, Status* status) const;

private:
    Database& m_db;
};

} // namespace rapport::analytics
