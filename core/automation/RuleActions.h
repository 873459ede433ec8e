#pragma once

#include "automation/Rules.h"

#include <QDate>

namespace rapport {

// The record an event is about, as the event query found it.
struct EventRow {
    qint64 recordId = 0;
    qint64 customerId = 0;
    qint64 ownerId = 0;
    qint64 contactId = 0;
    QString eventKey;
};

// Carries out one action of a rule for one event, through RecordStore (so values are validated and
// normalised as when a user edits), and says what it did in a short sentence for the firing log.
class RuleActions final {
    Q_DECLARE_TR_FUNCTIONS(RuleActions)
public:
    RuleActions(Database& db, QDate today);
    QString perform(const Rule& rule, const RuleAction& action, const QString& entity, const EventRow& event,
                    Status* status);

private:
    QString createTask(const Rule& rule, const RuleAction& action, const QString& entity,
                       const EventRow& event, Status* status);
    QString addToCampaign(const RuleAction& action, const QString& entity, const EventRow& event,
                          Status* status);
    QString tag(const RuleAction& action, const EventRow& event, Status* status);
    QString assign(const RuleAction& action, const QString& entity, const EventRow& event, Status* status);
    QString setField(const RuleAction& action, const QString& entity, const EventRow& event, Status* status);
    Database& m_db;
    QDate m_today;
};

} // namespace rapport
