#include "marketing/CampaignView.h"

#include "CampaignLettersPdf.h"
#include "ChoiceText.h"
#include "marketing/CampaignExport.h"
#include "marketing/CampaignMembers.h"
#include "marketing/CampaignResponses.h"
#include "marketing/CampaignService.h"
#include "marketing/CampaignStatistics.h"
#include "marketing/MarketingJob.h"
#include "marketing/SegmentService.h"
#include "sales/Money.h"
#include "storage/Database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace rapport {
namespace {

constexpr int shownMembers = 2000;

QString percent(qint64 bp) {
    return QLocale().toString(static_cast<double>(bp) / 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

CampaignView::CampaignView(Database& db, const Prompts* prompts, QWidget* parent)
    : QWidget(parent), m_db(db), m_prompts(prompts) {
    setObjectName(QStringLiteral("campaignView"));
    chooseFolder = [this](const QString& title) {
        return QFileDialog::getExistingDirectory(this, title);
    };
    inform = [this](const QString& title, const QString& text) {
        QMessageBox::information(this, title, text);
    };
    chooseFile = [this](const QString& title) {
        return QFileDialog::getOpenFileName(this, title, QString(), tr("CSV files (*.csv *.txt)"));
    };
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("campaignFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_targets = new QLabel;
    m_targets->setWordWrap(true);
    m_segmentChoice = new QComboBox;
    m_segmentChoice->setObjectName(QStringLiteral("segmentChoice"));
    auto* addTarget = new QPushButton(tr("Target this segment"));
    m_launch = new QPushButton(tr("Launch"));
    m_launch->setObjectName(QStringLiteral("launchCampaign"));
    m_format = new QComboBox;
    m_format->addItem(tr("Mail-merge CSV"), QStringLiteral("csv"));
    m_format->addItem(tr(".eml files"), QStringLiteral("eml"));
    m_format->addItem(tr("Letters (PDF)"), QStringLiteral("pdf"));
    m_format->addItem(tr("Call list (CSV)"), QStringLiteral("calls"));
    auto* exportButton = new QPushButton(tr("Export…"));
    auto* importButton = new QPushButton(tr("Import responses…"));

    auto* targets = new QHBoxLayout;
    targets->addWidget(new QLabel(tr("Segments:")));
    targets->addWidget(m_targets, 1);
    targets->addWidget(m_segmentChoice);
    targets->addWidget(addTarget);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_launch);
    actions->addSpacing(12);
    actions->addWidget(m_format);
    actions->addWidget(exportButton);
    actions->addWidget(importButton);
    actions->addStretch();

    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("responseTrend"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);

    m_members = new QTableWidget(0, 6);
    m_members->setObjectName(QStringLiteral("campaignMembers"));
    m_members->setHorizontalHeaderLabels(
        {tr("Name"), tr("Organisation"), tr("E-mail"), tr("Phone"), tr("Status"), tr("Since")});
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->verticalHeader()->hide();
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("memberStatus"));
    for (const QString& status : CampaignService::memberStatuses())
        m_status->addItem(choiceText(status), status);
    auto* setStatus = new QPushButton(tr("Set status of selected"));
    setStatus->setObjectName(QStringLiteral("setMemberStatus"));
    auto* memberBar = new QHBoxLayout;
    memberBar->addWidget(new QLabel(tr("Members")));
    memberBar->addStretch();
    memberBar->addWidget(m_status);
    memberBar->addWidget(setStatus);
    auto* membersBox = new QWidget;
    auto* membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addLayout(memberBar);
    membersLayout->addWidget(m_members);

    auto* top = new QWidget;
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_figures);
    topLayout->addWidget(m_chart, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(membersBox);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(targets);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_launch, &QPushButton::clicked, this, &CampaignView::launch);
    connect(exportButton, &QPushButton::clicked, this, &CampaignView::exportMessages);
    connect(importButton, &QPushButton::clicked, this, &CampaignView::importResponses);
    connect(setStatus, &QPushButton::clicked, this, &CampaignView::setMemberStatus);
    connect(addTarget, &QPushButton::clicked, this, &CampaignView::addTargetSegment);
    setEnabled(false);
}

void CampaignView::showCampaign(qint64 id) {
    m_campaignId = id;
    setEnabled(id != 0);
    refreshSegments();
    reload();
}

void CampaignView::refreshSegments() {
    m_segmentChoice->clear();
    for (const Segment& segment : SegmentService(m_db).all())
        m_segmentChoice->addItem(segment.name, segment.id);
}

void CampaignView::reload() {
    if (!m_campaignId) {
        m_title->clear();
        m_figures->clear();
        m_members->setRowCount(0);
        return;
    }
    Status status;
    const CampaignStats s = CampaignStatistics(m_db).stats(m_campaignId, &status);
    if (!status) {
        m_title->setText(status.message());
        return;
    }
    m_title->setText(tr("%1 — %2, %3").arg(s.name, choiceText(s.channel), choiceText(s.status)));
    const QLocale locale;
    auto money = [&](qint64 minor) {
        return money::formatLocalized(minor, locale) + QLatin1Char(' ') + s.currency;
    };
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Audience"), locale.toString(s.audience));
    html += row(tr("Left out: no consent"), locale.toString(s.excludedConsent));
    html += row(tr("Left out: suppressed"), locale.toString(s.excludedSuppressed));
    html += row(tr("Sent"), locale.toString(s.sent));
    html += row(tr("Bounced / opened"),
                locale.toString(s.bounced) + QStringLiteral(" / ") + locale.toString(s.opened));
    html += row(tr("Responses"), tr("%1 (%2)").arg(locale.toString(s.responses), percent(s.responseRateBp)));
    html += row(tr("Conversions"),
                tr("%1 (%2)").arg(locale.toString(s.conversions), percent(s.conversionRateBp)));
    html += row(tr("Budget / cost"), money(s.budgetMinor) + QStringLiteral(" / ") + money(s.costMinor));
    html += row(tr("Cost per response"), money(s.costPerResponseMinor));
    html += row(tr("Revenue (won)"), money(s.revenueMinor));
    html += row(tr("ROI"), s.roiKnown ? percent(s.roiBp) : tr("n/a"));
    m_figures->setText(html + QStringLiteral("</table>"));
    m_launch->setEnabled(s.status != u"done");

    QStringList names;
    for (const TargetSegment& target : CampaignMembers(m_db).targetSegments(m_campaignId))
        names << target.name;
    m_targets->setText(names.isEmpty() ? tr("none yet — add one before launching")
                                       : names.join(QStringLiteral(", ")));

    const QList<CampaignMemberRow> rows = CampaignMembers(m_db).members(m_campaignId, shownMembers);
    m_members->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const CampaignMemberRow& m = rows.at(r);
        const QStringList cells{
            m.name,
            m.company,
            m.email,
            m.phone,
            choiceText(m.status),
            m.lastStepAt.isEmpty()
                ? QString()
                : locale.toString(QDateTime::fromString(m.lastStepAt, Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, m.id);
            m_members->setItem(r, c, item);
        }
    }
    m_members->resizeColumnsToContents();
    drawTrend();
}

void CampaignView::drawTrend() {
    auto* chart = new QChart;
    chart->setTitle(tr("Responses per day"));
    chart->legend()->hide();
    auto* series = new QLineSeries;
    auto* points = new QScatterSeries;
    points->setMarkerSize(6);
    qint64 most = 1;
    QDateTime first, last;
    for (const DailyResponses& day : CampaignStatistics(m_db).responsesPerDay(m_campaignId)) {
        const QDateTime at(day.day, QTime(12, 0), Qt::UTC);
        series->append(static_cast<qreal>(at.toMSecsSinceEpoch()), static_cast<qreal>(day.responses));
        points->append(static_cast<qreal>(at.toMSecsSinceEpoch()), static_cast<qreal>(day.responses));
        most = std::max(most, day.responses);
        if (!first.isValid())
            first = at;
        last = at;
    }
    chart->addSeries(series);
    chart->addSeries(points);
    auto* x = new QDateTimeAxis;
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(5);
    if (!first.isValid()) { // nothing yet: the last month, empty
        last = QDateTime(QDate::currentDate(), QTime(12, 0), Qt::UTC);
        first = last.addDays(-30);
    }
    x->setRange(first.addDays(-1), last.addDays(1));
    auto* y = new QValueAxis;
    y->setRange(0, std::max(static_cast<qreal>(most) * 1.15, 4.0));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(series), static_cast<QAbstractSeries*>(points)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void CampaignView::run(const QString& title, const MarketingJob::Work& work) {
    if (m_job)
        return;
    m_job = new MarketingJob(m_db.path(), work, this);
    auto* progress = new QProgressDialog(title, tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(m_job, &MarketingJob::progressed, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
        progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
    });
    connect(progress, &QProgressDialog::canceled, m_job, &MarketingJob::cancel);
    connect(m_job, &MarketingJob::done, this, [this, progress, title](bool ok, const QString& message) {
        progress->deleteLater();
        m_job->wait();
        m_job->deleteLater();
        m_job = nullptr;
        reload();
        emit changed();
        if (!ok)
            m_prompts->warn(title, message);
        else if (!message.isEmpty())
            inform(title, message);
        emit jobFinished(ok, message);
    });
    m_job->start();
}

void CampaignView::launch() {
    if (!m_campaignId ||
        !m_prompts->confirm(
            tr("Launch campaign"),
            tr("Take the members from the campaign's segments now, leaving out people without consent "
               "for its channel and suppressed addresses?")))
        return;
    const qint64 id = m_campaignId;
    run(tr("Launch campaign"), [id](Database& db, const ExportProgress&, QString* summary) {
        const LaunchResult launched = CampaignService(db).launch(id);
        if (launched.status)
            *summary = tr("%1 new members (audience %2). Left out: %3 without consent, %4 suppressed.")
                           .arg(launched.added)
                           .arg(launched.audience)
                           .arg(launched.excludedConsent)
                           .arg(launched.excludedSuppressed);
        return launched.status;
    });
}

void CampaignView::exportMessages() {
    const QString folder = chooseFolder(tr("Export into folder"));
    if (folder.isEmpty())
        return;
    CampaignExportFormat format;
    CampaignExport::parseFormat(m_format->currentData().toString(), &format);
    const qint64 id = m_campaignId;
    run(tr("Export"), [id, folder, format](Database& db, const ExportProgress& progress, QString* summary) {
        const CampaignExportResult done = format == CampaignExportFormat::LettersPdf
                                              ? CampaignLettersPdf::exportLetters(db, id, folder, progress)
                                              : CampaignExport(db).write(id, folder, format, progress);
        if (done.status)
            *summary =
                tr("Wrote %1 members into %2 (%3 without the address this format needs); %4 marked sent.")
                    .arg(done.written)
                    .arg(folder)
                    .arg(done.skippedNoAddress)
                    .arg(done.markedSent);
        return done.status;
    });
}

void CampaignView::importResponses() {
    const QString file = chooseFile(tr("Import responses"));
    if (file.isEmpty())
        return;
    const qint64 id = m_campaignId;
    run(tr("Import responses"), [id, file](Database& db, const ExportProgress&, QString* summary) {
        const ResponseImportResult done = CampaignResponses(db).importFile(id, file);
        if (done.status) {
            *summary = tr("%1 lines: %2 matched, %3 members changed.")
                           .arg(done.lines)
                           .arg(done.matched)
                           .arg(done.changed);
            for (const UnmatchedResponse& line : done.unmatched.mid(0, 15))
                *summary +=
                    QLatin1Char('\n') + tr("Line %1: %2 (%3)").arg(line.line).arg(line.reason, line.text);
            if (done.unmatched.size() > 15)
                *summary +=
                    QLatin1Char('\n') + tr("… and %1 more lines not used.").arg(done.unmatched.size() - 15);
        }
        return done.status;
    });
}

void CampaignView::setMemberStatus() {
    QList<qint64> ids;
    for (const QModelIndex& index : m_members->selectionModel()->selectedRows())
        ids << m_members->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    CampaignService campaigns(m_db);
    for (qint64 id : ids) {
        if (const Status done = campaigns.setMemberStatus(id, m_status->currentData().toString()); !done) {
            m_prompts->warn(tr("Member status"), done.message());
            break;
        }
    }
    reload();
    emit changed();
}

void CampaignView::addTargetSegment() {
    if (!m_campaignId || m_segmentChoice->currentIndex() < 0)
        return;
    if (const Status done =
            CampaignMembers(m_db).addTargetSegment(m_campaignId, m_segmentChoice->currentData().toLongLong());
        !done)
        m_prompts->warn(tr("Target segment"), done.message());
    reload();
}

} // namespace rapport
