#include "marketing/SegmentFacts.h"

#include <QCoreApplication>

// The fact tables below use brace initialisation and leave trailing members at their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace rapport {
namespace {

// What a purchase is: a won opportunity (its amount, the day it closed).
QString totalBought(const QString& customerId) {
    return QStringLiteral(
               "(SELECT coalesce(sum(o.amount_minor), 0) FROM opportunities o WHERE o.customer_id = "
               "%1 AND o.status = 'won')")
        .arg(customerId);
}

QString lastPurchase(const QString& customerId) {
    return QStringLiteral(
               "(SELECT max(substr(o.closed_at, 1, 10)) FROM opportunities o WHERE o.customer_id = %1 "
               "AND o.status = 'won')")
        .arg(customerId);
}

QString openOpportunities(const QString& customerId) {
    return QStringLiteral(
               "(SELECT count(*) FROM opportunities o WHERE o.customer_id = %1 AND o.status = 'open')")
        .arg(customerId);
}

SegmentFact& withAggregate(SegmentFact& fact, SegmentAggregate aggregate) {
    fact.aggregate = std::move(aggregate);
    return fact;
}

// Campaign facts: a response is a member who responded or converted.
void addCampaignFacts(QList<SegmentFact>& facts, const QString& memberColumn) {
    const QString responded = QStringLiteral("(m.responded_at IS NOT NULL OR m.converted_at IS NOT NULL)");
    facts << SegmentFact{QStringLiteral("campaign_responses"),
                         QT_TRANSLATE_NOOP("SegmentFact", "Campaign responses"),
                         FieldType::Integer,
                         QStringLiteral("(SELECT count(*) FROM campaign_members m WHERE m.%1 = t.id AND %2)")
                             .arg(memberColumn, responded),
                         {},
                         {}};
    facts << SegmentFact{
        QStringLiteral("responded_to_campaign"),
        QT_TRANSLATE_NOOP("SegmentFact", "Responded to campaign"),
        FieldType::Reference,
        {},
        QStringLiteral("campaign"),
        QStringLiteral(
            "EXISTS (SELECT 1 FROM campaign_members m WHERE m.%1 = t.id AND m.campaign_id = ? AND %2)")
            .arg(memberColumn, responded)};
    facts << SegmentFact{
        QStringLiteral("in_campaign"),
        QT_TRANSLATE_NOOP("SegmentFact", "In the audience of campaign"),
        FieldType::Reference,
        {},
        QStringLiteral("campaign"),
        QStringLiteral("EXISTS (SELECT 1 FROM campaign_members m WHERE m.%1 = t.id AND m.campaign_id = ?)")
            .arg(memberColumn)};
}

// total_bought, last_purchase and open_opportunities of the customer whose id is in `key`.
void addOrganisationAggregates(QList<SegmentFact>& facts, const QString& key, bool nullable) {
    const QString from = QStringLiteral("opportunities o");
    const QString group = QStringLiteral("o.customer_id");
    for (SegmentFact& fact : facts) {
        if (fact.name == u"total_bought")
            withAggregate(fact, {key,
                                 nullable,
                                 from,
                                 group,
                                 QStringLiteral("o.status = 'won'"),
                                 QStringLiteral("sum(o.amount_minor)"),
                                 {},
                                 true});
        else if (fact.name == u"last_purchase")
            withAggregate(fact, {key, nullable, from, group, QStringLiteral("o.status = 'won'"),
                                 QStringLiteral("max(substr(o.closed_at, 1, 10))"),
                                 QStringLiteral("substr(o.closed_at, 1, 10)"), false});
        else if (fact.name == u"open_opportunities")
            withAggregate(fact, {key,
                                 nullable,
                                 from,
                                 group,
                                 QStringLiteral("o.status = 'open'"),
                                 QStringLiteral("count(*)"),
                                 {},
                                 true});
    }
}

QList<SegmentFact> customerFacts() {
    const QString id = QStringLiteral("t.id");
    QList<SegmentFact> facts{
        {QStringLiteral("total_bought"),
         QT_TRANSLATE_NOOP("SegmentFact", "Total bought"),
         FieldType::Money,
         totalBought(id),
         {},
         {}},
        {QStringLiteral("last_purchase"),
         QT_TRANSLATE_NOOP("SegmentFact", "Last purchase"),
         FieldType::Date,
         lastPurchase(id),
         {},
         {}},
        {QStringLiteral("last_interaction"),
         QT_TRANSLATE_NOOP("SegmentFact", "Last interaction"),
         FieldType::DateTime,
         // Kept by triggers on interactions (schema 14): the indexed column, not a lookup per customer.
         QStringLiteral("t.last_interaction_at"),
         {},
         {}},
        {QStringLiteral("open_opportunities"),
         QT_TRANSLATE_NOOP("SegmentFact", "Open opportunities"),
         FieldType::Integer,
         openOpportunities(id),
         {},
         {}},
    };
    addOrganisationAggregates(facts, QStringLiteral("t.id"), false);
    addCampaignFacts(facts, QStringLiteral("customer_id"));
    return facts;
}

QList<SegmentFact> contactFacts() {
    const QString organisation = QStringLiteral("t.customer_id");
    QList<SegmentFact> facts{
        {QStringLiteral("organisation_tags"),
         QT_TRANSLATE_NOOP("SegmentFact", "Organisation tags"),
         FieldType::TagList,
         QStringLiteral("(SELECT c.tags FROM customers c WHERE c.id = t.customer_id)"),
         {},
         {}},
        {QStringLiteral("total_bought"),
         QT_TRANSLATE_NOOP("SegmentFact", "Organisation total bought"),
         FieldType::Money,
         totalBought(organisation),
         {},
         {}},
        {QStringLiteral("last_purchase"),
         QT_TRANSLATE_NOOP("SegmentFact", "Organisation last purchase"),
         FieldType::Date,
         lastPurchase(organisation),
         {},
         {}},
        {QStringLiteral("last_interaction"),
         QT_TRANSLATE_NOOP("SegmentFact", "Last interaction"),
         FieldType::DateTime,
         QStringLiteral("(SELECT max(i.occurred_at) FROM interactions i WHERE i.contact_id = t.id)"),
         {},
         {}},
        {QStringLiteral("open_opportunities"),
         QT_TRANSLATE_NOOP("SegmentFact", "Organisation open opportunities"),
         FieldType::Integer,
         openOpportunities(organisation),
         {},
         {}},
    };
    addOrganisationAggregates(facts, QStringLiteral("t.customer_id"), true);
    withAggregate(facts[3], {QStringLiteral("t.id"),
                             false,
                             QStringLiteral("interactions i"),
                             QStringLiteral("i.contact_id"),
                             {},
                             QStringLiteral("max(i.occurred_at)"),
                             QStringLiteral("i.occurred_at"),
                             false});
    addCampaignFacts(facts, QStringLiteral("contact_id"));
    return facts;
}

QList<SegmentFact> leadFacts() {
    QList<SegmentFact> facts{
        {QStringLiteral("last_interaction"),
         QT_TRANSLATE_NOOP("SegmentFact", "Last activity"),
         FieldType::DateTime,
         QStringLiteral("(SELECT max(a.occurred_at) FROM lead_activities a WHERE a.lead_id = t.id)"),
         {},
         {}},
    };
    withAggregate(facts[0], {QStringLiteral("t.id"),
                             false,
                             QStringLiteral("lead_activities a"),
                             QStringLiteral("a.lead_id"),
                             {},
                             QStringLiteral("max(a.occurred_at)"),
                             QStringLiteral("a.occurred_at"),
                             false});
    addCampaignFacts(facts, QStringLiteral("lead_id"));
    return facts;
}

} // namespace

QList<SegmentFact> segmentFacts(const QString& entity) {
    if (entity == u"customer")
        return customerFacts();
    if (entity == u"contact")
        return contactFacts();
    if (entity == u"lead")
        return leadFacts();
    return {};
}

} // namespace rapport
