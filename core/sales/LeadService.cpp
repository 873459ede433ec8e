#include "sales/LeadService.h"

#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"
#include "sales/PipelineService.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/TextFold.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace rapport {
namespace {

using sales::exec;
using sales::row;
using sales::rows;
using sales::scalar;

// Assignment runs the same few statements for every lead of an import: each is prepared once per connection
// (with the triggers it fires), then bound anew.
Statement& cached(Database& db, const char* sql, const QVariantList& bound) {
    Statement& statement = db.cachedStatement(QString::fromLatin1(sql));
    for (int i = 0; i < bound.size(); ++i)
        statement.bind(i + 1, bound.at(i));
    return statement;
}

Status cachedExec(Database& db, const char* sql, const QVariantList& bound) {
    return cached(db, sql, bound).exec();
}

QVariantMap cachedRow(Database& db, const char* sql, const QVariantList& bound) {
    Statement& statement = cached(db, sql, bound);
    QVariantMap values;
    if (statement.next())
        for (int c = 0; c < statement.columnCount(); ++c)
            values.insert(statement.columnName(c), statement.value(c));
    statement.reset(); // a cached statement must not stay open on a row
    return values;
}

bool sameText(const QVariant& a, const QVariant& b) {
    return a.toString().trimmed().compare(b.toString().trimmed(), Qt::CaseInsensitive) == 0;
}

// Postcodes compare as numbers when both are digits, else as upper-case text.
int comparePostcode(const QString& a, const QString& b) {
    bool aNumber = false;
    bool bNumber = false;
    const qlonglong an = a.toLongLong(&aNumber);
    const qlonglong bn = b.toLongLong(&bNumber);
    if (aNumber && bNumber)
        return an < bn ? -1 : (an > bn ? 1 : 0);
    return a.toUpper().compare(b.toUpper());
}

bool inTerritory(const QVariantMap& rule, const QVariantMap& lead) {
    if (!rule.value(QStringLiteral("country")).toString().isEmpty() &&
        !sameText(rule.value(QStringLiteral("country")), lead.value(QStringLiteral("country"))))
        return false;
    if (!rule.value(QStringLiteral("region")).toString().isEmpty() &&
        !sameText(rule.value(QStringLiteral("region")), lead.value(QStringLiteral("region"))))
        return false;
    const QString from = rule.value(QStringLiteral("postcode_from")).toString().trimmed();
    const QString to = rule.value(QStringLiteral("postcode_to")).toString().trimmed();
    const QString postcode = lead.value(QStringLiteral("postcode")).toString().trimmed();
    if (!from.isEmpty() || !to.isEmpty()) {
        if (postcode.isEmpty())
            return false;
        if (!from.isEmpty() && comparePostcode(postcode, from) < 0)
            return false;
        if (!to.isEmpty() && comparePostcode(postcode, to) > 0)
            return false;
    }
    return true;
}

bool hasSkill(const QString& skills, const QString& skill) {
    for (const QString& item : skills.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (item.trimmed().compare(skill, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

LeadService::LeadService(Database& db) : m_db(db) {}

// The active reps and rules, read once for a batch of leads; the rules' round-robin positions move on in
// memory as leads are given out.
struct LeadService::RuleSet {
    QList<QVariantMap> reps;
    QList<QVariantMap> rules;
};

LeadService::RuleSet LeadService::loadRules() const {
    sqlite3* db = m_db.handle();
    return {rows(db, "SELECT user_id, team, country, region, skills FROM sales_reps WHERE active = 1 "
                     "ORDER BY user_id"),
            rows(db, "SELECT * FROM assignment_rules WHERE active = 1 ORDER BY position, id")};
}

Assignment LeadService::assign(qint64 leadId) {
    Assignment result;
    const QVariantMap lead = row(m_db.handle(), "SELECT * FROM leads WHERE id = ?1", {leadId});
    if (lead.isEmpty()) {
        result.status = Status::failure(tr("There is no lead with id %1.").arg(leadId));
        return result;
    }
    RuleSet rules = loadRules();
    return assignWith(rules, lead, sales::nowUtc());
}

Assignment LeadService::assignWith(RuleSet& set, const QVariantMap& lead, const QString& stamp) {
    Assignment result;
    sqlite3* db = m_db.handle();
    const qint64 leadId = lead.value(QStringLiteral("id")).toLongLong();
    for (QVariantMap& rule : set.rules) {
        const QString kind = rule.value(QStringLiteral("kind")).toString();
        const QString team = rule.value(QStringLiteral("team")).toString().trimmed();
        const QString skill = rule.value(QStringLiteral("skill")).toString().trimmed();
        if (kind == u"territory" && !inTerritory(rule, lead))
            continue;
        if (kind == u"skill" && !(sameText(skill, lead.value(QStringLiteral("language"))) ||
                                  sameText(skill, lead.value(QStringLiteral("industry")))))
            continue;
        QList<qint64> candidates;
        if (!rule.value(QStringLiteral("user_id")).isNull()) {
            candidates << rule.value(QStringLiteral("user_id")).toLongLong();
        } else {
            for (const QVariantMap& rep : std::as_const(set.reps)) {
                if (!team.isEmpty() && !sameText(team, rep.value(QStringLiteral("team"))))
                    continue;
                if (kind == u"skill" && !hasSkill(rep.value(QStringLiteral("skills")).toString(), skill))
                    continue;
                if (kind == u"territory" && team.isEmpty() &&
                    !sameText(rep.value(QStringLiteral("country")), lead.value(QStringLiteral("country"))))
                    continue;
                candidates << rep.value(QStringLiteral("user_id")).toLongLong();
            }
        }
        if (candidates.isEmpty())
            continue;
        // Round robin: the first candidate after the one this rule chose last time.
        const qint64 last = rule.value(QStringLiteral("last_user_id")).toLongLong();
        qint64 chosen = candidates.first();
        for (qint64 candidate : candidates) {
            if (candidate > last) {
                chosen = candidate;
                break;
            }
        }
        Transaction transaction(db);
        result.status =
            cachedExec(m_db, "UPDATE assignment_rules SET last_user_id = ?1, updated_at = ?2 WHERE id = ?3",
                       {chosen, sales::nowUtc(), rule.value(QStringLiteral("id"))});
        if (result.status)
            result.status = giveTo(leadId, chosen,
                                   tr("rule “%1”").arg(rule.value(QStringLiteral("name")).toString()), stamp);
        if (result.status)
            result.status = transaction.commit();
        if (result.status) {
            result.userId = chosen;
            result.ruleName = rule.value(QStringLiteral("name")).toString();
            rule.insert(QStringLiteral("last_user_id"), chosen);
        }
        return result;
    }
    return result;
}

int LeadService::assignNew(const QList<qint64>& leadIds, const QString& stamp, Status* status) {
    if (leadIds.isEmpty())
        return 0;
    RuleSet rules = loadRules();
    if (rules.rules.isEmpty())
        return 0;
    const QString when = stamp.isEmpty() ? sales::nowUtc() : stamp;
    int assigned = 0;
    for (qint64 id : leadIds) {
        const QVariantMap lead = cachedRow(
            m_db, "SELECT * FROM leads WHERE id = ?1 AND owner_id IS NULL AND status = 'new'", {id});
        if (lead.isEmpty())
            continue;
        const Assignment done = assignWith(rules, lead, when);
        if (!done.status) {
            if (status)
                *status = done.status;
            return assigned;
        }
        assigned += done.userId ? 1 : 0;
    }
    return assigned;
}

int LeadService::assignUnassigned(Status* status) {
    QList<qint64> ids;
    for (const QVariantMap& lead :
         rows(m_db.handle(), "SELECT id FROM leads WHERE owner_id IS NULL AND status = 'new' ORDER BY id"))
        ids << lead.value(QStringLiteral("id")).toLongLong();
    return assignNew(ids, {}, status);
}

Status LeadService::reassign(const QList<qint64>& leadIds, qint64 userId) {
    if (!RecordStore(m_db).exists(EntityCatalog::user(), userId))
        return Status::failure(tr("There is no user with id %1.").arg(userId));
    if (leadIds.isEmpty())
        return Status::failure(tr("No leads were given to reassign."));
    Transaction transaction(m_db.handle());
    const QString now = sales::nowUtc();
    for (qint64 id : leadIds) {
        if (!RecordStore(m_db).exists(*EntityCatalog::find(QStringLiteral("lead")), id))
            return Status::failure(tr("There is no lead with id %1.").arg(id));
        if (Status done = giveTo(id, userId, tr("reassigned"), now); !done)
            return done;
    }
    return transaction.commit();
}

Status LeadService::giveTo(qint64 leadId, qint64 userId, const QString& why, const QString& stamp) {
    if (Status done = cachedExec(
            m_db, "UPDATE leads SET owner_id = ?1, assigned_at = ?2, updated_at = ?2 WHERE id = ?3",
            {userId, stamp, leadId});
        !done)
        return done;
    const QString name =
        cachedRow(
            m_db,
            "SELECT coalesce(nullif(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), ''), "
            "organisation) AS name FROM leads WHERE id = ?1",
            {leadId})
            .value(QStringLiteral("name"))
            .toString();
    const QString due =
        QDateTime::currentDateTimeUtc().addDays(1).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    return cachedExec(
        m_db,
        "INSERT INTO tasks (id, assignee_id, lead_id, title, notes, due_at, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        {m_db.ids().next(), userId, leadId, tr("Contact new lead %1").arg(name),
         tr("Assigned to you (%1). Lead id %2.").arg(why).arg(leadId), due, stamp});
}

Status LeadService::rescoreAll() {
    return exec(m_db.handle(),
                "UPDATE leads SET score = (SELECT s.score FROM lead_scores s WHERE s.lead_id = leads.id)");
}

Conversion LeadService::convert(qint64 leadId, qint64 pipelineId) {
    Conversion result;
    sqlite3* db = m_db.handle();
    const QVariantMap lead = row(db, "SELECT * FROM leads WHERE id = ?1", {leadId});
    auto text = [&lead](const char* name) {
        return lead.value(QString::fromLatin1(name)).toString().trimmed();
    };
    if (lead.isEmpty()) {
        result.status = Status::failure(tr("There is no lead with id %1.").arg(leadId));
        return result;
    }
    if (text("status") != u"qualified") {
        result.status = Status::failure(
            tr("Lead %1 is %2; only a qualified lead can be converted.").arg(leadId).arg(text("status")));
        return result;
    }
    const QString organisation = text("organisation");
    const QString person = (text("first_name") + QLatin1Char(' ') + text("last_name")).trimmed();
    const QString email = text("email");
    const qint64 owner = lead.value(QStringLiteral("owner_id")).toLongLong();
    RecordStore store(m_db);
    Transaction transaction(db);

    // The customer: an organisation of the same name, else one whose contact or own e-mails have the lead's.
    const QString customerName = organisation.isEmpty() ? person : organisation;
    const QString kind =
        organisation.isEmpty() ? QStringLiteral("individual") : QStringLiteral("organisation");
    result.customerId =
        scalar(db, "SELECT id FROM customers WHERE sort_key = ?1 AND kind = ?2 ORDER BY id LIMIT 1",
               {foldText(customerName), kind})
            .toLongLong();
    if (!result.customerId && !email.isEmpty())
        result.customerId =
            scalar(db,
                   "SELECT coalesce((SELECT customer_id FROM contacts WHERE customer_id IS NOT NULL AND "
                   "  ('; ' || lower(emails) || ';') LIKE '%; ' || lower(?1) || ';%' ORDER BY id LIMIT 1), "
                   "(SELECT id FROM customers WHERE ('; ' || lower(emails) || ';') LIKE '%; ' || lower(?1) "
                   "|| ';%' "
                   "  ORDER BY id LIMIT 1))",
                   {email})
                .toLongLong();
    result.matchedCustomer = result.customerId != 0;
    if (!result.customerId) {
        QVariantMap values{{QStringLiteral("name"), customerName},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("status"), QStringLiteral("prospect")},
                           {QStringLiteral("industry"), lead.value(QStringLiteral("industry"))},
                           {QStringLiteral("billing_city"), lead.value(QStringLiteral("city"))},
                           {QStringLiteral("billing_postcode"), lead.value(QStringLiteral("postcode"))},
                           {QStringLiteral("billing_region"), lead.value(QStringLiteral("region"))},
                           {QStringLiteral("billing_country"), lead.value(QStringLiteral("country"))}};
        if (owner)
            values.insert(QStringLiteral("owner_id"), owner);
        if (organisation.isEmpty()) {
            values.insert(QStringLiteral("emails"), email);
            values.insert(QStringLiteral("phones"), lead.value(QStringLiteral("phone")));
        }
        const WriteResult written = store.insert(EntityCatalog::customer(), values);
        if (!written.ok()) {
            result.status = Status::failure(written.message());
            return result;
        }
        result.customerId = written.id;
    }

    // The contact: one of this customer's with the same e-mail or name, else a new one.
    if (!person.isEmpty()) {
        result.contactId =
            scalar(db,
                   "SELECT id FROM contacts WHERE customer_id = ?1 AND ((?2 <> '' AND ('; ' || lower(emails) "
                   "|| ';') "
                   "LIKE '%; ' || lower(?2) || ';%') OR sort_key = ?3) ORDER BY id LIMIT 1",
                   {result.customerId, email,
                    foldText((text("last_name") + QLatin1Char(' ') + text("first_name")).trimmed())})
                .toLongLong();
        result.matchedContact = result.contactId != 0;
        if (!result.contactId) {
            const WriteResult written =
                store.insert(EntityCatalog::contact(), {{QStringLiteral("first_name"), text("first_name")},
                                                        {QStringLiteral("last_name"), text("last_name")},
                                                        {QStringLiteral("customer_id"), result.customerId},
                                                        {QStringLiteral("emails"), email},
                                                        {QStringLiteral("phones"), text("phone")}});
            if (!written.ok()) {
                result.status = Status::failure(written.message());
                return result;
            }
            result.contactId = written.id;
        }
    }

    // The opportunity, in the first open stage of the pipeline.
    PipelineService pipelines(m_db);
    if (result.status = pipelines.ensureDefaultPipelines(); !result.status)
        return result;
    OpportunityDraft draft;
    draft.title = tr("%1 (from lead)").arg(customerName);
    draft.customerId = result.customerId;
    draft.contactId = result.contactId;
    draft.pipelineId = pipelineId;
    draft.amountMinor = lead.value(QStringLiteral("estimated_value_minor")).toLongLong();
    draft.currency = text("currency").isEmpty() ? QStringLiteral("EUR") : text("currency");
    draft.ownerId = owner;
    draft.source = text("source");
    draft.campaign = text("campaign");
    draft.leadId = leadId;
    const WriteResult opportunity = pipelines.createOpportunity(draft);
    if (!opportunity.ok()) {
        result.status = Status::failure(opportunity.message());
        return result;
    }
    result.opportunityId = opportunity.id;

    // The lead's timeline goes along to the customer's.
    const QList<QVariantMap> activities =
        rows(db, "SELECT * FROM lead_activities WHERE lead_id = ?1 ORDER BY occurred_at", {leadId});
    for (const QVariantMap& activity : activities) {
        result.status = exec(
            db,
            "INSERT INTO interactions (id, customer_id, contact_id, user_id, channel, direction, "
            "occurred_at, subject, body, created_at, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, 'out', ?6, ?7, ?8, ?9, ?9)",
            {m_db.ids().next(), result.customerId, result.contactId ? QVariant(result.contactId) : QVariant(),
             activity.value(QStringLiteral("user_id")), activity.value(QStringLiteral("channel")),
             activity.value(QStringLiteral("occurred_at")), activity.value(QStringLiteral("subject")),
             activity.value(QStringLiteral("body")), sales::nowUtc()});
        if (!result.status)
            return result;
        ++result.carriedActivities;
    }

    result.status =
        exec(db,
             "UPDATE leads SET status = 'converted', converted_customer_id = ?1, converted_contact_id = ?2, "
             "converted_opportunity_id = ?3, converted_at = ?4, updated_at = ?4 WHERE id = ?5",
             {result.customerId, result.contactId ? QVariant(result.contactId) : QVariant(),
              result.opportunityId, sales::nowUtc(), leadId});
    if (result.status)
        result.status = transaction.commit();
    return result;
}

} // namespace rapport
