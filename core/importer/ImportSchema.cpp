#include "importer/ImportSchema.h"

#include "io/FieldSynonyms.h"

namespace rapport {
namespace {

QString importName(ImportEntity entity, const QString& field) {
    if (field == u"owner_id")
        return QStringLiteral("owner");
    if (field == u"user_id")
        return QStringLiteral("user");
    if (field == u"contact_id")
        return QStringLiteral("contact");
    if (field == u"customer_id")
        return entity == ImportEntity::Contact ? QStringLiteral("organisation") : QStringLiteral("customer");
    return field;
}

FieldSynonyms::Entity synonymsEntity(ImportEntity entity) {
    switch (entity) {
    case ImportEntity::Customer:
        return FieldSynonyms::Entity::Customer;
    case ImportEntity::Contact:
        return FieldSynonyms::Entity::Contact;
    case ImportEntity::Interaction:
        break;
    case ImportEntity::Lead: // people and organisations: the contact headers, singular e-mail and phone
        return FieldSynonyms::Entity::Contact;
    }
    return FieldSynonyms::Entity::Interaction;
}

} // namespace

QString importEntityName(ImportEntity entity) {
    switch (entity) {
    case ImportEntity::Customer:
        return QStringLiteral("customers");
    case ImportEntity::Contact:
        return QStringLiteral("contacts");
    case ImportEntity::Interaction:
        break;
    case ImportEntity::Lead:
        return QStringLiteral("leads");
    }
    return QStringLiteral("interactions");
}

bool parseImportEntity(const QString& name, ImportEntity* entity) {
    const QString n = name.toLower();
    if (n == u"customer" || n == u"customers")
        *entity = ImportEntity::Customer;
    else if (n == u"contact" || n == u"contacts")
        *entity = ImportEntity::Contact;
    else if (n == u"interaction" || n == u"interactions")
        *entity = ImportEntity::Interaction;
    else if (n == u"lead" || n == u"leads")
        *entity = ImportEntity::Lead;
    else
        return false;
    return true;
}

ImportSchema::ImportSchema(ImportEntity entity)
    : m_entity(entity),
      m_descriptor(entity == ImportEntity::Customer  ? &EntityCatalog::customer()
                   : entity == ImportEntity::Contact ? &EntityCatalog::contact()
                   : entity == ImportEntity::Lead    ? EntityCatalog::find(QStringLiteral("lead"))
                                                     : &EntityCatalog::interaction()) {
    if (entity == ImportEntity::Contact)
        m_fields.append({QStringLiteral("full_name"), nullptr});
    for (const FieldDescriptor& field : m_descriptor->fields) {
        // What the program keeps for a lead (assignment time, conversion links) is not read from a file.
        if (entity == ImportEntity::Lead &&
            (field.name == u"assigned_at" || field.name.startsWith(QStringLiteral("converted_"))))
            continue;
        m_fields.append({importName(entity, field.name), &field});
    }
    if (entity == ImportEntity::Contact)
        m_fields.append({QStringLiteral("owner"), nullptr});
    m_fields.append({ImportOptions::toNotes(), nullptr});
}

int ImportSchema::indexOf(const QString& name) const {
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].name == name)
            return i;
    return -1;
}

QString ImportSchema::notesField() const {
    return m_entity == ImportEntity::Interaction ? QStringLiteral("body") : QStringLiteral("notes");
}

QString ImportSchema::header(const ImportField& field) const {
    if (field.descriptor)
        return QString::fromUtf8(field.descriptor->label);
    if (field.name == u"full_name")
        return QStringLiteral("Full name");
    if (field.name == u"owner")
        return QStringLiteral("Owner");
    return QStringLiteral("Notes (more)");
}

QString ImportSchema::label(const QString& fieldName) const {
    const int index = indexOf(fieldName);
    if (index >= 0 && m_fields[index].descriptor)
        return m_fields[index].descriptor->translatedLabel();
    if (fieldName == ImportOptions::toNotes())
        return tr("→ notes");
    if (fieldName.isEmpty())
        return tr("ignore");
    return FieldSynonyms::label(fieldName);
}

QStringList ImportSchema::resolve(const QStringList& headers,
                                  const QHash<QString, QString>& overrides) const {
    QStringList mapped;
    QStringList taken;
    for (const QString& columnHeader : headers) {
        QString field;
        const QString trimmed = columnHeader.trimmed();
        if (overrides.contains(trimmed)) {
            field = overrides.value(trimmed);
        } else if (trimmed == rejectReasonHeader()) {
            field.clear();
        } else {
            for (const ImportField& candidate : m_fields) {
                if (trimmed.compare(candidate.name, Qt::CaseInsensitive) == 0 ||
                    trimmed.compare(header(candidate), Qt::CaseInsensitive) == 0 ||
                    (candidate.descriptor &&
                     trimmed.compare(candidate.descriptor->translatedLabel(), Qt::CaseInsensitive) == 0)) {
                    field = candidate.name;
                    break;
                }
            }
            if (field.isEmpty())
                field = FieldSynonyms::match(synonymsEntity(m_entity), trimmed);
            if (m_entity == ImportEntity::Lead && (field == u"emails" || field == u"phones"))
                field.chop(1); // a lead has one e-mail address and one phone number
            if (m_entity == ImportEntity::Lead && field == u"title")
                field.clear();
            if (field == u"notes_extra" || indexOf(field) < 0)
                field = field == u"notes_extra" ? field : QString();
        }
        const int index = indexOf(field);
        const bool list =
            index >= 0 && (field == ImportOptions::toNotes() ||
                           (m_fields[index].descriptor && m_fields[index].descriptor->isList()));
        if (!field.isEmpty() && !list) {
            if (taken.contains(field))
                field.clear();
            else
                taken.append(field);
        }
        mapped.append(field);
    }
    return mapped;
}

bool ImportSchema::parseMapping(const QString& text, QHash<QString, QString>* mapping, QString* error) {
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.lastIndexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = tr("“%1” is not Header=field.").arg(part);
            return false;
        }
        QString field = part.mid(equals + 1).trimmed();
        if (field == u"ignore" || field == u"-")
            field.clear();
        else if (field == u"+notes" || field == u"→notes" || field == u"to_notes")
            field = ImportOptions::toNotes();
        mapping->insert(part.left(equals).trimmed(), field);
    }
    return true;
}

} // namespace rapport
