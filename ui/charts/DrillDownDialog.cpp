#include "DrillDownDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

DrillDownDialog::DrillDownDialog(const QString& title, const analytics::DrillDownResult& result,
                                 QWidget* parent)
    : QDialog(parent), m_result(result) {
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    const analytics::ReportTable& table = result.table;
    auto* model = new QStandardItemModel(this);
    QStringList headers;
    for (const analytics::ReportColumn& column : table.columns)
        headers << column.title;
    model->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (int r = 0; r < table.rows.size(); ++r) {
        QList<QStandardItem*> items;
        for (int c = 0; c < table.columns.size(); ++c) {
            auto* item = new QStandardItem(table.displayText(r, c, locale));
            if (table.columns.at(c).kind != analytics::ReportColumn::Kind::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        model->appendRow(items);
    }
    m_view = new QTableView;
    m_view->setModel(model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    auto* count = new QLabel(result.total > table.rows.size()
                                 ? tr("The first %1 of %2 records.").arg(table.rows.size()).arg(result.total)
                                 : tr("%n records.", nullptr, int(result.total)));
    count->setObjectName(QStringLiteral("recordCount"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* open = buttons->addButton(tr("Open"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openButton"));
    open->setEnabled(result.entity != u"campaign_members" && !table.rows.isEmpty());
    connect(open, &QPushButton::clicked, this, &DrillDownDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &DrillDownDialog::openCurrent);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    resize(760, 420);
}

void DrillDownDialog::openCurrent() {
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    if (m_result.entity == u"campaign_members" || row >= m_result.table.rows.size())
        return;
    emit openRecordRequested(m_result.entity, m_result.table.rows.at(row).value(0).toLongLong());
}

} // namespace rapport
