#include "demo/DemoCampaigns.h"

#include "demo/DemoText.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QDateTime>

namespace rapport::demo {
namespace {

QString timeOf(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

Status generateCampaigns(Database& db, quint64 seed, qint64 now, const CampaignStages& stages) {
    sqlite3* h = db.handle();
    if (sales::scalar(h, "SELECT count(*) FROM campaigns").toLongLong() > 0 || stages.pipelineId == 0)
        return Status::success();
    Rng rng(seed * 104729 + 5);
    const qint64 contacts = sales::scalar(h, "SELECT count(*) FROM contacts").toLongLong();
    const qint64 perCampaign = std::min<qint64>(2000, contacts / 6);
    if (perCampaign <= 0)
        return Status::success();
    const struct {
        const char* name;
        const char* channel;
        int daysAgo;
    } campaigns[] = {{"Spring mailing", "email", 700},  {"Trade fair invitation", "event", 560},
                     {"Summer offer", "email", 420},    {"Licence renewal reminder", "letter", 300},
                     {"Autumn webinar", "social", 180}, {"Year-end promotion", "email", 60}};
    const QString stamp = timeOf(now);
    qint64 offset = 0;
    for (const auto& c : campaigns) {
        const qint64 campaignId = db.ids().next();
        const qint64 start = now - qint64(c.daysAgo) * secondsPerDay;
        const QString startDay = timeOf(start).left(10);
        const qint64 cost = rng.range(20, 300) * 10000;
        if (Status done = sales::exec(
                h,
                "INSERT INTO campaigns (id, name, channel, starts_on, ends_on, budget_minor, "
                "actual_cost_minor, "
                "status, launched_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                "?10, ?10)",
                {campaignId, QString::fromLatin1(c.name) + QStringLiteral(" ") + startDay.left(4),
                 QString::fromLatin1(c.channel), startDay, timeOf(start + 30 * secondsPerDay).left(10), cost,
                 cost - rng.range(0, 10) * 1000,
                 c.daysAgo > 30 ? QStringLiteral("done") : QStringLiteral("active"), timeOf(start + 9 * 3600),
                 stamp});
            !done)
            return done;
        Statement members(
            h, "SELECT id, customer_id, emails, (SELECT owner_id FROM customers WHERE id = customer_id) "
               "FROM contacts ORDER BY id LIMIT ?1 OFFSET ?2");
        members.bind(1, perCampaign).bind(2, offset);
        struct Member {
            qint64 contact;
            qint64 customer;
            QString email;
            QVariant owner;
        };
        QList<Member> audience;
        while (members.next())
            audience << Member{members.int64(0), members.int64(1),
                               members.text(2).section(QLatin1Char(';'), 0, 0), members.value(3)};
        if (!members.status())
            return members.status();
        offset += perCampaign;
        for (const Member& m : audience) {
            const qint64 sent = start + 9 * 3600;
            QString status = QStringLiteral("sent");
            QVariant opened, responded, converted, bounced, optedOut, opportunity;
            const int roll = int(rng.below(1000));
            if (roll < 30) {
                status = QStringLiteral("bounced");
                bounced = timeOf(sent + 600);
            } else if (roll < 40) {
                status = QStringLiteral("opted_out");
                optedOut = timeOf(sent + rng.range(1, 5) * secondsPerDay);
            } else if (roll < 440) {
                status = QStringLiteral("opened");
                opened = timeOf(sent + rng.range(0, 4) * secondsPerDay + 3600);
                if (roll < 160) {
                    status = QStringLiteral("responded");
                    responded = timeOf(sent + rng.range(1, 10) * secondsPerDay);
                }
                if (roll < 65 && m.customer > 0) {
                    status = QStringLiteral("converted");
                    const qint64 at = sent + rng.range(5, 40) * secondsPerDay;
                    const bool closed = at < now;
                    converted = timeOf(std::min(at, now - secondsPerDay));
                    opportunity = db.ids().next();
                    if (Status done = sales::exec(
                            h,
                            "INSERT INTO opportunities (id, title, customer_id, pipeline_id, stage_id, "
                            "amount_minor, "
                            "currency, expected_close, owner_id, source, campaign, campaign_id, status, "
                            "closed_at, "
                            "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'EUR', ?7, ?8, "
                            "'campaign', ?9, "
                            "?10, ?11, ?12, ?13, ?13)",
                            {opportunity,
                             QStringLiteral("Campaign order: %1").arg(QString::fromLatin1(c.name)),
                             m.customer, stages.pipelineId, closed ? stages.wonStageId : stages.openStageId,
                             rng.range(5, 200) * 10000, timeOf(at).left(10), m.owner,
                             QString::fromLatin1(c.name), campaignId,
                             closed ? QStringLiteral("won") : QStringLiteral("open"),
                             closed ? QVariant(converted) : QVariant(),
                             responded.isNull() ? timeOf(sent) : responded});
                        !done)
                        return done;
                }
            }
            if (Status done = sales::exec(h,
                                          "INSERT INTO campaign_members (id, campaign_id, customer_id, "
                                          "contact_id, email, status, sent_at, "
                                          "bounced_at, opened_at, responded_at, opted_out_at, converted_at, "
                                          "converted_opportunity_id, "
                                          "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, nullif(?5, ''), "
                                          "?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                          "?13, ?7, ?7)",
                                          {db.ids().next(), campaignId,
                                           m.customer > 0 ? QVariant(m.customer) : QVariant(), m.contact,
                                           m.email, status, timeOf(sent), bounced, opened, responded,
                                           optedOut, converted, opportunity});
                !done)
                return done;
        }
    }
    return Status::success();
}

} // namespace rapport::demo
