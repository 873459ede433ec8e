#pragma once

// A small sales history whose report figures are worked out by hand in tests/core/test_analytics*.cpp.
// The reports look from 2025-06-30 (the filter's `to`).
#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <QDate>
#include <catch2/catch.hpp>

namespace rapport::test {

using namespace Qt::Literals::StringLiterals;

inline const QDate analyticsToday(2025, 6, 30);

inline void fillAnalyticsFixture(Database& db) {
    sqlite3* h = db.handle();
    auto run = [h](const char* sql, const QVariantList& values) {
        const Status done = sales::exec(h, sql, values);
        INFO(sql);
        REQUIRE(done.message() == QString());
    };
    for (const QVariantList& u : {QVariantList{1, u"Anna"_s}, QVariantList{2, u"Ben"_s}})
        run("INSERT INTO users (id, name) VALUES (?1, ?2)", u);
    for (const QVariantList& c :
         {QVariantList{10, u"Alpha"_s, u"software"_s}, QVariantList{11, u"Beta"_s, u"retail"_s},
          QVariantList{12, u"Gamma"_s, u"software"_s}, QVariantList{13, u"Delta"_s, u"retail"_s},
          QVariantList{14, u"Epsilon"_s, QVariant()}})
        run("INSERT INTO customers (id, name, industry) VALUES (?1, ?2, ?3)", c);
    run("INSERT INTO contacts (id, customer_id, first_name, last_name) VALUES (20, 10, 'Anna', 'Kowalska')",
        {});
    run("INSERT INTO contacts (id, customer_id, first_name, last_name) VALUES (21, 12, 'Piotr', 'Nowak')",
        {});
    run("INSERT INTO pipelines (id, name, position) VALUES (100, 'New business', 0)", {});
    for (const QVariantList& s :
         {QVariantList{101, u"Qualification"_s, 0, 10, u"open"_s},
          QVariantList{102, u"Proposal"_s, 1, 50, u"open"_s}, QVariantList{103, u"Won"_s, 2, 100, u"won"_s},
          QVariantList{104, u"Lost"_s, 3, 0, u"lost"_s}})
        run("INSERT INTO stages (id, pipeline_id, name, position, probability, outcome) VALUES (?1, 100, ?2, "
            "?3, ?4, ?5)",
            s);
    run("INSERT INTO campaigns (id, name, channel, starts_on, launched_at, actual_cost_minor, owner_id, "
        "status) "
        "VALUES (601, 'Spring mailing', 'email', '2025-03-01', '2025-03-01T09:00:00Z', 20000, 1, 'done')",
        {});
    run("INSERT INTO campaigns (id, name, channel, starts_on, launched_at, actual_cost_minor, owner_id, "
        "status) "
        "VALUES (602, 'Fair invite', 'event', '2025-05-01', '2025-05-02T10:00:00Z', 0, 2, 'active')",
        {});
    // id, customer, stage, amount, probability, owner, source, status, created, closed, expected close,
    // campaign
    const QVariant none;
    for (const QVariantList& o : {QVariantList{201, 10, 103, 100000, none, 1, u"web"_s, u"won"_s,
                                               u"2025-01-01"_s, u"2025-01-31"_s, none, 601},
                                  QVariantList{202, 10, 103, 50000, none, 1, u"web"_s, u"won"_s,
                                               u"2025-03-01"_s, u"2025-04-10"_s, none, none},
                                  QVariantList{203, 11, 103, 200000, none, 2, u"fair"_s, u"won"_s,
                                               u"2024-05-01"_s, u"2024-06-15"_s, none, none},
                                  QVariantList{204, 11, 104, 70000, none, 2, u"fair"_s, u"lost"_s,
                                               u"2025-02-01"_s, u"2025-03-01"_s, none, none},
                                  QVariantList{205, 12, 104, 30000, none, 1, u"web"_s, u"lost"_s,
                                               u"2025-01-10"_s, u"2025-02-10"_s, none, none},
                                  QVariantList{206, 12, 102, 80000, none, 1, u"referral"_s, u"open"_s,
                                               u"2025-05-01"_s, none, u"2025-07-15"_s, none},
                                  QVariantList{207, 13, 101, 40000, 30, 2, u"web"_s, u"open"_s,
                                               u"2025-06-01"_s, none, u"2025-06-10"_s, none},
                                  QVariantList{208, 13, 103, 60000, none, 2, u"referral"_s, u"won"_s,
                                               u"2024-06-01"_s, u"2025-06-20"_s, none, none},
                                  QVariantList{209, 14, 103, 10000, none, 1, u"web"_s, u"won"_s,
                                               u"2023-01-01"_s, u"2023-02-01"_s, none, none},
                                  QVariantList{210, 11, 103, 90000, none, 2, u"fair"_s, u"won"_s,
                                               u"2023-12-01"_s, u"2024-01-15"_s, none, none}}) {
        QVariantList values = o;
        values[8] = o[8].toString() + u"T00:00:00Z"_s;
        if (!o[9].isNull())
            values[9] = o[9].toString() + QStringLiteral("T00:00:00Z");
        run("INSERT INTO opportunities (id, title, customer_id, pipeline_id, stage_id, amount_minor, "
            "probability, "
            "owner_id, source, status, created_at, closed_at, expected_close, campaign_id) "
            "VALUES (?1, 'Deal ' || ?1, ?2, 100, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            values);
    }
    for (const QVariantList& h :
         {QVariantList{301, 201, 101, u"2025-01-01T00:00:00Z"_s, u"2025-01-11T00:00:00Z"_s},
          QVariantList{302, 201, 102, u"2025-01-11T00:00:00Z"_s, u"2025-01-31T00:00:00Z"_s},
          QVariantList{303, 201, 103, u"2025-01-31T00:00:00Z"_s, none},
          QVariantList{304, 202, 101, u"2025-03-01T00:00:00Z"_s, u"2025-03-05T00:00:00Z"_s},
          QVariantList{305, 202, 102, u"2025-03-05T00:00:00Z"_s, u"2025-04-10T00:00:00Z"_s}})
        run("INSERT INTO opportunity_stage_history (id, opportunity_id, stage_id, entered_at, left_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5)",
            h);
    run("INSERT INTO sales_reps (id, user_id, quota_minor, quota_period) VALUES (401, 1, 100000, 'quarter')",
        {});
    run("INSERT INTO sales_reps (id, user_id, quota_minor, quota_period) VALUES (402, 2, 500000, 'year')",
        {});
    // id, first name, source, status, owner, converted opportunity
    for (const QVariantList& l : {QVariantList{501, u"Lena"_s, u"web"_s, u"contacted"_s, 1, none},
                                  QVariantList{502, u"Marek"_s, u"web"_s, u"converted"_s, 1, 201},
                                  QVariantList{503, u"Nina"_s, u"fair"_s, u"new"_s, 1, none},
                                  QVariantList{504, u"Olek"_s, u"fair"_s, u"converted"_s, 1, 204},
                                  QVariantList{505, u"Pia"_s, u"referral"_s, u"qualified"_s, 2, none}})
        run("INSERT INTO leads (id, first_name, last_name, source, status, owner_id, "
            "converted_opportunity_id, "
            "created_at) VALUES (?1, ?2, 'Lead', ?3, ?4, ?5, ?6, '2025-02-01T00:00:00Z')",
            l);
    // id, campaign, customer, contact, lead, status, responded, converted, converted opportunity
    for (const QVariantList& m :
         {QVariantList{701, 601, none, 20, none, u"converted"_s, u"2025-03-03T00:00:00Z"_s,
                       u"2025-03-10T00:00:00Z"_s, 202},
          QVariantList{702, 601, 11, none, none, u"responded"_s, u"2025-03-04T00:00:00Z"_s, none, none},
          QVariantList{703, 601, none, none, 501, u"sent"_s, none, none, none},
          QVariantList{704, 601, none, none, 503, u"pending"_s, none, none, none},
          QVariantList{705, 601, 13, none, none, u"bounced"_s, none, none, none},
          QVariantList{706, 602, none, 21, none, u"converted"_s, u"2025-05-03T00:00:00Z"_s,
                       u"2025-05-05T00:00:00Z"_s, 206},
          QVariantList{707, 602, none, none, 505, u"responded"_s, u"2025-05-04T00:00:00Z"_s, none, none},
          QVariantList{708, 602, none, none, 502, u"sent"_s, none, none, none}})
        run("INSERT INTO campaign_members (id, campaign_id, customer_id, contact_id, lead_id, status, "
            "responded_at, "
            "converted_at, converted_opportunity_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            m);
}

} // namespace rapport::test
