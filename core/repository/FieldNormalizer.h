#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/Record.h"

#include <QCoreApplication>

namespace rapport {

// Turns user input into stored values: trims text, splits and re-joins lists with "; ", checks e-mail
// addresses, phone numbers, dates and choices, and converts date-times to UTC. Returns one error per bad
// field.
class FieldNormalizer final {
    Q_DECLARE_TR_FUNCTIONS(FieldNormalizer)
public:
    // Normalises values in place. With partial, only the fields present are checked (an update).
    static QList<FieldError> normalize(const EntityDescriptor& entity, QVariantMap& values, bool partial);
    static QList<FieldError> normalizeField(const FieldDescriptor& field, QVariant& value);

    static QStringList splitList(const QString& text, FieldType type);
    static bool isValidEmail(const QString& address);
    static QString nowUtc();
    static QString toStoredDateTime(const QDateTime& when);
};

} // namespace rapport
