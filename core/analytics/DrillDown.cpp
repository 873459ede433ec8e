#include "analytics/DrillDown.h"

#include "analytics/CustomerValue.h"
#include "analytics/ReportQuery.h"
#include "storage/Database.h"

namespace rapport::analytics {
namespace {

using Kind = ReportColumn::Kind;

ReportTable opportunityTable() {
    return ReportTable{DrillDownQuery::tr("Opportunities"),
                       {{QStringLiteral("id"), DrillDownQuery::tr("Id"), Kind::Integer},
                        {QStringLiteral("title"), DrillDownQuery::tr("Opportunity"), Kind::Text},
                        {QStringLiteral("customer"), DrillDownQuery::tr("Customer"), Kind::Text},
                        {QStringLiteral("owner"), DrillDownQuery::tr("Owner"), Kind::Text},
                        {QStringLiteral("status"), DrillDownQuery::tr("Status"), Kind::Text},
                        {QStringLiteral("amount"), DrillDownQuery::tr("Amount"), Kind::Money},
                        {QStringLiteral("date"), DrillDownQuery::tr("Date"), Kind::Date}},
                       {}};
}

} // namespace

DrillDownResult DrillDownQuery::records(const DrillDown& what, const ReportFilter& filter, int limit,
                                        Status* status) const {
    DrillDownResult result;
    Status done;
    auto opportunities = [&](const char* condition, const QVariant& key, const char* dateColumn,
                             const ReportFilter& range) {
        result.entity = QStringLiteral("opportunities");
        result.table = opportunityTable();
        FilterSql where;
        where.raw(condition, key)
            .dateRange(dateColumn, range)
            .owner("o.owner_id", filter)
            .segment("o.customer_id", filter);
        done = forEachRow(
            m_db.handle(),
            QStringLiteral(
                "SELECT o.id, o.title, coalesce(c.name, ''), coalesce(u.name, ''), o.status, "
                "o.amount_minor, substr(coalesce(%1, o.expected_close, o.created_at), 1, 10) "
                "FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id "
                "LEFT JOIN users u ON u.id = o.owner_id WHERE 1 = 1 %2 ORDER BY o.amount_minor DESC, o.id")
                .arg(QString::fromLatin1(dateColumn), where.sql()),
            where.values(), [&](Statement& row) {
                ++result.total;
                if (result.table.rows.size() < limit)
                    result.table.rows << QVariantList{row.int64(0), row.text(1),  row.text(2), row.text(3),
                                                      row.text(4),  row.int64(5), row.text(6)};
            });
    };
    const ReportFilter none{QDate(), QDate(), 0, QString()};
    switch (what.kind) {
    case DrillDown::Kind::Stage:
        opportunities("o.stage_id = ?", what.key.toLongLong(), "o.created_at", filter);
        break;
    case DrillDown::Kind::WonMonth:
        opportunities("o.status = 'won' AND substr(o.closed_at, 1, 7) = ?", what.key, "o.closed_at", none);
        break;
    case DrillDown::Kind::Owner:
        opportunities("o.status IN ('won', 'lost') AND coalesce(o.owner_id, '') = ?",
                      what.key.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(what.key.toLongLong()),
                      "o.closed_at", filter);
        break;
    case DrillDown::Kind::Source:
        opportunities("o.status IN ('won', 'lost') AND coalesce(o.source, '') = ?", what.key, "o.closed_at",
                      filter);
        break;
    case DrillDown::Kind::CloseMonth: {
        const QDate day = filter.referenceDate(m_today);
        const QString first = QDate(day.year(), day.month(), 1).toString(QStringLiteral("yyyy-MM"));
        if (what.key == first)
            opportunities("o.status = 'open' AND coalesce(substr(o.expected_close, 1, 7), '') <= ?", what.key,
                          "o.expected_close", none);
        else
            opportunities("o.status = 'open' AND substr(o.expected_close, 1, 7) = ?", what.key,
                          "o.expected_close", none);
        break;
    }
    case DrillDown::Kind::RfmSegment: {
        result.entity = QStringLiteral("customers");
        result.table =
            ReportTable{tr("Customers"),
                        {{QStringLiteral("id"), tr("Id"), Kind::Integer},
                         {QStringLiteral("name"), tr("Customer"), Kind::Text},
                         {QStringLiteral("recency_days"), tr("Days since last deal"), Kind::Integer},
                         {QStringLiteral("deals"), tr("Deals"), Kind::Integer},
                         {QStringLiteral("won"), tr("Won amount"), Kind::Money}},
                        {}};
        for (const RfmCustomer& c : CustomerValue(m_db, m_today).rfm(filter, &done).customers)
            if (c.segment == what.key) {
                ++result.total;
                if (result.table.rows.size() < limit)
                    result.table.rows << QVariantList{c.purchases.customerId, c.purchases.name, c.recencyDays,
                                                      c.purchases.deals, c.purchases.totalMinor};
            }
        break;
    }
    case DrillDown::Kind::LeadSource: {
        result.entity = QStringLiteral("leads");
        result.table = ReportTable{tr("Leads"),
                                   {{QStringLiteral("id"), tr("Id"), Kind::Integer},
                                    {QStringLiteral("name"), tr("Lead"), Kind::Text},
                                    {QStringLiteral("organisation"), tr("Organisation"), Kind::Text},
                                    {QStringLiteral("status"), tr("Status"), Kind::Text},
                                    {QStringLiteral("created"), tr("Created"), Kind::Date}},
                                   {}};
        FilterSql where;
        where.raw("source = ?", what.key).dateRange("created_at", filter).owner("owner_id", filter);
        done = forEachRow(
            m_db.handle(),
            QStringLiteral("SELECT id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), "
                           "coalesce(organisation, ''), status, substr(created_at, 1, 10) FROM leads "
                           "WHERE 1 = 1 %1 ORDER BY created_at DESC, id")
                .arg(where.sql()),
            where.values(), [&](Statement& row) {
                ++result.total;
                if (result.table.rows.size() < limit)
                    result.table.rows
                        << QVariantList{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4)};
            });
        break;
    }
    case DrillDown::Kind::CampaignMembers: {
        result.entity = QStringLiteral("campaign_members");
        result.table = ReportTable{tr("Campaign members"),
                                   {{QStringLiteral("id"), tr("Id"), Kind::Integer},
                                    {QStringLiteral("name"), tr("Name"), Kind::Text},
                                    {QStringLiteral("email"), tr("E-mail"), Kind::Text},
                                    {QStringLiteral("status"), tr("Status"), Kind::Text}},
                                   {}};
        done = forEachRow(
            m_db.handle(),
            QStringLiteral(
                "SELECT m.id, coalesce(nullif(trim(coalesce(p.first_name, '') || ' ' || "
                "coalesce(p.last_name, '')), ''), "
                "nullif(trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), ''), c.name, "
                "''), "
                "coalesce(m.email, ''), m.status FROM campaign_members m LEFT JOIN contacts p ON p.id = "
                "m.contact_id "
                "LEFT JOIN leads l ON l.id = m.lead_id LEFT JOIN customers c ON c.id = m.customer_id "
                "WHERE m.campaign_id = ?1 ORDER BY m.id"),
            {what.key.toLongLong()}, [&](Statement& row) {
                ++result.total;
                if (result.table.rows.size() < limit)
                    result.table.rows << QVariantList{row.int64(0), row.text(1), row.text(2), row.text(3)};
            });
        break;
    }
    }
    setStatus(status, done);
    return result;
}

} // namespace rapport::analytics
