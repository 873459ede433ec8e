#pragma once

#include "Prompts.h"
#include "analytics/Alerts.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rapport {

class BackgroundRefresh;
class Database;

// The sales-intelligence alerts of one user ("me" unless another user is chosen): computed off the GUI thread
// at start and shortly after data changes, listed by kind; each can be opened (double-click), snoozed,
// dismissed or, when hidden, restored; the user's thresholds are one click away. The count of active alerts
// is what the sidebar badge shows.
class AlertsPage final : public QWidget {
    Q_OBJECT
public:
    AlertsPage(Database& db, const Prompts* prompts, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    int activeCount() const { return m_activeCount; }
    qint64 userId() const;
    bool isRefreshing() const;
    // The alert of the selected row, if any.
    std::optional<analytics::Alert> currentAlert() const;
    // Replaceable for tests: asks for a snooze end (returns an invalid time when cancelled) and for
    // settings (returns false when cancelled).
    std::function<QDateTime(const analytics::Alert& alert)> askSnoozeUntil;
    std::function<bool(analytics::AlertSettings* settings)> askSettings;
    static QString kindText(analytics::AlertKind kind);

public slots:
    // Recomputes after a short quiet time (data changed); refreshNow() at once.
    void scheduleRefresh();
    void refreshNow();
    void openCurrent();
    void snoozeCurrent(int days);
    void snoozeCurrentUntil();
    void dismissCurrent();
    void restoreCurrent();
    void editSettings();

signals:
    void countChanged(int active);
    void openRequested(const QString& entityName, qint64 id);
    void refreshed();

private:
    void showAlerts(const QList<analytics::Alert>& alerts, const QString& error);
    void prepareJob();
    void fillUsers();
    void updateButtons();
    void snooze(const QDateTime& until);

    Database& m_db;
    const Prompts* m_prompts;
    BackgroundRefresh* m_refresh = nullptr;
    QComboBox* m_user = nullptr;
    QCheckBox* m_showHidden = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_snooze = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_restore = nullptr;
    QList<analytics::Alert> m_alerts;
    int m_activeCount = 0;
};

} // namespace rapport
