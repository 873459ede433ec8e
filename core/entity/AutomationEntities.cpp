#include "entity/AutomationEntities.h"

#include "entity/FieldBuilders.h"

namespace rapport {
namespace {

using namespace fields;

EntityDescriptor caseEntity() {
    EntityDescriptor e = entity("case", "cases", "cases", QT_TRANSLATE_NOOP("Entity", "Case"),
                                QT_TRANSLATE_NOOP("Entity", "Cases"), "t.subject");
    e.fields = {
        field("subject", QT_TRANSLATE_NOOP("Field", "Subject"), T::Text, true, true),
        field("category", QT_TRANSLATE_NOOP("Field", "Category"), T::Text, true),
        choice("priority", QT_TRANSLATE_NOOP("Field", "Priority"),
               {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                QStringLiteral("urgent")},
               "normal", true),
        choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
               {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("waiting"),
                QStringLiteral("resolved"), QStringLiteral("closed")},
               "open", true),
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Customer"), "customer", true),
        ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact"),
        ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", true),
        field("opened_at", QT_TRANSLATE_NOOP("Field", "Opened"), T::DateTime, true),
        field("resolved_at", QT_TRANSLATE_NOOP("Field", "Resolved"), T::DateTime),
        field("description", QT_TRANSLATE_NOOP("Field", "Description"), T::LongText),
    };
    return e;
}

EntityDescriptor partnerEntity() {
    EntityDescriptor e = entity("partner", "partners", "partners", QT_TRANSLATE_NOOP("Entity", "Partner"),
                                QT_TRANSLATE_NOOP("Entity", "Partners"),
                                "(SELECT c.name FROM customers c WHERE c.id = t.customer_id)");
    e.fields = {
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Organisation"), "customer", true, true),
        choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"),
               {QStringLiteral("reseller"), QStringLiteral("referrer")}, "reseller", true),
        field("level", QT_TRANSLATE_NOOP("Field", "Level"), T::Text, true),
        number("commission_bp", QT_TRANSLATE_NOOP("Field", "Commission"), 0),
        field("since", QT_TRANSLATE_NOOP("Field", "Partner since"), T::Date, true),
        flag("active", QT_TRANSLATE_NOOP("Field", "Active"), true, true),
        field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText),
    };
    e.fields[3].type = T::Percent;
    return e;
}

EntityDescriptor promotionEntity() {
    EntityDescriptor e =
        entity("promotion", "promotions", "promotions", QT_TRANSLATE_NOOP("Entity", "Promotion"),
               QT_TRANSLATE_NOOP("Entity", "Promotions"), "t.name");
    e.fields = {
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        field("code", QT_TRANSLATE_NOOP("Field", "Code"), T::Text, true),
        number("percent_bp", QT_TRANSLATE_NOOP("Field", "Discount"), 0, true),
        field("amount_minor", QT_TRANSLATE_NOOP("Field", "Discount per unit"), T::Money, true),
        field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), T::Text),
        field("valid_from", QT_TRANSLATE_NOOP("Field", "Valid from"), T::Date, true),
        field("valid_until", QT_TRANSLATE_NOOP("Field", "Valid until"), T::Date, true),
        ref("segment_id", QT_TRANSLATE_NOOP("Field", "Eligible segment"), "segment", true),
        flag("partners_only", QT_TRANSLATE_NOOP("Field", "Partners only"), false, true),
        flag("active", QT_TRANSLATE_NOOP("Field", "Active"), true, true),
        field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText),
    };
    e.fields[2].type = T::Percent;
    e.fields[3].defaultValue = 0;
    e.fields[4].defaultValue = QStringLiteral("EUR");
    return e;
}

EntityDescriptor promotionProductEntity() {
    EntityDescriptor e = entity("promotion_product", "promotion_products", "promotion_products",
                                QT_TRANSLATE_NOOP("Entity", "Promotion product"),
                                QT_TRANSLATE_NOOP("Entity", "Promotion products"),
                                "(SELECT p.code FROM products p WHERE p.id = t.product_id)");
    e.fields = {
        ref("promotion_id", QT_TRANSLATE_NOOP("Field", "Promotion"), "promotion", true, true),
        ref("product_id", QT_TRANSLATE_NOOP("Field", "Product"), "product", true, true),
    };
    return e;
}

