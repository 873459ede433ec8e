#include "automation/PartnerView.h"

#include "automation/Partners.h"
#include "sales/Money.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString amounts(const QMap<QString, qint64>& byCurrency) {
    QStringList parts;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        parts << money::formatLocalized(it.value(), QLocale()) + QLatin1Char(' ') + it.key();
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

} // namespace

PartnerView::PartnerView(Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    setObjectName(QStringLiteral("partnerView"));
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("partnerHeading"));
    m_details = new QLabel;
    m_details->setWordWrap(true);
    m_revenue = new QLabel;
    m_revenue->setObjectName(QStringLiteral("partnerRevenue"));
    m_revenue->setWordWrap(true);
    m_pipeline = new QTableWidget(0, 4);
    m_pipeline->setObjectName(QStringLiteral("partnerPipeline"));
    m_pipeline->setHorizontalHeaderLabels({tr("Pipeline"), tr("Stage"), tr("Open deals"), tr("Amount")});
    m_pipeline->verticalHeader()->hide();
    m_pipeline->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pipeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(new QLabel(tr("<b>Open pipeline by stage</b>")));
    layout->addWidget(m_pipeline, 1);
    layout->addWidget(m_revenue);
    showPartner(0);
}

void PartnerView::showPartner(qint64 partnerId) {
    m_partnerId = partnerId;
    const std::optional<PartnerSummary> s =
        partnerId ? PartnerService(m_db).summary(partnerId) : std::nullopt;
    m_pipeline->setRowCount(0);
    if (!s) {
        m_heading->setText(tr("<h3>Choose a partner</h3>"));
        m_details->clear();
        m_revenue->clear();
        return;
    }
    const QLocale locale;
    m_heading->setText(
        tr("<h3>%1</h3>%2%3%4")
            .arg(s->name.toHtmlEscaped(), s->kind == u"referrer" ? tr("Referrer") : tr("Reseller"),
                 s->level.isEmpty() ? QString() : QStringLiteral(" · ") + s->level.toHtmlEscaped(),
                 s->active ? QString() : tr(" · inactive")));
    m_details->setText(
        tr("People: %1<br>Leads: %2 (%3 open) · Opportunities: %4 open, %5 won, %6 lost")
            .arg(s->contacts.isEmpty() ? tr("none") : s->contacts.join(QStringLiteral(", ")).toHtmlEscaped())
            .arg(locale.toString(s->leads), locale.toString(s->openLeads),
                 locale.toString(s->openOpportunities), locale.toString(s->wonOpportunities),
                 locale.toString(s->lostOpportunities)));
    for (const PartnerStage& stage : s->pipeline) {
        const int row = m_pipeline->rowCount();
        m_pipeline->insertRow(row);
        m_pipeline->setItem(row, 0, new QTableWidgetItem(stage.pipeline));
        m_pipeline->setItem(row, 1, new QTableWidgetItem(stage.stage));
        auto* count = new QTableWidgetItem(locale.toString(stage.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_pipeline->setItem(row, 2, count);
        auto* amount = new QTableWidgetItem(amounts(stage.amountMinor));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_pipeline->setItem(row, 3, amount);
    }
    m_revenue->setText(
        tr("<b>Won revenue:</b> %1<br><b>Commission at %2:</b> %3")
            .arg(amounts(s->wonMinor), money::formatRate(s->commissionBp), amounts(s->commissionMinor)));
}

} // namespace rapport
