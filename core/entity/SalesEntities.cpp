#include "entity/SalesEntities.h"

#include "entity/FieldBuilders.h"

namespace rapport {
namespace {

using namespace fields;

F currency(bool listed = false) {
    F f = field("currency", QT_TRANSLATE_NOOP("Field", "Currency"), T::Text, listed);
    f.defaultValue = QStringLiteral("EUR");
    return f;
}

QStringList channels() {
    return {QStringLiteral("phone"),   QStringLiteral("email"), QStringLiteral("sms"),
            QStringLiteral("meeting"), QStringLiteral("visit"), QStringLiteral("letter"),
            QStringLiteral("fax"),     QStringLiteral("chat"),  QStringLiteral("voip"),
            QStringLiteral("note")};
}

EntityDescriptor leadEntity() {
    EntityDescriptor e = entity(
        "lead", "leads", "leads", QT_TRANSLATE_NOOP("Entity", "Lead"), QT_TRANSLATE_NOOP("Entity", "Leads"),
        "coalesce(nullif(trim(coalesce(t.first_name, '') || ' ' || coalesce(t.last_name, "
        "'')), ''), t.organisation)");
    e.sortKeyColumn = QStringLiteral("sort_key");
    e.sortKeySources = {QStringLiteral("last_name"), QStringLiteral("first_name"),
                        QStringLiteral("organisation")};
    e.fields = {
        field("first_name", QT_TRANSLATE_NOOP("Field", "First name"), T::Text, true),
        field("last_name", QT_TRANSLATE_NOOP("Field", "Last name"), T::Text, true),
        field("organisation", QT_TRANSLATE_NOOP("Field", "Organisation"), T::Text, true),
        field("email", QT_TRANSLATE_NOOP("Field", "E-mail"), T::Email, true),
        field("phone", QT_TRANSLATE_NOOP("Field", "Phone"), T::Text),
        field("city", QT_TRANSLATE_NOOP("Field", "City"), T::Text),
        field("postcode", QT_TRANSLATE_NOOP("Field", "Postcode"), T::Text),
        field("region", QT_TRANSLATE_NOOP("Field", "Region"), T::Text),
        field("country", QT_TRANSLATE_NOOP("Field", "Country"), T::Text, true),
        field("language", QT_TRANSLATE_NOOP("Field", "Language"), T::Text),
        field("industry", QT_TRANSLATE_NOOP("Field", "Industry"), T::Text),
        choice("source", QT_TRANSLATE_NOOP("Field", "Source"),
               {QStringLiteral("web"), QStringLiteral("fair"), QStringLiteral("referral"),
                QStringLiteral("campaign"), QStringLiteral("partner"), QStringLiteral("cold_call"),
                QStringLiteral("import"), QStringLiteral("other")},
               "web", true),
        field("campaign", QT_TRANSLATE_NOOP("Field", "Campaign"), T::Text),
        choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
               {QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
                QStringLiteral("disqualified"), QStringLiteral("converted")},
               "new", true),
        field("disqualify_reason", QT_TRANSLATE_NOOP("Field", "Disqualified because"), T::Text),
        field("score", QT_TRANSLATE_NOOP("Field", "Score"), T::Integer, true),
        ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", true),
        field("assigned_at", QT_TRANSLATE_NOOP("Field", "Assigned"), T::DateTime),
        field("estimated_value_minor", QT_TRANSLATE_NOOP("Field", "Estimated value"), T::Money),
        currency(),
        field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText),
        ref("converted_customer_id", QT_TRANSLATE_NOOP("Field", "Converted to customer"), "customer"),
        ref("converted_contact_id", QT_TRANSLATE_NOOP("Field", "Converted to contact"), "contact"),
        ref("converted_opportunity_id", QT_TRANSLATE_NOOP("Field", "Converted to opportunity"),
            "opportunity"),
        field("converted_at", QT_TRANSLATE_NOOP("Field", "Converted"), T::DateTime),
        ref("partner_id", QT_TRANSLATE_NOOP("Field", "Partner"), "partner"),
    };
    e.fields[15].defaultValue = 0; // score: maintained by the scoring triggers
    return e;
}

