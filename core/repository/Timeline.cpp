#include "repository/Timeline.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace rapport {

Timeline::Timeline(Database& db) : m_db(db) {}

QList<TimelineEntry> Timeline::forCustomer(qint64 customerId, int limit, Status* status) const {
    return read("customer_id", customerId, limit, false, status);
}

QList<TimelineEntry> Timeline::forContact(qint64 contactId, int limit, Status* status) const {
    return read("contact_id", contactId, limit, false, status);
}

QList<TimelineEntry> Timeline::openTasks(qint64 customerId, Status* status) const {
    return read("customer_id", customerId, 1000, true, status);
}

QList<TimelineEntry> Timeline::read(const char* ownerColumn, qint64 ownerId, int limit, bool openTasksOnly,
                                    Status* status) const {
    const QString column = QString::fromLatin1(ownerColumn);
    const QString interactions =
        QStringLiteral(
            "SELECT 0, i.id, i.occurred_at, i.channel, i.direction, i.subject, i.body, i.outcome, "
            "i.duration_s, u.name, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), 0 "
            "FROM interactions i LEFT JOIN users u ON u.id = i.user_id "
            "LEFT JOIN contacts p ON p.id = i.contact_id WHERE i.%1 = ?1")
            .arg(column);
    const QString tasks =
        QStringLiteral(
            "SELECT 1, t.id, coalesce(t.due_at, t.created_at), NULL, NULL, t.title, t.notes, NULL, NULL, "
            "u.name, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), t.done "
            "FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id "
            "LEFT JOIN contacts p ON p.id = t.contact_id WHERE t.%1 = ?1")
            .arg(column);
    const QString cases =
        QStringLiteral(
            "SELECT 2, c.id, c.opened_at, c.category, NULL, c.subject, c.description, c.status, NULL, "
            "u.name, "
            "trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), "
            "c.status IN ('resolved', 'closed') FROM cases c LEFT JOIN users u ON u.id = c.owner_id "
            "LEFT JOIN contacts p ON p.id = c.contact_id WHERE c.%1 = ?1")
            .arg(column);
    const QString sql = openTasksOnly ? tasks + QStringLiteral(" AND t.done = 0 ORDER BY 3 ASC LIMIT ?2")
                                      : interactions + QStringLiteral(" UNION ALL ") + tasks +
                                            QStringLiteral(" UNION ALL ") + cases +
                                            QStringLiteral(" ORDER BY 3 DESC LIMIT ?2");
    Statement query(m_db.handle(), sql.toStdString());
    query.bind(1, ownerId).bind(2, static_cast<qint64>(limit));
    QList<TimelineEntry> entries;
    while (query.next()) {
        TimelineEntry entry;
        const qint64 kind = query.int64(0);
        entry.kind = kind == 0   ? TimelineEntry::Kind::Interaction
                     : kind == 1 ? TimelineEntry::Kind::Task
                                 : TimelineEntry::Kind::Case;
        entry.id = query.int64(1);
        entry.when = QDateTime::fromString(query.text(2), Qt::ISODateWithMs);
        entry.channel = query.text(3);
        entry.direction = query.text(4);
        entry.subject = query.text(5);
        entry.body = query.text(6);
        entry.outcome = query.text(7);
        entry.durationSeconds = query.int64(8);
        entry.userName = query.text(9);
        entry.contactName = query.text(10);
        entry.done = query.int64(11) != 0;
        entries.append(entry);
    }
    if (status)
        *status = query.status();
    return entries;
}

} // namespace rapport
