// The Analytics dashboards drawn offscreen: numbers from the hand-computed fixture reach the charts, hover
// shows values, a real mouse click on a bar opens the records behind it, and the charts export as PNG, CSV
// and a PDF report (every column of the wide tables checked with pdftotext). With RAPPORT_SCREENSHOT_DIR set
// the dashboards are saved as PNGs to look at.
#include "AnalyticsFixture.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "charts/AnalyticsPage.h"
#include "charts/ChartCard.h"
#include "charts/DashboardPdf.h"
#include "charts/DrillDownDialog.h"
#include "demo/DemoGenerator.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QListWidget>
#include <QPieSeries>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

namespace {

void save(QWidget& widget, const char* name) {
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

QPoint barCentre(ChartCard* card, QAbstractBarSeries* series, double value, int index) {
    QChart* chart = card->chart();
    const QPointF inChart = chart->mapToPosition(QPointF(value / 2.0, index), series);
    return card->chartView()->mapFromScene(chart->mapToScene(inChart));
}

// The text of a PDF in reading order with whitespace collapsed (empty when pdftotext is missing).
QString pdfText(const QString& pdf) {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("the sales dashboard draws the fixture, shows values and drills down on a click",
          "[ui][analytics]") {
    test::TempDatabase temp;
    test::fillAnalyticsFixture(temp.db());
    AnalyticsPage page(temp.db());
    page.setToday(test::analyticsToday);
    page.resize(1300, 900);
    page.show();
    QSignalSpy computed(&page, &AnalyticsPage::computed);
    page.refresh();
    // The work runs on a worker thread: the page says so while the window goes on handling events.
    CHECK(page.isBusy());
    CHECK(page.findChild<QProgressBar*>(QStringLiteral("dashboardProgress"))->isVisible());
    REQUIRE(computed.wait(30000));
    CHECK(computed.first().first().toString() == QString());
    CHECK_FALSE(page.isBusy());

    ChartCard* funnel = page.card(QStringLiteral("funnel"));
    REQUIRE(funnel);
    auto* series = qobject_cast<QHorizontalBarSeries*>(funnel->chart()->series().value(0));
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 2);
    QBarSet* amount = series->barSets().first();
    // Top of the funnel drawn at the top: the categories run Lost, Won, Proposal, Qualification.
    REQUIRE(amount->count() == 4);
    CHECK(amount->at(1) == 5100.0);
    CHECK(amount->at(3) == 400.0);
    CHECK(series->barSets().last()->at(3) == 120.0);
    CHECK(funnel->table().rows.size() == 4);

    emit amount->hovered(true, 1);
    CHECK(funnel->lastTip().contains(QStringLiteral("Won")));
    CHECK(funnel->lastTip().contains(QStringLiteral("6 opportunities")));

    qRegisterMetaType<DrillDownDialog*>();
    QSignalSpy shown(&page, &AnalyticsPage::drillDownShown);
    QTest::qWait(50);
    const QPoint won = barCentre(funnel, series, amount->at(1), 1);
    QTest::mouseClick(funnel->chartView()->viewport(), Qt::LeftButton, {}, won);
    REQUIRE(shown.wait(10000));
    auto* dialog = page.findChild<DrillDownDialog*>(QStringLiteral("drillDownDialog"));
    REQUIRE(dialog);
    CHECK(dialog->result().entity == QStringLiteral("opportunities"));
    CHECK(dialog->result().total == 6);
    CHECK(dialog->view()->model()->rowCount() == 6);
    save(*dialog, "analytics-drilldown.png");
    QSignalSpy open(&page, &AnalyticsPage::openRecordRequested);
    dialog->view()->selectRow(0);
    dialog->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
    REQUIRE(open.size() == 1);
    CHECK(open.first().at(0).toString() == QStringLiteral("opportunities"));
    CHECK(open.first().at(1).toLongLong() == 203);
    dialog->close();
    save(page, "analytics-sales.png");

    ChartCard* rfm = page.card(QStringLiteral("rfm"));
    auto* pie = qobject_cast<QPieSeries*>(rfm->chart()->series().value(0));
    REQUIRE(pie);
    CHECK(pie->count() == 4); // loyal, promising, at risk, lost
    page.tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    save(page, "analytics-customers.png");
    page.tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    save(page, "analytics-forecast.png");
    page.tabs()->setCurrentIndex(3);
    QTest::qWait(50);
    CHECK(page.card(QStringLiteral("campaigns"))->table().rows.size() == 2);
    CHECK(page.card(QStringLiteral("converters"))->tableView()->model()->rowCount() == 1);
    save(page, "analytics-marketing.png");

    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("funnel.png"));
    CHECK(funnel->savePng(png));
    CHECK(QImage(png).width() > 100);
    const QString csv = out.filePath(QStringLiteral("funnel.csv"));
    QString error;
    REQUIRE(funnel->saveCsv(csv, &error));
    CHECK(test::readBytes(csv).startsWith("stage_id,pipeline,stage,outcome,count,amount,weighted\n"));
    const QString pdf = out.filePath(QStringLiteral("dashboards.pdf"));
    REQUIRE(page.savePdf(pdf, &error));
    CHECK(test::readBytes(pdf).startsWith("%PDF"));
    CHECK(test::readBytes(pdf).size() > 10000);
    // Every column of the wide tables is printed: the last column's header and each row's value in it
    // (campaign results have 13 columns, the converters 10, the churn list 8).
    if (const QString content = pdfText(pdf); content.isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing: the PDF report's text is not checked");
    } else {
        INFO(content.toStdString());
        const QLocale locale;
        for (const char* name : {"campaigns", "converters", "churn", "quota"}) {
            const analytics::ReportTable& table = page.card(QString::fromLatin1(name))->table();
            INFO(name);
            REQUIRE(table.rows.size() > 0);
            const int last = int(table.columns.size()) - 1;
            CHECK(content.contains(table.columns[last].title));
            for (int r = 0; r < table.rows.size(); ++r) {
                INFO(table.displayText(r, last, locale).toStdString());
                CHECK(content.contains(table.displayText(r, 0, locale) + u' '));
                CHECK(content.contains(table.displayText(r, last, locale)));
            }
        }
        CHECK(content.contains(QStringLiteral("Return on investment")));
    }
    if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR"); !dir.isEmpty())
        page.savePdf(QDir(dir).filePath(QStringLiteral("analytics-report.pdf")), &error);

    // The owner filter narrows every chart: Ben's won stage holds three deals, 3,500.00.
    analytics::ReportFilter ben;
    ben.to = test::analyticsToday;
    ben.ownerId = 2;
    page.setFilter(ben);
    page.refresh();
    REQUIRE(computed.wait(30000));
    series =
        qobject_cast<QHorizontalBarSeries*>(page.card(QStringLiteral("funnel"))->chart()->series().value(0));
    REQUIRE(series);
    CHECK(series->barSets().first()->at(1) == 3500.0);
}

TEST_CASE("the Analytics area of the main window computes its dashboards on sample data", "[ui][analytics]") {
    QSettings().clear();
    test::TempDatabase temp;
    DemoOptions options;
    options.customers = 3000;
    options.today = QDate::currentDate();
    REQUIRE(DemoGenerator().generate(temp.db(), options).ok());
    MainWindow window;
    window.setPrompts(Prompts{[](const QString&, const QString&) { return true; },
                              [](const QString& title, const QString& text) {
                                  FAIL((title + QStringLiteral(": ") + text).toStdString());
                              },
                              [](const QUrl&) {
                              }});
    REQUIRE(window.openDatabase(temp.path()));
    window.resize(1400, 900);
    window.show();
    Workspace* workspace = window.workspace();
    auto* sidebar = workspace->findChild<QListWidget*>(QStringLiteral("sidebar"));
    REQUIRE(sidebar->item(workspace->analyticsArea())->text() == QStringLiteral("Analytics"));
    QSignalSpy computed(workspace->analytics(), &AnalyticsPage::computed);
    workspace->showArea(workspace->analyticsArea());
    REQUIRE(computed.wait(60000));
    CHECK(computed.first().first().toString() == QString());
    const analytics::DashboardData* data = workspace->analytics()->data();
    REQUIRE(data);
    CHECK(data->sales.funnel.size() == 10);
    CHECK(data->forecast.revenue.months.size() > 36);
    CHECK(data->customers.rfm.segments.size() == 7);
    CHECK(data->owners.size() == 6);
    save(window, "analytics-window.png");
    if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QString error;
        workspace->analytics()->savePdf(QDir(dir).filePath(QStringLiteral("analytics-demo-report.pdf")),
                                        &error);
    }
}