EntityDescriptor leadActivityEntity() {
    EntityDescriptor e = entity(
        "lead_activity", "lead_activities", "lead_activities", QT_TRANSLATE_NOOP("Entity", "Lead activity"),
        QT_TRANSLATE_NOOP("Entity", "Lead activities"), "coalesce(t.subject, t.channel)");
    e.fields = {
        ref("lead_id", QT_TRANSLATE_NOOP("Field", "Lead"), "lead", true, true),
        field("occurred_at", QT_TRANSLATE_NOOP("Field", "When"), T::DateTime, true, true),
        choice("channel", QT_TRANSLATE_NOOP("Field", "Channel"), channels(), "note", true),
        field("subject", QT_TRANSLATE_NOOP("Field", "Subject"), T::Text, true),
        field("body", QT_TRANSLATE_NOOP("Field", "Details"), T::LongText),
        ref("user_id", QT_TRANSLATE_NOOP("Field", "Our side"), "user", true),
    };
    return e;
}

EntityDescriptor scoringRuleEntity() {
    EntityDescriptor e =
        entity("scoring_rule", "scoring_rules", "scoring_rules", QT_TRANSLATE_NOOP("Entity", "Scoring rule"),
               QT_TRANSLATE_NOOP("Entity", "Scoring rules"), "t.name");
    e.fields = {
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        choice("criterion", QT_TRANSLATE_NOOP("Field", "Criterion"),
               {QStringLiteral("source"), QStringLiteral("industry"), QStringLiteral("country"),
                QStringLiteral("completeness"), QStringLiteral("recent_interaction"),
                QStringLiteral("campaign_response")},
               nullptr, true),
        field("value", QT_TRANSLATE_NOOP("Field", "Value (or days)"), T::Text, true),
        field("points", QT_TRANSLATE_NOOP("Field", "Points"), T::Integer, true, true),
        flag("active", QT_TRANSLATE_NOOP("Field", "Active"), true, true),
    };
    e.fields[1].required = true;
    return e;
}

EntityDescriptor assignmentRuleEntity() {
    EntityDescriptor e = entity("assignment_rule", "assignment_rules", "assignment_rules",
                                QT_TRANSLATE_NOOP("Entity", "Assignment rule"),
                                QT_TRANSLATE_NOOP("Entity", "Assignment rules"), "t.name");
    e.fields = {
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        field("position", QT_TRANSLATE_NOOP("Field", "Order"), T::Integer, true),
        choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"),
               {QStringLiteral("round_robin"), QStringLiteral("territory"), QStringLiteral("skill")}, nullptr,
               true),
        field("team", QT_TRANSLATE_NOOP("Field", "Team"), T::Text, true),
        field("country", QT_TRANSLATE_NOOP("Field", "Country"), T::Text, true),
        field("region", QT_TRANSLATE_NOOP("Field", "Region"), T::Text),
        field("postcode_from", QT_TRANSLATE_NOOP("Field", "Postcode from"), T::Text),
        field("postcode_to", QT_TRANSLATE_NOOP("Field", "Postcode to"), T::Text),
        field("skill", QT_TRANSLATE_NOOP("Field", "Skill or language"), T::Text, true),
        ref("user_id", QT_TRANSLATE_NOOP("Field", "Assign to"), "user", true),
        field("last_user_id", QT_TRANSLATE_NOOP("Field", "Last assigned user id"), T::Integer),
        flag("active", QT_TRANSLATE_NOOP("Field", "Active"), true, true),
    };
    e.fields[1].defaultValue = 0;
    e.fields[2].required = true;
    return e;
}

