#include "sales/ConfiguratorDialog.h"

#include "sales/Money.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

ConfiguratorDialog::ConfiguratorDialog(ProductConfiguration product, QWidget* parent)
    : QDialog(parent), m_product(std::move(product)) {
    setObjectName(QStringLiteral("configuratorDialog"));
    setWindowTitle(tr("Configure %1").arg(m_product.name));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        QStringLiteral("<b>%1</b> %2 — %3")
            .arg(m_product.code.toHtmlEscaped(), m_product.name.toHtmlEscaped(),
                 tr("base price %1").arg(money::format(m_product.basePriceMinor, m_product.currency)))));
    QMap<QString, QList<ProductOption>> groups;
    for (const ProductOption& option : m_product.options)
        groups[option.group].append(option);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        auto* box = new QGroupBox(it.key().isEmpty() ? tr("Options") : tr("%1 (choose one)").arg(it.key()));
        auto* boxLayout = new QVBoxLayout(box);
        for (const ProductOption& option : it.value()) {
            auto* check = new QCheckBox(
                QStringLiteral("%1  (+%2)").arg(option.name, money::formatPlain(option.priceMinor)));
            check->setObjectName(QStringLiteral("option_") + option.code);
            connect(check, &QCheckBox::toggled, this, &ConfiguratorDialog::update);
            boxLayout->addWidget(check);
            m_boxes.insert(option.code, check);
        }
        layout->addWidget(box);
    }
    auto* form = new QFormLayout;
    m_quantity = new QLineEdit(QStringLiteral("1"));
    m_quantity->setObjectName(QStringLiteral("quantityEdit"));
    connect(m_quantity, &QLineEdit::textChanged, this, &ConfiguratorDialog::update);
    form->addRow(tr("Quantity (%1):").arg(m_product.unit), m_quantity);
    m_price = new QLabel;
    m_price->setObjectName(QStringLiteral("priceLabel"));
    form->addRow(tr("Price:"), m_price);
    layout->addLayout(form);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    update();
}

void ConfiguratorDialog::update() {
    QSet<QString> selected;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->isChecked())
            selected.insert(it.key());
    qint64 quantity = 0;
    if (!money::parseQuantity(m_quantity->text(), &quantity))
        quantity = 0;
    m_quantityMilli = quantity;
    m_result = Configurator::evaluate(m_product, selected, std::max<qint64>(quantity, 1));
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setEnabled(it.value()->isChecked() || !m_result.unavailable.contains(it.key()));
    const QuoteLine priced = line();
    m_price->setText(
        tr("%1 per %2%3, line %4")
            .arg(money::format(m_result.unitPriceMinor, m_product.currency), m_product.unit,
                 m_result.discountBp ? tr(" less %1").arg(money::formatRate(m_result.discountBp)) : QString(),
                 money::format(priced.netMinor(), m_product.currency)));
    QStringList problems = m_result.problems;
    if (quantity <= 0)
        problems << tr("Enter a quantity above zero.");
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

QuoteLine ConfiguratorDialog::line() const {
    QuoteLine line;
    line.productId = m_product.productId;
    line.code = m_product.code;
    line.description = m_result.description;
    line.unit = m_product.unit;
    line.quantityMilli = m_quantityMilli;
    line.unitPriceMinor = m_result.unitPriceMinor;
    line.discountBp = m_result.discountBp;
    line.taxRateBp = m_product.taxRateBp;
    return line;
}

} // namespace rapport
