#include "DashboardCharts.h"

#include "ChartCard.h"
#include "ChoiceText.h"
#include "analytics/DashboardTables.h"
#include "sales/Money.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace rapport {
namespace {

using analytics::DrillDown;

QString moneyText(qint64 minor) {
    return money::formatLocalized(minor, QLocale());
}

QString percent(double fraction) {
    return QLocale().toString(fraction * 100.0, 'f', 1) + QLocale().percent();
}

QString monthLabel(const QString& month) {
    const QDate date = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return QLocale().toString(date, QStringLiteral("MMM yy"));
}

double major(qint64 minor) {
    return double(minor) / 100.0;
}

// A bar chart over categories; each set's values on hover (tips[set][index]) and a click asking for
// drill(set, index) when given.
struct Bars {
    QStringList categories;
    QList<QBarSet*> sets;
    QList<QStringList> tips;
};

QChart* barChart(ChartCard* card, const Bars& bars, bool horizontal, const QString& valueTitle,
                 const std::function<DrillDown(int set, int index)>& drill) {
    auto* chart = new QChart;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double top = 0;
    for (int s = 0; s < bars.sets.size(); ++s) {
        QBarSet* set = bars.sets[s];
        for (int i = 0; i < set->count(); ++i)
            top = std::max(top, set->at(i));
        series->append(set);
        const QStringList tips = bars.tips.value(s);
        QObject::connect(set, &QBarSet::hovered, card, [card, tips](bool on, int index) {
            card->showTip(on ? tips.value(index) : QString());
        });
        if (drill)
            QObject::connect(set, &QBarSet::clicked, card, [card, drill, s](int index) {
                const DrillDown what = drill(s, index);
                if (!what.key.isNull())
                    emit card->drillDownRequested(what);
            });
    }
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(bars.categories);
    auto* values = new QValueAxis;
    values->setRange(0, top > 0 ? top * 1.05 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(valueTitle);
    if (bars.categories.size() > 6) {
        // Many categories: smaller labels (slanted under columns) so that none is cut short.
        QFont small = categories->labelsFont();
        small.setPointSizeF(std::max(6.0, small.pointSizeF() - 2));
        categories->setLabelsFont(small);
        if (!horizontal) {
            categories->setLabelsAngle(-45);
            // Slanted labels have room for their whole text; Qt Charts would still elide them to the
            // column's width ("De...").
            categories->setTruncateLabels(false);
        }
    }
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(bars.sets.size() > 1);
    card->setChart(chart);
    return chart;
}

} // namespace

void DashboardCharts::funnel(ChartCard* card, const QList<analytics::FunnelStage>& stages) {
    Bars bars;
    auto* amount = new QBarSet(tr("Amount"));
    auto* weighted = new QBarSet(tr("Weighted"));
    QStringList tips;
    QList<qint64> ids;
    // Top of the funnel at the top: a horizontal chart draws its first category at the bottom.
    for (auto it = stages.crbegin(); it != stages.crend(); ++it) {
        bars.categories << it->stage; // the tip names the pipeline
        *amount << major(it->amountMinor);
        *weighted << major(it->weightedMinor);
        tips << tr("%1, %2: %n opportunities, %3, weighted %4", nullptr, int(it->count))
                    .arg(it->pipeline, it->stage, moneyText(it->amountMinor), moneyText(it->weightedMinor));
        ids << it->stageId;
    }
    bars.sets = {amount, weighted};
    bars.tips = {tips, tips};
    barChart(card, bars, true, tr("Amount"), [ids, labels = bars.categories](int, int index) {
        return DrillDown{DrillDown::Kind::Stage, QString::number(ids.value(index)), labels.value(index)};
    });
    card->setTable(analytics::DashboardTables::pipeline(stages));
}

void DashboardCharts::revenue(ChartCard* card, const QList<analytics::RevenueMonth>& months) {
    Bars bars;
    auto* now = new QBarSet(tr("Won"));
    auto* before = new QBarSet(tr("A year earlier"));
    QStringList nowTips, beforeTips, keys, previousKeys;
    for (const analytics::RevenueMonth& m : months) {
        bars.categories << monthLabel(m.month);
        *now << major(m.wonMinor);
        *before << major(m.previousYearMinor);
        nowTips << tr("%1: won %2 in %n deals", nullptr, int(m.wonCount))
                       .arg(monthLabel(m.month), moneyText(m.wonMinor));
        const QString previous = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate)
                                     .addYears(-1)
                                     .toString(QStringLiteral("yyyy-MM"));
        beforeTips << tr("%1: won %2").arg(monthLabel(previous), moneyText(m.previousYearMinor));
        keys << m.month;
        previousKeys << previous;
    }
    bars.sets = {now, before};
    bars.tips = {nowTips, beforeTips};
    barChart(card, bars, false, tr("Won"), [keys, previousKeys](int set, int index) {
        const QString key = (set == 0 ? keys : previousKeys).value(index);
        return DrillDown{DrillDown::Kind::WonMonth, key, monthLabel(key)};
    });
    card->setTable(analytics::DashboardTables::revenue(months));
}