EntityDescriptor salesRepEntity() {
    EntityDescriptor e = entity(
        "sales_rep", "sales_reps", "sales_reps", QT_TRANSLATE_NOOP("Entity", "Sales rep"),
        QT_TRANSLATE_NOOP("Entity", "Sales reps"), "(SELECT u.name FROM users u WHERE u.id = t.user_id)");
    e.fields = {
        ref("user_id", QT_TRANSLATE_NOOP("Field", "User"), "user", true, true),
        field("team", QT_TRANSLATE_NOOP("Field", "Team"), T::Text, true),
        field("country", QT_TRANSLATE_NOOP("Field", "Territory country"), T::Text, true),
        field("region", QT_TRANSLATE_NOOP("Field", "Territory region"), T::Text),
        field("skills", QT_TRANSLATE_NOOP("Field", "Skills and languages"), T::TagList, true),
        field("quota_minor", QT_TRANSLATE_NOOP("Field", "Quota"), T::Money, true),
        currency(),
        choice("quota_period", QT_TRANSLATE_NOOP("Field", "Quota period"),
               {QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year")}, "quarter", true),
        flag("active", QT_TRANSLATE_NOOP("Field", "Active"), true, true),
    };
    e.fields[5].defaultValue = 0;
    return e;
}

EntityDescriptor pipelineEntity() {
    EntityDescriptor e = entity("pipeline", "pipelines", "pipelines", QT_TRANSLATE_NOOP("Entity", "Pipeline"),
                                QT_TRANSLATE_NOOP("Entity", "Pipelines"), "t.name");
    e.fields = {
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        field("position", QT_TRANSLATE_NOOP("Field", "Order"), T::Integer, true),
    };
    e.fields[1].defaultValue = 0;
    return e;
}

EntityDescriptor stageEntity() {
    EntityDescriptor e = entity("stage", "stages", "stages", QT_TRANSLATE_NOOP("Entity", "Stage"),
                                QT_TRANSLATE_NOOP("Entity", "Stages"), "t.name");
    e.fields = {
        ref("pipeline_id", QT_TRANSLATE_NOOP("Field", "Pipeline"), "pipeline", true, true),
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        field("position", QT_TRANSLATE_NOOP("Field", "Order"), T::Integer, true),
        field("probability", QT_TRANSLATE_NOOP("Field", "Probability %"), T::Integer, true),
        choice("outcome", QT_TRANSLATE_NOOP("Field", "Outcome"),
               {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")}, "open", true),
    };
    e.fields[2].defaultValue = 0;
    e.fields[3].defaultValue = 0;
    return e;
}

EntityDescriptor opportunityEntity() {
    EntityDescriptor e =
        entity("opportunity", "opportunities", "opportunities", QT_TRANSLATE_NOOP("Entity", "Opportunity"),
               QT_TRANSLATE_NOOP("Entity", "Opportunities"), "t.title");
    e.fields = {
        field("title", QT_TRANSLATE_NOOP("Field", "Title"), T::Text, true, true),
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Customer"), "customer", true),
        ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact"),
        ref("pipeline_id", QT_TRANSLATE_NOOP("Field", "Pipeline"), "pipeline", true, true),
        ref("stage_id", QT_TRANSLATE_NOOP("Field", "Stage"), "stage", true, true),
        field("amount_minor", QT_TRANSLATE_NOOP("Field", "Amount"), T::Money, true),
        currency(true),
        field("probability", QT_TRANSLATE_NOOP("Field", "Probability % (override)"), T::Integer),
        field("expected_close", QT_TRANSLATE_NOOP("Field", "Expected close"), T::Date, true),
        ref("owner_id", QT_TRANSLATE_NOOP("Field", "Owner"), "user", true),
        field("source", QT_TRANSLATE_NOOP("Field", "Source"), T::Text),
        field("campaign", QT_TRANSLATE_NOOP("Field", "Campaign"), T::Text),
        field("next_step", QT_TRANSLATE_NOOP("Field", "Next step"), T::Text),
        choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
               {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")}, "open", true),
        field("close_reason", QT_TRANSLATE_NOOP("Field", "Won/lost reason"), T::Text),
        field("closed_at", QT_TRANSLATE_NOOP("Field", "Closed"), T::DateTime),
        ref("lead_id", QT_TRANSLATE_NOOP("Field", "From lead"), "lead"),
        ref("renewal_of_id", QT_TRANSLATE_NOOP("Field", "Renewal of"), "opportunity"),
        field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText),
        ref("partner_id", QT_TRANSLATE_NOOP("Field", "Partner"), "partner"),
    };
    e.fields[5].defaultValue = 0;
    return e;
}

EntityDescriptor productEntity() {
    EntityDescriptor e = entity("product", "products", "products", QT_TRANSLATE_NOOP("Entity", "Product"),
                                QT_TRANSLATE_NOOP("Entity", "Products"), "t.code || ' ' || t.name");
    e.sortKeyColumn = QStringLiteral("sort_key");
    e.sortKeySources = {QStringLiteral("name")};
    e.fields = {
        field("code", QT_TRANSLATE_NOOP("Field", "Code"), T::Text, true, true),
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        field("description", QT_TRANSLATE_NOOP("Field", "Description"), T::LongText),
        field("unit", QT_TRANSLATE_NOOP("Field", "Unit"), T::Text, true),
        field("price_minor", QT_TRANSLATE_NOOP("Field", "Price"), T::Money, true),
        currency(true),
        field("tax_rate_bp", QT_TRANSLATE_NOOP("Field", "Tax rate"), T::Percent, true),
        flag("configurable", QT_TRANSLATE_NOOP("Field", "Configurable"), false, true),
        flag("active", QT_TRANSLATE_NOOP("Field", "Active"), true, true),
    };
    e.fields[3].defaultValue = QStringLiteral("pc");
    e.fields[4].defaultValue = 0;
    e.fields[6].defaultValue = 0;
    return e;
}

EntityDescriptor priceListEntity() {
    EntityDescriptor e =
        entity("price_list", "price_lists", "price_lists", QT_TRANSLATE_NOOP("Entity", "Price list"),
               QT_TRANSLATE_NOOP("Entity", "Price lists"), "t.name");
    e.fields = {
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        field("customer_group", QT_TRANSLATE_NOOP("Field", "Customer group (tag)"), T::Text, true, true),
        currency(true),
        flag("active", QT_TRANSLATE_NOOP("Field", "Active"), true, true),
    };
    return e;
}

EntityDescriptor priceListItemEntity() {
    EntityDescriptor e = entity("price_list_item", "price_list_items", "price_list_items",
                                QT_TRANSLATE_NOOP("Entity", "Price list item"),
                                QT_TRANSLATE_NOOP("Entity", "Price list items"),
                                "(SELECT p.code FROM products p WHERE p.id = t.product_id)");
    e.fields = {
        ref("price_list_id", QT_TRANSLATE_NOOP("Field", "Price list"), "price_list", true, true),
        ref("product_id", QT_TRANSLATE_NOOP("Field", "Product"), "product", true, true),
        field("price_minor", QT_TRANSLATE_NOOP("Field", "Price"), T::Money, true, true),
    };
    return e;
}

EntityDescriptor productOptionEntity() {
    EntityDescriptor e = entity("product_option", "product_options", "product_options",
                                QT_TRANSLATE_NOOP("Entity", "Product option"),
                                QT_TRANSLATE_NOOP("Entity", "Product options"), "t.name");
    e.fields = {
        ref("product_id", QT_TRANSLATE_NOOP("Field", "Product"), "product", true, true),
        field("code", QT_TRANSLATE_NOOP("Field", "Code"), T::Text, true, true),
        field("name", QT_TRANSLATE_NOOP("Field", "Name"), T::Text, true, true),
        field("option_group", QT_TRANSLATE_NOOP("Field", "Group (one of)"), T::Text, true),
        field("price_minor", QT_TRANSLATE_NOOP("Field", "Price"), T::Money, true),
    };
    e.fields[4].defaultValue = 0;
    return e;
}

EntityDescriptor configRuleEntity() {
    EntityDescriptor e = entity(
        "config_rule", "config_rules", "config_rules", QT_TRANSLATE_NOOP("Entity", "Configuration rule"),
        QT_TRANSLATE_NOOP("Entity", "Configuration rules"), "t.kind || ' ' || coalesce(t.if_option, '')");
    e.fields = {
        ref("product_id", QT_TRANSLATE_NOOP("Field", "Product"), "product", true, true),
        choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"),
               {QStringLiteral("requires"), QStringLiteral("excludes"), QStringLiteral("price"),
                QStringLiteral("quantity_discount")},
               nullptr, true),
        field("if_option", QT_TRANSLATE_NOOP("Field", "If option"), T::Text, true),
        field("then_option", QT_TRANSLATE_NOOP("Field", "Then option"), T::Text, true),
        field("amount_minor", QT_TRANSLATE_NOOP("Field", "Then add"), T::Money, true),
        field("else_amount_minor", QT_TRANSLATE_NOOP("Field", "Else add"), T::Money),
        field("min_quantity", QT_TRANSLATE_NOOP("Field", "From quantity"), T::Integer, true),
        field("percent_bp", QT_TRANSLATE_NOOP("Field", "Discount"), T::Percent, true),
    };
    e.fields[1].required = true;
    for (int i = 4; i < 8; ++i)
        e.fields[i].defaultValue = 0;
    return e;
}

EntityDescriptor quoteEntity() {
    EntityDescriptor e = entity("quote", "quotes", "quotes", QT_TRANSLATE_NOOP("Entity", "Quote"),
                                QT_TRANSLATE_NOOP("Entity", "Quotes"), "t.number || ' rev. ' || t.revision");
    e.fields = {
        field("number", QT_TRANSLATE_NOOP("Field", "Number"), T::Text, true, true),
        field("year", QT_TRANSLATE_NOOP("Field", "Year"), T::Integer, false, true),
        field("sequence", QT_TRANSLATE_NOOP("Field", "Sequence"), T::Integer, false, true),
        field("revision", QT_TRANSLATE_NOOP("Field", "Revision"), T::Integer, true),
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Customer"), "customer", true, true),
        ref("contact_id", QT_TRANSLATE_NOOP("Field", "Contact"), "contact"),
        ref("opportunity_id", QT_TRANSLATE_NOOP("Field", "Opportunity"), "opportunity"),
        choice("status", QT_TRANSLATE_NOOP("Field", "Status"),
               {QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("accepted"),
                QStringLiteral("rejected"), QStringLiteral("expired"), QStringLiteral("revised")},
               "draft", true),
        field("issue_date", QT_TRANSLATE_NOOP("Field", "Issued"), T::Date, true, true),
        field("valid_until", QT_TRANSLATE_NOOP("Field", "Valid until"), T::Date),
        field("delivery_terms", QT_TRANSLATE_NOOP("Field", "Delivery requirements"), T::Text),
        field("delivery_date", QT_TRANSLATE_NOOP("Field", "Delivery date"), T::Date),
        currency(),
        field("subtotal_minor", QT_TRANSLATE_NOOP("Field", "Net"), T::Money),
        field("tax_minor", QT_TRANSLATE_NOOP("Field", "Tax"), T::Money),
        field("total_minor", QT_TRANSLATE_NOOP("Field", "Total"), T::Money, true),
        field("terms", QT_TRANSLATE_NOOP("Field", "Terms"), T::LongText),
        field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText),
        field("accepted_at", QT_TRANSLATE_NOOP("Field", "Accepted"), T::DateTime),
    };
    e.fields[3].defaultValue = 1;
    for (int i = 13; i < 16; ++i)
        e.fields[i].defaultValue = 0;
    return e;
}

EntityDescriptor quoteLineEntity() {
    EntityDescriptor e =
        entity("quote_line", "quote_lines", "quote_lines", QT_TRANSLATE_NOOP("Entity", "Quote line"),
               QT_TRANSLATE_NOOP("Entity", "Quote lines"), "t.description");
    e.fields = {
        ref("quote_id", QT_TRANSLATE_NOOP("Field", "Quote"), "quote", true, true),
        field("position", QT_TRANSLATE_NOOP("Field", "Position"), T::Integer, true),
        ref("product_id", QT_TRANSLATE_NOOP("Field", "Product"), "product"),
        field("code", QT_TRANSLATE_NOOP("Field", "Code"), T::Text, true),
        field("description", QT_TRANSLATE_NOOP("Field", "Description"), T::Text, true),
        field("quantity_milli", QT_TRANSLATE_NOOP("Field", "Quantity (thousandths)"), T::Integer, true),
        field("unit", QT_TRANSLATE_NOOP("Field", "Unit"), T::Text),
        field("unit_price_minor", QT_TRANSLATE_NOOP("Field", "Unit price"), T::Money, true),
        field("discount_bp", QT_TRANSLATE_NOOP("Field", "Discount"), T::Percent, true),
        field("tax_rate_bp", QT_TRANSLATE_NOOP("Field", "Tax rate"), T::Percent, true),
        ref("promotion_id", QT_TRANSLATE_NOOP("Field", "Promotion"), "promotion"),
        field("promotion_bp", QT_TRANSLATE_NOOP("Field", "Promotion"), T::Percent),
        field("promotion_unit_minor", QT_TRANSLATE_NOOP("Field", "Promotion per unit"), T::Money),
    };
    e.fields[1].defaultValue = 0;
    e.fields[11].defaultValue = 0;
    e.fields[12].defaultValue = 0;
    e.fields[4].defaultValue = QString();
    e.fields[5].defaultValue = 1000;
    for (int i = 7; i < 10; ++i)
        e.fields[i].defaultValue = 0;
    return e;
}

EntityDescriptor customerAccountEntity() {
    EntityDescriptor e = entity("customer_account", "customer_accounts", "customer_accounts",
                                QT_TRANSLATE_NOOP("Entity", "Customer account"),
                                QT_TRANSLATE_NOOP("Entity", "Customer accounts"),
                                "(SELECT c.name FROM customers c WHERE c.id = t.customer_id)");
    e.fields = {
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Customer"), "customer", true, true),
        field("credit_limit_minor", QT_TRANSLATE_NOOP("Field", "Credit limit"), T::Money, true),
        currency(true),
        field("payment_terms_days", QT_TRANSLATE_NOOP("Field", "Payment terms (days)"), T::Integer, true),
    };
    e.fields[3].defaultValue = 30;
    return e;
}

EntityDescriptor ledgerEntryEntity() {
    EntityDescriptor e = entity(
        "ledger_entry", "ledger_entries", "ledger_entries", QT_TRANSLATE_NOOP("Entity", "Ledger entry"),
        QT_TRANSLATE_NOOP("Entity", "Ledger entries"), "coalesce(t.description, t.kind)");
    e.fields = {
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Customer"), "customer", true, true),
        field("entry_date", QT_TRANSLATE_NOOP("Field", "Date"), T::Date, true, true),
        choice("kind", QT_TRANSLATE_NOOP("Field", "Kind"),
               {QStringLiteral("quote"), QStringLiteral("invoice"), QStringLiteral("payment"),
                QStringLiteral("credit_note"), QStringLiteral("adjustment")},
               nullptr, true),
        field("description", QT_TRANSLATE_NOOP("Field", "Description"), T::Text, true),
        field("debit_minor", QT_TRANSLATE_NOOP("Field", "Debit"), T::Money, true),
        field("credit_minor", QT_TRANSLATE_NOOP("Field", "Credit"), T::Money, true),
        currency(),
        ref("quote_id", QT_TRANSLATE_NOOP("Field", "Quote"), "quote"),
        field("reference", QT_TRANSLATE_NOOP("Field", "Reference"), T::Text),
    };
    e.fields[2].required = true;
    e.fields[4].defaultValue = 0;
    e.fields[5].defaultValue = 0;
    return e;
}

EntityDescriptor appointmentEntity() {
    EntityDescriptor e =
        entity("appointment", "appointments", "appointments", QT_TRANSLATE_NOOP("Entity", "Appointment"),
               QT_TRANSLATE_NOOP("Entity", "Appointments"), "t.title");
    e.fields = {
        field("title", QT_TRANSLATE_NOOP("Field", "Title"), T::Text, true, true),
        field("starts_at", QT_TRANSLATE_NOOP("Field", "Starts"), T::DateTime, true, true),
        field("ends_at", QT_TRANSLATE_NOOP("Field", "Ends"), T::DateTime, true),
        field("location", QT_TRANSLATE_NOOP("Field", "Location"), T::Text, true),
        ref("user_id", QT_TRANSLATE_NOOP("Field", "User"), "user", true),
        ref("customer_id", QT_TRANSLATE_NOOP("Field", "Customer"), "customer", true),
        field("notes", QT_TRANSLATE_NOOP("Field", "Notes"), T::LongText),
    };
    return e;
}

} // namespace

QList<EntityDescriptor> salesEntities() {
    return {leadEntity(),        leadActivityEntity(), scoringRuleEntity(),   assignmentRuleEntity(),
            salesRepEntity(),    pipelineEntity(),     stageEntity(),         opportunityEntity(),
            productEntity(),     priceListEntity(),    priceListItemEntity(), productOptionEntity(),
            configRuleEntity(),  quoteEntity(),        quoteLineEntity(),     customerAccountEntity(),
            ledgerEntryEntity(), appointmentEntity()};
}

} // namespace rapport
