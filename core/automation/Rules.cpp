#include "automation/Rules.h"

#include "automation/RuleSql.h"
#include "sales/SalesSql.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <sqlite3.h>

namespace rapport {

using sales::exec;
using sales::rows;

RuleStore::RuleStore(Database& db) : m_db(db) {}

QStringList RuleStore::events() {
    return {QStringLiteral("no_interaction"), QStringLiteral("opportunity_lost"),
            QStringLiteral("case_opened"),    QStringLiteral("birthday"),
            QStringLiteral("anniversary"),    QStringLiteral("quote_expiring"),
            QStringLiteral("lead_score")};
}

QStringList RuleStore::operators() {
    return {QStringLiteral("equals"),   QStringLiteral("not_equals"),
            QStringLiteral("greater"),  QStringLiteral("greater_or_equal"),
            QStringLiteral("less"),     QStringLiteral("less_or_equal"),
            QStringLiteral("contains"), QStringLiteral("not_contains"),
            QStringLiteral("empty"),    QStringLiteral("not_empty")};
}

QStringList RuleStore::actionKinds() {
    return {QStringLiteral("create_task"), QStringLiteral("add_to_campaign"), QStringLiteral("tag"),
            QStringLiteral("assign"), QStringLiteral("set_field")};
}

QString RuleStore::eventEntity(const QString& event) {
    if (event == u"opportunity_lost")
        return QStringLiteral("opportunity");
    if (event == u"case_opened")
        return QStringLiteral("case");
    if (event == u"birthday")
        return QStringLiteral("contact");
    if (event == u"quote_expiring")
        return QStringLiteral("quote");
    if (event == u"lead_score")
        return QStringLiteral("lead");
    return QStringLiteral("customer");
}

QString RuleStore::eventLabel(const QString& event) {
    if (event == u"no_interaction")
        return tr("No interaction with a customer for N days");
    if (event == u"opportunity_lost")
        return tr("An opportunity is lost");
    if (event == u"case_opened")
        return tr("A case is opened (in a category)");
    if (event == u"birthday")
        return tr("A contact's birthday (N days ahead)");
    if (event == u"anniversary")
        return tr("Anniversary of the first won deal (N days ahead)");
    if (event == u"quote_expiring")
        return tr("A quote expires within N days");
    if (event == u"lead_score")
        return tr("A lead reaches a score");
    return event;
}

QString RuleStore::operatorLabel(const QString& op) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("equals"), QT_TR_NOOP("is")},
        {QStringLiteral("not_equals"), QT_TR_NOOP("is not")},
        {QStringLiteral("greater"), QT_TR_NOOP("is greater than")},
        {QStringLiteral("greater_or_equal"), QT_TR_NOOP("is at least")},
        {QStringLiteral("less"), QT_TR_NOOP("is less than")},
        {QStringLiteral("less_or_equal"), QT_TR_NOOP("is at most")},
        {QStringLiteral("contains"), QT_TR_NOOP("contains")},
        {QStringLiteral("not_contains"), QT_TR_NOOP("does not contain")},
        {QStringLiteral("empty"), QT_TR_NOOP("is empty")},
        {QStringLiteral("not_empty"), QT_TR_NOOP("is not empty")}};
    return labels.contains(op) ? tr(labels.value(op)) : op;
}

QString RuleStore::actionLabel(const QString& kind) {
    if (kind == u"create_task")
        return tr("Create a task for the owner");
    if (kind == u"add_to_campaign")
        return tr("Add to a campaign");
    if (kind == u"tag")
        return tr("Tag the customer");
    if (kind == u"assign")
        return tr("Assign to a user");
    if (kind == u"set_field")
        return tr("Set a field");
    return kind;
}

QList<Rule> RuleStore::all(Status* status) const {
    QList<Rule> result;
    for (const QVariantMap& r : rows(m_db.handle(), "SELECT id FROM automation_rules ORDER BY name, id"))
        if (std::optional<Rule> rule = get(r.value(QStringLiteral("id")).toLongLong()))
            result << *rule;
    if (status)
        *status = Status::success();
    return result;
}

