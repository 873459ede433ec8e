// The fields a segment rule can test: the entity's descriptor fields plus derived facts, and the operators
// for each type.
#include "marketing/SegmentCriteria.h"

#include "entity/EntityDescriptor.h"
#include "marketing/SegmentFacts.h"

namespace rapport {

QStringList segmentOperators(FieldType type) {
    switch (type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Email:
    case FieldType::Url:
        return {QStringLiteral("contains"), QStringLiteral("not_contains"), QStringLiteral("starts_with"),
                QStringLiteral("equals"),   QStringLiteral("not_equals"),   QStringLiteral("is_empty"),
                QStringLiteral("not_empty")};
    case FieldType::EmailList:
    case FieldType::PhoneList:
    case FieldType::TagList:
        return {QStringLiteral("has_item"), QStringLiteral("contains"), QStringLiteral("not_contains"),
                QStringLiteral("is_empty"), QStringLiteral("not_empty")};
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Percent:
        return {QStringLiteral("eq"),      QStringLiteral("ne"),       QStringLiteral("lt"),
                QStringLiteral("le"),      QStringLiteral("gt"),       QStringLiteral("ge"),
                QStringLiteral("between"), QStringLiteral("is_empty"), QStringLiteral("not_empty")};
    case FieldType::Date:
    case FieldType::DateTime:
        return {QStringLiteral("within_last_days"),
                QStringLiteral("more_than_days_ago"),
                QStringLiteral("before"),
                QStringLiteral("after"),
                QStringLiteral("on"),
                QStringLiteral("between"),
                QStringLiteral("is_empty"),
                QStringLiteral("not_empty")};
    case FieldType::Choice:
        return {QStringLiteral("is"), QStringLiteral("is_not"), QStringLiteral("in"),
                QStringLiteral("is_empty"), QStringLiteral("not_empty")};
    case FieldType::Boolean:
        return {QStringLiteral("is_true"), QStringLiteral("is_false")};
    case FieldType::Reference:
        return {QStringLiteral("is"), QStringLiteral("is_not"), QStringLiteral("is_empty"),
                QStringLiteral("not_empty")};
    }
    return {};
}

QString segmentOperatorLabel(const QString& op) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("contains"), QT_TRANSLATE_NOOP("SegmentOperator", "contains")},
        {QStringLiteral("not_contains"), QT_TRANSLATE_NOOP("SegmentOperator", "does not contain")},
        {QStringLiteral("starts_with"), QT_TRANSLATE_NOOP("SegmentOperator", "starts with")},
        {QStringLiteral("equals"), QT_TRANSLATE_NOOP("SegmentOperator", "equals")},
        {QStringLiteral("not_equals"), QT_TRANSLATE_NOOP("SegmentOperator", "does not equal")},
        {QStringLiteral("is_empty"), QT_TRANSLATE_NOOP("SegmentOperator", "is empty")},
        {QStringLiteral("not_empty"), QT_TRANSLATE_NOOP("SegmentOperator", "is not empty")},
        {QStringLiteral("has_item"), QT_TRANSLATE_NOOP("SegmentOperator", "has the item")},
        {QStringLiteral("eq"), QT_TRANSLATE_NOOP("SegmentOperator", "=")},
        {QStringLiteral("ne"), QT_TRANSLATE_NOOP("SegmentOperator", "≠")},
        {QStringLiteral("lt"), QT_TRANSLATE_NOOP("SegmentOperator", "<")},
        {QStringLiteral("le"), QT_TRANSLATE_NOOP("SegmentOperator", "≤")},
        {QStringLiteral("gt"), QT_TRANSLATE_NOOP("SegmentOperator", ">")},
        {QStringLiteral("ge"), QT_TRANSLATE_NOOP("SegmentOperator", "≥")},
        {QStringLiteral("between"), QT_TRANSLATE_NOOP("SegmentOperator", "between")},
        {QStringLiteral("within_last_days"), QT_TRANSLATE_NOOP("SegmentOperator", "within the last N days")},
        {QStringLiteral("more_than_days_ago"), QT_TRANSLATE_NOOP("SegmentOperator", "more than N days ago")},
        {QStringLiteral("before"), QT_TRANSLATE_NOOP("SegmentOperator", "is before")},
        {QStringLiteral("after"), QT_TRANSLATE_NOOP("SegmentOperator", "is after")},
        {QStringLiteral("on"), QT_TRANSLATE_NOOP("SegmentOperator", "is on")},
        {QStringLiteral("is"), QT_TRANSLATE_NOOP("SegmentOperator", "is")},
        {QStringLiteral("is_not"), QT_TRANSLATE_NOOP("SegmentOperator", "is not")},
        {QStringLiteral("in"), QT_TRANSLATE_NOOP("SegmentOperator", "is one of")},
        {QStringLiteral("is_true"), QT_TRANSLATE_NOOP("SegmentOperator", "is yes")},
        {QStringLiteral("is_false"), QT_TRANSLATE_NOOP("SegmentOperator", "is no")},
    };
    const char* label = labels.value(op, nullptr);
    return label ? QCoreApplication::translate("SegmentOperator", label) : op;
}

bool segmentOperatorTakesNoValue(const QString& op) {
    return op == u"is_empty" || op == u"not_empty" || op == u"is_true" || op == u"is_false";
}

bool segmentOperatorTakesTwoValues(const QString& op) {
    return op == u"between";
}

bool SegmentCriteria::isSegmentEntity(const QString& entity) {
    return entity == u"customer" || entity == u"contact" || entity == u"lead";
}

QList<SegmentField> SegmentCriteria::fields(const QString& entity) {
    QList<SegmentField> result;
    if (!isSegmentEntity(entity))
        return result;
    const EntityDescriptor* descriptor = EntityCatalog::find(entity);
    if (!descriptor)
        return result;
    for (const FieldDescriptor& f : descriptor->fields)
        result << SegmentField{f.name, f.translatedLabel(), f.type, f.choices, f.reference, false};
    for (const SegmentFact& fact : segmentFacts(entity))
        result << SegmentField{fact.name,      QCoreApplication::translate("SegmentFact", fact.label),
                               fact.type,      {},
                               fact.reference, true};
    return result;
}

const SegmentField* SegmentCriteria::findField(const QList<SegmentField>& fields, const QString& name) {
    for (const SegmentField& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace rapport