EntityDescriptor ruleEntity() {
    EntityDescriptor e = entity("rule", "rules", "automation_rules", QT_TRANSLATE_NOOP("Entity", "Rule"),
                                QT_TRANSLATE_NOOP("Entity", "Rules"), "t.name");
    e.fields = {
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        choice("event", QT_TRANSLATE_NOOP("Field", "When"),
               {QStringLiteral("no_interaction"), QStringLiteral("opportunity_lost"),
                QStringLiteral("case_opened"), QStringLiteral("birthday"), QStringLiteral("anniversary"),
                QStringLiteral("quote_expiring"), QStringLiteral("lead_score")},
               nullptr, true),
        number("days", QT_TRANSLATE_NOOP("Field", "Days"), 0, true),
        number("threshold", QT_TRANSLATE_NOOP("Field", "Score"), 0),
        field("value", QT_TRANSLATE_NOOP("Field", "Category"), T::Text),
        field("since", QT_TRANSLATE_NOOP("Field", "Events from"), T::Date),
        flag("active", QT_TRANSLATE_NOOP("Field", "Active"), true, true),
        field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText),
    };
    return e;
}

EntityDescriptor ruleConditionEntity() {
    EntityDescriptor e =
        entity("rule_condition", "rule_conditions", "rule_conditions",
               QT_TRANSLATE_NOOP("Entity", "Rule condition"), QT_TRANSLATE_NOOP("Entity", "Rule conditions"),
               "t.field || ' ' || t.operator || ' ' || coalesce(t.value, '')");
    e.fields = {
        ref("rule_id", QT_TRANSLATE_NOOP("Field", "Rule"), "rule", true, true),
        number("position", QT_TRANSLATE_NOOP("Field", "Order"), 0, true),
        field("field", QT_TRANSLATE_NOOP("Field", "Field"), T::Text, true, true),
        choice("operator", QT_TRANSLATE_NOOP("Field", "Operator"),
               {QStringLiteral("equals"), QStringLiteral("not_equals"), QStringLiteral("greater"),
                QStringLiteral("greater_or_equal"), QStringLiteral("less"), QStringLiteral("less_or_equal"),
                QStringLiteral("contains"), QStringLiteral("not_contains"), QStringLiteral("empty"),
                QStringLiteral("not_empty")},
               nullptr, true),
        field("value", QT_TRANSLATE_NOOP("Field", "Value"), T::Text, true),
    };
    return e;
}

EntityDescriptor ruleActionEntity() {
    EntityDescriptor e =
        entity("rule_action", "rule_actions", "rule_actions", QT_TRANSLATE_NOOP("Entity", "Rule action"),
               QT_TRANSLATE_NOOP("Entity", "Rule actions"), "t.kind || ' ' || coalesce(t.value, '')");
    e.fields = {
        ref("rule_id", QT_TRANSLATE_NOOP("Field", "Rule"), "rule", true, true),
        number("position", QT_TRANSLATE_NOOP("Field", "Order"), 0, true),
        required(choice("kind", QT_TRANSLATE_NOOP("Field", "Action"),
                        {QStringLiteral("create_task"), QStringLiteral("add_to_campaign"),
                         QStringLiteral("tag"), QStringLiteral("assign"), QStringLiteral("set_field")},
                        nullptr, true)),
        field("field", QT_TRANSLATE_NOOP("Field", "Field"), T::Text, true),
        field("value", QT_TRANSLATE_NOOP("Field", "Value"), T::Text, true),
        number("days", QT_TRANSLATE_NOOP("Field", "Due in days"), 0, true),
        ref("user_id", QT_TRANSLATE_NOOP("Field", "User"), "user", true),
        ref("campaign_id", QT_TRANSLATE_NOOP("Field", "Campaign"), "campaign", true),
    };
    return e;
}

EntityDescriptor ruleFiringEntity() {
    EntityDescriptor e =
        entity("rule_firing", "rule_firings", "rule_firings", QT_TRANSLATE_NOOP("Entity", "Rule firing"),
               QT_TRANSLATE_NOOP("Entity", "Rule firings"), "t.event_key");
    e.fields = {
        ref("rule_id", QT_TRANSLATE_NOOP("Field", "Rule"), "rule", true, true),
        field("entity", QT_TRANSLATE_NOOP("Field", "Record kind"), T::Text, true, true),
        field("record_id", QT_TRANSLATE_NOOP("Field", "Record id"), T::Integer, false, true),
        field("record_name", QT_TRANSLATE_NOOP("Field", "Record"), T::Text, true),
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Customer"), "customer", true),
        field("event_key", QT_TRANSLATE_NOOP("Field", "Occurrence"), T::Text, true, true),
        field("fired_at", QT_TRANSLATE_NOOP("Field", "Fired"), T::DateTime, true, true),
        field("outcome", QT_TRANSLATE_NOOP("Field", "What was done"), T::LongText, true),
    };
    return e;
}

} // namespace

QList<EntityDescriptor> automationEntities() {
    return {caseEntity(), partnerEntity(),       promotionEntity(),  promotionProductEntity(),
            ruleEntity(), ruleConditionEntity(), ruleActionEntity(), ruleFiringEntity()};
}

} // namespace rapport
