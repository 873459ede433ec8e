#include "sales/QuoteDialog.h"

#include "QuotePdf.h"
#include "automation/Promotions.h"
#include "entity/ChoiceLabels.h"
#include "repository/RecordStore.h"
#include "sales/ConfiguratorDialog.h"
#include "sales/Money.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

enum Column { Code, Description, Quantity, Unit, Price, Discount, Tax, Amount, PromotionColumn, ColumnCount };
constexpr int ProductRole = Qt::UserRole + 1;
// The promotion a line got, kept on its Promotion cell: id, percent (basis points), amount off per unit.
constexpr int PromotionRole = Qt::UserRole + 2;
constexpr int PromotionBpRole = Qt::UserRole + 3;
constexpr int PromotionUnitRole = Qt::UserRole + 4;

const EntityDescriptor& quoteEntity() {
    return *EntityCatalog::find(QStringLiteral("quote"));
}

} // namespace

QuoteDialog::QuoteDialog(Database& db, qint64 quoteId, QWidget* parent)
    : QDialog(parent), m_db(db), m_quoteId(quoteId) {
    setObjectName(QStringLiteral("quoteDialog"));
    resize(980, 620);
    configure = [this](const ProductConfiguration& product) -> std::optional<QuoteLine> {
        ConfiguratorDialog dialog(product, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.line();
    };
    choosePdfPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save quote as PDF"), QString(),
                                            tr("PDF files (*.pdf)"));
    };
    confirm = [this](const QString& text) {
        return QMessageBox::question(this, windowTitle(), text) == QMessageBox::Yes;
    };

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("quoteTitle"));
    auto* form = new QFormLayout;
    m_validUntil = new QLineEdit;
    m_delivery = new QLineEdit;
    m_deliveryDate = new QLineEdit;
    m_deliveryDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_notes = new QLineEdit;
    form->addRow(tr("Valid until:"), m_validUntil);
    form->addRow(tr("Delivery requirements:"), m_delivery);
    form->addRow(tr("Delivery date:"), m_deliveryDate);
    form->addRow(tr("Notes:"), m_notes);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("quoteLines"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Description"), tr("Quantity"), tr("Unit"),
                                        tr("Unit price"), tr("Discount %"), tr("Tax %"), tr("Amount"),
                                        tr("Promotion")});
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            updateTotals();
    });

    m_products = new QComboBox;
    m_products->setObjectName(QStringLiteral("productCombo"));
    m_products->setMinimumWidth(320);
    for (const Record& product : RecordStore(db).list(*EntityCatalog::find(QStringLiteral("product")),
                                                      {{QStringLiteral("active"), 1}}, 0))
        m_products->addItem(
            QStringLiteral("%1 — %2%3")
                .arg(product.text(QStringLiteral("code")), product.text(QStringLiteral("name")),
                     product.value(QStringLiteral("configurable")).toInt() ? tr(" (configurable)")
                                                                           : QString()),
            product.id);
    m_quantity = new QLineEdit(QStringLiteral("1"));
    m_quantity->setMaximumWidth(70);
    auto* add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addProductButton"));
    auto* remove = new QPushButton(tr("Remove line"));
    connect(add, &QPushButton::clicked, this, &QuoteDialog::addSelectedProduct);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            updateTotals();
        }
    });
    auto* adder = new QHBoxLayout;
    adder->addWidget(new QLabel(tr("Product:")));
    adder->addWidget(m_products, 1);
    adder->addWidget(new QLabel(tr("Qty:")));
    adder->addWidget(m_quantity);
    adder->addWidget(add);
    adder->addWidget(remove);
    m_editButtons << add << remove;

    m_promotions = new QComboBox;
    m_promotions->setObjectName(QStringLiteral("promotionCombo"));
    m_promotions->setMinimumWidth(320);
    auto* applyPromotion = new QPushButton(tr("Apply to matching lines"));
    applyPromotion->setObjectName(QStringLiteral("applyPromotionButton"));
    connect(applyPromotion, &QPushButton::clicked, this, &QuoteDialog::applySelectedPromotion);
    auto* promotionRow = new QHBoxLayout;
    promotionRow->addWidget(new QLabel(tr("Promotion:")));
    promotionRow->addWidget(m_promotions, 1);
    promotionRow->addWidget(applyPromotion);
    m_editButtons << applyPromotion;

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setAlignment(Qt::AlignRight);
    m_credit = new QLabel;
    m_credit->setObjectName(QStringLiteral("creditWarning"));
    m_credit->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_credit->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("quoteError"));
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto* buttons = new QDialogButtonBox;
    auto* saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveQuoteButton"));
    auto* acceptButton = buttons->addButton(tr("Accept quote…"), QDialogButtonBox::ActionRole);
    acceptButton->setObjectName(QStringLiteral("acceptQuoteButton"));
    auto* reviseButton = buttons->addButton(tr("New revision"), QDialogButtonBox::ActionRole);
    auto* pdfButton = buttons->addButton(tr("PDF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(saveButton, &QPushButton::clicked, this, &QuoteDialog::save);
    connect(acceptButton, &QPushButton::clicked, this, &QuoteDialog::acceptQuote);
    connect(reviseButton, &QPushButton::clicked, this, &QuoteDialog::revise);
    connect(pdfButton, &QPushButton::clicked, this, &QuoteDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_editButtons << saveButton << acceptButton;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(adder);
    layout->addLayout(promotionRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_credit);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

void QuoteDialog::load() {
    const std::optional<Record> quote = RecordStore(m_db).get(quoteEntity(), m_quoteId);
    if (!quote)
        return;
    m_customerId = quote->value(QStringLiteral("customer_id")).toLongLong();
    m_currency = quote->text(QStringLiteral("currency"));
    const QString status = quote->text(QStringLiteral("status"));
    setWindowTitle(tr("Quote %1").arg(quote->text(QStringLiteral("number"))));
    m_title->setText(
        tr("<h3>%1 rev. %2 — %3</h3>Status: <b>%4</b>")
            .arg(quote->text(QStringLiteral("number")))
            .arg(quote->value(QStringLiteral("revision")).toInt())
            .arg(RecordStore(m_db).displayName(EntityCatalog::customer(), m_customerId).toHtmlEscaped(),
                 choiceLabel(status).toHtmlEscaped()));
    m_validUntil->setText(quote->text(QStringLiteral("valid_until")));
    m_delivery->setText(quote->text(QStringLiteral("delivery_terms")));
    m_deliveryDate->setText(quote->text(QStringLiteral("delivery_date")));
    m_notes->setText(quote->text(QStringLiteral("notes")));
    m_loading = true;
    m_table->setRowCount(0);
    for (const QuoteLine& line : QuoteService(m_db).lines(m_quoteId))
        addLine(line);
    m_loading = false;
    m_promotions->clear();
    for (const Promotion& p : PromotionService(m_db).applicableToQuote(m_quoteId))
        m_promotions->addItem(
            tr("%1 (%2)").arg(
                p.name, p.percentBp ? money::formatRate(p.percentBp)
                                    : tr("%1 off per unit").arg(money::format(p.amountMinor, p.currency))),
            p.id);
    if (m_promotions->count() == 0)
        m_promotions->addItem(tr("None applies to this customer and date"));
    setEditable(status == u"draft" || status == u"sent");
    updateTotals();
}

void QuoteDialog::setEditable(bool editable) {
    for (QPushButton* button : std::as_const(m_editButtons))
        button->setEnabled(editable);
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
}

void QuoteDialog::addLine(const QuoteLine& line) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto set = [this, row](int column, const QString& text, bool right = false) {
        auto* item = new QTableWidgetItem(text);
        if (right)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
        return item;
    };
    set(Code, line.code)->setData(ProductRole, line.productId);
    set(Description, line.description);
    set(Quantity, money::formatQuantity(line.quantityMilli), true);
    set(Unit, line.unit);
    set(Price, money::formatPlain(line.unitPriceMinor), true);
    set(Discount, money::formatRate(line.discountBp).remove(QStringLiteral(" %")), true);
    set(Tax, money::formatRate(line.taxRateBp).remove(QStringLiteral(" %")), true);
    QTableWidgetItem* amount = set(Amount, money::formatPlain(line.netMinor()), true);
    amount->setFlags(amount->flags() & ~Qt::ItemIsEditable);
    QTableWidgetItem* promotion = set(PromotionColumn, QString());
    promotion->setFlags(promotion->flags() & ~Qt::ItemIsEditable);
    promotion->setData(PromotionRole, line.promotionId);
    promotion->setData(PromotionBpRole, line.promotionBp);
    promotion->setData(PromotionUnitRole, line.promotionUnitMinor);
    m_loading = wasLoading;
    if (!m_loading)
        updateTotals();
}

bool QuoteDialog::readLines(QList<QuoteLine>* lines) const {
    bool ok = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text() : QString();
        };
        QuoteLine line;
        line.productId =
            m_table->item(row, Code) ? m_table->item(row, Code)->data(ProductRole).toLongLong() : 0;
        if (const QTableWidgetItem* promotion = m_table->item(row, PromotionColumn)) {
            line.promotionId = promotion->data(PromotionRole).toLongLong();
            line.promotionBp = promotion->data(PromotionBpRole).toInt();
            line.promotionUnitMinor = promotion->data(PromotionUnitRole).toLongLong();
        }
        line.code = text(Code);
        line.description = text(Description);
        line.unit = text(Unit);
        const bool good[] = {money::parseQuantity(text(Quantity), &line.quantityMilli),
                             money::parse(text(Price), &line.unitPriceMinor) && line.unitPriceMinor >= 0,
                             money::parseRate(text(Discount), &line.discountBp),
                             money::parseRate(text(Tax), &line.taxRateBp)};
        const int columns[] = {Quantity, Price, Discount, Tax};
        for (int i = 0; i < 4; ++i) {
            if (QTableWidgetItem* item = m_table->item(row, columns[i]))
                item->setBackground(good[i] ? QBrush() : QBrush(QColor(0xff, 0xcd, 0xd2)));
            ok = ok && good[i];
        }
        if (QTableWidgetItem* amount = m_table->item(row, Amount))
            amount->setText(good[0] && good[1] && good[2] ? money::formatPlain(line.netMinor())
                                                          : QStringLiteral("—"));
        if (QTableWidgetItem* promotion = m_table->item(row, PromotionColumn))
            promotion->setText(line.promotionId && good[0] && good[1] && good[2]
                                   ? tr("−%1").arg(money::formatPlain(line.promotionMinor()))
                                   : QString());
        lines->append(line);
    }
    return ok;
}

