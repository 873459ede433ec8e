#include "automation/Partners.h"

#include "sales/Money.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

namespace rapport {

using sales::row;
using sales::rows;

PartnerService::PartnerService(Database& db) : m_db(db) {}

std::optional<PartnerSummary> PartnerService::summary(qint64 partnerId) const {
    sqlite3* db = m_db.handle();
    const QVariantMap p =
        row(db,
            "SELECT p.*, c.name AS name FROM partners p JOIN customers c ON c.id = p.customer_id "
            "WHERE p.id = ?1",
            {partnerId});
    if (p.isEmpty())
        return std::nullopt;
    PartnerSummary s;
    s.id = partnerId;
    s.customerId = p.value(QStringLiteral("customer_id")).toLongLong();
    s.name = p.value(QStringLiteral("name")).toString();
    s.kind = p.value(QStringLiteral("kind")).toString();
    s.level = p.value(QStringLiteral("level")).toString();
    s.commissionBp = p.value(QStringLiteral("commission_bp")).toInt();
    s.active = p.value(QStringLiteral("active")).toInt() != 0;
    for (const QVariantMap& c :
         rows(db,
              "SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) AS name FROM contacts "
              "WHERE customer_id = ?1 ORDER BY sort_key, id",
              {s.customerId}))
        s.contacts << c.value(QStringLiteral("name")).toString();
    const QVariantMap leads =
        row(db,
            "SELECT count(*) AS total, coalesce(sum(status IN ('new', 'contacted', 'qualified')), 0) "
            "AS open FROM leads WHERE partner_id = ?1",
            {partnerId});
    s.leads = leads.value(QStringLiteral("total")).toInt();
    s.openLeads = leads.value(QStringLiteral("open")).toInt();
    for (const QVariantMap& r :
         rows(db,
              "SELECT status, currency, count(*) AS n, sum(amount_minor) AS amount FROM opportunities "
              "WHERE partner_id = ?1 GROUP BY status, currency",
              {partnerId})) {
        const QString status = r.value(QStringLiteral("status")).toString();
        const int n = r.value(QStringLiteral("n")).toInt();
        if (status == u"open")
            s.openOpportunities += n;
        else if (status == u"lost")
            s.lostOpportunities += n;
        else if (status == u"won") {
            s.wonOpportunities += n;
            const QString currency = r.value(QStringLiteral("currency")).toString();
            s.wonMinor[currency] += r.value(QStringLiteral("amount")).toLongLong();
        }
    }
    for (auto it = s.wonMinor.cbegin(); it != s.wonMinor.cend(); ++it)
        s.commissionMinor.insert(it.key(), money::percentOf(it.value(), s.commissionBp));
    for (const QVariantMap& r :
         rows(db,
              "SELECT pl.name AS pipeline, st.name AS stage, o.currency AS currency, count(*) AS n, "
              "sum(o.amount_minor) AS amount FROM opportunities o JOIN stages st ON st.id = o.stage_id "
              "JOIN pipelines pl ON pl.id = o.pipeline_id WHERE o.partner_id = ?1 AND o.status = 'open' "
              "GROUP BY pl.id, st.id, o.currency ORDER BY pl.position, pl.id, st.position, st.id, o.currency",
              {partnerId})) {
        const QString pipeline = r.value(QStringLiteral("pipeline")).toString();
        const QString stage = r.value(QStringLiteral("stage")).toString();
        if (s.pipeline.isEmpty() || s.pipeline.last().pipeline != pipeline ||
            s.pipeline.last().stage != stage)
            s.pipeline << PartnerStage{pipeline, stage, 0, {}};
        s.pipeline.last().count += r.value(QStringLiteral("n")).toInt();
        s.pipeline.last().amountMinor[r.value(QStringLiteral("currency")).toString()] +=
            r.value(QStringLiteral("amount")).toLongLong();
    }
    return s;
}

} // namespace rapport
