#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/RecordStore.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>
#include <functional>

class QLabel;
class QWidget;

namespace rapport {

class Database;

// A dialog for any entity, built from its field descriptors: one editor per field, and a red message under a
// field that core refused. Saving goes through a callback (insert or update); the dialog stays open until the
// callback succeeds. Editors are named "field_<name>", messages "error_<name>".
class RecordDialog final : public QDialog {
    Q_OBJECT
public:
    using Saver = std::function<WriteResult(const QVariantMap& values)>;

    RecordDialog(Database& db, const EntityDescriptor& entity, const QVariantMap& values, Saver saver,
                 QWidget* parent = nullptr);

    const EntityDescriptor& entity() const { return m_entity; }
    // The values as the editors hold them now, in storage form (null for empty).
    QVariantMap values() const;
    // The values as they were when the dialog opened (storage form).
    const QVariantMap& initialValues() const { return m_initial; }
    qint64 savedId() const { return m_savedId; }
    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    void setSaver(Saver saver) { m_saver = std::move(saver); }

public slots:
    void save();

private:
    QWidget* createEditor(const FieldDescriptor& field);
    void setEditorValue(const FieldDescriptor& field, const QVariant& value);
    QVariant editorValue(const FieldDescriptor& field) const;
    void clearErrors();
    void showErrors(const WriteResult& result);

    Database& m_db;
    const EntityDescriptor& m_entity;
    QVariantMap m_initial;
    Saver m_saver;
    qint64 m_savedId = 0;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QLabel* m_generalError = nullptr;
};

} // namespace rapport
