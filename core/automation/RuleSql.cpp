#include "automation/RuleSql.h"

#include "entity/EntityDescriptor.h"
#include "storage/SqlText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {
namespace {

bool isNumeric(FieldType type) {
    return type == FieldType::Integer || type == FieldType::Money || type == FieldType::Percent ||
           type == FieldType::Reference || type == FieldType::Boolean;
}

bool isDate(FieldType type) {
    return type == FieldType::Date || type == FieldType::DateTime;
}

// The inner SELECT of each event: columns record_id, customer_id, owner_id, contact_id and whatever the
// outer part needs; the record's table is aliased r, its customer c; %1 is where the conditions go.
QString eventSource(const QString& event) {
    if (event == u"no_interaction")
        return QStringLiteral(
            "SELECT record_id, customer_id, owner_id, contact_id, 'silence since ' || last AS event_key FROM "
            "("
            "SELECT r.id AS record_id, r.id AS customer_id, r.owner_id AS owner_id, NULL AS contact_id, "
            // The latest interaction is kept on the customer (schema 14): one pass over the customers, no
            // lookup of each one's interactions. (Most customers are silent for months, so a range of the
            // index on it would visit most rows anyway, in random order: slower than the pass.)
            "substr(coalesce(r.last_interaction_at, r.created_at), 1, 10) AS last FROM customers r "
            "WHERE 1 %1) "
            "WHERE last <= date(:today, printf('-%d days', :days))");
    if (event == u"opportunity_lost")
        return QStringLiteral(
            "SELECT r.id AS record_id, r.customer_id AS customer_id, r.owner_id AS owner_id, "
            "r.contact_id AS contact_id, 'lost on ' || substr(coalesce(r.closed_at, r.updated_at), 1, 10) "
            "AS event_key FROM opportunities r LEFT JOIN customers c ON c.id = r.customer_id "
            "WHERE r.status = 'lost' AND substr(coalesce(r.closed_at, r.updated_at), 1, 10) "
            "BETWEEN :since AND :today %1");
    if (event == u"case_opened")
        return QStringLiteral(
            "SELECT r.id AS record_id, r.customer_id AS customer_id, coalesce(r.owner_id, c.owner_id) AS "
            "owner_id, r.contact_id AS contact_id, 'opened on ' || substr(r.opened_at, 1, 10) AS event_key "
            "FROM cases r LEFT JOIN customers c ON c.id = r.customer_id "
            "WHERE r.opened_at >= :since AND r.opened_at < date(:today, '+1 day') "
            "AND (:value = '' OR lower(trim(coalesce(r.category, ''))) = lower(:value)) %1");
    // The next occurrence (today or later) of a yearly date `origin`, and only from its first anniversary on.
    // date(..., '+0 days') normalises 29 February of a year without it to 1 March.
    const QString yearly =
        QStringLiteral("CASE WHEN date(strftime('%Y', :today) || substr(%1, 5, 6), '+0 days') >= :today "
                       "THEN date(strftime('%Y', :today) || substr(%1, 5, 6), '+0 days') "
                       "ELSE date((strftime('%Y', :today) + 1) || substr(%1, 5, 6), '+0 days') END");
    const QString yearlyOuter = QStringLiteral(
        "SELECT record_id, customer_id, owner_id, contact_id, '%1 ' || substr(occurrence, 1, 4) AS event_key "
        "FROM (%2) WHERE occurrence <= date(:today, printf('+%d days', :days)) "
        "AND substr(occurrence, 1, 4) > substr(origin, 1, 4)");
    if (event == u"birthday")
        return yearlyOuter.arg(
            QStringLiteral("birthday"),
            QStringLiteral("SELECT r.id AS record_id, r.customer_id AS customer_id, c.owner_id AS owner_id, "
                           "r.id AS contact_id, r.birthday AS origin, %1 AS occurrence "
                           "FROM contacts r LEFT JOIN customers c ON c.id = r.customer_id "
                           "WHERE r.birthday IS NOT NULL AND substr(r.birthday, 6, 5) IN "
                           "(SELECT value FROM json_each(:month_days)) "
                           "AND r.birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' %2")
                .arg(yearly.arg(QStringLiteral("r.birthday")), QStringLiteral("%1")));
    if (event == u"anniversary")
        return yearlyOuter.arg(
            QStringLiteral("anniversary"),
            QStringLiteral(
                "SELECT r.id AS record_id, r.id AS customer_id, r.owner_id AS owner_id, "
                "NULL AS contact_id, w.first AS origin, %1 AS occurrence FROM "
                "(SELECT customer_id, substr(min(coalesce(closed_at, updated_at)), 1, 10) AS first "
                "FROM opportunities WHERE status = 'won' AND customer_id IS NOT NULL "
                "GROUP BY customer_id) w JOIN customers r ON r.id = w.customer_id "
                "WHERE substr(w.first, 6, 5) IN (SELECT value FROM json_each(:month_days)) %2")
                .arg(yearly.arg(QStringLiteral("w.first")), QStringLiteral("%1")));
    if (event == u"quote_expiring")
        return QStringLiteral(
            "SELECT r.id AS record_id, r.customer_id AS customer_id, coalesce(o.owner_id, c.owner_id) AS "
            "owner_id, r.contact_id AS contact_id, 'expires ' || r.valid_until AS event_key FROM quotes r "
            "LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN opportunities o ON o.id = "
            "r.opportunity_id "
            "WHERE r.status IN ('draft', 'sent') AND r.valid_until >= :today "
            "AND r.valid_until <= date(:today, printf('+%d days', :days)) %1");
    if (event == u"lead_score")
        return QStringLiteral(
            "SELECT r.id AS record_id, r.converted_customer_id AS customer_id, r.owner_id AS owner_id, "
            "NULL AS contact_id, 'score ' || :threshold AS event_key FROM leads r "
            "LEFT JOIN customers c ON c.id = r.converted_customer_id "
            "WHERE r.score >= :threshold AND r.status NOT IN ('converted', 'disqualified') %1");
    return {};
}

struct ResolvedField {
    const FieldDescriptor* field = nullptr;
    QString column; // alias.quoted_name
};

std::optional<ResolvedField> resolve(const QString& event, const QString& name) {
    const QString recordEntity = RuleStore::eventEntity(event);
    QString entityName = recordEntity;
    QString fieldName = name.trimmed();
    QString alias = QStringLiteral("r");
    if (fieldName.startsWith(QLatin1String("customer."))) {
        fieldName = fieldName.mid(9);
        entityName = QStringLiteral("customer");
        alias = recordEntity == u"customer" ? QStringLiteral("r") : QStringLiteral("c");
    }
    const EntityDescriptor* entity = EntityCatalog::find(entityName);
    const FieldDescriptor* field = entity ? entity->field(fieldName) : nullptr;
    if (!field)
        return std::nullopt;
    return ResolvedField{field, alias + QLatin1Char('.') + quotedIdentifier(field->name)};
}

bool parseBoolean(const QString& text, qint64* value) {
    const QString t = text.trimmed().toLower();
    if (t == u"1" || t == u"yes" || t == u"true") {
        *value = 1;
        return true;
    }
    if (t == u"0" || t == u"no" || t == u"false") {
        *value = 0;
        return true;
    }
    return false;
}

// One condition as SQL over the bound parameter `param`, or an error message.
QString conditionSql(const QString& event, const RuleCondition& condition, const QString& param,
                     QVariant* bound, QString* error) {
    const std::optional<ResolvedField> resolved = resolve(event, condition.field);
    if (!resolved) {
        *error = RuleSql::tr("“%1” is not a field of a %2 or of its customer.")
                     .arg(condition.field, RuleStore::eventEntity(event));
        return {};
    }
    const FieldDescriptor& field = *resolved->field;
    const QString& col = resolved->column;
    const QString& op = condition.op;
    if (op == u"empty")
        return QStringLiteral("(%1 IS NULL OR trim(%1) = '')").arg(col);
    if (op == u"not_empty")
        return QStringLiteral("(%1 IS NOT NULL AND trim(%1) <> '')").arg(col);
    static const QHash<QString, QString> compare{{QStringLiteral("equals"), QStringLiteral("=")},
                                                 {QStringLiteral("not_equals"), QStringLiteral("<>")},
                                                 {QStringLiteral("greater"), QStringLiteral(">")},
                                                 {QStringLiteral("greater_or_equal"), QStringLiteral(">=")},
                                                 {QStringLiteral("less"), QStringLiteral("<")},
                                                 {QStringLiteral("less_or_equal"), QStringLiteral("<=")}};
    const QString value = condition.value.trimmed();
    if (isNumeric(field.type)) {
        qint64 number = 0;
        bool ok = false;
        if (field.type == FieldType::Boolean)
            ok = parseBoolean(value, &number);
        else
            number = value.toLongLong(&ok);
        if (!ok || !compare.contains(op)) {
            *error =
                !ok ? RuleSql::tr("“%1” needs a whole number (money in minor units, cents), not “%2”.")
                          .arg(condition.field, value)
                    : RuleSql::tr("“%1” is a number: use a comparison, not “%2”.").arg(condition.field, op);
            return {};
        }
        *bound = number;
        if (op == u"not_equals")
            return QStringLiteral("%1 IS NOT %2").arg(col, param);
        return QStringLiteral("%1 %2 %3").arg(col, compare.value(op), param);
    }
    if (isDate(field.type)) {
        if (!QDate::fromString(value, Qt::ISODate).isValid() || !compare.contains(op)) {
            *error = RuleSql::tr("“%1” is a date: compare it with a date written yyyy-MM-dd, not “%2”.")
                         .arg(condition.field, value);
            return {};
        }
        *bound = value;
        return QStringLiteral("coalesce(substr(%1, 1, 10), '') %2 %3").arg(col, compare.value(op), param);
    }
    if (field.type == FieldType::Choice && (op == u"equals" || op == u"not_equals") &&
        !field.choices.contains(value)) {
        *error = RuleSql::tr("“%1” is not one of %2: %3.")
                     .arg(value, condition.field, field.choices.join(QStringLiteral(", ")));
        return {};
    }
    *bound = value;
    if (op == u"contains" || op == u"not_contains") {
        const QString test =
            field.isList()
                ? QStringLiteral(
                      "instr('; ' || lower(coalesce(%1, '')) || ';', '; ' || lower(%2) || ';') > 0")
                : QStringLiteral("coalesce(instr(rapport_fold(%1), rapport_fold(%2)), 0) > 0");
        return (op == u"contains" ? QString() : QStringLiteral("NOT ")) + QLatin1Char('(') +
               test.arg(col, param) + QLatin1Char(')');
    }
    if (op == u"equals" || op == u"not_equals")
        return QStringLiteral("lower(coalesce(%1, '')) %2 lower(%3)").arg(col, compare.value(op), param);
    return QStringLiteral("coalesce(%1, '') %2 %3").arg(col, compare.value(op), param);
}

} // namespace

