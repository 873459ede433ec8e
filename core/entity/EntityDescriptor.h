#pragma once

#include "entity/FieldDescriptor.h"

#include <QList>
#include <QVariantMap>

namespace rapport {

// What Rapport knows about one kind of record: its table, its fields, how it is named in lists and
// references, and how it sorts. The catalog below is the one place an entity is declared; the CLI's generic
// verbs, validation, the list models and snapshots all read it.
struct EntityDescriptor {
    QString name;       // "customer": the CLI word
    QString pluralName; // "customers"
    QString table;
    const char* label = "";
    const char* pluralLabel = "";
    QList<FieldDescriptor> fields;
    // SQL expression over the table's columns (alias t) naming a record in lists and references.
    QString displayExpression;
    // Column holding the folded display name for sorting, or empty when the entity sorts by id.
    QString sortKeyColumn;
    // Fields whose folded, trimmed join (with spaces) forms the sort key.
    QStringList sortKeySources;

    const FieldDescriptor* field(const QString& fieldName) const;
    QString translatedLabel() const;
    QString translatedPluralLabel() const;
    QStringList fieldNames() const;
    // The sort key for a record's values (empty when the entity has no sort key column).
    QString sortKeyFor(const QVariantMap& values) const;
};

// The entities of this version of Rapport, in menu order.
class EntityCatalog final {
public:
    static const QList<EntityDescriptor>& all();
    // Finds an entity by singular or plural name ("customer" or "customers"); nullptr when unknown.
    static const EntityDescriptor* find(const QString& name);
    static const EntityDescriptor& customer() { return *find(QStringLiteral("customer")); }
    static const EntityDescriptor& contact() { return *find(QStringLiteral("contact")); }
    static const EntityDescriptor& interaction() { return *find(QStringLiteral("interaction")); }
    static const EntityDescriptor& task() { return *find(QStringLiteral("task")); }
    static const EntityDescriptor& user() { return *find(QStringLiteral("user")); }
};

} // namespace rapport
