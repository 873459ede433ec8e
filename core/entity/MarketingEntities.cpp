#include "entity/MarketingEntities.h"

#include "entity/FieldBuilders.h"

namespace rapport {
namespace {

using namespace fields;

EntityDescriptor segmentEntity() {
    EntityDescriptor e = entity("segment", "segments", "segments", QT_TRANSLATE_NOOP("Entity", "Segment"),
                                QT_TRANSLATE_NOOP("Entity", "Segments"), "t.name");
    e.fields = {
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        choice("entity", QT_TRANSLATE_NOOP("Field", "Selects"),
               {QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("lead")}, "contact",
               true),
        choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"),
               {QStringLiteral("dynamic"), QStringLiteral("static")}, "dynamic", true),
        field("criteria", QT_TRANSLATE_NOOP("Field", "Criteria (JSON)"), T::LongText),
        field("description", QT_TRANSLATE_NOOP("Field", "Description"), T::LongText),
        ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", true),
        field("frozen_at", QT_TRANSLATE_NOOP("Field", "Frozen"), T::DateTime),
    };
    e.fields[3].defaultValue = QStringLiteral("{}");
    return e;
}

QStringList campaignChannels() {
    return {QStringLiteral("email"), QStringLiteral("sms"),   QStringLiteral("letter"),
            QStringLiteral("phone"), QStringLiteral("event"), QStringLiteral("social")};
}

EntityDescriptor campaignEntity() {
    EntityDescriptor e = entity("campaign", "campaigns", "campaigns", QT_TRANSLATE_NOOP("Entity", "Campaign"),
                                QT_TRANSLATE_NOOP("Entity", "Campaigns"), "t.name");
    e.fields = {
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        field("goal", QT_TRANSLATE_NOOP("Field", "Goal"), T::Text),
        choice("channel", QT_TRANSLATE_NOOP("Field", "Channel"), campaignChannels(), "email", true),
        field("starts_on", QT_TRANSLATE_NOOP("Field", "Starts"), T::Date, true),
        field("ends_on", QT_TRANSLATE_NOOP("Field", "Ends"), T::Date),
        money("budget_minor", QT_TRANSLATE_NOOP("Field", "Budget"), true),
        money("actual_cost_minor", QT_TRANSLATE_NOOP("Field", "Actual cost"), true),
        field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), T::Text),
        ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", true),
        choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
               {QStringLiteral("planned"), QStringLiteral("active"), QStringLiteral("done")}, "planned",
               true),
        field("subject_template", QT_TRANSLATE_NOOP("Field", "Subject / heading"), T::Text),
        field("body_template", QT_TRANSLATE_NOOP("Field", "Message"), T::LongText),
        field("launched_at", QT_TRANSLATE_NOOP("Field", "Launched"), T::DateTime),
        field("excluded_consent", QT_TRANSLATE_NOOP("Field", "Left out: no consent"), T::Integer),
        field("excluded_suppressed", QT_TRANSLATE_NOOP("Field", "Left out: suppressed"), T::Integer),
        field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText),
    };
    e.fields[7].defaultValue = QStringLiteral("EUR");
    e.fields[13].defaultValue = 0;
    e.fields[14].defaultValue = 0;
    return e;
}

EntityDescriptor campaignSegmentEntity() {
    EntityDescriptor e = entity("campaign_segment", "campaign_segments", "campaign_segments",
                                QT_TRANSLATE_NOOP("Entity", "Campaign segment"),
                                QT_TRANSLATE_NOOP("Entity", "Campaign segments"),
                                "(SELECT s.name FROM segments s WHERE s.id = t.segment_id)");
    e.fields = {
        ref("campaign_id", QT_TRANSLATE_NOOP("Field", "Campaign"), "campaign", true, true),
        ref("segment_id", QT_TRANSLATE_NOOP("Field", "Segment"), "segment", true, true),
    };
    return e;
}

