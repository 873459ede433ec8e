#pragma once

#include "automation/Rules.h"

#include <QDate>
#include <QVariantMap>

namespace rapport {

// The SELECT that finds a rule's new events in one statement over the whole table (set-based, so it stays
// fast on a million customers): one row per record whose event happened and whose conditions hold, and
// which the rule has not fired for yet, with columns record_id, customer_id, owner_id, contact_id,
// event_key. Every value is bound; field names come from the entity catalog only.
struct EventQuery {
    QString sql;
    QVariantMap bound; // named parameters (":today") and their values
    QString entity;    // the catalog name of the record (customer, opportunity, ...)
};

class RuleSql final {
    Q_DECLARE_TR_FUNCTIONS(RuleSql)
public:
    // What is wrong with a rule, naming the part (“Condition 2: ...”); success when it can run.
    static Status validate(const Rule& rule);
    static std::optional<EventQuery> eventQuery(const Rule& rule, QDate today, Status* status);
    // The "MM-DD" days from `from` to `from + days` (at most a year), with 02-29 beside 03-01 in a year
    // without 29 February, since such a birthday is kept on 1 March then.
    static QStringList monthDays(QDate from, int days);
};

} // namespace rapport
