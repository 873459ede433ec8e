#include "commands/RecordCommands.h"

#include "repository/RecordStore.h"
#include "sales/SalesTeam.h"
#include "storage/Database.h"

#include <QDebug>

namespace rapport {

AddRecordCommand::AddRecordCommand(Database& db, const EntityDescriptor& entity, qint64 id,
                                   ChangeNotifier notify)
    : m_db(db), m_entity(entity), m_id(id), m_notify(std::move(notify)) {
    setText(tr("Add %1").arg(entity.translatedLabel().toLower()));
}

void AddRecordCommand::undo() {
    Status status;
    m_snapshot = RecordSnapshot::capture(m_db, m_entity, m_id, &status);
    if (status)
        status = RecordStore(m_db).remove(m_entity, m_id);
    if (!status)
        qWarning().noquote() << "undo add:" << status.message();
    m_notify(m_entity.name);
}

void AddRecordCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (const Status status = m_snapshot.restore(m_db); !status)
        qWarning().noquote() << "redo add:" << status.message();
    m_notify(m_entity.name);
}

EditRecordCommand::EditRecordCommand(Database& db, const EntityDescriptor& entity, qint64 id,
                                     QVariantMap before, QVariantMap after, ChangeNotifier notify)
    : m_db(db), m_entity(entity), m_id(id), m_before(std::move(before)), m_after(std::move(after)),
      m_notify(std::move(notify)) {
    setText(tr("Edit %1").arg(entity.translatedLabel().toLower()));
}

void EditRecordCommand::apply(const QVariantMap& values) {
    const WriteResult result = SalesTeam::isUserForm(m_entity)
                                   ? SalesTeam(m_db).saveUser(m_id, values)
                                   : RecordStore(m_db).update(m_entity, m_id, values);
    if (!result.ok())
        qWarning().noquote() << "undo/redo edit:" << result.message();
    m_notify(m_entity.name);
}

void EditRecordCommand::undo() {
    apply(m_before);
}

void EditRecordCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after);
}

DeleteRecordCommand::DeleteRecordCommand(Database& db, const EntityDescriptor& entity, qint64 id,
                                         const QString& name, ChangeNotifier notify)
    : m_db(db), m_entity(entity), m_id(id), m_notify(std::move(notify)) {
    setText(tr("Delete %1").arg(name));
}

void DeleteRecordCommand::redo() {
    m_snapshot = RecordSnapshot::capture(m_db, m_entity, m_id, &m_status);
    if (m_status)
        m_status = RecordStore(m_db).remove(m_entity, m_id);
    if (!m_status)
        setObsolete(true);
    m_notify(m_entity.name);
}

void DeleteRecordCommand::undo() {
    if (const Status status = m_snapshot.restore(m_db); !status)
        qWarning().noquote() << "undo delete:" << status.message();
    m_notify(m_entity.name);
}

} // namespace rapport
