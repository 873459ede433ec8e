#include "AnalyticsPage.h"

#include "BackgroundQuery.h"
#include "ChartCard.h"
#include "DashboardCharts.h"
#include "DashboardPdf.h"
#include "DrillDownDialog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport {

using namespace analytics;

AnalyticsPage::AnalyticsPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    setObjectName(QStringLiteral("analyticsPage"));
    m_query = new BackgroundQuery(this);
    m_drill = new BackgroundQuery(this);

    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setSpecialValueText(tr("any"));
    m_from->setMinimumDate(QDate(1990, 1, 1));
    m_from->setDate(m_from->minimumDate());
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setSpecialValueText(tr("today"));
    m_to->setMinimumDate(QDate(1990, 1, 1));
    m_to->setDate(m_to->minimumDate());
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->addItem(tr("Everyone"), 0);
    m_segment = new QComboBox;
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->addItem(tr("All industries"), QString());
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_pdf = new QPushButton(tr("PDF Report…"));
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setMinimumWidth(150);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From")));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Owner")));
    bar->addWidget(m_owner);
    bar->addWidget(new QLabel(tr("Segment")));
    bar->addWidget(m_segment);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_progress);
    bar->addWidget(m_status);
    bar->addWidget(m_pdf);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("dashboards"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(dashboardTab({addCard("funnel", tr("Pipeline by stage")),
                                 addCard("revenue", tr("Won revenue by month, beside a year earlier")),
                                 addCard("winByOwner", tr("Win rate by sales rep")),
                                 addCard("winBySource", tr("Win rate by source")),
                                 addCard("salesCycle", tr("Sales cycle (days)")),
                                 addCard("quota", tr("Quota attainment"))}),
                   tr("Sales"));
    m_tabs->addTab(dashboardTab({addCard("revenueForecast", tr("Revenue forecast (12 months, 95 % band)")),
                                 addCard("pipelineForecast", tr("Weighted pipeline by expected close"))}),
                   tr("Forecast"));
    m_tabs->addTab(dashboardTab({addCard("rfm", tr("Customer segments by recency, frequency, value")),
                                 addCard("topCustomers", tr("Top customers")),
                                 addCard("lifetimeValue", tr("Customer lifetime value")),
                                 addCard("customerFlow", tr("New and lost customers")),
                                 addCard("churn", tr("Customers at risk of leaving"))}),
                   tr("Customers"));
    m_tabs->addTab(dashboardTab({addCard("campaigns", tr("Campaign response and conversion")),
                                 addCard("sources", tr("Lead-source funnel")),
                                 addCard("converters", tr("Who answered the last campaign and converted"))}),
                   tr("Marketing"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &AnalyticsPage::refresh);
    connect(m_pdf, &QPushButton::clicked, this, &AnalyticsPage::exportPdf);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &AnalyticsPage::refresh);
    for (QComboBox* box : {m_owner, m_segment})
        connect(box, &QComboBox::activated, this, &AnalyticsPage::refresh);
    connect(m_query, &BackgroundQuery::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_query, &BackgroundQuery::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        if (busy) {
            m_progress->setRange(0, 0);
            m_status->setText(tr("Computing…"));
        }
    });
}

AnalyticsPage::~AnalyticsPage() = default;

ChartCard* AnalyticsPage::addCard(const char* name, const QString& title) {
    auto* card = new ChartCard(QString::fromLatin1(name), title);
    connect(card, &ChartCard::drillDownRequested, this, &AnalyticsPage::drillDown);
    connect(card, &ChartCard::openRecordRequested, this, &AnalyticsPage::openRecordRequested);
    m_cards << card;
    return card;
}

