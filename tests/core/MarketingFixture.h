#pragma once

// A small, hand-made audience for the marketing tests: one user, three customers, five contacts with known
// consent, a pipeline with open, won and lost stages.
#include "marketing/MarketingSql.h"
#include "repository/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

namespace rapport::test {

inline QString s(const char* text) {
    return QString::fromUtf8(text);
}

using Fields = std::initializer_list<std::pair<const char*, QVariant>>;

inline QVariantMap fields(Fields list) {
    QVariantMap map;
    for (const auto& [key, value] : list)
        map.insert(QString::fromLatin1(key), value);
    return map;
}

inline qint64 addRecord(RecordStore& store, const char* entity, const QVariantMap& values) {
    const WriteResult written = store.insert(*EntityCatalog::find(QString::fromLatin1(entity)), values);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    return written.id;
}

inline qint64 addRecord(RecordStore& store, const char* entity, Fields list) {
    return addRecord(store, entity, fields(list));
}

struct MarketingFixture {
    explicit MarketingFixture(Database& db) : store(db) {
        owner = addRecord(store, "user", {{"name", s("Ann Owner")}, {"email", s("ann@shop.example")}});
        acme = addRecord(store, "customer",
                         {{"name", s("Acme GmbH")},
                          {"status", s("active")},
                          {"tags", s("vip; retail")},
                          {"billing_city", s("Berlin")},
                          {"billing_street", s("Hauptstraße 1")},
                          {"billing_postcode", s("10115")},
                          {"emails", s("info@acme.example")},
                          {"owner_id", owner},
                          {"consent_email", 1}});
        bolt = addRecord(store, "customer",
                         {{"name", s("Bolt Ltd")},
                          {"status", s("prospect")},
                          {"tags", s("retailer")},
                          {"billing_city", s("Leeds")}});
        corex = addRecord(store, "customer",
                          {{"name", s("Corex")}, {"status", s("inactive")}, {"billing_city", s("Berlin")}});
        jane = addRecord(store, "contact",
                         {{"first_name", s("Jane")},
                          {"last_name", s("Doe")},
                          {"customer_id", acme},
                          {"emails", s("jane@acme.example")},
                          {"phones", s("+493011111111")},
                          {"consent_email", 1},
                          {"consent_phone", 1}});
        john = addRecord(store, "contact",
                         {{"first_name", s("John")},
                          {"last_name", s("Roe")},
                          {"customer_id", acme},
                          {"emails", s("john@acme.example")},
                          {"consent_email", 0}});
        zoe = addRecord(store, "contact",
                        {{"first_name", s("Zoë")},
                         {"last_name", s("Ünal")},
                         {"customer_id", bolt},
                         {"emails", s("Zoe@Bolt.example")},
                         {"phones", s("+441132222222")},
                         {"consent_email", 1},
                         {"consent_sms", 1}});
        max = addRecord(store, "contact",
                        {{"first_name", s("Max")},
                         {"last_name", s("Muster")},
                         {"customer_id", corex},
                         {"emails", s("max@corex.example")},
                         {"consent_email", 1}});
        nora = addRecord(store, "contact",
                         {{"first_name", s("Nora")}, {"last_name", s("Noaddress")}, {"consent_email", 1}});
        pipeline = addRecord(store, "pipeline", {{"name", s("Sales")}});
        open = stage("Talks", "open");
        won = stage("Won", "won");
        lost = stage("Lost", "lost");
    }

    qint64 stage(const char* name, const char* outcome) {
        return addRecord(store, "stage",
                         {{"name", s(name)}, {"pipeline_id", pipeline}, {"outcome", s(outcome)}});
    }

    qint64 opportunity(qint64 customer, const char* status, qint64 amountMinor,
                       const char* closedAt = nullptr, qint64 campaign = 0, qint64 contact = 0) {
        QVariantMap values = fields({{"title", s("Deal")},
                                     {"customer_id", customer},
                                     {"pipeline_id", pipeline},
                                     {"stage_id", QString::fromLatin1(status) == u"won"    ? won
                                                  : QString::fromLatin1(status) == u"lost" ? lost
                                                                                           : open},
                                     {"status", s(status)},
                                     {"amount_minor", amountMinor}});
        if (closedAt)
            values.insert(s("closed_at"), s(closedAt));
        if (campaign)
            values.insert(s("campaign_id"), campaign);
        if (contact)
            values.insert(s("contact_id"), contact);
        return addRecord(store, "opportunity", values);
    }

    RecordStore store;
    qint64 owner = 0, acme = 0, bolt = 0, corex = 0;
    qint64 jane = 0, john = 0, zoe = 0, max = 0, nora = 0;
    qint64 pipeline = 0, open = 0, won = 0, lost = 0;
};

} // namespace rapport::test
