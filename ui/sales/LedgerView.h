#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace rapport {

class Database;
class ReferenceCombo;

// A customer's account: entries with debit, credit and running balance, the credit limit with a warning when
// the balance is above it, and CSV export.
class LedgerView final : public QWidget {
    Q_OBJECT
public:
    explicit LedgerView(Database& db, QWidget* parent = nullptr);
    void showCustomer(qint64 customerId);
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

public slots:
    void reload();

private:
    void exportCsv();
    Database& m_db;
    ReferenceCombo* m_customer = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    qint64 m_customerId = 0;
};

} // namespace rapport
