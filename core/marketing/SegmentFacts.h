#pragma once

#include "entity/FieldDescriptor.h"

#include <QList>

namespace rapport {

// A derived fact about a customer, contact or lead, computed from related tables. `expression` is SQL over
// the entity's table aliased t (a correlated subquery); `existsTemplate`, for campaign facts, is an EXISTS
// test with one "?" for the campaign id. Both are fixed text written here, never built from user input.
struct SegmentFact {
    QString name;
    const char* label = "";
    FieldType type = FieldType::Integer;
    QString expression;
    QString reference;
    QString existsTemplate;
};

QList<SegmentFact> segmentFacts(const QString& entity);

} // namespace rapport
