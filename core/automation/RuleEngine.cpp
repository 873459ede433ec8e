#include "automation/RuleEngine.h"

#include "automation/RuleActions.h"
#include "automation/RuleSql.h"
#include "repository/RecordStore.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"
#include "storage/PragmaGuard.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QThread>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace rapport {

struct RuleEngine::Found {
    Rule rule;
    QString entity;
    std::vector<EventRow> events;
};

// The run's writes, a batch of firings per transaction: a batch is committed once it holds the set number of
// firings or has been open for the set time, then the engine pauses so that other connections waiting for the
// write lock (the window's own edits, whose busy handler retries at least every 100 ms) get their turn.
class RuleEngine::Batch final {
public:
    Batch(sqlite3* db, const RuleBatching& batching) : m_db(db), m_batching(batching) {}

    // Before each firing: commits the batch when it is full, and opens one when none is.
    Status next() {
        if (m_transaction &&
            (m_firings >= m_batching.firings || m_clock.elapsed() >= m_batching.milliseconds)) {
            if (Status committed = commit(); !committed)
                return committed;
            if (m_batching.pauseMilliseconds > 0)
                QThread::msleep(static_cast<unsigned long>(m_batching.pauseMilliseconds));
        }
        if (!m_transaction) {
            m_transaction = std::make_unique<Transaction>(m_db);
            if (!m_transaction->status())
                return m_transaction->status();
            m_clock.start();
        }
        return Status::success();
    }
    void fired() { ++m_firings; }
    Status finish() { return m_transaction ? commit() : Status::success(); }
    // Firings in committed batches: they stay even when a later batch fails or the run is cancelled.
    qsizetype committedFirings() const { return m_committed; }

private:
    Status commit() {
        const Status committed = m_transaction->commit();
        m_transaction.reset();
        if (committed)
            m_committed += m_firings;
        m_firings = 0;
        return committed;
    }
    sqlite3* m_db;
    RuleBatching m_batching;
    std::unique_ptr<Transaction> m_transaction;
    QElapsedTimer m_clock;
    int m_firings = 0;
    qsizetype m_committed = 0;
};

RuleEngine::RuleEngine(Database& db) : m_db(db) {}

RuleRun RuleEngine::run(QDate today, const std::function<bool()>& cancelled) {
    Status loaded;
    const QList<Rule> rules = RuleStore(m_db).all(&loaded);
    if (!loaded) {
        RuleRun result;
        result.status = loaded;
        return result;
    }
    return runRules(rules, today, cancelled);
}

RuleRun RuleEngine::runRule(qint64 ruleId, QDate today) {
    const std::optional<Rule> rule = RuleStore(m_db).get(ruleId);
    if (!rule) {
        RuleRun result;
        result.status = Status::failure(tr("There is no rule with id %1.").arg(ruleId));
        return result;
    }
    Rule one = *rule;
    one.active = true; // asked for by name: run it even when it is switched off
    return runRules({one}, today, {});
}

RuleRun RuleEngine::runRules(const QList<Rule>& rules, QDate today, const std::function<bool()>& cancelled) {
    RuleRun result;
    if (!today.isValid())
        today = QDate::currentDate();
    // The event queries sort and de-duplicate whole tables: with the connection's temporary B-trees in
    // memory, a first run over a million customers held ~100 MB more at its peak (the desktop program went
    // from 124 to 223 MB). In temporary files they are bounded by a small cache instead. Not possible inside
    // a transaction; then the setting stays as it is.
    const PragmaGuard temporaryFiles(m_db.handle(), "temp_store", 1);
    const auto stop = [&result](const Status& why) {
        result.status = why;
        result.firings.clear();
        return result;
    };
    std::vector<Found> found;
    for (const Rule& rule : rules) {
        if (!rule.active)
            continue;
        if (cancelled && cancelled())
            return stop(Status::failure(tr("The rules run was cancelled; nothing was changed.")));
        if (Status done = find(rule, today, result, found); !done)
            return stop(done);
    }
    if (found.empty()) {
        result.status = Status::success();
        return result;
    }
    Batch batch(m_db.handle(), m_batching);
    for (const Found& f : found) {
        if (Status done = act(f, today, result, batch, cancelled); !done) {
            result.firings = result.firings.mid(0, batch.committedFirings());
            result.status = done;
            return result;
        }
    }
    if (Status committed = batch.finish(); !committed) {
        result.firings = result.firings.mid(0, batch.committedFirings());
        result.status = committed;
        return result;
    }
    result.status = Status::success();
    return result;
}

