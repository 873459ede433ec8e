#pragma once

#include "entity/FieldDescriptor.h"
#include "repository/FilterSql.h"
#include "util/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace rapport {

// What a segment rule can test on one entity (customer, contact or lead): every field of the entity's
// descriptor in the EntityCatalog (so a field added there appears here too) plus derived facts computed from
// related tables (total bought, last purchase, last interaction, open opportunities, campaign responses).
struct SegmentField {
    QString name;  // the JSON "field": a descriptor field name or a derived fact's name
    QString label; // translated
    FieldType type = FieldType::Text;
    QStringList choices;
    QString reference; // for FieldType::Reference: the entity referred to
    bool derived = false;
};

// The operators offered for a field type, as the JSON "operator" words:
//   text/e-mail/url/long text: contains, not_contains, starts_with, equals, not_equals, is_empty, not_empty
//   lists (tags, e-mails, phones): contains, not_contains, has_item, is_empty, not_empty
//   integer/money: eq, ne, lt, le, gt, ge, between (value, value2), is_empty, not_empty
//   date/date-time: before, after, on, between, within_last_days, more_than_days_ago, is_empty, not_empty
//   choice: is, is_not, in (value: array), is_empty, not_empty
//   boolean: is_true, is_false
//   reference: is, is_not, is_empty, not_empty
// Money values are integer minor units; dates "yyyy-MM-dd"; day counts integers.
QStringList segmentOperators(FieldType type);
// The operator's translated words for the builder ("contains", "is before", ...).
QString segmentOperatorLabel(const QString& op);
// true when the operator takes no value, two values (between) or a list (in).
bool segmentOperatorTakesNoValue(const QString& op);
bool segmentOperatorTakesTwoValues(const QString& op);

// Criteria JSON, as stored in segments.criteria:
//   {"op": "and"|"or", "rules": [ {"field": F, "operator": O, "value": V, "value2": V2} | {nested group} ]}
// An empty group matches everyone. Compiling turns it into conditions over the entity's table aliased t with
// positional "?" placeholders and their bound values: field names come only from the descriptor whitelist
// and derived-fact table, values are always bound, never spliced into the SQL.
// How name and tag tests are compiled. Indexed: from the search index and customer_tags (a few lookups when
// the rest of the criteria narrows little). OnTheRecord: on the record's own columns, for one pass over an
// index that holds them all.
enum class SegmentLookups { Indexed, OnTheRecord };

class SegmentCriteria final {
    Q_DECLARE_TR_FUNCTIONS(SegmentCriteria)
public:
    // "customer", "contact" or "lead"; other names are refused.
    static bool isSegmentEntity(const QString& entity);
    static QList<SegmentField> fields(const QString& entity);
    static const SegmentField* findField(const QList<SegmentField>& fields, const QString& name);

    // Appends the criteria's condition to sql (one condition, parenthesised). `today` anchors relative dates.
    // Unknown fields or operators, wrong value types and malformed groups are refused with a message naming
    // the rule (its path like "rule 2.1") and nothing is appended.
    static Status compile(const QString& entity, const QJsonObject& criteria, const QDate& today,
                          FilterSql& sql, SegmentLookups lookups = SegmentLookups::Indexed);
    // Whether some "or" group of the criteria tests two or more different fields ("inactive, or no
    // interaction for 180 days"). SQLite answers such a group by looking each alternative up in its own index
    // and reading every row found, which is slow when they match many records.
    static bool hasAlternativesOverFields(const QJsonObject& criteria);
    // Parses the JSON text stored in segments.criteria.
    static Status parse(const QString& json, QJsonObject* criteria);
};

} // namespace rapport