void DashboardCharts::winRates(ChartCard* card, const QList<analytics::WinRate>& rates, bool byOwner) {
    Bars bars;
    auto* rate = new QBarSet(tr("Win rate %"));
    QStringList tips, keys;
    for (const analytics::WinRate& r : rates) {
        const QString label =
            byOwner ? r.label : choiceText(r.label); // a source is a stored key ("cold_call")
        bars.categories << label;
        *rate << r.winRate() * 100.0;
        tips << tr("%1: %2 won, %3 lost, win rate %4, average deal %5")
                    .arg(label)
                    .arg(r.won)
                    .arg(r.lost)
                    .arg(percent(r.winRate()), moneyText(r.averageDealMinor()));
        keys << r.key;
    }
    bars.sets = {rate};
    bars.tips = {tips};
    barChart(card, bars, false, tr("Win rate %"), [keys, byOwner, labels = bars.categories](int, int index) {
        return DrillDown{byOwner ? DrillDown::Kind::Owner : DrillDown::Kind::Source, keys.value(index),
                         labels.value(index)};
    });
    card->setTable(analytics::DashboardTables::winRates(rates, byOwner ? tr("sales rep") : tr("source")));
}

void DashboardCharts::salesCycle(ChartCard* card, const analytics::SalesCycle& cycle) {
    Bars bars;
    auto* days = new QBarSet(tr("Average days"));
    QStringList tips, keys;
    bars.categories << tr("Created to won");
    *days << cycle.averageDays;
    tips << tr("%n won deals: average %1 days, median %2 days", nullptr, int(cycle.wonDeals))
                .arg(QLocale().toString(cycle.averageDays, 'f', 1),
                     QLocale().toString(cycle.medianDays, 'f', 1));
    keys << QString();
    for (const analytics::SalesCycle::Stage& s : cycle.stages) {
        bars.categories << s.stage;
        *days << s.averageDays;
        tips << tr("%1, %2: average %3 days over %n stays", nullptr, int(s.stays))
                    .arg(s.pipeline, s.stage, QLocale().toString(s.averageDays, 'f', 1));
        keys << QString::number(s.stageId);
    }
    bars.sets = {days};
    bars.tips = {tips};
    barChart(card, bars, false, tr("Days"), [keys, labels = bars.categories](int, int index) {
        return DrillDown{DrillDown::Kind::Stage, keys.value(index), labels.value(index)};
    });
    card->setTable(analytics::DashboardTables::salesCycle(cycle));
}

void DashboardCharts::quota(ChartCard* card, const QList<analytics::QuotaAttainment>& reps) {
    Bars bars;
    auto* attained = new QBarSet(tr("Attainment %"));
    auto* pace = new QBarSet(tr("Period gone by %"));
    QStringList tips, keys;
    for (const analytics::QuotaAttainment& r : reps) {
        bars.categories << r.rep;
        *attained << r.attainment() * 100.0;
        *pace << r.pace * 100.0;
        tips << tr("%1: won %2 of %3 (%4) from %5 to %6")
                    .arg(r.rep, moneyText(r.wonMinor), moneyText(r.quotaMinor), percent(r.attainment()),
                         QLocale().toString(r.periodStart, QLocale::ShortFormat),
                         QLocale().toString(r.periodEnd, QLocale::ShortFormat));
        keys << QString::number(r.userId);
    }
    bars.sets = {attained, pace};
    bars.tips = {tips, tips};
    barChart(card, bars, false, QStringLiteral("%"), [keys, labels = bars.categories](int, int index) {
        return DrillDown{DrillDown::Kind::Owner, keys.value(index), labels.value(index)};
    });
    card->setTable(analytics::DashboardTables::quota(reps));
}

