#include "marketing/CampaignAudience.h"

namespace rapport::marketing {

QString consentColumn(const QString& channel) {
    if (channel == u"email")
        return QStringLiteral("consent_email");
    if (channel == u"sms")
        return QStringLiteral("consent_sms");
    if (channel == u"phone")
        return QStringLiteral("consent_phone");
    if (channel == u"letter")
        return QStringLiteral("consent_post");
    return QStringLiteral("1");
}

QString interactionChannel(const QString& campaignChannel) {
    if (campaignChannel == u"event")
        return QStringLiteral("meeting");
    if (campaignChannel == u"social")
        return QStringLiteral("note");
    return campaignChannel; // email, sms, letter, phone exist as interaction channels
}

QString firstItem(const QString& column) {
    return QStringLiteral(
               "nullif(trim(CASE WHEN instr(%1, ';') > 0 THEN substr(%1, 1, instr(%1, ';') - 1) ELSE "
               "%1 END), '')")
        .arg(column);
}

QString audienceRowsSql(const QString& entity, const QString& channel, const QString& idSql) {
    const QString consent = consentColumn(channel);
    const QString consentExpression = consent == u"1" ? consent : QStringLiteral("t.") + consent;
    QString inner;
    if (entity == u"contact")
        inner =
            QStringLiteral("SELECT t.customer_id AS customer_id, t.id AS contact_id, NULL AS lead_id, %1 AS "
                           "email, %2 AS phone, %3 AS consent FROM contacts t WHERE t.id IN (%4)")
                .arg(firstItem(QStringLiteral("t.emails")), firstItem(QStringLiteral("t.phones")),
                     consentExpression, idSql);
    else if (entity == u"customer")
        inner = QStringLiteral(
                    "SELECT t.id AS customer_id, NULL AS contact_id, NULL AS lead_id, %1 AS email, %2 AS "
                    "phone, %3 AS consent FROM customers t WHERE t.id IN (%4)")
                    .arg(firstItem(QStringLiteral("t.emails")), firstItem(QStringLiteral("t.phones")),
                         consentExpression, idSql);
    else
        inner = QStringLiteral(
                    "SELECT NULL AS customer_id, NULL AS contact_id, t.id AS lead_id, nullif(trim(t.email), "
                    "'') AS email, nullif(trim(t.phone), '') AS phone, %1 AS consent FROM leads t WHERE "
                    "t.id IN (%2)")
                    .arg(consentExpression, idSql);
    return QStringLiteral(
               "SELECT a.customer_id, a.contact_id, a.lead_id, a.email, a.phone, a.consent, "
               "(EXISTS (SELECT 1 FROM suppression_list s WHERE a.email IS NOT NULL AND lower(s.email) = "
               "lower(a.email)) OR EXISTS (SELECT 1 FROM suppression_list s WHERE a.phone IS NOT NULL AND "
               "s.phone = "
               "a.phone)) AS suppressed FROM (%1) a")
        .arg(inner);
}

} // namespace rapport::marketing
