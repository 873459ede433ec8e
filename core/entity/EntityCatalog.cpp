#include "entity/AutomationEntities.h"
#include "entity/EntityDescriptor.h"
#include "entity/MarketingEntities.h"
#include "entity/SalesEntities.h"

// The field tables below use brace initialisation and leave trailing members at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace rapport {
namespace {

using F = FieldDescriptor;
using T = FieldType;

// Puts the fields whose names start with a prefix into a titled section of the record form.
void setSection(EntityDescriptor& entity, const char* prefix, const char* section) {
    for (FieldDescriptor& f : entity.fields) {
        if (f.name.startsWith(QLatin1String(prefix)))
            f.section = section;
    }
}

void setDefault(EntityDescriptor& entity, const char* field, const QVariant& value) {
    for (FieldDescriptor& f : entity.fields) {
        if (f.name == QLatin1String(field))
            f.defaultValue = value;
    }
}

QStringList interactionChannels() {
    return {QStringLiteral("phone"),   QStringLiteral("email"), QStringLiteral("sms"),
            QStringLiteral("meeting"), QStringLiteral("visit"), QStringLiteral("letter"),
            QStringLiteral("fax"),     QStringLiteral("chat"),  QStringLiteral("voip"),
            QStringLiteral("note")};
}

QList<FieldDescriptor> addressFields(const QString& prefix, bool billing) {
    QList<FieldDescriptor> fields;
    if (billing)
        fields = {
            F{prefix + QStringLiteral("_street"), QT_TRANSLATE_NOOP("Field", "Billing street"), T::Text},
            F{prefix + QStringLiteral("_city"),
              QT_TRANSLATE_NOOP("Field", "Billing city"),
              T::Text,
              false,
              {},
              {},
              true},
            F{prefix + QStringLiteral("_postcode"), QT_TRANSLATE_NOOP("Field", "Billing postcode"), T::Text},
            F{prefix + QStringLiteral("_region"), QT_TRANSLATE_NOOP("Field", "Billing region"), T::Text},
            F{prefix + QStringLiteral("_country"), QT_TRANSLATE_NOOP("Field", "Billing country"), T::Text},
        };
    else
        fields = {
            F{prefix + QStringLiteral("_street"), QT_TRANSLATE_NOOP("Field", "Shipping street"), T::Text},
            F{prefix + QStringLiteral("_city"), QT_TRANSLATE_NOOP("Field", "Shipping city"), T::Text},
            F{prefix + QStringLiteral("_postcode"), QT_TRANSLATE_NOOP("Field", "Shipping postcode"), T::Text},
            F{prefix + QStringLiteral("_region"), QT_TRANSLATE_NOOP("Field", "Shipping region"), T::Text},
            F{prefix + QStringLiteral("_country"), QT_TRANSLATE_NOOP("Field", "Shipping country"), T::Text},
        };
    // Inside the address box of the form the part's name is enough.
    const char* parts[] = {QT_TRANSLATE_NOOP("Field", "Street"), QT_TRANSLATE_NOOP("Field", "City"),
                           QT_TRANSLATE_NOOP("Field", "Postcode"), QT_TRANSLATE_NOOP("Field", "Region"),
                           QT_TRANSLATE_NOOP("Field", "Country")};
    for (qsizetype i = 0; i < fields.size(); ++i)
        fields[i].formLabel = parts[i];
    return fields;
}

EntityDescriptor userEntity() {
    EntityDescriptor e;
    e.name = QStringLiteral("user");
    e.pluralName = QStringLiteral("users");
    e.table = QStringLiteral("users");
    e.label = QT_TRANSLATE_NOOP("Entity", "User");
    e.pluralLabel = QT_TRANSLATE_NOOP("Entity", "Users");
    e.displayExpression = QStringLiteral("t.name");
    e.fields = {
        F{QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, {}, {}, true},
        F{QStringLiteral("email"), QT_TRANSLATE_NOOP("Field", "E-mail"), T::Email, false, {}, {}, true},
        F{QStringLiteral("role"), QT_TRANSLATE_NOOP("Field", "Role"), T::Text, false, {}, {}, true},
    };
    return e;
}

EntityDescriptor customerEntity() {
    EntityDescriptor e;
    e.name = QStringLiteral("customer");
    e.pluralName = QStringLiteral("customers");
    e.table = QStringLiteral("customers");
    e.label = QT_TRANSLATE_NOOP("Entity", "Customer");
    e.pluralLabel = QT_TRANSLATE_NOOP("Entity", "Customers");
    e.displayExpression = QStringLiteral("t.name");
    e.sortKeyColumn = QStringLiteral("sort_key");
    e.sortKeySources = {QStringLiteral("name")};
    e.fields = {
        F{QStringLiteral("name"), QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, {}, {}, true},
        F{QStringLiteral("kind"),
          QT_TRANSLATE_NOOP("Field", "Kind"),
          T::Choice,
          false,
          {QStringLiteral("organisation"), QStringLiteral("individual")},
          {},
          false},
        F{QStringLiteral("status"),
          QT_TRANSLATE_NOOP("Field", "Status"),
          T::Choice,
          false,
          {QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("inactive")},
          {},
          true},
        F{QStringLiteral("tax_id"), QT_TRANSLATE_NOOP("Field", "Tax id"), T::Text},
        F{QStringLiteral("industry"), QT_TRANSLATE_NOOP("Field", "Industry"), T::Text, false, {}, {}, true},
        F{QStringLiteral("tags"), QT_TRANSLATE_NOOP("Field", "Tags"), T::TagList, false, {}, {}, true},
        F{QStringLiteral("owner_id"),
          QT_TRANSLATE_NOOP("Field", "Owner"),
          T::Reference,
          false,
          {},
          QStringLiteral("user"),
          true},
        F{QStringLiteral("phones"), QT_TRANSLATE_NOOP("Field", "Phones"), T::PhoneList, false, {}, {}, true},
        F{QStringLiteral("emails"), QT_TRANSLATE_NOOP("Field", "E-mails"), T::EmailList, false, {}, {}, true},
        F{QStringLiteral("website"), QT_TRANSLATE_NOOP("Field", "Website"), T::Url},
    };
    e.fields += addressFields(QStringLiteral("billing"), true);
    e.fields += addressFields(QStringLiteral("shipping"), false);
    e.fields += F{QStringLiteral("notes"), QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText};
    setSection(e, "billing_", QT_TRANSLATE_NOOP("Field", "Billing address"));
    setSection(e, "shipping_", QT_TRANSLATE_NOOP("Field", "Shipping address"));
    setDefault(e, "kind", QStringLiteral("organisation"));
    setDefault(e, "status", QStringLiteral("prospect"));
    return e;
}

EntityDescriptor contactEntity() {
    EntityDescriptor e;
    e.name = QStringLiteral("contact");
    e.pluralName = QStringLiteral("contacts");
    e.table = QStringLiteral("contacts");
    e.label = QT_TRANSLATE_NOOP("Entity", "Contact");
    e.pluralLabel = QT_TRANSLATE_NOOP("Entity", "Contacts");
    e.displayExpression =
        QStringLiteral("trim(coalesce(t.first_name, '') || ' ' || coalesce(t.last_name, ''))");
    e.sortKeyColumn = QStringLiteral("sort_key");
    e.sortKeySources = {QStringLiteral("last_name"), QStringLiteral("first_name")};
    const QStringList channels{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("sms"),
                               QStringLiteral("post"), QStringLiteral("none")};
    e.fields = {
        F{QStringLiteral("first_name"),
          QT_TRANSLATE_NOOP("Field", "First name"),
          T::Text,
          false,
          {},
          {},
          true},
        F{QStringLiteral("last_name"), QT_TRANSLATE_NOOP("Field", "Last name"), T::Text, false, {}, {}, true},
        F{QStringLiteral("customer_id"),
          QT_TRANSLATE_NOOP("Field", "Organisation"),
          T::Reference,
          false,
          {},
          QStringLiteral("customer"),
          true},
        F{QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title / role"), T::Text, false, {}, {}, true},
        F{QStringLiteral("emails"), QT_TRANSLATE_NOOP("Field", "E-mails"), T::EmailList, false, {}, {}, true},
        F{QStringLiteral("phones"), QT_TRANSLATE_NOOP("Field", "Phones"), T::PhoneList, false, {}, {}, true},
        F{QStringLiteral("preferred_channel"), QT_TRANSLATE_NOOP("Field", "Preferred channel"), T::Choice,
          false, channels},
        F{QStringLiteral("consent_email"), QT_TRANSLATE_NOOP("Field", "E-mail consent"), T::Boolean},
        F{QStringLiteral("consent_email_at"), QT_TRANSLATE_NOOP("Field", "E-mail consent given"),
          T::DateTime},
        F{QStringLiteral("consent_sms"), QT_TRANSLATE_NOOP("Field", "SMS consent"), T::Boolean},
        F{QStringLiteral("consent_sms_at"), QT_TRANSLATE_NOOP("Field", "SMS consent given"), T::DateTime},
        F{QStringLiteral("consent_phone"), QT_TRANSLATE_NOOP("Field", "Phone consent"), T::Boolean},
        F{QStringLiteral("consent_phone_at"), QT_TRANSLATE_NOOP("Field", "Phone consent given"), T::DateTime},
        F{QStringLiteral("consent_post"), QT_TRANSLATE_NOOP("Field", "Post consent"), T::Boolean},
        F{QStringLiteral("consent_post_at"), QT_TRANSLATE_NOOP("Field", "Post consent given"), T::DateTime},
        F{QStringLiteral("birthday"), QT_TRANSLATE_NOOP("Field", "Birthday"), T::Date},
        F{QStringLiteral("notes"), QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText},
    };
    setSection(e, "consent_", QT_TRANSLATE_NOOP("Field", "Marketing consent"));
    return e;
}

EntityDescriptor interactionEntity() {
    EntityDescriptor e;
    e.name = QStringLiteral("interaction");
    e.pluralName = QStringLiteral("interactions");
    e.table = QStringLiteral("interactions");
    e.label = QT_TRANSLATE_NOOP("Entity", "Interaction");
    e.pluralLabel = QT_TRANSLATE_NOOP("Entity", "Interactions");
    e.displayExpression = QStringLiteral("coalesce(t.subject, t.channel)");
    e.fields = {
        F{QStringLiteral("occurred_at"), QT_TRANSLATE_NOOP("Field", "When"), T::DateTime, true, {}, {}, true},
        F{QStringLiteral("channel"),
          QT_TRANSLATE_NOOP("Field", "Channel"),
          T::Choice,
          true,
          interactionChannels(),
          {},
          true},
        F{QStringLiteral("direction"),
          QT_TRANSLATE_NOOP("Field", "Direction"),
          T::Choice,
          false,
          {QStringLiteral("out"), QStringLiteral("in")},
          {},
          true},
        F{QStringLiteral("customer_id"),
          QT_TRANSLATE_NOOP("Field", "Customer"),
          T::Reference,
          false,
          {},
          QStringLiteral("customer"),
          true},
        F{QStringLiteral("contact_id"),
          QT_TRANSLATE_NOOP("Field", "Contact"),
          T::Reference,
          false,
          {},
          QStringLiteral("contact"),
          true},
        F{QStringLiteral("user_id"),
          QT_TRANSLATE_NOOP("Field", "Our side"),
          T::Reference,
          false,
          {},
          QStringLiteral("user"),
          true},
        F{QStringLiteral("subject"), QT_TRANSLATE_NOOP("Field", "Subject"), T::Text, false, {}, {}, true},
        F{QStringLiteral("duration_s"), QT_TRANSLATE_NOOP("Field", "Duration (seconds)"), T::Integer},
        F{QStringLiteral("outcome"), QT_TRANSLATE_NOOP("Field", "Outcome"), T::Text, false, {}, {}, true},
        F{QStringLiteral("body"), QT_TRANSLATE_NOOP("Field", "Details"), T::LongText},
    };
    setDefault(e, "direction", QStringLiteral("out"));
    return e;
}

EntityDescriptor taskEntity() {
    EntityDescriptor e;
    e.name = QStringLiteral("task");
    e.pluralName = QStringLiteral("tasks");
    e.table = QStringLiteral("tasks");
    e.label = QT_TRANSLATE_NOOP("Entity", "Task");
    e.pluralLabel = QT_TRANSLATE_NOOP("Entity", "Tasks");
    e.displayExpression = QStringLiteral("t.title");
    e.fields = {
        F{QStringLiteral("title"), QT_TRANSLATE_NOOP("Field", "Title"), T::Text, true, {}, {}, true},
        F{QStringLiteral("due_at"), QT_TRANSLATE_NOOP("Field", "Due"), T::DateTime, false, {}, {}, true},
        F{QStringLiteral("done"), QT_TRANSLATE_NOOP("Field", "Done"), T::Boolean, false, {}, {}, true},
        F{QStringLiteral("done_at"), QT_TRANSLATE_NOOP("Field", "Done at"), T::DateTime},
        F{QStringLiteral("assignee_id"),
          QT_TRANSLATE_NOOP("Field", "Assignee"),
          T::Reference,
          false,
          {},
          QStringLiteral("user"),
          true},
        F{QStringLiteral("customer_id"),
          QT_TRANSLATE_NOOP("Field", "Customer"),
          T::Reference,
          false,
          {},
          QStringLiteral("customer"),
          true},
        F{QStringLiteral("contact_id"),
          QT_TRANSLATE_NOOP("Field", "Contact"),
          T::Reference,
          false,
          {},
          QStringLiteral("contact"),
          false},
        F{QStringLiteral("notes"), QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText},
    };
    return e;
}

} // namespace

const QList<EntityDescriptor>& EntityCatalog::all() {
    static const QList<EntityDescriptor> entities = [] {
        QList<EntityDescriptor> list =
            QList<EntityDescriptor>{customerEntity(), contactEntity(), interactionEntity(), taskEntity(),
                                    userEntity()} +
            salesEntities();
        addMarketingFields(list);
        return list + marketingEntities() + automationEntities();
    }();
    return entities;
}

} // namespace rapport
