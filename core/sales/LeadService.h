#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace rapport {

class Database;

// Who got a lead and why.
struct Assignment {
    qint64 userId = 0;
    QString ruleName; // empty when no rule matched
    Status status;
};

// What a conversion produced; matched* tell an existing record that was reused from a new one.
struct Conversion {
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 opportunityId = 0;
    bool matchedCustomer = false;
    bool matchedContact = false;
    int carriedActivities = 0;
    Status status;
};

// Leads: assignment by rules (round robin within a team, territory, skill or language), bulk reassignment
// (the assignee gets a task each time), and conversion into customer, contact and opportunity. Every way a
// lead comes in (typed in: RecordStore::insert; imported: the importer; later campaigns) calls assignNew.
// Scores are kept by the database itself (the lead_scores view and its triggers), so every writer keeps them
// current.
class LeadService final {
    Q_DECLARE_TR_FUNCTIONS(LeadService)
public:
    explicit LeadService(Database& db);

    // Applies the first matching active rule to the lead; an unmatched lead stays unassigned.
    Assignment assign(qint64 leadId);
    // Assigns the given leads that are new and have no owner yet, by the rules read once for the batch;
    // stamp (empty: now) is their assigned_at and updated_at and the tasks' created_at. Returns how many got
    // an owner. Inside the caller's transaction when there is one.
    int assignNew(const QList<qint64>& leadIds, const QString& stamp = {}, Status* status = nullptr);
    // Assigns every new lead without an owner; returns how many got one.
    int assignUnassigned(Status* status = nullptr);
    // Gives the leads to userId, with a task for each.
    Status reassign(const QList<qint64>& leadIds, qint64 userId);
    // Recomputes every lead's score (after the clock moved past a "recent interaction" window).
    Status rescoreAll();
    // Turns a qualified lead into a customer (an existing one with the same name or e-mail is reused), a
    // contact and an opportunity in the first stage of pipelineId (0: the first pipeline), copying the lead's
    // activities to the customer's timeline. The lead stays, marked converted and linked.
    Conversion convert(qint64 leadId, qint64 pipelineId = 0);

private:
    struct RuleSet;
    RuleSet loadRules() const;
    Assignment assignWith(RuleSet& rules, const QVariantMap& lead, const QString& stamp);
    Status giveTo(qint64 leadId, qint64 userId, const QString& why, const QString& stamp);
    Database& m_db;
};

} // namespace rapport
