#pragma once

#include "Prompts.h"

#include <QWidget>

class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace rapport {

class AutomationArea;
class AnalyticsPage;
class AlertsPage;
class CustomerView;
class MarketingArea;
class Database;
class RecordActions;
class RecordListPage;
class SalesArea;
class SampleDataLoader;
class SyncPage;
class WelcomePage;

// Everything the window shows for one open database: the sidebar of areas and a page per area (lists, the
// customer 360° view, the welcome page). Rebuilt when another database is opened.
class Workspace final : public QWidget {
    Q_OBJECT
public:
    enum Area { Customers, Contacts, Activities };

    Workspace(Database& db, QUndoStack& undo, const Prompts* prompts, QWidget* parent = nullptr);
    ~Workspace() override;

    RecordActions* actions() const { return m_actions; }
    RecordListPage* customers() const { return m_customers; }
    RecordListPage* contacts() const { return m_contacts; }
    RecordListPage* interactions() const { return m_interactions; }
    RecordListPage* tasks() const { return m_tasks; }
    CustomerView* customerView() const { return m_customerView; }
    SalesArea* sales() const { return m_sales; }
    // The sidebar row of the first sales page (Leads); the others follow in SalesArea::pages() order.
    int salesRow() const { return m_salesRow; }
    AutomationArea* automation() const { return m_automation; }
    // The sidebar row of the first automation page (Cases); the others follow in AutomationArea::pages()
    // order.
    int automationRow() const { return m_automationRow; }
    MarketingArea* marketing() const { return m_marketing; }
    // The sidebar row of the first marketing page (Segments); Campaigns and the suppression list follow.
    int marketingRow() const { return m_marketingRow; }
    SyncPage* syncPage() const { return m_sync; }
    // The Analytics area (dashboards; other analytical panels add tabs to it) and its sidebar row.
    AnalyticsPage* analytics() const { return m_analytics; }
    int analyticsArea() const { return m_analyticsRow; }
    int syncArea() const { return m_syncRow; }
    // The sales alerts page and its sidebar row (which carries the count of active alerts as a badge).
    AlertsPage* alerts() const { return m_alerts; }
    int alertsArea() const { return m_alertsRow; }
    // The list page shown now (nullptr on the welcome page and the 360° view).
    RecordListPage* currentList() const;
    QString statusText() const;

public slots:
    void showArea(int area);
    void showCustomer(qint64 id);
    void newRecord();
    void editCurrent();
    void deleteCurrent();
    void focusSearch();
    void popupColumnsMenu();
    void loadSampleData();
    void saveLayout() const;

signals:
    void statusChanged();

private:
    void connectList(RecordListPage* page);
    void recordsChanged(const QString& entityName);
    void showContextMenu(RecordListPage* page, const QPoint& globalPos);
    void addAlerts();
    void openRecord(const QString& entityName, qint64 id);

    Database& m_db;
    const Prompts* m_prompts;
    RecordActions* m_actions = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    RecordListPage* m_customers = nullptr;
    RecordListPage* m_contacts = nullptr;
    QTabWidget* m_activities = nullptr;
    RecordListPage* m_interactions = nullptr;
    RecordListPage* m_tasks = nullptr;
    CustomerView* m_customerView = nullptr;
    SampleDataLoader* m_loader = nullptr;
    SalesArea* m_sales = nullptr;
    int m_salesRow = 0;
    AutomationArea* m_automation = nullptr;
    int m_automationRow = 0;
    MarketingArea* m_marketing = nullptr;
    int m_marketingRow = 0;
    SyncPage* m_sync = nullptr;
    int m_syncRow = -1;
    AnalyticsPage* m_analytics = nullptr;
    int m_analyticsRow = -1;
    AlertsPage* m_alerts = nullptr;
    int m_alertsRow = -1;
};

} // namespace rapport