EntityDescriptor campaignMemberEntity() {
    EntityDescriptor e = entity(
        "campaign_member", "campaign_members", "campaign_members",
        QT_TRANSLATE_NOOP("Entity", "Campaign member"), QT_TRANSLATE_NOOP("Entity", "Campaign members"),
        "coalesce(t.email, t.phone, CAST(coalesce(t.contact_id, t.customer_id, t.lead_id) AS TEXT))");
    e.fields = {
        ref("campaign_id", QT_TRANSLATE_NOOP("Field", "Campaign"), "campaign", true, true),
        ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact", true),
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Customer"), "customer", true),
        ref("lead_id", QT_TRANSLATE_NOOP("Field", "Lead"), "lead", true),
        field("email", QT_TRANSLATE_NOOP("Field", "E-mail"), T::Email, true),
        field("phone", QT_TRANSLATE_NOOP("Field", "Phone"), T::Text),
        choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
               {QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("bounced"),
                QStringLiteral("opened"), QStringLiteral("responded"), QStringLiteral("opted_out"),
                QStringLiteral("converted")},
               "pending", true),
        field("sent_at", QT_TRANSLATE_NOOP("Field", "Sent"), T::DateTime),
        field("bounced_at", QT_TRANSLATE_NOOP("Field", "Bounced"), T::DateTime),
        field("opened_at", QT_TRANSLATE_NOOP("Field", "Opened"), T::DateTime),
        field("responded_at", QT_TRANSLATE_NOOP("Field", "Responded"), T::DateTime),
        field("opted_out_at", QT_TRANSLATE_NOOP("Field", "Opted out"), T::DateTime),
        field("converted_at", QT_TRANSLATE_NOOP("Field", "Converted"), T::DateTime),
        ref("converted_lead_id", QT_TRANSLATE_NOOP("Field", "Converted to lead"), "lead"),
        ref("converted_opportunity_id", QT_TRANSLATE_NOOP("Field", "Converted to opportunity"),
            "opportunity"),
    };
    return e;
}

EntityDescriptor suppressionEntity() {
    EntityDescriptor e = entity(
        "suppression", "suppressions", "suppression_list", QT_TRANSLATE_NOOP("Entity", "Suppression entry"),
        QT_TRANSLATE_NOOP("Entity", "Suppression list"), "coalesce(t.email, t.phone)");
    e.fields = {
        field("email", QT_TRANSLATE_NOOP("Field", "E-mail"), T::Email, true),
        field("phone", QT_TRANSLATE_NOOP("Field", "Phone"), T::Text, true),
        choice("reason", QT_TRANSLATE_NOOP("Field", "Reason"),
               {QStringLiteral("opted_out"), QStringLiteral("bounced"), QStringLiteral("request"),
                QStringLiteral("legal")},
               "opted_out", true),
    };
    return e;
}

QList<FieldDescriptor> consentFields() {
    QList<FieldDescriptor> fields{
        field("consent_email", QT_TRANSLATE_NOOP("Field", "E-mail consent"), T::Boolean),
        field("consent_sms", QT_TRANSLATE_NOOP("Field", "SMS consent"), T::Boolean),
        field("consent_phone", QT_TRANSLATE_NOOP("Field", "Phone consent"), T::Boolean),
        field("consent_post", QT_TRANSLATE_NOOP("Field", "Post consent"), T::Boolean),
    };
    for (FieldDescriptor& f : fields) {
        f.defaultValue = 0;
        f.section = QT_TRANSLATE_NOOP("Field", "Marketing consent");
    }
    return fields;
}

} // namespace

QList<EntityDescriptor> marketingEntities() {
    return {segmentEntity(), campaignEntity(), campaignSegmentEntity(), campaignMemberEntity(),
            suppressionEntity()};
}

void addMarketingFields(QList<EntityDescriptor>& entities) {
    for (EntityDescriptor& e : entities) {
        if (e.name == u"customer" || e.name == u"lead") {
            // Before the notes, which stay last on the form.
            qsizetype at = e.fields.size();
            for (qsizetype i = 0; i < e.fields.size(); ++i) {
                if (e.fields.at(i).name == u"notes")
                    at = i;
            }
            const QList<FieldDescriptor> consent = consentFields();
            for (qsizetype i = 0; i < consent.size(); ++i)
                e.fields.insert(at + i, consent.at(i));
        }
        if (e.name == u"lead" || e.name == u"opportunity")
            e.fields << ref("campaign_id", QT_TRANSLATE_NOOP("Field", "Source campaign"), "campaign");
    }
}

} // namespace rapport