TEST_CASE("the PDF report wraps a table too wide for the page and continues a long one on the next pages",
          "[ui][analytics]") {
    // 24 columns of long headers and values: too wide even at the smallest font, so the cells wrap; 150 rows:
    // several pages.
    analytics::ReportTable table;
    for (int c = 0; c < 24; ++c)
        table.columns << analytics::ReportColumn{
            QStringLiteral("c%1").arg(c), QStringLiteral("Column%1Header").arg(c, 2, 10, QLatin1Char('0')),
            analytics::ReportColumn::Kind::Text};
    for (int r = 0; r < 150; ++r) {
        QVariantList row;
        for (int c = 0; c < 24; ++c)
            row << QStringLiteral("r%1c%2 wide cell text").arg(r).arg(c);
        table.rows << row;
    }
    ChartCard card(QStringLiteral("wide"), QStringLiteral("A wide table"));
    card.setTableOnly(true);
    card.setTable(table);
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("wide.pdf"));
    QString error;
    REQUIRE(
        DashboardPdf::write(pdf, QStringLiteral("Report"), QStringLiteral("everything"), {&card}, &error));
    if (const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR"); !dir.isEmpty())
        DashboardPdf::write(QDir(dir).filePath(QStringLiteral("analytics-wide-table.pdf")),
                            QStringLiteral("Report"), QStringLiteral("everything"), {&card}, &error);
    const QString content = pdfText(pdf);
    if (content.isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing: the PDF report's text is not checked");
        return;
    }
    // Wrapped cells come out with spaces where the lines broke: compare without any.
    QString joined = content;
    joined.remove(QLatin1Char(' '));
    CHECK(joined.contains(QStringLiteral("Column23Header")));
    for (int r : {0, 75, 149}) {
        INFO(r);
        CHECK(joined.contains(QStringLiteral("r%1c23widecelltext").arg(r)));
        CHECK(joined.contains(QStringLiteral("r%1c0widecelltext").arg(r)));
    }
    CHECK(content.contains(QStringLiteral("A wide table (continued)")));
}
