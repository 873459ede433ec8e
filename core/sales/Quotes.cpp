#include "sales/Quotes.h"

#include "sales/Ledger.h"
#include "sales/Letterhead.h"
#include "sales/Money.h"
#include "sales/PipelineService.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace rapport {
namespace {

using sales::exec;
using sales::row;
using sales::rows;
using sales::scalar;

const EntityDescriptor& quoteEntity() {
    return *EntityCatalog::find(QStringLiteral("quote"));
}

QString nonEmpty(const QVariant& value) {
    return value.toString().trimmed();
}

} // namespace

qint64 QuoteLine::netMinor() const {
    return money::lineNet(quantityMilli, unitPriceMinor, discountBp, promotionBp, promotionUnitMinor);
}

qint64 QuoteLine::promotionMinor() const {
    return money::lineNet(quantityMilli, unitPriceMinor, discountBp) - netMinor();
}

QuoteTotals QuoteTotals::of(const QList<QuoteLine>& lines) {
    QuoteTotals totals;
    QMap<int, qint64> netByRate;
    for (const QuoteLine& line : lines)
        netByRate[line.taxRateBp] += line.netMinor();
    for (auto it = netByRate.cbegin(); it != netByRate.cend(); ++it) {
        const TaxBand band{it.key(), it.value(), money::tax(it.value(), it.key())};
        totals.bands << band;
        totals.netMinor += band.netMinor;
        totals.taxMinor += band.taxMinor;
    }
    totals.totalMinor = totals.netMinor + totals.taxMinor;
    return totals;
}

QuoteService::QuoteService(Database& db) : m_db(db) {}

