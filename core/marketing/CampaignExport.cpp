#include "marketing/CampaignExport.h"

#include "io/CsvWriter.h"
#include "io/EmlMessage.h"
#include "marketing/CampaignAudience.h"
#include "marketing/MarketingSql.h"
#include "marketing/MessageTemplate.h"
#include "repository/FieldNormalizer.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace rapport {

using marketing::prepare;

namespace {

// Everything a placeholder can take, per member: the contact, lead or customer, their organisation and its
// owner (else the campaign's owner).
const QString memberValuesSql = QStringLiteral(
    "SELECT m.id, m.email, m.phone, "
    "coalesce(ct.first_name, l.first_name, '') AS first_name, coalesce(ct.last_name, l.last_name, '') AS "
    "last_name, "
    "coalesce(cu.name, l.organisation, '') AS company, coalesce(ct.title, '') AS title, "
    "coalesce(cu.billing_street, '') AS street, coalesce(cu.billing_postcode, l.postcode, '') AS postcode, "
    "coalesce(cu.billing_city, l.city, '') AS city, coalesce(cu.billing_country, l.country, '') AS country, "
    "coalesce(u.name, cu_owner.name, '') AS owner, coalesce(u.email, cu_owner.email, '') AS owner_email, "
    "cu.kind AS customer_kind "
    "FROM campaign_members m "
    "LEFT JOIN contacts ct ON ct.id = m.contact_id "
    "LEFT JOIN leads l ON l.id = m.lead_id "
    "LEFT JOIN customers cu ON cu.id = m.customer_id "
    "LEFT JOIN users u ON u.id = coalesce(cu.owner_id, l.owner_id) "
    "LEFT JOIN users cu_owner ON cu_owner.id = ? "
    "WHERE m.campaign_id = ? AND m.status NOT IN ('bounced', 'opted_out') "
    "AND NOT EXISTS (SELECT 1 FROM suppression_list s WHERE m.email IS NOT NULL AND lower(s.email) = "
    "lower(m.email)) "
    "AND NOT EXISTS (SELECT 1 FROM suppression_list s WHERE m.phone IS NOT NULL AND s.phone = m.phone) "
    "ORDER BY m.id");

bool writeFile(const QString& path, const QByteArray& bytes, Status* status) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *status = Status::failure(CampaignExport::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace

CampaignExport::CampaignExport(Database& db) : m_db(db) {}

bool CampaignExport::parseFormat(const QString& word, CampaignExportFormat* format) {
    if (word == u"csv")
        *format = CampaignExportFormat::MailMergeCsv;
    else if (word == u"eml")
        *format = CampaignExportFormat::Eml;
    else if (word == u"pdf")
        *format = CampaignExportFormat::LettersPdf;
    else if (word == u"calls")
        *format = CampaignExportFormat::CallList;
    else
        return false;
    return true;
}

CampaignMessages CampaignExport::messages(qint64 campaignId, const ExportProgress& progress) const {
    CampaignMessages result;
    const QList<QVariantMap> campaign = marketing::rows(
        m_db.handle(),
        QStringLiteral(
            "SELECT c.name, c.channel, c.owner_id, coalesce(c.subject_template, '') AS subject, "
            "coalesce(c.body_template, '') AS body, coalesce(u.name, '') AS owner, coalesce(u.email, '') "
            "AS owner_email FROM campaigns c LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?"),
        {campaignId}, &result.status);
    if (!result.status)
        return result;
    if (campaign.isEmpty()) {
        result.status = Status::failure(tr("There is no campaign with id %1.").arg(campaignId));
        return result;
    }
    const QVariantMap& c = campaign.first();
    result.campaignName = c.value(QStringLiteral("name")).toString();
    result.channel = c.value(QStringLiteral("channel")).toString();
    result.senderName = c.value(QStringLiteral("owner")).toString();
    result.senderEmail = c.value(QStringLiteral("owner_email")).toString();
    const QString subject = c.value(QStringLiteral("subject")).toString();
    const QString body = c.value(QStringLiteral("body")).toString();
    const QStringList unknown = MessageTemplate::unknownPlaceholders(subject + QLatin1Char('\n') + body);
    if (!unknown.isEmpty()) {
        QStringList braced;
        for (const QString& name : unknown)
            braced << QLatin1Char('{') + name + QLatin1Char('}');
        QStringList known;
        for (const QString& name : MessageTemplate::placeholders())
            known << QLatin1Char('{') + name + QLatin1Char('}');
        result.status =
            Status::failure(tr("The message of campaign “%1” uses unknown placeholders: %2. Known ones: %3.")
                                .arg(result.campaignName, braced.join(QStringLiteral(", ")),
                                     known.join(QStringLiteral(", "))));
        return result;
    }
    const qint64 total =
        marketing::scalar(m_db.handle(),
                          QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = ?"),
                          {campaignId}, &result.status)
            .toLongLong();
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    Statement members =
        prepare(m_db.handle(), memberValuesSql, {c.value(QStringLiteral("owner_id")), campaignId});
    static const QStringList columns{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                     QStringLiteral("company"),    QStringLiteral("title"),
                                     QStringLiteral("street"),     QStringLiteral("postcode"),
                                     QStringLiteral("city"),       QStringLiteral("country"),
                                     QStringLiteral("owner"),      QStringLiteral("owner_email")};
    qint64 done = 0;
    while (members.next()) {
        MemberMessage m;
        m.memberId = members.int64(0);
        m.email = members.text(1);
        m.phone = members.text(2);
        for (int i = 0; i < columns.size(); ++i)
            m.values.insert(columns.at(i), members.text(3 + i));
        m.values.insert(QStringLiteral("email"), m.email);
        m.values.insert(QStringLiteral("phone"), m.phone);
        m.values.insert(QStringLiteral("campaign"), result.campaignName);
        m.values.insert(QStringLiteral("date"), today);
        const QString person = (m.values.value(QStringLiteral("first_name")) + QLatin1Char(' ') +
                                m.values.value(QStringLiteral("last_name")))
                                   .trimmed();
        m.values.insert(QStringLiteral("name"),
                        person.isEmpty() ? m.values.value(QStringLiteral("company")) : person);
        m.subject = MessageTemplate::render(subject, m.values);
        m.body = MessageTemplate::render(body, m.values);
        result.messages << m;
        if (progress && (++done % 256) == 0 && !progress(done, total)) {
            result.status = Status::failure(tr("Cancelled."));
            return result;
        }
    }
    if (!members.status())
        result.status = members.status();
    return result;
}

CampaignExportResult CampaignExport::write(qint64 campaignId, const QString& directory,
                                           CampaignExportFormat format, const ExportProgress& progress) {
    CampaignExportResult result;
    if (format == CampaignExportFormat::LettersPdf) {
        result.status =
            Status::failure(tr("Letters are drawn by the print library; use CampaignLettersPdf."));
        return result;
    }
    const CampaignMessages all = messages(campaignId, progress);
    if (!all.status) {
        result.cancelled = all.status.message() == tr("Cancelled.");
        result.status = all.status;
        return result;
    }
    if (!QDir().mkpath(directory)) {
        result.status = Status::failure(tr("Cannot create the folder %1.").arg(directory));
        return result;
    }
    QList<MemberMessage> written;
    const qint64 total = all.messages.size();
    qint64 done = 0;
    if (format == CampaignExportFormat::Eml) {
        if (all.senderEmail.isEmpty()) {
            result.status = Status::failure(
                tr("Campaign “%1” has no owner with an e-mail address to send from; set its owner first.")
                    .arg(all.campaignName));
            return result;
        }
        for (const MemberMessage& m : all.messages) {
            if (progress && !progress(done++, total)) {
                result.cancelled = true;
                result.status = Status::failure(tr("Cancelled."));
                return result;
            }
            if (m.email.isEmpty()) {
                ++result.skippedNoAddress;
                continue;
            }
            EmlMessage eml{all.senderName,
                           all.senderEmail,
                           m.values.value(QStringLiteral("name")),
                           m.email,
                           m.subject,
                           m.body,
                           QDateTime::currentDateTimeUtc(),
                           QStringLiteral("%1.%2@rapport.invalid").arg(campaignId).arg(m.memberId)};
            const QString path = QDir(directory).filePath(QStringLiteral("member-%1.eml").arg(m.memberId));
            if (!writeFile(path, eml.toBytes(), &result.status))
                return result;
            result.files << path;
            written << m;
        }
    } else {
        const bool calls = format == CampaignExportFormat::CallList;
        const QString path = QDir(directory).filePath(calls ? QStringLiteral("call-list.csv")
                                                            : QStringLiteral("mail-merge.csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.status = Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return result;
        }
        CsvWriter csv(&file);
        csv.setWriteBom(true);
        if (calls)
            csv.writeRecord({QStringLiteral("member_id"), QStringLiteral("name"), QStringLiteral("company"),
                             QStringLiteral("phone"), QStringLiteral("owner"), QStringLiteral("script"),
                             QStringLiteral("outcome")});
        else
            csv.writeRecord({QStringLiteral("member_id"), QStringLiteral("first_name"),
                             QStringLiteral("last_name"), QStringLiteral("company"), QStringLiteral("email"),
                             QStringLiteral("phone"), QStringLiteral("subject"), QStringLiteral("body")});
        for (const MemberMessage& m : all.messages) {
            if (progress && !progress(done++, total)) {
                result.cancelled = true;
                file.cancelWriting();
                result.status = Status::failure(tr("Cancelled."));
                return result;
            }
            const bool needsPhone = calls || all.channel == u"sms";
            if ((needsPhone && m.phone.isEmpty()) ||
                (!needsPhone && all.channel == u"email" && m.email.isEmpty())) {
                ++result.skippedNoAddress;
                continue;
            }
            if (calls)
                csv.writeRecord({QString::number(m.memberId), m.values.value(QStringLiteral("name")),
                                 m.values.value(QStringLiteral("company")), m.phone,
                                 m.values.value(QStringLiteral("owner")), m.body, QString()});
            else
                csv.writeRecord({QString::number(m.memberId), m.values.value(QStringLiteral("first_name")),
                                 m.values.value(QStringLiteral("last_name")),
                                 m.values.value(QStringLiteral("company")), m.email, m.phone, m.subject,
                                 m.body});
            written << m;
        }
        if (!csv.finish() || !file.commit()) {
            result.status = Status::failure(
                tr("Cannot write %1: %2").arg(path, csv.hasError() ? csv.errorString() : file.errorString()));
            return result;
        }
        result.files << path;
    }
    result.written = written.size();
    result.status = markSent(campaignId, written, &result.markedSent);
    return result;
}

Status CampaignExport::markSent(qint64 campaignId, const QList<MemberMessage>& messages, qint64* newlySent) {
    Status status;
    const QString channel = marketing::interactionChannel(
        marketing::scalar(m_db.handle(), QStringLiteral("SELECT channel FROM campaigns WHERE id = ?"),
                          {campaignId}, &status)
            .toString());
    if (!status)
        return status;
    Transaction transaction(m_db.handle());
    Statement member =
        prepare(m_db.handle(), QStringLiteral("SELECT customer_id, contact_id, lead_id FROM campaign_members "
                                              "WHERE id = ? AND campaign_id = ? AND sent_at IS NULL"));
    Statement interaction = prepare(
        m_db.handle(),
        QStringLiteral("INSERT INTO interactions (id, customer_id, contact_id, channel, direction, "
                       "occurred_at, subject, body, outcome) VALUES (?, ?, ?, ?, 'out', ?, ?, ?, ?)"));
    Statement activity =
        prepare(m_db.handle(), QStringLiteral("INSERT INTO lead_activities (id, lead_id, occurred_at, "
                                              "channel, subject, body) VALUES (?, ?, ?, ?, ?, ?)"));
    Statement sent = prepare(
        m_db.handle(),
        QStringLiteral("UPDATE campaign_members SET status = CASE status WHEN 'pending' THEN 'sent' ELSE "
                       "status END, sent_at = ?, interaction_id = ?, updated_at = ? WHERE id = ?"));
    const QString now = FieldNormalizer::nowUtc();
    const QString outcome = tr("Campaign message");
    qint64 count = 0;
    for (const MemberMessage& m : messages) {
        member.bind(1, m.memberId).bind(2, campaignId);
        if (!member.next()) {
            if (!member.status())
                return member.status();
            continue; // already sent
        }
        const QVariant customer = member.value(0);
        const QVariant contact = member.value(1);
        const QVariant lead = member.value(2);
        member.reset();
        const QString subject = m.subject.isEmpty() ? outcome : m.subject;
        QVariant interactionId;
        if (!lead.isNull()) {
            activity.bind(1, m_db.ids().next())
                .bind(2, lead)
                .bind(3, now)
                .bind(4, channel)
                .bind(5, subject)
                .bind(6, m.body);
            status = activity.exec();
        } else {
            interactionId = m_db.ids().next();
            interaction.bind(1, interactionId)
                .bind(2, customer)
                .bind(3, contact)
                .bind(4, channel)
                .bind(5, now);
            interaction.bind(6, subject).bind(7, m.body).bind(8, outcome);
            status = interaction.exec();
        }
        if (status) {
            sent.bind(1, now).bind(2, interactionId).bind(3, now).bind(4, m.memberId);
            status = sent.exec();
        }
        if (!status)
            return status;
        ++count;
    }
    if (newlySent)
        *newlySent = count;
    return transaction.commit();
}

} // namespace rapport