void QuoteDialog::updateTotals() {
    const QSignalBlocker blocker(m_table);
    QList<QuoteLine> lines;
    if (!readLines(&lines)) {
        m_totals->setText(tr("Correct the marked cells."));
        return;
    }
    const QuoteTotals totals = QuoteTotals::of(lines);
    QStringList text{tr("Net %1").arg(money::format(totals.netMinor, m_currency))};
    for (const TaxBand& band : totals.bands)
        text << tr("tax %1: %2").arg(money::formatRate(band.rateBp), money::formatPlain(band.taxMinor));
    m_totals->setText(text.join(QStringLiteral(" · ")) +
                      tr("   <b>Total %1</b>").arg(money::format(totals.totalMinor, m_currency)));
    const CreditCheck check = QuoteService(m_db).creditCheck(m_customerId, totals.totalMinor);
    m_credit->setText(
        check.exceeds ? tr("Warning: with this quote the customer's balance would be %1, above the credit "
                           "limit of %2.")
                            .arg(money::format(check.afterMinor, m_currency),
                                 money::format(check.limitMinor, m_currency))
                      : QString());
}

void QuoteDialog::addSelectedProduct() {
    const qint64 productId = m_products->currentData().toLongLong();
    qint64 quantity = 0;
    if (!productId || !money::parseQuantity(m_quantity->text(), &quantity) || quantity <= 0) {
        m_error->setText(tr("Choose a product and a quantity above zero."));
        return;
    }
    m_error->clear();
    const ProductConfiguration configuration = Configurator::load(m_db, productId);
    if (!configuration.options.isEmpty() || !configuration.rules.isEmpty()) {
        const std::optional<QuoteLine> line = configure(configuration);
        if (line)
            addLine(*line);
        return;
    }
    if (const std::optional<QuoteLine> line =
            QuoteService(m_db).productLine(productId, m_customerId, quantity))
        addLine(*line);
}

