#include "marketing/CampaignsPage.h"

#include "ChoiceText.h"
#include "RecordActions.h"
#include "marketing/CampaignStatistics.h"
#include "marketing/CampaignView.h"
#include "sales/Money.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

const EntityDescriptor& campaignEntity() {
    return *EntityCatalog::find(QStringLiteral("campaign"));
}

QString percent(qint64 bp) {
    return QLocale().toString(static_cast<double>(bp) / 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

CampaignsPage::CampaignsPage(Database& db, RecordActions* actions, const Prompts* prompts, QWidget* parent)
    : QWidget(parent), m_db(db), m_actions(actions) {
    setObjectName(QStringLiteral("campaignsPage"));
    m_table = new QTableWidget(0, 11);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setHorizontalHeaderLabels({tr("Campaign"), tr("Channel"), tr("Status"), tr("Audience"),
                                        tr("Sent"), tr("Responses"), tr("Response rate"), tr("Conversions"),
                                        tr("Cost"), tr("Revenue"), tr("ROI")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* newButton = new QPushButton(tr("New campaign…"));
    newButton->setObjectName(QStringLiteral("newCampaign"));
    auto* editButton = new QPushButton(tr("Edit…"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Campaigns compared")));
    bar->addStretch();
    bar->addWidget(newButton);
    bar->addWidget(editButton);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table);

    m_view = new CampaignView(db, prompts);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_view);
    split->setStretchFactor(1, 2);
    split->setSizes({220, 560});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(newButton, &QPushButton::clicked, this, [this] { m_actions->addRecord(campaignEntity()); });
    connect(editButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCampaign())
            m_actions->editRecord(campaignEntity(), id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_view->showCampaign(selectedCampaign()); });
    connect(m_view, &CampaignView::changed, this, &CampaignsPage::refresh);
}

qint64 CampaignsPage::selectedCampaign() const {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void CampaignsPage::selectCampaign(qint64 id) {
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(r);
            return;
        }
    }
}

void CampaignsPage::refresh() {
    const qint64 selected = selectedCampaign();
    const QList<CampaignStats> all = CampaignStatistics(m_db).compare({});
    const QLocale locale;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(static_cast<int>(all.size()));
        for (int r = 0; r < all.size(); ++r) {
            const CampaignStats& s = all.at(r);
            const QStringList cells{s.name,
                                    choiceText(s.channel),
                                    choiceText(s.status),
                                    locale.toString(s.audience),
                                    locale.toString(s.sent),
                                    locale.toString(s.responses),
                                    percent(s.responseRateBp),
                                    locale.toString(s.conversions),
                                    money::formatLocalized(s.costMinor, locale),
                                    money::formatLocalized(s.revenueMinor, locale),
                                    s.roiKnown ? percent(s.roiBp) : QStringLiteral("–")};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, s.campaignId);
                if (c >= 3)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(r, c, item);
            }
        }
        m_table->resizeColumnsToContents();
    }
    if (selected)
        selectCampaign(selected);
    if (!selectedCampaign() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_view->showCampaign(selectedCampaign());
}

} // namespace rapport
