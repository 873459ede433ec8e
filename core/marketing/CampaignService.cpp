#include "marketing/CampaignService.h"

#include "marketing/CampaignAudience.h"
#include "marketing/MarketingSql.h"
#include "marketing/SegmentService.h"
#include "repository/FieldNormalizer.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

namespace rapport {

using marketing::prepare;
using marketing::rows;
using marketing::scalar;

namespace {

const QString insertMemberSql = QStringLiteral("INSERT OR IGNORE INTO campaign_members (id, campaign_id, "
                                               "customer_id, contact_id, lead_id, email, phone) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)");

QVariant idOrNull(const QVariant& value) {
    return value.isNull() || value.toLongLong() == 0 ? QVariant() : QVariant(value.toLongLong());
}

QString utcText(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                        : FieldNormalizer::nowUtc();
}

} // namespace

CampaignService::CampaignService(Database& db) : m_db(db) {}

QStringList CampaignService::memberStatuses() {
    return {QStringLiteral("pending"),  QStringLiteral("sent"),      QStringLiteral("bounced"),
            QStringLiteral("opened"),   QStringLiteral("responded"), QStringLiteral("opted_out"),
            QStringLiteral("converted")};
}

AddMemberResult CampaignService::addMember(qint64 campaignId, const CampaignAudienceRef& who) {
    AddMemberResult result;
    const int given = (who.customerId ? 1 : 0) + (who.contactId ? 1 : 0) + (who.leadId ? 1 : 0);
    if (given != 1) {
        result.status = Status::failure(tr("A campaign member is one customer, contact or lead."));
        return result;
    }
    const QString channel =
        scalar(m_db.handle(), QStringLiteral("SELECT channel FROM campaigns WHERE id = ?"), {campaignId},
               &result.status)
            .toString();
    if (!result.status)
        return result;
    if (channel.isEmpty()) {
        result.status = Status::failure(tr("There is no campaign with id %1.").arg(campaignId));
        return result;
    }
    const QString entity = who.contactId ? QStringLiteral("contact")
                           : who.leadId  ? QStringLiteral("lead")
                                         : QStringLiteral("customer");
    const qint64 id = who.contactId ? who.contactId : who.leadId ? who.leadId : who.customerId;
    const QList<QVariantMap> found =
        rows(m_db.handle(), marketing::audienceRowsSql(entity, channel, QStringLiteral("?")), {id},
             &result.status);
    if (!result.status)
        return result;
    if (found.isEmpty()) {
        result.status = Status::failure(tr("There is no %1 with id %2.").arg(entity).arg(id));
        return result;
    }
    const QVariantMap& row = found.first();
    if (row.value(QStringLiteral("consent")).toInt() != 1) {
        result.outcome = AddMemberOutcome::NoConsent;
        return result;
    }
    if (row.value(QStringLiteral("suppressed")).toInt() != 0) {
        result.outcome = AddMemberOutcome::Suppressed;
        return result;
    }
    Transaction transaction(m_db.handle());
    const qint64 memberId = m_db.ids().next();
    result.status = marketing::exec(m_db.handle(), insertMemberSql,
                                    {memberId, campaignId, idOrNull(row.value(QStringLiteral("customer_id"))),
                                     idOrNull(row.value(QStringLiteral("contact_id"))),
                                     idOrNull(row.value(QStringLiteral("lead_id"))),
                                     row.value(QStringLiteral("email")), row.value(QStringLiteral("phone"))});
    if (!result.status)
        return result;
    if (sqlite3_changes(m_db.handle()) == 1) {
        result.memberId = memberId;
        result.status = transaction.commit();
        return result;
    }
    result.outcome = AddMemberOutcome::AlreadyMember;
    const QString column = who.contactId ? QStringLiteral("contact_id")
                           : who.leadId  ? QStringLiteral("lead_id")
                                         : QStringLiteral("customer_id");
    QString sql =
        QStringLiteral("SELECT id FROM campaign_members WHERE campaign_id = ? AND %1 = ?").arg(column);
    if (entity == u"customer")
        sql += QStringLiteral(" AND contact_id IS NULL AND lead_id IS NULL");
    result.memberId = scalar(m_db.handle(), sql, {campaignId, id}, &result.status).toLongLong();
    return result;
}

LaunchResult CampaignService::launch(qint64 campaignId) {
    LaunchResult result;
    const QList<QVariantMap> campaign =
        rows(m_db.handle(), QStringLiteral("SELECT channel, status FROM campaigns WHERE id = ?"),
             {campaignId}, &result.status);
    if (!result.status)
        return result;
    if (campaign.isEmpty()) {
        result.status = Status::failure(tr("There is no campaign with id %1.").arg(campaignId));
        return result;
    }
    const QString channel = campaign.first().value(QStringLiteral("channel")).toString();
    if (campaign.first().value(QStringLiteral("status")).toString() == u"done") {
        result.status =
            Status::failure(tr("Campaign %1 is done; it cannot be launched again.").arg(campaignId));
        return result;
    }
    Statement segments =
        prepare(m_db.handle(),
                QStringLiteral("SELECT segment_id FROM campaign_segments WHERE campaign_id = ? ORDER BY id"),
                {campaignId});
    QList<qint64> segmentIds;
    while (segments.next())
        segmentIds << segments.int64(0);
    if (segmentIds.isEmpty()) {
        result.status =
            Status::failure(tr("Campaign %1 targets no segment; add one before launching.").arg(campaignId));
        return result;
    }
    SegmentService segmentService(m_db);
    Transaction transaction(m_db.handle());
    if (!transaction.status()) {
        result.status = transaction.status();
        return result;
    }
    Statement insert = prepare(m_db.handle(), insertMemberSql);
    for (qint64 segmentId : segmentIds) {
        QString idSql, entity;
        QVariantList bound;
        result.status = segmentService.memberSql(segmentId, &idSql, &bound, &entity);
        if (!result.status)
            return result;
        Statement audience =
            prepare(m_db.handle(), marketing::audienceRowsSql(entity, channel, idSql), bound);
        while (audience.next()) {
            if (audience.int64(5) != 1) {
                ++result.excludedConsent;
                continue;
            }
            if (audience.int64(6) != 0) {
                ++result.excludedSuppressed;
                continue;
            }
            insert.bind(1, m_db.ids().next()).bind(2, campaignId);
            for (int c = 0; c < 5; ++c) {
                if (audience.isNull(c))
                    insert.bindNull(c + 3);
                else
                    insert.bind(c + 3, audience.value(c));
            }
            result.status = insert.exec();
            if (!result.status)
                return result;
            if (sqlite3_changes(m_db.handle()) == 1)
                ++result.added;
            else
                ++result.alreadyMembers;
        }
        if (!audience.status()) {
            result.status = audience.status();
            return result;
        }
    }
    const QString now = FieldNormalizer::nowUtc();
    result.status = marketing::exec(
        m_db.handle(),
        QStringLiteral("UPDATE campaigns SET status = 'active', launched_at = coalesce(launched_at, ?), "
                       "excluded_consent = ?, excluded_suppressed = ?, updated_at = ? WHERE id = ?"),
        {now, result.excludedConsent, result.excludedSuppressed, now, campaignId});
    if (!result.status)
        return result;
    result.audience =
        scalar(m_db.handle(), QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = ?"),
               {campaignId}, &result.status)
            .toLongLong();
    if (result.status)
        result.status = transaction.commit();
    return result;
}

Status CampaignService::setMemberStatus(qint64 memberId, const QString& status, const QDateTime& at,
                                        qint64 convertedLeadId, qint64 convertedOpportunityId) {
    if (!memberStatuses().contains(status))
        return Status::failure(tr("“%1” is not a member status; use one of: %2.")
                                   .arg(status, memberStatuses().join(QStringLiteral(", "))));
    Status result;
    const QList<QVariantMap> member =
        rows(m_db.handle(), QStringLiteral("SELECT email, phone FROM campaign_members WHERE id = ?"),
             {memberId}, &result);
    if (!result)
        return result;
    if (member.isEmpty())
        return Status::failure(tr("There is no campaign member with id %1.").arg(memberId));
    Transaction transaction(m_db.handle());
    const QString when = utcText(at);
    QString sql = QStringLiteral("UPDATE campaign_members SET status = ?, updated_at = ?");
    QVariantList bound{status, FieldNormalizer::nowUtc()};
    if (status != u"pending") {
        sql += QStringLiteral(", %1_at = coalesce(%1_at, ?)")
                   .arg(status); // status checked against the list above
        bound << when;
    }
    if (convertedLeadId) {
        sql += QStringLiteral(", converted_lead_id = ?");
        bound << convertedLeadId;
    }
    if (convertedOpportunityId) {
        sql += QStringLiteral(", converted_opportunity_id = ?");
        bound << convertedOpportunityId;
    }
    sql += QStringLiteral(" WHERE id = ?");
    bound << memberId;
    result = marketing::exec(m_db.handle(), sql, bound);
    if (result && status == u"opted_out")
        result =
            suppress(member.first().value(QStringLiteral("email")).toString(),
                     member.first().value(QStringLiteral("phone")).toString(), QStringLiteral("opted_out"));
    if (!result)
        return result;
    return transaction.commit();
}

Status CampaignService::suppress(const QString& email, const QString& phone, const QString& reason) {
    static const QStringList reasons{QStringLiteral("opted_out"), QStringLiteral("bounced"),
                                     QStringLiteral("request"), QStringLiteral("legal")};
    if (!reasons.contains(reason))
        return Status::failure(tr("“%1” is not a suppression reason; use one of: %2.")
                                   .arg(reason, reasons.join(QStringLiteral(", "))));
    if (email.trimmed().isEmpty() && phone.trimmed().isEmpty())
        return Status::success();
    Transaction transaction(m_db.handle());
    Status result;
    if (!email.trimmed().isEmpty())
        result = marketing::exec(
            m_db.handle(),
            QStringLiteral("INSERT INTO suppression_list (id, email, reason) SELECT ?, ?, ? WHERE "
                           "NOT EXISTS (SELECT 1 FROM suppression_list WHERE lower(email) = lower(?))"),
            {m_db.ids().next(), email.trimmed(), reason, email.trimmed()});
    if (result && !phone.trimmed().isEmpty())
        result = marketing::exec(
            m_db.handle(),
            QStringLiteral("INSERT INTO suppression_list (id, phone, reason) SELECT ?, ?, ? WHERE "
                           "NOT EXISTS (SELECT 1 FROM suppression_list WHERE phone = ?)"),
            {m_db.ids().next(), phone.trimmed(), reason, phone.trimmed()});
    if (!result)
        return result;
    return transaction.commit();
}

} // namespace rapport
