#pragma once

#include "analytics/DrillDown.h"
#include "analytics/ReportTable.h"

#include <QFrame>

class QChart;
class QChartView;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace rapport {

// One chart of a dashboard with its numbers: the chart (values on hover, a click on a bar or slice asks for
// the records behind it), a switch to the table, and export as PNG or CSV.
class ChartCard final : public QFrame {
    Q_OBJECT
public:
    ChartCard(const QString& name, const QString& title, QWidget* parent = nullptr);

    QString title() const { return m_title; }
    // The card owns the chart from now on (the previous one is deleted).
    void setChart(QChart* chart);
    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    void setTable(const analytics::ReportTable& table);
    const analytics::ReportTable& table() const { return m_table; }
    QTableView* tableView() const { return m_tableView; }
    // Cards without a chart show their table only.
    void setTableOnly(bool tableOnly);
    void showTable(bool show);

    bool savePng(const QString& path) const;
    bool saveCsv(const QString& path, QString* error) const;

    // Shows a value tip at the mouse (and keeps it for tests).
    void showTip(const QString& text);
    QString lastTip() const { return m_lastTip; }
    // Column of the table rows' ids that a double-click opens, and the entity they belong to.
    void setOpenableColumn(int column, const QString& entity);

signals:
    void drillDownRequested(const analytics::DrillDown& what);
    void openRecordRequested(const QString& entity, qint64 id);

private:
    void exportPng();
    void exportCsv();

    QString m_title;
    QChartView* m_view = nullptr;
    QTableView* m_tableView = nullptr;
    QStackedWidget* m_stack = nullptr;
    QToolButton* m_tableButton = nullptr;
    analytics::ReportTable m_table;
    QString m_lastTip;
    int m_openColumn = -1;
    QString m_openEntity;
};

} // namespace rapport