Status RuleSql::validate(const Rule& rule) {
    if (rule.name.trimmed().isEmpty())
        return Status::failure(tr("The rule needs a name."));
    if (!RuleStore::events().contains(rule.event))
        return Status::failure(tr("“%1” is not an event; the events are: %2.")
                                   .arg(rule.event, RuleStore::events().join(QStringLiteral(", "))));
    if (rule.days < 0 || rule.days > 3660)
        return Status::failure(tr("Days must be between 0 and 3660, not %1.").arg(rule.days));
    if (rule.event == u"no_interaction" && rule.days < 1)
        return Status::failure(tr("“No interaction” needs the number of days of silence (1 or more)."));
    if (!rule.since.isEmpty() && !QDate::fromString(rule.since, Qt::ISODate).isValid())
        return Status::failure(tr("“%1” is not a date (yyyy-MM-dd) for “events from”.").arg(rule.since));
    for (qsizetype i = 0; i < rule.conditions.size(); ++i) {
        QVariant bound;
        QString error;
        if (!RuleStore::operators().contains(rule.conditions[i].op))
            error = tr("“%1” is not an operator.").arg(rule.conditions[i].op);
        else
            conditionSql(rule.event, rule.conditions[i], QStringLiteral(":c"), &bound, &error);
        if (!error.isEmpty())
            return Status::failure(tr("Condition %1: %2").arg(i + 1).arg(error));
    }
    if (rule.actions.isEmpty())
        return Status::failure(tr("The rule does nothing: add at least one action."));
    const QString entity = RuleStore::eventEntity(rule.event);
    for (qsizetype i = 0; i < rule.actions.size(); ++i) {
        const RuleAction& a = rule.actions[i];
        QString error;
        if (!RuleStore::actionKinds().contains(a.kind))
            error = tr("“%1” is not an action.").arg(a.kind);
        else if (a.kind == u"add_to_campaign" && a.campaignId <= 0)
            error = tr("choose the campaign.");
        else if (a.kind == u"tag" && a.value.trimmed().isEmpty())
            error = tr("give the tag to add.");
        else if (a.kind == u"assign" && a.userId <= 0)
            error = tr("choose the user to assign to.");
        else if (a.kind == u"create_task" && (a.days < 0 || a.days > 3660))
            error = tr("the task's due days must be between 0 and 3660.");
        else if (a.kind == u"set_field") {
            const EntityDescriptor* e = EntityCatalog::find(entity);
            if (!e->field(a.field.trimmed()))
                error = tr("“%1” is not a field of a %2; the fields are: %3.")
                            .arg(a.field, entity, e->fieldNames().join(QStringLiteral(", ")));
        }
        if (!error.isEmpty())
            return Status::failure(tr("Action %1: %2").arg(i + 1).arg(error));
    }
    return Status::success();
}

