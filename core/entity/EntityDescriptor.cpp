#include "entity/EntityDescriptor.h"

#include "storage/TextFold.h"

#include <QCoreApplication>

namespace rapport {

QString FieldDescriptor::translatedLabel() const {
    return QCoreApplication::translate("Field", label);
}

QString FieldDescriptor::translatedFormLabel() const {
    return formLabel ? QCoreApplication::translate("Field", formLabel) : translatedLabel();
}

QString FieldDescriptor::translatedSection() const {
    return section ? QCoreApplication::translate("Field", section) : QString();
}

const FieldDescriptor* EntityDescriptor::field(const QString& fieldName) const {
    for (const FieldDescriptor& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QString EntityDescriptor::translatedLabel() const {
    return QCoreApplication::translate("Entity", label);
}

QString EntityDescriptor::translatedPluralLabel() const {
    return QCoreApplication::translate("Entity", pluralLabel);
}

QStringList EntityDescriptor::fieldNames() const {
    QStringList names;
    for (const FieldDescriptor& f : fields)
        names << f.name;
    return names;
}

QString EntityDescriptor::sortKeyFor(const QVariantMap& values) const {
    if (sortKeyColumn.isEmpty())
        return {};
    QStringList parts;
    for (const QString& source : sortKeySources) {
        const QString part = values.value(source).toString().trimmed();
        if (!part.isEmpty())
            parts << part;
    }
    return foldText(parts.join(QLatin1Char(' ')));
}

const EntityDescriptor* EntityCatalog::find(const QString& name) {
    for (const EntityDescriptor& entity : all()) {
        if (entity.name == name || entity.pluralName == name)
            return &entity;
    }
    return nullptr;
}

} // namespace rapport
