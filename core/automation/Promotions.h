#pragma once

#include "sales/Quotes.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace rapport {

class Database;

// A discount a quote can apply: percentBp off a line (after the line's own discount) or amountMinor off each
// unit; for the products listed (none listed: every product line), between validFrom and validUntil.
struct Promotion {
    qint64 id = 0;
    QString name;
    QString code;
    int percentBp = 0;
    qint64 amountMinor = 0;
    QString currency;
    QDate validFrom;
    QDate validUntil;
    qint64 segmentId = 0;
    bool partnersOnly = false;
    QList<qint64> productIds;
    bool appliesTo(const QuoteLine& line) const;
};

// Which promotions a customer may have on a date, and applying one to a quote's lines. Eligible: active,
// the quote's currency, valid on the date, the customer in the eligible segment (when one is set), and for
// partners-only promotions the customer an active partner or the deal attributed to a partner.
class PromotionService final {
    Q_DECLARE_TR_FUNCTIONS(PromotionService)
public:
    explicit PromotionService(Database& db);

    std::optional<Promotion> get(qint64 id) const;
    QList<Promotion> applicable(qint64 customerId, QDate date,
                                const QString& currency = QStringLiteral("EUR"),
                                qint64 opportunityId = 0) const;
    // For the quote's customer, issue date, currency and opportunity.
    QList<Promotion> applicableToQuote(qint64 quoteId) const;
    // Sets the promotion on every line it applies to (replacing another promotion there); how many lines.
    static int applyToLines(const Promotion& promotion, QList<QuoteLine>& lines);
    // Checks the promotion is applicable to the quote, applies it and stores the lines and new totals.
    Status applyToQuote(qint64 quoteId, qint64 promotionId, int* linesChanged = nullptr);
    // Whether a customer is in a segment (the promotion's eligibility).
    bool customerInSegment(qint64 segmentId, qint64 customerId) const;

private:
    Database& m_db;
};

} // namespace rapport