Status RuleEngine::find(const Rule& rule, QDate today, RuleRun& run, std::vector<Found>& found) {
    ++run.rulesEvaluated;
    Status compiled;
    const std::optional<EventQuery> query = RuleSql::eventQuery(rule, today, &compiled);
    if (!query) {
        run.problems << tr("Rule “%1” was skipped: %2").arg(rule.name, compiled.message());
        return Status::success();
    }
    Found f{rule, query->entity, {}};
    Statement statement(m_db.handle(), query->sql.toStdString());
    for (auto it = query->bound.cbegin(); it != query->bound.cend(); ++it)
        if (const int index = statement.parameterIndex(it.key().toUtf8().constData()); index > 0)
            statement.bind(index, it.value());
    while (statement.next())
        f.events.push_back({statement.int64(0), statement.int64(1), statement.int64(2), statement.int64(3),
                            statement.text(4)});
    if (!statement.status())
        return statement.status();
    if (!f.events.empty())
        found.push_back(std::move(f));
    return Status::success();
}

Status RuleEngine::act(const Found& found, QDate today, RuleRun& run, Batch& batch,
                       const std::function<bool()>& cancelled) {
    const Rule& rule = found.rule;
    RuleActions actions(m_db, today);
    const RecordStore names(m_db);
    const QString now = sales::nowUtc();
    Statement& log = m_db.cachedStatement(
        QStringLiteral("INSERT OR IGNORE INTO rule_firings (id, rule_id, entity, record_id, customer_id, "
                       "event_key, fired_at, outcome, record_name, created_at, updated_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?7, ?7)"));
    for (const EventRow& event : found.events) {
        if (cancelled && cancelled())
            return Status::failure(
                tr("The rules run was cancelled after %n firing(s); the other events fire on "
                   "the next run.",
                   nullptr, static_cast<int>(batch.committedFirings())));
        if (Status open = batch.next(); !open)
            return open;
        Transaction firing(m_db.handle());
        QStringList outcome;
        Status failed;
        for (const RuleAction& action : rule.actions) {
            Status done;
            const QString what = actions.perform(rule, action, found.entity, event, &done);
            if (!done) {
                failed = done;
                break;
            }
            outcome << what;
        }
        if (!failed) {
            run.problems << tr("Rule “%1” on %2 %3: %4")
                                .arg(rule.name, found.entity)
                                .arg(event.recordId)
                                .arg(failed.message());
            continue; // the savepoint rolls this firing back; it is tried again next run
        }
        RuleFiring fired{m_db.ids().next(),
                         rule.id,
                         rule.name,
                         found.entity,
                         event.recordId,
                         event.customerId,
                         event.eventKey,
                         outcome.join(QStringLiteral("; ")),
                         names.displayName(*EntityCatalog::find(found.entity), event.recordId)};
        log.bind(1, fired.id)
            .bind(2, fired.ruleId)
            .bind(3, fired.entity)
            .bind(4, fired.recordId)
            .bind(5, fired.customerId ? QVariant(fired.customerId) : QVariant())
            .bind(6, fired.eventKey)
            .bind(7, now)
            .bind(8, fired.outcome)
            .bind(9, fired.recordName);
        if (Status done = log.exec(); !done)
            return done;
        if (sqlite3_changes(m_db.handle()) == 0)
            continue; // another run logged this event meanwhile: its actions are rolled back with the
                      // savepoint
        if (Status done = firing.commit(); !done)
            return done;
        run.firings << fired;
        batch.fired();
    }
    return Status::success();
}

} // namespace rapport