int QuoteDialog::applySelectedPromotion() {
    const qint64 promotionId = m_promotions->currentData().toLongLong();
    const std::optional<Promotion> promotion =
        promotionId ? PromotionService(m_db).get(promotionId) : std::nullopt;
    QList<QuoteLine> lines;
    if (!promotion || !readLines(&lines)) {
        m_error->setText(promotion ? tr("Some cells are not numbers; correct the marked cells.")
                                   : tr("No promotion applies to this quote."));
        return 0;
    }
    const int changed = PromotionService::applyToLines(*promotion, lines);
    if (changed == 0) {
        m_error->setText(tr("None of the lines is for a product of “%1”.").arg(promotion->name));
        return 0;
    }
    m_error->clear();
    m_loading = true;
    m_table->setRowCount(0);
    for (const QuoteLine& line : std::as_const(lines))
        addLine(line);
    m_loading = false;
    updateTotals();
    return changed;
}

bool QuoteDialog::save() {
    QList<QuoteLine> lines;
    if (!readLines(&lines)) {
        m_error->setText(tr("Some cells are not numbers; correct the marked cells."));
        return false;
    }
    const WriteResult header =
        RecordStore(m_db).update(quoteEntity(), m_quoteId,
                                 {{QStringLiteral("valid_until"), m_validUntil->text()},
                                  {QStringLiteral("delivery_terms"), m_delivery->text()},
                                  {QStringLiteral("delivery_date"), m_deliveryDate->text()},
                                  {QStringLiteral("notes"), m_notes->text()}});
    if (!header.ok()) {
        m_error->setText(header.message());
        return false;
    }
    if (const Status done = QuoteService(m_db).setLines(m_quoteId, lines); !done) {
        m_error->setText(done.message());
        return false;
    }
    m_error->clear();
    emit changed();
    return true;
}

bool QuoteDialog::acceptQuote() {
    if (!save())
        return false;
    if (!confirm(
            tr("Accept this quote? The opportunity is marked won and the total is debited to the customer's "
               "account.")))
        return false;
    if (const Status done = QuoteService(m_db).accept(m_quoteId); !done) {
        m_error->setText(done.message());
        return false;
    }
    load();
    emit changed();
    return true;
}

bool QuoteDialog::revise() {
    const WriteResult done = QuoteService(m_db).revise(m_quoteId);
    if (!done.ok()) {
        m_error->setText(done.message());
        return false;
    }
    m_quoteId = done.id;
    load();
    emit changed();
    return true;
}

bool QuoteDialog::exportPdf() {
    const QString path = choosePdfPath();
    if (path.isEmpty())
        return false;
    if (const Status done = QuotePdf::write(QuoteService(m_db).document(m_quoteId), path); !done) {
        m_error->setText(done.message());
        return false;
    }
    return true;
}

} // namespace rapport
