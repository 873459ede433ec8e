#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace rapport {

class Database;

// A campaign's figures. Rates are basis points (1234 = 12.34 %) of the members sent to; money is integer
// minor units of the campaign's currency. A response is a member who responded or converted; revenue is the
// amount of won opportunities that name the campaign or that a member converted into.
struct CampaignStats {
    qint64 campaignId = 0;
    QString name;
    QString channel;
    QString status;
    QString currency;
    qint64 audience = 0;
    qint64 sent = 0;
    qint64 bounced = 0;
    qint64 opened = 0;
    qint64 responses = 0;
    qint64 optedOut = 0;
    qint64 conversions = 0;
    qint64 budgetMinor = 0;
    qint64 costMinor = 0;
    qint64 revenueMinor = 0;
    qint64 responseRateBp = 0;       // responses / sent
    qint64 conversionRateBp = 0;     // conversions / sent
    qint64 costPerResponseMinor = 0; // cost / responses; 0 when nobody responded
    bool roiKnown = false;           // false when the campaign cost nothing
    qint64 roiBp = 0;                // (revenue - cost) / cost
    qint64 excludedConsent = 0;
    qint64 excludedSuppressed = 0;
};

struct DailyResponses {
    QDate day;
    qint64 responses = 0;
};

class CampaignStatistics final {
    Q_DECLARE_TR_FUNCTIONS(CampaignStatistics)
public:
    explicit CampaignStatistics(Database& db);
    CampaignStats stats(qint64 campaignId, Status* status = nullptr) const;
    // Responses per day (by the day of the response or conversion, UTC), ascending, days without any left
    // out.
    QList<DailyResponses> responsesPerDay(qint64 campaignId, Status* status = nullptr) const;
    // Several campaigns side by side (all campaigns, newest first, when ids is empty).
    QList<CampaignStats> compare(const QList<qint64>& campaignIds, Status* status = nullptr) const;

private:
    Database& m_db;
};

} // namespace rapport
