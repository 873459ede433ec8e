#include "sales/MyWork.h"

#include "sales/SalesSql.h"
#include "storage/Database.h"

#include <algorithm>

namespace rapport {
namespace {

// Tasks due from `from` to `to` (done ones too when includeDone) and appointments starting then, plus the
// latest `overdueBefore` open tasks due before `from`, sorted by start.
QList<CalendarItem> itemsBetween(Database& db, qint64 userId, const QString& from, const QString& to,
                                 int overdueBefore, bool includeDone) {
    QList<CalendarItem> items;
    QList<QVariantMap> tasks =
        sales::rows(db.handle(),
                    "SELECT t.id, t.title, t.notes, t.due_at, t.done, c.name AS customer FROM tasks t "
                    "LEFT JOIN customers c ON c.id = t.customer_id WHERE (?1 = 0 OR t.assignee_id = ?1) AND "
                    "t.due_at >= ?2 AND t.due_at < ?3 AND (?4 = 1 OR t.done = 0) ORDER BY t.due_at",
                    {userId, from, to, includeDone ? 1 : 0});
    if (overdueBefore > 0)
        tasks +=
            sales::rows(db.handle(),
                        "SELECT t.id, t.title, t.notes, t.due_at, t.done, c.name AS customer FROM tasks t "
                        "LEFT JOIN customers c ON c.id = t.customer_id WHERE (?1 = 0 OR t.assignee_id = ?1) "
                        "AND t.done = 0 AND t.due_at < ?2 ORDER BY t.due_at DESC LIMIT ?3",
                        {userId, from, overdueBefore});
    for (const QVariantMap& t : std::as_const(tasks)) {
        CalendarItem item;
        item.kind = CalendarItem::Task;
        item.id = t.value(QStringLiteral("id")).toLongLong();
        item.title = t.value(QStringLiteral("title")).toString();
        const QString customer = t.value(QStringLiteral("customer")).toString();
        item.description = t.value(QStringLiteral("notes")).toString();
        if (!customer.isEmpty())
            item.description = (customer + QLatin1Char('\n') + item.description).trimmed();
        item.start = QDateTime::fromString(t.value(QStringLiteral("due_at")).toString(), Qt::ISODate);
        item.done = t.value(QStringLiteral("done")).toInt() != 0;
        items << item;
    }
    for (const QVariantMap& a : sales::rows(db.handle(),
                                            "SELECT a.*, c.name AS customer FROM appointments a LEFT JOIN "
                                            "customers c ON c.id = a.customer_id "
                                            "WHERE (?1 = 0 OR a.user_id = ?1) AND a.starts_at >= ?2 AND "
                                            "a.starts_at < ?3 ORDER BY a.starts_at",
                                            {userId, from, to})) {
        CalendarItem item;
        item.id = a.value(QStringLiteral("id")).toLongLong();
        item.title = a.value(QStringLiteral("title")).toString();
        item.location = a.value(QStringLiteral("location")).toString();
        item.description = (a.value(QStringLiteral("customer")).toString() + QLatin1Char('\n') +
                            a.value(QStringLiteral("notes")).toString())
                               .trimmed();
        item.start = QDateTime::fromString(a.value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
        item.end = QDateTime::fromString(a.value(QStringLiteral("ends_at")).toString(), Qt::ISODate);
        items << item;
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const CalendarItem& a, const CalendarItem& b) { return a.start < b.start; });
    return items;
}

QString isoStart(const QDate& date) {
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

} // namespace

bool MyWork::isOverdue(const CalendarItem& item, const QDateTime& now) {
    return item.kind == CalendarItem::Task && !item.done && item.start.isValid() && item.start < now;
}

MyWorkData MyWork::load(Database& db, qint64 userId, const QDate& from, const QDate& to) {
    MyWorkData data;
    for (const QVariantMap& l :
         sales::rows(db.handle(),
                     "SELECT id, coalesce(nullif(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, "
                     "'')), ''), "
                     "organisation) || CASE WHEN organisation IS NOT NULL AND first_name IS NOT NULL THEN ' "
                     "(' || organisation "
                     "|| ')' ELSE '' END AS name, status, score FROM leads WHERE (?1 = 0 OR owner_id = ?1) "
                     "AND status IN ('new', 'contacted', 'qualified') ORDER BY score DESC, id LIMIT 200",
                     {userId}))
        data.leads << WorkLead{
            l.value(QStringLiteral("id")).toLongLong(), l.value(QStringLiteral("name")).toString(),
            l.value(QStringLiteral("status")).toString(), l.value(QStringLiteral("score")).toInt()};
    for (const QVariantMap& s :
         sales::rows(db.handle(),
                     "SELECT p.name AS pipeline, s.name AS stage, count(o.id) AS n, "
                     "coalesce(sum(o.amount_minor), 0) AS amount "
                     "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id LEFT JOIN opportunities o ON "
                     "o.stage_id = s.id "
                     "AND (?1 = 0 OR o.owner_id = ?1) WHERE s.outcome = 'open' GROUP BY s.id "
                     "ORDER BY p.position, p.id, s.position, s.id",
                     {userId}))
        data.stages << WorkStageCount{
            s.value(QStringLiteral("pipeline")).toString(), s.value(QStringLiteral("stage")).toString(),
            s.value(QStringLiteral("n")).toInt(), s.value(QStringLiteral("amount")).toLongLong()};
    data.items = itemsBetween(db, userId, isoStart(from), isoStart(to), overdueListed, true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    data.overdueShown = int(std::count_if(data.items.begin(), data.items.end(),
                                          [&now](const CalendarItem& item) { return isOverdue(item, now); }));
    data.overdue = sales::scalar(db.handle(),
                                 "SELECT count(*) FROM tasks WHERE (?1 = 0 OR assignee_id = ?1) AND done = 0 "
                                 "AND due_at < ?2",
                                 {userId, now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))})
                       .toInt();
    return data;
}

QList<CalendarItem> MyWork::calendarItems(Database& db, qint64 userId) {
    const QDate today = QDate::currentDate();
    return itemsBetween(db, userId, isoStart(today.addDays(-30)), isoStart(today.addYears(2)), 0, false);
}

} // namespace rapport
