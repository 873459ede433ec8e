// Criteria JSON -> SQL conditions with bound values. Field names are looked up in the descriptor and the fact
// table and only their fixed SQL is used; every value the user typed is bound.
#include "marketing/SegmentCriteria.h"

#include "marketing/SegmentFacts.h"
#include "marketing/SegmentSearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rapport {
namespace {

struct Compiler {
    QString entity;
    QDate today;
    QList<SegmentField> fields;
    QList<SegmentFact> facts;
    SegmentLookups lookups;
    QVariantList bound;
    QString error;

    bool fail(const QString& path, const QString& message) {
        error = SegmentCriteria::tr("Rule %1: %2").arg(path, message);
        return false;
    }

    static QString likePattern(const QString& text, bool leading, bool trailing) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        return (leading ? QStringLiteral("%") : QString()) + pattern +
               (trailing ? QStringLiteral("%") : QString());
    }

    bool number(const QString& path, const QJsonValue& value, qint64* out) {
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (d != static_cast<double>(static_cast<qint64>(d)))
                return fail(path, SegmentCriteria::tr("“%1” is not a whole number.").arg(d));
            *out = static_cast<qint64>(d);
            return true;
        }
        bool ok = false;
        *out = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return fail(path, SegmentCriteria::tr("“%1” is not a whole number.").arg(value.toString()));
        return true;
    }

    bool date(const QString& path, const QJsonValue& value, QDate* out) {
        *out = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!out->isValid())
            return fail(
                path,
                SegmentCriteria::tr("“%1” is not a date (yyyy-mm-dd).").arg(value.toVariant().toString()));
        return true;
    }

    static QString day(const QDate& d) { return d.toString(Qt::ISODate); }

    // Whether a sum or count of no rows (0) passes the rule's comparison.
    static bool zeroMatches(const QString& op, const QVariantList& values) {
        const qint64 a = values.value(0).toLongLong();
        if (op == u"eq")
            return a == 0;
        if (op == u"ne")
            return a != 0;
        if (op == u"lt")
            return 0 < a;
        if (op == u"le")
            return 0 <= a;
        if (op == u"gt")
            return 0 > a;
        if (op == u"ge")
            return 0 >= a;
        if (op == u"between")
            return a <= 0 && 0 <= values.value(1).toLongLong();
        return false;
    }

    // A rule; a derived fact with an aggregate form becomes one grouped subquery instead of a correlated one
    // per record (same answers: records without related rows take the aggregate's empty value).
    bool rule(const QString& path, const QJsonObject& item, QString* sql) {
        const qsizetype before = bound.size();
        if (!plainRule(path, item, sql))
            return false;
        const QString name = item.value(QStringLiteral("field")).toString();
        const QString op = item.value(QStringLiteral("operator")).toString();
        const SegmentFact* fact = nullptr;
        for (const SegmentFact& f : facts) {
            if (f.name == name)
                fact = &f;
        }
        if (lookups == SegmentLookups::Indexed &&
            narrowBySearchIndex(entity, name, op,
                                item.value(QStringLiteral("value")).toVariant().toString().trimmed(),
                                fact ? fact->expression : QString(), sql, &bound, before))
            return true;
        if (!fact || fact->aggregate.from.isEmpty() || op == u"is_empty" || op == u"not_empty")
            return true;
        const SegmentAggregate& a = fact->aggregate;
        const QString inner =
            QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL%3")
                .arg(a.group, a.from, a.where.isEmpty() ? QString() : QStringLiteral(" AND ") + a.where);
        if (!a.emptyIsZero && !a.row.isEmpty() &&
            (op == u"within_last_days" || op == u"after" || op == u"ge" || op == u"gt")) {
            // The latest is on or after a day exactly when any row is: one probe of the (key, time) index per
            // record, stopping at the first row.
            QString rowCondition = *sql;
            rowCondition.replace(fact->expression, a.row);
            *sql = QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2 = %3%4 AND %5)")
                       .arg(a.from, a.group, a.key,
                            a.where.isEmpty() ? QString() : QStringLiteral(" AND ") + a.where, rowCondition);
            return true;
        }
        QString having = *sql;
        having.replace(fact->expression, a.value);
        if (a.emptyIsZero && zeroMatches(op, bound.mid(before)))
            *sql = QStringLiteral("(%1%2 NOT IN (%3 GROUP BY %4 HAVING NOT (%5)))")
                       .arg(a.keyNullable ? a.key + QStringLiteral(" IS NULL OR ") : QString(), a.key, inner,
                            a.group, having);
        else
            *sql = QStringLiteral("%1 IN (%2 GROUP BY %3 HAVING %4)").arg(a.key, inner, a.group, having);
        return true;
    }

    bool plainRule(const QString& path, const QJsonObject& item, QString* sql) {
        const QString name = item.value(QStringLiteral("field")).toString();
        const QString op = item.value(QStringLiteral("operator")).toString();
        const QJsonValue value = item.value(QStringLiteral("value"));
        const QJsonValue value2 = item.value(QStringLiteral("value2"));
        const SegmentField* field = SegmentCriteria::findField(fields, name);
        if (!field)
            return fail(path, SegmentCriteria::tr("there is no field “%1” to test.").arg(name));
        if (!segmentOperators(field->type).contains(op))
            return fail(path,
                        SegmentCriteria::tr("“%1” cannot be tested with “%2”; use one of: %3.")
                            .arg(field->label, op, segmentOperators(field->type).join(QStringLiteral(", "))));
        QString e = QStringLiteral("t.") + field->name;
        QString exists;
        for (const SegmentFact& fact : facts) {
            if (fact.name == field->name) {
                e = fact.expression;
                exists = fact.existsTemplate;
            }
        }
        if (!segmentOperatorTakesNoValue(op) && op != u"in" &&
            (value.isNull() || value.isUndefined() || value.toVariant().toString().trimmed().isEmpty()))
            return fail(path, SegmentCriteria::tr("“%1” needs a value.").arg(field->label));
        if (segmentOperatorTakesTwoValues(op) && value2.toVariant().toString().trimmed().isEmpty())
            return fail(path, SegmentCriteria::tr("“%1” needs a second value.").arg(field->label));

        if (op == u"is_true") {
            *sql = e + QStringLiteral(" = 1");
            return true;
        }
        if (op == u"is_false") {
            *sql = QStringLiteral("coalesce(%1, 0) = 0").arg(e);
            return true;
        }
        const bool numeric = field->type == FieldType::Integer || field->type == FieldType::Money ||
                             field->type == FieldType::Percent || field->type == FieldType::Reference;
        if (op == u"is_empty") {
            *sql = numeric ? e + QStringLiteral(" IS NULL") : QStringLiteral("coalesce(%1, '') = ''").arg(e);
            return true;
        }
        if (op == u"not_empty") {
            *sql = numeric ? e + QStringLiteral(" IS NOT NULL")
                           : QStringLiteral("coalesce(%1, '') <> ''").arg(e);
            return true;
        }
        const QString text = value.toVariant().toString().trimmed();
        switch (field->type) {
        case FieldType::Reference: {
            qint64 id = 0;
            if (!number(path, value, &id))
                return false;
            bound << id;
            if (!exists.isEmpty())
                *sql = op == u"is" ? exists : QStringLiteral("NOT ") + exists;
            else
                *sql =
                    op == u"is" ? e + QStringLiteral(" = ?") : QStringLiteral("coalesce(%1, 0) <> ?").arg(e);
            return true;
        }
        case FieldType::Integer:
        case FieldType::Money:
        case FieldType::Percent: { // basis points, as stored
            qint64 a = 0;
            if (!number(path, value, &a))
                return false;
            static const QHash<QString, QString> comparisons{
                {QStringLiteral("eq"), QStringLiteral("=")}, {QStringLiteral("ne"), QStringLiteral("<>")},
                {QStringLiteral("lt"), QStringLiteral("<")}, {QStringLiteral("le"), QStringLiteral("<=")},
                {QStringLiteral("gt"), QStringLiteral(">")}, {QStringLiteral("ge"), QStringLiteral(">=")}};
            if (op == u"between") {
                qint64 b = 0;
                if (!number(path, value2, &b))
                    return false;
                *sql = e + QStringLiteral(" BETWEEN ? AND ?");
                bound << qMin(a, b) << qMax(a, b);
            } else {
                *sql = QStringLiteral("%1 %2 ?").arg(e, comparisons.value(op));
                bound << a;
            }
            return true;
        }
        case FieldType::Date:
        case FieldType::DateTime: {
            if (op == u"within_last_days" || op == u"more_than_days_ago") {
                qint64 days = 0;
                if (!number(path, value, &days))
                    return false;
                if (days < 0)
                    return fail(path, SegmentCriteria::tr("the number of days cannot be negative."));
                *sql = e + (op == u"within_last_days" ? QStringLiteral(" >= ?") : QStringLiteral(" < ?"));
                bound << day(today.addDays(-days));
                return true;
            }
            QDate a;
            if (!date(path, value, &a))
                return false;
            if (op == u"before") {
                *sql = e + QStringLiteral(" < ?");
                bound << day(a);
            } else if (op == u"after") {
                *sql = e + QStringLiteral(" >= ?");
                bound << day(a.addDays(1));
            } else if (op == u"on") {
                *sql = QStringLiteral("(%1 >= ? AND %1 < ?)").arg(e);
                bound << day(a) << day(a.addDays(1));
            } else { // between, both days included
                QDate b;
                if (!date(path, value2, &b))
                    return false;
                if (b < a)
                    std::swap(a, b);
                *sql = QStringLiteral("(%1 >= ? AND %1 < ?)").arg(e);
                bound << day(a) << day(b.addDays(1));
            }
            return true;
        }
        case FieldType::Choice: {
            if (op == u"in") {
                const QJsonArray items = value.toArray();
                QStringList marks;
                for (const QJsonValue& item : items) {
                    if (!field->choices.contains(item.toString()))
                        return fail(path, SegmentCriteria::tr("“%1” is not a choice of “%2”.")
                                              .arg(item.toString(), field->label));
                    marks << QStringLiteral("?");
                    bound << item.toString();
                }
                if (marks.isEmpty())
                    return fail(path,
                                SegmentCriteria::tr("“%1” needs at least one choice.").arg(field->label));
                *sql = QStringLiteral("%1 IN (%2)").arg(e, marks.join(QStringLiteral(", ")));
                return true;
            }
            if (!field->choices.contains(text))
                return fail(path, SegmentCriteria::tr("“%1” is not a choice of “%2”; choices: %3.")
                                      .arg(text, field->label, field->choices.join(QStringLiteral(", "))));
            *sql = op == u"is" ? e + QStringLiteral(" = ?") : QStringLiteral("coalesce(%1, '') <> ?").arg(e);
            bound << text;
            return true;
        }
        default: // text and lists
            break;
        }
        if (op == u"contains") {
            *sql = e + QStringLiteral(" LIKE ? ESCAPE '\\'");
            bound << likePattern(text, true, true);
        } else if (op == u"not_contains") {
            *sql = QStringLiteral("coalesce(%1, '') NOT LIKE ? ESCAPE '\\'").arg(e);
            bound << likePattern(text, true, true);
        } else if (op == u"starts_with") {
            *sql = e + QStringLiteral(" LIKE ? ESCAPE '\\'");
            bound << likePattern(text, false, true);
        } else if (op == u"equals") {
            *sql = e + QStringLiteral(" = ? COLLATE NOCASE");
            bound << text;
        } else if (op == u"not_equals") {
            *sql = QStringLiteral("coalesce(%1, '') <> ? COLLATE NOCASE").arg(e);
            bound << text;
        } else { // has_item: one of the "; "-joined items, whole and case-insensitive
            // The list holding the text at all is tested first: it needs no joined copy of the list, which
            // on a pass over a million records saves a third of the time.
            *sql =
                QStringLiteral("(%1 LIKE ? ESCAPE '\\' AND ('; ' || %1 || '; ') LIKE ? ESCAPE '\\')").arg(e);
            bound << likePattern(text, true, true)
                  << likePattern(QStringLiteral("; ") + text + QStringLiteral("; "), true, true);
        }
        return true;
    }

    bool group(const QString& path, const QJsonObject& node, QString* sql) {
        const QString op = node.value(QStringLiteral("op")).toString(QStringLiteral("and")).toLower();
        if (op != u"and" && op != u"or")
            return fail(path.isEmpty() ? QStringLiteral("0") : path,
                        SegmentCriteria::tr("a group joins its rules with “and” or “or”, not “%1”.").arg(op));
        const QJsonValue rulesValue = node.value(QStringLiteral("rules"));
        if (!rulesValue.isUndefined() && !rulesValue.isArray())
            return fail(path.isEmpty() ? QStringLiteral("0") : path,
                        SegmentCriteria::tr("“rules” must be a list."));
        const QJsonArray rules = rulesValue.toArray();
        QStringList parts;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString childPath =
                path.isEmpty() ? QString::number(i + 1) : path + QLatin1Char('.') + QString::number(i + 1);
            if (!rules.at(i).isObject())
                return fail(childPath, SegmentCriteria::tr("a rule must be an object."));
            const QJsonObject child = rules.at(i).toObject();
            QString part;
            const bool ok = child.contains(QStringLiteral("rules")) ? group(childPath, child, &part)
                                                                    : rule(childPath, child, &part);
            if (!ok)
                return false;
            parts << part;
        }
        if (parts.isEmpty())
            *sql = QStringLiteral("1");
        else
            *sql = QLatin1Char('(') +
                   parts.join(op == u"and" ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) +
                   QLatin1Char(')');
        return true;
    }
};

