#pragma once

#include "sales/Configurator.h"
#include "sales/Quotes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rapport {

// Configures one product: a checkbox per option (options that the current choice excludes are greyed out),
// the quantity, and the price and problems recomputed on every change. OK is enabled only for a valid
// combination; line() is then the quote line it makes.
class ConfiguratorDialog final : public QDialog {
    Q_OBJECT
public:
    ConfiguratorDialog(ProductConfiguration product, QWidget* parent = nullptr);

    QCheckBox* option(const QString& code) const { return m_boxes.value(code); }
    QLineEdit* quantity() const { return m_quantity; }
    bool isValid() const { return m_result.valid && m_quantityMilli > 0; }
    const ConfigResult& result() const { return m_result; }
    QuoteLine line() const;

private:
    void update();
    ProductConfiguration m_product;
    QHash<QString, QCheckBox*> m_boxes;
    QLineEdit* m_quantity = nullptr;
    QLabel* m_price = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    ConfigResult m_result;
    qint64 m_quantityMilli = 1000;
};

} // namespace rapport