WriteResult QuoteService::create(qint64 customerId, qint64 opportunityId, qint64 contactId, QDate issueDate) {
    if (!issueDate.isValid())
        issueDate = QDate::currentDate();
    const int year = issueDate.year();
    Transaction transaction(m_db.handle());
    const qint64 sequence =
        scalar(m_db.handle(), "SELECT coalesce(max(sequence), 0) + 1 FROM quotes WHERE year = ?1", {year})
            .toLongLong();
    QVariantMap values{{QStringLiteral("number"),
                        QStringLiteral("Q-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'))},
                       {QStringLiteral("year"), year},
                       {QStringLiteral("sequence"), sequence},
                       {QStringLiteral("revision"), 1},
                       {QStringLiteral("customer_id"), customerId},
                       {QStringLiteral("issue_date"), issueDate.toString(Qt::ISODate)},
                       {QStringLiteral("valid_until"), issueDate.addDays(30).toString(Qt::ISODate)},
                       {QStringLiteral("terms"), Letterhead(m_db).quoteTerms(QStringLiteral("EUR"))}};
    if (opportunityId) {
        values.insert(QStringLiteral("opportunity_id"), opportunityId);
        const QVariantMap o = row(
            m_db.handle(), "SELECT contact_id, currency FROM opportunities WHERE id = ?1", {opportunityId});
        if (!contactId)
            contactId = o.value(QStringLiteral("contact_id")).toLongLong();
        if (!o.value(QStringLiteral("currency")).toString().isEmpty())
            values.insert(QStringLiteral("currency"), o.value(QStringLiteral("currency")));
    }
    if (contactId)
        values.insert(QStringLiteral("contact_id"), contactId);
    WriteResult result = RecordStore(m_db).insert(quoteEntity(), values);
    if (result.ok())
        result.status = transaction.commit();
    return result;
}

QList<QuoteLine> QuoteService::lines(qint64 quoteId) const {
    QList<QuoteLine> result;
    for (const QVariantMap& l :
         rows(m_db.handle(), "SELECT * FROM quote_lines WHERE quote_id = ?1 ORDER BY position, id",
              {quoteId})) {
        QuoteLine line;
        line.productId = l.value(QStringLiteral("product_id")).toLongLong();
        line.code = l.value(QStringLiteral("code")).toString();
        line.description = l.value(QStringLiteral("description")).toString();
        line.unit = l.value(QStringLiteral("unit")).toString();
        line.quantityMilli = l.value(QStringLiteral("quantity_milli")).toLongLong();
        line.unitPriceMinor = l.value(QStringLiteral("unit_price_minor")).toLongLong();
        line.discountBp = l.value(QStringLiteral("discount_bp")).toInt();
        line.taxRateBp = l.value(QStringLiteral("tax_rate_bp")).toInt();
        line.promotionId = l.value(QStringLiteral("promotion_id")).toLongLong();
        line.promotionBp = l.value(QStringLiteral("promotion_bp")).toInt();
        line.promotionUnitMinor = l.value(QStringLiteral("promotion_unit_minor")).toLongLong();
        result << line;
    }
    return result;
}

Status QuoteService::setLines(qint64 quoteId, const QList<QuoteLine>& lines) {
    sqlite3* db = m_db.handle();
    const QString status = scalar(db, "SELECT status FROM quotes WHERE id = ?1", {quoteId}).toString();
    if (status.isEmpty())
        return Status::failure(tr("There is no quote with id %1.").arg(quoteId));
    if (status != u"draft" && status != u"sent")
        return Status::failure(tr("The quote is %1; make a new revision to change it.").arg(status));
    for (const QuoteLine& line : lines)
        if (line.discountBp < 0 || line.discountBp > 10000 || line.taxRateBp < 0 || line.taxRateBp > 10000 ||
            line.unitPriceMinor < 0 || line.promotionBp < 0 || line.promotionBp > 10000 ||
            line.promotionUnitMinor < 0)
            return Status::failure(
                tr("Line “%1” has a negative price or a rate outside 0–100 %.").arg(line.description));
    const QString now = sales::nowUtc();
    Transaction transaction(db);
    if (Status done = exec(db, "DELETE FROM quote_lines WHERE quote_id = ?1", {quoteId}); !done)
        return done;
    int position = 0;
    for (const QuoteLine& line : lines) {
        if (Status done =
                exec(db,
                     "INSERT INTO quote_lines (id, quote_id, position, product_id, code, description, "
                     "quantity_milli, unit, unit_price_minor, discount_bp, tax_rate_bp, promotion_id, "
                     "promotion_bp, "
                     "promotion_unit_minor, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
                     {m_db.ids().next(), quoteId, position++,
                      line.productId ? QVariant(line.productId) : QVariant(), line.code, line.description,
                      line.quantityMilli, line.unit, line.unitPriceMinor, line.discountBp, line.taxRateBp,
                      line.promotionId ? QVariant(line.promotionId) : QVariant(), line.promotionBp,
                      line.promotionUnitMinor, now});
            !done)
            return done;
    }
    const QuoteTotals totals = QuoteTotals::of(lines);
    if (Status done =
            exec(db,
                 "UPDATE quotes SET subtotal_minor = ?1, tax_minor = ?2, total_minor = ?3, updated_at = ?4 "
                 "WHERE id = ?5",
                 {totals.netMinor, totals.taxMinor, totals.totalMinor, now, quoteId});
        !done)
        return done;
    return transaction.commit();
}

std::optional<QuoteLine> QuoteService::productLine(qint64 productId, qint64 customerId,
                                                   qint64 quantityMilli) const {
    const QVariantMap p = row(m_db.handle(), "SELECT * FROM products WHERE id = ?1", {productId});
    if (p.isEmpty())
        return std::nullopt;
    QuoteLine line;
    line.productId = productId;
    line.code = p.value(QStringLiteral("code")).toString();
    line.description = p.value(QStringLiteral("name")).toString();
    line.unit = p.value(QStringLiteral("unit")).toString();
    line.quantityMilli = quantityMilli;
    line.unitPriceMinor = p.value(QStringLiteral("price_minor")).toLongLong();
    line.taxRateBp = p.value(QStringLiteral("tax_rate_bp")).toInt();
    // The lowest price among the active price lists of the customer's groups (tags).
    const QVariant listed = scalar(
        m_db.handle(),
        "SELECT min(i.price_minor) FROM price_list_items i JOIN price_lists l ON l.id = i.price_list_id "
        "JOIN customers c ON c.id = ?2 WHERE i.product_id = ?1 AND l.active = 1 AND "
        "('; ' || lower(coalesce(c.tags, '')) || ';') LIKE '%; ' || lower(l.customer_group) || ';%'",
        {productId, customerId});
    if (!listed.isNull() && listed.isValid())
        line.unitPriceMinor = listed.toLongLong();
    return line;
}

WriteResult QuoteService::revise(qint64 quoteId) {
    WriteResult result;
    const std::optional<Record> old = RecordStore(m_db).get(quoteEntity(), quoteId);
    if (!old) {
        result.status = Status::failure(tr("There is no quote with id %1.").arg(quoteId));
        return result;
    }
    if (old->text(QStringLiteral("status")) == u"accepted" ||
        old->text(QStringLiteral("status")) == u"revised") {
        result.status = Status::failure(tr("An accepted or already revised quote cannot be revised."));
        return result;
    }
    Transaction transaction(m_db.handle());
    QVariantMap values = old->values;
    values.remove(QStringLiteral("created_at"));
    values.remove(QStringLiteral("updated_at"));
    values.insert(QStringLiteral("revision"),
                  scalar(m_db.handle(), "SELECT max(revision) + 1 FROM quotes WHERE number = ?1",
                         {old->value(QStringLiteral("number"))}));
    values.insert(QStringLiteral("status"), QStringLiteral("draft"));
    values.insert(QStringLiteral("issue_date"), QDate::currentDate().toString(Qt::ISODate));
    for (auto it = values.begin(); it != values.end();)
        it = it.value().isNull() ? values.erase(it) : std::next(it);
    result = RecordStore(m_db).insert(quoteEntity(), values);
    if (!result.ok())
        return result;
    if (result.status =
            exec(m_db.handle(), "UPDATE quotes SET status = 'revised', updated_at = ?1 WHERE id = ?2",
                 {sales::nowUtc(), quoteId});
        !result.status)
        return result;
    if (result.status = setLines(result.id, lines(quoteId)); !result.status)
        return result;
    result.status = transaction.commit();
    return result;
}

Status QuoteService::setStatus(qint64 quoteId, const QString& status) {
    if (status == u"accepted")
        return accept(quoteId);
    static const QStringList allowed{QStringLiteral("draft"), QStringLiteral("sent"),
                                     QStringLiteral("rejected"), QStringLiteral("expired")};
    if (!allowed.contains(status))
        return Status::failure(tr("“%1” is not one of: %2.").arg(status, allowed.join(QStringLiteral(", "))));
    const QString current =
        scalar(m_db.handle(), "SELECT status FROM quotes WHERE id = ?1", {quoteId}).toString();
    if (current.isEmpty())
        return Status::failure(tr("There is no quote with id %1.").arg(quoteId));
    if (current == u"accepted" || current == u"revised")
        return Status::failure(tr("The quote is %1 already.").arg(current));
    return exec(m_db.handle(), "UPDATE quotes SET status = ?1, updated_at = ?2 WHERE id = ?3",
                {status, sales::nowUtc(), quoteId});
}

Status QuoteService::accept(qint64 quoteId) {
    sqlite3* db = m_db.handle();
    const QVariantMap q = row(db, "SELECT * FROM quotes WHERE id = ?1", {quoteId});
    if (q.isEmpty())
        return Status::failure(tr("There is no quote with id %1.").arg(quoteId));
    const QString status = q.value(QStringLiteral("status")).toString();
    if (status != u"draft" && status != u"sent")
        return Status::failure(
            tr("The quote is %1; only a draft or sent quote can be accepted.").arg(status));
    const QString now = sales::nowUtc();
    const QString label = tr("Quote %1 rev. %2")
                              .arg(q.value(QStringLiteral("number")).toString())
                              .arg(q.value(QStringLiteral("revision")).toInt());
    Transaction transaction(db);
    if (Status done =
            exec(db, "UPDATE quotes SET status = 'accepted', accepted_at = ?1, updated_at = ?1 WHERE id = ?2",
                 {now, quoteId});
        !done)
        return done;
    const qint64 total = q.value(QStringLiteral("total_minor")).toLongLong();
    if (total > 0)
        if (Status done =
                Ledger(m_db).post(q.value(QStringLiteral("customer_id")).toLongLong(), QDate::currentDate(),
                                  QStringLiteral("quote"), tr("%1 accepted").arg(label), total, 0,
                                  q.value(QStringLiteral("currency")).toString(), quoteId,
                                  q.value(QStringLiteral("number")).toString());
            !done)
            return done;
    const qint64 opportunityId = q.value(QStringLiteral("opportunity_id")).toLongLong();
    if (opportunityId &&
        scalar(db, "SELECT status FROM opportunities WHERE id = ?1", {opportunityId}).toString() == u"open")
        if (Status done = PipelineService(m_db).close(opportunityId, true, tr("%1 accepted").arg(label));
            !done)
            return done;
    return transaction.commit();
}

QuoteDocument QuoteService::document(qint64 quoteId) const {
    QuoteDocument doc;
    sqlite3* db = m_db.handle();
    const QVariantMap q = row(db, "SELECT * FROM quotes WHERE id = ?1", {quoteId});
    if (q.isEmpty())
        return doc;
    doc.number = q.value(QStringLiteral("number")).toString();
    doc.revision = q.value(QStringLiteral("revision")).toInt();
    doc.status = q.value(QStringLiteral("status")).toString();
    doc.issueDate = QDate::fromString(q.value(QStringLiteral("issue_date")).toString(), Qt::ISODate);
    doc.validUntil = QDate::fromString(q.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
    doc.deliveryTerms = q.value(QStringLiteral("delivery_terms")).toString();
    doc.deliveryDate = QDate::fromString(q.value(QStringLiteral("delivery_date")).toString(), Qt::ISODate);
    doc.currency = q.value(QStringLiteral("currency")).toString();
    doc.terms = q.value(QStringLiteral("terms")).toString();
    doc.notes = q.value(QStringLiteral("notes")).toString();
    // Letterhead from the settings, with a placeholder name when none is set.
    const Letterhead letterhead(m_db);
    doc.sellerLines << letterhead.companyName() << letterhead.senderLines();
    doc.logo = letterhead.logo();
    const QVariantMap c =
        row(db, "SELECT * FROM customers WHERE id = ?1", {q.value(QStringLiteral("customer_id"))});
    doc.customerLines << nonEmpty(c.value(QStringLiteral("name")));
    const QString street = nonEmpty(c.value(QStringLiteral("billing_street")));
    if (!street.isEmpty())
        doc.customerLines << street;
    const QString city = (nonEmpty(c.value(QStringLiteral("billing_postcode"))) + QLatin1Char(' ') +
                          nonEmpty(c.value(QStringLiteral("billing_city"))))
                             .trimmed();
    if (!city.isEmpty())
        doc.customerLines << city;
    for (const char* key : {"billing_region", "billing_country"})
        if (const QString value = nonEmpty(c.value(QString::fromLatin1(key))); !value.isEmpty())
            doc.customerLines << value;
    if (const QString taxId = nonEmpty(c.value(QStringLiteral("tax_id"))); !taxId.isEmpty())
        doc.customerLines << tr("Tax id: %1").arg(taxId);
    doc.contactName =
        scalar(db,
               "SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) FROM contacts "
               "WHERE id = ?1",
               {q.value(QStringLiteral("contact_id"))})
            .toString();
    doc.lines = lines(quoteId);
    doc.totals = QuoteTotals::of(doc.lines);
    return doc;
}

CreditCheck QuoteService::creditCheck(qint64 customerId, qint64 additionalMinor) const {
    CreditCheck check;
    const LedgerStatement statement = Ledger(m_db).statement(customerId);
    check.balanceMinor = statement.balanceMinor;
    check.limitMinor = statement.creditLimitMinor;
    check.afterMinor = statement.balanceMinor + additionalMinor;
    check.exceeds = check.limitMinor >= 0 && check.afterMinor > check.limitMinor;
    return check;
}

} // namespace rapport
