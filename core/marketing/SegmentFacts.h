#pragma once

#include "entity/FieldDescriptor.h"

#include <QList>

namespace rapport {

// A derived fact about a customer, contact or lead, computed from related tables. `expression` is SQL over
// the entity's table aliased t (a correlated subquery); `existsTemplate`, for campaign facts, is an EXISTS
// test with one "?" for the campaign id. Both are fixed text written here, never built from user input.
// The same fact as an aggregate over a related table, so a rule can be answered with one grouped subquery
// (t.id IN (SELECT ... GROUP BY ... HAVING ...)) instead of one correlated subquery per record: what makes
// counting a million customers fast. `row` is the per-row expression a max() aggregates, when there is one.
struct SegmentAggregate {
    QString
        key; // the entity's column the groups match: "t.id", or "t.customer_id" for an organisation's facts
    bool keyNullable = false;
    QString from;            // "opportunities o"
    QString group;           // "o.customer_id"
    QString where;           // "o.status = 'won'", or empty
    QString value;           // "sum(o.amount_minor)"
    QString row;             // "o.closed_at" for max(o.closed_at), else empty
    bool emptyIsZero = true; // sum() and count() of no rows are 0; max() of none is NULL
};

struct SegmentFact {
    QString name;
    const char* label = "";
    FieldType type = FieldType::Integer;
    QString expression;
    QString reference;
    QString existsTemplate;
    SegmentAggregate aggregate; // empty `from` when the fact has no aggregate form
};

QList<SegmentFact> segmentFacts(const QString& entity);

} // namespace rapport
