#include "analytics/AlertsRules.h"

#include "sales/Money.h"
#include "storage/Statement.h"

#include <QLocale>

namespace rapport::analytics::alertrules {
namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("AlertService", text, nullptr, n);
}

QString isoTime(const QDateTime& when) {
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString isoDate(const QDate& day) {
    return day.toString(Qt::ISODate);
}

QDateTime parseTime(const QString& text) {
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
        if (day.isValid())
            when = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    return when;
}

QString shortDate(const QDate& day) {
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString shortTime(const QDateTime& when) {
    const QDateTime local = when.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

QString amount(qint64 minor, const QString& currency) {
    return money::formatLocalized(minor, QLocale()) + QLatin1Char(' ') + currency;
}

// Runs a query with bound values; calls `row` for each result row. False (and *status) on an SQL error.
template <typename Row>
bool each(sqlite3* db, std::string_view sql, const QVariantList& bound, Status* status, Row row) {
    Statement statement(db, sql);
    for (int i = 0; i < bound.size(); ++i)
        statement.bind(i + 1, bound.at(i));
    while (statement.next())
        row(statement);
    if (!statement.status() && status)
        *status = statement.status();
    return statement.status().ok();
}

QString withCustomer(const QString& detail, const QString& customer) {
    return customer.isEmpty() ? detail : tr("%1 · %2").arg(detail, customer);
}

} // namespace

std::pair<QDate, QDate> quotaPeriod(const QString& period, const QDate& day) {
    if (period == u"month") {
        const QDate first(day.year(), day.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    if (period == u"year")
        return {QDate(day.year(), 1, 1), QDate(day.year(), 12, 31)};
    const QDate first(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

QList<Alert> tasksOverdue(const RuleContext& context, Status* status) {
    QList<Alert> alerts;
    each(context.db,
         "SELECT t.id, t.title, t.due_at, t.customer_id, c.name FROM tasks t "
         "LEFT JOIN customers c ON c.id = t.customer_id "
         "WHERE t.done = 0 AND t.due_at IS NOT NULL AND t.due_at < ?2 AND (?1 = 0 OR t.assignee_id = ?1) "
         "ORDER BY t.due_at, t.id",
         {context.userId, isoTime(context.now)}, status, [&](const Statement& row) {
             Alert alert;
             alert.kind = AlertKind::TaskOverdue;
             alert.recordId = row.int64(0);
             alert.title = row.text(1);
             alert.conditionKey = row.text(2);
             alert.when = parseTime(row.text(2));
             alert.customerId = row.int64(3);
             alert.days = int(alert.when.toLocalTime().date().daysTo(context.today));
             alert.detail = withCustomer(tr("Was due %1").arg(shortTime(alert.when)), row.text(4));
             alerts << alert;
         });
    return alerts;
}

QList<Alert> closeDates(const RuleContext& context, Status* status) {
    QList<Alert> past;
    QList<Alert> soon;
    each(context.db,
         "SELECT o.id, o.title, substr(o.expected_close, 1, 10) AS close, o.amount_minor, o.currency, "
         "o.customer_id, c.name FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id "
         "WHERE o.status = 'open' AND o.expected_close IS NOT NULL AND substr(o.expected_close, 1, 10) <= ?2 "
         "AND (?1 = 0 OR o.owner_id = ?1) ORDER BY close, o.id",
         {context.userId, isoDate(context.today.addDays(context.settings.closingDays))}, status,
         [&](const Statement& row) {
             const QDate close = QDate::fromString(row.text(2), Qt::ISODate);
             if (!close.isValid())
                 return;
             Alert alert;
             alert.recordId = row.int64(0);
             alert.title = row.text(1);
             alert.conditionKey = row.text(2);
             alert.when = QDateTime(close, QTime(0, 0));
             alert.amountMinor = row.int64(3);
             alert.currency = row.text(4);
             alert.customerId = row.int64(5);
             const QString money = amount(alert.amountMinor, alert.currency);
             if (close < context.today) {
                 alert.kind = AlertKind::PastClose;
                 alert.days = int(close.daysTo(context.today));
                 alert.detail = withCustomer(
                     tr("Close date %1 passed %n day(s) ago · %2", alert.days).arg(shortDate(close), money),
                     row.text(6));
                 past << alert;
             } else {
                 alert.kind = AlertKind::ClosingSoon;
                 alert.days = int(context.today.daysTo(close));
                 alert.detail = withCustomer(
                     (alert.days == 0
                          ? tr("Closes today · %1").arg(money)
                          : tr("Closes in %n day(s), %1 · %2", alert.days).arg(shortDate(close), money)),
                     row.text(6));
                 soon << alert;
             }
         });
    return past + soon;
}

QList<Alert> leadsUncontacted(const RuleContext& context, Status* status) {
    QList<Alert> alerts;
    const QDateTime cutoff = context.now.addSecs(-3600 * qint64(context.settings.leadContactHours));
    each(context.db,
         "SELECT l.id, coalesce(nullif(trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')), "
         "''), l.organisation) || CASE WHEN l.organisation IS NOT NULL AND l.first_name IS NOT NULL "
         "THEN ' (' || l.organisation || ')' ELSE '' END AS name, coalesce(l.assigned_at, l.created_at) AS "
         "start "
         "FROM leads l WHERE l.status = 'new' AND (?1 = 0 OR l.owner_id = ?1) "
         "AND coalesce(l.assigned_at, l.created_at) <= ?2 AND NOT EXISTS (SELECT 1 FROM lead_activities a "
         "WHERE a.lead_id = l.id AND a.occurred_at >= coalesce(l.assigned_at, l.created_at)) "
         "ORDER BY start, l.id",
         {context.userId, isoTime(cutoff)}, status, [&](const Statement& row) {
             Alert alert;
             alert.kind = AlertKind::LeadUncontacted;
             alert.recordId = row.int64(0);
             alert.title = row.text(1);
             alert.conditionKey = row.text(2);
             alert.when = parseTime(row.text(2));
             alert.days = int(alert.when.toLocalTime().date().daysTo(context.today));
             const int hours = int(alert.when.secsTo(context.now) / 3600);
             alert.detail =
                 hours < 48 ? tr("Not contacted for %n hour(s), since %1", hours).arg(shortTime(alert.when))
                            : tr("Not contacted for %n day(s), since %1", hours / 24)
                                  .arg(shortDate(alert.when.toLocalTime().date()));
             alerts << alert;
         });
    return alerts;
}

QList<Alert> staleDeals(const RuleContext& context, Status* status) {
    QList<Alert> alerts;
    const QDateTime cutoff = context.now.addDays(-context.settings.staleDays);
    each(context.db,
         "SELECT id, title, amount_minor, currency, customer_id, customer, last_activity FROM ("
         "SELECT o.id, o.title, o.amount_minor, o.currency, o.customer_id, c.name AS customer, "
         "max(o.created_at, coalesce((SELECT max(h.entered_at) FROM opportunity_stage_history h "
         "WHERE h.opportunity_id = o.id), ''), coalesce((SELECT max(i.occurred_at) FROM interactions i "
         "WHERE i.customer_id = o.customer_id AND i.occurred_at <= ?2), '')) AS last_activity "
         "FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id "
         "WHERE o.status = 'open' AND (?1 = 0 OR o.owner_id = ?1)) "
         "WHERE last_activity < ?3 ORDER BY last_activity, id",
         {context.userId, isoTime(context.now), isoTime(cutoff)}, status, [&](const Statement& row) {
             Alert alert;
             alert.kind = AlertKind::StaleDeal;
             alert.recordId = row.int64(0);
             alert.title = row.text(1);
             alert.amountMinor = row.int64(2);
             alert.currency = row.text(3);
             alert.customerId = row.int64(4);
             alert.conditionKey = row.text(6);
             alert.when = parseTime(row.text(6));
             alert.days = int(alert.when.toLocalTime().date().daysTo(context.today));
             alert.detail = withCustomer(tr("No activity for %n day(s), since %1 · %2", alert.days)
                                             .arg(shortDate(alert.when.toLocalTime().date()),
                                                  amount(alert.amountMinor, alert.currency)),
                                         row.text(5));
             alerts << alert;
         });
    return alerts;
}

QList<Alert> quotasBehind(const RuleContext& context, Status* status) {
    struct Rep {
        qint64 id, userId, quota;
        QString name, currency, period;
    };
    QList<Rep> reps;
    if (!each(context.db,
              "SELECT r.id, r.user_id, r.quota_minor, u.name, r.currency, r.quota_period FROM sales_reps r "
              "JOIN users u ON u.id = r.user_id WHERE r.active = 1 AND r.quota_minor > 0 "
              "AND (?1 = 0 OR r.user_id = ?1) ORDER BY u.name, r.id",
              {context.userId}, status, [&](const Statement& row) {
                  reps << Rep{row.int64(0), row.int64(1), row.int64(2),
                              row.text(3),  row.text(4),  row.text(5)};
              }))
        return {};
    QList<Alert> alerts;
    for (const Rep& rep : reps) {
        const auto [first, last] = quotaPeriod(rep.period, context.today);
        const qint64 elapsed = first.daysTo(context.today) + 1;
        const qint64 length = first.daysTo(last) + 1;
        qint64 won = 0;
        if (!each(context.db,
                  "SELECT coalesce(sum(amount_minor), 0) FROM opportunities WHERE owner_id = ?1 "
                  "AND status = 'won' AND currency = ?2 AND substr(closed_at, 1, 10) BETWEEN ?3 AND ?4",
                  {rep.userId, rep.currency, isoDate(first), isoDate(context.today)}, status,
                  [&](const Statement& row) { won = row.int64(0); }))
            return {};
        // Behind when won < percent % of quota × elapsed / length, in exact integers.
        if (won * 100 * length >= rep.quota * elapsed * context.settings.quotaPacePercent)
            continue;
        Alert alert;
        alert.kind = AlertKind::QuotaBehind;
        alert.recordId = rep.id;
        alert.title = rep.name;
        alert.conditionKey = isoDate(first);
        alert.when = QDateTime(first, QTime(0, 0));
        alert.days = int(elapsed);
        alert.amountMinor = won;
        alert.referenceMinor = money::divideRounded(rep.quota * elapsed, length);
        alert.currency = rep.currency;
        alert.detail = tr("Won %1 of a %2 quota since %3; %4 expected by today")
                           .arg(amount(won, rep.currency), amount(rep.quota, rep.currency), shortDate(first),
                                amount(alert.referenceMinor, rep.currency));
        alerts << alert;
    }
    return alerts;
}

QList<Alert> buyingDrops(const RuleContext& context, Status* status) {
    QList<Alert> alerts;
    const int months = context.settings.trendMonths;
    const QDate recentStart = context.today.addMonths(-months);
    const QDate previousStart = context.today.addMonths(-2 * months);
    each(context.db,
         "SELECT c.id, c.name, "
         "sum(CASE WHEN p.day > ?3 THEN p.total_minor ELSE 0 END) AS recent, "
         "sum(CASE WHEN p.day <= ?3 THEN p.total_minor ELSE 0 END) AS previous, max(p.day) AS latest, "
         "min(p.currency) FROM (SELECT q.customer_id, coalesce(substr(q.accepted_at, 1, 10), q.issue_date) "
         "AS day, q.total_minor, q.currency FROM quotes q WHERE q.status = 'accepted') p "
         "JOIN customers c ON c.id = p.customer_id WHERE (?1 = 0 OR c.owner_id = ?1) "
         "AND p.day > ?4 AND p.day <= ?2 GROUP BY c.id "
         "HAVING previous > 0 AND recent * 100 <= previous * (100 - ?5) "
         "ORDER BY previous - recent DESC, c.id",
         {context.userId, isoDate(context.today), isoDate(recentStart), isoDate(previousStart),
          context.settings.trendDropPercent},
         status, [&](const Statement& row) {
             Alert alert;
             alert.kind = AlertKind::BuyingDrop;
             alert.recordId = row.int64(0);
             alert.customerId = alert.recordId;
             alert.title = row.text(1);
             alert.amountMinor = row.int64(2);
             alert.referenceMinor = row.int64(3);
             alert.conditionKey = row.text(4);
             alert.when = QDateTime(QDate::fromString(row.text(4), Qt::ISODate), QTime(0, 0));
             alert.currency = row.text(5);
             const qint64 drop =
                 money::divideRounded((alert.referenceMinor - alert.amountMinor) * 100, alert.referenceMinor);
             alert.detail =
                 tr("Bought %1 in the last %n month(s) against %2 in the %n before (−%3 %)", months)
                     .arg(amount(alert.amountMinor, alert.currency),
                          amount(alert.referenceMinor, alert.currency), QLocale().toString(drop));
             alerts << alert;
         });
    return alerts;
}

} // namespace rapport::analytics::alertrules