void DashboardCharts::pipelineForecast(ChartCard* card, const QList<analytics::PipelineMonth>& months) {
    Bars bars;
    auto* amount = new QBarSet(tr("Amount"));
    auto* weighted = new QBarSet(tr("Weighted"));
    QStringList tips, keys;
    for (const analytics::PipelineMonth& m : months) {
        bars.categories << monthLabel(m.month);
        *amount << major(m.amountMinor);
        *weighted << major(m.weightedMinor);
        tips << tr("%1: %n open opportunities, %2, weighted %3", nullptr, int(m.count))
                    .arg(monthLabel(m.month), moneyText(m.amountMinor), moneyText(m.weightedMinor));
        keys << m.month;
    }
    bars.sets = {amount, weighted};
    bars.tips = {tips, tips};
    barChart(card, bars, false, tr("Amount"), [keys](int, int index) {
        return DrillDown{DrillDown::Kind::CloseMonth, keys.value(index), monthLabel(keys.value(index))};
    });
    card->setTable(analytics::DashboardTables::pipelineForecast(months));
}

void DashboardCharts::revenueForecast(ChartCard* card, const analytics::RevenueForecast& forecast) {
    auto* chart = new QChart;
    auto* actual = new QLineSeries;
    actual->setName(tr("Won"));
    auto* ahead = new QLineSeries;
    ahead->setName(tr("Forecast"));
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    QStringList tips, keys;
    double top = 0;
    const qsizetype firstShown = std::max<qsizetype>(0, forecast.months.size() - 48);
    for (qsizetype i = firstShown; i < forecast.months.size(); ++i) {
        const analytics::ForecastMonth& m = forecast.months[i];
        const double x = double(i - firstShown);
        if (m.isForecast) {
            if (ahead->count() == 0 && actual->count() > 0)
                ahead->append(actual->at(actual->count() - 1));
            ahead->append(x, major(m.forecastMinor));
            upper->append(x, major(m.upperMinor));
            lower->append(x, major(m.lowerMinor));
            top = std::max(top, major(m.upperMinor));
            tips << tr("%1: forecast %2 (95 %: %3 to %4)")
                        .arg(monthLabel(m.month), moneyText(m.forecastMinor), moneyText(m.lowerMinor),
                             moneyText(m.upperMinor));
        } else {
            actual->append(x, major(m.actualMinor));
            top = std::max(top, major(m.actualMinor));
            tips << tr("%1: won %2").arg(monthLabel(m.month), moneyText(m.actualMinor));
        }
        keys << m.month;
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(tr("95 % band"));
    band->setOpacity(0.3);
    chart->addSeries(band);
    chart->addSeries(actual);
    chart->addSeries(ahead);
    // Months along the bottom, every sixth labelled.
    auto* xValues = new QCategoryAxis;
    xValues->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xValues->setRange(0, std::max<double>(1, double(keys.size() - 1)));
    for (qsizetype i = 0; i < keys.size(); i += 6)
        xValues->append(monthLabel(keys[i]), double(i));
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.05 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xValues, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(xValues);
        series->attachAxis(y);
    }
    auto tipAt = [card, tips](const QPointF& point, bool on) {
        card->showTip(on ? tips.value(int(std::lround(point.x()))) : QString());
    };
    QObject::connect(actual, &QLineSeries::hovered, card, tipAt);
    QObject::connect(ahead, &QLineSeries::hovered, card, tipAt);
    actual->setPointsVisible(true);
    QObject::connect(actual, &QLineSeries::clicked, card, [card, keys](const QPointF& point) {
        const QString key = keys.value(int(std::lround(point.x())));
        emit card->drillDownRequested(DrillDown{DrillDown::Kind::WonMonth, key, monthLabel(key)});
    });
    card->setChart(chart);
    card->setTable(analytics::DashboardTables::forecast(forecast));
}

