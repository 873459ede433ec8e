#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace rapport {

// One stored record: its id and its field values by field name (plus created_at and updated_at).
struct Record {
    qint64 id = 0;
    QVariantMap values;

    QVariant value(const QString& field) const { return values.value(field); }
    QString text(const QString& field) const { return values.value(field).toString(); }
};

// A problem with one field's value, shown beside the field in the desktop program and as "field: message"
// in the CLI.
struct FieldError {
    QString field;
    QString message;
};

// "FIELD=VALUE" conditions for list queries; list fields (tags, e-mails, phones) match one of their items.
struct FieldFilter {
    QString field;
    QVariant value;
};

} // namespace rapport
