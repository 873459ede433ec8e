#pragma once

#include "sales/Configurator.h"
#include "sales/Quotes.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rapport {

class Database;

// Edits a quote: header (validity, delivery, notes), the line table (quantity, price, discount and tax typed
// in as decimals, amounts and totals recomputed on every keystroke in integer minor units), products added
// from the catalogue at the customer's price or through the configurator, a credit-limit warning, and the
// actions Save, Accept, New revision and PDF.
class QuoteDialog final : public QDialog {
    Q_OBJECT
public:
    QuoteDialog(Database& db, qint64 quoteId, QWidget* parent = nullptr);

    // Replaceable for tests: configuring a product (nullopt: cancelled), choosing the PDF file, confirming.
    std::function<std::optional<QuoteLine>(const ProductConfiguration&)> configure;
    std::function<QString()> choosePdfPath;
    std::function<bool(const QString& text)> confirm;

    qint64 quoteId() const { return m_quoteId; }
    QTableWidget* table() const { return m_table; }
    QComboBox* products() const { return m_products; }
    QComboBox* promotions() const { return m_promotions; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* creditWarning() const { return m_credit; }
    // The lines as typed; false (and the bad cell marked) when a cell does not parse.
    bool readLines(QList<QuoteLine>* lines) const;
    void addLine(const QuoteLine& line);

public slots:
    void addSelectedProduct();
    // Applies the promotion chosen among those the quote may have to the lines it covers (saved with Save);
    // how many lines it changed.
    int applySelectedPromotion();
    bool save();
    bool acceptQuote();
    bool revise();
    bool exportPdf();

signals:
    void changed();

private:
    void load();
    void updateTotals();
    void setEditable(bool editable);
    Database& m_db;
    qint64 m_quoteId;
    qint64 m_customerId = 0;
    QString m_currency;
    QLabel* m_title = nullptr;
    QLineEdit* m_validUntil = nullptr;
    QLineEdit* m_delivery = nullptr;
    QLineEdit* m_deliveryDate = nullptr;
    QLineEdit* m_notes = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_products = nullptr;
    QComboBox* m_promotions = nullptr;
    QLineEdit* m_quantity = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_credit = nullptr;
    QLabel* m_error = nullptr;
    QList<QPushButton*> m_editButtons;
    bool m_loading = false;
};

} // namespace rapport
