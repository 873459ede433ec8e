#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace rapport {

class Database;

namespace analytics {

// Sales-intelligence alerts for one user (the database's own user, "me", by default; user 0 = everyone's
// records). Each kind is one rule over the data, evaluated at a moment `now` (today = now's local date):
//
//  closing_soon      an open opportunity of the user whose expected close date is today or within
//                    closingDays days from today. Condition key: the close date.
//  past_close        an open opportunity whose expected close date is before today. Key: the close date.
//  stale_deal        an open opportunity with no activity for staleDays days or more. Its last activity is
//                    the latest of: its creation, its latest stage change, the latest interaction with its
//                    customer (not in the future). Key: that last activity.
//  quota_behind      the user's active sales-rep profile with a quota: won so far in the current period
//                    (month, quarter or year of the profile; opportunities won by the user, closed from the
//                    period's first day to today, in the quota's currency) is below quotaPacePercent % of
//                    the pro-rated quota (quota × days elapsed including today / days in the period). Key:
//                    the period's first day.
//  buying_drop       a customer of the user who bought less: purchases are accepted quotes' totals, dated by
//                    their acceptance (else issue) date. Over the last trendMonths months (the window ends
//                    today) the customer bought trendDropPercent % or more below the trendMonths months
//                    before that, which had purchases. Key: the date of the customer's latest purchase (a
//                    new purchase makes a dismissed drop come back if it still holds).
//  lead_uncontacted  a new lead of the user (status 'new') with no lead activity since it was assigned
//                    (else created), leadContactHours hours or more ago. Key: that assignment/creation.
//  task_overdue      an open task assigned to the user whose due time has passed. Key: the due time.
//
// An alert can be snoozed until a moment (hidden until then, whatever happens) or dismissed (hidden while
// its condition key stays the same; it comes back when the condition arises anew).
enum class AlertKind {
    TaskOverdue,
    PastClose,
    ClosingSoon,
    LeadUncontacted,
    StaleDeal,
    QuotaBehind,
    BuyingDrop
};

QString alertKindName(AlertKind kind);
std::optional<AlertKind> alertKindFromName(const QString& name);
// The entity (EntityCatalog name) an alert of this kind is about: opportunity, sales_rep, customer, lead,
// task.
QString alertEntityName(AlertKind kind);
QList<AlertKind> allAlertKinds();

// One user's thresholds (alert_settings), with the defaults used until the user changes them.
struct AlertSettings {
    int closingDays = 14;
    int staleDays = 21;
    int quotaPacePercent = 90;
    int trendMonths = 6;
    int trendDropPercent = 50;
    int leadContactHours = 48;
    bool operator==(const AlertSettings&) const = default;
};

struct Alert {
    enum class State { Active, Snoozed, Dismissed };
    AlertKind kind = AlertKind::TaskOverdue;
    qint64 recordId = 0;
    qint64 customerId = 0; // the customer it concerns, when there is one
    QString title;         // the record: the deal, task, lead, customer or rep
    QString detail;        // a translated sentence saying why
    QString conditionKey;
    QDateTime when;            // the moment that matters (due, close date, last activity...); may be invalid
    int days = 0;              // days left (closing_soon), overdue (past_close), idle (stale_deal)
    qint64 amountMinor = 0;    // the deal's amount, won so far, or bought recently
    qint64 referenceMinor = 0; // quota pace expected by now, or bought in the period before
    QString currency;
    State state = State::Active;
    QDateTime snoozedUntil;

    // "kind:record", what the CLI takes.
    QString key() const;
};

class AlertService final {
    Q_DECLARE_TR_FUNCTIONS(AlertService)
public:
    explicit AlertService(Database& db);

    // The user the alerts are for when none is named: the database's own user (meta me_user_id), or 0.
    qint64 defaultUser() const;

    AlertSettings settings(qint64 userId) const;
    // Validates (a message naming the threshold and its range when out of range) and stores.
    Status saveSettings(qint64 userId, const AlertSettings& settings);
    static Status validate(const AlertSettings& settings);

    // The user's alerts at `now`: active ones only, or also the snoozed and dismissed ones (with their
    // state). Sorted by kind (the order of AlertKind), then most urgent first.
    QList<Alert> alerts(qint64 userId, const QDateTime& now, bool includeHidden = false,
                        Status* status = nullptr) const;
    // Finds a current alert by key ("kind:record") or by record id alone when only one alert is about it.
    std::optional<Alert> find(qint64 userId, const QString& key, const QDateTime& now, Status* status) const;

    Status snooze(qint64 userId, const Alert& alert, const QDateTime& until);
    Status dismiss(qint64 userId, const Alert& alert);
    // Forgets a snooze or dismissal.
    Status restore(qint64 userId, const Alert& alert);

private:
    QList<Alert> evaluate(qint64 userId, const AlertSettings& settings, const QDateTime& now,
                          Status* status) const;
    Database& m_db;
};

} // namespace analytics
} // namespace rapport
