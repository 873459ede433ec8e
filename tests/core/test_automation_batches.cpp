// A rules run writes its firings in batches, each batch one transaction: other connections see (and can write
// between) the batches, a stopped run keeps the batches it committed, and no event fires twice.
#include "test_automation_support.h"

#include "automation/RuleEngine.h"
#include "storage/Database.h"

using namespace rapport;
using namespace rapport::test;

namespace {

qint64 silentCustomers(Database& db, int n) {
    const qint64 anna = addRecord(db, "user", {{QStringLiteral("name"), QStringLiteral("Anna")}});
    for (int i = 0; i < n; ++i) {
        const qint64 id = addRecord(db, "customer",
                                    {{QStringLiteral("name"), QStringLiteral("Quiet %1").arg(i)},
                                     {QStringLiteral("status"), QStringLiteral("active")},
                                     {QStringLiteral("owner_id"), anna}});
        sqlExec(db, "UPDATE customers SET created_at = '2025-01-01T10:00:00.000Z' WHERE id = ?1", {id});
    }
    Rule rule;
    rule.name = QStringLiteral("Gone quiet");
    rule.event = QStringLiteral("no_interaction");
    rule.days = 30;
    rule.since = QStringLiteral("2020-01-01");
    RuleAction task;
    task.kind = QStringLiteral("create_task");
    task.value = QStringLiteral("Call them");
    rule.actions = {task};
    const Status saved = RuleStore(db).save(rule);
    REQUIRE(saved.ok());
    return rule.id;
}

qint64 committedFirings(Database& other) {
    return sqlValue(other, "SELECT count(*) FROM rule_firings").toLongLong();
}

} // namespace

TEST_CASE("a rules run commits its firings in batches that other connections see", "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    silentCustomers(db, 7);
    Database other;
    REQUIRE(other.open(temp.path()).ok());

    RuleEngine engine(db);
    engine.setBatching({2, 60000, 0});
    QList<qint64> seen; // what the other connection sees before each firing (and once before the first rule)
    const RuleRun run = engine.run(QDate(2026, 6, 30), [&] {
        seen << committedFirings(other);
        return false;
    });
    REQUIRE(run.status.ok());
    CHECK(run.firings.size() == 7);
    CHECK(seen == QList<qint64>{0, 0, 0, 0, 2, 2, 4, 4});
    CHECK(committedFirings(other) == 7);
    // Between two batches the other connection can write.
    sqlExec(other, "UPDATE customers SET notes = 'edited' WHERE name = 'Quiet 0'");
    CHECK(RuleEngine(db).run(QDate(2026, 6, 30)).firings.isEmpty());
}

TEST_CASE("a stopped rules run keeps its committed batches and the next run fires only the rest",
          "[automation]") {
    TempDatabase temp;
    Database& db = temp.db();
    silentCustomers(db, 7);
    RuleEngine engine(db);
    engine.setBatching({2, 60000, 0});
    int asked = 0;
    // Asked once before the rule, then before each firing: stop before the fourth firing.
    const RuleRun stopped = engine.run(QDate(2026, 6, 30), [&] { return ++asked > 4; });
    CHECK_FALSE(stopped.status.ok());
    CHECK(stopped.status.message().contains(QStringLiteral("cancelled")));
    CHECK(stopped.firings.size() == 2); // the first batch; the third firing's batch was rolled back
    CHECK(sqlValue(db, "SELECT count(*) FROM rule_firings").toLongLong() == 2);
    CHECK(sqlValue(db, "SELECT count(*) FROM tasks").toLongLong() == 2);

    const RuleRun rest = RuleEngine(db).run(QDate(2026, 6, 30));
    REQUIRE(rest.status.ok());
    CHECK(rest.firings.size() == 5);
    CHECK(RuleEngine(db).run(QDate(2026, 6, 30)).firings.isEmpty());
    CHECK(sqlValue(db, "SELECT count(*) FROM tasks").toLongLong() == 7);
    CHECK(sqlValue(db, "SELECT count(DISTINCT record_id) FROM rule_firings").toLongLong() == 7);
}
