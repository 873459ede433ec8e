#pragma once

#include "analytics/Alerts.h"

struct sqlite3;

namespace rapport::analytics::alertrules {

// What every rule reads: whose records, the thresholds, and the moment (today is now's local date).
struct RuleContext {
    sqlite3* db = nullptr;
    qint64 userId = 0;
    AlertSettings settings;
    QDateTime now;
    QDate today;
};

// The rules of Alerts.h, one query each; alerts come back most urgent first within a kind.
QList<Alert> tasksOverdue(const RuleContext& context, Status* status);
QList<Alert> closeDates(const RuleContext& context, Status* status); // past_close and closing_soon
QList<Alert> leadsUncontacted(const RuleContext& context, Status* status);
QList<Alert> staleDeals(const RuleContext& context, Status* status);
QList<Alert> quotasBehind(const RuleContext& context, Status* status);
QList<Alert> buyingDrops(const RuleContext& context, Status* status);

// The first and last day of the quota period (month, quarter, year) that holds `day`.
std::pair<QDate, QDate> quotaPeriod(const QString& period, const QDate& day);

} // namespace rapport::analytics::alertrules
