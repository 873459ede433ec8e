#include "marketing/CampaignResponses.h"

#include "io/CsvReader.h"
#include "marketing/CampaignService.h"
#include "marketing/MarketingSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QHash>

namespace rapport {

using marketing::prepare;

namespace {

int rankOf(const QString& status) {
    return static_cast<int>(CampaignService::memberStatuses().indexOf(status));
}

// The last nine digits identify a number whatever prefix (+49, 0049, 0) it was written with.
QString phoneKey(const QString& text) {
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits.size() < 6 ? QString() : digits.right(9);
}

int columnOf(const QStringList& header, const QStringList& names) {
    for (int i = 0; i < header.size(); ++i) {
        QString h = header.at(i).trimmed().toLower();
        h.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
        if (names.contains(h))
            return i;
    }
    return -1;
}

QDateTime parseWhen(const QString& text) {
    const QString t = text.trimmed();
    QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (at.isValid() && at.timeSpec() == Qt::LocalTime) // a report without an offset is read as UTC
        at.setTimeSpec(Qt::UTC);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        if (day.isValid())
            at = QDateTime(day, QTime(12, 0), Qt::UTC);
    }
    return at;
}

struct Member {
    qint64 id = 0;
    QString status;
};

} // namespace

CampaignResponses::CampaignResponses(Database& db) : m_db(db) {}

QString CampaignResponses::statusForWord(const QString& word) {
    static const QHash<QString, QString> words{
        {QStringLiteral("sent"), QStringLiteral("sent")},
        {QStringLiteral("delivered"), QStringLiteral("sent")},
        {QStringLiteral("bounce"), QStringLiteral("bounced")},
        {QStringLiteral("bounced"), QStringLiteral("bounced")},
        {QStringLiteral("hardbounce"), QStringLiteral("bounced")},
        {QStringLiteral("softbounce"), QStringLiteral("bounced")},
        {QStringLiteral("failed"), QStringLiteral("bounced")},
        {QStringLiteral("undelivered"), QStringLiteral("bounced")},
        {QStringLiteral("open"), QStringLiteral("opened")},
        {QStringLiteral("opened"), QStringLiteral("opened")},
        {QStringLiteral("read"), QStringLiteral("opened")},
        {QStringLiteral("click"), QStringLiteral("responded")},
        {QStringLiteral("clicked"), QStringLiteral("responded")},
        {QStringLiteral("reply"), QStringLiteral("responded")},
        {QStringLiteral("replied"), QStringLiteral("responded")},
        {QStringLiteral("responded"), QStringLiteral("responded")},
        {QStringLiteral("response"), QStringLiteral("responded")},
        {QStringLiteral("unsubscribe"), QStringLiteral("opted_out")},
        {QStringLiteral("unsubscribed"), QStringLiteral("opted_out")},
        {QStringLiteral("optout"), QStringLiteral("opted_out")},
        {QStringLiteral("optedout"), QStringLiteral("opted_out")},
        {QStringLiteral("stop"), QStringLiteral("opted_out")},
        {QStringLiteral("complaint"), QStringLiteral("opted_out")},
        {QStringLiteral("spam"), QStringLiteral("opted_out")},
        {QStringLiteral("converted"), QStringLiteral("converted")},
    };
    QString key = word.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    return words.value(key);
}

