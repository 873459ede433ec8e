#pragma once

#include "analytics/Dashboard.h"
#include "analytics/DrillDown.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace rapport {

class BackgroundQuery;
class ChartCard;
class Database;
class DrillDownDialog;

// The Analytics area: a filter bar (date range, owner, customer segment), the Sales, Forecast, Customers and
// Marketing dashboards as tabs of chart cards, and the PDF report of them all. Every computation runs on a
// worker thread with its own connection while the window stays responsive; the bar shows progress meanwhile.
//
// Other analytical panels (for example the sales-intelligence alerts) join with addPanel(widget, title):
// they get a tab of their own and are told nothing else; refresh them from their own code.
class AnalyticsPage final : public QWidget {
    Q_OBJECT
public:
    explicit AnalyticsPage(Database& db, QWidget* parent = nullptr);
    ~AnalyticsPage() override;

    int addPanel(QWidget* panel, const QString& title);
    QTabWidget* tabs() const { return m_tabs; }

    analytics::ReportFilter filter() const;
    void setFilter(const analytics::ReportFilter& filter);
    // "Today" for the reports (tests pin it); invalid means the real date.
    void setToday(const QDate& today) { m_today = today; }
    // The dashboards are computed the first time the page is shown and when the filter changes.
    void ensureComputed();
    bool isBusy() const;
    bool hasData() const { return m_data != nullptr; }
    const analytics::DashboardData* data() const { return m_data.get(); }

    ChartCard* card(const QString& name) const;
    QList<ChartCard*> cards() const { return m_cards; }
    bool savePdf(const QString& path, QString* error) const;

public slots:
    void refresh();

signals:
    // After each computation lands (error empty on success).
    void computed(const QString& error);
    void drillDownShown(rapport::DrillDownDialog* dialog); // qualified for QSignalSpy
    void openRecordRequested(const QString& entity, qint64 id);

private:
    QWidget* dashboardTab(const QList<ChartCard*>& cards);
    ChartCard* addCard(const char* name, const QString& title);
    void showData(const analytics::DashboardData& data);
    void drillDown(const analytics::DrillDown& what);
    void exportPdf();
    QDate today() const;
    QString filterText() const;

    Database& m_db;
    QDate m_today;
    std::unique_ptr<analytics::DashboardData> m_data;
    BackgroundQuery* m_query = nullptr;
    BackgroundQuery* m_drill = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_segment = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_pdf = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<ChartCard*> m_cards;
    bool m_requested = false;
};

} // namespace rapport
