#include "automation/RuleActions.h"

#include "marketing/CampaignService.h"
#include "repository/RecordStore.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QDateTime>

namespace rapport {

using sales::scalar;

RuleActions::RuleActions(Database& db, QDate today) : m_db(db), m_today(today) {}

QString RuleActions::perform(const Rule& rule, const RuleAction& action, const QString& entity,
                             const EventRow& event, Status* status) {
    *status = Status::success();
    if (action.kind == u"create_task")
        return createTask(rule, action, entity, event, status);
    if (action.kind == u"add_to_campaign")
        return addToCampaign(action, entity, event, status);
    if (action.kind == u"tag")
        return tag(action, event, status);
    if (action.kind == u"assign")
        return assign(action, entity, event, status);
    if (action.kind == u"set_field")
        return setField(action, entity, event, status);
    *status = Status::failure(tr("“%1” is not an action.").arg(action.kind));
    return {};
}

QString RuleActions::createTask(const Rule& rule, const RuleAction& action, const QString& entity,
                                const EventRow& event, Status* status) {
    RecordStore store(m_db);
    const qint64 assignee = event.ownerId ? event.ownerId : action.userId;
    const QString title = (action.value.trimmed().isEmpty() ? rule.name : action.value.trimmed()) +
                          QStringLiteral(" — ") +
                          store.displayName(*EntityCatalog::find(entity), event.recordId);
    QVariantMap values{
        {QStringLiteral("title"), title},
        {QStringLiteral("notes"), tr("Created by the rule “%1” (%2).").arg(rule.name, event.eventKey)},
        {QStringLiteral("due_at"),
         QDateTime(m_today.addDays(action.days), QTime(9, 0), Qt::UTC).toString(Qt::ISODate)}};
    if (assignee)
        values.insert(QStringLiteral("assignee_id"), assignee);
    if (event.customerId)
        values.insert(QStringLiteral("customer_id"), event.customerId);
    if (event.contactId)
        values.insert(QStringLiteral("contact_id"), event.contactId);
    const WriteResult written = store.insert(EntityCatalog::task(), values);
    if (!written.ok()) {
        *status = Status::failure(written.message());
        return {};
    }
    return assignee ? tr("task “%1” for %2").arg(title, store.displayName(EntityCatalog::user(), assignee))
                    : tr("task “%1” (nobody owns the record)").arg(title);
}

QString RuleActions::addToCampaign(const RuleAction& action, const QString& entity, const EventRow& event,
                                   Status* status) {
    const QString campaign =
        scalar(m_db.handle(), "SELECT name FROM campaigns WHERE id = ?1", {action.campaignId}).toString();
    if (campaign.isEmpty()) {
        *status = Status::failure(tr("There is no campaign with id %1.").arg(action.campaignId));
        return {};
    }
    // A lead joins as a lead; anything else as its person when it names one, else as its customer.
    const CampaignAudienceRef who = entity == u"lead" ? CampaignAudienceRef::lead(event.recordId)
                                    : event.contactId ? CampaignAudienceRef::contact(event.contactId)
                                                      : CampaignAudienceRef::customer(event.customerId);
    if (!who.leadId && !who.contactId && !who.customerId)
        return tr("not added to “%1”: no person or customer").arg(campaign);
    const AddMemberResult added = CampaignService(m_db).addMember(action.campaignId, who);
    if (!added.status) {
        *status = added.status;
        return {};
    }
    switch (added.outcome) {
    case AddMemberOutcome::Added:
        return tr("added to campaign “%1”").arg(campaign);
    case AddMemberOutcome::AlreadyMember:
        return tr("already in campaign “%1”").arg(campaign);
    case AddMemberOutcome::NoConsent:
        return tr("not added to “%1”: no consent for its channel").arg(campaign);
    case AddMemberOutcome::Suppressed:
        return tr("not added to “%1”: on the suppression list").arg(campaign);
    }
    return {};
}

QString RuleActions::tag(const RuleAction& action, const EventRow& event, Status* status) {
    if (!event.customerId)
        return tr("no customer to tag");
    RecordStore store(m_db);
    const std::optional<Record> customer = store.get(EntityCatalog::customer(), event.customerId);
    if (!customer)
        return tr("no customer to tag");
    const QString wanted = action.value.trimmed();
    QStringList tags = customer->text(QStringLiteral("tags")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString& t : tags)
        t = t.trimmed();
    if (tags.contains(wanted, Qt::CaseInsensitive))
        return tr("already tagged “%1”").arg(wanted);
    tags << wanted;
    const WriteResult written = store.update(EntityCatalog::customer(), event.customerId,
                                             {{QStringLiteral("tags"), tags.join(QStringLiteral("; "))}});
    if (!written.ok())
        *status = Status::failure(written.message());
    return tr("tagged “%1”").arg(wanted);
}

QString RuleActions::assign(const RuleAction& action, const QString& entity, const EventRow& event,
                            Status* status) {
    RecordStore store(m_db);
    const EntityDescriptor* target = EntityCatalog::find(entity);
    qint64 id = event.recordId;
    if (!target->field(QStringLiteral("owner_id"))) { // contacts and quotes: their customer is assigned
        target = &EntityCatalog::customer();
        id = event.customerId;
    }
    if (!id)
        return tr("nothing to assign");
    const WriteResult written = store.update(*target, id, {{QStringLiteral("owner_id"), action.userId}});
    if (!written.ok()) {
        *status = Status::failure(written.message());
        return {};
    }
    return tr("%1 assigned to %2").arg(target->name, store.displayName(EntityCatalog::user(), action.userId));
}

QString RuleActions::setField(const RuleAction& action, const QString& entity, const EventRow& event,
                              Status* status) {
    const WriteResult written = RecordStore(m_db).update(*EntityCatalog::find(entity), event.recordId,
                                                         {{action.field.trimmed(), action.value}});
    if (!written.ok()) {
        *status = Status::failure(written.message());
        return {};
    }
    return tr("%1 set to “%2”").arg(action.field.trimmed(), action.value);
}

} // namespace rapport
