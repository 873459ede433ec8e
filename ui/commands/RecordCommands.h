#pragma once

#include "entity/EntityDescriptor.h"
#include "repository/RecordSnapshot.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariantMap>
#include <functional>

namespace rapport {

class Database;

// Called after a command changed records, so that open lists and views re-read (entity name of the change).
using ChangeNotifier = std::function<void(const QString& entityName)>;

// Undo of a record that was just created (the insert itself happened in the dialog, so the first redo does
// nothing). Undo takes the record away, remembering it; redo puts it back with the same id.
class AddRecordCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddRecordCommand)
public:
    AddRecordCommand(Database& db, const EntityDescriptor& entity, qint64 id, ChangeNotifier notify);
    void undo() override;
    void redo() override;

private:
    Database& m_db;
    const EntityDescriptor& m_entity;
    qint64 m_id;
    ChangeNotifier m_notify;
    RecordSnapshot m_snapshot;
    bool m_firstRedo = true;
};

// Undo of an edit: the values of the changed fields before and after (the first update happened in the
// dialog).
class EditRecordCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditRecordCommand)
public:
    EditRecordCommand(Database& db, const EntityDescriptor& entity, qint64 id, QVariantMap before,
                      QVariantMap after, ChangeNotifier notify);
    void undo() override;
    void redo() override;

private:
    void apply(const QVariantMap& values);
    Database& m_db;
    const EntityDescriptor& m_entity;
    qint64 m_id;
    QVariantMap m_before;
    QVariantMap m_after;
    ChangeNotifier m_notify;
    bool m_firstRedo = true;
};

// A delete with everything it cascades to: redo captures a snapshot and deletes, undo restores the snapshot.
class DeleteRecordCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteRecordCommand)
public:
    DeleteRecordCommand(Database& db, const EntityDescriptor& entity, qint64 id, const QString& name,
                        ChangeNotifier notify);
    void undo() override;
    void redo() override;
    // False when the first delete failed; the command is then marked obsolete.
    const Status& status() const { return m_status; }

private:
    Database& m_db;
    const EntityDescriptor& m_entity;
    qint64 m_id;
    ChangeNotifier m_notify;
    RecordSnapshot m_snapshot;
    Status m_status;
};

} // namespace rapport
