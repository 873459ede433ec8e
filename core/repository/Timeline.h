#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rapport {

class Database;

// One entry of a customer's timeline: an interaction on any channel, a task, or a service case.
struct TimelineEntry {
    enum class Kind { Interaction, Task, Case };
    Kind kind = Kind::Interaction;
    qint64 id = 0;
    QDateTime when;  // interaction: when it happened; task: due (or created when it has no due date)
    QString channel; // interactions: phone, email, sms, meeting, visit, letter, fax, chat, voip, note; cases:
                     // category
    QString direction; // interactions: in or out
    QString subject;   // interaction subject or task title
    QString body;      // interaction body or task notes
    QString outcome;   // interactions: the outcome; cases: the status
    qint64 durationSeconds = 0;
    QString userName;    // who on our side (interaction user or task assignee)
    QString contactName; // the customer's person involved, if any
    bool done = false;   // tasks; cases resolved or closed
};

// Reads the timeline of one customer (or one contact): interactions, tasks and cases (when opened), newest
// first.
class Timeline final {
    Q_DECLARE_TR_FUNCTIONS(Timeline)
public:
    explicit Timeline(Database& db);
    QList<TimelineEntry> forCustomer(qint64 customerId, int limit = 500, Status* status = nullptr) const;
    QList<TimelineEntry> forContact(qint64 contactId, int limit = 500, Status* status = nullptr) const;
    // Open tasks of a customer, soonest due first.
    QList<TimelineEntry> openTasks(qint64 customerId, Status* status = nullptr) const;

private:
    QList<TimelineEntry> read(const char* ownerColumn, qint64 ownerId, int limit, bool openTasksOnly,
                              Status* status) const;
    Database& m_db;
};

} // namespace rapport
