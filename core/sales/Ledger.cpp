#include "sales/Ledger.h"

#include "sales/Money.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"

namespace rapport {

using sales::exec;
using sales::row;
using sales::rows;
using sales::scalar;

Ledger::Ledger(Database& db) : m_db(db) {}

LedgerStatement Ledger::statement(qint64 customerId) const {
    LedgerStatement result;
    result.customerId = customerId;
    result.customerName =
        scalar(m_db.handle(), "SELECT name FROM customers WHERE id = ?1", {customerId}).toString();
    const QVariantMap account = row(
        m_db.handle(), "SELECT credit_limit_minor, currency FROM customer_accounts WHERE customer_id = ?1",
        {customerId});
    if (!account.isEmpty()) {
        result.currency = account.value(QStringLiteral("currency")).toString();
        if (!account.value(QStringLiteral("credit_limit_minor")).isNull())
            result.creditLimitMinor = account.value(QStringLiteral("credit_limit_minor")).toLongLong();
    }
    qint64 running = 0;
    for (const QVariantMap& e :
         rows(m_db.handle(), "SELECT * FROM ledger_entries WHERE customer_id = ?1 ORDER BY entry_date, id",
              {customerId})) {
        LedgerLine line;
        line.id = e.value(QStringLiteral("id")).toLongLong();
        line.date = QDate::fromString(e.value(QStringLiteral("entry_date")).toString(), Qt::ISODate);
        line.kind = e.value(QStringLiteral("kind")).toString();
        line.description = e.value(QStringLiteral("description")).toString();
        line.reference = e.value(QStringLiteral("reference")).toString();
        line.debitMinor = e.value(QStringLiteral("debit_minor")).toLongLong();
        line.creditMinor = e.value(QStringLiteral("credit_minor")).toLongLong();
        line.currency = e.value(QStringLiteral("currency")).toString();
        running += line.debitMinor - line.creditMinor;
        line.balanceMinor = running;
        result.lines << line;
    }
    result.balanceMinor = running;
    return result;
}

qint64 Ledger::balance(qint64 customerId) const {
    return scalar(m_db.handle(),
                  "SELECT coalesce(sum(debit_minor) - sum(credit_minor), 0) FROM ledger_entries WHERE "
                  "customer_id = ?1",
                  {customerId})
        .toLongLong();
}

Status Ledger::post(qint64 customerId, const QDate& date, const QString& kind, const QString& description,
                    qint64 debitMinor, qint64 creditMinor, const QString& currency, qint64 quoteId,
                    const QString& reference) {
    if (debitMinor < 0 || creditMinor < 0 || (debitMinor > 0) == (creditMinor > 0))
        return Status::failure(tr("A ledger entry is either a debit or a credit, and more than zero."));
    if (!scalar(m_db.handle(), "SELECT 1 FROM customers WHERE id = ?1", {customerId}).isValid())
        return Status::failure(tr("There is no customer with id %1.").arg(customerId));
    const QString now = sales::nowUtc();
    return exec(m_db.handle(),
                "INSERT INTO ledger_entries (id, customer_id, entry_date, kind, description, debit_minor, "
                "credit_minor, currency, quote_id, reference, created_at, updated_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                {m_db.ids().next(), customerId, date.toString(Qt::ISODate), kind, description, debitMinor,
                 creditMinor, currency, quoteId ? QVariant(quoteId) : QVariant(),
                 reference.isEmpty() ? QVariant() : QVariant(reference), now});
}

Status Ledger::setCreditLimit(qint64 customerId, qint64 limitMinor, const QString& currency) {
    const QString now = sales::nowUtc();
    return exec(
        m_db.handle(),
        "INSERT INTO customer_accounts (id, customer_id, credit_limit_minor, currency, created_at, "
        "updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (customer_id) DO UPDATE SET "
        "credit_limit_minor = excluded.credit_limit_minor, currency = excluded.currency, "
        "updated_at = excluded.updated_at",
        {m_db.ids().next(), customerId, limitMinor < 0 ? QVariant() : QVariant(limitMinor), currency, now});
}

QString Ledger::toCsv(const LedgerStatement& statement) {
    auto quote = [](QString text) {
        if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) ||
            text.contains(QLatin1Char('\n'))) {
            text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            text = QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text;
    };
    auto plain = [](qint64 minor) {
        return money::formatPlain(minor).remove(QLatin1Char(','));
    };
    QString csv = QStringLiteral("date;kind;description;reference;debit;credit;balance\r\n");
    for (const LedgerLine& line : statement.lines)
        csv += QStringList{line.date.toString(Qt::ISODate), line.kind,
                           quote(line.description),         quote(line.reference),
                           plain(line.debitMinor),          plain(line.creditMinor),
                           plain(line.balanceMinor)}
                   .join(QLatin1Char(';')) +
               QStringLiteral("\r\n");
    return csv;
}

} // namespace rapport
