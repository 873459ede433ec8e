#pragma once

// Short builders for declaring entities (SalesEntities, MarketingEntities, AutomationEntities, ...): one
// field or entity descriptor per call, so a declaration reads as a list.

#include "entity/EntityDescriptor.h"

#include <QCoreApplication>

namespace rapport::fields {

using F = FieldDescriptor;
using T = FieldType;

inline F field(const char* name, const char* label, T type, bool listed = false, bool required = false) {
    F f;
    f.name = QString::fromLatin1(name);
    f.label = label;
    f.type = type;
    f.listedByDefault = listed;
    f.required = required;
    return f;
}

// defaultValue nullptr: the field may stay empty (wrap in required() when it must be chosen).
inline F choice(const char* name, const char* label, const QStringList& choices, const char* defaultValue,
                bool listed = false) {
    F f = field(name, label, T::Choice, listed);
    f.choices = choices;
    if (defaultValue)
        f.defaultValue = QString::fromLatin1(defaultValue);
    return f;
}

inline F ref(const char* name, const char* label, const char* entity, bool listed = false,
             bool required = false) {
    F f = field(name, label, T::Reference, listed, required);
    f.reference = QString::fromLatin1(entity);
    return f;
}

inline F flag(const char* name, const char* label, bool defaultValue, bool listed = false) {
    F f = field(name, label, T::Boolean, listed);
    f.defaultValue = defaultValue ? 1 : 0;
    return f;
}

inline F number(const char* name, const char* label, int defaultValue, bool listed = false) {
    F f = field(name, label, T::Integer, listed);
    f.defaultValue = defaultValue;
    return f;
}

inline F money(const char* name, const char* label, bool listed) {
    F f = field(name, label, T::Money, listed);
    f.defaultValue = 0;
    return f;
}

inline F required(F f) {
    f.required = true;
    return f;
}

inline EntityDescriptor entity(const char* name, const char* plural, const char* table, const char* label,
                               const char* pluralLabel, const char* display) {
    EntityDescriptor e;
    e.name = QString::fromLatin1(name);
    e.pluralName = QString::fromLatin1(plural);
    e.table = QString::fromLatin1(table);
    e.label = label;
    e.pluralLabel = pluralLabel;
    e.displayExpression = QString::fromLatin1(display);
    return e;
}

} // namespace rapport::fields