ResponseImportResult CampaignResponses::importFile(qint64 campaignId, const QString& path) {
    ResponseImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    CsvReader reader(&file);
    QStringList header;
    if (!reader.next(header)) {
        result.status = Status::failure(
            reader.hasError()
                ? tr("%1, line %2: %3").arg(path).arg(reader.errorLine()).arg(reader.errorString())
                : tr("%1 is empty.").arg(path));
        return result;
    }
    const int emailColumn =
        columnOf(header, {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail"),
                          QStringLiteral("recipient"), QStringLiteral("to")});
    const int phoneColumn = columnOf(header, {QStringLiteral("phone"), QStringLiteral("mobile"),
                                              QStringLiteral("number"), QStringLiteral("telephone"),
                                              QStringLiteral("phonenumber"), QStringLiteral("msisdn")});
    const int statusColumn =
        columnOf(header, {QStringLiteral("status"), QStringLiteral("event"), QStringLiteral("action"),
                          QStringLiteral("result"), QStringLiteral("type")});
    const int dateColumn =
        columnOf(header, {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("timestamp"),
                          QStringLiteral("datetime"), QStringLiteral("when")});
    if ((emailColumn < 0 && phoneColumn < 0) || statusColumn < 0) {
        result.status = Status::failure(
            tr("%1: the first line must name an e-mail or phone column and a status column (found: %2).")
                .arg(path, header.join(QStringLiteral(", "))));
        return result;
    }

    Status status;
    if (marketing::scalar(m_db.handle(), QStringLiteral("SELECT 1 FROM campaigns WHERE id = ?"), {campaignId},
                          &status)
            .isNull()) {
        result.status =
            status ? Status::failure(tr("There is no campaign with id %1.").arg(campaignId)) : status;
        return result;
    }
    QHash<QString, Member> byEmail;
    QHash<QString, Member> byPhone;
    {
        Statement members =
            prepare(m_db.handle(),
                    QStringLiteral(
                        "SELECT id, status, lower(email), phone FROM campaign_members WHERE campaign_id = ?"),
                    {campaignId});
        while (members.next()) {
            const Member m{members.int64(0), members.text(1)};
            if (!members.isNull(2))
                byEmail.insert(members.text(2), m);
            const QString key = phoneKey(members.text(3));
            if (!key.isEmpty())
                byPhone.insert(key, m);
        }
    }

    Transaction transaction(m_db.handle());
    CampaignService campaigns(m_db);
    QStringList fields;
    while (reader.next(fields)) {
        ++result.lines;
        const qint64 line = reader.recordLine();
        const QString email = emailColumn >= 0 ? fields.value(emailColumn).trimmed() : QString();
        const QString phone = phoneColumn >= 0 ? fields.value(phoneColumn).trimmed() : QString();
        const QString who = email.isEmpty() ? phone : email;
        const QString word = fields.value(statusColumn);
        const QString step = statusForWord(word);
        if (step.isEmpty()) {
            result.unmatched << UnmatchedResponse{line, who,
                                                  tr("“%1” is not a status this program knows").arg(word)};
            continue;
        }
        Member member;
        if (!email.isEmpty())
            member = byEmail.value(email.toLower());
        if (!member.id && !phone.isEmpty())
            member = byPhone.value(phoneKey(phone));
        if (!member.id) {
            result.unmatched << UnmatchedResponse{
                line, who,
                who.isEmpty() ? tr("no e-mail or phone") : tr("nobody in this campaign has this address")};
            continue;
        }
        ++result.matched;
        const QDateTime at = dateColumn >= 0 ? parseWhen(fields.value(dateColumn)) : QDateTime();
        if (dateColumn >= 0 && !fields.value(dateColumn).trimmed().isEmpty() && !at.isValid()) {
            result.unmatched << UnmatchedResponse{
                line, who, tr("“%1” is not a date and time").arg(fields.value(dateColumn))};
            --result.matched;
            continue;
        }
        const QString newStatus = rankOf(step) > rankOf(member.status) ? step : member.status;
        result.status = campaigns.setMemberStatus(member.id, newStatus, newStatus == step ? at : QDateTime());
        if (result.status &&
            newStatus != step) // record the earlier step's time without moving the status back
            result.status = marketing::exec(
                m_db.handle(),
                QStringLiteral("UPDATE campaign_members SET %1_at = coalesce(%1_at, ?) WHERE id = ?")
                    .arg(step),
                {(at.isValid() ? at : QDateTime::currentDateTimeUtc())
                     .toUTC()
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")),
                 member.id});
        if (!result.status) {
            result.status =
                Status::failure(tr("%1, line %2: %3").arg(path).arg(line).arg(result.status.message()));
            return result;
        }
        if (newStatus != member.status)
            ++result.changed;
        member.status = newStatus;
        if (!email.isEmpty() && byEmail.contains(email.toLower()))
            byEmail[email.toLower()].status = newStatus;
        if (!phone.isEmpty() && byPhone.contains(phoneKey(phone)))
            byPhone[phoneKey(phone)].status = newStatus;
    }
    if (reader.hasError()) {
        result.status = Status::failure(
            tr("%1, line %2: %3").arg(path).arg(reader.errorLine()).arg(reader.errorString()));
        return result;
    }
    result.status = transaction.commit();
    return result;
}

} // namespace rapport