std::optional<EventQuery> RuleSql::eventQuery(const Rule& rule, QDate today, Status* status) {
    if (Status valid = validate(rule); !valid) {
        *status = valid;
        return std::nullopt;
    }
    EventQuery query;
    query.entity = RuleStore::eventEntity(rule.event);
    QString conditions;
    for (qsizetype i = 0; i < rule.conditions.size(); ++i) {
        const QString param = QStringLiteral(":c%1").arg(i);
        QVariant bound;
        QString error;
        conditions +=
            QStringLiteral(" AND ") + conditionSql(rule.event, rule.conditions[i], param, &bound, &error);
        query.bound.insert(param, bound);
    }
    query.sql =
        QStringLiteral("SELECT e.record_id, e.customer_id, e.owner_id, e.contact_id, e.event_key FROM (%1) e "
                       "WHERE NOT EXISTS (SELECT 1 FROM rule_firings f WHERE f.rule_id = :rule "
                       "AND f.record_id = e.record_id AND f.event_key = e.event_key)")
            .arg(eventSource(rule.event).arg(conditions));
    const QString since = rule.since.isEmpty() ? rule.createdOn : rule.since;
    query.bound.insert(QStringLiteral(":rule"), rule.id);
    query.bound.insert(QStringLiteral(":today"), today.toString(Qt::ISODate));
    query.bound.insert(QStringLiteral(":days"), rule.days);
    query.bound.insert(QStringLiteral(":threshold"), rule.threshold);
    query.bound.insert(QStringLiteral(":value"), rule.value.trimmed());
    query.bound.insert(QStringLiteral(":since"), since.isEmpty() ? today.toString(Qt::ISODate) : since);
    query.bound.insert(
        QStringLiteral(":month_days"),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(monthDays(today, rule.days)))
                              .toJson(QJsonDocument::Compact)));
    *status = Status::success();
    return query;
}

QStringList RuleSql::monthDays(QDate from, int days) {
    QStringList result;
    for (int i = 0; i <= std::min(days, 366); ++i) {
        const QDate day = from.addDays(i);
        const QString text = day.toString(QStringLiteral("MM-dd"));
        if (!result.contains(text))
            result << text;
        if (text == u"03-01" && !QDate::isLeapYear(day.year()) && !result.contains(QStringLiteral("02-29")))
            result << QStringLiteral("02-29");
    }
    return result;
}

} // namespace rapport
