#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace rapport {

enum class FieldType {
    Text,      // one line
    LongText,  // notes, bodies
    Integer,   // counts, durations
    Boolean,   // stored 0/1
    Date,      // yyyy-MM-dd
    DateTime,  // ISO 8601 UTC, yyyy-MM-ddTHH:mm:ssZ
    Choice,    // one of FieldDescriptor::choices
    Reference, // id of a record of FieldDescriptor::reference
    EmailList, // items joined by "; "
    PhoneList, // items joined by "; "
    TagList,   // items joined by "; "
    Url,
    Email,
    Money,   // integer minor units (cents); lists and forms show major units in the user's locale
    Percent, // integer basis points (1900 = 19 %); lists and forms show "19 %" / "7,5 %" in the user's locale
};

// One column of an entity as the user sees it: its label (translated through the "Field" context), its
// type, and whether a value is required. Columns the program maintains (id, sort keys, timestamps) are not
// fields.
struct FieldDescriptor {
    QString name;
    const char* label = "";
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList choices;
    QString reference;
    bool listedByDefault = false;
    QVariant defaultValue;           // stored when the field is left empty (choices with a default, booleans)
    const char* section = nullptr;   // the titled part of the record form it belongs to ("Billing address")
    const char* formLabel = nullptr; // a shorter label inside its section ("Street"), else label

    QString translatedLabel() const;
    QString translatedSection() const;
    QString translatedFormLabel() const;
    bool isList() const {
        return type == FieldType::EmailList || type == FieldType::PhoneList || type == FieldType::TagList;
    }
};

} // namespace rapport
