#pragma once

#include "repository/RecordStore.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace rapport {

class Database;

struct QuoteLine {
    qint64 productId = 0;
    QString code;
    QString description;
    QString unit;
    qint64 quantityMilli = 1000;
    qint64 unitPriceMinor = 0;
    int discountBp = 0;
    int taxRateBp = 0;
    // A promotion applied to the line (core/automation/Promotions): its id and its discount as applied.
    qint64 promotionId = 0;
    int promotionBp = 0;
    qint64 promotionUnitMinor = 0;
    qint64 netMinor() const;
    // What the promotion takes off this line (the net without it minus the net with it).
    qint64 promotionMinor() const;
};

struct TaxBand {
    int rateBp = 0;
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
};

// Tax is computed per rate on the sum of that rate's line nets and rounded once (half away from zero), as on
// an invoice's tax summary; each line's net is rounded once too.
struct QuoteTotals {
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    QList<TaxBand> bands; // by rate, ascending
    static QuoteTotals of(const QList<QuoteLine>& lines);
};

// Everything the quote PDF shows, as plain data; the renderer (rapport-print) only lays it out.
struct QuoteDocument {
    QString number;
    int revision = 1;
    QString status;
    QDate issueDate;
    QDate validUntil;
    QString deliveryTerms;
    QDate deliveryDate;
    QString currency;
    QStringList sellerLines;   // letterhead: name first, then address, contact details, tax id
    QByteArray logo;           // the letterhead's logo image (PNG, JPEG, ...), or empty
    QStringList customerLines; // address block: name first
    QString contactName;
    QString terms;
    QString notes;
    QList<QuoteLine> lines;
    QuoteTotals totals;
};

struct CreditCheck {
    qint64 balanceMinor = 0;
    qint64 limitMinor = -1; // -1: no limit
    qint64 afterMinor = 0;
    bool exceeds = false;
};

// Quotes: numbered Q-YEAR-NNNN with a sequence per year, revisions as new rows (the old one marked revised),
// lines priced from the catalogue and the customer's price list, totals kept on the quote. Accepting a quote
// wins its opportunity and posts a debit to the customer's account.
class QuoteService final {
    Q_DECLARE_TR_FUNCTIONS(QuoteService)
public:
    explicit QuoteService(Database& db);

    WriteResult create(qint64 customerId, qint64 opportunityId = 0, qint64 contactId = 0,
                       QDate issueDate = {});
    QList<QuoteLine> lines(qint64 quoteId) const;
    // Replaces the lines of a draft (or sent) quote and stores the new totals.
    Status setLines(qint64 quoteId, const QList<QuoteLine>& lines);
    // A line for a product at the customer's price (their price list, else the catalogue).
    std::optional<QuoteLine> productLine(qint64 productId, qint64 customerId,
                                         qint64 quantityMilli = 1000) const;
    // A new revision (same number, revision + 1, same lines); the old one becomes "revised".
    WriteResult revise(qint64 quoteId);
    Status setStatus(qint64 quoteId, const QString& status);
    Status accept(qint64 quoteId);
    QuoteDocument document(qint64 quoteId) const;
    CreditCheck creditCheck(qint64 customerId, qint64 additionalMinor) const;

private:
    Database& m_db;
};

} // namespace rapport