QWidget* AnalyticsPage::dashboardTab(const QList<ChartCard*>& cards) {
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    for (int i = 0; i < cards.size(); ++i) {
        cards[i]->setMinimumHeight(360);
        grid->addWidget(cards[i], i / 2, i % 2, 1, cards.size() % 2 && i == cards.size() - 1 ? 2 : 1);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

int AnalyticsPage::addPanel(QWidget* panel, const QString& title) {
    return m_tabs->addTab(panel, title);
}

ChartCard* AnalyticsPage::card(const QString& name) const {
    for (ChartCard* c : m_cards)
        if (c->objectName() == name)
            return c;
    return nullptr;
}

QDate AnalyticsPage::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

ReportFilter AnalyticsPage::filter() const {
    ReportFilter filter;
    if (m_from->date() != m_from->minimumDate())
        filter.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        filter.to = m_to->date();
    filter.ownerId = m_owner->currentData().toLongLong();
    filter.segment = m_segment->currentData().toString();
    return filter;
}

void AnalyticsPage::setFilter(const ReportFilter& filter) {
    m_from->setDate(filter.from.isValid() ? filter.from : m_from->minimumDate());
    m_to->setDate(filter.to.isValid() ? filter.to : m_to->minimumDate());
    int owner = m_owner->findData(filter.ownerId);
    if (owner < 0 && filter.ownerId != 0) {
        m_owner->addItem(tr("User %1").arg(filter.ownerId), filter.ownerId);
        owner = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(std::max(owner, 0));
    int segment = m_segment->findData(filter.segment);
    if (segment < 0) {
        m_segment->addItem(filter.segment, filter.segment);
        segment = m_segment->count() - 1;
    }
    m_segment->setCurrentIndex(segment);
}

void AnalyticsPage::ensureComputed() {
    if (!m_requested)
        refresh();
}

bool AnalyticsPage::isBusy() const {
    return m_query->isRunning();
}

void AnalyticsPage::refresh() {
    m_requested = true;
    if (m_db.path().isEmpty())
        return;
    const ReportFilter wanted = filter();
    const QDate day = today();
    auto data = std::make_shared<DashboardData>();
    const bool options = !m_data; // the owners and industries are read with the first computation only
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_query->start(
        m_db.path(),
        [wanted, day, data, options](Database& db, const BackgroundQuery::Progress& progress) {
            return DashboardBuilder(db, day).all(wanted, data.get(), progress, options);
        },
        [this, data, timer](const Status& status) {
            if (!status) {
                m_status->setText(status.message());
                emit computed(status.message());
                return;
            }
            showData(*data);
            m_status->setText(
                tr("Computed in %1 s").arg(QLocale().toString(double(timer->elapsed()) / 1000.0, 'f', 2)));
            emit computed(QString());
        });
}

void AnalyticsPage::showData(const DashboardData& data) {
    const bool newOptions = !m_data;
    auto kept = m_data ? std::make_pair(m_data->owners, m_data->segments)
                       : std::make_pair(data.owners, data.segments);
    m_data = std::make_unique<DashboardData>(data);
    m_data->owners = kept.first;
    m_data->segments = kept.second;
    const ReportFilter current = filter();
    if (newOptions) {
        const QSignalBlocker ownerBlocker(m_owner);
        const QSignalBlocker segmentBlocker(m_segment);
        m_owner->clear();
        m_owner->addItem(tr("Everyone"), 0);
        for (const auto& [id, name] : data.owners)
            m_owner->addItem(name, id);
        m_segment->clear();
        m_segment->addItem(tr("All industries"), QString());
        for (const QString& segment : data.segments)
            m_segment->addItem(segment, segment);
        setFilter(current);
    }
    DashboardCharts::funnel(card(QStringLiteral("funnel")), data.sales.funnel);
    DashboardCharts::revenue(card(QStringLiteral("revenue")), data.sales.revenue);
    DashboardCharts::winRates(card(QStringLiteral("winByOwner")), data.sales.byOwner, true);
    DashboardCharts::winRates(card(QStringLiteral("winBySource")), data.sales.bySource, false);
    DashboardCharts::salesCycle(card(QStringLiteral("salesCycle")), data.sales.cycle);
    DashboardCharts::quota(card(QStringLiteral("quota")), data.sales.quota);
    DashboardCharts::revenueForecast(card(QStringLiteral("revenueForecast")), data.forecast.revenue);
    DashboardCharts::pipelineForecast(card(QStringLiteral("pipelineForecast")), data.forecast.pipeline);
    DashboardCharts::rfm(card(QStringLiteral("rfm")), data.customers.rfm);
    DashboardCharts::topCustomers(card(QStringLiteral("topCustomers")), data.customers.top);
    DashboardCharts::lifetimeValues(card(QStringLiteral("lifetimeValue")), data.customers.lifetimeValues);
    DashboardCharts::customerFlow(card(QStringLiteral("customerFlow")), data.customers.flow);
    DashboardCharts::churn(card(QStringLiteral("churn")), data.customers.churn);
    DashboardCharts::campaigns(card(QStringLiteral("campaigns")), data.marketing.campaigns);
    DashboardCharts::sources(card(QStringLiteral("sources")), data.marketing.sources);
    DashboardCharts::converters(card(QStringLiteral("converters")), data.marketing);
}

void AnalyticsPage::drillDown(const DrillDown& what) {
    const ReportFilter wanted = filter();
    const QDate day = today();
    auto result = std::make_shared<DrillDownResult>();
    m_drill->start(
        m_db.path(),
        [what, wanted, day, result](Database& db, const BackgroundQuery::Progress&) {
            Status status;
            *result = DrillDownQuery(db, day).records(what, wanted, 1000, &status);
            return status;
        },
        [this, what, result](const Status& status) {
            if (!status) {
                m_status->setText(status.message());
                return;
            }
            auto* dialog = new DrillDownDialog(tr("Records behind “%1”").arg(what.label), *result, this);
            connect(dialog, &DrillDownDialog::openRecordRequested, this, &AnalyticsPage::openRecordRequested);
            dialog->show();
            emit drillDownShown(dialog);
        });
}

QString AnalyticsPage::filterText() const {
    const ReportFilter f = filter();
    const QLocale locale;
    return tr("From %1 to %2 · owner: %3 · segment: %4")
        .arg(f.from.isValid() ? locale.toString(f.from, QLocale::ShortFormat) : tr("the start"),
             locale.toString(f.referenceDate(today()), QLocale::ShortFormat), m_owner->currentText(),
             m_segment->currentText());
}

bool AnalyticsPage::savePdf(const QString& path, QString* error) const {
    return DashboardPdf::write(path, tr("Rapport dashboards"), filterText(), m_cards, error);
}

void AnalyticsPage::exportPdf() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Dashboard Report"), tr("dashboards.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !savePdf(path, &error))
        QMessageBox::warning(this, tr("Save Dashboard Report"), error);
}

} // namespace rapport
