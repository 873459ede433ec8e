#pragma once

#include "demo/DemoText.h"
#include "util/Status.h"

#include <QString>
#include <QtGlobal>
#include <vector>

namespace rapport {

class Database;

namespace demo {

// The marketing side of the sample data, inside the generator's transaction: a few segments and three years
// of campaigns over every channel, each with an audience taken from a window of the customers or contacts in
// creation order who existed when it started (so the result is the same for a seed and a date), consent and
// the suppression list respected, responses spread over the days after sending, opt-outs suppressed.
// writeAudiences() runs while the generator's bulk load is open (the members' interactions are bulk rows like
// the others); writeConversions() after the sales data, turning converted members into opportunities that
// name their campaign. At most a few thousand members per campaign: the same cost for a thousand customers
// as for a million.
class MarketingDemo final {
public:
    MarketingDemo(Database& db, quint64 seed, qint64 now, std::vector<qint64> users);
    Status writeAudiences();
    Status writeConversions();
    // Interactions written (one per member sent to).
    qint64 interactions() const { return m_interactions; }

private:
    struct Conversion {
        qint64 campaignId;
        QString title;
        qint64 owner;
        qint64 customerId;
        qint64 contactId;
        QString at;
    };
    Database& m_db;
    Rng m_rng;
    qint64 m_now;
    std::vector<qint64> m_users;
    std::vector<Conversion> m_conversions;
    qint64 m_interactions = 0;
};

} // namespace demo
} // namespace rapport
