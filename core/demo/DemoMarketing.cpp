#include "demo/DemoMarketing.h"

#include "demo/DemoText.h"
#include "marketing/CampaignAudience.h"
#include "marketing/MarketingSql.h"
#include "marketing/SegmentCriteria.h"
#include "marketing/SegmentService.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSet>
#include <cmath>

namespace rapport::demo {
namespace {

struct SegmentSpec {
    const char* name;
    const char* entity;
    const char* criteria;
};

const SegmentSpec segmentSpecs[] = {
    {"Newsletter subscribers", "contact", R"({"rules":[{"field":"consent_email","operator":"is_true"}]})"},
    {"SMS subscribers", "contact", R"({"rules":[{"field":"consent_sms","operator":"is_true"}]})"},
    {"Customers who accept letters", "customer",
     R"({"rules":[{"field":"consent_post","operator":"is_true"}]})"},
    {"Quiet customers to call", "customer",
     R"({"op":"and","rules":[{"field":"consent_phone","operator":"is_true"},{"op":"or","rules":[
        {"field":"status","operator":"is","value":"inactive"},
        {"field":"last_interaction","operator":"more_than_days_ago","value":180}]}]})"},
    {"VIP customers", "customer", R"({"rules":[{"field":"tags","operator":"has_item","value":"vip"}]})"},
    {"Hot leads", "lead", R"({"rules":[{"field":"score","operator":"ge","value":30}]})"},
};

struct CampaignSpec {
    const char* name;
    const char* goal;
    const char* channel;
    int segment;   // index into segmentSpecs
    int daysAgo;   // start; negative: in the future
    int length;    // days
    int members;   // wanted audience
    qint64 budget; // minor units
    qint64 cost;
    int respond; // percent of members who respond
    int convert; // percent of members who convert
    const char* subject;
    const char* body;
};

const char* newsletterBody =
    "Dear {first_name},\n\nhere is what is new at our company this season: {campaign}.\n\n"
    "Kind regards,\n{owner}";

const CampaignSpec campaignSpecs[] = {
    {"Newsletter spring 2024", "Keep subscribers informed", "email", 0, 960, 30, 1200, 200000, 150000, 7, 2,
     "News for {first_name}", newsletterBody},
    {"Trade fair invitation", "Meet customers at the fair", "letter", 2, 800, 45, 600, 800000, 620000, 5, 3,
     "Invitation to our stand",
     "Dear {name},\n\nwe would be glad to welcome {company} at our stand.\n\n{owner}"},
    {"Summer sale SMS", "Clear summer stock", "sms", 1, 700, 14, 800, 400000, 240000, 4, 1, "",
     "Summer sale: 20% off until Sunday. Reply STOP to opt out."},
    {"Win-back calls", "Reactivate quiet customers", "phone", 3, 560, 60, 300, 1200000, 900000, 18, 5, "",
     "Call {name} ({company}), ask how we can help again."},
    {"Newsletter autumn 2024", "Keep subscribers informed", "email", 0, 420, 30, 1500, 200000, 165000, 6, 1,
     "Autumn news for {first_name}", newsletterBody},
    {"Product launch webinar", "Present the new terminal", "event", 0, 330, 21, 400, 1500000, 1100000, 24, 6,
     "Webinar invitation", "Dear {first_name},\n\njoin our launch webinar.\n\n{owner}"},
    {"Year-end offer letter", "Close deals before year end", "letter", 4, 240, 40, 700, 900000, 710000, 6, 4,
     "Our year-end offer for {company}",
     "Dear {name},\n\nas a valued customer, {company} gets 10% off.\n\n{owner}"},
    {"Newsletter spring 2026", "Keep subscribers informed", "email", 0, 150, 30, 1800, 250000, 190000, 6, 2,
     "Spring news for {first_name}", newsletterBody},
    {"Partner social push", "Reach resellers on social media", "social", 0, 60, 30, 500, 600000, 450000, 5, 1,
     "", "Follow us for partner news."},
    {"Autumn upgrade offer", "Upgrade licences to professional", "email", 4, 14, 45, 2000, 400000, 120000, 5,
     2, "Upgrade offer for {company}",
     "Dear {first_name},\n\nupgrade to professional this autumn.\n\n{owner}"},
    {"Spring 2027 newsletter", "Keep subscribers informed", "email", 0, -60, 30, 0, 25000, 0, 0, 0,
     "Spring news for {first_name}", newsletterBody},
};

QString timeOf(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString dateOf(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date().toString(Qt::ISODate);
}

struct Candidate {
    qint64 customerId = 0;
    qint64 contactId = 0;
    QString email;
    QString phone;
    bool consent = false;
};

} // namespace

