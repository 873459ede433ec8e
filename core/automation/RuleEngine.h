#pragma once

#include "automation/Rules.h"

#include <QDate>
#include <functional>
#include <vector>

namespace rapport {

// One new event a rule fired for, and what its actions did.
struct RuleFiring {
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QString entity;
    qint64 recordId = 0;
    qint64 customerId = 0;
    QString eventKey;
    QString outcome;
    QString recordName; // the record's name when the rule fired
};

struct RuleRun {
    Status status;
    int rulesEvaluated = 0;
    QList<RuleFiring> firings;
    // Rules that could not run (an invalid definition) or firings whose actions failed, each naming the rule.
    QStringList problems;
};

// Evaluates the active rules: each rule's new events are found by one set-based query (RuleSql), each event
// gets the rule's actions and a row in rule_firings whose unique (rule, record, event key) makes a rule
// fire once per event. The events are found first, reading only (other connections keep writing meanwhile);
// the actions and the log are then written in one transaction, where a firing whose actions fail is rolled
// back alone and reported. Run it on the connection of the thread that calls it.
class RuleEngine final {
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)
public:
    explicit RuleEngine(Database& db);
    // today: the day the events are judged on (invalid: the current date). cancelled() is asked between
    // rules; returning true rolls the whole run back.
    RuleRun run(QDate today = {}, const std::function<bool()>& cancelled = {});
    RuleRun runRule(qint64 ruleId, QDate today = {});

private:
    struct Found; // a rule's new events, found before anything is written
    Status find(const Rule& rule, QDate today, RuleRun& run, std::vector<Found>& found);
    Status act(const Found& found, QDate today, RuleRun& run);
    RuleRun runRules(const QList<Rule>& rules, QDate today, const std::function<bool()>& cancelled);
    Database& m_db;
};

} // namespace rapport