std::optional<Rule> RuleStore::get(qint64 id) const {
    sqlite3* db = m_db.handle();
    const QList<QVariantMap> found = rows(db, "SELECT * FROM automation_rules WHERE id = ?1", {id});
    if (found.isEmpty())
        return std::nullopt;
    const QVariantMap& r = found.first();
    Rule rule;
    rule.id = id;
    rule.name = r.value(QStringLiteral("name")).toString();
    rule.event = r.value(QStringLiteral("event")).toString();
    rule.days = r.value(QStringLiteral("days")).toInt();
    rule.threshold = r.value(QStringLiteral("threshold")).toLongLong();
    rule.value = r.value(QStringLiteral("value")).toString();
    rule.since = r.value(QStringLiteral("since")).toString();
    rule.active = r.value(QStringLiteral("active")).toInt() != 0;
    rule.notes = r.value(QStringLiteral("notes")).toString();
    rule.createdOn = r.value(QStringLiteral("created_at")).toString().left(10);
    for (const QVariantMap& c :
         rows(db, "SELECT * FROM rule_conditions WHERE rule_id = ?1 ORDER BY position, id", {id}))
        rule.conditions << RuleCondition{c.value(QStringLiteral("field")).toString(),
                                         c.value(QStringLiteral("operator")).toString(),
                                         c.value(QStringLiteral("value")).toString()};
    for (const QVariantMap& a :
         rows(db, "SELECT * FROM rule_actions WHERE rule_id = ?1 ORDER BY position, id", {id}))
        rule.actions << RuleAction{a.value(QStringLiteral("kind")).toString(),
                                   a.value(QStringLiteral("field")).toString(),
                                   a.value(QStringLiteral("value")).toString(),
                                   a.value(QStringLiteral("days")).toInt(),
                                   a.value(QStringLiteral("user_id")).toLongLong(),
                                   a.value(QStringLiteral("campaign_id")).toLongLong()};
    return rule;
}

Status RuleStore::save(Rule& rule) {
    if (Status valid = RuleSql::validate(rule); !valid)
        return valid;
    sqlite3* db = m_db.handle();
    const QString now = sales::nowUtc();
    const auto nullable = [](const QString& text) {
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
    };
    const auto id = [](qint64 value) {
        return value > 0 ? QVariant(value) : QVariant();
    };
    Transaction transaction(db);
    const bool isNew = rule.id == 0;
    const qint64 ruleId = isNew ? m_db.ids().next() : rule.id;
    const QVariantList values{ruleId,
                              rule.name.trimmed(),
                              rule.event,
                              rule.days,
                              rule.threshold,
                              nullable(rule.value),
                              nullable(rule.since),
                              rule.active ? 1 : 0,
                              nullable(rule.notes),
                              now};
    if (Status done =
            isNew ? exec(db,
                         "INSERT INTO automation_rules (id, name, event, days, threshold, value, since, "
                         "active, notes, "
                         "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                         values)
                  : exec(db,
                         "UPDATE automation_rules SET name = ?2, event = ?3, days = ?4, threshold = ?5, "
                         "value = ?6, "
                         "since = ?7, active = ?8, notes = ?9, updated_at = ?10 WHERE id = ?1",
                         values);
        !done)
        return done;
    if (!isNew && sqlite3_changes(db) == 0)
        return Status::failure(tr("There is no rule with id %1.").arg(rule.id));
    for (const char* sql :
         {"DELETE FROM rule_conditions WHERE rule_id = ?1", "DELETE FROM rule_actions WHERE rule_id = ?1"})
        if (Status done = exec(db, sql, {ruleId}); !done)
            return done;
    int position = 0;
    for (const RuleCondition& c : std::as_const(rule.conditions))
        if (Status done = exec(
                db,
                "INSERT INTO rule_conditions (id, rule_id, position, field, operator, value, created_at, "
                "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                {m_db.ids().next(), ruleId, position++, c.field.trimmed(), c.op, c.value, now});
            !done)
            return done;
    position = 0;
    for (const RuleAction& a : std::as_const(rule.actions))
        if (Status done = exec(
                db,
                "INSERT INTO rule_actions (id, rule_id, position, kind, field, value, days, user_id, "
                "campaign_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                {m_db.ids().next(), ruleId, position++, a.kind, nullable(a.field), nullable(a.value), a.days,
                 id(a.userId), id(a.campaignId), now});
            !done)
            return done;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    rule.id = ruleId;
    return Status::success();
}

Status RuleStore::remove(qint64 id) {
    Transaction transaction(m_db.handle());
    if (Status done = exec(m_db.handle(), "DELETE FROM automation_rules WHERE id = ?1", {id}); !done)
        return done;
    if (sqlite3_changes(m_db.handle()) == 0)
        return Status::failure(tr("There is no rule with id %1.").arg(id));
    return transaction.commit();
}

} // namespace rapport