MarketingDemo::MarketingDemo(Database& db, quint64 seed, qint64 now, std::vector<qint64> users)
    : m_db(db), m_rng(seed * 104729 + 5), m_now(now), m_users(std::move(users)) {}

Status MarketingDemo::writeAudiences() {
    Database& db = m_db;
    sqlite3* h = db.handle();
    Rng& rng = m_rng;
    const qint64 now = m_now;
    const std::vector<qint64>& users = m_users;
    SegmentService segments(db);
    segments.setToday(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date());
    std::vector<qint64> segmentIds;
    for (const SegmentSpec& spec : segmentSpecs) {
        Segment segment;
        segment.name = QString::fromUtf8(spec.name);
        segment.entity = QString::fromLatin1(spec.entity);
        if (Status parsed = SegmentCriteria::parse(QString::fromUtf8(spec.criteria), &segment.criteria);
            !parsed)
            return parsed;
        segment.ownerId = users.empty() ? 0 : users.front();
        // Sample data loaded twice keeps the segments of the first run.
        const QVariant existing = marketing::scalar(
            h, QStringLiteral("SELECT id FROM segments WHERE name = ?"), {segment.name}, nullptr);
        if (existing.isValid()) {
            segmentIds.push_back(existing.toLongLong());
            continue;
        }
        Status saved;
        segmentIds.push_back(segments.saveDynamic(segment, &saved));
        if (!saved)
            return saved;
    }

    QSet<QString> suppressed;
    BatchInsert interactions(
        h, "interactions",
        "id, customer_id, contact_id, user_id, channel, direction, occurred_at, subject, body, "
        "outcome, created_at, updated_at",
        12);
    BatchInsert members(
        h, "campaign_members",
        "id, campaign_id, customer_id, contact_id, email, phone, status, sent_at, bounced_at, "
        "opened_at, responded_at, opted_out_at, converted_at, interaction_id, created_at, updated_at",
        16);
    qint64 window = 0;
    const qint64 customers =
        marketing::scalar(h, QStringLiteral("SELECT count(*) FROM customers"), {}, nullptr).toLongLong();
    int index = 0;
    for (const CampaignSpec& spec : campaignSpecs) {
        const qint64 start = now - static_cast<qint64>(spec.daysAgo) * secondsPerDay + 9 * 3600;
        const qint64 end = start + static_cast<qint64>(spec.length) * secondsPerDay;
        const QString status = spec.daysAgo < 0 ? QStringLiteral("planned")
                               : end > now      ? QStringLiteral("active")
                                                : QStringLiteral("done");
        const qint64 campaignId = db.ids().next();
        const qint64 owner = users.empty() ? 0 : users[static_cast<size_t>(index++) % users.size()];
        const QString channel = QString::fromLatin1(spec.channel);
        const QString entity = QString::fromLatin1(segmentSpecs[spec.segment].entity);
        // The audience: a window of the segment's entity in creation order, consent checked as at launch.
        const QString consent = marketing::consentColumn(channel);
        const QString sql =
            entity == u"contact"
                ? QStringLiteral("SELECT customer_id, id, %1, %2, %3 FROM contacts WHERE created_at < ? "
                                 "ORDER BY id LIMIT ? OFFSET ?")
                      .arg(marketing::firstItem(QStringLiteral("emails")),
                           marketing::firstItem(QStringLiteral("phones")), consent)
                : QStringLiteral("SELECT id, NULL, %1, %2, %3 FROM customers WHERE (%4) AND created_at < ? "
                                 "ORDER BY id LIMIT ? OFFSET ?")
                      .arg(marketing::firstItem(QStringLiteral("emails")),
                           marketing::firstItem(QStringLiteral("phones")), consent,
                           spec.segment == 4   ? QStringLiteral("('; ' || tags || '; ') LIKE '%; vip; %'")
                           : spec.segment == 3 ? QStringLiteral("status = 'inactive'")
                                               : QStringLiteral("1"));
        std::vector<Candidate> candidates;
        qint64 excludedConsent = 0;
        qint64 excludedSuppressed = 0;
        // A campaign reaches at most one customer in twenty, so small sample databases keep plausible
        // timelines.
        const qint64 wanted = std::min<qint64>(spec.members, customers / 20);
        if (wanted > 0) {
            // Start somewhere else in the list for each campaign, wrapping around when the list is short.
            const QString countSql = QStringLiteral("SELECT count(*) FROM (%1)").arg(sql);
            const qint64 available =
                marketing::scalar(h, countSql, {timeOf(start), wanted * 2, 0}, nullptr).toLongLong();
            const qint64 offset = available > wanted * 2 ? window % (available - wanted * 2) : 0;
            Statement pick = marketing::prepare(h, sql, {timeOf(start), wanted * 2, offset});
            while (pick.next() && static_cast<qint64>(candidates.size()) < wanted) {
                Candidate c{pick.int64(0), pick.isNull(1) ? 0 : pick.int64(1), pick.text(2), pick.text(3),
                            pick.int64(4) == 1};
                if (!c.consent) {
                    ++excludedConsent;
                    continue;
                }
                if ((!c.email.isEmpty() && suppressed.contains(c.email.toLower())) ||
                    (!c.phone.isEmpty() && suppressed.contains(c.phone))) {
                    ++excludedSuppressed;
                    continue;
                }
                candidates.push_back(c);
            }
            if (!pick.status())
                return pick.status();
            window += wanted / 3;
        }
        if (Status done = marketing::exec(
                h,
                QStringLiteral(
                    "INSERT INTO campaigns (id, name, goal, channel, starts_on, ends_on, budget_minor, "
                    "actual_cost_minor, owner_id, status, subject_template, body_template, launched_at, "
                    "excluded_consent, excluded_suppressed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                    "?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {campaignId, QString::fromUtf8(spec.name), QString::fromUtf8(spec.goal), channel,
                 dateOf(start), dateOf(end), spec.budget, spec.cost, owner ? QVariant(owner) : QVariant(),
                 status, QString::fromUtf8(spec.subject), QString::fromUtf8(spec.body),
                 wanted > 0 ? QVariant(timeOf(start)) : QVariant(), excludedConsent, excludedSuppressed,
                 timeOf(start - 20 * secondsPerDay), timeOf(start)});
            !done)
            return done;
        if (Status done = marketing::exec(
                h,
                QStringLiteral(
                    "INSERT INTO campaign_segments (id, campaign_id, segment_id) VALUES (?, ?, ?)"),
                {db.ids().next(), campaignId, segmentIds[static_cast<size_t>(spec.segment)]});
            !done)
            return done;

        const std::string interactionChannel = marketing::interactionChannel(channel).toStdString();
        const std::string subject = QString::fromUtf8(spec.subject).isEmpty()
                                        ? QString::fromUtf8(spec.name).toStdString()
                                        : QString::fromUtf8(spec.subject).toStdString();
        for (const Candidate& c : candidates) {
            const qint64 sentAt = std::min(start + rng.range(0, 6 * 3600), now - 60);
            std::string sent;
            appendDateTime(sent, sentAt);
            const qint64 interactionId = db.ids().next();
            if (c.customerId)
                interactions.bind(2, c.customerId);
            else
                interactions.bindNull(2);
            if (c.contactId)
                interactions.bind(3, c.contactId);
            else
                interactions.bindNull(3);
            interactions.bind(1, interactionId);
            if (owner)
                interactions.bind(4, owner);
            else
                interactions.bindNull(4);
            interactions.bindText(5, interactionChannel);
            interactions.bindText(6, "out");
            interactions.bindText(7, sent);
            interactions.bindText(8, subject);
            interactions.bindNull(9);
            interactions.bindText(10, "Campaign message");
            interactions.bindText(11, sent);
            interactions.bindText(12, sent);
            interactions.endRow();
            ++m_interactions;

            // Each step at its own time; the status is the furthest one.
            std::string stepStatus = "sent";
            std::string at[5]; // bounced, opened, responded, opted out, converted
            auto later = [&](int maxDays) {
                const double u = (static_cast<double>(rng.below(1000000)) + 1) / 1000001.0;
                const qint64 days = std::min<qint64>(maxDays, static_cast<qint64>(-std::log(u) * 3.0));
                return std::min(sentAt + days * secondsPerDay + rng.range(600, 9 * 3600), now - 60);
            };
            if (channel == u"email" && rng.chance(3)) {
                appendDateTime(at[0], sentAt + 120);
                stepStatus = "bounced";
            } else {
                if (channel == u"email" && rng.chance(38)) {
                    appendDateTime(at[1], later(10));
                    stepStatus = "opened";
                }
                if (rng.chance(spec.respond)) {
                    appendDateTime(at[2], later(30));
                    stepStatus = "responded";
                    if (rng.below(100) <
                        static_cast<quint64>(spec.convert * 100 / std::max(spec.respond, 1))) {
                        appendDateTime(at[4], later(45));
                        stepStatus = "converted";
                        m_conversions.push_back({campaignId, QString::fromUtf8(spec.name), owner,
                                                 c.customerId, c.contactId, QString::fromStdString(at[4])});
                    }
                } else if ((channel == u"email" || channel == u"sms") && rng.chance(1)) {
                    appendDateTime(at[3], later(5));
                    stepStatus = "opted_out";
                    if (!c.email.isEmpty())
                        suppressed.insert(c.email.toLower());
                    if (!c.phone.isEmpty())
                        suppressed.insert(c.phone);
                }
            }
            members.bind(1, db.ids().next());
            members.bind(2, campaignId);
            if (c.customerId)
                members.bind(3, c.customerId);
            else
                members.bindNull(3);
            if (c.contactId)
                members.bind(4, c.contactId);
            else
                members.bindNull(4);
            members.bind(5, c.email.isEmpty() ? QVariant() : QVariant(c.email));
            members.bind(6, c.phone.isEmpty() ? QVariant() : QVariant(c.phone));
            members.bindText(7, stepStatus);
            members.bindText(8, sent);
            for (int i = 0; i < 5; ++i) {
                if (at[i].empty())
                    members.bindNull(9 + i);
                else
                    members.bindText(9 + i, at[i]);
            }
            members.bind(14, interactionId);
            members.bindText(15, sent);
            members.bindText(16, sent);
            members.endRow();
            if (interactions.isFull()) {
                if (Status done = interactions.flush(); !done)
                    return done;
            }
        }
        if (Status done = interactions.flush(); !done)
            return done;
        if (Status done = members.flush(); !done)
            return done;
    }
    QStringList addresses(suppressed.begin(), suppressed.end());
    addresses.sort();
    for (const QString& address : addresses) {
        const bool email = address.contains(QLatin1Char('@'));
        if (Status done = marketing::exec(
                h,
                email ? QStringLiteral(
                            "INSERT OR IGNORE INTO suppression_list (id, email, reason) VALUES (?, ?, "
                            "'opted_out')")
                      : QStringLiteral(
                            "INSERT OR IGNORE INTO suppression_list (id, phone, reason) VALUES (?, ?, "
                            "'opted_out')"),
                {db.ids().next(), address});
            !done)
            return done;
    }
    return Status::success();
}

Status MarketingDemo::writeConversions() {
    sqlite3* h = m_db.handle();
    // Where converted members' opportunities go: the first pipeline's first open, won and lost stages.
    QVariant pipeline, openStage, wonStage, lostStage;
    for (const QVariantMap& stage : marketing::rows(
             h,
             QStringLiteral(
                 "SELECT s.id, s.pipeline_id, s.outcome FROM stages s WHERE s.pipeline_id = (SELECT id FROM "
                 "pipelines ORDER BY position, id LIMIT 1) ORDER BY s.position DESC"),
             {}, nullptr)) {
        pipeline = stage.value(QStringLiteral("pipeline_id"));
        const QString outcome = stage.value(QStringLiteral("outcome")).toString();
        (outcome == u"won"    ? wonStage
         : outcome == u"lost" ? lostStage
                              : openStage) = stage.value(QStringLiteral("id"));
    }
    if (!wonStage.isValid() || !lostStage.isValid() || !openStage.isValid())
        pipeline = QVariant();
    // Conversions bring revenue: each converted member becomes an opportunity naming the campaign (the
    // trigger links it to the member); most are won by now, some still open, a few lost.
    for (const Conversion& conversion : m_conversions) {
        if (!conversion.customerId || !pipeline.isValid())
            continue;
        const quint64 roll = m_rng.below(100);
        const QString outcome = roll < 60   ? QStringLiteral("won")
                                : roll < 85 ? QStringLiteral("open")
                                            : QStringLiteral("lost");
        const qint64 opened = QDateTime::fromString(conversion.at, Qt::ISODate).toSecsSinceEpoch();
        const qint64 closed = std::min(opened + m_rng.range(10, 60) * secondsPerDay, m_now - 3600);
        const bool finished = outcome != u"open" && closed > opened;
        if (Status done = marketing::exec(
                h,
                QStringLiteral("INSERT INTO opportunities (id, title, customer_id, contact_id, pipeline_id, "
                               "stage_id, "
                               "amount_minor, owner_id, source, status, closed_at, campaign_id, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'campaign', ?, ?, ?, ?, ?)"),
                {m_db.ids().next(), conversion.title, conversion.customerId,
                 conversion.contactId ? QVariant(conversion.contactId) : QVariant(), pipeline,
                 finished ? (outcome == u"won" ? wonStage : lostStage) : openStage,
                 m_rng.range(8, 240) * 2500, conversion.owner ? QVariant(conversion.owner) : QVariant(),
                 finished ? outcome : QStringLiteral("open"),
                 finished ? QVariant(timeOf(closed)) : QVariant(), conversion.campaignId, conversion.at,
                 finished ? timeOf(closed) : conversion.at});
            !done)
            return done;
    }
    return Status::success();
}

} // namespace rapport::demo