// The fields a criteria node tests, into `fields`; true when an "or" group in it tests two or more.
bool collectFields(const QJsonObject& node, QSet<QString>* fields) {
    if (!node.contains(QStringLiteral("rules"))) {
        fields->insert(node.value(QStringLiteral("field")).toString());
        return false;
    }
    QSet<QString> own;
    bool found = false;
    for (const QJsonValue& child : node.value(QStringLiteral("rules")).toArray())
        found = collectFields(child.toObject(), &own) || found;
    const bool alternatives =
        node.value(QStringLiteral("op")).toString().toLower() == u"or" && own.size() > 1;
    fields->unite(own);
    return found || alternatives;
}

} // namespace

bool SegmentCriteria::hasAlternativesOverFields(const QJsonObject& criteria) {
    QSet<QString> fields;
    return collectFields(criteria, &fields);
}

Status SegmentCriteria::compile(const QString& entity, const QJsonObject& criteria, const QDate& today,
                                FilterSql& sql, SegmentLookups lookups) {
    if (!isSegmentEntity(entity))
        return Status::failure(tr("Segments select customers, contacts or leads, not “%1”.").arg(entity));
    Compiler compiler{entity,
                      today.isValid() ? today : QDate::currentDate(),
                      fields(entity),
                      segmentFacts(entity),
                      lookups,
                      {},
                      {}};
    QString condition;
    if (!compiler.group(QString(), criteria, &condition))
        return Status::failure(compiler.error);
    sql.conditions << condition;
    sql.bound += compiler.bound;
    return Status::success();
}

Status SegmentCriteria::parse(const QString& json, QJsonObject* criteria) {
    if (json.trimmed().isEmpty()) {
        *criteria = {};
        return Status::success();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Status::failure(tr("The criteria are not a JSON object (%1 at character %2).")
                                   .arg(error.errorString())
                                   .arg(error.offset));
    *criteria = document.object();
    return Status::success();
}

} // namespace rapport
