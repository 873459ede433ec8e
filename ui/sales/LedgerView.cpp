#include "sales/LedgerView.h"

#include "dialogs/ReferenceCombo.h"
#include "entity/ChoiceLabels.h"
#include "entity/EntityDescriptor.h"
#include "sales/Ledger.h"
#include "sales/Money.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

LedgerView::LedgerView(Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    setObjectName(QStringLiteral("ledgerView"));
    FieldDescriptor field;
    field.name = QStringLiteral("customer_id");
    field.label = QT_TRANSLATE_NOOP("Field", "Customer");
    field.type = FieldType::Reference;
    field.reference = QStringLiteral("customer");
    m_customer = new ReferenceCombo(db, field);
    auto* csv = new QPushButton(tr("Export CSV…"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Customer:")));
    bar->addWidget(m_customer, 1);
    bar->addWidget(csv);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("ledgerSummary"));
    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Description"), tr("Debit"), tr("Credit"), tr("Balance")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_customer, &ReferenceCombo::currentIndexChanged, this, [this] {
        m_customerId = m_customer->id();
        reload();
    });
    connect(csv, &QPushButton::clicked, this, &LedgerView::exportCsv);
}

void LedgerView::showCustomer(qint64 customerId) {
    m_customerId = customerId;
    m_customer->setId(customerId);
    reload();
}

void LedgerView::reload() {
    m_table->setRowCount(0);
    if (!m_customerId) {
        m_summary->setText(tr("Choose a customer to see their account."));
        return;
    }
    const LedgerStatement statement = Ledger(m_db).statement(m_customerId);
    const QLocale locale;
    for (const LedgerLine& line : statement.lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{locale.toString(line.date, QLocale::ShortFormat),
                                choiceLabel(line.kind),
                                line.description,
                                line.debitMinor ? money::formatPlain(line.debitMinor) : QString(),
                                line.creditMinor ? money::formatPlain(line.creditMinor) : QString(),
                                money::formatPlain(line.balanceMinor)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 5 && statement.creditLimitMinor >= 0 && line.balanceMinor > statement.creditLimitMinor)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_table->setItem(row, c, item);
        }
    }
    QString text = tr("Balance: <b>%1</b>").arg(money::format(statement.balanceMinor, statement.currency));
    if (statement.creditLimitMinor >= 0)
        text += tr(" · credit limit %1").arg(money::format(statement.creditLimitMinor, statement.currency));
    if (statement.overLimit())
        text += tr(" · <b style='color:#b71c1c'>over the credit limit</b>");
    m_summary->setText(text);
}

void LedgerView::exportCsv() {
    if (!m_customerId)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export account"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(Ledger::toCsv(Ledger(m_db).statement(m_customerId)).toUtf8());
        file.commit();
    }
}

} // namespace rapport
