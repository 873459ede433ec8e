#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace rapport {

class Database;

struct LedgerLine {
    qint64 id = 0;
    QDate date;
    QString kind;
    QString description;
    QString reference;
    qint64 debitMinor = 0;
    qint64 creditMinor = 0;
    qint64 balanceMinor = 0; // running: debits minus credits so far
    QString currency;
};

struct LedgerStatement {
    qint64 customerId = 0;
    QString customerName;
    QString currency = QStringLiteral("EUR");
    qint64 creditLimitMinor = -1; // -1: none
    QList<LedgerLine> lines;      // oldest first
    qint64 balanceMinor = 0;
    bool overLimit() const { return creditLimitMinor >= 0 && balanceMinor > creditLimitMinor; }
};

// A customer's account: debits (accepted quotes, invoices), credits (payments, credit notes), the running
// balance and the credit limit.
class Ledger final {
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    explicit Ledger(Database& db);

    LedgerStatement statement(qint64 customerId) const;
    qint64 balance(qint64 customerId) const;
    // Posts one entry: a positive debit or credit (exactly one of them).
    Status post(qint64 customerId, const QDate& date, const QString& kind, const QString& description,
                qint64 debitMinor, qint64 creditMinor, const QString& currency = QStringLiteral("EUR"),
                qint64 quoteId = 0, const QString& reference = {});
    Status setCreditLimit(qint64 customerId, qint64 limitMinor,
                          const QString& currency = QStringLiteral("EUR"));
    // date;kind;description;reference;debit;credit;balance with a header row (amounts as 1234.56).
    static QString toCsv(const LedgerStatement& statement);

private:
    Database& m_db;
};

} // namespace rapport
