#include "automation/Promotions.h"

#include "marketing/SegmentService.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

namespace rapport {
namespace {

using sales::row;
using sales::rows;
using sales::scalar;

Promotion fromRow(const QVariantMap& p) {
    Promotion promotion;
    promotion.id = p.value(QStringLiteral("id")).toLongLong();
    promotion.name = p.value(QStringLiteral("name")).toString();
    promotion.code = p.value(QStringLiteral("code")).toString();
    promotion.percentBp = p.value(QStringLiteral("percent_bp")).toInt();
    promotion.amountMinor = p.value(QStringLiteral("amount_minor")).toLongLong();
    promotion.currency = p.value(QStringLiteral("currency")).toString();
    promotion.validFrom = QDate::fromString(p.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    promotion.validUntil = QDate::fromString(p.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
    promotion.segmentId = p.value(QStringLiteral("segment_id")).toLongLong();
    promotion.partnersOnly = p.value(QStringLiteral("partners_only")).toInt() != 0;
    return promotion;
}

} // namespace

bool Promotion::appliesTo(const QuoteLine& line) const {
    return line.productId != 0 && (productIds.isEmpty() || productIds.contains(line.productId));
}

PromotionService::PromotionService(Database& db) : m_db(db) {}

std::optional<Promotion> PromotionService::get(qint64 id) const {
    const QVariantMap p = row(m_db.handle(), "SELECT * FROM promotions WHERE id = ?1", {id});
    if (p.isEmpty())
        return std::nullopt;
    Promotion promotion = fromRow(p);
    for (const QVariantMap& r :
         rows(m_db.handle(), "SELECT product_id FROM promotion_products WHERE promotion_id = ?1 ORDER BY id",
              {id}))
        promotion.productIds << r.value(QStringLiteral("product_id")).toLongLong();
    return promotion;
}

QList<Promotion> PromotionService::applicable(qint64 customerId, QDate date, const QString& currency,
                                              qint64 opportunityId) const {
    QList<Promotion> result;
    const QList<QVariantMap> found = rows(
        m_db.handle(),
        "SELECT p.id, p.segment_id FROM promotions p WHERE p.active = 1 AND p.currency = ?3 "
        "AND (p.valid_from IS NULL OR p.valid_from <= ?2) AND (p.valid_until IS NULL OR p.valid_until >= ?2) "
        "AND (p.partners_only = 0 OR EXISTS (SELECT 1 FROM partners x WHERE x.customer_id = ?1 AND x.active "
        "= 1) "
        "OR EXISTS (SELECT 1 FROM opportunities o WHERE o.id = ?4 AND o.partner_id IS NOT NULL)) "
        "ORDER BY p.name, p.id",
        {customerId, date.toString(Qt::ISODate), currency, opportunityId});
    for (const QVariantMap& p : found) {
        const qint64 segment = p.value(QStringLiteral("segment_id")).toLongLong();
        if (segment && !customerInSegment(segment, customerId))
            continue;
        if (std::optional<Promotion> promotion = get(p.value(QStringLiteral("id")).toLongLong()))
            result << *promotion;
    }
    return result;
}

QList<Promotion> PromotionService::applicableToQuote(qint64 quoteId) const {
    const QVariantMap q = row(m_db.handle(), "SELECT * FROM quotes WHERE id = ?1", {quoteId});
    if (q.isEmpty())
        return {};
    return applicable(q.value(QStringLiteral("customer_id")).toLongLong(),
                      QDate::fromString(q.value(QStringLiteral("issue_date")).toString(), Qt::ISODate),
                      q.value(QStringLiteral("currency")).toString(),
                      q.value(QStringLiteral("opportunity_id")).toLongLong());
}

int PromotionService::applyToLines(const Promotion& promotion, QList<QuoteLine>& lines) {
    int changed = 0;
    for (QuoteLine& line : lines) {
        if (!promotion.appliesTo(line))
            continue;
        line.promotionId = promotion.id;
        line.promotionBp = promotion.percentBp;
        line.promotionUnitMinor = promotion.amountMinor;
        ++changed;
    }
    return changed;
}

Status PromotionService::applyToQuote(qint64 quoteId, qint64 promotionId, int* linesChanged) {
    if (scalar(m_db.handle(), "SELECT count(*) FROM quotes WHERE id = ?1", {quoteId}).toInt() == 0)
        return Status::failure(tr("There is no quote with id %1.").arg(quoteId));
    const std::optional<Promotion> promotion = get(promotionId);
    if (!promotion)
        return Status::failure(tr("There is no promotion with id %1.").arg(promotionId));
    bool eligible = false;
    for (const Promotion& p : applicableToQuote(quoteId))
        eligible = eligible || p.id == promotionId;
    if (!eligible)
        return Status::failure(
            tr("The promotion “%1” does not apply to this quote (its dates, currency, segment "
               "or partners-only rule exclude the quote's customer or date).")
                .arg(promotion->name));
    QuoteService quotes(m_db);
    QList<QuoteLine> lines = quotes.lines(quoteId);
    const int changed = applyToLines(*promotion, lines);
    if (changed == 0)
        return Status::failure(
            tr("None of the quote's lines is for a product of the promotion “%1”.").arg(promotion->name));
    if (Status done = quotes.setLines(quoteId, lines); !done)
        return done;
    if (linesChanged)
        *linesChanged = changed;
    return Status::success();
}

bool PromotionService::customerInSegment(qint64 segmentId, qint64 customerId) const {
    // A segment of customers holds the customer itself; a segment of contacts, any of the customer's people.
    const SegmentService segments(m_db);
    Status status;
    const Segment segment = segments.load(segmentId, &status);
    if (!status)
        return false;
    if (segment.entity == u"customer")
        return segments.contains(segmentId, customerId);
    if (segment.entity == u"contact")
        for (const QVariantMap& c :
             rows(m_db.handle(), "SELECT id FROM contacts WHERE customer_id = ?1", {customerId}))
            if (segments.contains(segmentId, c.value(QStringLiteral("id")).toLongLong()))
                return true;
    return false;
}

} // namespace rapport
