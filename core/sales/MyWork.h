#pragma once

#include "sales/ICalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace rapport {

class Database;

struct WorkLead {
    qint64 id = 0;
    QString name;
    QString status;
    int score = 0;
};

struct WorkStageCount {
    QString pipeline;
    QString stage;
    int count = 0;
    qint64 amountMinor = 0;
};

// A rep's desk: open leads (best score first), open opportunities by stage, tasks and appointments in a
// period; overdue means an open task due before now.
struct MyWorkData {
    QList<WorkLead> leads;
    QList<WorkStageCount> stages;
    QList<CalendarItem> items; // sorted by start
    int overdue = 0;           // every open task due before now
    int overdueShown = 0;      // those of them among the items
};

class MyWork final {
    Q_DECLARE_TR_FUNCTIONS(MyWork)
public:
    // Items from `from` (inclusive) to `to` (exclusive) plus the latest overdueListed open tasks due before
    // it (a rep can have thousands); userId 0 means everyone.
    static constexpr int overdueListed = 100;
    static MyWorkData load(Database& db, qint64 userId, const QDate& from, const QDate& to);
    // Every open task and every appointment from 30 days ago on, for an .ics export.
    static QList<CalendarItem> calendarItems(Database& db, qint64 userId);
    static bool isOverdue(const CalendarItem& item, const QDateTime& now);
};

} // namespace rapport
