#pragma once

#include "sales/MyWork.h"

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace rapport {

class Database;

// "My work": my open leads by score, my open opportunities by stage, and my tasks and appointments of the
// chosen week in a calendar (days with work in bold, overdue tasks in red), with export to .ics.
class MyWorkPage final : public QWidget {
    Q_OBJECT
public:
    explicit MyWorkPage(Database& db, QWidget* parent = nullptr);
    QTreeWidget* agenda() const { return m_agenda; }
    QListWidget* leads() const { return m_leads; }

public slots:
    void reload();

signals:
    void leadActivated(qint64 id);

private:
    void exportIcs();
    Database& m_db;
    QLabel* m_heading = nullptr;
    QListWidget* m_leads = nullptr;
    QLabel* m_stages = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QTreeWidget* m_agenda = nullptr;
};

} // namespace rapport
