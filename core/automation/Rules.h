#pragma once

#include "util/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rapport {

class Database;

// IF: a field of the event's record ("status", "amount_minor") or of its customer ("customer.tags") compared
// with a value. Money values are minor units, dates yyyy-MM-dd, references ids, booleans yes/no.
struct RuleCondition {
    QString field;
    QString op = QStringLiteral("equals");
    QString value;
};

// THEN: create_task (title `value`, due in `days`, for the record's owner or else `userId`), add_to_campaign
// (`campaignId`), tag (tag `value` on the customer), assign (owner := `userId`), set_field (`field` :=
// `value`).
struct RuleAction {
    QString kind = QStringLiteral("create_task");
    QString field;
    QString value;
    int days = 0;
    qint64 userId = 0;
    qint64 campaignId = 0;
};

// WHEN an event IF every condition THEN each action: one row of automation_rules with its conditions and
// actions (see resources/sql/0007_automation.sql for what each event reads).
struct Rule {
    qint64 id = 0;
    QString name;
    QString event = QStringLiteral("no_interaction");
    int days = 0;
    qint64 threshold = 0;
    QString value;
    QString
        since; // yyyy-MM-dd: moment events (lost, case opened) count from this day on; empty = the rule's day
    bool active = true;
    QString notes;
    QString createdOn; // yyyy-MM-dd, read only
    QList<RuleCondition> conditions;
    QList<RuleAction> actions;
};

// Reads and writes rules with their conditions and actions, each save or removal one transaction.
class RuleStore final {
    Q_DECLARE_TR_FUNCTIONS(RuleStore)
public:
    explicit RuleStore(Database& db);
    QList<Rule> all(Status* status = nullptr) const;
    std::optional<Rule> get(qint64 id) const;
    // Checks the rule (RuleSql::validate) and stores it; sets rule.id for a new rule.
    Status save(Rule& rule);
    Status remove(qint64 id);

    static QStringList events();
    static QStringList operators();
    static QStringList actionKinds();
    // The record an event is about: customer, opportunity, case, contact, quote or lead.
    static QString eventEntity(const QString& event);
    static QString eventLabel(const QString& event);
    static QString operatorLabel(const QString& op);
    static QString actionLabel(const QString& kind);

private:
    Database& m_db;
};

} // namespace rapport
