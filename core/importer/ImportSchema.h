#pragma once

#include "entity/EntityDescriptor.h"
#include "importer/ImportTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport {

// The fields an import can fill for one entity: the entity's own fields (references by their import name:
// "owner", "organisation", "customer", "contact", "user") and the helpers "full_name" (split into first and
// last name) and "notes_extra" (appended to the notes as "Header: value").
struct ImportField {
    QString name;                                // import name, as FieldSynonyms spells it
    const FieldDescriptor* descriptor = nullptr; // the stored field; nullptr for full_name and notes_extra
};

class ImportSchema final {
    Q_DECLARE_TR_FUNCTIONS(ImportSchema)
public:
    explicit ImportSchema(ImportEntity entity);

    ImportEntity entity() const { return m_entity; }
    const EntityDescriptor& descriptor() const { return *m_descriptor; }
    const QList<ImportField>& fields() const { return m_fields; }
    // Index into fields() of an import field name, or -1.
    int indexOf(const QString& name) const;
    // The text of the long-text field that notes_extra goes into ("notes", or "body" for interactions).
    QString notesField() const;
    // A column header for an import field: the English label, which resolve() reads back.
    QString header(const ImportField& field) const;
    QString label(const QString& fieldName) const;

    // One import field name per header: overrides first, then field names and labels (English and
    // translated, so Rapport's own exports re-import), then FieldSynonyms. Empty: ignored.
    QStringList resolve(const QStringList& headers, const QHash<QString, QString>& overrides) const;

    // Parses "Header=field,Other=notes,Skip=" (the CLI's --map).
    static bool parseMapping(const QString& text, QHash<QString, QString>* mapping, QString* error);
    // Header of the extra column of a rejects file; ignored on re-import.
    static QString rejectReasonHeader() { return QStringLiteral("Import error"); }

private:
    ImportEntity m_entity;
    const EntityDescriptor* m_descriptor;
    QList<ImportField> m_fields;
};

} // namespace rapport