void DashboardCharts::rfm(ChartCard* card, const analytics::RfmResult& rfm) {
    auto* chart = new QChart;
    auto* pie = new QPieSeries;
    for (const analytics::RfmSegment& s : rfm.segments) {
        if (s.customers == 0)
            continue;
        QPieSlice* slice =
            pie->append(QStringLiteral("%1 (%2)").arg(s.label).arg(s.customers), double(s.customers));
        const QString tip =
            tr("%1: %n customers, won %2, on average %3 days since their last deal", nullptr,
               int(s.customers))
                .arg(s.label, moneyText(s.monetaryMinor), QLocale().toString(s.averageRecencyDays, 'f', 0));
        QObject::connect(slice, &QPieSlice::hovered, card, [card, slice, tip](bool on) {
            slice->setExploded(on);
            card->showTip(on ? tip : QString());
        });
        QObject::connect(slice, &QPieSlice::clicked, card, [card, key = s.key, label = s.label] {
            emit card->drillDownRequested(DrillDown{DrillDown::Kind::RfmSegment, key, label});
        });
    }
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    card->setChart(chart);
    card->setTable(analytics::DashboardTables::rfmSegments(rfm));
}

void DashboardCharts::topCustomers(ChartCard* card, const QList<analytics::CustomerPurchases>& customers) {
    Bars bars;
    auto* won = new QBarSet(tr("Won"));
    QStringList tips;
    QList<qint64> ids;
    for (auto it = customers.crbegin(); it != customers.crend(); ++it) {
        bars.categories << it->name.left(28);
        *won << major(it->totalMinor);
        tips << tr("%1: won %2 in %n deals, last on %3", nullptr, int(it->deals))
                    .arg(it->name, moneyText(it->totalMinor),
                         QLocale().toString(it->last, QLocale::ShortFormat));
        ids << it->customerId;
    }
    bars.sets = {won};
    bars.tips = {tips};
    barChart(card, bars, true, tr("Won"), {});
    QObject::connect(won, &QBarSet::clicked, card, [card, ids](int index) {
        emit card->openRecordRequested(QStringLiteral("customers"), ids.value(index));
    });
    card->setTable(analytics::DashboardTables::topCustomers(customers));
    card->setOpenableColumn(0, QStringLiteral("customers"));
}

void DashboardCharts::lifetimeValues(ChartCard* card, const QList<analytics::CustomerLifetimeValue>& values) {
    Bars bars;
    auto* clv = new QBarSet(tr("Lifetime value"));
    QStringList tips;
    QList<qint64> ids;
    const qsizetype shown = std::min<qsizetype>(values.size(), 10);
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const analytics::CustomerLifetimeValue& v = values[i];
        bars.categories << v.purchases.name.left(28);
        *clv << major(v.lifetimeValueMinor);
        tips << tr("%1: lifetime value %2 (won so far %3, %4 deals a year)")
                    .arg(v.purchases.name, moneyText(v.lifetimeValueMinor), moneyText(v.purchases.totalMinor),
                         QLocale().toString(v.dealsPerYear, 'f', 1));
        ids << v.purchases.customerId;
    }
    bars.sets = {clv};
    bars.tips = {tips};
    barChart(card, bars, true, tr("Lifetime value"), {});
    QObject::connect(clv, &QBarSet::clicked, card, [card, ids](int index) {
        emit card->openRecordRequested(QStringLiteral("customers"), ids.value(index));
    });
    card->setTable(analytics::DashboardTables::lifetimeValues(values));
    card->setOpenableColumn(0, QStringLiteral("customers"));
}

void DashboardCharts::churn(ChartCard* card, const QList<analytics::ChurnRisk>& risks) {
    card->setTable(analytics::DashboardTables::churn(risks));
    card->setOpenableColumn(0, QStringLiteral("customers"));
    card->setTableOnly(true);
}

