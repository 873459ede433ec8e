#pragma once

#include "sales/MyWork.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace rapport {

class BackgroundRefresh;
class Database;

// "My work": my open leads by score, my open opportunities by stage, and my tasks and appointments of the
// chosen week in a calendar (days with work in bold, overdue tasks in red), with export to .ics. Read off the
// GUI thread and shown when it arrives.
class MyWorkPage final : public QWidget {
    Q_OBJECT
public:
    explicit MyWorkPage(Database& db, QWidget* parent = nullptr);
    QTreeWidget* agenda() const { return m_agenda; }
    QListWidget* leads() const { return m_leads; }
    // True from reload() until the work it asked for is shown.
    bool isLoading() const;

public slots:
    // Reads my work again, off the GUI thread; loaded() when it is shown.
    void reload();

signals:
    void loaded();
    void leadActivated(qint64 id);

private:
    void showWork(qint64 me, const QString& myName, const MyWorkData& data);
    void exportIcs();
    Database& m_db;
    BackgroundRefresh* m_refresh = nullptr;
    bool m_shownOnce = false;
    QLabel* m_heading = nullptr;
    QListWidget* m_leads = nullptr;
    QLabel* m_stages = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QTreeWidget* m_agenda = nullptr;
};

} // namespace rapport
