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

// How a run writes: `firings` firings or `milliseconds` of work per transaction, whichever comes first, and a
// pause after each commit so that other connections get the write lock in between.
struct RuleBatching {
    int firings = 500;
    int milliseconds = 500;
    int pauseMilliseconds = 100;
};

// Evaluates the active rules: each rule's new events are found by one set-based query (RuleSql), each event
// gets the rule's actions and a row in rule_firings whose unique (rule, record, event key) makes a rule
// fire once per event. The events are found first, reading only (other connections keep writing meanwhile);
// the actions and the log are then written in batches of firings (RuleBatching), each batch one transaction,
// so a first run with thousands of events never holds the write lock for long. Each firing (its actions and
// its log row) is atomic: one whose actions fail is rolled back alone and reported, and a run that stops
// (cancelled, an error) keeps the batches it committed; their events are logged, so the next run fires only
// the rest. Run it on the connection of the thread that calls it.
class RuleEngine final {
    Q_DECLARE_TR_FUNCTIONS(RuleEngine)
public:
    explicit RuleEngine(Database& db);
    // today: the day the events are judged on (invalid: the current date). cancelled() is asked between
    // rules and between firings; returning true stops the run after the firings already committed.
    RuleRun run(QDate today = {}, const std::function<bool()>& cancelled = {});
    RuleRun runRule(qint64 ruleId, QDate today = {});
    void setBatching(const RuleBatching& batching) { m_batching = batching; }

private:
    struct Found; // a rule's new events, found before anything is written
    Status find(const Rule& rule, QDate today, RuleRun& run, std::vector<Found>& found);
    class Batch; // the run's writes, a batch of firings per transaction
    Status act(const Found& found, QDate today, RuleRun& run, Batch& batch,
               const std::function<bool()>& cancelled);
    RuleRun runRules(const QList<Rule>& rules, QDate today, const std::function<bool()>& cancelled);
    Database& m_db;
    RuleBatching m_batching;
};

} // namespace rapport