void DashboardCharts::customerFlow(ChartCard* card, const QList<analytics::CustomerFlowMonth>& months) {
    Bars bars;
    auto* gained = new QBarSet(tr("New"));
    auto* lost = new QBarSet(tr("Lost"));
    QStringList tips;
    for (const analytics::CustomerFlowMonth& m : months) {
        bars.categories << monthLabel(m.month);
        *gained << double(m.newCustomers);
        *lost << double(m.lostCustomers);
        tips << tr("%1: %2 new, %3 lost").arg(monthLabel(m.month)).arg(m.newCustomers).arg(m.lostCustomers);
    }
    bars.sets = {gained, lost};
    bars.tips = {tips, tips};
    barChart(card, bars, false, tr("Customers"), {});
    card->setTable(analytics::DashboardTables::customerFlow(months));
}

void DashboardCharts::campaigns(ChartCard* card, const QList<analytics::CampaignResult>& campaigns) {
    Bars bars;
    auto* response = new QBarSet(tr("Response %"));
    auto* conversion = new QBarSet(tr("Conversion %"));
    QStringList tips, keys;
    const qsizetype shown = std::min<qsizetype>(campaigns.size(), 8);
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const analytics::CampaignResult& c = campaigns[i];
        bars.categories << c.name.left(24);
        *response << c.responseRate() * 100.0;
        *conversion << c.conversionRate() * 100.0;
        tips << tr("%1: %2 reached, %3 responded (%4), %5 converted (%6); cost %7, revenue %8, ROI %9")
                    .arg(c.name)
                    .arg(c.reached)
                    .arg(c.responded)
                    .arg(percent(c.responseRate()))
                    .arg(c.converted)
                    .arg(percent(c.conversionRate()), moneyText(c.costMinor), moneyText(c.revenueMinor),
                         percent(c.roi()));
        keys << QString::number(c.campaignId);
    }
    bars.sets = {response, conversion};
    bars.tips = {tips, tips};
    barChart(card, bars, false, QStringLiteral("%"), [keys, labels = bars.categories](int, int index) {
        return DrillDown{DrillDown::Kind::CampaignMembers, keys.value(index), labels.value(index)};
    });
    card->setTable(analytics::DashboardTables::campaigns(campaigns));
}

void DashboardCharts::sources(ChartCard* card, const QList<analytics::SourceFunnel>& sources) {
    Bars bars;
    QList<QBarSet*> sets{new QBarSet(tr("Leads")), new QBarSet(tr("Contacted")), new QBarSet(tr("Qualified")),
                         new QBarSet(tr("Converted")), new QBarSet(tr("Won"))};
    QStringList tips, keys;
    for (const analytics::SourceFunnel& s : sources) {
        bars.categories << choiceText(s.source);
        *sets[0] << double(s.leads);
        *sets[1] << double(s.contacted);
        *sets[2] << double(s.qualified);
        *sets[3] << double(s.converted);
        *sets[4] << double(s.won);
        tips << tr("%1: %2 leads, %3 contacted, %4 qualified, %5 converted, %6 won (%7)")
                    .arg(choiceText(s.source))
                    .arg(s.leads)
                    .arg(s.contacted)
                    .arg(s.qualified)
                    .arg(s.converted)
                    .arg(s.won)
                    .arg(moneyText(s.wonMinor));
        keys << s.source;
    }
    bars.sets = sets;
    bars.tips = {tips, tips, tips, tips, tips};
    barChart(card, bars, false, tr("Leads"), [keys](int, int index) {
        return DrillDown{DrillDown::Kind::LeadSource, keys.value(index), choiceText(keys.value(index))};
    });
    card->setTable(analytics::DashboardTables::sources(sources));
}

void DashboardCharts::converters(ChartCard* card, const analytics::MarketingDashboard& marketing) {
    analytics::ReportTable table = analytics::DashboardTables::converters(marketing.converters);
    if (!marketing.lastCampaignName.isEmpty())
        table.title = tr("Who answered “%1” and converted").arg(marketing.lastCampaignName);
    card->setTable(table);
    card->setOpenableColumn(3, QStringLiteral("customers"));
    card->setTableOnly(true);
}

} // namespace rapport
